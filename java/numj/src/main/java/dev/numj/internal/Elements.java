package dev.numj.internal;

import dev.numj.DType;
import dev.numj.NDArray;

import java.math.BigDecimal;

/**
 * Reading and writing single elements as Java scalars ({@code a.item()}, {@code a[i, j] = v}), with
 * NumPy's checks: what NDArray's element accessors call, and what the machinery calls instead of them.
 */
public final class Elements {
    private Elements() {}

    /** NumPy {@code a.item()}: the only element, as a double; fails unless size is 1. */
    public static double item(NDArray a) { return ArrayAccess.readDouble(a, ArrayAccess.flatOffset(a, checkOne(a))); }

    /**
     * {@code int(a.item())}: an integer array's element exactly, a float element as Python's int() (NaN
     * and infinities fail in Python's words, as {@link #getLong}).
     */
    public static long itemLong(NDArray a) {
        checkOne(a);
        return getLong(a, new long[a.ndim()]);
    }

    private static long checkOne(NDArray a) {
        if (a.size() != 1) throw new IllegalArgumentException("can only convert an array of size 1 to a Python scalar");
        return 0;
    }

    /**
     * NumPy {@code a[i, j] = v} for a Python float: into an integer array it must be finite and fit
     * ({@code ValueError: cannot convert float NaN to integer}, {@code OverflowError}s as below), and is
     * truncated toward zero; into bool any non-zero (NaN too) is True.
     */
    public static void setDouble(NDArray a, double value, long... index) {
        ArrayAccess.checkWritable(a);
        long off = ArrayAccess.byteOffset(a, index);
        if (a.dtype().isInteger()) ArrayAccess.writeLong(a, off, integerValue(a.dtype(), value));
        else ArrayAccess.writeDouble(a, off, value);
    }

    /** NumPy {@code a[i, j] = v} for a Python int (exact for int64); int32 refuses what does not fit. */
    public static void setLong(NDArray a, long value, long... index) {
        ArrayAccess.checkWritable(a);
        checkFits(a.dtype(), value);
        ArrayAccess.writeLong(a, ArrayAccess.byteOffset(a, index), value);
    }

    /**
     * A Python float as NumPy's setitem stores it in integer dtype {@code dt}: NaN and infinities fail,
     * the value is truncated toward zero and must fit, in NumPy's words.
     */
    public static long integerValue(DType dt, double v) {
        if (Double.isNaN(v)) throw new IllegalArgumentException("cannot convert float NaN to integer");
        if (Double.isInfinite(v)) throw new IllegalArgumentException("cannot convert float infinity to integer");
        double t = v < 0 ? Math.ceil(v) : Math.floor(v);
        if (t < -0x1p63 || t >= 0x1p63) throw new IllegalArgumentException("Python int too large to convert to C long");
        if (dt == DType.INT32 && (t < Integer.MIN_VALUE || t > Integer.MAX_VALUE))
            throw new IllegalArgumentException("Python integer " + new BigDecimal(t).toBigInteger() + " out of bounds for int32");
        return (long) t;
    }

    /** A Python int stored in dtype {@code dt} must fit: NumPy's "Python integer N out of bounds for int32". */
    public static void checkFits(DType dt, long v) {
        if (dt == DType.INT32 && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE))
            throw new IllegalArgumentException("Python integer " + v + " out of bounds for int32");
    }

    /**
     * Python's {@code int(a[i, j])}: an integer array's element exactly, a float element truncated toward
     * zero, failing for NaN and infinities (and past the range of a Java long) as Python does.
     */
    public static long getLong(NDArray a, long... index) {
        long off = ArrayAccess.byteOffset(a, index);
        if (!a.dtype().isFloating()) return ArrayAccess.readLong(a, off);
        double v = ArrayAccess.readDouble(a, off);
        if (Double.isNaN(v)) throw new IllegalArgumentException("cannot convert float NaN to integer");
        if (Double.isInfinite(v)) throw new IllegalArgumentException("cannot convert float infinity to integer");
        if (v < -0x1p63 || v >= 0x1p63)
            throw new IllegalArgumentException("Python int too large to convert to C long: " + new BigDecimal(v).toBigInteger());
        return (long) v;
    }
}
