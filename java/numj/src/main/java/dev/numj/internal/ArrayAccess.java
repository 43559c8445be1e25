package dev.numj.internal;

import dev.numj.DType;
import dev.numj.Device;
import dev.numj.NDArray;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.runtime.Storage;

/**
 * The one door from NumJ's machinery (this package and its sub-packages) and the sibling API packages
 * ({@code dev.numj.linalg}, {@code io}, {@code random}) to an {@link NDArray}'s private state: its
 * storage, byte strides and offset, and the constructors of new arrays and views. NDArray keeps its
 * fields private to its package and registers the one implementation here when its class initialises,
 * the pattern of the JDK's {@code SharedSecrets}; no field is widened for the machinery's sake.
 *
 * <p>Machinery reads an array's shape with {@link #shapeOf} (the array itself, not a copy: never write
 * to it) and makes arrays with {@link #allocate} and {@link #viewOf}.
 */
public final class ArrayAccess {
    private ArrayAccess() {}

    /** What NDArray implements for the machinery. */
    public interface Impl {
        Storage storage(NDArray a);
        long[] shape(NDArray a);
        long[] strides(NDArray a);
        long offset(NDArray a);
        NDArray create(Storage storage, DType dtype, long[] shape, long[] strides, long offset, NDArray base);
        NDArray allocate(DType dtype, long[] shape);
        NDArray allocate(Device device, DType dtype, long[] shape);
        NDArray view(NDArray a, long[] shape, long[] strides, long offset);
        Operand operand(NDArray a);
        Operand operand(NDArray a, long[] target);
        long byteOffset(NDArray a, long... index);
        long flatOffset(NDArray a, long flat);
        double readDouble(NDArray a, long off);
        long readLong(NDArray a, long off);
        void writeDouble(NDArray a, long off, double v);
        void writeLong(NDArray a, long off, long v);
        void checkWritable(NDArray a);
        void setReadOnly(NDArray a);
    }

    private static Impl impl;

    /** Called once, by NDArray's static initialiser. */
    public static void register(Impl access) {
        if (impl != null) throw new IllegalStateException("ArrayAccess is registered already");
        impl = access;
    }

    private static Impl impl() {
        Impl i = impl;
        if (i != null) return i;
        try {   // a factory called before any NDArray exists: initialise the class, which registers
            Class.forName(NDArray.class.getName(), true, ArrayAccess.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return impl;
    }

    public static Storage storageOf(NDArray a) { return impl.storage(a); }

    /** The array's own shape (not a copy): read it, never write to it. */
    public static long[] shapeOf(NDArray a) { return impl.shape(a); }

    /** The array's own byte strides (not a copy): read them, never write to them. */
    public static long[] stridesOf(NDArray a) { return impl.strides(a); }

    /** The byte offset of element [0, ..., 0] in the storage. */
    public static long offsetOf(NDArray a) { return impl.offset(a); }

    /** A new array over existing storage; {@code base} is the array owning the memory, or null. */
    public static NDArray create(Storage storage, DType dtype, long[] shape, long[] strides, long offset, NDArray base) {
        return impl().create(storage, dtype, shape, strides, offset, base);
    }

    /** A new, uninitialised, C-contiguous array on the CPU. */
    public static NDArray allocate(DType dtype, long[] shape) { return impl().allocate(dtype, shape); }

    /** A new, uninitialised, C-contiguous array on {@code device}. */
    public static NDArray allocate(Device device, DType dtype, long[] shape) { return impl().allocate(device, dtype, shape); }

    /** A view of a's memory (read-only when a is). */
    public static NDArray viewOf(NDArray a, long[] shape, long[] strides, long offset) {
        return impl.view(a, shape, strides, offset);
    }

    /** What a kernel sees of a. */
    public static Operand operandOf(NDArray a) { return impl.operand(a); }

    /** What a kernel sees of a broadcast to {@code target}. */
    public static Operand operandOf(NDArray a, long[] target) { return impl.operand(a, target); }

    public static long byteOffset(NDArray a, long... index) { return impl.byteOffset(a, index); }

    public static long flatOffset(NDArray a, long flat) { return impl.flatOffset(a, flat); }

    public static double readDouble(NDArray a, long off) { return impl.readDouble(a, off); }

    public static long readLong(NDArray a, long off) { return impl.readLong(a, off); }

    public static void writeDouble(NDArray a, long off, double v) { impl.writeDouble(a, off, v); }

    public static void writeLong(NDArray a, long off, long v) { impl.writeLong(a, off, v); }

    /** Throws NumPy's "assignment destination is read-only" when a is read-only. */
    public static void checkWritable(NDArray a) { impl.checkWritable(a); }

    /** Makes a read-only (NumPy's {@code a.flags.writeable = False}). */
    public static void setReadOnly(NDArray a) { impl.setReadOnly(a); }
}
