package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dev.numj.IndexingProbes.*;
import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.*;
import static dev.numj.random.Random.*;

/** Integer-array (fancy) indexing and np.take, reading and writing, against NumPy. */
class FancyIndexingOracleTest {
    static final long[][] SHAPES = {{7}, {5, 3}, {4, 3, 2}, {3, 2, 1, 2}, {0}, {0, 3}, {4, 0}};

    @Test
    void integerArraysAlongAxis0EveryDtypeAndRank() {
        Random rnd = new Random(11);
        IndexingProbes p = new IndexingProbes();
        for (DType dt : DType.values())
            for (long[] sh : SHAPES)
                for (DType it : new DType[] {DType.INT64, DType.INT32}) {
                    NDArray x = random(rnd, dt, sh);
                    long n = sh[0];
                    p.read(x, idx(indices(rnd, it, -n, n, 6)));                    // negatives and repeats
                    p.read(x, idx(indices(rnd, it, -n, n, 2, 3)));                 // a 2-d index array
                    p.read(x, idx(indices(rnd, it, 0, 1, 0)));                      // empty index array
                    if (n > 0) p.read(x, idx(indices(rnd, it, 0, n)));              // 0-d index: a copy of one slice
                    if (n > 0) p.add("get(NDArray)", "out = x[i]", () -> x.get(array(n - 1, 0, -n, 0)),
                            "x", x, "i", array(n - 1, 0, -n, 0));
                }
        assertTrue(p.size() > 300);
        p.check();
    }

    /**
     * Gathers of 4 MB and more stream their output (non-temporal stores) and one contiguous index
     * array is read in chunks of 512 without an offsets table; along the first axis they run on
     * several threads: element and row gathers, int32 and int64 indices with negatives, an array
     * along a later axis, a non-contiguous index array (the table path) and out-of-bounds indices
     * near the end of a long index array, and in two threads' runs (NumPy names the first).
     */
    @Test
    void largeGathersStreamAndMatchNumPy() {
        Random rnd = new Random(14);
        IndexingProbes p = new IndexingProbes();
        NDArray v = random(rnd, DType.FLOAT32, 1_100_000);
        NDArray X = random(rnd, DType.FLOAT64, 700, 1000);
        NDArray e32 = indices(rnd, DType.INT32, -1_100_000, 1_100_000, 1_100_001);
        NDArray r64 = indices(rnd, DType.INT64, -700, 700, 900);
        NDArray c64 = indices(rnd, DType.INT64, -1000, 1000, 1300);
        p.read(v, idx(e32)).read(X, idx(r64)).read(X, all(), idx(c64)).read(X, idx(r64.reshape(30, 30)))
                .read(X, idx(indices(rnd, DType.INT64, 0, 700, 1800).get("::2")));
        NDArray bad = indices(rnd, DType.INT64, 0, 700, 5000);
        bad.set(new Index[] {at(4990)}, 700L);
        NDArray bad2 = bad.copy();   // two bad indices, in different threads' runs: NumPy names the first
        bad2.set(new Index[] {at(100)}, -701L);
        p.read(X, idx(bad)).read(X, all(), idx(bad)).read(X, idx(bad2)).read(v, idx(bad2.mul(1571L)));
        p.check();
    }

    /**
     * Large gathers from several Java threads at once: one holds the native worker pool, the others
     * find it busy and run their parts on their own thread. Every result must be exact (X[i, j] = i *
     * 1000 + j, so row k of X[r] is r[k] * 1000 + arange(1000)).
     */
    @Test
    void largeGathersFromSeveralThreadsAtOnce() throws Exception {
        NDArray X = arange(700_000L).astype(DType.FLOAT64).reshape(700, 1000);   // 5.6 MB: the threaded path
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                final int seed = t;
                results.add(pool.submit(() -> {
                    Random rnd = new Random(seed);
                    for (int it = 0; it < 40; it++) {
                        long[] r = new long[900];
                        for (int k = 0; k < r.length; k++) r[k] = rnd.nextInt(1400) - 700;   // negatives wrap
                        NDArray g = X.get(array(r));
                        double[] got = g.toDoubleArray();
                        for (int k = 0; k < r.length; k++) {
                            long row = r[k] < 0 ? r[k] + 700 : r[k];
                            for (int j = 0; j < 1000; j += 37)
                                if (got[k * 1000 + j] != row * 1000 + j)
                                    return "thread " + seed + " iteration " + it + ": X[r][" + k + ", " + j + "] = "
                                            + got[k * 1000 + j] + ", expected " + (row * 1000 + j);
                        }
                        NDArray m = X.get(all(), at(0)).gt((double) (seed * 100_000));   // a row mask
                        NDArray sel = X.get(m);
                        if (sel.shape()[0] != m.sum().itemLong() || sel.getDouble(0, 0) != (double) (m.argmax().itemLong() * 1000))
                            return "thread " + seed + ": X[mask] wrong, first row starts at " + sel.getDouble(0, 0);
                    }
                    return "ok";
                }));
            }
            for (var f : results) assertEquals("ok", f.get());
        } finally {
            pool.shutdown();
        }
    }

    /** Found by the fuzzer (seed 20261122): an index into an empty axis beside an integer is NumPy's IndexError, not a segment error. */
    @Test
    void indicesIntoAnEmptySourceFailLikeNumPy() {
        IndexingProbes p = new IndexingProbes();
        NDArray e = zeros(BOOL, 0, 4), f = zeros(FLOAT32, 3, 0);
        NDArray i11 = array(0L).reshape(1, 1), none = array(INT64, new long[0]);
        p.read(e, idx(i11), idx(array(1L).reshape(new long[0]))).read(e, idx(i11), at(1)).read(e, idx(none), at(2))
                .read(f, at(1), idx(array(0L))).read(f, all(), idx(none)).read(e, idx(array(-1L)));
        p.check();
    }

    @Test
    void eyeOfLabelsIsOneHot() {
        NDArray labels = array(3, 0, 9, 1, 3);
        IndexingProbes p = new IndexingProbes();
        p.add("np.eye(10)[labels]", "out = np.eye(10)[labels]", () -> eye(10).get(labels), "labels", labels);
        p.add("np.eye(10, dtype=np.float32)[labels]", "out = np.eye(10, dtype=np.float32)[labels.astype(np.int32)]",
                () -> eye(FLOAT32, 10).get(labels.astype(INT32)), "labels", labels);
        p.check();
    }

    @Test
    void arraysAmongBasicItemsPlaceAxesLikeNumPy() {
        Random rnd = new Random(12);
        IndexingProbes p = new IndexingProbes();
        NDArray X = random(rnd, DType.FLOAT64, 4, 5), Y = random(rnd, DType.INT32, 3, 4, 5), Z = random(rnd, DType.FLOAT32, 2, 3, 4, 5);
        NDArray i2 = array(0, 2), i3 = array(2, -1, 0), i23 = array(new long[][] {{0, 1, 2}, {2, 1, 0}}), col = array(new long[][] {{0}, {1}});
        p.read(X, all(), idx(i2)).read(X, idx(i2), all()).read(X, idx(i2), idx(array(1, 4))).read(X, idx(i23), at(2))
                .read(X, slice(1, 3), idx(i3)).read(X, idx(col), idx(i3)).read(X, ellipsis(), idx(i2)).read(X, idx(i2), ellipsis(), idx(i2))
                .read(X, newAxis(), idx(i2)).read(X, idx(i2), newAxis()).read(X, slice(null, null, -1), idx(i23))
                .read(Y, at(0), all(), idx(i2)).read(Y, all(), at(0), idx(i2)).read(Y, idx(i2), ellipsis(), idx(i2))
                .read(Y, idx(i2), newAxis(), idx(i2)).read(Y, all(), idx(col), idx(i3)).read(Y, newAxis(), at(0), all(), idx(i2))
                .read(Y, all(), newAxis(), at(0), idx(i2)).read(Y, idx(array(0).reshape(new long[0])), slice(1, 3))
                .read(Y, all(), idx(i23)).read(Y, idx(i2), slice(1, 4), at(-1)).read(Y, idx(i2), all(), idx(col))
                .read(Z, all(), idx(i2), all(), idx(array(4, 0))).read(Z, all(), idx(i23), idx(i23), all())
                .read(Z, at(1), idx(col), idx(i3), all()).read(Z, ellipsis(), idx(i23)).read(Z, idx(array(1, -2)), newAxis(), ellipsis(), at(3));
        p.check();
    }

    @Test
    void takeFollowsNumPy() {
        Random rnd = new Random(13);
        IndexingProbes p = new IndexingProbes();
        for (DType dt : DType.values()) {
            NDArray x = random(rnd, dt, 3, 4, 2);
            NDArray i = indices(rnd, DType.INT64, -3, 3, 2, 2), j = indices(rnd, DType.INT32, -2, 2, 5);
            for (int axis = -3; axis < 3; axis++) {
                int ax = axis;
                NDArray k = ax == 0 || ax == -3 ? i : j;
                p.add("take axis " + ax, "out = np.take(x, k, axis=" + ax + ")", () -> x.take(k, ax), "x", x, "k", k);
            }
            NDArray flat = indices(rnd, DType.INT64, -24, 24, 7);
            p.add("take flat", "out = np.take(x, k)", () -> take(x, flat), "x", x, "k", flat);
            p.add("take 0-d", "out = np.take(x, k, axis=1)", () -> take(x, array(2).reshape(new long[0]), 1), "x", x,
                    "k", array(2).reshape(new long[0]));
            p.add("take bool indices", "out = np.take(x, k, axis=1)", () -> x.take(array(true, false, true), 1), "x", x,
                    "k", array(true, false, true));
        }
        NDArray x = arange(12).reshape(3, 4);
        p.add("take of a 0-d array", "out = np.take(np.array(5), [0, 0])", () -> array(5L).reshape(new long[0]).take(array(0, 0)));
        p.add("take float 0-d index", "k = k.astype(k.dtype.newbyteorder('='))  # the oracle's arrays say <f8\nout = np.take(x, k)",
                () -> x.take(array(1.0)), "x", x, "k", array(1.0));
        p.add("take float indices", "k = k.astype(k.dtype.newbyteorder('='))  # the oracle's arrays say <f8\nout = np.take(x, k)",
                () -> x.take(array(1.0, 2.0)), "x", x, "k", array(1.0, 2.0));
        p.add("take float32 indices", "k = k.astype(k.dtype.newbyteorder('='))  # the oracle's arrays say <f8\nout = np.take(x, k, axis=0)",
                () -> x.take(array(1.0f), 0), "x", x, "k", array(1.0f));
        p.add("take out of bounds", "out = np.take(x, k, axis=1)", () -> x.take(array(0, 5), 1), "x", x, "k", array(0, 5));
        p.add("take negative out of bounds", "out = np.take(x, k)", () -> x.take(array(new long[] {-13})), "x", x, "k", array(new long[] {-13}));
        p.add("take bad axis", "out = np.take(x, k, axis=2)", () -> x.take(array(0), 2), "x", x, "k", array(0));
        p.add("take from an empty axis", "out = np.take(np.zeros((2, 0)), k, axis=1)", () -> zeros(2, 0).take(array(new long[] {0}), 1),
                "k", array(new long[] {0}));
        p.add("empty take from an empty axis", "out = np.take(np.zeros((2, 0)), k, axis=1)",
                () -> zeros(2, 0).take(array(new long[0]), 1), "k", array(new long[0]));
        p.check();
    }

    @Test
    void writesScatterWithBroadcastingAndRepeats() {
        Random rnd = new Random(14);
        IndexingProbes p = new IndexingProbes();
        for (DType dt : DType.values())
            for (long[] sh : new long[][] {{7}, {5, 3}, {4, 3, 2}, {3, 2, 1, 2}}) {
                NDArray x = random(rnd, dt, sh);
                long n = sh[0];
                NDArray i = indices(rnd, DType.INT64, -n, n, 6);                   // repeats: the last write wins
                long[] sub = java.util.Arrays.copyOfRange(sh, 1, sh.length);
                p.write(x, random(rnd, dt, concat(6, sub)), idx(i));
                p.write(x, random(rnd, DType.FLOAT64, sub), idx(i));                // broadcast over the index axis
                p.write(x, random(rnd, DType.INT32, concat(6, 1, sub)).reshape(concat(6, sub)), idx(i));
                p.write(x, random(rnd, dt), idx(i.astype(INT32)));                  // 0-d value
                NDArray i23 = indices(rnd, DType.INT32, -n, n, 2, 3);
                p.write(x, random(rnd, dt, concat(3, sub)), idx(i23));              // (3,) broadcast over a (2, 3) index
                p.write(x, random(rnd, dt, concat(2, 1, sub)), idx(i23));           // values whose B axes do not fold
                p.add("set(NDArray, double)", "x = x.copy()\nx[i] = -1.5\nout = x", () -> x.copy().set(i, -1.5), "x", x, "i", i);
                p.add("set(NDArray, long)", "x = x.copy()\nx[i] = 4\nout = x", () -> x.copy().set(i, 4L), "x", x, "i", i);
            }
        NDArray X = random(rnd, DType.FLOAT64, 4, 5);
        p.write(X, random(rnd, DType.FLOAT64, 4, 2), all(), idx(array(0, 2)))           // X[:, [0, 2]] = Y
                .write(X, random(rnd, DType.FLOAT64, 2, 1), all(), idx(array(new long[][] {{0, 2}, {4, 4}})), ellipsis())
                .write(X, array(1.0, 2.0), idx(array(0, 3)), idx(array(1, 1)))
                .write(X, random(rnd, DType.FLOAT64, 3, 2), slice(1, 4), idx(array(-1, 0)))
                .write(X, random(rnd, DType.FLOAT64, 2), newAxis(), idx(array(1, 2)), at(3))
                .write(X, arange(3.0), idx(array(0, 0, 0)), at(2))                            // repeated: last wins
                .write(X, random(rnd, DType.FLOAT64, 2, 4), idx(array(1, 3)), slice(1, null));
        p.check();
    }

    @Test
    void writesThroughViewsChangeTheBase() {
        Random rnd = new Random(15);
        IndexingProbes p = new IndexingProbes();
        for (DType dt : DType.values()) {
            NDArray base = random(rnd, dt, 6, 8);
            NDArray i = array(2, 0, -1, 2), v = random(rnd, dt, 4, 4);
            p.add("view[i] = v", "b = base.copy()\nw = b[::2, ::-2]\nw[i[:3]] = v[:3]\nout = b", () -> {
                NDArray b = base.copy();
                b.get("::2, ::-2").set(i.get("0:3"), v.get("0:3"));
                return b;
            }, "base", base, "i", i, "v", v);
            p.add("T[:, i] = scalar", "b = base.copy()\nb.T[:, i] = 1\nout = b", () -> {
                NDArray b = base.copy();
                b.T().set(new Index[] {all(), idx(i)}, 1L);
                return b;
            }, "base", base, "i", i);
            p.add("b[i] = b[::-1][:4] (values from the same memory)", "b = base.copy()\nb[i] = b[::-1][:4]\nout = b", () -> {
                NDArray b = base.copy();
                b.set(i, b.get("::-1").get("0:4"));
                return b;
            }, "base", base, "i", i);
            NDArray w = random(rnd, dt, 3, 6);
            p.add("T[i] = w (strided rows)", "b = base.copy()\nb.T[i[:3]] = w\nout = b", () -> {
                NDArray b = base.copy();
                b.T().set(i.get("0:3"), w);
                return b;
            }, "base", base, "i", i, "w", w);
            p.add("T[i] (strided rows)", "out = base[::-1, ::2].T[i]", () -> base.get("::-1, ::2").T().get(i), "base", base, "i", i);
            p.add("take on a strided view", "out = np.take(base[:, ::3], i[:2], axis=1)", () -> base.get(":, ::3").take(i.get(":2"), 1),
                    "base", base, "i", i);
            NDArray c = base.copy();
            NDArray g = c.get(array(0, 1));
            assertNull(g.base(), "fancy indexing gives a copy");
            assertFalse(g.sharesMemory(c));
        }
        p.check();
    }

    @Test
    void errorsMatchNumPy() {
        NDArray X = arange(12).reshape(3, 4), Y = arange(24).reshape(2, 3, 4);
        IndexingProbes p = new IndexingProbes();
        p.read(X, idx(array(0, 5))).read(X, idx(array(0, -5))).read(X, all(), idx(array(0, 4))).read(X, all(), idx(array(-5).astype(INT32)))
                .read(X, idx(array(0.0))).read(X, idx(array(1.0f, 2.0f))).read(X, idx(array(new double[0])))
                .read(X, idx(array(0, 1)), idx(array(0, 1, 2))).read(X, idx(array(0, 1)), at(5)).read(X, at(9), idx(array(9)))
                .read(X, idx(array(9)), at(9)).read(X, idx(array(new long[] {9})), at(9)).read(X, at(9), idx(array(new long[] {9})))
                .read(X, idx(array(0, 9)), idx(array(9, 9))).read(X, idx(array(0)), at(1), at(2))
                .read(Y, at(9), idx(array(0, 1)), idx(array(0, 1, 2))).read(Y, idx(mask(new Random(1), 1.0, 2, 3)), idx(array(0, 1, 2)))
                .read(X, slice(3, null), idx(array(9)))                                        // checked though the result is empty
                .read(X, idx(array(new long[0])), idx(array(new long[][] {{9}})))              // broadcast away: not checked
                .read(zeros(0, 3), idx(array(new long[] {0}))).read(zeros(0, 3), idx(array(0)));
        p.write(X, zeros(5), idx(array(new long[] {9})))                                     // the value error comes first
                .write(X, zeros(5), idx(array(9)))                                            // a 0-d index is an integer: bounds first
                .write(X, zeros(3), idx(array(0, 2))).write(X, zeros(2), idx(array(0, 1)), idx(array(0, 1, 2)))
                .write(X, zeros(1), idx(array(0, 7))).write(X, zeros(1, 3), all(), idx(array(true, false, true, false)));
        p.add("int[i] = nan", "x = np.arange(5)\nx[[0, 1]] = np.nan\nout = x", () -> arange(5).set(array(0, 1), Double.NaN));
        p.add("int32[i] = 2**31", "x = np.arange(5, dtype=np.int32)\nx[[0, 1]] = 2**31\nout = x",
                () -> arange(5).astype(INT32).set(array(0, 1), 1L << 31));
        p.add("int[[9]] = nan: the value's error before the index's", "x = np.arange(12).reshape(3, 4)\nx[[9]] = np.nan\nout = x",
                () -> arange(12).reshape(3, 4).set(array(new long[] {9}), Double.NaN));
        p.add("int[9, [0]] = nan: an integer's error before the value's", "x = np.arange(12).reshape(3, 4)\nx[9, [0]] = np.nan\nout = x",
                () -> arange(12).reshape(3, 4).set(new Index[] {at(9), idx(array(new long[] {0}))}, Double.NaN));
        p.add("set float index", "x = np.arange(5)\nx[np.array([1.0])] = 3\nout = x", () -> arange(5).set(array(1.0), 3L));
        p.check();
    }

    private static long[] concat(long first, long[] rest) {
        long[] r = new long[rest.length + 1];
        r[0] = first;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }

    private static long[] concat(long a, long b, long[] rest) { return concat(a, concat(b, rest)); }
}
