package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import dev.numj.internal.Shapes;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.NumJ;

/** Arrays from nested Java arrays and back, and NumPy's constructors (arange, linspace, eye). */
public final class Creation {
    private Creation() {}

    /** The dtype a Java leaf type maps to: double→float64, float→float32, long and int→int64 (Python int), boolean→bool. */
    public static DType leafType(Class<?> leaf) {
        if (leaf == double.class) return DType.FLOAT64;
        if (leaf == float.class) return DType.FLOAT32;
        if (leaf == long.class || leaf == int.class) return DType.INT64;
        if (leaf == boolean.class) return DType.BOOL;
        return null;
    }

    /** NumPy {@code np.array(nested)}: any rank; ragged input fails with NumPy's message. */
    public static NDArray fromNested(Object data, DType requested) {
        if (data == null) throw new IllegalArgumentException("cannot create an NDArray from null");
        if (data instanceof Number || data instanceof Boolean) return scalar(data, requested);
        Class<?> c = data.getClass();
        int rank = 0;
        while (c.isArray()) {
            c = c.getComponentType();
            rank++;
        }
        DType leaf = leafType(c);
        if (rank == 0 || leaf == null)
            throw new IllegalArgumentException("cannot create an NDArray from " + data.getClass().getTypeName()
                    + ": expected a (nested) Java array of double, float, long, int or boolean");
        List<Long> shape = new ArrayList<>();
        Object cur = data;
        for (int d = 0; d < rank; d++) {
            int len = Array.getLength(cur);
            shape.add((long) len);
            if (len == 0) {
                for (int e = d + 1; e < rank; e++) shape.add(0L);
                break;
            }
            cur = Array.get(cur, 0);
            if (cur == null && d < rank - 1)
                throw new IllegalArgumentException("cannot create an NDArray: a null sub-array at depth " + (d + 1));
        }
        long[] sh = shape.stream().mapToLong(Long::longValue).toArray();
        NDArray out = ArrayAccess.allocate(requested != null ? requested : leaf, sh);
        long[] flat = {0};
        fill(out, data, 0, sh, flat, c);
        return out;
    }

    /** NumPy {@code np.array(5)}: a 0-d array (Java's boxing sends {@code array(true)} here). */
    public static NDArray scalar(Object v, DType requested) {
        DType dt = requested != null ? requested
                : v instanceof Boolean ? DType.BOOL
                : v instanceof Float ? DType.FLOAT32
                : v instanceof Double ? DType.FLOAT64
                : v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte ? DType.INT64 : null;
        if (dt == null) throw new IllegalArgumentException("cannot create an NDArray from " + v.getClass().getTypeName());
        NDArray out = ArrayAccess.allocate(dt, new long[0]);
        if (v instanceof Boolean b) ArrayAccess.writeLong(out, offsetOf(out), b ? 1 : 0);
        else if (v instanceof Double || v instanceof Float) ArrayAccess.writeDouble(out, offsetOf(out), ((Number) v).doubleValue());
        else ArrayAccess.writeLong(out, offsetOf(out), ((Number) v).longValue());
        return out;
    }

    private static void fill(NDArray out, Object node, int depth, long[] sh, long[] flat, Class<?> leaf) {
        if (node == null) throw new IllegalArgumentException("cannot create an NDArray: a null sub-array at depth " + depth);
        int len = Array.getLength(node);
        if (len != sh[depth])
            throw new IllegalArgumentException("setting an array element with a sequence. The requested array has an "
                    + "inhomogeneous shape after " + depth + " dimensions. The detected shape was "
                    + Shapes.str(java.util.Arrays.copyOf(sh, depth)) + " + inhomogeneous part.");
        if (depth == sh.length - 1) {
            long base = ArrayAccess.flatOffset(out, flat[0]) - offsetOf(out);
            long item = out.dtype().itemSize();
            for (int i = 0; i < len; i++) {
                long off = offsetOf(out) + base + i * item;
                if (leaf == double.class) ArrayAccess.writeDouble(out, off, ((double[]) node)[i]);
                else if (leaf == float.class) ArrayAccess.writeDouble(out, off, ((float[]) node)[i]);
                else if (leaf == long.class) ArrayAccess.writeLong(out, off, ((long[]) node)[i]);
                else if (leaf == int.class) ArrayAccess.writeLong(out, off, ((int[]) node)[i]);
                else ArrayAccess.writeLong(out, off, ((boolean[]) node)[i] ? 1 : 0);
            }
            flat[0] += len;
            return;
        }
        for (int i = 0; i < len; i++) fill(out, Array.get(node, i), depth + 1, sh, flat, leaf);
    }

    /** NumPy {@code a.tolist()}: nested primitive arrays (double for floats, long for ints, boolean for bool). */
    public static Object toNested(NDArray a) {
        if (a.ndim() == 0) {
            return switch (a.dtype()) {
                case BOOL -> ArrayAccess.readDouble(a, offsetOf(a)) != 0;
                case INT32, INT64 -> ArrayAccess.readLong(a, offsetOf(a));
                default -> ArrayAccess.readDouble(a, offsetOf(a));
            };
        }
        Class<?> leaf = a.dtype().isFloating() ? double.class : a.dtype().isBool() ? boolean.class : long.class;
        int[] dims = new int[a.ndim()];
        for (int i = 0; i < dims.length; i++) dims[i] = Math.toIntExact(shapeOf(a)[i]);
        Object r = Array.newInstance(leaf, dims);
        long[] flat = {0};
        walk(a, r, 0, flat, leaf);
        return r;
    }

    private static void walk(NDArray a, Object node, int depth, long[] flat, Class<?> leaf) {
        int len = Array.getLength(node);
        if (depth == a.ndim() - 1) {
            for (int i = 0; i < len; i++) {
                long off = ArrayAccess.flatOffset(a, flat[0]++);
                if (leaf == double.class) ((double[]) node)[i] = ArrayAccess.readDouble(a, off);
                else if (leaf == long.class) ((long[]) node)[i] = ArrayAccess.readLong(a, off);
                else ((boolean[]) node)[i] = ArrayAccess.readDouble(a, off) != 0;
            }
            return;
        }
        for (int i = 0; i < len; i++) walk(a, Array.get(node, i), depth + 1, flat, leaf);
    }

    /** NumPy {@code np.arange} for integers. */
    public static NDArray arange(long start, long stop, long step, DType dt) {
        if (step == 0) throw new IllegalArgumentException("Maximum allowed size exceeded");
        long n = step > 0 ? Math.max(0, Math.ceilDiv(stop - start, step)) : Math.max(0, Math.ceilDiv(start - stop, -step));
        NDArray out = ArrayAccess.allocate(dt, new long[] {n});
        for (long i = 0; i < n; i++) ArrayAccess.writeLong(out, offsetOf(out) + i * dt.itemSize(), start + i * step);
        return out;
    }

    /** NumPy {@code np.arange} for floats: length ceil((stop-start)/step), values start + i*delta. */
    public static NDArray arange(double start, double stop, double step, DType dt) {
        if (step == 0) throw new IllegalArgumentException("Maximum allowed size exceeded");
        double len = Math.ceil((stop - start) / step);
        if (Double.isNaN(len)) throw new IllegalArgumentException("arange: cannot compute length");
        long n = Math.max(0, (long) len);
        NDArray out = ArrayAccess.allocate(dt, new long[] {n});
        double delta = (start + step) - start;   // NumPy fills with start + i*(second - first)
        for (long i = 0; i < n; i++) ArrayAccess.writeDouble(out, offsetOf(out) + i * dt.itemSize(), i == 0 ? start : start + i * delta);
        return out;
    }

    /** NumPy {@code np.linspace(start, stop, num, endpoint)} (float64), NumPy's own recipe. */
    public static NDArray linspace(double start, double stop, long num, boolean endpoint, DType dt) {
        if (num < 0) throw new IllegalArgumentException("Number of samples, " + num + ", must be non-negative.");
        long div = endpoint ? num - 1 : num;
        double delta = stop - start;
        double[] y = new double[Math.toIntExact(num)];
        if (div > 0) {
            double step = delta / div;
            for (int i = 0; i < num; i++) y[i] = step == 0 ? (i / (double) div) * delta + start : i * step + start;
        } else {
            for (int i = 0; i < num; i++) y[i] = i * delta + start;
        }
        if (endpoint && num > 1) y[(int) num - 1] = stop;
        NDArray out = ArrayAccess.allocate(dt, new long[] {num});
        for (int i = 0; i < num; i++) ArrayAccess.writeDouble(out, offsetOf(out) + (long) i * dt.itemSize(), y[i]);
        return out;
    }

    /** NumPy {@code np.eye(n, m, k)}. */
    public static NDArray eye(long n, long m, long k, DType dt) {
        NDArray out = zeros(dt, n, m);
        for (long i = 0; i < n; i++) {
            long j = i + k;
            if (j >= 0 && j < m) ArrayAccess.writeLong(out, ArrayAccess.byteOffset(out, i, j), 1);
        }
        return out;
    }

    /** NumPy {@code np.full(shape, value, dtype=dtype)} for an integer value. */
    public static NDArray full(DType dtype, long[] shape, long value) {
        NDArray a = ArrayAccess.allocate(dtype, shape.clone());
        Ufuncs.fill(a, value);
        return a;
    }

    /** NumPy {@code np.full(shape, value, dtype=dtype)}. */
    public static NDArray full(DType dtype, long[] shape, double value) {
        NDArray a = ArrayAccess.allocate(dtype, shape.clone());
        Ufuncs.fill(a, value);
        return a;
    }

    /** NumPy {@code np.zeros(shape, dtype=dtype)}. */
    public static NDArray zeros(DType dtype, long... shape) { return full(dtype, shape, 0L); }
}
