package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import static dev.numj.internal.ArrayAccess.viewOf;

import dev.numj.AxisException;
import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.NumJTypeException;

/**
 * {@code diagonal} (a read-only view, as NumPy 2's), {@code diag}, {@code trace}, {@code tril} and
 * {@code triu}, with NumPy's error texts. The diagonal is a strided view (stride = the two axes'
 * strides added); the triangles are a {@code where} over a broadcast comparison of row and column.
 */
public final class Diagonals {
    private Diagonals() {}

    private static int namedAxis(String name, int axis, int ndim) {
        if (axis < -ndim || axis >= ndim)
            throw new AxisException(name + ": axis " + axis + " is out of bounds for array of dimension " + ndim);
        return axis < 0 ? axis + ndim : axis;
    }

    /** NumPy {@code np.diagonal(a, offset, axis1, axis2)}: the other axes first, the diagonal last; read-only. */
    public static NDArray diagonal(NDArray a, long offset, int axis1, int axis2) {
        int n = a.ndim();
        if (n < 2) throw new IllegalArgumentException("diag requires an array of at least two dimensions");
        int i = namedAxis("axis1", axis1, n), j = namedAxis("axis2", axis2, n);
        if (i == j) throw new IllegalArgumentException("axis1 and axis2 cannot be the same");
        long n1 = shapeOf(a)[i], n2 = shapeOf(a)[j], s1 = stridesOf(a)[i], s2 = stridesOf(a)[j];
        long off = offsetOf(a), len;
        if (offset >= 0) {
            len = Math.max(0, Math.min(n1, n2 - Math.min(offset, n2)));
            if (len > 0) off += offset * s2;
        } else {
            len = Math.max(0, Math.min(n1 - Math.min(-offset, n1), n2));
            if (len > 0) off += -offset * s1;
        }
        long[] sh = new long[n - 1], st = new long[n - 1];
        for (int d = 0, k = 0; d < n; d++) {
            if (d == i || d == j) continue;
            sh[k] = shapeOf(a)[d];
            st[k++] = stridesOf(a)[d];
        }
        sh[n - 2] = len;
        st[n - 2] = s1 + s2;
        NDArray v = viewOf(a, sh, st, off);
        ArrayAccess.setReadOnly(v);
        return v;
    }

    /** NumPy {@code np.trace(a, offset, axis1, axis2)}: the diagonal's sum (int64 for bool and int32, as np.sum). */
    public static NDArray trace(NDArray a, long offset, int axis1, int axis2) {
        NDArray d = diagonal(a, offset, axis1, axis2);
        return Reductions.sum(d, new int[] {d.ndim() - 1}, false);
    }

    /** NumPy {@code np.diag(v, k)}: a 1-D v on the k-th diagonal of a new square array, or a 2-D v's k-th diagonal (a view). */
    public static NDArray diag(NDArray v, long k) {
        if (v.ndim() == 2) return diagonal(v, k, 0, 1);
        if (v.ndim() != 1) throw new IllegalArgumentException("Input must be 1- or 2-d.");
        long n = shapeOf(v)[0], size = Math.addExact(n, Math.abs(k));
        NDArray out = Creation.zeros(v.dtype(), size, size);
        long[] st = stridesOf(out);
        long off = offsetOf(out) + (k >= 0 ? k * st[1] : -k * st[0]);
        Ufuncs.assign(viewOf(out, new long[] {n}, new long[] {st[0] + st[1]}, n > 0 ? off : offsetOf(out)), v);
        return out;
    }

    /** NumPy {@code np.tril(m, k)} ({@code lower}) and {@code np.triu(m, k)}: zeros above (below) the k-th diagonal of the last two axes. */
    public static NDArray triangle(NDArray m, long k, boolean lower) {
        if (m.ndim() == 0) throw new NumJTypeException("tri() missing 1 required positional argument: 'N'");
        long rows = m.ndim() >= 2 ? shapeOf(m)[m.ndim() - 2] : shapeOf(m)[0], cols = shapeOf(m)[m.ndim() - 1];
        NDArray i = Views.reshape(Creation.arange(0, rows, 1, DType.INT64), new long[] {rows, 1});
        NDArray j = Creation.arange(0, cols, 1, DType.INT64);
        NDArray diff = Ufuncs.binary(Ufuncs.SUB, j, i);   // column - row: the diagonal it is on
        NDArray keep = lower ? Ufuncs.binary(Ufuncs.LE, diff, k) : Ufuncs.binary(Ufuncs.GE, diff, k);
        NDArray zero = Creation.zeros(m.dtype());
        return Select.where(keep, m, zero);
    }
}
