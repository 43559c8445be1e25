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
        else if (v instanceof Double || v instanceof Float) writeDouble(out, offsetOf(out), ((Number) v).doubleValue());
        else writeLong(out, offsetOf(out), ((Number) v).longValue());
        return out;
    }

    /** A Java double element of {@code np.array([...], dtype)}: into integers as a Python float converts. */
    private static void writeDouble(NDArray out, long off, double v) {
        if (out.dtype().isInteger()) ArrayAccess.writeLong(out, off, Elements.integerValue(out.dtype(), v));
        else ArrayAccess.writeDouble(out, off, v);
    }

    /** A Java long element of {@code np.array([...], dtype)}: it must fit an int32 as a Python int must. */
    private static void writeLong(NDArray out, long off, long v) {
        Elements.checkFits(out.dtype(), v);
        ArrayAccess.writeLong(out, off, v);
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
                if (leaf == double.class) writeDouble(out, off, ((double[]) node)[i]);
                else if (leaf == float.class) writeDouble(out, off, ((float[]) node)[i]);
                else if (leaf == long.class) writeLong(out, off, ((long[]) node)[i]);
                else if (leaf == int.class) writeLong(out, off, ((int[]) node)[i]);
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
        if (step == 0) throw new ArithmeticException("division by zero");   // NumPy 2.4: ZeroDivisionError
        // NumPy (_calc_length): the true quotient (stop - start) / step of Python ints, rounded to a
        // double (so arange(-2, 2**63-1, 2**63-1) has length ceil(1.0) = 1), then NumPy's length rules
        java.math.BigDecimal span = new java.math.BigDecimal(java.math.BigInteger.valueOf(stop).subtract(java.math.BigInteger.valueOf(start)));
        double q = span.divide(java.math.BigDecimal.valueOf(step), new java.math.MathContext(200, java.math.RoundingMode.HALF_EVEN)).doubleValue();
        long n = arangeLength(q, stop != start);
        NDArray out = ArrayAccess.allocate(dt, Shapes.checked(new long[] {n}, dt.itemSize()));
        for (long i = 0; i < n; i++) ArrayAccess.writeLong(out, offsetOf(out) + i * dt.itemSize(), start + i * step);
        return out;
    }

    /** NumPy {@code np.arange} for floats: length ceil((stop-start)/step), values start + i*delta. */
    public static NDArray arange(double start, double stop, double step, DType dt) {
        if (step == 0) throw new ArithmeticException("float division by zero");   // NumPy 2.4: ZeroDivisionError
        double span = stop - start;
        long n = arangeLength(span / step, span != 0);
        NDArray out = ArrayAccess.allocate(dt, Shapes.checked(new long[] {n}, dt.itemSize()));
        double delta = (start + step) - start;   // NumPy fills with start + i*(second - first)
        for (long i = 0; i < n; i++) ArrayAccess.writeDouble(out, offsetOf(out) + i * dt.itemSize(), i == 0 ? start : start + i * delta);
        return out;
    }

    /**
     * NumPy's arange length from the quotient span / step: a zero quotient of a nonzero span (underflow,
     * or a step of inf) is one element, or none when it is -0.0; otherwise ceil(quotient), where NaN is
     * "arange: cannot compute length" and a value outside the intp range "Maximum allowed size exceeded".
     * (NumPy 2.4 lets a ceiling of exactly 2^63 through and gets an empty array from the overflowing cast;
     * NumJ reports it as too large.)
     */
    private static long arangeLength(double quotient, boolean nonzeroSpan) {
        if (quotient == 0 && nonzeroSpan) return Double.doubleToRawLongBits(quotient) < 0 ? 0 : 1;
        double len = Math.ceil(quotient);
        if (Double.isNaN(len)) throw new IllegalArgumentException("arange: cannot compute length");
        if (!(len >= -0x1p63 && len < 0x1p63)) throw new IllegalArgumentException("Maximum allowed size exceeded");
        return Math.max(0, (long) len);
    }

    /** NumPy {@code np.linspace(start, stop, num, endpoint)} (float64), NumPy's own recipe; num is any length memory allows. */
    public static NDArray linspace(double start, double stop, long num, boolean endpoint, DType dt) {
        if (num < 0) throw new IllegalArgumentException("Number of samples, " + num + ", must be non-negative.");
        NDArray out = ArrayAccess.allocate(dt, Shapes.checked(new long[] {num}, dt.itemSize()));
        long div = endpoint ? num - 1 : num;
        double delta = stop - start, step = div > 0 ? delta / div : 0;
        for (long i = 0; i < num; i++) {
            double y = div <= 0 ? i * delta + start : step == 0 ? (i / (double) div) * delta + start : i * step + start;
            if (endpoint && num > 1 && i == num - 1) y = stop;
            ArrayAccess.writeDouble(out, offsetOf(out) + i * dt.itemSize(), y);
        }
        return out;
    }

    /** NumPy {@code np.eye(n, m, k)}. */
    public static NDArray eye(long n, long m, long k, DType dt) {
        NDArray out = zeros(dt, n, m);
        // the rows whose column i + k lies in [0, m)
        long first = k >= 0 ? 0 : Math.min(n, -k), end = k >= m ? 0 : Math.min(n, m - k);
        for (long i = first; i < end; i++) ArrayAccess.writeLong(out, ArrayAccess.byteOffset(out, i, i + k), 1);
        return out;
    }

    /** NumPy {@code np.full(shape, value, dtype=dtype)} for an integer value. */
    public static NDArray full(DType dtype, long[] shape, long value) {
        Elements.checkFits(dtype, value);
        NDArray a = ArrayAccess.allocate(dtype, Shapes.checked(shape.clone(), dtype.itemSize()));
        Ufuncs.fill(a, value);
        return a;
    }

    /** NumPy {@code np.full(shape, value, dtype=dtype)}. */
    public static NDArray full(DType dtype, long[] shape, double value) {
        NDArray a = ArrayAccess.allocate(dtype, Shapes.checked(shape.clone(), dtype.itemSize()));
        Ufuncs.fill(a, value);
        return a;
    }

    /** NumPy {@code np.zeros(shape, dtype=dtype)}. */
    public static NDArray zeros(DType dtype, long... shape) { return full(dtype, shape, 0L); }

    // ---- creation on a device (PyTorch's device= argument) ----

    /**
     * PyTorch {@code torch.full(shape, value, dtype=dtype, device=device)}: allocated and filled on
     * {@code device} by its fill kernel (no host copy); on the CPU exactly {@link #full(DType, long[], long)}.
     */
    public static NDArray full(dev.numj.Device device, DType dtype, long[] shape, long value) {
        if (device.isCpu()) return full(dtype, shape, value);
        Elements.checkFits(dtype, value);
        NDArray a = ArrayAccess.allocate(device.requireAvailable(), dtype, Shapes.checked(shape.clone(), dtype.itemSize()));
        Ufuncs.fill(a, value);
        return a;
    }

    /** {@link #full(dev.numj.Device, DType, long[], long)} for a float value. */
    public static NDArray full(dev.numj.Device device, DType dtype, long[] shape, double value) {
        if (device.isCpu()) return full(dtype, shape, value);
        NDArray a = ArrayAccess.allocate(device.requireAvailable(), dtype, Shapes.checked(shape.clone(), dtype.itemSize()));
        Ufuncs.fill(a, value);
        return a;
    }

    /**
     * NumPy's {@code arange} made on {@code device} (PyTorch {@code torch.arange(..., device=device)}): the
     * values are NumPy's, computed on the host and copied to the device once.
     */
    public static NDArray arange(dev.numj.Device device, double start, double stop, double step, DType dt) {
        NDArray a = arange(start, stop, step, dt);
        return device.isCpu() ? a : DeviceTransfer.move(a, device.requireAvailable());
    }

    /** {@link #arange(dev.numj.Device, double, double, double, DType)} of integers. */
    public static NDArray arange(dev.numj.Device device, long start, long stop, long step, DType dt) {
        NDArray a = arange(start, stop, step, dt);
        return device.isCpu() ? a : DeviceTransfer.move(a, device.requireAvailable());
    }

    /** NumPy's ValueError when {@code copy=False} cannot be honoured (its first sentence; the rest is about np.array). */
    public static final String NO_COPY = "Unable to avoid copy while creating an array as requested.";

    /**
     * The Array API's {@code asarray(obj, dtype, device, copy)} (NumPy {@code np.asarray}): an NDArray is returned
     * itself when it already has the dtype and device asked for (null: its own) and copy is not true, else cast and/or
     * moved into a new array; copy false refuses any copy with NumPy's ValueError. Anything else is what
     * {@link #fromNested} takes (a Java array of any rank, a boxed number or boolean), always a new array here, so
     * copy false refuses it too (as NumPy refuses a list).
     */
    public static NDArray asarray(Object obj, DType dtype, dev.numj.Device device, Boolean copy) {
        if (obj instanceof NDArray a) {
            DType dt = dtype == null ? a.dtype() : dtype;
            dev.numj.Device to = device == null ? a.device() : device;
            boolean cast = dt != a.dtype(), move = !to.equals(a.device());
            if (Boolean.FALSE.equals(copy) && (cast || move))
                throw new IllegalArgumentException(NO_COPY + "\nThe array is " + a.dtype() + " on " + a.device() + ", " + dt + " on " + to
                        + " was asked for: pass copy null to allow a copy when needed.");
            if (!cast && !move && !Boolean.TRUE.equals(copy)) return a;
            NDArray r = move ? DeviceTransfer.move(a, to.requireAvailable()) : a;
            return move && !cast ? r : Ufuncs.copyAs(r, dt);
        }
        if (Boolean.FALSE.equals(copy)) {
            fromNested(obj, null);   // as NumPy: a ragged or unconvertible obj fails as such, but before any value is cast
            throw new IllegalArgumentException(NO_COPY + "\nA " + obj.getClass().getTypeName()
                    + " is always copied into the array's own memory: pass copy null to allow it.");
        }
        if (device != null) device.requireAvailable();
        NDArray r = fromNested(obj, dtype);
        return device == null || device.isCpu() ? r : DeviceTransfer.move(r, device);
    }
}
