package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;

import java.util.Arrays;
import dev.numj.DType;
import dev.numj.Index;
import dev.numj.NDArray;
import dev.numj.UniqueResult;

/**
 * {@code np.unique} with {@code return_index}, {@code return_inverse}, {@code return_counts} and
 * {@code axis}, and the Array API's {@code unique_*} (which treat NaNs as distinct). One stable argsort
 * of the flattened input (rows sorted lexicographically, one stable pass per column from the last, when
 * an axis is given) gives everything: the first elements of equal runs are the values, their positions
 * in the permutation are the first-occurrence indices, the run number scattered back through the
 * permutation is the inverse, and the run lengths are the counts.
 *
 * <p>Everything runs on the input's device. On a GPU that needs the device's sort to take the whole
 * flattened array (or, with an axis, every column); where it cannot (CUDA sorts rows of at most one
 * block so far), unique fails with the sort's "not yet on cuda" error, which names the limit.
 */
public final class Uniques {
    private Uniques() {}

    /**
     * NumPy {@code np.unique(a, return_index, return_inverse, return_counts, axis, equal_nan)}; a null
     * axis flattens. Parts not asked for are null in the result.
     */
    public static UniqueResult unique(NDArray a, boolean wantIndex, boolean wantInverse, boolean wantCounts, Integer axis,
                                      boolean equalNan) {
        java.util.Objects.requireNonNull(a, "unique: the array is null");
        if (axis != null) return uniqueAxis(a, Shapes.axis(axis, a.ndim()), wantIndex, wantInverse, wantCounts);
        NDArray flat = Views.reshape(a, new long[] {-1});
        long n = flat.size();
        NDArray perm = argsort(flat);
        NDArray sorted = AdvancedIndex.take(flat, perm, 0);
        NDArray first = firstOfRuns(sorted, equalNan && a.dtype().isFloating());
        UniqueResult r = gather(first, perm, sorted, n, wantIndex, wantInverse, wantCounts);
        NDArray inverse = r.inverse() == null ? null : Views.reshape(r.inverse(), shapeOf(a).clone());
        return new UniqueResult(r.values(), r.indices(), inverse, r.counts());
    }

    /** The stable argsort of a 1-D array; a device that cannot sort it says so, naming unique and the limit. */
    private static NDArray argsort(NDArray flat) {
        try {
            return Sorting.argsort(flat, 0);
        } catch (UnsupportedOperationException e) {
            throw new UnsupportedOperationException("unique: " + e.getMessage(), e);
        }
    }

    /** Element {@code i} of the 1-D array {@code a} set to {@code value} by the device's fill (a may be on a GPU). */
    private static void setAt(NDArray a, long i, long value) {
        Ufuncs.fill(Views.index(a, Index.parse(i + ":" + (i + 1))), value);
    }

    /** True where a sorted 1-D array starts a new run of equal values (all NaNs one run when {@code nanRun}). */
    private static NDArray firstOfRuns(NDArray s, boolean nanRun) {
        long n = s.size();
        NDArray first = ArrayAccess.allocate(s.device(), DType.BOOL, new long[] {n});
        if (n == 0) return first;
        setAt(first, 0, 1);
        if (n > 1) {
            NDArray next = Views.index(s, Index.parse("1:")), prev = Views.index(s, Index.parse(":-1"));
            NDArray differs = Ufuncs.binary(Ufuncs.NE, next, prev);
            if (nanRun)
                differs = Ufuncs.binary(Ufuncs.LOGICAL_AND, differs, Ufuncs.unary(Ufuncs.LOGICAL_NOT,
                        Ufuncs.binary(Ufuncs.LOGICAL_AND, Ufuncs.unary(Ufuncs.ISNAN, next), Ufuncs.unary(Ufuncs.ISNAN, prev))));
            Ufuncs.assign(Views.index(first, Index.parse("1:")), differs);
        }
        return first;
    }

    /** The parts of the result from the run starts {@code first} of the permuted input {@code sorted} (its first axis). */
    private static UniqueResult gather(NDArray first, NDArray perm, NDArray sorted, long n, boolean wantIndex,
                                       boolean wantInverse, boolean wantCounts) {
        NDArray values = AdvancedIndex.get(sorted, new Index[] {new Index.Array(first)});
        long m = shapeOf(values)[0];
        NDArray starts = AdvancedIndex.get(Creation.arange(sorted.device(), 0L, n, 1L, DType.INT64), new Index[] {new Index.Array(first)});
        NDArray indices = wantIndex ? AdvancedIndex.get(perm, new Index[] {new Index.Array(first)}) : null;
        NDArray inverse = null;
        if (wantInverse) {
            inverse = ArrayAccess.allocate(sorted.device(), DType.INT64, new long[] {n});
            if (n > 0) {
                NDArray run = Scans.cumsum(Ufuncs.copyAs(first, DType.INT64), 0);
                AdvancedIndex.set(inverse, new Index[] {new Index.Array(perm)}, Ufuncs.binary(Ufuncs.SUB, run, 1L));
            }
        }
        NDArray counts = null;
        if (wantCounts) {
            NDArray ends = ArrayAccess.allocate(sorted.device(), DType.INT64, new long[] {m});
            if (m > 1) Ufuncs.assign(Views.index(ends, Index.parse(":-1")), Views.index(starts, Index.parse("1:")));
            if (m > 0) setAt(ends, m - 1, n);
            counts = Ufuncs.binary(Ufuncs.SUB, ends, starts);
        }
        return new UniqueResult(values, indices, inverse, counts);
    }

    /** unique along an axis: the sub-arrays {@code a[..., i, ...]} are compared as whole rows. */
    private static UniqueResult uniqueAxis(NDArray a, int ax, boolean wantIndex, boolean wantInverse, boolean wantCounts) {
        NDArray moved = Rearranging.moveaxis(a, new int[] {ax}, new int[] {0});
        long[] rowShape = Arrays.copyOfRange(shapeOf(moved), 1, moved.ndim());
        long n = shapeOf(moved)[0], width = Shapes.size(rowShape);
        NDArray rows = Views.reshape(Ufuncs.copyAs(moved, a.dtype()), new long[] {n, width});
        NDArray perm = Creation.arange(a.device(), 0L, n, 1L, DType.INT64);
        for (long c = width - 1; c >= 0 && n > 1; c--) {   // least significant column first: stable passes sort lexicographically
            NDArray key = AdvancedIndex.take(Views.index(rows, new Index[] {Index.ALL, new Index.At(c)}), perm, 0);
            perm = AdvancedIndex.take(perm, argsort(key), 0);
        }
        NDArray sorted = AdvancedIndex.take(rows, perm, 0);
        NDArray first = ArrayAccess.allocate(a.device(), DType.BOOL, new long[] {n});
        if (n > 0) {
            setAt(first, 0, 1);
            if (n > 1) {
                NDArray next = Views.index(sorted, Index.parse("1:")), prev = Views.index(sorted, Index.parse(":-1"));
                NDArray differs = width == 0 ? Creation.full(a.device(), DType.BOOL, new long[] {n - 1}, 0L)
                        : Reductions.anyAll(Ufuncs.binary(Ufuncs.NE, next, prev), true, new int[] {1}, false);
                Ufuncs.assign(Views.index(first, Index.parse("1:")), differs);
            }
        }
        UniqueResult r = gather(first, perm, sorted, n, wantIndex, wantInverse, wantCounts);
        long m = shapeOf(r.values())[0];
        long[] outShape = new long[rowShape.length + 1];
        outShape[0] = m;
        System.arraycopy(rowShape, 0, outShape, 1, rowShape.length);
        NDArray values = Rearranging.moveaxis(Views.reshape(r.values(), outShape), new int[] {0}, new int[] {ax});
        return new UniqueResult(values, r.indices(), r.inverse(), r.counts());
    }
}
