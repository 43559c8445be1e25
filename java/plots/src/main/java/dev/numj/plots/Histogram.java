package dev.numj.plots;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.UniqueCounts;

import static dev.numj.NumJ.linspace;
import static dev.numj.NumJ.where;
import static dev.numj.NumJ.zeros;

/**
 * NumPy {@code np.histogram(a, bins=n, range=(lo, hi))}: {@code n} equal-width bins over the data's
 * range (or over [lo, hi]), each bin half-open {@code [edge[i], edge[i+1])} except the last, which holds
 * its right edge too; values outside the range are not counted. Computed with NumJ array operations, in
 * NumPy's own steps (scaled index, then a correction against the exact edges, so a value on an edge lands
 * where NumPy puts it).
 * <pre>
 * counts, edges = np.histogram(w, bins=50)
 * // NumJ
 * Histogram h = Histogram.of(w, 50);
 * h.counts();     // int64 (50,)
 * h.binEdges();   // float64 (51,)
 * </pre>
 *
 * @param counts   int64 {@code (bins,)}: how many values fall in each bin
 * @param binEdges float64 {@code (bins + 1,)}: {@code np.linspace(lo, hi, bins + 1)}
 */
public record Histogram(NDArray counts, NDArray binEdges) {
    /**
     * NumPy {@code np.histogram(a, bins)}: the range is {@code (a.min(), a.max())}, widened to
     * {@code (v - 0.5, v + 0.5)} when every value is v, and {@code (0, 1)} for an empty array. Any shape
     * (it is flattened), any dtype but bool; computed in float64 (NumPy bins float32 data in float32: the
     * edges then agree to float32 precision, and a value within a float32 rounding of an edge could land
     * one bin apart).
     * Example: {@code Histogram.of(array(1.0, 2.0, 2.0, 3.0), 2).counts()} is {@code [1, 3]}.
     *
     * @throws IllegalArgumentException {@code bins < 1}, a bool array, or a range that is not finite
     *                                  (NaN or infinity in {@code a}), with NumPy's message
     * @param a the array
     * @param bins the number of bins
     * @return the result
     */
    public static Histogram of(NDArray a, int bins) {
        NDArray v = values(a, bins);
        double lo, hi;
        if (v.size() == 0) {
            lo = 0;
            hi = 1;
        } else {
            lo = v.min().item();
            hi = v.max().item();
            if (!Double.isFinite(lo) || !Double.isFinite(hi))
                throw new IllegalArgumentException("autodetected range of [" + py(lo) + ", " + py(hi) + "] is not finite");
        }
        return count(v, bins, lo, hi);
    }

    /**
     * NumPy {@code np.histogram(a, bins, range=(lo, hi))}: values outside [lo, hi] (and NaN) are left out.
     * Example: {@code Histogram.of(w, 50, -0.2, 0.2)}.
     *
     * @throws IllegalArgumentException {@code bins < 1}, a bool array, {@code lo > hi} or a range that is
     *                                  not finite, with NumPy's message
     * @param a the array
     * @param bins the number of bins
     * @param lo the lower bound
     * @param hi the upper bound
     * @return the result
     */
    public static Histogram of(NDArray a, int bins, double lo, double hi) {
        NDArray v = values(a, bins);
        if (lo > hi) throw new IllegalArgumentException("max must be larger than min in range parameter.");
        if (!Double.isFinite(lo) || !Double.isFinite(hi))
            throw new IllegalArgumentException("supplied range of [" + py(lo) + ", " + py(hi) + "] is not finite");
        return count(v, bins, lo, hi);
    }

    /**
     * The number of bins.
     *
     * @return the bins
     */
    public int bins() { return (int) counts.size(); }

    private static NDArray values(NDArray a, int bins) {
        if (a == null) throw new IllegalArgumentException("histogram: array is null");
        if (bins < 1) throw new IllegalArgumentException("`bins` must be positive, when an integer");
        if (a.dtype() == DType.BOOL)
            throw new IllegalArgumentException("histogram of a bool array: NumPy refuses to subtract booleans; use a.astype(INT64)");
        return a.ravel().astype(DType.FLOAT64);
    }

    private static Histogram count(NDArray v, int bins, double lo, double hi) {
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        NDArray edges = linspace(lo, hi, bins + 1L);
        NDArray counts = zeros(DType.INT64, bins);
        NDArray kept = v.get(v.ge(lo).and(v.le(hi)));
        if (kept.size() == 0) return new Histogram(counts, edges);
        // NumPy's fast path for equal bins: f = (a - lo) / (hi - lo) * bins, truncated, the top edge in the
        // last bin, then moved by one where rounding put a value on the wrong side of an exact edge.
        NDArray idx = kept.sub(lo).div(hi - lo).mul((double) bins).astype(DType.INT64);
        idx = where(idx.eq((long) bins), idx.sub(1L), idx);
        idx = where(kept.lt(edges.get(idx)), idx.sub(1L), idx);
        NDArray up = kept.ge(edges.get(idx.add(1L))).and(idx.ne((long) (bins - 1)));
        idx = where(up, idx.add(1L), idx);
        // np.bincount(idx, minlength=bins)
        UniqueCounts uc = idx.uniqueWithCounts();
        counts.set(uc.values(), uc.counts());
        return new Histogram(counts, edges);
    }

    /** A double as Python prints it in NumPy's messages (nan, inf, 1.0). */
    private static String py(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        return Double.toString(d);
    }
}
