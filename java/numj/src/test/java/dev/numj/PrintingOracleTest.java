package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.numj.random.Random.*;

/** toString()/repr() of real NDArrays (views included) equal NumPy's str()/repr() of the same data. */
class PrintingOracleTest {
    @Test
    void strAndReprOfRandomArraysAndViews() {
        Random rnd = new Random(11);
        long[][] shapes = {{}, {5}, {3, 4}, {2, 3, 4}, {0}, {2, 0, 3}, {40, 40}, {1, 2, 1, 2}};
        for (DType dt : DType.values())
            for (long[] sh : shapes) {
                NDArray a = random(rnd, dt, sh);
                var r = np().runBatch(java.util.List.of(
                        dev.numj.oracle.NumPyOracle.Case.of("out = str(a)", "a", toOracle(a)),
                        dev.numj.oracle.NumPyOracle.Case.of("out = repr(a)", "a", toOracle(a))));
                assertEquals(r.get(0).text(), a.toString(), "str " + dt + java.util.Arrays.toString(sh));
                assertEquals(r.get(1).text(), a.repr(), "repr " + dt + java.util.Arrays.toString(sh));
            }
        NDArray v = arange(2000.0).reshape(40, 50).get("::-3, 1::7");
        assertEquals(np().run("out = str(np.arange(2000.).reshape(40, 50)[::-3, 1::7])").text(), v.toString());
        assertEquals(np().run("out = repr(np.arange(1e6, dtype=np.float32).reshape(1000, 1000) / 7)").text(),
                arange(1e6).astype(FLOAT32).reshape(1000, 1000).div(7L).repr());
    }

    @Test
    void seedExamplesPrintAsInTheTutorial() {
        NDArray X = array(new long[][] {{10, 20, 30}, {40, 50, 60}, {70, 80, 90}});
        assertEquals("[10 20 30]", X.get("0, :").toString());
        assertEquals("[20 50 80]", X.get(":, 1").toString());
        assertEquals("[[20 30]\n [50 60]]", X.get("0:2, 1:3").toString());
        assertEquals("[[False False False]\n [False  True  True]\n [ True  True  True]]", X.gt(40L).toString());
        assertEquals("[0.   0.25 0.5  0.75 1.  ]", linspace(0, 1, 5).toString());
    }
}
