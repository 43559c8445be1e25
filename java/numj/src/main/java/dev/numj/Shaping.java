package dev.numj;

import dev.numj.internal.Shapes;

/**
 * Views that change only shape and strides: {@code swapaxes}, {@code squeeze}, {@code expand_dims} and
 * {@code broadcast_to}, with NumPy's rules and error texts. None of them copies.
 */
final class Shaping {
    private Shaping() {}

    /** NumPy {@code np.swapaxes(a, axis1, axis2)}. */
    static NDArray swapaxes(NDArray a, int axis1, int axis2) {
        int n = a.ndim();
        int i = namedAxis("axis1", axis1, n), j = namedAxis("axis2", axis2, n);
        long[] sh = a.shape.clone(), st = a.strides.clone();
        sh[i] = a.shape[j];
        sh[j] = a.shape[i];
        st[i] = a.strides[j];
        st[j] = a.strides[i];
        return a.view(sh, st, a.offset);
    }

    /** NumPy's AxisError for a named argument: {@code axis2: axis 2 is out of bounds for array of dimension 2}. */
    private static int namedAxis(String name, int axis, int ndim) {
        if (axis < -ndim || axis >= ndim)
            throw new AxisException(name + ": axis " + axis + " is out of bounds for array of dimension " + ndim);
        return axis < 0 ? axis + ndim : axis;
    }

    /** NumPy {@code a.squeeze()}: drops every axis of length 1. */
    static NDArray squeeze(NDArray a) {
        boolean[] drop = new boolean[a.ndim()];
        for (int i = 0; i < drop.length; i++) drop[i] = a.shape[i] == 1;
        return dropAxes(a, drop);
    }

    /**
     * NumPy {@code a.squeeze(axis)}: one int axis, or a tuple when {@code axes.length != 1}. As in NumPy a
     * single axis 0 or -1 is accepted on a 0-d array (a tuple is not).
     */
    static NDArray squeeze(NDArray a, int[] axes) {
        if (a.ndim() == 0 && axes.length == 1 && (axes[0] == 0 || axes[0] == -1)) return a;
        boolean[] drop = Reductions.axesInOrder(a, axes);   // NumPy's AxisError and "duplicate value in 'axis'", one by one
        for (int i = 0; i < drop.length; i++)
            if (drop[i] && a.shape[i] != 1)
                throw new IllegalArgumentException("cannot select an axis to squeeze out which has size not equal to one");
        return dropAxes(a, drop);
    }

    /** Like NumPy's PyArray_Squeeze, returns {@code a} itself (not a new view) when no axis is dropped. */
    private static NDArray dropAxes(NDArray a, boolean[] drop) {
        int kept = 0;
        for (boolean d : drop) if (!d) kept++;
        if (kept == drop.length) return a;
        long[] sh = new long[kept], st = new long[kept];
        for (int i = 0, k = 0; i < drop.length; i++) {
            if (drop[i]) continue;
            sh[k] = a.shape[i];
            st[k++] = a.strides[i];
        }
        return a.view(sh, st, a.offset);
    }

    /** NumPy {@code np.expand_dims(a, axes)}: each axis is a position in the result (negative counts from its end). */
    static NDArray expandDims(NDArray a, int[] axes) {
        int outNdim = a.ndim() + axes.length;
        boolean[] insert = new boolean[outNdim];
        int[] norm = new int[axes.length];
        for (int i = 0; i < axes.length; i++) norm[i] = Shapes.axis(axes[i], outNdim);
        for (int ax : norm) {
            if (insert[ax]) throw new IllegalArgumentException("repeated axis");
            insert[ax] = true;
        }
        long[] sh = new long[outNdim], st = new long[outNdim];
        int src = 0;
        for (int i = 0; i < outNdim; i++) {
            if (insert[i]) {
                sh[i] = 1;
                // the stride of a length-1 axis is never used to address memory; NumPy's choice, for strides()
                st[i] = src < a.ndim() ? a.strides[src] * Math.max(a.shape[src], 1) : a.dtype.itemSize();
            } else {
                sh[i] = a.shape[src];
                st[i] = a.strides[src++];
            }
        }
        return a.view(sh, st, a.offset);
    }

    /**
     * NumPy {@code np.broadcast_to(a, shape)}: a view with stride 0 along broadcast axes. Like NumPy's it
     * is read-only, since many of its elements share one memory location.
     */
    static NDArray broadcastTo(NDArray a, long[] shape) {
        if (shape.length == 0 && a.ndim() > 0)
            throw new IllegalArgumentException("cannot broadcast a non-scalar to a scalar array");
        for (long d : shape)
            if (d < 0) throw new IllegalArgumentException("all elements of broadcast shape must be non-negative");
        if (a.ndim() > shape.length)
            throw new IllegalArgumentException("input operand has more dimensions than allowed by the axis remapping");
        long[] target = shape.clone();
        Shapes.checked(target);
        long[] st = new long[target.length];
        int lead = target.length - a.ndim();
        for (int i = 0; i < a.ndim(); i++) {
            long d = a.shape[i], t = target[lead + i];
            if (d == t) st[lead + i] = a.strides[i];
            else if (d == 1) st[lead + i] = 0;
            else throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes "
                    + "[original->remapped]: " + Shapes.compact(a.shape) + "  and requested shape " + Shapes.compact(target));
        }
        NDArray v = a.view(target, st, a.offset);
        v.readOnly = true;
        return v;
    }
}
