package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tile, repeat, roll, flip, rot90, moveaxis, pad, atleast_1d/2d/3d, broadcast_arrays, broadcast_shapes,
 * unstack, diff, take_along_axis, put_along_axis, put, tril, triu, diag, diagonal, trace, indices,
 * unravel_index, ravel_multi_index, sliding_window_view and as_strided against NumPy: every dtype, ranks
 * 0 to 4 with empty axes, transposed and reversed inputs, negative and out-of-range axes, and NumPy's
 * error type and text; views where NumPy returns views (sharing memory, read-only where NumPy's are),
 * copies where it copies, and as_strided's bounds check, which NumPy does not have.
 */
class ShapeIndexingOracleTest {
    static final long[][] SHAPES = {{}, {1}, {0}, {5}, {3, 4}, {0, 3}, {2, 3, 4}, {2, 1, 3, 2}};

    private static List<NDArray> inputs(Random rnd, DType... dtypes) {
        List<NDArray> list = new ArrayList<>();
        for (DType dt : dtypes.length == 0 ? DType.values() : dtypes) {
            for (long[] sh : SHAPES) {
                NDArray a = random(rnd, dt, sh);
                list.add(a);
                if (sh.length >= 2 && a.size() > 0) list.add(a.T());
                if (sh.length >= 1 && a.size() > 0) list.add(a.get("::-1"));
            }
        }
        return list;
    }

    private static String d(NDArray a) { return a.dtype() + Arrays.toString(a.shape()) + (a.isContiguous() ? "" : " strided"); }

    private static String tuple(long... s) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) b.append(i > 0 ? ", " : "").append(s[i]);
        return b.append(s.length == 1 ? ",)" : ")").toString();
    }

    private static String tuple(int... s) { return tuple(Arrays.stream(s).asLongStream().toArray()); }

    @Test
    void tileRepeatRollAndDiff() {
        Random rnd = new Random(151);
        OracleCases cases = new OracleCases();
        for (NDArray a : inputs(rnd)) {
            for (long[] reps : new long[][] {{2}, {0}, {1, 1}, {2, 1, 3}, {1}, {-1}}) {
                if (reps[0] < 0 && a.size() == 0 && a.ndim() > 1) continue;   // NumPy's reshape error there prints the shape its own way
                cases.addExact("tile " + Arrays.toString(reps) + " " + d(a), "out = np.tile(a, " + tuple(reps) + ")", () -> tile(a, reps), "a", a);
            }
            // two negative counts after a zero: NumPy's final reshape sees two unknown extents (fuzz seed 20261208, case 69430)
            for (long[] reps : new long[][] {{0, -1, -1}, {0, -1, -1, -1}, {-1, -1, 0}})
                if (a.size() > 0)
                    cases.addExact("tile " + Arrays.toString(reps) + " " + d(a), "out = np.tile(a, " + tuple(reps) + ")", () -> tile(a, reps), "a", a);
            for (long r : new long[] {0, 1, 3, -1}) {
                cases.addExact("repeat " + r + " " + d(a), "out = np.repeat(a, " + r + ")", () -> repeat(a, r), "a", a);
                for (int ax = -a.ndim() - 1; ax <= a.ndim(); ax++) {
                    int axis = ax;
                    cases.addExact("repeat " + r + " ax " + ax + " " + d(a), "out = np.repeat(a, " + r + ", axis=" + ax + ")",
                            () -> repeat(a, r, axis), "a", a);
                }
            }
            for (int ax = -a.ndim(); ax < Math.max(a.ndim(), 1); ax++) {
                long n = a.ndim() == 0 ? 1 : a.shape(ax);
                NDArray counts = arange(n).mod(3L);
                int axis = ax;
                cases.addExact("repeat counts ax " + ax + " " + d(a), "out = np.repeat(a, c, axis=" + ax + ")", () -> repeat(a, counts, axis), "a",
                        a, "c", counts);
            }
            NDArray flatCounts = arange(a.size()).mod(2L);
            cases.addExact("repeat counts flat " + d(a), "out = np.repeat(a, c)", () -> repeat(a, flatCounts, null), "a", a, "c", flatCounts);
            for (long s : new long[] {0, 1, -2, 7}) {
                cases.addExact("roll " + s + " " + d(a), "out = np.roll(a, " + s + ")", () -> roll(a, s), "a", a);
                for (int ax = -a.ndim() - 1; ax <= a.ndim(); ax++) {
                    int axis = ax;
                    cases.addExact("roll " + s + " ax " + ax + " " + d(a), "out = np.roll(a, " + s + ", axis=" + ax + ")", () -> roll(a, s, axis), "a", a);
                }
            }
            if (a.ndim() >= 2)
                cases.addExact("roll pairs " + d(a), "out = np.roll(a, (1, -2, 3), axis=(0, 1, 0))",
                        () -> roll(a, new long[] {1, -2, 3}, new int[] {0, 1, 0}), "a", a);
            for (int n = -1; n <= 3; n++) {
                for (int ax = -a.ndim() - 1; ax <= a.ndim(); ax++) {
                    int nn = n, axis = ax;
                    cases.add("diff n " + n + " ax " + ax + " " + d(a), "out = np.diff(a, " + n + ", axis=" + ax + ")", () -> diff(a, nn, axis), "a", a);
                }
            }
            if (a.ndim() >= 1) {
                NDArray pre = array(1).astype(a.dtype()).reshape(new long[0]);
                cases.add("diff prepend 0-d " + d(a), "out = np.diff(a, prepend=p)", () -> diff(a, 1, -1, pre, null), "a", a, "p", pre);
                cases.add("diff append a " + d(a), "out = np.diff(a, 2, axis=0, append=a)", () -> diff(a, 2, 0, null, a), "a", a);
            }
        }
        NDArray x = arange(3);
        cases.add("repeat counts mismatch", "out = np.repeat(a, [1, 2])", () -> repeat(x, array(1, 2), 0), "a", x);
        cases.add("repeat negative counts", "out = np.repeat(a, [1, -2, 1])", () -> repeat(x, array(1, -2, 1), 0), "a", x);
        cases.add("roll mismatch", "out = np.roll(a, (1, 2), axis=(0, 0, 0))", () -> roll(x, new long[] {1, 2}, new int[] {0, 0, 0}), "a", x);
        cases.run();
        assertEquals("[1 2 1 2]", tile(array(1, 2), 2).toString());
        assertEquals("[2 3 3]", repeat(array(1, 2, 3), array(0, 1, 2), 0).toString());
        assertEquals("[3 1 2]", roll(array(1, 2, 3), 1).toString());
        assertEquals("[3 5]", diff(array(1, 4, 9)).toString());
        assertSame(x, diff(x, 0, -1));
    }

    /** NumPy code reporting a view op's result with whether it shares a's memory and is writeable. */
    private static String view(String expr) {
        return "r = " + expr + "\nout = [r, np.array([np.shares_memory(r, a) or r.size == 0, r.flags.writeable])]";
    }

    private static List<NDArray> viewOf(NDArray a, NDArray r) {
        return List.of(r, array(r.sharesMemory(a) || r.size() == 0, r.isWriteable()));
    }

    @Test
    void flipRot90MoveaxisAtleastUnstackAreViews() {
        Random rnd = new Random(152);
        OracleCases cases = new OracleCases();
        for (NDArray a : inputs(rnd, DType.INT32, DType.FLOAT64, DType.BOOL)) {
            // NumPy's flip of a 0-d array indexes it with () and so returns a scalar, not a view: compare the value there
            if (a.ndim() == 0) cases.addExact("flip " + d(a), "out = np.flip(a)", () -> flip(a), "a", a);
            else cases.addExact("flip " + d(a), view("np.flip(a)"), () -> viewOf(a, flip(a)), "a", a);
            for (int ax = -a.ndim() - 1; ax <= a.ndim(); ax++) {
                int axis = ax;
                cases.addExact("flip ax " + ax + " " + d(a), view("np.flip(a, " + ax + ")"), () -> viewOf(a, flip(a, axis)), "a", a);
                cases.addExact("moveaxis 0 to " + ax + " " + d(a), view("np.moveaxis(a, 0, " + ax + ")"), () -> viewOf(a, moveaxis(a, 0, axis)), "a", a);
            }
            if (a.ndim() >= 2) {
                cases.addExact("flip (0, -1) " + d(a), view("np.flip(a, (0, -1))"), () -> viewOf(a, flip(a, 0, -1)), "a", a);
                cases.addExact("flip (0, 0) " + d(a), view("np.flip(a, (0, 0))"), () -> viewOf(a, flip(a, 0, 0)), "a", a);
                cases.addExact("moveaxis pair " + d(a), view("np.moveaxis(a, (0, 1), (-1, 0))"),
                        () -> viewOf(a, moveaxis(a, new int[] {0, 1}, new int[] {-1, 0})), "a", a);
                for (int k = -5; k <= 5; k++) {
                    int kk = k;
                    cases.addExact("rot90 k " + k + " " + d(a), view("np.rot90(a, " + k + ")"), () -> viewOf(a, rot90(a, kk)), "a", a);
                    cases.addExact("rot90 k " + k + " axes (-1, 0) " + d(a), view("np.rot90(a, " + k + ", (-1, 0))"),
                            () -> viewOf(a, rot90(a, kk, -1, 0)), "a", a);
                }
            }
            cases.addExact("rot90 bad axes " + d(a), view("np.rot90(a, 1, (0, 0))"), () -> viewOf(a, rot90(a, 1, 0, 0)), "a", a);
            cases.addExact("rot90 axes range " + d(a), view("np.rot90(a, 1, (0, 5))"), () -> viewOf(a, rot90(a, 1, 0, 5)), "a", a);
            cases.addExact("rot90 three axes " + d(a), view("np.rot90(a, 1, (0, 1, 2))"), () -> viewOf(a, rot90(a, 1, 0, 1, 2)), "a", a);
            cases.addExact("moveaxis repeated " + d(a), view("np.moveaxis(a, (0, 0), (1, 0))"),
                    () -> viewOf(a, moveaxis(a, new int[] {0, 0}, new int[] {1, 0})), "a", a);
            cases.addExact("moveaxis lengths " + d(a), view("np.moveaxis(a, (0,), (1, 0))"),
                    () -> viewOf(a, moveaxis(a, new int[] {0}, new int[] {1, 0})), "a", a);
            cases.addExact("atleast_1d " + d(a), view("np.atleast_1d(a)"), () -> viewOf(a, atleast1d(a)), "a", a);
            cases.addExact("atleast_2d " + d(a), view("np.atleast_2d(a)"), () -> viewOf(a, atleast2d(a)), "a", a);
            cases.addExact("atleast_3d " + d(a), view("np.atleast_3d(a)"), () -> viewOf(a, atleast3d(a)), "a", a);
            for (int ax = -a.ndim() - 1; ax <= a.ndim(); ax++) {
                int axis = ax;
                cases.addExact("unstack ax " + ax + " " + d(a), "out = np.unstack(a, axis=" + ax + ")", () -> unstack(a, axis), "a", a);
            }
        }
        cases.run();
        NDArray m = arange(6).reshape(2, 3);
        assertTrue(unstack(m).get(1).sharesMemory(m));
        assertEquals("[3 4 5]", unstack(m).get(1).toString());
        assertEquals("[[1 3]\n [0 2]]", rot90(arange(4).reshape(2, 2)).toString());
        NDArray f = flip(m);
        f.setLong(99, 0, 0);
        assertEquals(99, m.getLong(1, 2));   // a view: writing through it writes m
    }

    @Test
    void broadcastArraysAndShapes() {
        OracleCases cases = new OracleCases();
        long[][][] groups = {{{3}, {2, 1}}, {{2, 3}, {2, 3}}, {{}, {4}}, {{0, 1}, {1, 5}}, {{2, 1}, {1, 3}, {4, 1, 1}},
                {{2}, {3}}, {{2, 1}, {1, 3}, {4, 2, 1}, {5}}, {{1, 2}, {3, 1}}};
        for (long[][] g : groups) {
            NDArray[] arrays = new NDArray[g.length];
            Object[] inputs = new Object[2 * g.length];
            StringBuilder names = new StringBuilder(), shapes = new StringBuilder();
            for (int i = 0; i < g.length; i++) {
                arrays[i] = arange(Math.max(1, Arrays.stream(g[i]).reduce(1, (x, y) -> x * y))).get(":" + Arrays.stream(g[i]).reduce(1, (x, y) -> x * y))
                        .reshape(g[i]);
                inputs[2 * i] = "a" + i;
                inputs[2 * i + 1] = arrays[i];
                names.append(i > 0 ? ", " : "").append("a").append(i);
                shapes.append(i > 0 ? ", " : "").append(tuple(g[i]));
            }
            cases.addExact("broadcast_arrays " + Arrays.deepToString(g), "out = np.broadcast_arrays(" + names + ")",
                    () -> broadcastArrays(arrays), inputs);
            cases.addExact("broadcast_shapes " + Arrays.deepToString(g), "out = np.array(np.broadcast_shapes(" + shapes + "), np.int64)",
                    () -> array(broadcastShapes(g)), inputs);
        }
        cases.run();
        NDArray a = arange(3), b = zeros(2, 1);
        List<NDArray> r = broadcastArrays(a, b);
        assertTrue(r.get(0).sharesMemory(a));
        assertFalse(r.get(0).isWriteable());   // repeats memory: read-only, NumPy's announced rule
        List<NDArray> same = broadcastArrays(a, arange(3));
        assertSame(a, same.get(0));
    }

    /** pad_width as a Python tuple of tuples: {{1}, {0}} is ((1,), (0,)). */
    private static String pyWidths(long[][] w) {
        StringBuilder b = new StringBuilder("(");
        for (long[] r : w) b.append(tuple(r)).append(", ");
        return b.append(")").toString();
    }

    @Test
    void padConstantEdgeReflect() {
        Random rnd = new Random(153);
        OracleCases cases = new OracleCases();
        long[][][] widths = {{{0}}, {{1}}, {{2, 1}}, {{0, 3}}, {{7}}, {{1, 0}, {2, 2}}, {{1}, {0}}, {{-1}}, {{1, 2}, {1, 2}, {3, 4}}};
        for (NDArray a : inputs(rnd)) {
            for (long[][] w : widths) {
                String pw = pyWidths(w);
                for (String mode : new String[] {"constant", "edge", "reflect"}) {
                    cases.addExact("pad " + pw + " " + mode + " " + d(a), "out = np.pad(a, " + pw + ", mode='" + mode + "')",
                            () -> pad(a, w, mode), "a", a);
                }
                cases.addExact("pad " + pw + " constant 3 " + d(a), "out = np.pad(a, " + pw + ", constant_values=3)",
                        () -> pad(a, w, "constant", 3.0), "a", a);
                for (double[][] v : new double[][][] {{{2, 5}}, {{7}}, {{1, 2}, {3, 4}}, {{1}, {2}}, {{1, 2}, {3, 4}, {5, 6}}}) {
                    String pv = Arrays.deepToString(v).replace('[', '(').replace(']', ')').replace(".0", "").replace("(7)", "(7,)")
                            .replace("(1), (2)", "(1,), (2,)");
                    cases.addExact("pad " + pw + " constant " + pv + " " + d(a), "out = np.pad(a, " + pw + ", constant_values=" + pv + ")",
                            () -> pad(a, w, v), "a", a);
                }
            }
        }
        NDArray x = arange(3.0);
        cases.add("pad mode", "out = np.pad(a, 1, mode='xyz')", () -> pad(x, new long[][] {{1}}, "xyz"), "a", x);
        cases.add("pad 1", "out = np.pad(a, 1)", () -> pad(x, 1), "a", x);
        cases.add("pad 1.5 into float", "out = np.pad(a, 1, constant_values=-1.5)", () -> pad(x, new long[][] {{1}}, "constant", -1.5), "a", x);
        NDArray i = arange(3);
        cases.addExact("pad 1.5 into int", "out = np.pad(a, 1, constant_values=-1.5)", () -> pad(i, new long[][] {{1}}, "constant", -1.5), "a", i);
        cases.run();
        assertEquals("[3 2 1 2 3 2]", pad(array(1, 2, 3), new long[][] {{2, 1}}, "reflect").toString());
    }

    @Test
    void takeAndPutAlongAxisAndPut() {
        Random rnd = new Random(154);
        OracleCases cases = new OracleCases();
        for (NDArray a : inputs(rnd)) {
            if (a.ndim() == 0) continue;
            for (int ax = -a.ndim(); ax < a.ndim(); ax++) {
                int axis = ax;
                NDArray idx = a.argsort(axis);
                cases.addExact("take_along_axis argsort ax " + ax + " " + d(a), "out = np.take_along_axis(a, i, axis=" + ax + ")",
                        () -> takeAlongAxis(a, idx, axis), "a", a, "i", idx);
                long n = a.shape(ax);
                if (n == 0) continue;
                long[] ish = a.shape();
                ish[ax < 0 ? ax + a.ndim() : ax] = 2;
                NDArray few = random(rnd, DType.INT64, ish).mod(n).sub(n / 2 == 0 ? 0 : 1L);   // negatives too
                NDArray bad = few.add(n + 1);
                cases.addExact("take_along_axis few ax " + ax + " " + d(a), "out = np.take_along_axis(a, i, axis=" + ax + ")",
                        () -> takeAlongAxis(a, few, axis), "a", a, "i", few);
                cases.addExact("take_along_axis oob ax " + ax + " " + d(a), "out = np.take_along_axis(a, i, axis=" + ax + ")",
                        () -> takeAlongAxis(a, bad, axis), "a", a, "i", bad);
                NDArray vals = random(rnd, a.dtype(), ish);
                cases.addExact("put_along_axis ax " + ax + " " + d(a), "a = a.copy(); np.put_along_axis(a, i, v, axis=" + ax + "); out = a",
                        () -> {
                            NDArray c = a.copy();
                            putAlongAxis(c, few, vals, axis);
                            return c;
                        }, "a", a, "i", few, "v", vals);
            }
            NDArray flatIdx = arange(Math.min(a.size(), 3));
            cases.addExact("take_along_axis None " + d(a), "out = np.take_along_axis(a.copy(), i, axis=None)",
                    () -> takeAlongAxis(a, flatIdx, null), "a", a, "i", flatIdx);
            if (a.size() > 0) {
                NDArray ind = array(0L, a.size() - 1, -1L, 1L % a.size());
                NDArray v = random(rnd, DType.FLOAT64, 3);
                for (String mode : new String[] {"raise", "wrap", "clip"}) {
                    NDArray far = array(a.size() + 2, -a.size() - 3L);
                    cases.addExact("put " + mode + " " + d(a), "a = a.copy(); np.put(a, i, v, mode='" + mode + "'); out = a",
                            () -> a.copy().put(ind, v, mode), "a", a, "i", ind, "v", v);
                    cases.addExact("put far " + mode + " " + d(a), "a = a.copy(); np.put(a, i, v, mode='" + mode + "'); out = a",
                            () -> a.copy().put(far, v, mode), "a", a, "i", far, "v", v);
                }
            }
        }
        NDArray m = zeros(2, 3);
        cases.add("take_along_axis ndim", "out = np.take_along_axis(a, np.zeros(3, int), 1)", () -> takeAlongAxis(m, zeros(DType.INT64, 3), 1), "a", m);
        cases.add("take_along_axis float", "out = np.take_along_axis(a, np.zeros((1, 3)), 1)", () -> takeAlongAxis(m, zeros(1, 3), 1), "a", m);
        cases.add("take_along_axis None 2-d", "out = np.take_along_axis(a, np.zeros((2, 3), int), None)",
                () -> takeAlongAxis(m, zeros(DType.INT64, 2, 3), null), "a", m);
        NDArray mt = zeros(2, 3).T();
        cases.add("put_along_axis None strided", "a = a.T; np.put_along_axis(a, np.array([0, 1]), np.array([5.]), axis=None); out = a", () -> {
            putAlongAxis(mt, array(0, 1), array(new double[] {5}), null);
            return mt;
        }, "a", zeros(2, 3));
        NDArray mc = zeros(2, 3);
        cases.addExact("put_along_axis None", "a = a.copy(); np.put_along_axis(a, np.array([0, -1]), np.array([5., 6.]), axis=None); out = a", () -> {
            NDArray c = mc.copy();
            putAlongAxis(c, array(0, -1), array(5.0, 6.0), null);
            return c;
        }, "a", mc);
        cases.add("put_along_axis None shape", "a = a.copy(); np.put_along_axis(a, np.array([0, 1]), np.zeros(3), axis=None); out = a", () -> {
            putAlongAxis(mc.copy(), array(0, 1), zeros(3), null);
            return mc;
        }, "a", mc);
        cases.add("put mode", "out = np.put(a, [0], [1], mode='x')", () -> {
            put(m, array(0), array(1.0), "x");
            return m;
        }, "a", m);
        cases.run();
    }

    @Test
    void trilTriuDiagDiagonalTrace() {
        Random rnd = new Random(155);
        OracleCases cases = new OracleCases();
        for (NDArray a : inputs(rnd)) {
            for (long k = -3; k <= 3; k++) {
                long kk = k;
                cases.addExact("tril " + k + " " + d(a), "out = np.tril(a, " + k + ")", () -> tril(a, kk), "a", a);
                cases.addExact("triu " + k + " " + d(a), "out = np.triu(a, " + k + ")", () -> triu(a, kk), "a", a);
                cases.addExact("diag " + k + " " + d(a), "out = np.diag(a, " + k + ")", () -> diag(a, kk), "a", a);
                for (int[] ax : new int[][] {{0, 1}, {1, 0}, {-1, 0}, {0, 2}, {1, 1}, {0, -3}}) {
                    cases.addExact("diagonal " + k + " " + Arrays.toString(ax) + " " + d(a),
                            view("np.diagonal(a, " + k + ", " + ax[0] + ", " + ax[1] + ")"), () -> viewOf(a, diagonal(a, kk, ax[0], ax[1])), "a", a);
                    cases.add("trace " + k + " " + Arrays.toString(ax) + " " + d(a), "out = np.trace(a, " + k + ", " + ax[0] + ", " + ax[1] + ")",
                            () -> trace(a, kk, ax[0], ax[1]), "a", a);
                }
            }
            cases.add("trace " + d(a), "out = np.trace(a)", () -> trace(a), "a", a);
        }
        cases.run();
        assertEquals("[[1 0]\n [0 2]]", diag(array(1, 2)).toString());
        assertEquals(3.0, trace(eye(3)).item());
    }

    @Test
    void indicesUnravelAndRavelMultiIndex() {
        Random rnd = new Random(156);
        OracleCases cases = new OracleCases();
        long[][] dims = {{}, {4}, {2, 3}, {0, 3}, {2, 1, 3}, {3, 4, 5}};
        for (long[] sh : dims) {
            cases.addExact("indices " + Arrays.toString(sh), "out = np.indices(" + tuple(sh) + ")", () -> indices(sh), new Object[0]);
            long size = Arrays.stream(sh).reduce(1, (x, y) -> x * y);
            if (sh.length == 0) continue;
            for (DType it : new DType[] {DType.INT32, DType.INT64}) {
                NDArray flat = size == 0 ? zeros(it, 0) : random(rnd, DType.INT64, 3, 2).add(5L).mod(size).astype(it);
                for (String order : new String[] {"C", "F"}) {
                    cases.addExact("unravel_index " + order + " " + Arrays.toString(sh) + " " + it,
                            "out = np.unravel_index(i, " + tuple(sh) + ", order='" + order + "')",
                            () -> unravelIndex(flat, sh, order), "i", flat);
                }
            }
            if (size == 0) continue;
            List<NDArray> coords = new ArrayList<>();
            Object[] inputs = new Object[2 * sh.length];
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < sh.length; i++) {
                NDArray c = random(rnd, DType.INT64, i % 2 == 0 ? new long[] {4} : new long[] {3, 1}).mul(2L);
                coords.add(c);
                inputs[2 * i] = "c" + i;
                inputs[2 * i + 1] = c;
                names.append(i > 0 ? ", " : "").append("c").append(i);
            }
            for (String mode : new String[] {"raise", "wrap", "clip"}) {
                for (String order : new String[] {"C", "F"}) {
                    cases.addExact("ravel_multi_index " + mode + " " + order + " " + Arrays.toString(sh),
                            "out = np.ravel_multi_index((" + names + (sh.length == 1 ? "," : "") + "), " + tuple(sh) + ", mode='" + mode + "', "
                                    + "order='" + order + "')",
                            () -> ravelMultiIndex(coords, sh, mode, order), inputs);
                }
            }
            List<NDArray> inRange = new ArrayList<>();
            for (int i = 0; i < sh.length; i++) inRange.add(coords.get(i).abs().mod(sh[i]));
            Object[] in2 = inputs.clone();
            for (int i = 0; i < sh.length; i++) in2[2 * i + 1] = inRange.get(i);
            cases.addExact("ravel_multi_index in range " + Arrays.toString(sh),
                    "out = np.ravel_multi_index((" + names + (sh.length == 1 ? "," : "") + "), " + tuple(sh) + ")",
                    () -> ravelMultiIndex(inRange, sh), in2);
        }
        NDArray six = array(6);
        cases.add("unravel_index oob", "out = np.unravel_index(i, (2, 3))", () -> unravelIndex(six, 2, 3), "i", six);
        cases.add("unravel_index negative", "out = np.unravel_index(i, (2, 3))", () -> unravelIndex(array(-1), 2, 3), "i", array(-1));
        cases.add("unravel_index float", "out = np.unravel_index(i, (2, 3))", () -> unravelIndex(array(1.0), 2, 3), "i", array(1.0));
        cases.add("unravel_index order", "out = np.unravel_index(i, (2, 3), order='X')", () -> unravelIndex(six, new long[] {2, 3}, "X"), "i", six);
        cases.add("ravel_multi_index length", "out = np.ravel_multi_index(([1],), (2, 3))",
                () -> ravelMultiIndex(List.of(array(1)), 2, 3), new Object[0]);
        cases.add("ravel_multi_index mode", "out = np.ravel_multi_index(([1], [1]), (2, 3), mode='x')",
                () -> ravelMultiIndex(List.of(array(1), array(1)), new long[] {2, 3}, "x", "C"), new Object[0]);
        cases.add("ravel_multi_index float", "out = np.ravel_multi_index(([1.], [1]), (2, 3))",
                () -> ravelMultiIndex(List.of(array(1.0), array(1)), 2, 3), new Object[0]);
        cases.addExact("ravel_multi_index modes per axis", "out = np.ravel_multi_index(([3], [-1]), (2, 3), mode=('clip', 'wrap'))",
                () -> ravelMultiIndex(List.of(array(new long[] {3}), array(new long[] {-1})), new long[] {2, 3}, new String[] {"clip", "wrap"}, "C"),
                        new Object[0]);
        cases.run();
    }

    @Test
    void slidingWindowViewIsAReadOnlyView() {
        Random rnd = new Random(157);
        OracleCases cases = new OracleCases();
        String sw = "from numpy.lib.stride_tricks import sliding_window_view as swv\n";
        for (NDArray a : inputs(rnd, DType.FLOAT32, DType.INT64)) {
            if (a.ndim() == 0) continue;
            long[] all = a.shape();
            for (int i = 0; i < all.length; i++) all[i] = Math.min(all[i], 2);
            cases.addExact("swv all " + d(a), sw + view("swv(a, " + tuple(all) + ")"), () -> viewOf(a, slidingWindowView(a, all)), "a", a);
            for (int ax = -a.ndim() - 1; ax <= a.ndim(); ax++) {
                for (long w : new long[] {0, 1, 2, 3, 6}) {
                    int axis = ax;
                    cases.addExact("swv " + w + " ax " + ax + " " + d(a), sw + view("swv(a, " + w + ", axis=" + ax + ")"),
                            () -> viewOf(a, slidingWindowView(a, new long[] {w}, axis)), "a", a);
                }
            }
            if (a.ndim() >= 2)
                cases.addExact("swv repeated axis " + d(a), sw + view("swv(a, (1, 2), axis=(0, 0))"),
                        () -> viewOf(a, slidingWindowView(a, new long[] {1, 2}, 0, 0)), "a", a);
            cases.addExact("swv negative " + d(a), sw + view("swv(a, -1, axis=0)"), () -> viewOf(a, slidingWindowView(a, new long[] {-1}, 0)), "a", a);
            cases.addExact("swv count " + d(a), sw + view("swv(a, (1,) * (a.ndim + 1))"),
                    () -> viewOf(a, slidingWindowView(a, new long[a.ndim() + 1])), "a", a);
            cases.addExact("swv axis count " + d(a), sw + view("swv(a, (1, 1), axis=0)"),
                    () -> viewOf(a, slidingWindowView(a, new long[] {1, 1}, 0)), "a", a);
        }
        cases.run();
        NDArray x = arange(5);
        NDArray win = slidingWindowView(x, 3);
        assertEquals("[[0 1 2]\n [1 2 3]\n [2 3 4]]", win.toString());
        assertFalse(win.isWriteable());
        assertThrows(IllegalArgumentException.class, () -> win.setLong(1, 0, 0));
    }

    @Test
    void asStridedChecksEveryViewAgainstTheBaseMemory() {
        NDArray x = arange(4);   // 32 bytes
        assertEquals("[[0 1]\n [1 2]\n [2 3]]", asStrided(x, new long[] {3, 2}, new long[] {8, 8}).toString());
        assertEquals("[[0 0]\n [0 0]]", asStrided(x, new long[] {2, 2}, new long[] {0, 0}).toString());
        assertEquals("[3 2 1 0]", asStrided(x.get("::-1"), new long[] {4}, new long[] {-8}).toString());
        assertEquals(0, asStrided(x, new long[] {0, 100}, new long[] {1000, 1000}).size());
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> asStrided(x, new long[] {3, 3}, new long[] {8, 8}));
        assertEquals("as_strided: shape (3, 3) with strides (8, 8) from byte offset 0 would address bytes [0, 40), "
                + "outside the base array's memory of 32 bytes [0, 32)", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> asStrided(x, new long[] {2}, new long[] {-8}));
        assertThrows(IndexOutOfBoundsException.class, () -> asStrided(x.get("2:"), new long[] {3}, new long[] {8}));
        assertThrows(IndexOutOfBoundsException.class, () -> asStrided(x, new long[] {2, 2}, new long[] {Long.MAX_VALUE / 8 * 8, 8}));
        assertThrows(IllegalArgumentException.class, () -> asStrided(x, new long[] {2}, new long[] {8, 8}));
        assertThrows(IllegalArgumentException.class, () -> asStrided(x, new long[] {-1}, new long[] {8}));
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> asStrided(x, new long[] {3}, new long[] {4}));
        assertEquals("as_strided: stride 4 of axis 0 is not a multiple of the item size 8 of int64 (NumJ reads only aligned elements)", m.getMessage());
        assertEquals("[0]", asStrided(x, new long[] {1}, new long[] {3}).toString());   // a stride never used is free
        // a view of a slice may reach the rest of its base, as NumPy's may
        assertEquals("[1 2 3]", asStrided(x.get("1:2"), new long[] {3}, new long[] {8}).toString());
        NDArray ro = asStrided(x, new long[] {2}, new long[] {8}, false);
        assertFalse(ro.isWriteable());
        NDArray w = asStrided(x, new long[] {2}, new long[] {16});
        w.setLong(7, 1);
        assertEquals(7, x.getLong(2));
    }
}
