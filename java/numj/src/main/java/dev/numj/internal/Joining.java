package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import static dev.numj.internal.ArrayAccess.viewOf;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.Shapes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import dev.numj.DType;
import dev.numj.Index;
import dev.numj.NDArray;

/**
 * Joining and splitting ({@code concatenate stack vstack hstack column_stack split array_split}) and
 * {@code meshgrid}, with NumPy's dtype promotion and error texts. A join allocates its result once and
 * casts each input into its slab with the backend's strided cast; a split returns views.
 */
public final class Joining {
    private Joining() {}

    /** NumPy {@code np.concatenate(arrays, axis)}: the result dtype is {@code np.result_type} of all inputs. */
    public static NDArray concatenate(List<NDArray> arrays, int axis) {
        int n = arrays.size();
        if (n == 0) throw new IllegalArgumentException("need at least one array to concatenate");
        NDArray first = nonNull(arrays, 0);
        int nd = first.ndim();
        if (nd == 0) throw new IllegalArgumentException("zero-dimensional arrays cannot be concatenated");
        int ax = Shapes.axis(axis, nd);
        long[] shape = shapeOf(first).clone();
        DType dt = first.dtype();
        for (int i = 1; i < n; i++) {
            NDArray a = nonNull(arrays, i);
            if (a.ndim() != nd)
                throw new IllegalArgumentException("all the input arrays must have same number of dimensions, but the array at index 0 has "
                        + nd + " dimension(s) and the array at index " + i + " has " + a.ndim() + " dimension(s)");
            for (int d = 0; d < nd; d++)
                if (d != ax && shapeOf(a)[d] != shapeOf(first)[d])
                    throw new IllegalArgumentException("all the input array dimensions except for the concatenation axis must match exactly, "
                            + "but along dimension " + d + ", the array at index 0 has size " + shapeOf(first)[d]
                            + " and the array at index " + i + " has size " + shapeOf(a)[d]);
            shape[ax] = Math.addExact(shape[ax], shapeOf(a)[ax]);
            dt = DType.promote(dt, a.dtype());
        }
        NDArray out = ArrayAccess.allocate(Devices.common("concatenate", arrays.toArray(new NDArray[0])), dt, shape);
        long start = 0;
        for (NDArray a : arrays) {
            if (a.size() > 0) {
                Operand slab = new Operand(storageOf(out), offsetOf(out) + start * stridesOf(out)[ax], stridesOf(out));
                Backends.of(a).cast(a.dtype(), operandOf(a), dt, slab, shapeOf(a));
            }
            start += shapeOf(a)[ax];
        }
        return out;
    }

    private static NDArray nonNull(List<NDArray> arrays, int i) {
        return Objects.requireNonNull(arrays.get(i), () -> "the array at index " + i + " is null");
    }

    /** NumPy {@code np.stack(arrays, axis)}: joins along a new axis of the result. */
    public static NDArray stack(List<NDArray> arrays, int axis) {
        if (arrays.isEmpty()) throw new IllegalArgumentException("need at least one array to stack");
        long[] shape = shapeOf(nonNull(arrays, 0));
        for (int i = 1; i < arrays.size(); i++)
            if (!java.util.Arrays.equals(shapeOf(nonNull(arrays, i)), shape))
                throw new IllegalArgumentException("all input arrays must have the same shape");
        int ax = Shapes.axis(axis, shape.length + 1);
        List<NDArray> expanded = new ArrayList<>(arrays.size());
        for (NDArray a : arrays) expanded.add(Shaping.expandDims(a, new int[] {ax}));
        return concatenate(expanded, ax);
    }

    /** NumPy {@code np.vstack}: 0-d and 1-d inputs become rows ({@code np.atleast_2d}), then axis 0. */
    public static NDArray vstack(List<NDArray> arrays) {
        List<NDArray> rows = new ArrayList<>(arrays.size());
        for (int i = 0; i < arrays.size(); i++) {
            NDArray a = nonNull(arrays, i);
            rows.add(a.ndim() >= 2 ? a : Views.reshape(a, new long[] {1L, a.ndim() == 0 ? 1L : shapeOf(a)[0]}));
        }
        return concatenate(rows, 0);
    }

    /** NumPy {@code np.hstack}: axis 0 when the first input is (at most) 1-d, else axis 1. */
    public static NDArray hstack(List<NDArray> arrays) {
        List<NDArray> parts = new ArrayList<>(arrays.size());
        for (int i = 0; i < arrays.size(); i++) {
            NDArray a = nonNull(arrays, i);
            parts.add(a.ndim() == 0 ? Views.reshape(a, new long[] {1L}) : a);   // np.atleast_1d
        }
        return concatenate(parts, !parts.isEmpty() && parts.get(0).ndim() == 1 ? 0 : 1);
    }

    /** NumPy {@code np.column_stack} (and {@code np.c_[a, b]}): 0-d and 1-d inputs become columns, then axis 1. */
    public static NDArray columnStack(List<NDArray> arrays) {
        List<NDArray> cols = new ArrayList<>(arrays.size());
        for (int i = 0; i < arrays.size(); i++) {
            NDArray a = nonNull(arrays, i);
            cols.add(a.ndim() >= 2 ? a : Views.reshape(a, new long[] {a.ndim() == 0 ? 1L : shapeOf(a)[0], 1L}));
        }
        return concatenate(cols, 1);
    }

    /** NumPy {@code np.split(a, sections, axis)}: equal parts, views of {@code a}. */
    public static List<NDArray> split(NDArray a, long sections, int axis) {
        long len = axisLength(a, axis);
        if (sections == 0) throw new ArithmeticException("integer modulo by zero");
        if (len % sections != 0) throw new IllegalArgumentException("array split does not result in an equal division");
        return arraySplit(a, sections, axis);
    }

    /** NumPy {@code np.array_split(a, sections, axis)}: the first {@code len % sections} parts get one extra element. */
    public static List<NDArray> arraySplit(NDArray a, long sections, int axis) {
        long len = axisLength(a, axis);
        if (sections <= 0) throw new IllegalArgumentException("number sections must be larger than 0.");
        long each = len / sections, extras = len % sections;
        long[] points = new long[Math.toIntExact(sections + 1)];
        for (int i = 1; i < points.length; i++) points[i] = points[i - 1] + each + (i <= extras ? 1 : 0);
        return pieces(a, points, axis);
    }

    /**
     * NumPy {@code np.split(a, indices, axis)}: the pieces {@code a[:i0], a[i0:i1], ..., a[ik:]} along
     * {@code axis}, sliced like Python (negative indices count from the end, out-of-range ones clamp).
     */
    public static List<NDArray> split(NDArray a, long[] indices, int axis) {
        long len = axisLength(a, axis);
        long[] points = new long[indices.length + 2];
        System.arraycopy(indices, 0, points, 1, indices.length);
        points[points.length - 1] = len;
        return pieces(a, points, axis);
    }

    /** {@code a.shape[axis]} as NumPy's split reads it: a Python tuple index, so a bad axis is an IndexError. */
    private static long axisLength(NDArray a, int axis) {
        int n = a.ndim();
        if (axis < -n || axis >= n)
            throw new IndexOutOfBoundsException("tuple index out of range (axis " + axis + " of an array of dimension " + n + ")");
        return shapeOf(a)[axis < 0 ? axis + n : axis];
    }

    private static List<NDArray> pieces(NDArray a, long[] points, int axis) {
        int ax = axis < 0 ? axis + a.ndim() : axis;
        List<NDArray> out = new ArrayList<>(points.length - 1);
        for (int i = 0; i + 1 < points.length; i++) {
            long[] r = Views.sliceIndices(new Index.Slice(points[i], points[i + 1], null), shapeOf(a)[ax]);
            long[] sh = shapeOf(a).clone();
            sh[ax] = r[3];
            out.add(viewOf(a, sh, stridesOf(a).clone(), offsetOf(a) + r[0] * stridesOf(a)[ax]));
        }
        return out;
    }

    /**
     * NumPy {@code np.meshgrid(*xi, indexing=indexing)} (copies, like NumPy's default {@code copy=True}):
     * each input is flattened; with "xy" the first two output axes are swapped.
     */
    public static List<NDArray> meshgrid(List<NDArray> xi, String indexing) {
        if (!"xy".equals(indexing) && !"ij".equals(indexing))
            throw new IllegalArgumentException("Valid values for `indexing` are 'xy' and 'ij'.");
        int n = xi.size();
        boolean xy = indexing.equals("xy") && n > 1;
        long[] full = new long[n];
        for (int i = 0; i < n; i++) full[i] = nonNull(xi, i).size();
        if (xy) {
            full[0] = xi.get(1).size();
            full[1] = xi.get(0).size();
        }
        List<NDArray> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long[] s = new long[n];
            java.util.Arrays.fill(s, 1L);
            s[xy && i < 2 ? 1 - i : i] = -1;
            NDArray grid = Shaping.broadcastTo(Views.reshape(Views.reshape(xi.get(i), new long[] {-1}), s), full);
            out.add(Ufuncs.copyAs(grid, grid.dtype()));
        }
        return out;
    }
}
