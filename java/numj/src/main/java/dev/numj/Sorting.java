package dev.numj;

import dev.numj.internal.Backend;
import dev.numj.internal.Shapes;

/**
 * {@code sort}, {@code argsort}, {@code unique} and {@code topk} on the backend's stable lane sort.
 * Every sort is stable (NumPy's {@code kind='stable'}): NaN sorts after everything, -0.0 and 0.0 are
 * equal and keep their order, ties keep their order. {@code unique} composes the sort with a mask of
 * first occurrences and the backend's compress.
 */
final class Sorting {
    private Sorting() {}

    /** {@code np.sort(a, axis)}: a sorted copy. */
    static NDArray sort(NDArray a, int axis) {
        int ax = Shapes.axis(axis, a.ndim());   // a 0-d array has no axis to sort (NumPy's AxisError)
        NDArray out = NDArray.allocate(a.dtype, a.shape);
        if (out.size > 0) Ufuncs.backend(a).sort(a.dtype, a.operand(), out.operand(), null, a.shape, ax, false, a.shape[ax]);
        return out;
    }

    /** {@code np.argsort(a, axis, kind='stable')}: int64 positions along the axis. */
    static NDArray argsort(NDArray a, int axis) {
        NDArray src = a;
        int ax;
        if (a.ndim() == 0) {
            Shapes.axis(axis, 1);   // NumPy argsorts a 0-d array as shape (1,)
            src = a.reshape(1L);
            ax = 0;
        } else {
            ax = Shapes.axis(axis, a.ndim());
        }
        NDArray out = NDArray.allocate(DType.INT64, src.shape);
        if (out.size > 0) Ufuncs.backend(a).sort(a.dtype, src.operand(), null, out.operand(), src.shape, ax, false, src.shape[ax]);
        return out;
    }

    /** The {@code k} largest along {@code axis}, largest first; ties in increasing position. */
    static TopK topk(NDArray a, int k, int axis) {
        int ax = Shapes.axis(axis, a.ndim());
        long n = a.shape[ax];
        if (k < 0 || k > n)
            throw new IllegalArgumentException("k=" + k + " is out of range for axis " + axis + " of size " + n
                    + " (topk needs 0 <= k <= " + n + ")");
        long[] shape = a.shape.clone();
        shape[ax] = k;
        NDArray values = NDArray.allocate(a.dtype, shape), indices = NDArray.allocate(DType.INT64, shape);
        if (values.size > 0)
            Ufuncs.backend(a).sort(a.dtype, a.operand(), values.operand(), indices.operand(), a.shape, ax, true, k);
        return new TopK(values, indices);
    }

    /** {@code np.unique(a, return_counts=...)}: counts is null unless asked for. */
    static UniqueCounts unique(NDArray a, boolean withCounts) {
        NDArray s = sort(a.ravel(), 0);
        long n = s.size;
        if (n == 0) return new UniqueCounts(s, withCounts ? NDArray.allocate(DType.INT64, new long[] {0}) : null);
        // first occurrences: s[i] != s[i-1], all NaNs (sorted last) being one value (NumPy's equal_nan=True)
        NDArray first = NDArray.allocate(DType.BOOL, new long[] {n});
        first.setLong(1, 0);
        if (n > 1) {
            NDArray next = s.get("1:"), prev = s.get(":-1");
            NDArray differs = next.ne(prev);
            if (a.dtype.isFloating()) differs = differs.and(next.isnan().and(prev.isnan()).not());
            Ufuncs.assign(first.get("1:"), differs);
        }
        long m = Reductions.countNonzero(first, null, false).itemLong();
        Backend be = Ufuncs.backend(a);
        NDArray values = NDArray.allocate(a.dtype, new long[] {m});
        be.compress(a.dtype, first.operand(), s.operand(), s.shape, values.operand(), m);
        if (!withCounts) return new UniqueCounts(values, null);
        // counts: the distance from each first occurrence to the next one (or to the end)
        NDArray starts = NDArray.allocate(DType.INT64, new long[] {m});
        be.compress(DType.INT64, first.operand(), NumJ.arange(n).operand(), s.shape, starts.operand(), m);
        NDArray ends = NDArray.allocate(DType.INT64, new long[] {m});
        if (m > 1) Ufuncs.assign(ends.get(":-1"), starts.get("1:"));
        ends.setLong(n, m - 1);
        return new UniqueCounts(values, ends.subi(starts));
    }
}
