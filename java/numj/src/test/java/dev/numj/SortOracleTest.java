package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.numj.random.Random.*;

/**
 * sort, argsort, unique and topk against NumPy: every dtype, ranks 0 to 4, every axis (negative and
 * out of range too), empty lanes, transposed inputs, lanes long enough for many merge passes, and
 * many ties. Sorted values must equal NumPy's {@code np.sort(kind='stable')} bit for bit (so -0.0
 * and 0.0 keep their order, NaNs go last) and positions must equal {@code np.argsort(kind='stable')}
 * exactly. topk is checked against a stable descending NumPy reference ({@code np.lexsort}).
 */
class SortOracleTest {
    static final long[][] SHAPES = {{}, {5}, {0}, {3, 4}, {0, 3}, {3, 0}, {2, 3, 4}, {2, 3, 2, 3}, {1, 40}, {3, 257}};

    /** Values with many ties, both zeros, infinities and NaNs (for floats); 0..3 for integers. */
    static NDArray ties(Random rnd, DType dt, long... shape) {
        double[] pool = {-1.0, -0.0, 0.0, 1.0, 2.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        NDArray a = NDArray.allocate(dt, shape);
        for (long i = 0; i < a.size(); i++) {
            long off = a.flatOffset(i);
            if (dt.isFloating()) a.writeDouble(off, pool[rnd.nextInt(pool.length)]);
            else a.writeLong(off, rnd.nextInt(dt.isBool() ? 2 : 4));
        }
        return a;
    }

    private static List<NDArray> inputs(Random rnd) {
        List<NDArray> list = new ArrayList<>();
        for (DType dt : DType.values()) {
            for (long[] sh : SHAPES) {
                list.add(random(rnd, dt, sh));
                NDArray t = ties(rnd, dt, sh);
                list.add(t);
                if (sh.length >= 2 && t.size() > 0) list.add(t.T());
            }
            list.add(ties(rnd, dt, 1000));
            list.add(ties(rnd, dt, 8, 300));
        }
        return list;
    }

    private static int[] axes(int ndim) {
        int[] r = new int[2 * ndim + 2];
        for (int i = 0; i < r.length; i++) r[i] = -ndim - 1 + i;
        return r;
    }

    @Test
    void sortAndArgsortAreStableAlongEveryAxis() {
        Random rnd = new Random(21);
        OracleCases cases = new OracleCases();
        for (NDArray a : inputs(rnd)) {
            String d = a.dtype() + Arrays.toString(a.shape());
            cases.addExact("sort() " + d, "out = np.sort(a, kind='stable')", a::sort, "a", a);
            cases.addExact("argsort() " + d, "out = np.argsort(a, kind='stable')", a::argsort, "a", a);
            for (int ax : axes(Math.max(a.ndim(), 1))) {
                cases.addExact("sort(axis=" + ax + ") " + d, "out = np.sort(a, axis=" + ax + ", kind='stable')",
                        () -> a.sort(ax), "a", a);
                cases.addExact("argsort(axis=" + ax + ") " + d, "out = np.argsort(a, axis=" + ax + ", kind='stable')",
                        () -> a.argsort(ax), "a", a);
            }
        }
        cases.run();
    }

    @Test
    void uniqueWithAndWithoutCounts() {
        Random rnd = new Random(22);
        OracleCases cases = new OracleCases();
        for (NDArray a : inputs(rnd)) {
            String d = a.dtype() + Arrays.toString(a.shape());
            // not bit for bit: which of -0.0 / 0.0 NumPy keeps depends on its unstable default sort
            cases.add("unique " + d, "out = np.unique(a)", a::unique, "a", a);
            cases.add("unique counts " + d, "out = np.unique(a, return_counts=True)", a::uniqueWithCounts, "a", a);
        }
        cases.run();
    }

    /** A stable descending NumPy reference for topk: NaN first, ties in increasing position. */
    static final String TOPK = """
            def topk(a, k, axis):
                m = np.moveaxis(a, axis, -1)
                if m.dtype.kind == 'f':
                    nan = np.isnan(m)
                    key = np.where(nan, 0, -m)
                else:
                    nan = np.zeros(m.shape, bool)
                    key = -m.astype(np.float64)
                idx = np.lexsort((key, ~nan), axis=-1)[..., :k]
                vals = np.take_along_axis(m, idx, -1)
                return np.moveaxis(vals, -1, axis), np.moveaxis(idx, -1, axis)
            """;

    @Test
    void topkIsAStableDescendingSortCutToK() {
        Random rnd = new Random(23);
        OracleCases cases = new OracleCases();
        for (NDArray a : inputs(rnd)) {
            if (a.ndim() == 0) continue;
            String d = a.dtype() + Arrays.toString(a.shape());
            for (int ax = -a.ndim(); ax < a.ndim(); ax++) {
                long n = a.shape(ax);
                for (long k : new long[] {0, 1, n / 2, n}) {
                    if (k > n) continue;
                    int axis = ax, kk = (int) k;
                    cases.addExact("topk(" + k + ", " + ax + ") " + d, TOPK + "out = topk(a, " + k + ", " + ax + ")",
                            () -> axis == -1 ? a.topk(kk) : a.topk(kk, axis), "a", a);
                }
            }
        }
        cases.run();
    }

    @Test
    void errorsAndExamples() {
        // NumPy's AxisError for sorting a 0-d array, which argsort treats as shape (1,)
        OracleCases cases = new OracleCases();
        NDArray s = array(5.0).reshape(new long[0]);
        cases.add("sort 0-d", "out = np.sort(a)", s::sort, "a", s);
        cases.add("argsort 0-d", "out = np.argsort(a)", s::argsort, "a", s);
        cases.run();
        assertThrows(AxisException.class, () -> s.topk(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> arange(5).topk(6));
        assertEquals("k=6 is out of range for axis -1 of size 5 (topk needs 0 <= k <= 5)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> arange(5).topk(-1));
        assertThrows(AxisException.class, () -> arange(5).topk(1, 1));

        assertEquals("[1 2 3]", sort(array(3, 1, 2)).toString());
        assertEquals("[1 3 2 0]", array(30, 10, 20, 10).argsort().toString());
        assertEquals("[1 2 3]", unique(array(3, 1, 3, 2, 1)).toString());
        UniqueCounts u = array(2, 1, 2, 3, 2).uniqueWithCounts();
        assertEquals("[1 2 3]", u.values().toString());
        assertEquals("[1 3 1]", u.counts().toString());
        TopK t = array(1.0, 9.0, 3.0, 9.0).topk(2);
        assertEquals("[9. 9.]", t.values().toString());
        assertEquals("[1 3]", t.indices().toString());
        TopK t2 = topk(array(3, 1, 4, 1, 5), 2);
        assertEquals("[5 4]", t2.values().toString());
        assertEquals("[4 2]", t2.indices().toString());
        // sort returns a copy and leaves its input alone
        NDArray x = array(3, 1, 2);
        x.sort();
        assertEquals("[3 1 2]", x.toString());
        assertTrue(argsort(zeros(0)).size() == 0);
    }
}
