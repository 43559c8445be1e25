package dev.numj.nn;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleSupplier;

import static dev.numj.NumJ.*;
import static dev.numj.nn.NnOracle.*;
import static org.junit.jupiter.api.Assertions.*;
import static dev.numj.random.Random.*;

/** Losses and accuracy against the NumPy formulas of the seeds, including logits of +-1000. */
class LossesOracleTest {
    static final String LOG_SOFTMAX = "def log_softmax(z):\n    s = z - np.max(z, axis=1, keepdims=True)\n"
            + "    return s - np.log(np.sum(np.exp(s), axis=1, keepdims=True))\n";

    record Case(String what, String numpy, Map<String, Object> in, DoubleSupplier numj) {}

    @Test
    void everyLossMatchesNumPyOverShapesAndDtypes() {
        Random rnd = new Random(11);
        List<Case> cs = new ArrayList<>();
        for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32})
            for (long[] sh : new long[][] {{1}, {9}, {5, 3}, {2, 3, 4}}) {
                NDArray t = normal(rnd, 2, sh).astype(dt), p = normal(rnd, 2, sh).astype(dt);
                Map<String, Object> in = Map.of("t", toOracle(t), "p", toOracle(p));
                String s = dt + java.util.Arrays.toString(sh);
                cs.add(new Case("mse " + s, "out = np.mean((t - p) ** 2)", in, () -> Losses.mse(t, p)));
                cs.add(new Case("rmse " + s, "out = np.sqrt(np.mean((t - p) ** 2))", in, () -> Losses.rmse(t, p)));
                cs.add(new Case("mae " + s, "out = np.mean(np.abs(t - p))", in, () -> Losses.mae(t, p)));
                // binary targets in {0, 1}; probabilities in (0, 1) with exact 0 and 1 mixed in
                NDArray y = t.gt(0L).astype(DType.INT64), q = p.sigmoid();
                if (q.size() > 2) { q.reshape(-1).setDouble(0, 0); q.reshape(-1).setDouble(1, 1); }
                Map<String, Object> bin = Map.of("y", toOracle(y), "q", toOracle(q), "z", toOracle(p));
                String bce = "q = np.clip(q.astype(np.float64), EPS, 1 - EPS)\nout = -np.mean(y * np.log(q) + (1 - y) * np.log(1 - q))";
                cs.add(new Case("bce " + s, bce.replace("EPS", "1e-15"), bin, () -> Losses.binaryCrossEntropy(y, q)));
                cs.add(new Case("bce eps 1e-7 " + s, bce.replace("EPS", "1e-7"), bin, () -> Losses.binaryCrossEntropy(y, q, 1e-7)));
                cs.add(new Case("bce from logits " + s, "z = z.astype(np.float64)\nout = np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z))))",
                        bin, () -> Losses.binaryCrossEntropyFromLogits(y, p)));
            }
        // categorical: (m, k) logits, labels and one-hot targets
        for (int[] mk : new int[][] {{1, 2}, {6, 3}, {20, 10}})
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32})
                for (DType lt : new DType[] {DType.INT64, DType.INT32}) {
                    int m = mk[0], k = mk[1];
                    NDArray z = normal(rnd, 3, m, k).astype(dt);
                    NDArray probs = Activations.softmax(z, 1);
                    NDArray labels = random(rnd.nextLong()).randint(lt, 0, k, m);
                    NDArray Y = Data.oneHot(labels, k);
                    Map<String, Object> in = Map.of("z", toOracle(z), "p", toOracle(probs), "labels", toOracle(labels), "Y", toOracle(Y));
                    String s = dt + " " + lt + " (" + m + ", " + k + ")";
                    String ce = "p = p.astype(np.float64)\nout = -np.sum(np.eye(p.shape[1])[labels] * np.log(np.clip(p, 1e-15, 1 - 1e-15))) / p.shape[0]";
                    cs.add(new Case("ce labels " + s, ce, in, () -> Losses.crossEntropy(labels, probs)));
                    cs.add(new Case("ce one-hot " + s, ce, in, () -> Losses.crossEntropy(Y, probs)));
                    cs.add(new Case("ce eps 1e-7 " + s, ce.replace("1e-15", "1e-7"), in, () -> Losses.crossEntropy(labels, probs, 1e-7)));
                    String cel = LOG_SOFTMAX + "out = -np.sum(np.eye(z.shape[1])[labels] * log_softmax(z.astype(np.float64))) / z.shape[0]";
                    cs.add(new Case("ce from logits " + s, cel, in, () -> Losses.crossEntropyFromLogits(labels, z)));
                    cs.add(new Case("ce from logits one-hot " + s, cel, in, () -> Losses.crossEntropyFromLogits(Y, z)));
                    cs.add(new Case("accuracy " + s, "out = np.mean(labels == np.argmax(p, axis=1))", in, () -> Metrics.accuracy(labels, probs)));
                    cs.add(new Case("accuracy of labels " + s, "out = np.mean(labels == np.argmax(z, axis=-1))", in,
                            () -> Metrics.accuracy(labels, z.argmax(1))));
                }
        List<NumPyOracle.Case> oc = new ArrayList<>();
        for (Case c : cs) oc.add(new NumPyOracle.Case("with np.errstate(all='ignore'):\n    " + c.numpy.replace("\n", "\n    "), c.in));
        List<OracleResult> res = np().runBatch(oc);
        for (int i = 0; i < cs.size(); i++)
            assertScalar(res.get(i), cs.get(i).numj.getAsDouble(), cs.get(i).what, cs.get(i).what.contains("float32") ? 1e-6 : 1e-12);
    }

    @Test
    void logitLossesAreExactAtPlusMinus1000AndProbabilityLossesStayFinite() {
        NDArray z = array(new double[][] {{1000, -1000}, {-1000, 1000}, {0, 0}});
        NDArray labels = array(1, 1, 0);
        // row 0 puts all mass on the wrong class with a margin of 2000
        assertEquals((2000 + 0 + Math.log(2)) / 3, Losses.crossEntropyFromLogits(labels, z), 1e-12);
        OracleResult r = np().run(LOG_SOFTMAX + "out = -np.mean(log_softmax(z)[np.arange(3), labels])",
                Map.of("z", toOracle(z), "labels", toOracle(labels)));
        assertScalar(r, Losses.crossEntropyFromLogits(labels, z), "ce from logits at +-1000", 1e-15);
        double clipped = Losses.crossEntropy(labels, Activations.softmax(z, 1));
        assertTrue(Double.isFinite(clipped), "clipping keeps the probability loss finite: " + clipped);
        assertEquals((-Math.log(1e-15) + Math.log(2)) / 3, clipped, 1e-9);
        assertEquals(1000.0, Losses.binaryCrossEntropyFromLogits(array(0.0), array(1000.0)), 0.0);
        assertEquals(1000.0, Losses.binaryCrossEntropyFromLogits(array(1.0), array(-1000.0)), 0.0);
        assertEquals(0.0, Losses.binaryCrossEntropyFromLogits(array(1.0), array(1000.0)), 0.0);
        double logEps = -Math.log(1 - (1 - 1e-15));   // the clip's upper bound is the double nearest 1 - 1e-15
        assertEquals(logEps, Losses.binaryCrossEntropy(array(0.0), array(1.0)), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, Losses.binaryCrossEntropy(array(0.0), array(1.0), 0), "eps 0: the XOR network's unguarded formula");
        // float32 probabilities: NumPy's float32 clip would round 1 - 1e-15 to 1 and give inf; NumJ clips in float64
        assertEquals(logEps, Losses.binaryCrossEntropy(array(0.0f), array(1.0f)), 1e-12);
    }

    @Test
    void seedValues() {
        // chapter 3: binary_cross_entropy([1, 0, 1, 1], [0.9, 0.1, 0.8, 0.95]) with 1e-8 added inside the log.
        // The chapter's comment says "Loss: 0.0970"; NumPy prints 0.12128945794221871 for that code, and the
        // clipped formula differs from it by about 1e-8
        OracleResult r = np().run("y = np.array([1, 0, 1, 1]); p = np.array([0.9, 0.1, 0.8, 0.95])\n"
                + "out = -np.mean(y * np.log(p + 1e-8) + (1 - y) * np.log(1 - p + 1e-8))");
        assertEquals(r.value().getDouble(0), Losses.binaryCrossEntropy(array(1, 0, 1, 1), array(0.9, 0.1, 0.8, 0.95)), 5e-8);
        // the "NumPy essentials" notebook's regression metrics (it prints them with 4 decimals)
        NDArray t = array(1.5, 2.3, 3.1, 4.2, 5.0), p = array(1.2, 2.1, 3.4, 4.0, 5.2);
        assertEquals(0.0600, Losses.mse(t, p), 5e-5);
        assertEquals(0.2449, Losses.rmse(t, p), 5e-5);
        assertEquals(0.2400, Losses.mae(t, p), 5e-5);
        assertEquals(0.18000000000000002, Losses.mse(array(3, 5, 7), array(2.5, 5.5, 6.8)), 0.0);
        assertEquals(0.4, Metrics.accuracy(array(0, 1, 2, 1, 0), array(0, 2, 2, 0, 1)), 0.0);
    }

    @Test
    void mismatchedShapesAndBadLabelsFailClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Losses.mse(ones(4), ones(4, 1)));
        assertTrue(e.getMessage().contains("(4,) and (4, 1)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Losses.binaryCrossEntropy(ones(3), ones(3, 1)));
        assertThrows(IllegalArgumentException.class, () -> Losses.binaryCrossEntropy(ones(3), ones(3), 0.5));
        assertThrows(IllegalArgumentException.class, () -> Losses.crossEntropy(array(0, 1), ones(2, 2), 0));
        OracleResult r = np().run("out = np.eye(3)[np.array([0, 3])]");
        assertSameError(r, IndexOutOfBoundsException.class, () -> Losses.crossEntropy(array(0, 3), full(new int[] {2, 3}, 1.0 / 3)), "label 3 of 3 classes");
        assertSameError(r, IndexOutOfBoundsException.class, () -> Losses.crossEntropyFromLogits(array(0, 3), zeros(2, 3)), "label 3 of 3 classes");
        IllegalArgumentException w = assertThrows(IllegalArgumentException.class, () -> Losses.crossEntropy(array(0.0, 1.0), ones(2, 2)));
        assertTrue(w.getMessage().contains("integer labels of shape (2,)"), w.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Losses.crossEntropy(array(0, 1), ones(2)));
        assertThrows(IllegalArgumentException.class, () -> Losses.crossEntropyFromLogits(array(0), array(1.0, 2.0)));
        assertThrows(IllegalArgumentException.class, () -> Metrics.accuracy(array(0, 1), ones(3, 2)));
    }
}
