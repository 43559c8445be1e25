package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dev.numj.IndexingProbes.*;
import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.*;
import dev.numj.internal.AdvancedIndex;
import static dev.numj.random.Random.*;

/** Boolean-mask indexing, reading and writing, against NumPy: {@code X[mask]}, {@code X[mask, 1]}, {@code a[a < 3] = 0}. */
class MaskIndexingOracleTest {
    static final long[][] SHAPES = {{7}, {3, 4}, {2, 3, 4}, {2, 1, 3, 2}, {0}, {3, 0}, {2, 0, 3}};
    static final double[] DENSITIES = {0.5, 1.0, 0.0};

    @Test
    void fullShapeMaskEveryDtypeRankAndDensity() {
        Random rnd = new Random(1);
        IndexingProbes p = new IndexingProbes();
        for (DType dt : DType.values())
            for (long[] sh : SHAPES)
                for (double d : DENSITIES) {
                    NDArray x = random(rnd, dt, sh), m = mask(rnd, d, sh);
                    p.read(x, idx(m));
                    p.add("x[m] via get(NDArray)", "out = x[m]", () -> x.get(m), "x", x, "m", m);
                }
        // strided and reversed sources, and a mask that is itself a strided view
        NDArray base = random(rnd, DType.FLOAT32, 6, 8);
        NDArray mbase = mask(rnd, 0.5, 8, 6);
        p.add("transposed source, strided mask", "out = base[::2, 1::2].T[mb[1::2, ::2]]",
                () -> base.get("::2, 1::2").T().get(mbase.get("1::2, ::2")), "base", base, "mb", mbase);
        p.add("reversed source", "out = base[::-1][mb.T[:, ::-1] > 0]",
                () -> base.get("::-1").get(mbase.T().get(":, ::-1").gt(0L)), "base", base, "mb", mbase);
        assertTrue(p.size() > 200);
        p.check();
    }

    @Test
    void leadingAxesMaskSelectsAlongThem() {
        Random rnd = new Random(2);
        IndexingProbes p = new IndexingProbes();
        for (DType dt : DType.values())
            for (long[] sh : new long[][] {{5, 3}, {4, 3, 2}, {2, 3, 2, 2}, {0, 3}, {3, 0, 2}})
                for (int k = 1; k < sh.length; k++)
                    for (double d : DENSITIES) {
                        NDArray x = random(rnd, dt, sh);
                        p.read(x, idx(mask(rnd, d, java.util.Arrays.copyOf(sh, k))));
                    }
        p.check();
    }

    @Test
    void maskAmongBasicItemsPlacesAxesLikeNumPy() {
        Random rnd = new Random(3);
        IndexingProbes p = new IndexingProbes();
        NDArray x2 = random(rnd, DType.FLOAT64, 4, 5), x3 = random(rnd, DType.INT32, 3, 4, 5), x4 = random(rnd, DType.INT64, 2, 3, 4, 5);
        NDArray m4 = mask(rnd, 0.5, 4), m5 = mask(rnd, 0.5, 5), m45 = mask(rnd, 0.5, 4, 5), m34 = mask(rnd, 0.5, 3, 4);
        p.read(x2, idx(m4), at(1)).read(x2, idx(m4), at(-1)).read(x2, all(), idx(m5)).read(x2, slice(1, 3), idx(m5))
                .read(x2, idx(m4), slice(null, null, -2)).read(x2, ellipsis(), idx(m5)).read(x2, idx(m45), ellipsis())
                .read(x2, idx(m4), newAxis()).read(x2, newAxis(), idx(m4)).read(x2, idx(m45), newAxis())
                .read(x3, at(0), idx(m45)).read(x3, all(), idx(m45)).read(x3, idx(m34), at(2)).read(x3, idx(m34), slice(1, 4))
                .read(x3, at(1), all(), idx(m5)).read(x3, idx(mask(rnd, 0.5, 3)), all(), idx(m5))
                .read(x3, ellipsis(), idx(m45)).read(x3, newAxis(), idx(m34), newAxis())
                .read(x4, all(), idx(m34), at(1)).read(x4, at(1), idx(m34), all()).read(x4, idx(mask(rnd, 0.5, 2, 3, 4, 5)))
                .read(x4, idx(mask(rnd, 0.5, 2)), at(0), all(), idx(m5));
        // a mask with integer arrays: their offsets combine (mask first or second, broadcasting)
        NDArray r4 = array(true, false, true, false), r3 = array(false, true, true);
        p.read(x2, idx(r4), idx(array(1, 3))).read(x2, idx(array(1, 3)), idx(mask(rnd, 1.0, 5).and(array(true, false, true, true, false))))
                .read(x2, idx(array(new long[][] {{0}, {3}})), idx(array(false, true, true, false, true)))
                .read(x3, idx(r3), idx(array(new long[][] {{0}, {1}, {3}})), all()).read(x3, idx(r3), all(), idx(array(4, -1)))
                .read(x4, idx(array(1, 0)), idx(mask(rnd, 1.0, 3, 4).and(array(new boolean[][] {{true, false, false, false},
                        {false, false, false, false}, {false, false, true, false}}))));
        // 0-d bool masks: a new axis of length 1 (True) or 0 (False)
        for (boolean b : new boolean[] {true, false}) {
            NDArray m0 = array(b).reshape(new long[0]);
            p.read(x2, idx(m0)).read(x2, at(1), idx(m0)).read(x3, all(), idx(m0), idx(array(0, 2)))
                    .read(array(5.0).reshape(new long[0]), idx(m0))
                    .write(x2, random(rnd, DType.FLOAT64, 5), idx(m0)).write(x3, random(rnd, DType.INT64, 1, 4, 5), at(1), idx(m0));
        }
        p.check();
    }

    @Test
    void rosettaExamples() {
        NDArray X = array(new double[][] {{65, 160}, {72, 175}, {80, 180}, {90, 190}, {68, 172}});
        IndexingProbes p = new IndexingProbes();
        p.add("X[X[:,0] > 70]", "out = X[X[:,0] > 70]", () -> X.get(X.get(":, 0").gt(70L)), "X", X);
        p.add("X[(X[:,0]>70) & (X[:,1]>170)]", "out = X[(X[:,0]>70) & (X[:,1]>176)]",
                () -> X.get(X.get(":, 0").gt(70L).and(X.get(":, 1").gt(176L))), "X", X);
        p.add("X[~mask]", "out = X[~(X[:,0] > 70)]", () -> X.get(X.get(":, 0").gt(70L).not()), "X", X);
        p.add("X[mask, 1]", "out = X[X[:,0] > 70, 1]", () -> X.get(idx(X.get(":, 0").gt(70L)), at(1)), "X", X);
        p.add("a[a<3] = 0", "a = np.arange(6)\na[a < 3] = 0\nout = a", () -> {
            NDArray a = arange(6);
            return a.set(a.lt(3L), 0L);
        });
        p.add("X[X[:,0]>80, 0] = 80", "X = X.copy()\nX[X[:,0] > 80, 0] = 80\nout = X", () -> {
            NDArray Y = X.copy();
            return Y.set(new Index[] {idx(Y.get(":, 0").gt(80L)), at(0)}, 80.0);
        }, "X", X);
        p.check();
    }

    @Test
    void writesWithScalarsAndBroadcastValues() {
        Random rnd = new Random(4);
        IndexingProbes p = new IndexingProbes();
        for (DType dt : DType.values())
            for (long[] sh : SHAPES)
                for (double d : DENSITIES) {
                    NDArray x = random(rnd, dt, sh), m = mask(rnd, d, sh);
                    long count = AdvancedIndex.countTrue(m);
                    p.add("x[m] = 2.5", "x = x.copy()\nx[m] = 2.5\nout = x", () -> x.copy().set(m, 2.5), "x", x, "m", m);
                    p.add("x[m] = -3", "x = x.copy()\nx[m] = -3\nout = x", () -> x.copy().set(m, -3L), "x", x, "m", m);
                    for (DType vt : new DType[] {dt, DType.FLOAT64, DType.INT32})
                        p.write(x, random(rnd, vt, count), idx(m));                    // one value per true element
                    p.write(x, random(rnd, dt, 1), idx(m));                            // one value for all
                    p.write(x, random(rnd, dt), idx(m));                               // 0-d
                }
        // leading-axis masks and masks among other items: values broadcast over the selection
        NDArray x3 = random(rnd, DType.FLOAT32, 4, 3, 2);
        NDArray m4 = mask(rnd, 0.5, 4);
        long c4 = AdvancedIndex.countTrue(m4);
        p.write(x3, random(rnd, DType.FLOAT32, 3, 2), idx(m4)).write(x3, random(rnd, DType.FLOAT32, c4, 1, 2), idx(m4))
                .write(x3, random(rnd, DType.INT64, 2), idx(m4), at(1)).write(x3, random(rnd, DType.FLOAT64, c4, 1), idx(m4), at(1))
                .write(x3, random(rnd, DType.FLOAT32, 3, 1), all(), all(), idx(array(true, false)))
                .write(x3, random(rnd, DType.FLOAT32, 2), idx(mask(rnd, 0.5, 4, 3)), ellipsis())
                .write(x3, random(rnd, DType.FLOAT32, 4, 1), slice(null, null, -1), idx(array(true, false, true)), at(0));
        p.check();
    }

    @Test
    void writesThroughViewsChangeTheBase() {
        Random rnd = new Random(5);
        IndexingProbes p = new IndexingProbes();
        for (DType dt : DType.values()) {
            NDArray base = random(rnd, dt, 6, 8);
            NDArray m = mask(rnd, 0.5, 3, 4), mt = mask(rnd, 0.5, 8, 6);
            long cm = AdvancedIndex.countTrue(m);
            NDArray v = random(rnd, dt, cm);
            p.add("view[m] = v", "b = base.copy()\nw = b[::2, 1::2]\nw[m] = v\nout = b", () -> {
                NDArray b = base.copy();
                b.get("::2, 1::2").set(m, v);
                return b;
            }, "base", base, "m", m, "v", v);
            p.add("T[m] = 7", "b = base.copy()\nb.T[mt] = 7\nout = b", () -> {
                NDArray b = base.copy();
                b.T().set(mt, 7L);
                return b;
            }, "base", base, "mt", mt);
            p.add("a[a > 0] = a[a > 0] * 2 (values from the same memory)", "b = base.copy()\nb[b > 0] = b[::-1][b[::-1] > 0]\nout = b", () -> {
                NDArray b = base.copy();
                NDArray r = b.get("::-1");
                b.set(b.gt(0L), r.get(r.gt(0L)));
                return b;
            }, "base", base);
            p.add("a[a] = False style: the mask is the target", "b = base.copy()\nm = b[:, ::-1] > 0\nb[:, ::-1][m] = 0\nout = b", () -> {
                NDArray b = base.copy();
                NDArray r = b.get(":, ::-1");
                r.set(r.gt(0L), 0L);
                return b;
            }, "base", base);
            if (dt == DType.BOOL)
                // NumPy's full-mask path reads such a mask while it writes (its result then depends on the
                // traversal order); NumJ reads the mask as it was, i.e. as NumPy does with a copied mask
                p.add("w[b[::-1]] = False: the mask is another view of the target",
                        "b = base.copy()\nw = b[:, ::-1]\nw[b[::-1].copy()] = False\nout = b", () -> {
                    NDArray b = base.copy();
                    b.get(":, ::-1").set(b.get("::-1"), 0L);
                    return b;
                }, "base", base);
            NDArray basic = base.copy();
            assertSame(basic, basic.get("1:").base(), "basic slicing still gives a view");
            NDArray sel = basic.get(basic.gt(0L));
            assertNull(sel.base(), "a mask selection is a copy");
            assertFalse(sel.sharesMemory(basic), "a mask selection has its own memory");
        }
        p.check();
    }

    @Test
    void errorsMatchNumPy() {
        Random rnd = new Random(6);
        NDArray X = arange(12).reshape(3, 4), x1 = arange(5.0);
        IndexingProbes p = new IndexingProbes();
        p.read(X, idx(array(true, false)))                                                 // axis 0: 3 vs 2
                .read(X, all(), idx(array(true, false)))                                    // axis 1
                .read(X, idx(mask(rnd, 0.5, 2, 4)))
                .read(X, idx(mask(rnd, 0.5, 3, 3)))
                .read(X, idx(mask(rnd, 0.5, 1, 3)))
                .read(X, idx(mask(rnd, 0.5, 3, 4, 1)))                                      // too many indices
                .read(X, idx(array(true, false, true)), at(1), at(2))
                .read(X, at(9), idx(array(true, false)))                                   // mask error before the integer's
                .read(X, idx(array(true, false, true)), at(9))
                .read(X, idx(mask(rnd, 0.5, 3)), idx(mask(rnd, 1.0, 4)))                  // (k,) vs (4,)
                .read(X, idx(array(1.5, 2.0)))                                              // float index array
                .read(X, idx(array(new double[0])))
                .read(array(5L).reshape(new long[0]), idx(array(new boolean[] {true})))
                .read(X, idx(array(true, false, true)), ellipsis(), ellipsis());
        NDArray m = X.gt(4L);   // 7 true
        p.write(X, arange(3), idx(m)).write(X, arange(8), idx(m)).write(X, arange(7).reshape(7, 1), idx(m))
                .write(X, zeros(1, 1), idx(m)).write(X, zeros(0), idx(m)).write(X, zeros(2), idx(X.gt(100L)))
                .write(X, zeros(2, 4), idx(array(true, false, false))).write(X, arange(3), idx(array(true, false, true)), at(0))
                .write(X, arange(4.0), idx(m), ellipsis()).write(X, zeros(4), idx(array(true, false)));
        p.add("int[m] = nan", "x = np.arange(5)\nx[x > 2] = np.nan\nout = x", () -> arange(5).set(arange(5).gt(2L), Double.NaN));
        p.add("int[bad mask] = nan: the mask's error first", "x = np.arange(5)\nx[np.array([True, False])] = np.nan\nout = x",
                () -> arange(5).set(array(true, false), Double.NaN));
        p.add("int[m] = inf", "x = np.arange(5)\nx[x > 2] = -np.inf\nout = x", () -> arange(5).set(arange(5).gt(2L), Double.NEGATIVE_INFINITY));
        p.add("int32[m] = 2**40", "x = np.arange(5, dtype=np.int32)\nx[x > 2] = 2**40\nout = x",
                () -> arange(5).astype(INT32).set(arange(5).gt(2L), 1L << 40));
        p.add("int32[m] = 1e10", "x = np.arange(5, dtype=np.int32)\nx[x > 2] = -1e10\nout = x",
                () -> arange(5).astype(INT32).set(arange(5).gt(2L), -1e10));
        p.add("int64[m] = 1e19", "x = np.arange(5)\nx[x > 2] = 1e19\nout = x", () -> arange(5).set(arange(5).gt(2L), 1e19));
        p.add("int64[m] = -1e19", "x = np.arange(5)\nx[x > 2] = -1e19\nout = x", () -> arange(5).set(arange(5).gt(2L), -1e19));
        p.add("int32[m] = 2.9 truncates", "x = np.arange(5, dtype=np.int32)\nx[x > 2] = -2.9\nout = x",
                () -> arange(5).astype(INT32).set(arange(5).gt(2L), -2.9));
        p.add("bool[m] = nan is True", "x = np.zeros(5, bool)\nx[np.arange(5) > 2] = np.nan\nout = x",
                () -> zeros(BOOL, 5).set(arange(5).gt(2L), Double.NaN));
        p.add("float[m] = 2D values", "x = np.arange(5.)\nx[x > 2] = np.ones((2, 1))\nout = x", () -> x1.copy().set(x1.gt(2L), ones(2, 1)), "x1", x1);
        p.check();
    }
}
