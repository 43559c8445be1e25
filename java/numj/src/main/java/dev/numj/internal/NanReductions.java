package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.shapeOf;

import dev.numj.DType;
import dev.numj.NDArray;

/**
 * NumPy's NaN-ignoring reductions ({@code numpy/lib/_nanfunctions_impl.py}): NaN is replaced by the
 * reduction's neutral value (0 for sums, -inf / +inf for max / min and the arg forms) and the ordinary
 * reduction runs; bool and integer arrays hold no NaN and reduce as usual. An all-NaN slice gives NaN
 * for nanmax / nanmin / nanmean / nanvar (NumPy also warns) and NumPy's ValueError for nanargmax /
 * nanargmin.
 */
public final class NanReductions {
    private NanReductions() {}

    private static NDArray scalar(DType t, double v) { return Creation.full(t, new long[0], v); }

    /** a with NaN replaced by {@code v} (a itself when it cannot hold NaN). */
    private static NDArray replaceNan(NDArray a, double v) {
        if (!a.dtype().isFloating()) return a;
        return Select.where(Ufuncs.unary(Ufuncs.ISNAN, a), scalar(a.dtype(), v), a);
    }

    /** Counts of non-NaN values over the axes, as int64. */
    private static NDArray count(NDArray a, int[] axes, boolean keepdims) {
        return Reductions.countNonzero(Ufuncs.unary(Ufuncs.LOGICAL_NOT, Ufuncs.unary(Ufuncs.ISNAN, a)), axes, keepdims);
    }

    public static NDArray nansum(NDArray a, int[] axes, boolean keepdims) {
        return Reductions.sum(replaceNan(a, 0.0), axes, keepdims);
    }

    public static NDArray nanmean(NDArray a, int[] axes, boolean keepdims) {
        if (!a.dtype().isFloating()) return Reductions.mean(a, axes, keepdims);
        NDArray tot = Reductions.sum(replaceNan(a, 0.0), axes, keepdims);
        return divideByCount(tot, count(a, axes, keepdims));
    }

    /** NumPy's {@code _divide_by_count}: the quotient (in float64) cast back to the numerator's dtype. */
    private static NDArray divideByCount(NDArray num, NDArray cnt) {
        NDArray q = Ufuncs.binary(Ufuncs.DIV, num, cnt);
        return q.dtype() == num.dtype() ? q : Ufuncs.copyAs(q, num.dtype());
    }

    /** NumPy {@code np.nanvar} / {@code np.nanstd}: NumPy's {@code _nanvar}, dof {@code count - ddof} (at most 0 gives NaN). */
    public static NDArray nanvar(NDArray a, int[] axes, double ddof, boolean keepdims, boolean std) {
        if (!a.dtype().isFloating()) return Moments.var(a, axes, ddof, keepdims, std);
        Reductions.axes(a, axes);
        NDArray isnan = Ufuncs.unary(Ufuncs.ISNAN, a);
        NDArray arr = Select.where(isnan, scalar(a.dtype(), 0.0), a);
        NDArray cnt = count(a, axes, true);
        NDArray avg = divideByCount(Reductions.sum(arr, axes, true), cnt);
        NDArray dev = Ufuncs.binary(Ufuncs.SUB, arr, avg);
        dev = Select.where(isnan, scalar(a.dtype(), 0.0), dev);
        NDArray var = Reductions.sum(Ufuncs.binary(Ufuncs.MUL, dev, dev), axes, keepdims);
        NDArray dof = Ufuncs.binary(Ufuncs.SUB, count(a, axes, keepdims), ddof);
        var = divideByCount(var, dof);
        var = Select.where(Ufuncs.binary(Ufuncs.LE, dof, 0L), scalar(var.dtype(), Double.NaN), var);
        if (var.dtype() != a.dtype()) var = Ufuncs.copyAs(var, a.dtype());
        return std ? Ufuncs.unary(Ufuncs.SQRT, var) : var;
    }

    /** NumPy {@code np.nanmax} / {@code np.nanmin} ({@code fmax.reduce}): an all-NaN slice gives NaN. */
    public static NDArray nanExtreme(NDArray a, boolean max, int[] axes, boolean keepdims) {
        boolean[] red = Reductions.axes(a, axes);
        for (int i = 0; i < red.length; i++)
            if (red[i] && shapeOf(a)[i] == 0)
                throw new IllegalArgumentException("zero-size array to reduction operation " + (max ? "fmax" : "fmin")
                        + " which has no identity");
        if (!a.dtype().isFloating()) return Reductions.extreme(a, max, axes, keepdims);
        NDArray r = Reductions.extreme(replaceNan(a, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY), max, axes, keepdims);
        NDArray allNan = Ufuncs.binary(Ufuncs.EQ, count(a, axes, keepdims), 0L);
        return Select.where(allNan, scalar(a.dtype(), Double.NaN), r);
    }

    /**
     * NumPy {@code np.nanargmax} / {@code np.nanargmin}: the arg-reduction with NaN as -inf (+inf);
     * {@code axis} null flattens. An all-NaN slice raises NumPy's ValueError.
     */
    public static NDArray nanArg(NDArray a, boolean max, Integer axis, boolean keepdims) {
        NDArray r = replaceNan(a, max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        if (a.dtype().isFloating() && a.size() > 0) {
            // NumPy's np.all(mask, axis) comes first: on a 0-d float array it takes axis 0 and -1 only (dimension 0)
            if (a.ndim() == 0 && axis != null && axis != 0 && axis != -1) Shapes.axis(axis, 0);
            NDArray isnan = Ufuncs.unary(Ufuncs.ISNAN, a);
            NDArray all = axis == null || a.ndim() == 0 ? Reductions.anyAll(isnan, false, null, false)
                    : Reductions.anyAll(isnan, false, new int[] {Shapes.axis(axis, a.ndim())}, false);
            if (Elements.itemLong(Reductions.anyAll(all, true, null, false)) != 0)
                throw new IllegalArgumentException("All-NaN slice encountered");
        }
        if (axis == null) {
            NDArray flat = ArgReductions.flat(r, max);
            return keepdims ? Views.reshape(flat, ones(a.ndim())) : flat;
        }
        return ArgReductions.axis(r, axis, max, keepdims);
    }

    private static long[] ones(int n) {
        long[] s = new long[n];
        java.util.Arrays.fill(s, 1);
        return s;
    }
}
