package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import dev.numj.internal.backend.Backend;
import dev.numj.internal.Shapes;
import dev.numj.DType;
import dev.numj.Index;
import dev.numj.NDArray;
import dev.numj.TopK;
import dev.numj.UniqueCounts;

/**
 * {@code sort}, {@code argsort}, {@code unique} and {@code topk} on the backend's stable lane sort.
 * Every sort is stable (NumPy's {@code kind='stable'}): NaN sorts after everything, -0.0 and 0.0 are
 * equal and keep their order, ties keep their order. {@code unique} composes the sort with a mask of
 * first occurrences and the backend's compress.
 */
public final class Sorting {
    private Sorting() {}

    /** {@code np.sort(a, axis)}: a sorted copy. */
    public static NDArray sort(NDArray a, int axis) { return sort(a, axis, false); }

    /**
     * The Array API's {@code sort(x, axis, descending, stable=True)}: descending puts NaN first and keeps
     * equal elements in their input order (the standard's flip-sort-flip).
     */
    public static NDArray sort(NDArray a, int axis, boolean descending) {
        int ax = Shapes.axis(axis, a.ndim());   // a 0-d array has no axis to sort (NumPy's AxisError)
        NDArray out = ArrayAccess.allocate(a.device(), a.dtype(), shapeOf(a));
        if (out.size() > 0) Backends.of(a).sort(a.dtype(), operandOf(a), operandOf(out), null, shapeOf(a), ax, descending, shapeOf(a)[ax]);
        return out;
    }

    /** {@code np.argsort(a, axis, kind='stable')}: int64 positions along the axis. */
    public static NDArray argsort(NDArray a, int axis) { return argsort(a, axis, false); }

    /** The Array API's {@code argsort(x, axis, descending, stable=True)}: ties in increasing position either way. */
    public static NDArray argsort(NDArray a, int axis, boolean descending) {
        NDArray src = a;
        int ax;
        if (a.ndim() == 0) {
            Shapes.axis(axis, 1);   // NumPy argsorts a 0-d array as shape (1,)
            src = Views.reshape(a, new long[] {1L});
            ax = 0;
        } else {
            ax = Shapes.axis(axis, a.ndim());
        }
        NDArray out = ArrayAccess.allocate(a.device(), DType.INT64, shapeOf(src));
        if (out.size() > 0) Backends.of(a).sort(a.dtype(), operandOf(src), null, operandOf(out), shapeOf(src), ax, descending, shapeOf(src)[ax]);
        return out;
    }

    /**
     * {@code np.partition(a, kth, axis)}: NumPy only promises that each kth element is where a sort would
     * put it, everything before it no larger and everything after no smaller; a full stable sort keeps
     * that promise (and the kth elements equal NumPy's).
     */
    public static NDArray partition(NDArray a, long[] kth, int axis) {
        int ax = Shapes.axis(axis, a.ndim());
        if (a.size() > 0) checkKth(kth, shapeOf(a)[ax]);   // NumPy checks nothing on an empty array
        return sort(a, ax, false);
    }

    /** {@code np.argpartition(a, kth, axis)}: positions that partition each lane (a stable argsort; a 0-d array is shape (1,)). */
    public static NDArray argpartition(NDArray a, long[] kth, int axis) {
        long n = a.ndim() == 0 ? 1 : shapeOf(a)[Shapes.axis(axis, a.ndim())];
        if (a.ndim() == 0) Shapes.axis(axis, 1);
        if (a.size() > 0) checkKth(kth, n);
        return argsort(a, axis, false);
    }

    private static void checkKth(long[] kth, long n) {
        for (long k : kth)
            if (k < -n || k >= n) throw new IllegalArgumentException("kth(=" + (k < 0 ? k + n : k) + ") out of bounds (" + n + ")");
    }

    /** The {@code k} largest along {@code axis}, largest first; ties in increasing position. */
    public static TopK topk(NDArray a, int k, int axis) {
        int ax = Shapes.axis(axis, a.ndim());
        long n = shapeOf(a)[ax];
        if (k < 0 || k > n)
            throw new IllegalArgumentException("k=" + k + " is out of range for axis " + axis + " of size " + n
                    + " (topk needs 0 <= k <= " + n + ")");
        long[] shape = shapeOf(a).clone();
        shape[ax] = k;
        NDArray values = ArrayAccess.allocate(a.device(), a.dtype(), shape), indices = ArrayAccess.allocate(a.device(), DType.INT64, shape);
        if (values.size() > 0)
            Backends.of(a).sort(a.dtype(), operandOf(a), operandOf(values), operandOf(indices), shapeOf(a), ax, true, k);
        return new TopK(values, indices);
    }

    /**
     * {@code np.unique(a, return_counts=...)}: counts is null unless asked for. Runs on a's device; a device
     * whose sort cannot take the flattened array fails with its "not yet on cuda" error, naming unique and the limit.
     */
    public static UniqueCounts unique(NDArray a, boolean withCounts) {
        NDArray s;
        try {
            s = sort(Views.reshape(a, new long[] {-1}), 0);
        } catch (UnsupportedOperationException e) {
            throw new UnsupportedOperationException("unique: " + e.getMessage(), e);
        }
        long n = s.size();
        if (n == 0) return new UniqueCounts(s, withCounts ? ArrayAccess.allocate(a.device(), DType.INT64, new long[] {0}) : null);
        // first occurrences: s[i] != s[i-1], all NaNs (sorted last) being one value (NumPy's equal_nan=True)
        NDArray first = ArrayAccess.allocate(a.device(), DType.BOOL, new long[] {n});
        Ufuncs.fill(Views.index(first, Index.parse("0:1")), 1L);
        if (n > 1) {
            NDArray next = Views.index(s, Index.parse("1:")), prev = Views.index(s, Index.parse(":-1"));
            NDArray differs = Ufuncs.binary(Ufuncs.NE, next, prev);
            if (a.dtype().isFloating())
                differs = Ufuncs.binary(Ufuncs.LOGICAL_AND, differs, Ufuncs.unary(Ufuncs.LOGICAL_NOT,
                        Ufuncs.binary(Ufuncs.LOGICAL_AND, Ufuncs.unary(Ufuncs.ISNAN, next), Ufuncs.unary(Ufuncs.ISNAN, prev))));
            Ufuncs.assign(Views.index(first, Index.parse("1:")), differs);
        }
        long m = Elements.itemLong(Reductions.countNonzero(first, null, false));
        Backend be = Backends.of(a);
        NDArray values = ArrayAccess.allocate(a.device(), a.dtype(), new long[] {m});
        be.compress(a.dtype(), operandOf(first), operandOf(s), shapeOf(s), operandOf(values), m);
        if (!withCounts) return new UniqueCounts(values, null);
        // counts: the distance from each first occurrence to the next one (or to the end)
        NDArray starts = ArrayAccess.allocate(a.device(), DType.INT64, new long[] {m});
        NDArray positions = Creation.arange(a.device(), 0L, n, 1L, DType.INT64);
        be.compress(DType.INT64, operandOf(first), operandOf(positions), shapeOf(s), operandOf(starts), m);
        java.lang.ref.Reference.reachabilityFence(positions);
        NDArray ends = ArrayAccess.allocate(a.device(), DType.INT64, new long[] {m});
        if (m > 1) Ufuncs.assign(Views.index(ends, Index.parse(":-1")), Views.index(starts, Index.parse("1:")));
        Ufuncs.fill(Views.index(ends, Index.parse((m - 1) + ":" + m)), n);
        return new UniqueCounts(values, Ufuncs.inPlace(Ufuncs.SUB, ends, starts));
    }
}
