package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import static dev.numj.internal.ArrayAccess.viewOf;
import dev.numj.internal.Shapes;
import dev.numj.AxisException;
import dev.numj.NDArray;

/**
 * Views that change only shape and strides: {@code swapaxes}, {@code squeeze}, {@code expand_dims} and
 * {@code broadcast_to}, with NumPy's rules and error texts. None of them copies.
 */
public final class Shaping {
    private Shaping() {}

    /** NumPy {@code np.swapaxes(a, axis1, axis2)}. */
    public static NDArray swapaxes(NDArray a, int axis1, int axis2) {
        int n = a.ndim();
        int i = namedAxis("axis1", axis1, n), j = namedAxis("axis2", axis2, n);
        long[] sh = shapeOf(a).clone(), st = stridesOf(a).clone();
        sh[i] = shapeOf(a)[j];
        sh[j] = shapeOf(a)[i];
        st[i] = stridesOf(a)[j];
        st[j] = stridesOf(a)[i];
        return viewOf(a, sh, st, offsetOf(a));
    }

    /** NumPy's AxisError for a named argument: {@code axis2: axis 2 is out of bounds for array of dimension 2}. */
    private static int namedAxis(String name, int axis, int ndim) {
        if (axis < -ndim || axis >= ndim)
            throw new AxisException(name + ": axis " + axis + " is out of bounds for array of dimension " + ndim);
        return axis < 0 ? axis + ndim : axis;
    }

    /** NumPy {@code a.squeeze()}: drops every axis of length 1. */
    public static NDArray squeeze(NDArray a) {
        boolean[] drop = new boolean[a.ndim()];
        for (int i = 0; i < drop.length; i++) drop[i] = shapeOf(a)[i] == 1;
        return dropAxes(a, drop);
    }

    /**
     * NumPy {@code a.squeeze(axis)}: one int axis, or a tuple when {@code axes.length != 1}. As in NumPy a
     * single axis 0 or -1 is accepted on a 0-d array (a tuple is not).
     */
    public static NDArray squeeze(NDArray a, int[] axes) {
        if (axes == null) return squeeze(a);   // NumPy's axis=None: every length-1 axis, as for the reductions' null
        if (a.ndim() == 0 && axes.length == 1 && (axes[0] == 0 || axes[0] == -1)) return a;
        boolean[] drop = Reductions.axesInOrder(a, axes);   // NumPy's AxisError and "duplicate value in 'axis'", one by one
        for (int i = 0; i < drop.length; i++)
            if (drop[i] && shapeOf(a)[i] != 1)
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
            sh[k] = shapeOf(a)[i];
            st[k++] = stridesOf(a)[i];
        }
        return viewOf(a, sh, st, offsetOf(a));
    }

    /** NumPy {@code np.expand_dims(a, axes)}: each axis is a position in the result (negative counts from its end). */
    public static NDArray expandDims(NDArray a, int[] axes) {
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
                st[i] = src < a.ndim() ? stridesOf(a)[src] * Math.max(shapeOf(a)[src], 1) : a.dtype().itemSize();
            } else {
                sh[i] = shapeOf(a)[src];
                st[i] = stridesOf(a)[src++];
            }
        }
        return viewOf(a, sh, st, offsetOf(a));
    }

    /**
     * NumPy {@code np.broadcast_to(a, shape)}: a view with stride 0 along broadcast axes. Like NumPy's it
     * is read-only, since many of its elements share one memory location.
     */
    public static NDArray broadcastTo(NDArray a, long[] shape) {
        if (shape.length == 0 && a.ndim() > 0)
            throw new IllegalArgumentException("cannot broadcast a non-scalar to a scalar array");
        for (long d : shape)
            if (d < 0) throw new IllegalArgumentException("all elements of broadcast shape must be non-negative");
        if (a.ndim() > shape.length)
            throw new IllegalArgumentException("input operand has more dimensions than allowed by the axis remapping");
        long[] target = shape.clone();
        if (Shapes.overflows(target, 1)) throw new IllegalArgumentException("iterator is too large");   // NumPy's nditer text
        long[] st = new long[target.length];
        int lead = target.length - a.ndim();
        for (int i = 0; i < a.ndim(); i++) {
            long d = shapeOf(a)[i], t = target[lead + i];
            if (d == t) st[lead + i] = stridesOf(a)[i];
            else if (d == 1) st[lead + i] = 0;
            else throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes "
                    + "[original->remapped]: " + Shapes.compact(shapeOf(a)) + "  and requested shape " + Shapes.compact(target));
        }
        NDArray v = viewOf(a, target, st, offsetOf(a));
        ArrayAccess.setReadOnly(v);
        return v;
    }
}
