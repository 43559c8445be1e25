package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleAssert;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.*;
import static dev.numj.random.Random.*;

/**
 * swapaxes, squeeze, expandDims, broadcastTo, concatenate, stack, vstack, hstack, columnStack, split,
 * arraySplit and meshgrid against NumPy: ranks 0-4 with size-0 axes, contiguous and strided inputs,
 * every dtype pair for joins, negative and out-of-range axes, views versus copies, read-only
 * broadcast views, and NumPy's error type and text for every bad input.
 */
class ShapeOpsOracleTest {
    static final long[][] SHAPES = {{}, {1}, {0}, {5}, {1, 3}, {3, 1}, {0, 3}, {2, 3}, {1, 1}, {2, 1, 3}, {1, 0, 1},
            {2, 3, 4}, {1, 2, 1, 3}, {2, 0, 3, 1}, {3, 1, 2, 4}};

    /** How the operand is laid out: NumPy's expression over x, NumJ's equivalent and x's shape for a result shape. */
    record Layout(String py, UnaryOperator<NDArray> numj, Function<long[], long[]> baseShape, int minNdim) {}

    static final List<Layout> LAYOUTS = List.of(
            new Layout("x", a -> a, s -> s, 0),
            new Layout("x.T", NDArray::T, ShapeOpsOracleTest::reversed, 0),
            new Layout("x[::-1]", a -> a.get("::-1"), s -> s, 1),
            new Layout("x[..., ::2]", a -> a.get("..., ::2"), ShapeOpsOracleTest::lastDoubled, 1));

    /** One differential case: NumPy code that binds {@code out}, and NumJ's answer (an NDArray or a list of them). */
    record Case(String what, NumPyOracle.Case numpy, Supplier<Object> numj) {}

    // ---- the harness -------------------------------------------------------------------------------

    private static int run(List<Case> cases) {
        List<OracleResult> res = np().runBatch(cases.stream().map(Case::numpy).toList());
        for (int i = 0; i < cases.size(); i++) compare(res.get(i), cases.get(i));
        return cases.size();
    }

    private static void compare(OracleResult r, Case c) {
        if (r.isError()) {
            assertSameError(r, () -> c.numj.get(), c.what);
            Throwable t = assertThrows(RuntimeException.class, () -> c.numj.get(), c.what);
            assertInstanceOf(javaClassOf(r), t, c.what + ": NumPy raised " + r.errorType());
            return;
        }
        Object got = c.numj.get();
        if (got instanceof NDArray a) {
            assertMatches(r, a, c.what);
            return;
        }
        List<?> list = (List<?>) got;
        assertEquals(r.values().size(), list.size(), c.what + ": number of results");
        for (int k = 0; k < list.size(); k++)
            OracleAssert.assertArrayMatches(r.values().get(k), toOracle((NDArray) list.get(k)), c.what + " [" + k + "]");
    }

    /** The Java exception NumJ maps NumPy's exception to. */
    private static Class<? extends RuntimeException> javaClassOf(OracleResult r) {
        if (r.isErrorOf("AxisError")) return AxisException.class;
        if (r.isErrorOf("ZeroDivisionError")) return ArithmeticException.class;
        if (r.isErrorOf("IndexError")) return IndexOutOfBoundsException.class;
        if (r.isErrorOf("TypeError")) return NumJTypeException.class;
        if (r.isErrorOf("ValueError")) return IllegalArgumentException.class;
        throw new AssertionError("unexpected NumPy error " + r);
    }

    private static Case of(String what, String code, Supplier<Object> numj, Object... inputs) {
        return new Case(what, NumPyOracle.Case.of(code, inputs), numj);
    }

    /**
     * NumPy code that reports a view op's result with [is a view (or a itself), is writeable, is a itself].
     * ({@code r is a} counts as a view since the oracle's inputs may or may not own their memory.)
     */
    private static String viewCode(String layout, String expr) {
        return "a = " + layout + "\nr = " + expr + "\nout = [r, np.array([r is a or r.base is not None, r.flags.writeable, r is a])]";
    }

    /** NumJ's side of {@link #viewCode}: a view shares the memory owner of {@code a}. */
    private static List<NDArray> viewResult(NDArray a, NDArray r) {
        NDArray owner = a.base() != null ? a.base() : a;
        return List.of(r, array(r == a || (r.base() == owner && r.sharesMemory(a)), r.isWriteable(), r == a));
    }

    private static long[] reversed(long[] s) {
        long[] r = new long[s.length];
        for (int i = 0; i < s.length; i++) r[i] = s[s.length - 1 - i];
        return r;
    }

    private static long[] lastDoubled(long[] s) {
        long[] r = s.clone();
        r[r.length - 1] *= 2;
        return r;
    }

    /** A Python tuple literal: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    private static String tuple(long[] s) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) b.append(i > 0 ? ", " : "").append(s[i]);
        return b.append(s.length == 1 ? ",)" : ")").toString();
    }

    private static long[] concat(long[] a, long... b) {
        long[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    // ---- views: swapaxes, squeeze, expand_dims, broadcast_to ---------------------------------------

    @Test
    void viewOpsOverRanksZeroToFourAndEveryLayout() {
        Random rnd = new Random(3);
        List<Case> cases = new ArrayList<>();
        int k = 0;
        for (long[] s : SHAPES)
            for (Layout lay : LAYOUTS) {
                if (s.length < lay.minNdim) continue;
                DType dt = DType.values()[k++ % DType.values().length];
                NDArray x = random(rnd, dt, lay.baseShape.apply(s));
                NDArray a = lay.numj.apply(x);
                assertArrayEquals(s, a.shape(), "layout " + lay.py);
                String where = " of " + lay.py + " " + dt + Arrays.toString(s);
                int n = s.length;
                for (int i = -n - 1; i <= n; i++)
                    for (int j = -n - 1; j <= n; j++) {
                        int p = i, q = j;
                        cases.add(of("swapaxes(" + i + ", " + j + ")" + where, viewCode(lay.py, "np.swapaxes(a, " + i + ", " + j + ")"),
                                () -> viewResult(a, a.swapaxes(p, q)), "x", toOracle(x)));
                    }
                cases.add(of("squeeze()" + where, viewCode(lay.py, "np.squeeze(a)"), () -> viewResult(a, a.squeeze()), "x", toOracle(x)));
                cases.add(of("squeeze(axis=())" + where, viewCode(lay.py, "np.squeeze(a, axis=())"),
                        () -> viewResult(a, a.squeeze(new int[0])), "x", toOracle(x)));
                for (int i = -n - 1; i <= n; i++) {
                    int p = i;
                    cases.add(of("squeeze(" + i + ")" + where, viewCode(lay.py, "np.squeeze(a, axis=" + i + ")"),
                            () -> viewResult(a, a.squeeze(p)), "x", toOracle(x)));
                    for (int j = -n - 1; j <= n; j++) {
                        int q = j;
                        if (n > 0)
                            cases.add(of("squeeze(" + i + ", " + j + ")" + where, viewCode(lay.py, "np.squeeze(a, axis=(" + i + ", " + j + "))"),
                                    () -> viewResult(a, a.squeeze(p, q)), "x", toOracle(x)));
                    }
                }
                for (int i = -n - 2; i <= n + 1; i++) {
                    int p = i;
                    cases.add(of("expandDims(" + i + ")" + where, viewCode(lay.py, "np.expand_dims(a, " + i + ")"),
                            () -> viewResult(a, a.expandDims(p)), "x", toOracle(x)));
                    for (int j = -n - 3; j <= n + 2; j += 2) {
                        int q = j;
                        cases.add(of("expandDims(" + i + ", " + j + ")" + where, viewCode(lay.py, "np.expand_dims(a, (" + i + ", " + j + "))"),
                                () -> viewResult(a, expandDims(a, p, q)), "x", toOracle(x)));
                    }
                }
                for (long[] t : broadcastTargets(s)) {
                    cases.add(of("broadcastTo" + Arrays.toString(t) + where, viewCode(lay.py, "np.broadcast_to(a, " + tuple(t) + ")"),
                            () -> viewResult(a, a.broadcastTo(t)), "x", toOracle(x)));
                }
            }
        assertTrue(run(cases) > 3000);
    }

    /** Shapes to broadcast {@code s} to: itself, with new leading axes, 1s stretched (to 4 and to 0), and bad ones. */
    private static List<long[]> broadcastTargets(long[] s) {
        List<long[]> t = new ArrayList<>();
        t.add(s);
        t.add(concat(new long[] {2}, s));
        t.add(concat(new long[] {2, 1}, s));
        t.add(Arrays.stream(s).map(d -> d == 1 ? 4 : d).toArray());
        t.add(concat(new long[] {3}, Arrays.stream(s).map(d -> d == 1 ? 0 : d).toArray()));
        t.add(new long[0]);
        t.add(concat(new long[] {-1}, s));
        if (s.length > 0) {
            t.add(Arrays.copyOfRange(s, 1, s.length));
            long[] bigger = s.clone();
            bigger[s.length - 1] += 1;
            t.add(bigger);
        }
        return t;
    }

    // ---- joining -----------------------------------------------------------------------------------

    @Test
    void joinsPromoteEveryDtypePairLikeNumPy() {
        Random rnd = new Random(5);
        List<Case> cases = new ArrayList<>();
        for (DType da : DType.values())
            for (DType db : DType.values()) {
                String pair = " " + da + "+" + db;
                NDArray a23 = random(rnd, da, 2, 3), b13 = random(rnd, db, 1, 3), b22 = random(rnd, db, 2, 2);
                NDArray b03 = random(rnd, db, 0, 3), b23 = random(rnd, db, 2, 3), a3 = random(rnd, da, 3);
                NDArray b32 = random(rnd, db, 3, 2), b21 = random(rnd, db, 2, 1), b3 = random(rnd, db, 3);
                cases.add(of("concatenate axis 0" + pair, "out = np.concatenate([a, b])", () -> concatenate(a23, b13), "a", toOracle(a23), "b", toOracle(b13)));
                cases.add(of("concatenate axis -1" + pair, "out = np.concatenate([a, b], axis=-1)", () -> concatenate(-1, a23, b22),
                        "a", toOracle(a23), "b", toOracle(b22)));
                cases.add(of("concatenate with empty" + pair, "out = np.concatenate([a, b])", () -> concatenate(List.of(a23, b03), 0),
                        "a", toOracle(a23), "b", toOracle(b03)));
                cases.add(of("concatenate strided views" + pair, "out = np.concatenate([a.T, b[::-1].T], axis=1)",
                        () -> concatenate(1, a23.T(), b32.get("::-1").T()), "a", toOracle(a23), "b", toOracle(b32)));
                cases.add(of("stack axis 1" + pair, "out = np.stack([a, b], axis=1)", () -> stack(List.of(a23, b23), 1),
                        "a", toOracle(a23), "b", toOracle(b23)));
                cases.add(of("stack 1-d" + pair, "out = np.stack([a, b])", () -> stack(a3, b3), "a", toOracle(a3), "b", toOracle(b3)));
                cases.add(of("vstack" + pair, "out = np.vstack([a, b])", () -> vstack(a3, b23), "a", toOracle(a3), "b", toOracle(b23)));
                cases.add(of("hstack" + pair, "out = np.hstack([a, b])", () -> hstack(a23, b21), "a", toOracle(a23), "b", toOracle(b21)));
                cases.add(of("hstack 1-d" + pair, "out = np.hstack([a, b])", () -> hstack(List.of(a3, b3)), "a", toOracle(a3), "b", toOracle(b3)));
                cases.add(of("columnStack" + pair, "out = np.column_stack([a, b])", () -> columnStack(a3, b32), "a", toOracle(a3), "b", toOracle(b32)));
                cases.add(of("c_" + pair, "out = np.c_[a, b]", () -> columnStack(List.of(a3, b3)), "a", toOracle(a3), "b", toOracle(b3)));
                for (DType dc : DType.values()) {
                    NDArray a2 = random(rnd, da, 2), b1 = random(rnd, db, 1), c4 = random(rnd, dc, 4);
                    cases.add(of("concatenate three" + pair + "+" + dc, "out = np.concatenate([a, b, c])", () -> concatenate(a2, b1, c4),
                            "a", toOracle(a2), "b", toOracle(b1), "c", toOracle(c4)));
                }
            }
        assertEquals(25 * 11 + 125, run(cases));
    }

    @Test
    void concatenateAndStackOverEveryAxisAndShapeMismatch() {
        Random rnd = new Random(9);
        List<Case> cases = new ArrayList<>();
        long[][] shapes = {{4}, {0}, {2, 3}, {0, 3}, {3, 0}, {2, 1, 3}, {2, 0, 3}, {1, 2, 3, 2}};
        for (long[] s : shapes) {
            int n = s.length;
            NDArray a = random(rnd, DType.FLOAT64, s);
            for (int ax = -n - 1; ax <= n; ax++) {
                int axis = ax, norm = Math.floorMod(ax, n);
                long[] sb = s.clone();
                sb[norm] = 2;   // fits along axis only
                NDArray b = random(rnd, DType.INT64, sb);
                String w = " axis " + ax + " " + Arrays.toString(s) + "+" + Arrays.toString(sb);
                cases.add(of("concatenate" + w, "out = np.concatenate([a, b], axis=" + ax + ")", () -> concatenate(List.of(a, b), axis),
                        "a", toOracle(a), "b", toOracle(b)));
                cases.add(of("concatenate 3" + w, "out = np.concatenate([a, b, a, b], axis=" + ax + ")", () -> concatenate(axis, a, b, a, b),
                        "a", toOracle(a), "b", toOracle(b)));
                cases.add(of("concatenate one" + w, "out = np.concatenate([a], axis=" + ax + ")", () -> concatenate(axis, a), "a", toOracle(a)));
                for (int d = 0; d < n; d++) {
                    long[] sc = s.clone();
                    sc[d] = s[d] + 1;
                    NDArray c = random(rnd, DType.FLOAT32, sc);
                    cases.add(of("concatenate mismatch dim " + d + w, "out = np.concatenate([a, a, c], axis=" + ax + ")",
                            () -> concatenate(List.of(a, a, c), axis),
                            "a", toOracle(a), "c", toOracle(c)));
                }
                NDArray lower = random(rnd, DType.BOOL, n == 1 ? new long[] {s[0], 1} : Arrays.copyOf(s, n - 1));
                cases.add(of("concatenate rank mismatch" + w, "out = np.concatenate([a, c], axis=" + ax + ")", () -> concatenate(axis, a, lower),
                        "a", toOracle(a), "c", toOracle(lower)));
            }
            for (int ax = -n - 2; ax <= n + 1; ax++) {
                int axis = ax;
                NDArray b = random(rnd, DType.INT32, s);
                String w = " axis " + ax + " " + Arrays.toString(s);
                cases.add(of("stack" + w, "out = np.stack([a, b, a], axis=" + ax + ")", () -> stack(axis, a, b, a), "a", toOracle(a), "b", toOracle(b)));
                cases.add(of("stack one" + w, "out = np.stack([a], axis=" + ax + ")", () -> stack(List.of(a), axis), "a", toOracle(a)));
                NDArray c = random(rnd, DType.INT32, concat(s, 1));
                cases.add(of("stack shape mismatch" + w, "out = np.stack([a, c], axis=" + ax + ")", () -> stack(axis, a, c),
                        "a", toOracle(a), "c", toOracle(c)));
            }
        }
        NDArray z = array((Object) 2.5), y = array((Object) 7L);
        cases.add(of("concatenate 0-d", "out = np.concatenate([z, y])", () -> concatenate(z, y), "z", toOracle(z), "y", toOracle(y)));
        cases.add(of("stack 0-d", "out = np.stack([z, y])", () -> stack(z, y), "z", toOracle(z), "y", toOracle(y)));
        cases.add(of("stack 0-d axis -1", "out = np.stack([z, y], axis=-1)", () -> stack(-1, z, y), "z", toOracle(z), "y", toOracle(y)));
        cases.add(of("concatenate nothing", "out = np.concatenate([])", () -> concatenate(List.of(), 0)));
        cases.add(of("stack nothing", "out = np.stack([])", () -> stack()));
        assertTrue(run(cases) > 300);
    }

    @Test
    void vstackHstackColumnStackOverMixedRanks() {
        Random rnd = new Random(11);
        long[][] shapes = {{}, {3}, {0}, {1, 3}, {2, 3}, {3, 1}, {3, 2}, {0, 3}, {3, 0}, {2, 3, 4}, {3, 3, 1}};
        List<Case> cases = new ArrayList<>();
        for (long[] sa : shapes)
            for (long[] sb : shapes) {
                NDArray a = random(rnd, DType.INT32, sa), b = random(rnd, DType.FLOAT32, sb);
                String w = " " + Arrays.toString(sa) + "+" + Arrays.toString(sb);
                cases.add(of("vstack" + w, "out = np.vstack([a, b])", () -> vstack(a, b), "a", toOracle(a), "b", toOracle(b)));
                cases.add(of("hstack" + w, "out = np.hstack([a, b])", () -> hstack(a, b), "a", toOracle(a), "b", toOracle(b)));
                cases.add(of("columnStack" + w, "out = np.column_stack([a, b])", () -> columnStack(a, b), "a", toOracle(a), "b", toOracle(b)));
            }
        for (long[] s : shapes) {
            NDArray a = random(rnd, DType.BOOL, s);
            String w = " " + Arrays.toString(s);
            cases.add(of("vstack one" + w, "out = np.vstack([a])", () -> vstack(a), "a", toOracle(a)));
            cases.add(of("hstack one" + w, "out = np.hstack([a])", () -> hstack(a), "a", toOracle(a)));
            cases.add(of("columnStack one" + w, "out = np.column_stack([a])", () -> columnStack(List.of(a)), "a", toOracle(a)));
        }
        cases.add(of("vstack nothing", "out = np.vstack([])", () -> vstack()));
        cases.add(of("hstack nothing", "out = np.hstack([])", () -> hstack(List.of())));
        cases.add(of("columnStack nothing", "out = np.column_stack([])", () -> columnStack()));
        assertEquals(3 * 121 + 3 * 11 + 3, run(cases));
    }

    @Test
    void joinsCopyAndLeaveTheirInputsAlone() {
        NDArray a = arange(6).reshape(2, 3), b = ones(INT32, 1, 3);
        NDArray c = concatenate(a, b);
        assertNull(c.base(), "concatenate allocates a new array");
        assertFalse(c.sharesMemory(a));
        c.setLong(100, 0, 0);
        assertEquals(0, a.getLong(0, 0));
        assertTrue(broadcastTo(array(1, 2), 3, 2).isWriteable() == false && vstack(broadcastTo(array(1, 2), 3, 2)).isWriteable(),
                "joining read-only views gives a writable array");
        assertThrows(NullPointerException.class, () -> concatenate(a, null), "a null input fails clearly");
    }

    // ---- splitting ---------------------------------------------------------------------------------

    @Test
    void splitAndArraySplitGiveNumPysViews() {
        Random rnd = new Random(13);
        List<Case> cases = new ArrayList<>();
        long[][] shapes = {{}, {6}, {0}, {12}, {4, 6}, {2, 0, 6}, {3, 4, 2}};
        long[] sectionsList = {1, 2, 3, 4, 5, 6, 7, 12, 0, -2, -3};
        long[][] indicesList = {{}, {2}, {2, 5}, {-2}, {5, 2}, {3, 20}, {0, 0}, {-20, 3}, {6}, {1, 1, 4}};
        for (long[] s : shapes)
            for (Layout lay : List.of(LAYOUTS.get(0), LAYOUTS.get(1), LAYOUTS.get(2))) {
                if (s.length < lay.minNdim) continue;
                NDArray x = random(rnd, DType.INT64, lay.baseShape.apply(s));
                NDArray a = lay.numj.apply(x);
                int n = s.length;
                for (int ax = -n - 1; ax <= n; ax++) {
                    int axis = ax;
                    String w = " axis " + ax + " of " + lay.py + Arrays.toString(s);
                    for (long sec : sectionsList) {
                        int sections = (int) sec;
                        cases.add(of("split(" + sec + ")" + w, splitCode(lay.py, "np.split(a, " + sec + ", axis=" + ax + ")"),
                                () -> splitResult(a, split(a, sections, axis)), "x", toOracle(x)));
                        cases.add(of("arraySplit(" + sec + ")" + w, splitCode(lay.py, "np.array_split(a, " + sec + ", axis=" + ax + ")"),
                                () -> splitResult(a, arraySplit(a, sections, axis)), "x", toOracle(x)));
                    }
                    for (long[] idx : indicesList)
                        cases.add(of("split(" + Arrays.toString(idx) + ")" + w, splitCode(lay.py, "np.split(a, " + Arrays.toString(idx) + ", axis=" + ax + ")"),
                                () -> splitResult(a, split(a, idx, axis)), "x", toOracle(x)));
                }
            }
        NDArray v = arange(12);
        cases.add(of("split default axis", splitCode("x", "np.split(a, 4)"), () -> splitResult(v, split(v, 4)), "x", toOracle(v)));
        cases.add(of("split indices default axis", splitCode("x", "np.split(a, [3, 7])"), () -> splitResult(v, split(v, new long[] {3, 7})), "x", toOracle(v)));
        cases.add(of("array_split default axis", splitCode("x", "np.array_split(a, 5)"), () -> splitResult(v, arraySplit(v, 5)), "x", toOracle(v)));
        assertTrue(run(cases) > 1000);
    }

    private static String splitCode(String layout, String expr) {
        return "a = " + layout + "\nparts = " + expr + "\nout = parts + [np.array([p.base is not None for p in parts])]";
    }

    private static List<NDArray> splitResult(NDArray a, List<NDArray> parts) {
        NDArray owner = a.base() != null ? a.base() : a;
        boolean[] views = new boolean[parts.size()];
        for (int i = 0; i < views.length; i++) views[i] = parts.get(i).base() == owner;
        List<NDArray> r = new ArrayList<>(parts);
        r.add(array(views));
        return r;
    }

    @Test
    void writingIntoASplitPieceChangesTheOriginal() {
        NDArray X = arange(12).reshape(3, 4);
        List<NDArray> cols = split(X, 2, 1);
        cols.get(1).addi(100L);
        cols.get(0).setLong(-1, 2, 1);
        var r = np().run("X = np.arange(12).reshape(3, 4)\nc = np.split(X, 2, axis=1)\nc[1] += 100\nc[0][2, 1] = -1\nout = X");
        assertMatches(r, X, "writes through split pieces");
    }

    // ---- meshgrid ----------------------------------------------------------------------------------

    @Test
    void meshgridMatchesNumPy() {
        Random rnd = new Random(17);
        List<Case> cases = new ArrayList<>();
        long[][][] shapes = {{{3}, {2}}, {{0}, {2}}, {{1}, {1}}, {{4}, {0}}, {{2, 2}, {3}}, {{5}, {2, 1, 2}}};
        for (DType dx : DType.values())
            for (DType dy : DType.values())
                for (long[][] sh : shapes) {
                    NDArray x = random(rnd, dx, sh[0]), y = random(rnd, dy, sh[1]);
                    String w = " " + dx + Arrays.toString(sh[0]) + " " + dy + Arrays.toString(sh[1]);
                    cases.add(of("meshgrid" + w, "out = np.meshgrid(x, y)", () -> meshgrid(x, y), "x", toOracle(x), "y", toOracle(y)));
                    cases.add(of("meshgrid ij" + w, "out = np.meshgrid(x, y, indexing='ij')", () -> meshgrid(x, y, "ij"), "x", toOracle(x), "y", toOracle(y)));
                }
        NDArray x = random(rnd, DType.FLOAT64, 3), y = random(rnd, DType.INT32, 4), z = random(rnd, DType.BOOL, 2);
        for (String ix : new String[] {"xy", "ij", "ji", "XY"}) {
            cases.add(of("meshgrid 3 " + ix, "out = np.meshgrid(x, y, z, indexing='" + ix + "')", () -> meshgrid(List.of(x, y, z), ix),
                    "x", toOracle(x), "y", toOracle(y), "z", toOracle(z)));
            cases.add(of("meshgrid 1 " + ix, "out = np.meshgrid(x, indexing='" + ix + "')", () -> meshgrid(List.of(x), ix), "x", toOracle(x)));
            cases.add(of("meshgrid 2 " + ix, "out = np.meshgrid(x, y, indexing='" + ix + "')", () -> meshgrid(x, y, ix), "x", toOracle(x), "y", toOracle(y)));
        }
        cases.add(of("meshgrid strided", "out = np.meshgrid(x[::-1], y[::2])", () -> meshgrid(x.get("::-1"), y.get("::2")),
                "x", toOracle(x), "y", toOracle(y)));
        cases.add(of("meshgrid 0-d", "out = np.meshgrid(x[0], y)", () -> meshgrid(x.get(0), y), "x", toOracle(x), "y", toOracle(y)));
        assertEquals(25 * 6 * 2 + 12 + 2, run(cases));

        List<NDArray> g = meshgrid(x, y);
        for (NDArray m : g) {
            assertTrue(m.isWriteable(), "meshgrid returns copies, writable like NumPy's default copy=True");
            assertNull(m.base());
            assertTrue(m.isContiguous());
        }
        assertTrue(meshgrid(List.of(), "xy").isEmpty(), "np.meshgrid() is ()");
    }

    // ---- read-only broadcast views -----------------------------------------------------------------

    @Test
    void writingIntoABroadcastViewFailsLikeNumPy() {
        String setup = "x = np.arange(3.)\nb = np.broadcast_to(x, (2, 3))\nbi = np.broadcast_to(np.arange(3), (2, 3))\n";
        NDArray x = arange(3.0), b = x.broadcastTo(2, 3), bi = arange(3).broadcastTo(2, 3);
        List<Case> cases = new ArrayList<>();
        String[][] writes = {
                {"b[0, 0] = 1", "setDouble"}, {"b[5, 0] = 1", "setLong out of range"}, {"bi[0, 1] = 7", "setLong"},
                {"b[0] = np.ones(3)", "set(String, NDArray)"}, {"b[0] = np.ones(4)", "set(String, NDArray) bad shape"},
                {"b[:, 1] = 2.0", "set(String, double)"}, {"bi[...] = 2", "set(String, long)"},
                {"b += 1", "addi(long)"}, {"b -= 0.5", "subi(double)"}, {"b *= np.ones(3)", "muli(NDArray)"},
                {"b += np.ones(4)", "addi bad shape"}, {"bi /= 2", "divi int (casting)"},
                {"b.T[0, 0] = 1", "transpose of view"}, {"b[0] += 1", "slice of view in place"}, {"b[:, 1:][0, 0] = 2", "slice set"},
                {"np.swapaxes(b, 0, 1)[0, 0] = 1", "swapaxes of view"}, {"np.expand_dims(b, 0)[0, 0, 0] = 1", "expand_dims of view"},
                {"np.squeeze(np.broadcast_to(x, (1, 3)))[0] = 1", "squeeze of view"}, {"b.reshape(2, 3, 1)[0, 0, 0] = 1", "reshape view of view"},
        };
        List<Runnable> java = List.of(
                () -> b.setDouble(1, 0, 0), () -> b.setLong(1, 5, 0), () -> bi.setLong(7, 0, 1),
                () -> b.set("0", ones(3)), () -> b.set("0", ones(4)),
                () -> b.set(":, 1", 2.0), () -> bi.set("...", 2L),
                () -> b.addi(1L), () -> b.subi(0.5), () -> b.muli(ones(3)),
                () -> b.addi(ones(4)), () -> bi.divi(2L),
                () -> b.T().setDouble(1, 0, 0), () -> b.get(0).addi(1L), () -> b.get(":, 1:").setDouble(2, 0, 0),
                () -> b.swapaxes(0, 1).setDouble(1, 0, 0), () -> b.expandDims(0).setDouble(1, 0, 0, 0),
                () -> x.broadcastTo(1, 3).squeeze().setDouble(1, 0), () -> b.reshape(2, 3, 1).setDouble(1, 0, 0, 0));
        for (int i = 0; i < writes.length; i++) {
            Runnable r = java.get(i);
            cases.add(of(writes[i][1], setup + writes[i][0] + "\nout = b", () -> { r.run(); return b; }));
        }
        run(cases);
        assertArrayEquals(new double[] {0, 1, 2}, x.toDoubleArray(), "failed writes left the memory alone");

        // what stays writable, as in NumPy: copies, a reshape that must copy, the original array
        String flags = setup + "out = np.array([b.flags.writeable, b.copy().flags.writeable, b.reshape(6).flags.writeable, "
                + "b.astype(np.float32).flags.writeable, x.flags.writeable, b[0].reshape(3, 1).flags.writeable, (b + 1).flags.writeable])";
        assertMatches(np().run(flags), array(b.isWriteable(), b.copy().isWriteable(), b.reshape(6).isWriteable(),
                b.astype(FLOAT32).isWriteable(), x.isWriteable(), b.get(0).reshape(3, 1).isWriteable(), b.add(1L).isWriteable()), "writeable flags");
        x.setDouble(10, 1);
        assertMatches(np().run(setup + "x[1] = 10\nout = np.stack([b + 1, b * b.T.T, b.sum(axis=0, keepdims=True).repeat(2, 0)])"),
                stack(b.add(1L), b.mul(b.T().T()), b.sum(0, true).broadcastTo(2, 3)), "reading a broadcast view sees writes to its source");
    }

    // ---- every error message -----------------------------------------------------------------------

    @Test
    void everyErrorTypeAndMessageMatchesNumPy() {
        NDArray a = ones(2, 3), v = arange(6);
        List<Case> cases = List.of(
                of("swapaxes axis2", "out = np.swapaxes(np.ones((2, 3)), 0, 2)", () -> a.swapaxes(0, 2)),
                of("swapaxes axis1", "out = np.swapaxes(np.ones((2, 3)), -3, 0)", () -> swapaxes(a, -3, 0)),
                of("squeeze non-1", "out = np.squeeze(np.ones((2, 3)), axis=1)", () -> squeeze(a, 1)),
                of("squeeze bad axis", "out = np.ones((2, 3)).squeeze(axis=2)", () -> a.squeeze(2)),
                of("squeeze duplicate", "out = np.ones((1, 3)).squeeze(axis=(0, -2))", () -> ones(1, 3).squeeze(0, -2)),
                of("squeeze 0-d axis 1", "out = np.squeeze(np.array(1.), axis=1)", () -> array((Object) 1.0).squeeze(1)),
                of("expand_dims bad axis", "out = np.expand_dims(np.ones((2, 3)), 3)", () -> expandDims(a, 3)),
                of("expand_dims negative bad axis", "out = np.expand_dims(np.ones((2, 3)), -4)", () -> a.expandDims(-4)),
                of("expand_dims repeated", "out = np.expand_dims(np.ones((2, 3)), (0, -4))", () -> a.expandDims(0, -4)),
                of("broadcast_to remapped", "out = np.broadcast_to(np.arange(3), (4,))", () -> arange(3).broadcastTo(4)),
                of("broadcast_to scalar", "out = np.broadcast_to(np.arange(3), ())", () -> arange(3).broadcastTo(new long[0])),
                of("broadcast_to negative", "out = np.broadcast_to(np.arange(3), (-1, 3))", () -> broadcastTo(arange(3), -1, 3)),
                of("broadcast_to fewer dims", "out = np.broadcast_to(np.ones((2, 3)), (3,))", () -> broadcastTo(a, 3L)),
                of("broadcast_to 2-d", "out = np.broadcast_to(np.ones((2, 3)), (4, 3))", () -> a.broadcastTo(4, 3)),
                of("concatenate nothing", "out = np.concatenate([])", () -> concatenate()),
                of("concatenate 0-d", "out = np.concatenate([np.array(1), np.array(2)])", () -> concatenate(array((Object) 1L), array((Object) 2L))),
                of("concatenate dims", "out = np.concatenate([np.ones((2, 3)), np.ones((2, 2))])", () -> concatenate(a, ones(2, 2))),
                of("concatenate ndim", "out = np.concatenate([np.ones(3), np.ones((3, 1))])", () -> concatenate(ones(3), ones(3, 1))),
                of("concatenate axis", "out = np.concatenate([np.ones(3), np.ones(3)], axis=1)", () -> concatenate(1, ones(3), ones(3))),
                of("stack nothing", "out = np.stack([])", () -> stack(List.of())),
                of("stack shapes", "out = np.stack([np.ones(3), np.ones(4)])", () -> stack(ones(3), ones(4))),
                of("stack axis", "out = np.stack([np.ones(3), np.ones(3)], axis=2)", () -> stack(2, ones(3), ones(3))),
                of("vstack nothing", "out = np.vstack([])", () -> vstack()),
                of("split unequal", "out = np.split(np.arange(6), 4)", () -> split(v, 4)),
                of("split zero", "out = np.split(np.arange(6), 0)", () -> split(v, 0)),
                of("split negative", "out = np.split(np.arange(6), -2)", () -> split(v, -2)),
                of("split bad axis", "out = np.split(np.arange(6), 2, axis=1)", () -> split(v, 2, 1)),
                of("split 0-d", "out = np.split(np.array(1), 1)", () -> split(array((Object) 1L), 1)),
                of("array_split zero", "out = np.array_split(np.arange(6), 0)", () -> arraySplit(v, 0)),
                of("meshgrid indexing", "out = np.meshgrid(np.arange(3), np.arange(2), indexing='ji')", () -> meshgrid(arange(3), arange(2), "ji")));
        for (OracleResult r : np().runBatch(cases.stream().map(Case::numpy).toList()))
            assertTrue(r.isError(), "NumPy raises for " + r.code());
        assertEquals(30, run(cases));
    }
}
