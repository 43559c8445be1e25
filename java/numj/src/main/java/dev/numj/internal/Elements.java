package dev.numj.internal;

import dev.numj.NDArray;

/**
 * Reading and writing single elements as Java scalars ({@code a.item()}, {@code a[i, j] = v}), with
 * NumPy's checks: what NDArray's element accessors call, and what the machinery calls instead of them.
 */
public final class Elements {
    private Elements() {}

    /** NumPy {@code a.item()}: the only element, as a double; fails unless size is 1. */
    public static double item(NDArray a) { return ArrayAccess.readDouble(a, ArrayAccess.flatOffset(a, checkOne(a))); }

    /** {@code a.item()} of an integer array, exactly. */
    public static long itemLong(NDArray a) { return ArrayAccess.readLong(a, ArrayAccess.flatOffset(a, checkOne(a))); }

    private static long checkOne(NDArray a) {
        if (a.size() != 1) throw new IllegalArgumentException("can only convert an array of size 1 to a Python scalar");
        return 0;
    }

    /** NumPy {@code a[i, j] = v}. */
    public static void setDouble(NDArray a, double value, long... index) {
        ArrayAccess.checkWritable(a);
        ArrayAccess.writeDouble(a, ArrayAccess.byteOffset(a, index), value);
    }

    /** NumPy {@code a[i, j] = v} for an integer value (exact for int64). */
    public static void setLong(NDArray a, long value, long... index) {
        ArrayAccess.checkWritable(a);
        ArrayAccess.writeLong(a, ArrayAccess.byteOffset(a, index), value);
    }
}
