package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;

import dev.numj.DType;
import dev.numj.Index;
import dev.numj.NDArray;

import java.util.List;

/**
 * {@code histogram}, {@code histogram_bin_edges} and {@code digitize} as NumPy computes them
 * ({@code numpy/lib/_histograms_impl.py}, {@code _function_base_impl.py}): equal bins by NumPy's index
 * arithmetic (scaled offset, then the +-1 corrections against the edges) and {@code bincount};
 * given edges by sorted search. The search ({@link #searchSorted}) merges the queries into the sorted
 * values with one stable native argsort of both and a cumulative count, so it costs a sort, never a
 * Java loop per element.
 */
public final class Histograms {
    private Histograms() {}

    /** {edges, (first, last) or null}: NumPy's {@code _get_bin_edges} for an int number of bins. */
    private static NDArray equalEdges(NDArray a, long bins, double[] range) {
        if (bins < 1) throw new IllegalArgumentException("`bins` must be positive, when an integer");
        double[] fl = outerEdges(a, range);
        NDArray edges = a.dtype() == DType.FLOAT32 && range == null ? linspace32((float) fl[0], (float) fl[1], bins + 1)
                : Creation.linspace(fl[0], fl[1], bins + 1, true, a.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64);
        NDArray lo = Views.index(edges, Index.parse(":-1")), hi = Views.index(edges, Index.parse("1:"));
        if (Elements.itemLong(Reductions.anyAll(Ufuncs.binary(Ufuncs.GE, lo, hi), true, null, false)) != 0)
            throw new IllegalArgumentException("Too many bins for data range. Cannot create " + bins + " finite-sized bins.");
        return edges;
    }

    /**
     * NumPy's {@code np.linspace} between two float32 scalars (the data's own min and max), which computes in
     * float32: {@code arange(num) * ((stop - start) / (num - 1)) + start}, the last set to stop.
     */
    private static NDArray linspace32(float start, float stop, long num) {
        float delta = stop - start, step = delta / (float) (num - 1);
        NDArray y = Creation.arange(0.0, (double) num, 1.0, DType.FLOAT32);
        if (num > 1 && step == 0) {
            y = Ufuncs.binary(Ufuncs.MUL, Ufuncs.binary(Ufuncs.DIV, y, Creation.full(DType.FLOAT32, new long[0], (double) (num - 1))),
                    Creation.full(DType.FLOAT32, new long[0], (double) delta));
        } else if (num > 1) {
            y = Ufuncs.binary(Ufuncs.MUL, y, Creation.full(DType.FLOAT32, new long[0], (double) step));
        }
        y = Ufuncs.binary(Ufuncs.ADD, y, Creation.full(DType.FLOAT32, new long[0], (double) start));
        if (num > 1) Elements.setDouble(y, stop, num - 1);
        return y;
    }

    /** NumPy's {@code _get_outer_edges}. */
    private static double[] outerEdges(NDArray a, double[] range) {
        double first, last;
        if (range != null) {
            first = range[0];
            last = range[1];
            if (first > last) throw new IllegalArgumentException("max must be larger than min in range parameter.");
            if (!Double.isFinite(first) || !Double.isFinite(last))
                throw new IllegalArgumentException("supplied range of [" + pyFloat(first) + ", " + pyFloat(last) + "] is not finite");
        } else if (a.size() == 0) {
            first = 0;
            last = 1;
        } else {
            first = Elements.item(Reductions.extreme(a, false, null, false));
            last = Elements.item(Reductions.extreme(a, true, null, false));
            if (!Double.isFinite(first) || !Double.isFinite(last))
                throw new IllegalArgumentException("autodetected range of [" + pyFloat(first) + ", " + pyFloat(last)
                        + "] is not finite");
        }
        if (first == last) {
            first -= 0.5;
            last += 0.5;
        }
        return new double[] {first, last};
    }

    private static void checkEdges(NDArray edges) {
        if (edges.ndim() != 1) throw new IllegalArgumentException("`bins` must be 1d, when an array");
        if (edges.size() > 1) {
            NDArray lo = Views.index(edges, Index.parse(":-1")), hi = Views.index(edges, Index.parse("1:"));
            if (Elements.itemLong(Reductions.anyAll(Ufuncs.binary(Ufuncs.GT, lo, hi), true, null, false)) != 0)
                throw new IllegalArgumentException("`bins` must increase monotonically, when an array");
        }
    }

    /** NumPy {@code np.histogram_bin_edges(a, bins, range)} for an int number of bins. */
    public static NDArray binEdges(NDArray a, long bins, double[] range) {
        return equalEdges(Views.reshape(a, new long[] {-1}), bins, range);
    }

    /** NumPy {@code np.histogram_bin_edges(a, bins=edges)}: the edges, checked. */
    public static NDArray binEdges(NDArray a, NDArray edges) {
        checkEdges(edges);
        return edges;
    }

    /**
     * NumPy {@code np.histogram(a, bins, range, density, weights)} with an int number of bins: {counts, edges}.
     * Counts are int64 (weights null), or of the weights' dtype; density gives float64.
     */
    public static NDArray[] histogram(NDArray a, long bins, double[] range, boolean density, NDArray weights) {
        NDArray x = Views.reshape(a, new long[] {-1});
        NDArray w = checkWeights(a, weights);
        NDArray edges = equalEdges(x, bins, range);
        double[] fl = outerEdges(x, range);
        double first = fl[0], last = fl[1];
        if (x.dtype() == DType.FLOAT32 && range == null) {   // NumPy's edges are then float32 scalars
            first = (float) first;
            last = (float) last;
        }
        NDArray keep = Ufuncs.binary(Ufuncs.LOGICAL_AND, Ufuncs.binary(Ufuncs.GE, x, first), Ufuncs.binary(Ufuncs.LE, x, last));
        NDArray xa = x, wa = w;
        if (Elements.itemLong(Reductions.anyAll(keep, false, null, false)) == 0) {
            xa = AdvancedIndex.get(x, new Index[] {new Index.Array(keep)});
            if (w != null) wa = AdvancedIndex.get(w, new Index[] {new Index.Array(keep)});
        }
        DType et = edges.dtype();
        xa = xa.dtype() == et ? xa : Ufuncs.copyAs(xa, et);
        // NumPy's index arithmetic: ((x - first) / (last - first)) * bins, truncated, then corrected against the edges
        double denom = last - first;
        NDArray f = Ufuncs.binary(Ufuncs.MUL, Ufuncs.binary(Ufuncs.DIV, Ufuncs.binary(Ufuncs.SUB, xa, first), denom), (double) bins);
        NDArray idx = Ufuncs.copyAs(f, DType.INT64);
        idx = Ufuncs.binary(Ufuncs.SUB, idx, Ufuncs.copyAs(Ufuncs.binary(Ufuncs.EQ, idx, bins), DType.INT64));
        NDArray dec = Ufuncs.binary(Ufuncs.LT, xa, AdvancedIndex.take(edges, idx, 0));
        idx = Ufuncs.binary(Ufuncs.SUB, idx, Ufuncs.copyAs(dec, DType.INT64));
        NDArray inc = Ufuncs.binary(Ufuncs.LOGICAL_AND, Ufuncs.binary(Ufuncs.GE, xa, AdvancedIndex.take(edges, Ufuncs.binary(Ufuncs.ADD, idx, 1L), 0)),
                Ufuncs.binary(Ufuncs.NE, idx, bins - 1));
        idx = Ufuncs.binary(Ufuncs.ADD, idx, Ufuncs.copyAs(inc, DType.INT64));
        NDArray n = Scatters.bincount(idx, wa, bins);
        if (w != null && n.dtype() != w.dtype()) n = Ufuncs.copyAs(n, w.dtype());
        return new NDArray[] {density ? density(n, edges) : n, edges};
    }

    /** NumPy {@code np.histogram(a, bins=edges, density, weights)}: counts per given edge interval (the last closed). */
    public static NDArray[] histogram(NDArray a, NDArray edges, boolean density, NDArray weights) {
        checkEdges(edges);
        NDArray x = Views.reshape(a, new long[] {-1});
        NDArray w = checkWeights(a, weights);
        long ne = edges.size();
        NDArray n;
        if (w == null) {
            NDArray cum = inclusive(x, edges);
            n = ne == 0 ? cum : Ufuncs.binary(Ufuncs.SUB, Views.index(cum, Index.parse("1:")), Views.index(cum, Index.parse(":-1")));
        } else {
            // the weights' running sums at each edge's position among the sorted values
            NDArray order = Sorting.argsort(x, 0);
            NDArray sw = AdvancedIndex.take(w, order, 0);
            DType wt = w.dtype().isFloating() ? w.dtype() : DType.INT64;
            NDArray cw = Joining.concatenate(List.of(Creation.zeros(wt, 1), Scans.cumsum(sw.dtype() == wt ? sw : Ufuncs.copyAs(sw, wt), 0)), 0);
            NDArray cum = AdvancedIndex.take(cw, inclusive(x, edges), 0);
            n = ne == 0 ? cum : Ufuncs.binary(Ufuncs.SUB, Views.index(cum, Index.parse("1:")), Views.index(cum, Index.parse(":-1")));
            if (n.dtype() != w.dtype()) n = Ufuncs.copyAs(n, w.dtype());
        }
        return new NDArray[] {density ? density(n, edges) : n, edges};
    }

    /** NumPy's {@code _search_sorted_inclusive}: searchsorted left for every edge but the last, right for the last. */
    private static NDArray inclusive(NDArray x, NDArray edges) {
        long ne = edges.size();
        if (ne == 0) return ArrayAccess.allocate(DType.INT64, new long[] {0});
        NDArray left = searchSorted(x, Views.index(edges, Index.parse(":-1")), false);
        NDArray right = searchSorted(x, Views.index(edges, Index.parse("-1:")), true);
        return Joining.concatenate(List.of(left, right), 0);
    }

    private static NDArray checkWeights(NDArray a, NDArray weights) {
        if (weights == null) return null;
        if (!java.util.Arrays.equals(shapeOf(a), shapeOf(weights)))
            throw new IllegalArgumentException("weights should have the same shape as a.");
        return Views.reshape(weights, new long[] {-1});
    }

    /** n / diff(edges) / n.sum(), in float64. */
    private static NDArray density(NDArray n, NDArray edges) {
        NDArray db = Ufuncs.copyAs(Ufuncs.binary(Ufuncs.SUB, Views.index(edges, Index.parse("1:")), Views.index(edges, Index.parse(":-1"))),
                DType.FLOAT64);
        return Ufuncs.binary(Ufuncs.DIV, Ufuncs.binary(Ufuncs.DIV, n, db), Reductions.sum(n, null, false));
    }

    /** NumPy {@code np.digitize(x, bins, right)}: the index of the bin each x falls in (int64). */
    public static NDArray digitize(NDArray x, NDArray bins, boolean right) {
        if (bins.ndim() == 0) throw new IllegalArgumentException("object of too small depth for desired array");
        if (bins.ndim() > 1) throw new IllegalArgumentException("object too deep for desired array");
        int mono = monotonicity(bins);
        if (mono == 0) throw new IllegalArgumentException("bins must be monotonically increasing or decreasing");
        NDArray flat = Views.reshape(x, new long[] {-1});
        NDArray r;
        if (mono > 0) {
            r = searchSorted(bins, flat, !right);
        } else {
            NDArray rev = Views.index(bins, Index.parse("::-1"));
            r = Ufuncs.binary(Ufuncs.SUB, bins.size(), searchSorted(rev, flat, !right));
        }
        return Views.reshape(r, shapeOf(x));
    }

    /** NumPy's {@code _monotonicity}: 1 increasing (non-strictly), -1 decreasing, 0 neither. */
    private static int monotonicity(NDArray bins) {
        if (bins.size() < 2) return 1;
        NDArray lo = Views.index(bins, Index.parse(":-1")), hi = Views.index(bins, Index.parse("1:"));
        if (Elements.itemLong(Reductions.anyAll(Ufuncs.binary(Ufuncs.GT, lo, hi), true, null, false)) == 0) return 1;
        if (Elements.itemLong(Reductions.anyAll(Ufuncs.binary(Ufuncs.LT, lo, hi), true, null, false)) == 0) return -1;
        return 0;
    }

    /**
     * NumPy {@code np.searchsorted(sorted(values), queries, side)} without requiring sorted values: for each
     * query the count of values below it ({@code right}: at or below it), NaN sorting last. Both arrays
     * are 1-D; the result has the queries' length (int64).
     */
    static NDArray searchSorted(NDArray values, NDArray queries, boolean right) {
        return merge(values, queries, right, DType.promote(values.dtype(), queries.dtype()));
    }

    private static NDArray merge(NDArray values, NDArray queries, boolean right, DType t) {
        long nv = values.size(), nq = queries.size();
        if (nq == 0) return ArrayAccess.allocate(DType.INT64, new long[] {0});
        NDArray v = values.dtype() == t ? values : Ufuncs.copyAs(values, t);
        NDArray q = queries.dtype() == t ? queries : Ufuncs.copyAs(queries, t);
        // a stable sort keeps the first part ahead of equal elements of the second: values first counts
        // the values at or below a query (right), queries first only those below it (left)
        NDArray both = right ? Joining.concatenate(List.of(v, q), 0) : Joining.concatenate(List.of(q, v), 0);
        NDArray order = Sorting.argsort(both, 0);
        NDArray isValue = right ? Ufuncs.binary(Ufuncs.LT, order, nv) : Ufuncs.binary(Ufuncs.GE, order, nq);
        NDArray before = Scans.cumsum(isValue, 0);   // values at or before each sorted position
        NDArray isQuery = Ufuncs.unary(Ufuncs.LOGICAL_NOT, isValue);
        NDArray qpos = compress(isQuery, order, nq);
        NDArray counts = compress(isQuery, before, nq);
        if (right) qpos = Ufuncs.binary(Ufuncs.SUB, qpos, nv);
        NDArray out = ArrayAccess.allocate(DType.INT64, new long[] {nq});
        AdvancedIndex.set(out, new Index[] {new Index.Array(qpos)}, counts);
        return out;
    }

    private static NDArray compress(NDArray mask, NDArray a, long count) {
        NDArray out = ArrayAccess.allocate(a.dtype(), new long[] {count});
        NDArray ac = a.dtype() == DType.INT64 ? a : Ufuncs.copyAs(a, DType.INT64);
        Backends.of(a).compress(DType.INT64, operandOf(mask), operandOf(ac), shapeOf(mask), operandOf(out), count);
        return out;
    }

    /** A double as Python's str() writes a float ("inf", "nan", "1.0"), for NumPy's range messages. */
    private static String pyFloat(double d) { return dev.numj.internal.io.PyFormat.floatRepr(d); }
}
