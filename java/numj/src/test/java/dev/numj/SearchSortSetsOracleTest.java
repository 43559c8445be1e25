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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * nonzero, argwhere, flatnonzero, one-argument where, searchsorted (side, sorter, Java scalars), isin,
 * descending sort and argsort, partition and argpartition, unique with every flag and an axis, the Array
 * API's unique_* and the 1-D set routines against NumPy: every dtype (pairs where two arrays meet), ranks
 * 0 to 3 with empty axes, transposed and reversed views, ties, signed zeros, infinities and NaN, and
 * NumPy's error type and text for each bad input.
 */
class SearchSortSetsOracleTest {
    static final long[][] SHAPES = {{}, {5}, {0}, {3, 4}, {0, 3}, {2, 3, 4}, {1, 40}};

    /** Random and tie-heavy arrays of every dtype and shape, plus transposed and reversed views. */
    private static List<NDArray> inputs(Random rnd) {
        List<NDArray> list = new ArrayList<>();
        for (DType dt : DType.values()) {
            for (long[] sh : SHAPES) {
                list.add(random(rnd, dt, sh));
                NDArray t = SortOracleTest.ties(rnd, dt, sh);
                list.add(t);
                if (sh.length >= 2 && t.size() > 0) list.add(t.T());
                if (sh.length >= 1 && t.size() > 0) list.add(t.get("::-1"));
            }
            list.add(SortOracleTest.ties(rnd, dt, 300));
        }
        return list;
    }

    private static String d(NDArray a) { return a.dtype() + Arrays.toString(a.shape()) + (a.isContiguous() ? "" : " strided"); }

    @Test
    void nonzeroArgwhereFlatnonzeroAndOneArgumentWhere() {
        OracleCases cases = new OracleCases();
        for (NDArray a : inputs(new Random(141))) {
            cases.addExact("nonzero " + d(a), "out = np.nonzero(a)", () -> nonzero(a), "a", a);
            cases.addExact("a.nonzero " + d(a), "out = a.nonzero()", a::nonzero, "a", a);
            cases.addExact("where " + d(a), "out = np.where(a)", () -> where(a), "a", a);
            cases.addExact("argwhere " + d(a), "out = np.argwhere(a)", () -> argwhere(a), "a", a);
            cases.addExact("flatnonzero " + d(a), "out = np.flatnonzero(a)", () -> flatnonzero(a), "a", a);
        }
        NDArray zero = array(0.0).reshape(new long[0]), nan = array(Double.NaN).reshape(new long[0]);
        cases.addExact("argwhere 0-d zero", "out = np.argwhere(a)", () -> argwhere(zero), "a", zero);
        cases.addExact("argwhere 0-d nan", "out = np.argwhere(a)", () -> argwhere(nan), "a", nan);
        cases.run();
        assertEquals("[1 3]", nonzero(array(0, 3, 0, 4)).get(0).toString());
        assertEquals("[0 2]", where(array(1.0, -2.0, 3.0).gt(0.0)).get(0).toString());
    }

    @Test
    void searchsortedOverDtypePairsSidesAndSorters() {
        Random rnd = new Random(142);
        OracleCases cases = new OracleCases();
        for (DType at : DType.values()) {
            for (DType vt : DType.values()) {
                for (long n : new long[] {0, 1, 7, 300}) {
                    NDArray raw = SortOracleTest.ties(rnd, at, n);
                    NDArray sorted = raw.sort();
                    NDArray v = vt == at ? SortOracleTest.ties(rnd, vt, 4, 5) : random(rnd, vt, 6);
                    String w = at + "[" + n + "] " + vt + Arrays.toString(v.shape());
                    for (String side : new String[] {"left", "right"}) {
                        cases.addExact("searchsorted " + side + " " + w, "out = np.searchsorted(a, v, side='" + side + "')",
                                () -> searchsorted(sorted, v, side), "a", sorted, "v", v);
                        NDArray sorter = raw.argsort();
                        cases.addExact("searchsorted sorter " + side + " " + w, "out = np.searchsorted(a, v, side='" + side + "', sorter=s)",
                                () -> searchsorted(raw, v, side, sorter), "a", raw, "v", v, "s", sorter);
                    }
                    cases.addExact("a.searchsorted " + w, "out = a.searchsorted(v.T)", () -> sorted.searchsorted(v.T()), "a", sorted, "v", v);
                }
            }
            NDArray s = SortOracleTest.ties(rnd, at, 20).sort();
            cases.addExact("searchsorted(a, 2.5) " + at, "out = np.searchsorted(a, 2.5)", () -> searchsorted(s, 2.5), "a", s);
            cases.addExact("searchsorted(a, 1) " + at, "out = np.searchsorted(a, 1)", () -> searchsorted(s, 1L), "a", s);
            cases.addExact("searchsorted(a, nan) " + at, "out = np.searchsorted(a, np.nan)", () -> searchsorted(s, Double.NaN), "a", s);
            cases.addExact("searchsorted(a[::-2] reversed view) " + at, "out = np.searchsorted(a[::-1][::-1], a[:3], side='right')",
                    () -> searchsorted(s.get("::-1").get("::-1"), s.get(":3"), "right"), "a", s);
        }
        NDArray m = zeros(2, 2), x = arange(3);
        cases.add("searchsorted 2-d", "out = np.searchsorted(a, 1)", () -> searchsorted(m, 1L), "a", m);
        cases.add("searchsorted 0-d", "out = np.searchsorted(a, 1)", () -> searchsorted(array(2.0).reshape(new long[0]), 1L), "a",
                array(2.0).reshape(new long[0]));
        cases.add("searchsorted side", "out = np.searchsorted(a, 1, side='x')", () -> searchsorted(x, array(1), "x"), "a", x);
        cases.add("sorter size", "out = np.searchsorted(a, 1, sorter=np.array([0, 1]))",
                () -> searchsorted(x, array(1), "left", array(0, 1)), "a", x);
        cases.add("sorter float", "out = np.searchsorted(a, 1, sorter=np.array([0., 1, 2]))",
                () -> searchsorted(x, array(1), "left", array(0.0, 1.0, 2.0)), "a", x);
        cases.run();
        // NumPy reads whatever a bad sorter index points at; NumJ checks them all first
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> searchsorted(x, array(1), "left", array(0, 1, 3)));
        assertEquals("Sorter index out of range: sorter holds 3, outside [0, 3) for a of size 3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> searchsorted(x, array(1), "left", array(-1, 0, 1)));
        assertEquals("[0 1 3]", searchsorted(array(1, 3, 5), array(0, 3, 6)).toString());
    }

    @Test
    void isinOverDtypePairsShapesAndInvert() {
        Random rnd = new Random(143);
        OracleCases cases = new OracleCases();
        for (DType et : DType.values()) {
            for (DType tt : DType.values()) {
                for (long[] sh : new long[][] {{}, {6}, {3, 4}, {0}}) {
                    NDArray e = SortOracleTest.ties(rnd, et, sh);
                    for (long tn : new long[] {0, 1, 5, 40}) {
                        NDArray t = tn == 40 ? SortOracleTest.ties(rnd, tt, 4, 10) : random(rnd, tt, tn);
                        String w = et + Arrays.toString(sh) + " in " + tt + Arrays.toString(t.shape());
                        cases.addExact("isin " + w, "out = np.isin(e, t)", () -> isin(e, t), "e", e, "t", t);
                        cases.addExact("isin invert " + w, "out = np.isin(e, t, invert=True)", () -> isin(e, t, true), "e", e, "t", t);
                        if (sh.length == 2)
                            cases.addExact("isin e.T " + w, "out = np.isin(e.T, t.T)", () -> isin(e.T(), t.T()), "e", e, "t", t);
                    }
                }
            }
        }
        cases.run();
        assertEquals("[ True False  True]", isin(array(1, 2, 3), array(3, 1)).toString());
    }

    /** The Array API's descending sort, as array_api_strict computes it from NumPy: flip, stable sort, flip. */
    static final String DESC = """
            def dsort(a, ax):
                return np.flip(np.sort(np.flip(a, axis=ax), axis=ax, kind='stable'), axis=ax)
            def dargsort(a, ax):
                r = np.flip(np.argsort(np.flip(a, axis=ax), axis=ax, kind='stable'), axis=ax)
                return a.shape[ax] - 1 - r
            """;

    @Test
    void descendingSortAndArgsortAreStable() {
        OracleCases cases = new OracleCases();
        for (NDArray a : inputs(new Random(144))) {
            if (a.ndim() == 0) continue;
            for (int ax = -a.ndim(); ax < a.ndim(); ax++) {
                int axis = ax;
                cases.addExact("sort desc ax " + ax + " " + d(a), DESC + "out = dsort(a, " + ax + ")", () -> sort(a, axis, true), "a", a);
                cases.addExact("argsort desc ax " + ax + " " + d(a), DESC + "out = dargsort(a, " + ax + ")", () -> argsort(a, axis, true), "a", a);
                cases.addExact("sort asc ax " + ax + " " + d(a), "out = np.sort(a, axis=" + ax + ", kind='stable')", () -> a.sort(axis, false), "a", a);
            }
        }
        NDArray s = array(5.0).reshape(new long[0]);
        cases.add("sort desc 0-d", "out = np.sort(a)", () -> sort(s, -1, true), "a", s);
        cases.run();
        assertEquals("[3 2 1]", array(3, 1, 2).sort(-1, true).toString());
        assertEquals("[0 2 1 3]", array(3, 1, 2, 1).argsort(-1, true).toString());
    }

    /**
     * NumPy checks NumJ's partition: the kth elements equal NumPy's, each lane is a permutation of the
     * input's, and nothing before a kth element is larger, nothing after it smaller (NaN largest).
     */
    static final String PART = """
            def key(x):
                return np.where(np.isnan(x), np.inf, x) if x.dtype.kind == 'f' else x.astype(np.float64)
            def check(a, p, kth, ax):
                a = np.moveaxis(a, ax, -1); p = np.moveaxis(p, ax, -1)
                ok = np.array_equal(np.sort(a, axis=-1), np.sort(p, axis=-1), equal_nan=True)
                n = a.shape[-1]
                for k in kth:
                    k = k % n
                    pk = key(p)[..., k:k + 1]
                    ok = ok and bool(np.all(key(p)[..., :k] <= pk)) and bool(np.all(key(p)[..., k + 1:] >= pk))
                return np.array(ok)
            """;

    @Test
    void partitionAndArgpartitionKeepThePartitionProperty() {
        Random rnd = new Random(145);
        OracleCases cases = new OracleCases();
        for (NDArray a : inputs(rnd)) {
            if (a.ndim() == 0 || a.size() == 0) continue;
            for (int ax = -a.ndim(); ax < a.ndim(); ax++) {
                long n = a.shape(ax);
                long[][] kths = {{0}, {n - 1}, {-1}, {n / 2}, {0, n / 2, -1}};
                for (long[] kth : kths) {
                    int axis = ax;
                    String k = Arrays.toString(kth), w = "kth " + k + " ax " + ax + " " + d(a);
                    NDArray p = partition(a, kth, axis), ip = argpartition(a, kth, axis);
                    NDArray kthArr = array(kth);
                    cases.addExact("partition kth values " + w, "out = np.take(np.partition(a, " + k + ", axis=" + ax + "), kk, axis=" + ax + ")",
                            () -> take(p, kthArr, axis), "a", a, "kk", kthArr);
                    cases.add("partition property " + w, PART + "out = check(a, p, " + k + ", " + ax + ")", () -> array(true).reshape(new long[0]),
                            "a", a, "p", p);
                    cases.add("argpartition property " + w, PART + "out = check(a, np.take_along_axis(a, ip, axis=" + ax + "), " + k + ", " + ax + ")",
                            () -> array(true).reshape(new long[0]), "a", a, "ip", ip);
                    cases.addExact("argpartition permutation " + w, "out = np.sort(ip, axis=" + ax + ")",
                            () -> arange(n).reshape(shapeWithAxis(a.ndim(), axis, n)).broadcastTo(a.shape()), "ip", ip);
                }
            }
        }
        NDArray x = arange(5);
        cases.add("kth past the end", "out = np.partition(a, 5)", () -> partition(x, 5), "a", x);
        cases.add("kth before the start", "out = np.partition(a, -6)", () -> partition(x, -6), "a", x);
        cases.add("kth list", "out = np.partition(a, [1, 7])", () -> partition(x, new long[] {1, 7}, -1), "a", x);
        cases.add("partition 0-d", "out = np.partition(a, 0)", () -> partition(array(5).reshape(new long[0]), 0), "a", array(5).reshape(new long[0]));
        NDArray empty = zeros(4, 0, 2);
        cases.add("partition empty kth 5", "out = np.partition(a, 5, axis=1)", () -> partition(empty, new long[] {5}, 1), "a", empty);
        cases.add("argpartition empty kth 3", "out = np.argpartition(a, 3, axis=-1)", () -> argpartition(empty, new long[] {3}, -1), "a", empty);
        cases.add("argpartition 0-d", "out = np.argpartition(a, 0)", () -> argpartition(array(5).reshape(new long[0]), 0), "a", array(5).reshape(new long[0]));
        cases.run();
        assertEquals(2, array(5, 1, 4, 2).partition(1).getLong(1));
    }

    private static long[] shapeWithAxis(int ndim, int axis, long n) {
        long[] s = new long[ndim];
        Arrays.fill(s, 1);
        s[axis < 0 ? axis + ndim : axis] = n;
        return s;
    }

    @Test
    void uniqueWithEveryFlagAndAxis() {
        Random rnd = new Random(146);
        OracleCases cases = new OracleCases();
        for (NDArray a : inputs(rnd)) {
            for (int f = 0; f < 8; f++) {
                boolean ri = (f & 1) != 0, rv = (f & 2) != 0, rc = (f & 4) != 0;
                String flags = "return_index=" + py(ri) + ", return_inverse=" + py(rv) + ", return_counts=" + py(rc);
                // values bit for bit only with an index: NumPy's default sort otherwise picks either of -0.0 and 0.0
                if (ri) cases.addExact("unique " + flags + " " + d(a), "out = np.unique(a, " + flags + ")", () -> unique(a, ri, rv, rc), "a", a);
                else cases.add("unique " + flags + " " + d(a), "out = np.unique(a, " + flags + ")", () -> unique(a, ri, rv, rc), "a", a);
                for (int ax = -a.ndim() - 1; ax <= a.ndim(); ax++) {
                    if (a.dtype().isFloating() && hasNan(a)) continue;   // NaN rows: see uniqueAlongAnAxisKeepsNanRowsApart
                    int axis = ax;
                    cases.add("unique axis " + ax + " " + flags + " " + d(a), "out = np.unique(a, " + flags + ", axis=" + ax + ")",
                            () -> unique(a, ri, rv, rc, axis), "a", a);
                }
            }
            cases.addExact("unique_all " + d(a), "out = np.unique_all(a)", () -> uniqueAll(a), "a", a);
            cases.add("unique_counts " + d(a), "out = np.unique_counts(a)", () -> uniqueCounts(a), "a", a);
            if (a.dtype().isFloating() && hasNan(a)) {
                // NumPy's unique_inverse sorts unstably, so which of several distinct NaNs is which is its choice: check that NumJ's rebuilds a
                UniqueResult ui = uniqueInverse(a);
                cases.add("unique_inverse nan " + d(a), "out = np.array([np.array_equal(v[i], a, equal_nan=True), "
                        + "v.shape == np.unique_inverse(a).values.shape])",
                        () -> array(true, true), "a", a, "v", ui.values(), "i", ui.inverse());
            } else {
                cases.add("unique_inverse " + d(a), "out = np.unique_inverse(a)", () -> uniqueInverse(a), "a", a);
            }
            // NumPy 2.4's unique_values hashes integers and returns them unsorted (the standard leaves the order open): NumJ's are sorted
            cases.add("unique_values " + d(a), "out = np.sort(np.unique_values(a))", () -> uniqueValues(a), "a", a);
        }
        cases.run();
        UniqueResult u = uniqueAll(array(2, 1, 2, 3));
        assertEquals("[1 2 3]", u.values().toString());
        assertEquals("[1 0 3]", u.indices().toString());
        assertEquals("[1 0 1 2]", u.inverse().toString());
        assertEquals("[1 2 1]", u.counts().toString());
        UniqueResult only = unique(array(2, 1), false, true, false);
        assertNull(only.indices());
        assertNull(only.counts());
    }

    @Test
    void uniqueAlongAnAxisKeepsNanRowsApart() {
        OracleCases cases = new OracleCases();
        NDArray a = array(new double[][] {{Double.NaN, 1}, {Double.NaN, 1}, {0, 2}, {0, 2}, {-0.0, 2}});
        for (int ax : new int[] {0, 1})
            cases.add("unique nan rows axis " + ax, "out = np.unique(a, return_index=True, return_inverse=True, return_counts=True, axis=" + ax + ")",
                    () -> unique(a, true, true, true, ax), "a", a);
        NDArray empty = zeros(3, 0);
        cases.add("unique (3, 0) axis 0", "out = np.unique(a, return_inverse=True, return_counts=True, axis=0)",
                () -> unique(empty, false, true, true, 0), "a", empty);
        cases.run();
    }

    private static boolean hasNan(NDArray a) { return a.isnan().any().item() != 0; }

    private static String py(boolean b) { return b ? "True" : "False"; }

    @Test
    void setRoutinesOverDtypePairs() {
        Random rnd = new Random(147);
        OracleCases cases = new OracleCases();
        for (DType at : DType.values()) {
            for (DType bt : DType.values()) {
                for (long[] sh : new long[][] {{0}, {7}, {3, 5}}) {
                    NDArray a = SortOracleTest.ties(rnd, at, sh), b = random(rnd, bt, 9);
                    NDArray ua = a.unique(), ub = b.unique();
                    String w = at + Arrays.toString(sh) + " " + bt;
                    cases.add("union1d " + w, "out = np.union1d(a, b)", () -> union1d(a, b), "a", a, "b", b);
                    cases.add("intersect1d " + w, "out = np.intersect1d(a, b)", () -> intersect1d(a, b), "a", a, "b", b);
                    cases.addExact("intersect1d indices " + w, "out = np.intersect1d(a, b, return_indices=True)",
                            () -> intersect1dWithIndices(a, b, false), "a", a, "b", b);
                    cases.add("intersect1d unique " + w, "out = np.intersect1d(a, b, assume_unique=True)",
                            () -> intersect1d(ua, ub, true), "a", ua, "b", ub);
                    cases.addExact("intersect1d unique indices " + w, "out = np.intersect1d(a, b, assume_unique=True, return_indices=True)",
                            () -> intersect1dWithIndices(ua, ub, true), "a", ua, "b", ub);
                    cases.add("setdiff1d " + w, "out = np.setdiff1d(a, b)", () -> setdiff1d(a, b), "a", a, "b", b);
                    cases.add("setdiff1d unique " + w, "out = np.setdiff1d(a, b, assume_unique=True)", () -> setdiff1d(ua, ub, true), "a", ua, "b", ub);
                }
            }
        }
        cases.run();
        assertEquals("[1 2 3]", union1d(array(3, 1), array(2, 1)).toString());
        assertEquals("[1 5]", setdiff1d(array(5, 1, 3, 1), array(3)).toString());
        Intersection r = intersect1dWithIndices(array(1, 3, 4, 3), array(3, 1, 2, 1), false);
        assertEquals("[1 3]", r.values().toString());
        assertEquals("[0 1]", r.indices1().toString());
        assertEquals("[1 0]", r.indices2().toString());
        assertTrue(intersect1d(zeros(0), zeros(0)).size() == 0);
        assertFalse(isin(array(Double.NaN), array(Double.NaN)).getBoolean());
    }
}
