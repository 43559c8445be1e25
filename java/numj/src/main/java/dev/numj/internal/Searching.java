package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import dev.numj.internal.backend.Operand;

import java.util.ArrayList;
import java.util.List;
import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.NumJTypeException;

/**
 * {@code nonzero}, {@code argwhere}, {@code flatnonzero}, {@code searchsorted} and {@code isin}, with
 * NumPy's results and error texts. The positions of the true elements come from the backend's
 * maskOffsets walking a byte-per-element grid (so each offset is a C-order flat index), split per axis
 * by integer division; searchsorted is the backend's binary search; isin sorts the test elements once
 * and searches them.
 */
public final class Searching {
    private Searching() {}

    /** Where {@code a} is nonzero (true for bool), as C-order flat int64 indices. */
    private static NDArray flatIndices(NDArray a) {
        NDArray mask = a.dtype().isBool() ? a : Ufuncs.binary(Ufuncs.NE, a, 0L);
        long count = AdvancedIndex.countTrue(mask);
        NDArray flat = ArrayAccess.allocate(DType.INT64, new long[] {count});
        if (count == 0) return flat;
        long[] shape = shapeOf(mask);
        Operand grid = new Operand(storageOf(mask), offsetOf(mask), Shapes.cStrides(shape, 1));
        Backends.of(mask).maskOffsets(operandOf(mask), grid, shape, operandOf(flat), count);
        return flat;
    }

    /** NumPy {@code np.nonzero(a)}: one int64 index array per axis. */
    public static List<NDArray> nonzero(NDArray a) {
        java.util.Objects.requireNonNull(a, "nonzero: the array is null");
        if (a.ndim() == 0)
            throw new IllegalArgumentException("Calling nonzero on 0d arrays is not allowed. "
                    + "Use np.atleast_1d(scalar).nonzero() instead. If the context of this error is of the form "
                    + "`arr[nonzero(cond)]`, just use `arr[cond]`.");
        NDArray flat = flatIndices(a);
        long[] shape = shapeOf(a);
        List<NDArray> out = new ArrayList<>(shape.length);
        if (shape.length == 1) {
            out.add(flat);
            return out;
        }
        long inner = 1;
        NDArray[] r = new NDArray[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            NDArray q = inner == 1 ? flat : Ufuncs.binary(Ufuncs.FLOOR_DIV, flat, inner);
            r[d] = d == 0 ? q : Ufuncs.binary(Ufuncs.MOD, q, shape[d]);
            if (r[d] == flat) r[d] = Ufuncs.copyAs(flat, DType.INT64);
            inner *= Math.max(shape[d], 1);
        }
        for (NDArray x : r) out.add(x);
        return out;
    }

    /** NumPy {@code np.argwhere(a)}: shape (count, ndim), int64. */
    public static NDArray argwhere(NDArray a) {
        java.util.Objects.requireNonNull(a, "argwhere: the array is null");
        if (a.ndim() == 0) {
            boolean nz = ArrayAccess.readDouble(a, offsetOf(a)) != 0 || Double.isNaN(ArrayAccess.readDouble(a, offsetOf(a)));
            return Creation.zeros(DType.INT64, nz ? 1 : 0, 0);
        }
        return Joining.stack(nonzero(a), 1);
    }

    /** NumPy {@code np.flatnonzero(a)}: indices into the flattened array. */
    public static NDArray flatnonzero(NDArray a) {
        java.util.Objects.requireNonNull(a, "flatnonzero: the array is null");
        return flatIndices(a.ndim() == 0 ? Views.reshape(a, new long[] {1}) : a);
    }

    // ---- searchsorted ------------------------------------------------------------------------------

    /**
     * NumPy {@code np.searchsorted(a, v, side, sorter)}: a is 1-D, ascending (or ascending through
     * {@code sorter}); a and v are compared in their promoted dtype. {@code sorter} may be null. Unlike
     * NumPy, which reads whatever a bad sorter points at, every sorter index is checked first.
     */
    public static NDArray searchsorted(NDArray a, NDArray v, String side, NDArray sorter) {
        java.util.Objects.requireNonNull(a, "searchsorted: a is null");
        java.util.Objects.requireNonNull(v, "searchsorted: v is null");
        boolean right = side(side);
        if (a.ndim() > 1) throw new IllegalArgumentException("object too deep for desired array");
        if (a.ndim() == 0) throw new IllegalArgumentException("object of too small depth for desired array");
        DType dt = DType.promote(a.dtype(), v.dtype());
        NDArray sorted = sorter == null ? a : sorted(a, sorter);
        return search(sorted, v, dt, right);
    }

    /** searchsorted with a Java scalar v (weak, like a Python scalar): a 0-d result. */
    public static NDArray searchsorted(NDArray a, Object v, String side, NDArray sorter) {
        java.util.Objects.requireNonNull(a, "searchsorted: a is null");
        DType dt = Ufuncs.weak(a.dtype(), v);
        NDArray s = ArrayAccess.allocate(dt, new long[0]);
        Ufuncs.fill(s, v);
        return searchsorted(a, s, side, sorter);
    }

    private static boolean side(String side) {
        if ("left".equals(side)) return false;
        if ("right".equals(side)) return true;
        throw new IllegalArgumentException("search side must be 'left' or 'right' (got '" + side + "')");
    }

    private static NDArray sorted(NDArray a, NDArray sorter) {
        if (!sorter.dtype().isInteger() || sorter.dtype().isBool())
            throw new NumJTypeException("sorter must only contain integers");
        if (sorter.size() != a.size()) throw new IllegalArgumentException("sorter.size must equal a.size");
        if (sorter.size() == 0) return a;
        long lo = Elements.itemLong(Reductions.extreme(sorter, false, null, false));
        long hi = Elements.itemLong(Reductions.extreme(sorter, true, null, false));
        if (lo < 0 || hi >= a.size())
            throw new IllegalArgumentException("Sorter index out of range: sorter holds " + (lo < 0 ? lo : hi)
                    + ", outside [0, " + a.size() + ") for a of size " + a.size());
        return AdvancedIndex.take(a, Views.reshape(sorter, new long[] {-1}), 0);
    }

    /** The backend's binary search of v in the ascending 1-D {@code sorted}, both read as {@code dt}. */
    private static NDArray search(NDArray sorted, NDArray v, DType dt, boolean right) {
        NDArray s = sorted.dtype() == dt ? sorted : Ufuncs.copyAs(sorted, dt);
        NDArray x = v.dtype() == dt ? v : Ufuncs.copyAs(v, dt);
        NDArray out = ArrayAccess.allocate(DType.INT64, shapeOf(v));
        if (out.size() > 0) Backends.of(s).searchsorted(dt, s.size(), operandOf(s), right, operandOf(x), operandOf(out), shapeOf(v));
        return out;
    }

    // ---- isin --------------------------------------------------------------------------------------

    /**
     * NumPy {@code np.isin(element, testElements, invert=invert)}: a bool array of element's shape,
     * equality as {@code ==} in the promoted dtype (so NaN is never in anything).
     */
    public static NDArray isin(NDArray element, NDArray test, boolean invert) {
        java.util.Objects.requireNonNull(element, "isin: element is null");
        java.util.Objects.requireNonNull(test, "isin: testElements is null");
        DType dt = DType.promote(element.dtype(), test.dtype());
        NDArray flat = Views.reshape(test, new long[] {-1});
        NDArray t = Sorting.sort(flat.dtype() == dt ? flat : Ufuncs.copyAs(flat, dt), 0);
        long n = t.size();
        NDArray found;
        if (n == 0) {
            found = Creation.zeros(DType.BOOL, shapeOf(element).clone());
        } else {
            NDArray e = element.dtype() == dt ? element : Ufuncs.copyAs(element, dt);
            NDArray pos = search(t, e, dt, false);
            NDArray at = AdvancedIndex.take(t, Ufuncs.binary(Ufuncs.MINIMUM, pos, n - 1), 0);
            found = Ufuncs.binary(Ufuncs.EQ, at, e);
        }
        return invert ? Ufuncs.unary(Ufuncs.LOGICAL_NOT, found) : found;
    }
}
