package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static dev.numj.random.Random.*;

/** sum/mean/max/min over everything or one axis, keepdims, every dtype, empty axes; against NumPy. */
class ReductionOracleTest {
    static final long[][] SHAPES = {{}, {7}, {3, 4}, {2, 3, 4}, {0, 3}, {3, 0}, {1, 5, 1}, {4, 1000}};

    @Test
    void reductionsOverAllAndEachAxisWithKeepdims() {
        Random rnd = new Random(1);
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<java.util.function.Supplier<NDArray>> numj = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String[] fns = {"sum", "mean", "max", "min"};
        for (DType dt : DType.values())
            for (long[] sh : SHAPES) {
                NDArray a = random(rnd, dt, sh);
                for (String f : fns) {
                    cases.add(NumPyOracle.Case.of("with np.errstate(all='ignore'):\n    out = np.asarray(a." + f + "())", "a", toOracle(a)));
                    numj.add(() -> call(a, f, null, false));
                    names.add(f + "() " + dt + java.util.Arrays.toString(sh));
                    for (int ax = -sh.length; ax < sh.length; ax++)
                        for (boolean keep : new boolean[] {false, true}) {
                            int axis = ax;
                            cases.add(NumPyOracle.Case.of("with np.errstate(all='ignore'):\n    out = np.asarray(a." + f + "(axis=" + ax
                                    + ", keepdims=" + (keep ? "True" : "False") + "))", "a", toOracle(a)));
                            numj.add(() -> call(a, f, axis, keep));
                            names.add(f + "(axis=" + ax + ", keepdims=" + keep + ") " + dt + java.util.Arrays.toString(sh));
                        }
                }
            }
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < cases.size(); i++) {
            OracleResult r = res.get(i);
            int k = i;
            if (r.isError()) assertSameError(r, () -> numj.get(k).get(), names.get(k));
            else assertMatches(r, numj.get(k).get(), names.get(k), 1e-6, 1e-6);
        }
    }

    private static NDArray call(NDArray a, String f, Integer axis, boolean keep) {
        return switch (f) {
            case "sum" -> axis == null ? a.sum() : a.sum(axis, keep);
            case "mean" -> axis == null ? a.mean() : a.mean(axis, keep);
            case "max" -> axis == null ? a.max() : a.max(axis, keep);
            default -> axis == null ? a.min() : a.min(axis, keep);
        };
    }

    @Test
    void severalAxesAndErrors() {
        NDArray a = arange(24.0).reshape(2, 3, 4);
        assertMatches(np().run("out = np.arange(24.).reshape(2,3,4).sum(axis=(0, 2), keepdims=True)"), a.sum(new int[] {0, 2}, true), "sum axes (0,2)");
        assertSameError(np().run("out = np.ones((2, 3)).sum(axis=2)"), () -> ones(2, 3).sum(2), "axis out of range");
        assertSameError(np().run("out = np.ones((2, 3)).max(axis=-3)"), () -> ones(2, 3).max(-3), "negative axis out of range");
        assertSameError(np().run("out = np.ones((0, 3)).max(axis=0)"), () -> ones(0, 3).max(0), "max over empty axis");
        assertSameError(np().run("out = np.ones((2, 3)).sum(axis=(1, 1))"), () -> ones(2, 3).sum(new int[] {1, 1}, false), "duplicate axis");
    }

    @Test
    void float32SumOfManyElementsIsPairwiseLikeNumPy() {
        NDArray a = linspace(0, 1, 1_000_003).astype(FLOAT32);
        assertMatches(np().run("out = np.linspace(0, 1, 1_000_003).astype(np.float32).sum()"), a.sum(), "float32 sum of 1e6", 1e-6, 0);
        assertMatches(np().run("out = np.linspace(0, 1, 1_000_003).astype(np.float32).reshape(1000003, 1).sum(axis=0)"),
                a.reshape(1_000_003, 1).sum(0), "float32 sum along a strided axis", 1e-6, 0);
    }

    @Test
    void nanPropagatesThroughMaxMinLikeNumPy() {
        NDArray a = array(1.0, Double.NaN, 3.0);
        assertMatches(np().run("out = np.array([1., np.nan, 3.]).max()"), a.max(), "max with NaN");
        assertMatches(np().run("out = np.array([1., np.nan, 3.]).min()"), a.min(), "min with NaN");
    }
}
