package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.shapeOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import dev.numj.DType;
import dev.numj.Index;
import dev.numj.NDArray;
import dev.numj.NumJTypeException;

/**
 * NumPy's indexing routines built on advanced indexing: {@code take_along_axis}, {@code put_along_axis},
 * {@code put}, {@code indices}, {@code unravel_index} and {@code ravel_multi_index}, with NumPy's error
 * texts. The element moves are the gather and scatter kernels behind {@code a[idx]}; the index arithmetic
 * is ufuncs over whole index arrays.
 */
public final class IndexFunctions {
    private IndexFunctions() {}

    /** NumPy's _make_along_axis_idx: {@code indices} on {@code axis}, an arange along every other axis. */
    private static Index[] alongAxis(NDArray arr, NDArray indices, Integer axis, String what) {
        if (indices.ndim() != arr.ndim())
            throw new IllegalArgumentException("`indices` and `arr` must have the same number of dimensions");
        if (!indices.dtype().isInteger() || indices.dtype().isBool()) throw new IndexOutOfBoundsException("`indices` must be an integer array");
        int n = arr.ndim(), ax = axis;
        Index[] items = new Index[n];
        for (int d = 0; d < n; d++) {
            if (d == ax) {
                items[d] = new Index.Array(indices);
                continue;
            }
            long[] s = new long[n];
            Arrays.fill(s, 1);
            s[d] = shapeOf(arr)[d];
            items[d] = new Index.Array(Views.reshape(Creation.arange(0, s[d], 1, DType.INT64), s));
        }
        return items;
    }

    /** NumPy {@code np.take_along_axis(arr, indices, axis)}; a null axis reads the flattened array. */
    public static NDArray takeAlongAxis(NDArray arr, NDArray indices, Integer axis) {
        if (axis == null) {
            if (indices.ndim() != 1) throw new IllegalArgumentException("when axis=None, `indices` must have a single dimension.");
            arr = Views.reshape(arr, new long[] {-1});
            axis = 0;
        } else {
            axis = Shapes.axis(axis, arr.ndim());
        }
        return AdvancedIndex.get(arr, alongAxis(arr, indices, axis, "take_along_axis"));
    }

    /** NumPy {@code np.put_along_axis(arr, indices, values, axis)}: writes into arr (a null axis: its flattened view). */
    public static void putAlongAxis(NDArray arr, NDArray indices, NDArray values, Integer axis) {
        ArrayAccess.checkWritable(arr);
        NDArray target = arr;
        if (axis == null) {
            if (indices.ndim() != 1) throw new IllegalArgumentException("when axis=None, `indices` must have a single dimension.");
            if (!arr.isContiguous())   // NumPy writes through arr.flat, a read-only copy for such an array
                throw new IllegalArgumentException("assignment destination is read-only (put_along_axis with axis=None writes through "
                        + "the flattened array, which is a copy unless the array is C-contiguous)");
            target = Views.reshape(arr, new long[] {-1});
            axis = 0;
        } else {
            axis = Shapes.axis(axis, arr.ndim());
        }
        AdvancedIndex.set(target, alongAxis(target, indices, axis, "put_along_axis"), values);
    }

    /** NumPy {@code np.put(a, ind, v, mode)}: a.flat[ind] = v, v repeated to ind's length; mode raise, wrap or clip. */
    public static void put(NDArray a, NDArray ind, NDArray v, String mode) {
        ArrayAccess.checkWritable(a);
        int m = clipMode(mode);
        long size = a.size();
        NDArray idx = Views.reshape(ind.dtype() == DType.INT64 ? ind : Ufuncs.copyAs(ind, DType.INT64), new long[] {-1});
        long n = idx.size();
        if (n == 0 || v.size() == 0) return;
        if (size == 0) throw new IndexOutOfBoundsException("put: cannot replace elements of an empty array");
        if (m == RAISE) {
            NDArray outside = Ufuncs.binary(Ufuncs.LOGICAL_OR, Ufuncs.binary(Ufuncs.LT, idx, -size), Ufuncs.binary(Ufuncs.GE, idx, size));
            NDArray where = Searching.flatnonzero(outside);
            if (where.size() > 0)   // NumPy names the first bad index in order
                throw new IndexOutOfBoundsException("index " + Elements.getLong(idx, Elements.getLong(where, 0))
                        + " is out of bounds for axis 0 with size " + size);
            idx = Ufuncs.binary(Ufuncs.MOD, idx, size);   // negatives count from the end
        } else {
            idx = fixMode(idx, m, size);
        }
        NDArray vals = Views.reshape(v, new long[] {-1});
        if (vals.size() != n) vals = AdvancedIndex.take(vals, Ufuncs.binary(Ufuncs.MOD, Creation.arange(0, n, 1, DType.INT64), vals.size()), 0);
        List<NDArray> multi = unravel(idx, shapeOf(a), false);
        Index[] items = new Index[multi.size()];
        for (int i = 0; i < items.length; i++) items[i] = new Index.Array(multi.get(i));
        if (items.length == 0) {   // a 0-d array: its one element
            AdvancedIndex.set(a, new Index[0], AdvancedIndex.take(vals, Creation.full(DType.INT64, new long[0], n - 1), 0));
            return;
        }
        AdvancedIndex.set(a, items, vals);
    }

    static final int RAISE = 0, WRAP = 1, CLIP = 2;

    static int clipMode(String mode) {
        return switch (mode) {
            case "raise" -> RAISE;
            case "wrap" -> WRAP;
            case "clip" -> CLIP;
            case null, default -> throw new IllegalArgumentException("clipmode must be one of 'clip', 'raise', or 'wrap' (got '" + mode + "')");
        };
    }

    /** Indices into an axis of extent n under mode wrap (modulo) or clip (into [0, n-1]). */
    private static NDArray fixMode(NDArray idx, int mode, long n) {
        if (mode == WRAP) return Ufuncs.binary(Ufuncs.MOD, idx, n);
        return Ufuncs.binary(Ufuncs.MINIMUM, Ufuncs.binary(Ufuncs.MAXIMUM, idx, 0L), n - 1);
    }

    private static boolean fortran(String order) {
        return switch (order) {
            case "C" -> false;
            case "F" -> true;
            case null, default -> throw new IllegalArgumentException("order must be one of 'C', 'F', 'A', or 'K' (got '" + order + "')");
        };
    }

    /** NumPy {@code np.indices(dimensions)}: int64 of shape (len(dims), *dims), grid[i] = the index along axis i. */
    public static NDArray indices(long[] dims) {
        Shapes.checked(dims);
        long[] shape = new long[dims.length + 1];
        shape[0] = dims.length;
        System.arraycopy(dims, 0, shape, 1, dims.length);
        NDArray out = ArrayAccess.allocate(DType.INT64, Shapes.checked(shape, 8));
        for (int i = 0; i < dims.length; i++) {
            long[] s = new long[dims.length];
            Arrays.fill(s, 1);
            s[i] = dims[i];
            Ufuncs.assign(Views.index(out, new Index[] {new Index.At(i)}), Views.reshape(Creation.arange(0, dims[i], 1, DType.INT64), s));
        }
        return out;
    }

    /** NumPy {@code np.unravel_index(indices, shape, order)}: one int64 array per axis, each of indices' shape. */
    public static List<NDArray> unravelIndex(NDArray indices, long[] shape, String order) {
        boolean f = fortran(order);
        if (!indices.dtype().isInteger() || indices.dtype().isBool()) throw new NumJTypeException("only int indices permitted");
        Shapes.checked(shape);
        long size = Shapes.size(shape);
        NDArray idx = indices.dtype() == DType.INT64 ? indices : Ufuncs.copyAs(indices, DType.INT64);
        if (idx.size() > 0) {
            long lo = Elements.itemLong(Reductions.extreme(idx, false, null, false)), hi = Elements.itemLong(Reductions.extreme(idx, true, null, false));
            if (lo < 0 || hi >= size)
                throw new IllegalArgumentException("index " + (lo < 0 ? lo : hi) + " is out of bounds for array with size " + size);
        }
        return unravel(idx, shape, f);
    }

    /** Flat indices (in range) split into per-axis indices, C or Fortran order. */
    private static List<NDArray> unravel(NDArray idx, long[] shape, boolean fortran) {
        int n = shape.length;
        NDArray[] r = new NDArray[n];
        long step = 1;
        for (int k = 0; k < n; k++) {
            int d = fortran ? k : n - 1 - k;
            NDArray q = step == 1 ? idx : Ufuncs.binary(Ufuncs.FLOOR_DIV, idx, step);
            r[d] = k == n - 1 ? (q == idx ? Ufuncs.copyAs(idx, DType.INT64) : q) : Ufuncs.binary(Ufuncs.MOD, q, shape[d]);
            step *= Math.max(shape[d], 1);
        }
        return new ArrayList<>(Arrays.asList(r));
    }

    /**
     * NumPy {@code np.ravel_multi_index(multi_index, dims, mode, order)}: the flat index of each coordinate
     * tuple (the arrays broadcast together); modes per axis (one mode for all when a single one is given).
     */
    public static NDArray ravelMultiIndex(List<NDArray> multi, long[] dims, String[] modes, String order) {
        boolean f = fortran(order);
        int n = dims.length;
        if (multi.size() != n)
            throw new IllegalArgumentException("parameter multi_index must be a sequence of length " + n);
        if (modes.length != 1 && modes.length != n)
            throw new IllegalArgumentException("operands could not be broadcast together with shapes (" + modes.length + ",) (" + n + ",)");
        int[] m = new int[n];
        for (int i = 0; i < n; i++) m[i] = clipMode(modes[modes.length == 1 ? 0 : i]);
        for (long d : dims) if (d < 0) throw new IllegalArgumentException("dimensions must be non-negative");   // NumPy: "dimensions must be non-negative"
        long[][] shapes = new long[n][];
        for (int i = 0; i < n; i++) {
            NDArray x = multi.get(i);
            if (!x.dtype().isInteger() || x.dtype().isBool()) throw new NumJTypeException("only int indices permitted");
            shapes[i] = shapeOf(x);
        }
        long[] shape = n == 0 ? new long[0] : Shapes.broadcastAll(shapes);
        NDArray out = Creation.zeros(DType.INT64, shape);
        long step = 1;
        for (int k = 0; k < n; k++) {
            int d = f ? k : n - 1 - k;
            NDArray x = Ufuncs.copyAs(multi.get(d), DType.INT64);
            if (m[d] == RAISE) {
                if (x.size() > 0) {
                    long lo = Elements.itemLong(Reductions.extreme(x, false, null, false)), hi = Elements.itemLong(Reductions.extreme(x, true, null, false));
                    if (lo < 0 || hi >= dims[d]) throw new IllegalArgumentException("invalid entry in coordinates array");
                }
            } else if (x.size() > 0) {
                if (dims[d] == 0) throw new IllegalArgumentException("cannot unravel if shape has zero entries (is empty).");
                x = fixMode(x, m[d], dims[d]);
            }
            out = Ufuncs.binary(Ufuncs.ADD, out, step == 1 ? x : Ufuncs.binary(Ufuncs.MUL, x, step));
            step = Math.multiplyExact(step, dims[d]);
        }
        return Shapes.size(shapeOf(out)) == 0 || java.util.Arrays.equals(shapeOf(out), shape) ? out : Shaping.broadcastTo(out, shape);
    }
}
