package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ufunc.at} (np.add.at and the other binary ufuncs) and {@code np.bincount} against NumPy: every
 * dtype of the target, repeated and negative indices, int32/int64/boolean/0-d/2-D/empty index arrays,
 * values broadcast or of another dtype (cast back index by index), strided targets, and NumPy's errors,
 * with the target unchanged after an out-of-bounds index.
 */
class ScattersOracleTest {
    private static final String[] UFUNCS = {"add", "subtract", "multiply", "maximum", "minimum", "fmax", "bitwise_or"};

    private static Ufunc ufunc(String name) { return UfuncMethodsOracleTest.ufunc(name); }

    /** Index arrays over an axis of length n: repeats, negatives, int32, 2-D, 0-d, empty. */
    private static List<NDArray> indices(Random rnd, long n) {
        List<NDArray> r = new ArrayList<>();
        long[] ix = new long[9];
        for (int i = 0; i < ix.length; i++) ix[i] = rnd.nextInt((int) (2 * n)) - n;
        r.add(array(ix));
        r.add(array(ix).astype(DType.INT32));
        r.add(array(ix).get("1:7").reshape(2, 3));
        r.add(array(ix).get("::2"));   // strided index array
        r.add(array(DType.INT64, 0L).reshape());
        r.add(array(new long[0]));
        return r;
    }

    @Test
    void atMatchesNumPyForEveryDtypeUfuncAndIndexKind() {
        Random rnd = new Random(41);
        OracleCases cases = new OracleCases();
        long[][] shapes = {{5}, {4, 3}, {3, 2, 2}};
        for (DType dt : DType.values())
            for (long[] sh : shapes) {
                List<NDArray> targets = new ArrayList<>(List.of(random(rnd, dt, sh)));
                if (sh.length == 2) targets.add(random(rnd, dt, sh[1], sh[0]).T());
                for (NDArray a : targets)
                    for (NDArray idx : indices(rnd, a.shape()[0]))
                        for (String f : UFUNCS) {
                            long[] target = concat(idx.shape(), Arrays.copyOfRange(a.shape(), 1, a.ndim()));
                            String d = f + ".at " + dt + Arrays.toString(a.shape()) + " idx " + idx.dtype() + Arrays.toString(idx.shape());
                            String code = "a = a.copy()\nnp." + f + ".at(a, i, v)\nout = a";
                            NDArray v = random(rnd, dt, target);
                            cases.add(d + " v same shape", code, () -> at(f, a, idx, v), "a", a, "i", idx, "v", v);
                            NDArray row = random(rnd, dt, Arrays.copyOfRange(a.shape(), 1, a.ndim()));
                            cases.add(d + " v broadcast", code, () -> at(f, a, idx, row), "a", a, "i", idx, "v", row);
                            NDArray vf = random(rnd, DType.FLOAT64, target);
                            cases.add(d + " v float64", code, () -> at(f, a, idx, vf), "a", a, "i", idx, "v", vf);
                            cases.add(d + " scalar 3", "a = a.copy()\nnp." + f + ".at(a, i, 3)\nout = a",
                                    () -> { NDArray c = a.copy(); ufunc(f).at(c, idx, 3L); return c; }, "a", a, "i", idx);
                            cases.add(d + " scalar 1.5", "a = a.copy()\nnp." + f + ".at(a, i, 1.5)\nout = a",
                                    () -> { NDArray c = a.copy(); ufunc(f).at(c, idx, 1.5); return c; }, "a", a, "i", idx);
                        }
            }
        // boolean masks, floats with NaN, and the errors
        NDArray x = array(1.0, Double.NaN, 3.0, -0.0, 5.0);
        NDArray mask = array(true, false, true, true, false);
        for (String f : UFUNCS) {
            if (f.equals("bitwise_or")) continue;
            cases.add(f + ".at mask", "a = a.copy()\nnp." + f + ".at(a, m, v)\nout = a",
                    () -> at(f, x, mask, array(2.0, Double.NaN, 0.0)), "a", x, "m", mask, "v", array(2.0, Double.NaN, 0.0));
            cases.add(f + ".at NaN", "a = a.copy()\nnp." + f + ".at(a, i, v)\nout = a",
                    () -> at(f, x, array(1, 0, 0, 4), array(Double.NaN, 2.0, Double.NaN, -1.0)),
                    "a", x, "i", array(1, 0, 0, 4), "v", array(Double.NaN, 2.0, Double.NaN, -1.0));
        }
        NDArray m = random(rnd, DType.FLOAT64, 5, 3);
        String err = "a = a.copy()\nnp.add.at(a, i, v)\nout = a";
        cases.add("at index past the end", err, () -> at("add", m, array(0, 5), ones(2, 3)), "a", m, "i", array(0, 5), "v", ones(2, 3));
        cases.add("at index before the start", err, () -> at("add", m, array(-6, 0), ones(2, 3)), "a", m, "i", array(-6, 0), "v", ones(2, 3));
        cases.add("at float index", err, () -> at("add", m, array(0.0, 1.0), ones(2, 3)), "a", m, "i", array(0.0, 1.0), "v", ones(2, 3));
        cases.add("at values not broadcastable", err, () -> at("add", m, array(0, 1), ones(2, 2)), "a", m, "i", array(0, 1), "v", ones(2, 2));
        cases.add("at values with extra axes", err, () -> at("add", m, array(0, 1), ones(1, 2, 3)), "a", m, "i", array(0, 1), "v", ones(1, 2, 3));
        cases.add("at mask of wrong length", err, () -> at("add", m, array(true, false), ones(1, 3)), "a", m, "i", array(true, false), "v", ones(1, 3));
        NDArray b = array(true, false, true);
        cases.add("subtract.at bool", "a = a.copy()\nnp.subtract.at(a, i, v)\nout = a", () -> at("subtract", b, array(0, 0), array(true, true)),
                "a", b, "i", array(0, 0), "v", array(true, true));
        NDArray i32 = array(DType.INT32, new int[] {1, 2, 3});
        cases.add("bitwise_or.at float", "a = a.copy()\nnp.bitwise_or.at(a, i, v)\nout = a", () -> at("bitwise_or", i32, array(0), array(1.5)),
                "a", i32, "i", array(0), "v", array(1.5));
        NDArray ro = zeros(3).broadcastTo(2, 3);
        cases.add("at into a read-only view", "a = np.broadcast_to(a, (2, 3))\nnp.add.at(a, i, 1.0)\nout = a",
                () -> { addAt(ro, array(0), 1.0); return ro; }, "a", zeros(3), "i", array(0));
        NDArray self = array(0L, 1L, 1L, 3L, 2L);
        cases.add("add.at(a, a, 1): indices in the target's own memory", "a = a.copy()\nnp.add.at(a, a, 1)\nout = a",
                () -> { NDArray c = self.copy(); addAt(c, c, 1L); return c; }, "a", self);
        cases.run();
        assertTrue(cases.size() > 3000, "cases: " + cases.size());
    }

    private static NDArray at(String f, NDArray a, NDArray idx, NDArray v) {
        NDArray c = a.copy();
        ufunc(f).at(c, idx, v);
        return c;
    }

    private static long[] concat(long[] x, long[] y) {
        long[] r = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }

    @Test
    void anOutOfBoundsIndexWritesNothing() {
        NDArray a = arange(12.0).reshape(4, 3);
        NDArray before = a.copy();
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> addAt(a, array(0, 1, 1, 7, 2), 1.0));
        assertTrue(e.getMessage().equals("index 7 is out of bounds for axis 0 with size 4"), e.getMessage());
        assertArrayEquals(before.toDoubleArray(), a.toDoubleArray());
        assertThrows(IndexOutOfBoundsException.class, () -> addAt(array(DType.FLOAT64, 1.0).reshape(), array(0), 1.0));
    }

    @Test
    void theIndexIsCheckedBeforeTheTargetAndTheValues() {
        // NumPy's order (found by the differential fuzzer): bounds before a read-only target or values that do not broadcast
        OracleCases c = new OracleCases();
        NDArray empty = zeros(0), two = zeros(2), three = ones(3), readOnly = broadcastTo(zeros(1), 0), oob = array(1L), far = array(2L);
        c.add("at empty target, index out of bounds", "np.add.at(a, i, v)\nout = a", () -> { addAt(empty, far, three); return empty; },
                "a", empty, "i", far, "v", three);
        c.add("at bad index and values", "np.add.at(a, i, v)\nout = a", () -> { addAt(two, far, three); return two; }, "a", two, "i", far, "v", three);
        c.add("at read-only empty target, index out of bounds", "a = np.broadcast_to(np.zeros(1), (0,))\nnp.add.at(a, i, 1.0)\nout = a",
                () -> { addAt(readOnly, oob, 1.0); return readOnly; }, "i", oob);
        NDArray readOnly3 = broadcastTo(zeros(1), 0, 2, 1), vals = full(new int[] {1, 1, 1}, -0.29), minusOne = array(-1);
        c.add("at read-only 3-d target, index out of bounds", "a = np.broadcast_to(np.zeros(1), (0, 2, 1))\nnp.add.at(a, i, v)\nout = a",
                () -> { addAt(readOnly3, minusOne, vals); return readOnly3; }, "i", minusOne, "v", vals);
        NDArray minusOneVec = array(new long[] {-1});
        c.add("at read-only 3-d target, index array out of bounds", "a = np.broadcast_to(np.zeros(1), (0, 2, 1))\nnp.add.at(a, i, v)\nout = a",
                () -> { addAt(readOnly3, minusOneVec, vals); return readOnly3; }, "i", minusOneVec, "v", vals);
        c.add("at values that do not broadcast", "np.add.at(a, i, v)\nout = a", () -> { addAt(two, oob, three); return two; }, "a", two, "i", oob, "v", three);
        // a read-only target whose axes after the first are all 1 and an index that selects nothing: NumPy never checks
        // the flag there and nothing is written (fuzz seed 9, case 50902); with values that do not broadcast, their error
        NDArray col = broadcastTo(array(2.07), 3, 1), none = zeros(DType.INT64, 3, 0), noneVec = zeros(DType.INT64, 0);
        NDArray emptyVals = zeros(1, 0, 1), wide = broadcastTo(array(2.07), 3, 2);
        c.add("at read-only (3, 1), empty 2-d index", "a = np.broadcast_to(np.array(2.07), (3, 1))\nnp.subtract.at(a, i, v)\nout = a",
                () -> { Ufunc.SUBTRACT.at(col, none, emptyVals); return col; }, "i", none, "v", emptyVals);
        c.add("at read-only (3, 1), empty index, values that do not broadcast",
                "a = np.broadcast_to(np.array(2.07), (3, 1))\nnp.subtract.at(a, i, v)\nout = a",
                () -> { Ufunc.SUBTRACT.at(col, noneVec, emptyVals); return col; }, "i", noneVec, "v", emptyVals);
        c.add("at read-only (3, 2), empty index", "a = np.broadcast_to(np.array(2.07), (3, 2))\nnp.subtract.at(a, i, 1.0)\nout = a",
                () -> { Ufunc.SUBTRACT.at(wide, noneVec, 1.0); return wide; }, "i", noneVec);
        c.run();
        // where NumPy writes through a read-only view (its fast path skips the flag), NumJ refuses
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ufunc.SUBTRACT.at(col, array(new long[] {0}), 1.0));
        assertEquals("operand array with iterator write flag set is read-only", e.getMessage());
    }

    @Test
    void embeddingGradientAccumulatesRepeatedRows() {
        // a (V, D) table, a (B, T) batch of token ids, (B, T, D) upstream gradients
        Random rnd = new Random(7);
        long vocab = 50, dim = 16;
        NDArray ids = random(rnd, DType.INT64, 4, 6).add(5).mul(3);   // values in [0, 30], with repeats
        NDArray g = random(rnd, DType.FLOAT32, 4, 6, dim);
        NDArray table = zeros(DType.FLOAT32, vocab, dim);
        addAt(table, ids, g);
        OracleCases cases = new OracleCases();
        cases.add("embedding gradient", "t = np.zeros((50, 16), np.float32)\nnp.add.at(t, i, g)\nout = t", () -> table, "i", ids, "g", g);
        cases.run();
    }

    @Test
    void bincountMatchesNumPy() {
        Random rnd = new Random(43);
        OracleCases cases = new OracleCases();
        for (DType dt : new DType[] {DType.INT64, DType.INT32, DType.BOOL}) {
            for (long n : new long[] {0, 1, 7, 100}) {
                NDArray x = random(rnd, dt, n);
                if (dt != DType.BOOL) x = x.add(5L);
                NDArray xs = x;
                String d = dt + "[" + n + "]";
                cases.add("bincount " + d, "out = np.bincount(x)", () -> bincount(xs), "x", xs);
                for (long minlength : new long[] {0, 3, 20}) {
                    cases.add("bincount minlength " + minlength + " " + d, "out = np.bincount(x, minlength=" + minlength + ")",
                            () -> bincount(xs, null, minlength), "x", xs);
                    for (DType wt : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT32, DType.BOOL}) {
                        NDArray w = random(rnd, wt, n);
                        cases.add("bincount weights " + wt + " minlength " + minlength + " " + d,
                                "out = np.bincount(x, weights=w, minlength=" + minlength + ")", () -> bincount(xs, w, minlength), "x", xs, "w", w);
                    }
                }
                if (n > 1) cases.add("bincount strided " + d, "out = np.bincount(x[::2])", () -> bincount(xs.get("::2")), "x", xs);
            }
        }
        NDArray neg = array(1, 2, -1);
        cases.add("bincount negative", "out = np.bincount(x)", () -> bincount(neg), "x", neg);
        NDArray two = zeros(DType.INT64, 2, 2);
        cases.add("bincount 2-D", "out = np.bincount(x)", () -> bincount(two), "x", two);
        NDArray zero = array(DType.INT64, 3L).reshape();
        cases.add("bincount 0-d", "out = np.bincount(x)", () -> bincount(zero), "x", zero);
        NDArray fl = array(1.5, 2.0);
        cases.add("bincount float", "out = np.bincount(x)", () -> bincount(fl), "x", fl);
        NDArray fe = zeros(0);
        cases.add("bincount empty float", "out = np.bincount(x)", () -> bincount(fe), "x", fe);
        NDArray ok = array(1L, 2L);
        cases.add("bincount weights length", "out = np.bincount(x, weights=w)", () -> bincount(ok, array(1.0), 0), "x", ok, "w", array(1.0));
        cases.add("bincount weights 2-D", "out = np.bincount(x, weights=w)", () -> bincount(ok, ones(2, 1), 0), "x", ok, "w", ones(2, 1));
        cases.add("bincount minlength negative", "out = np.bincount(x, minlength=-1)", () -> bincount(ok, null, -1), "x", ok);
        cases.run();
    }
}
