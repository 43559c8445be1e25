package dev.numj.examples;

import dev.numj.NDArray;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The XOR network: NumPy's numbers from NumPy's start, and [0, 1, 1, 0] within 0.05 from NumJ's seed. */
class XorNetworkTest {
    @Test
    void matchesTheNotebookRunInNumPy() {
        XorNetwork.Result r = XorNetwork.train(NumPyReference.array("xor.W1", 2, 2), NumPyReference.array("xor.W2", 2, 1), 10_001, 1.0);
        // 10,001 updates through exp and log: rounding differences of the two libms stay far below 1e-9
        assertTrue(NumPyReference.maxRelErr(r.trainedOutput(), NumPyReference.values("xor.trainedOutput")) < 1e-9, "A2 " + r.trainedOutput());
        assertTrue(NumPyReference.maxRelErr(r.predictions(), NumPyReference.values("xor.predictions")) < 1e-9, "predictions " + r.predictions());
        assertEquals(NumPyReference.value("xor.firstLoss"), r.losses()[0], 1e-15);
        assertEquals(NumPyReference.value("xor.lastLoss"), r.losses()[r.losses().length - 1], 1e-12);
        // the notebook prints Trained Output [[1.26177033e-03] [9.99120980e-01] [9.99120700e-01] [9.02227148e-04]]
        assertEquals(1.26177033e-03, r.trainedOutput().getDouble(0, 0), 1e-11);
        assertEquals(9.02227148e-04, r.trainedOutput().getDouble(3, 0), 1e-11);
    }

    @Test
    void numjSeed42LearnsXor() {
        XorNetwork.Result r = XorNetwork.run(false);
        NDArray p = r.predictions();
        double[] want = {0, 1, 1, 0};
        for (int i = 0; i < 4; i++) assertEquals(want[i], p.getDouble(i, 0), 0.05, "prediction " + i + ": " + p);
        assertEquals(10_001, r.losses().length);
        assertTrue(r.losses()[10_000] < r.losses()[0] / 100, "loss fell from " + r.losses()[0] + " to " + r.losses()[10_000]);
    }
}
