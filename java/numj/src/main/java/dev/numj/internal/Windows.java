package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import static dev.numj.internal.ArrayAccess.viewOf;

import dev.numj.NDArray;

/**
 * {@code sliding_window_view} (a read-only view, as NumPy's default) and {@code as_strided}. Unlike
 * NumPy's as_strided, which trusts its caller, every view made here is checked against the memory of
 * the array's base: the lowest and highest byte any element can address must lie inside it.
 */
public final class Windows {
    private Windows() {}

    /** NumPy {@code np.lib.stride_tricks.sliding_window_view(x, window_shape, axis)}; a null axis means every axis. */
    public static NDArray slidingWindowView(NDArray x, long[] window, int[] axis) {
        for (long w : window) if (w < 0) throw new IllegalArgumentException("`window_shape` cannot contain negative values");
        int n = x.ndim();
        int[] ax;
        if (axis == null) {
            if (window.length != n)
                throw new IllegalArgumentException("Since axis is `None`, must provide window_shape for all dimensions of `x`; got "
                        + window.length + " window_shape elements and `x.ndim` is " + n + ".");
            ax = new int[n];
            for (int i = 0; i < n; i++) ax[i] = i;
        } else {
            ax = new int[axis.length];
            for (int i = 0; i < axis.length; i++) ax[i] = Shapes.axis(axis[i], n);   // duplicates allowed, as NumPy
            if (window.length != ax.length)
                throw new IllegalArgumentException("Must provide matching length window_shape and axis; got " + window.length
                        + " window_shape elements and " + ax.length + " axes elements.");
        }
        long[] sh = new long[n + ax.length], st = new long[n + ax.length];
        System.arraycopy(shapeOf(x), 0, sh, 0, n);
        System.arraycopy(stridesOf(x), 0, st, 0, n);
        for (int i = 0; i < ax.length; i++) {
            if (sh[ax[i]] < window[i]) throw new IllegalArgumentException("window shape cannot be larger than input array shape");
            sh[ax[i]] -= window[i] - 1;
            sh[n + i] = window[i];
            st[n + i] = stridesOf(x)[ax[i]];
        }
        return asStrided(x, sh, st, false);
    }

    /**
     * NumPy {@code np.lib.stride_tricks.as_strided(x, shape, strides, writeable)}: a view of x's memory
     * with byte strides; a view that could address a byte outside the base's memory is refused.
     */
    public static NDArray asStrided(NDArray x, long[] shape, long[] strides, boolean writeable) {
        if (shape.length != strides.length) throw new IllegalArgumentException("mismatch in length of strides and shape");
        if (shape.length > Shapes.MAX_DIMS)
            throw new IllegalArgumentException("maximum supported dimension for an ndarray is currently " + Shapes.MAX_DIMS + ", found " + shape.length);
        Shapes.checked(shape, x.dtype().itemSize());
        int item = x.dtype().itemSize();
        for (int i = 0; i < strides.length; i++)   // NumPy allows misaligned elements; the native loops assume aligned ones
            if (strides[i] % item != 0 && shape[i] > 1)
                throw new IllegalArgumentException("as_strided: stride " + strides[i] + " of axis " + i + " is not a multiple of the item size "
                        + item + " of " + x.dtype() + " (NumJ reads only aligned elements)");
        long off = offsetOf(x), extent = storageOf(x).byteSize();
        boolean empty = false;
        for (long d : shape) empty |= d == 0;
        if (!empty) {
            long lo = off, hi = off + x.dtype().itemSize();
            try {
                for (int i = 0; i < shape.length; i++) {
                    long reach = Math.multiplyExact(shape[i] - 1, strides[i]);
                    if (reach < 0) lo = Math.addExact(lo, reach);
                    else hi = Math.addExact(hi, reach);
                }
            } catch (ArithmeticException e) {
                lo = Long.MIN_VALUE;
            }
            if (lo < 0 || hi > extent)
                throw new IndexOutOfBoundsException("as_strided: shape " + Shapes.str(shape) + " with strides " + Shapes.str(strides)
                        + " from byte offset " + off + " would address bytes " + (lo == Long.MIN_VALUE ? "beyond the long range" : "[" + lo + ", " + hi + ")")
                        + ", outside the base array's memory of " + extent + " bytes [0, " + extent + ")");
        }
        NDArray v = viewOf(x, shape.clone(), strides.clone(), off);
        if (!writeable) ArrayAccess.setReadOnly(v);
        return v;
    }
}
