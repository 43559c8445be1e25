package dev.numj;

import dev.numj.internal.Memory;
import dev.numj.internal.Operand;
import dev.numj.internal.Shapes;
import dev.numj.internal.Storage;
import dev.numj.internal.format.ArrayPrinter;
import dev.numj.internal.format.PrintableArray;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * An n-dimensional array whose elements live off-heap: NumPy's {@code ndarray} for Java.
 *
 * <p>An array is a view (dtype, shape, byte strides, byte offset) of a {@link Storage}; slicing,
 * transposing and most reshapes make new views of the same memory, as in NumPy. Arrays need no
 * closing: the garbage collector frees memory no array refers to, and a {@link Scope} frees
 * deterministically.
 *
 * <pre>{@code
 * NDArray X = array(new double[][]{{1, 2}, {3, 4}});
 * System.out.println(X.add(1).matmul(X.T()));   // [[ 8. 18.]\n [14. 32.]]
 * }</pre>
 */
public final class NDArray {
    final Storage storage;
    final DType dtype;
    final long[] shape;
    final long[] strides;      // bytes
    final long offset;         // bytes, of element [0, ..., 0]
    final NDArray base;        // the array owning the memory, null when this one does
    final long size;

    /** The native kernels' limit (NUMJ_MAX_DIMS); NumPy's is 64. */
    static final int MAX_DIMS = 32;

    NDArray(Storage storage, DType dtype, long[] shape, long[] strides, long offset, NDArray base) {
        if (shape.length > MAX_DIMS)
            throw new IllegalArgumentException("maximum supported dimension for an ndarray is currently " + MAX_DIMS
                    + ", found " + shape.length);
        this.storage = storage;
        this.dtype = dtype;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.base = base;
        this.size = Shapes.size(shape);
    }

    /** A new, uninitialised, C-contiguous array. */
    static NDArray allocate(DType dtype, long[] shape) {
        Shapes.checked(shape);
        long n = Shapes.size(shape);
        Storage s = Memory.allocate(Math.multiplyExact(n, (long) dtype.itemSize()));
        return new NDArray(s, dtype, shape, Shapes.cStrides(shape, dtype.itemSize()), 0, null);
    }

    /** A view of the same memory. */
    NDArray view(long[] newShape, long[] newStrides, long newOffset) {
        return new NDArray(storage, dtype, newShape, newStrides, newOffset, base != null ? base : this);
    }

    Operand operand() { return new Operand(storage, offset, strides); }

    Operand operand(long[] target) {
        return new Operand(storage, offset, Shapes.broadcastStrides(shape, strides, target));
    }

    // ---- properties ------------------------------------------------------------------------------

    /** NumPy {@code a.shape}. */
    public long[] shape() { return shape.clone(); }

    /** One extent; negative {@code axis} counts from the end. */
    public long shape(int axis) { return shape[Shapes.axis(axis, shape.length)]; }

    /** NumPy {@code a.ndim}. */
    public int ndim() { return shape.length; }

    /** NumPy {@code a.size}. */
    public long size() { return size; }

    /** NumPy {@code a.dtype}. */
    public DType dtype() { return dtype; }

    /** NumPy {@code a.nbytes}. */
    public long nbytes() { return size * dtype.itemSize(); }

    /** NumPy {@code a.itemsize}. */
    public int itemSize() { return dtype.itemSize(); }

    /** NumPy {@code a.strides}, in bytes. */
    public long[] strides() { return strides.clone(); }

    /** NumPy {@code a.base}: the array whose memory this view shares, or null when it owns its memory. */
    public NDArray base() { return base; }

    /** NumPy {@code a.flags['C_CONTIGUOUS']}. */
    public boolean isContiguous() {
        long expect = dtype.itemSize();
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] == 1) continue;
            if (strides[i] != expect) return false;
            expect *= shape[i];
        }
        return true;
    }

    /** NumPy {@code np.shares_memory} for views of one allocation (conservative: same storage). */
    public boolean sharesMemory(NDArray other) { return storage == other.storage; }

    // ---- element access --------------------------------------------------------------------------

    long byteOffset(long... index) {
        if (index.length != shape.length)
            throw new IndexOutOfBoundsException("expected " + shape.length + " indices for array of shape "
                    + Shapes.str(shape) + ", got " + index.length);
        long off = offset;
        for (int i = 0; i < index.length; i++) {
            long k = index[i];
            if (k < -shape[i] || k >= shape[i])
                throw new IndexOutOfBoundsException("index " + k + " is out of bounds for axis " + i
                        + " with size " + shape[i]);
            off += (k < 0 ? k + shape[i] : k) * strides[i];
        }
        return off;
    }

    /** Byte offset of the {@code flat}-th element in C order. */
    long flatOffset(long flat) {
        if (size == 0) return offset;
        long off = offset;
        for (int i = shape.length - 1; i >= 0; i--) {
            long d = shape[i];
            off += (flat % d) * strides[i];
            flat /= d;
        }
        return off;
    }

    private MemorySegment seg() {
        storage.checkAlive();
        return storage.segment();
    }

    double readDouble(long off) {
        MemorySegment s = seg();
        return switch (dtype) {
            case FLOAT64 -> s.get(ValueLayout.JAVA_DOUBLE, off);
            case FLOAT32 -> s.get(ValueLayout.JAVA_FLOAT, off);
            case INT64 -> s.get(ValueLayout.JAVA_LONG, off);
            case INT32 -> s.get(ValueLayout.JAVA_INT, off);
            case BOOL -> s.get(ValueLayout.JAVA_BYTE, off);
        };
    }

    long readLong(long off) {
        MemorySegment s = seg();
        return switch (dtype) {
            case FLOAT64 -> (long) s.get(ValueLayout.JAVA_DOUBLE, off);
            case FLOAT32 -> (long) s.get(ValueLayout.JAVA_FLOAT, off);
            case INT64 -> s.get(ValueLayout.JAVA_LONG, off);
            case INT32 -> s.get(ValueLayout.JAVA_INT, off);
            case BOOL -> s.get(ValueLayout.JAVA_BYTE, off);
        };
    }

    void writeDouble(long off, double v) {
        MemorySegment s = seg();
        switch (dtype) {
            case FLOAT64 -> s.set(ValueLayout.JAVA_DOUBLE, off, v);
            case FLOAT32 -> s.set(ValueLayout.JAVA_FLOAT, off, (float) v);
            case INT64 -> s.set(ValueLayout.JAVA_LONG, off, (long) v);
            case INT32 -> s.set(ValueLayout.JAVA_INT, off, (int) v);
            case BOOL -> s.set(ValueLayout.JAVA_BYTE, off, (byte) (v != 0 ? 1 : 0));
        }
    }

    void writeLong(long off, long v) {
        MemorySegment s = seg();
        switch (dtype) {
            case FLOAT64 -> s.set(ValueLayout.JAVA_DOUBLE, off, (double) v);
            case FLOAT32 -> s.set(ValueLayout.JAVA_FLOAT, off, (float) v);
            case INT64 -> s.set(ValueLayout.JAVA_LONG, off, v);
            case INT32 -> s.set(ValueLayout.JAVA_INT, off, (int) v);
            case BOOL -> s.set(ValueLayout.JAVA_BYTE, off, (byte) (v != 0 ? 1 : 0));
        }
    }

    /** NumPy {@code a[i, j]} as a Java double. Example: {@code X.getDouble(0, 2)}. */
    public double getDouble(long... index) { return readDouble(byteOffset(index)); }

    /** NumPy {@code a[i, j]} as a Java long (floats truncate toward zero). */
    public long getLong(long... index) { return readLong(byteOffset(index)); }

    /** NumPy {@code a[i, j]} of a bool (or any: nonzero) array. */
    public boolean getBoolean(long... index) { return readDouble(byteOffset(index)) != 0; }

    /** NumPy {@code a[i, j] = v}. */
    public NDArray setDouble(double value, long... index) { writeDouble(byteOffset(index), value); return this; }

    /** NumPy {@code a[i, j] = v} for an integer value (exact for int64). */
    public NDArray setLong(long value, long... index) { writeLong(byteOffset(index), value); return this; }

    /** NumPy {@code a.item()}: the only element, as a double; fails unless size is 1. */
    public double item() { return readDouble(flatOffset(checkOne())); }

    /** {@code a.item()} of an integer array, exactly. */
    public long itemLong() { return readLong(flatOffset(checkOne())); }

    private long checkOne() {
        if (size != 1) throw new IllegalArgumentException("can only convert an array of size 1 to a Python scalar");
        return 0;
    }

    /** All elements in C order as doubles (NumPy {@code a.ravel().tolist()}). */
    public double[] toDoubleArray() {
        double[] r = new double[Math.toIntExact(size)];
        for (int i = 0; i < r.length; i++) r[i] = readDouble(flatOffset(i));
        return r;
    }

    /** All elements in C order as floats. */
    public float[] toFloatArray() {
        float[] r = new float[Math.toIntExact(size)];
        for (int i = 0; i < r.length; i++) r[i] = (float) readDouble(flatOffset(i));
        return r;
    }

    /** All elements in C order as longs (exact for integer dtypes). */
    public long[] toLongArray() {
        long[] r = new long[Math.toIntExact(size)];
        for (int i = 0; i < r.length; i++) r[i] = readLong(flatOffset(i));
        return r;
    }

    /** All elements in C order as ints. */
    public int[] toIntArray() {
        int[] r = new int[Math.toIntExact(size)];
        for (int i = 0; i < r.length; i++) r[i] = (int) readLong(flatOffset(i));
        return r;
    }

    /** All elements in C order as booleans (nonzero is true). */
    public boolean[] toBooleanArray() {
        boolean[] r = new boolean[Math.toIntExact(size)];
        for (int i = 0; i < r.length; i++) r[i] = readDouble(flatOffset(i)) != 0;
        return r;
    }

    /**
     * NumPy {@code a.tolist()}: a nested Java array matching the shape ({@code double[][]} for a 2-D
     * float array, {@code long[]} for 1-D integers, {@code boolean[][][]} ...); a 0-d array gives a boxed scalar.
     */
    public Object toArray() { return Creation.toNested(this); }

    // ---- views and copies ------------------------------------------------------------------------

    /** NumPy {@code a.copy()}: an independent C-contiguous array. */
    public NDArray copy() { return Ufuncs.copyAs(this, dtype); }

    /** NumPy {@code a.astype(dtype)} (always a copy, unsafe casting like NumPy's default). */
    public NDArray astype(DType to) { return Ufuncs.copyAs(this, to); }

    /** NumPy {@code a.T}. */
    public NDArray T() { return Views.transpose(this, null); }

    /** NumPy {@code a.transpose(axes)}; no axes reverses them. */
    public NDArray transpose(int... axes) { return Views.transpose(this, axes.length == 0 ? null : axes); }

    /** NumPy {@code a.reshape(shape)}: a view when the strides allow, else a copy; one extent may be -1. */
    public NDArray reshape(long... newShape) { return Views.reshape(this, newShape); }

    /** {@link #reshape(long...)} with int extents. */
    public NDArray reshape(int... newShape) { return Views.reshape(this, Shapes.toLong(newShape)); }

    /** NumPy {@code a.ravel()}: 1-D, a view when possible. */
    public NDArray ravel() { return Views.reshape(this, new long[] {-1}); }

    /** NumPy {@code a.flatten()}: a 1-D copy. */
    public NDArray flatten() { return copy().reshape(-1L); }

    /** NumPy basic indexing {@code a[i, j, ...]} with integers: a view (0-d for a full index). */
    public NDArray get(long... index) {
        Index[] items = new Index[index.length];
        for (int i = 0; i < index.length; i++) items[i] = new Index.At(index[i]);
        return Views.index(this, items);
    }

    /** {@link #get(long...)} with int indices. */
    public NDArray get(int... index) { return get(Arrays.stream(index).asLongStream().toArray()); }

    /** NumPy's index syntax as a string: {@code X.get(":, 1:3")}, {@code a.get("::-1")}, {@code x.get("..., None")}. */
    public NDArray get(String index) { return Views.index(this, Index.parse(index)); }

    /** The typed form: {@code X.get(all(), slice(1, 3))}. */
    public NDArray get(Index... index) { return Views.index(this, index); }

    /** NumPy {@code a[index] = value}: assigns (broadcasting) into the view {@code get(index)}. */
    public NDArray set(String index, NDArray value) { Ufuncs.assign(get(index), value); return this; }

    /** NumPy {@code a[index] = scalar}. */
    public NDArray set(String index, double value) { Ufuncs.fill(get(index), value); return this; }

    /** NumPy {@code a[index] = int}. */
    public NDArray set(String index, long value) { Ufuncs.fill(get(index), value); return this; }

    // ---- arithmetic (NumPy ufuncs; broadcasting; NEP 50 promotion, Java scalars are weak) --------

    public NDArray add(NDArray o) { return Ufuncs.binary(Ufuncs.ADD, this, o); }
    public NDArray add(double s) { return Ufuncs.binary(Ufuncs.ADD, this, s); }
    public NDArray add(long s) { return Ufuncs.binary(Ufuncs.ADD, this, s); }
    public NDArray sub(NDArray o) { return Ufuncs.binary(Ufuncs.SUB, this, o); }
    public NDArray sub(double s) { return Ufuncs.binary(Ufuncs.SUB, this, s); }
    public NDArray sub(long s) { return Ufuncs.binary(Ufuncs.SUB, this, s); }
    /** NumPy {@code s - a} for a scalar s. */
    public NDArray rsub(double s) { return Ufuncs.binary(Ufuncs.SUB, s, this); }
    public NDArray rsub(long s) { return Ufuncs.binary(Ufuncs.SUB, s, this); }
    public NDArray mul(NDArray o) { return Ufuncs.binary(Ufuncs.MUL, this, o); }
    public NDArray mul(double s) { return Ufuncs.binary(Ufuncs.MUL, this, s); }
    public NDArray mul(long s) { return Ufuncs.binary(Ufuncs.MUL, this, s); }
    /** NumPy true division {@code a / b} (integers give float64). */
    public NDArray div(NDArray o) { return Ufuncs.binary(Ufuncs.DIV, this, o); }
    public NDArray div(double s) { return Ufuncs.binary(Ufuncs.DIV, this, s); }
    public NDArray div(long s) { return Ufuncs.binary(Ufuncs.DIV, this, s); }
    /** NumPy {@code s / a}. */
    public NDArray rdiv(double s) { return Ufuncs.binary(Ufuncs.DIV, s, this); }
    public NDArray floorDiv(NDArray o) { return Ufuncs.binary(Ufuncs.FLOOR_DIV, this, o); }
    public NDArray floorDiv(double s) { return Ufuncs.binary(Ufuncs.FLOOR_DIV, this, s); }
    public NDArray floorDiv(long s) { return Ufuncs.binary(Ufuncs.FLOOR_DIV, this, s); }
    public NDArray mod(NDArray o) { return Ufuncs.binary(Ufuncs.MOD, this, o); }
    public NDArray mod(double s) { return Ufuncs.binary(Ufuncs.MOD, this, s); }
    public NDArray mod(long s) { return Ufuncs.binary(Ufuncs.MOD, this, s); }
    public NDArray pow(NDArray o) { return Ufuncs.binary(Ufuncs.POW, this, o); }
    public NDArray pow(double s) { return Ufuncs.binary(Ufuncs.POW, this, s); }
    public NDArray pow(long s) { return Ufuncs.binary(Ufuncs.POW, this, s); }
    public NDArray maximum(NDArray o) { return Ufuncs.binary(Ufuncs.MAXIMUM, this, o); }
    public NDArray maximum(double s) { return Ufuncs.binary(Ufuncs.MAXIMUM, this, s); }
    public NDArray maximum(long s) { return Ufuncs.binary(Ufuncs.MAXIMUM, this, s); }
    public NDArray minimum(NDArray o) { return Ufuncs.binary(Ufuncs.MINIMUM, this, o); }
    public NDArray minimum(double s) { return Ufuncs.binary(Ufuncs.MINIMUM, this, s); }
    public NDArray minimum(long s) { return Ufuncs.binary(Ufuncs.MINIMUM, this, s); }

    // in place (NumPy a += b: the result is cast back with casting='same_kind')
    public NDArray addi(NDArray o) { return Ufuncs.inPlace(Ufuncs.ADD, this, o); }
    public NDArray addi(double s) { return Ufuncs.inPlace(Ufuncs.ADD, this, s); }
    public NDArray addi(long s) { return Ufuncs.inPlace(Ufuncs.ADD, this, s); }
    public NDArray subi(NDArray o) { return Ufuncs.inPlace(Ufuncs.SUB, this, o); }
    public NDArray subi(double s) { return Ufuncs.inPlace(Ufuncs.SUB, this, s); }
    public NDArray subi(long s) { return Ufuncs.inPlace(Ufuncs.SUB, this, s); }
    public NDArray muli(NDArray o) { return Ufuncs.inPlace(Ufuncs.MUL, this, o); }
    public NDArray muli(double s) { return Ufuncs.inPlace(Ufuncs.MUL, this, s); }
    public NDArray muli(long s) { return Ufuncs.inPlace(Ufuncs.MUL, this, s); }
    public NDArray divi(NDArray o) { return Ufuncs.inPlace(Ufuncs.DIV, this, o); }
    public NDArray divi(double s) { return Ufuncs.inPlace(Ufuncs.DIV, this, s); }
    public NDArray divi(long s) { return Ufuncs.inPlace(Ufuncs.DIV, this, s); }

    // comparisons and logic (bool results)
    public NDArray gt(NDArray o) { return Ufuncs.binary(Ufuncs.GT, this, o); }
    public NDArray gt(double s) { return Ufuncs.binary(Ufuncs.GT, this, s); }
    public NDArray gt(long s) { return Ufuncs.binary(Ufuncs.GT, this, s); }
    public NDArray ge(NDArray o) { return Ufuncs.binary(Ufuncs.GE, this, o); }
    public NDArray ge(double s) { return Ufuncs.binary(Ufuncs.GE, this, s); }
    public NDArray ge(long s) { return Ufuncs.binary(Ufuncs.GE, this, s); }
    public NDArray lt(NDArray o) { return Ufuncs.binary(Ufuncs.LT, this, o); }
    public NDArray lt(double s) { return Ufuncs.binary(Ufuncs.LT, this, s); }
    public NDArray lt(long s) { return Ufuncs.binary(Ufuncs.LT, this, s); }
    public NDArray le(NDArray o) { return Ufuncs.binary(Ufuncs.LE, this, o); }
    public NDArray le(double s) { return Ufuncs.binary(Ufuncs.LE, this, s); }
    public NDArray le(long s) { return Ufuncs.binary(Ufuncs.LE, this, s); }
    public NDArray eq(NDArray o) { return Ufuncs.binary(Ufuncs.EQ, this, o); }
    public NDArray eq(double s) { return Ufuncs.binary(Ufuncs.EQ, this, s); }
    public NDArray eq(long s) { return Ufuncs.binary(Ufuncs.EQ, this, s); }
    public NDArray ne(NDArray o) { return Ufuncs.binary(Ufuncs.NE, this, o); }
    public NDArray ne(double s) { return Ufuncs.binary(Ufuncs.NE, this, s); }
    public NDArray ne(long s) { return Ufuncs.binary(Ufuncs.NE, this, s); }
    /** NumPy {@code a & b} on bool arrays ({@code np.logical_and} for others). */
    public NDArray and(NDArray o) { return Ufuncs.binary(Ufuncs.LOGICAL_AND, this, o); }
    public NDArray or(NDArray o) { return Ufuncs.binary(Ufuncs.LOGICAL_OR, this, o); }
    public NDArray xor(NDArray o) { return Ufuncs.binary(Ufuncs.LOGICAL_XOR, this, o); }
    /** NumPy {@code ~mask} / {@code np.logical_not}. */
    public NDArray not() { return Ufuncs.unary(Ufuncs.LOGICAL_NOT, this); }

    // unary ufuncs
    public NDArray neg() { return Ufuncs.unary(Ufuncs.NEG, this); }
    public NDArray abs() { return Ufuncs.unary(Ufuncs.ABS, this); }
    public NDArray sign() { return Ufuncs.unary(Ufuncs.SIGN, this); }
    public NDArray sqrt() { return Ufuncs.unary(Ufuncs.SQRT, this); }
    public NDArray square() { return Ufuncs.unary(Ufuncs.SQUARE, this); }
    public NDArray exp() { return Ufuncs.unary(Ufuncs.EXP, this); }
    public NDArray log() { return Ufuncs.unary(Ufuncs.LOG, this); }
    public NDArray log1p() { return Ufuncs.unary(Ufuncs.LOG1P, this); }
    public NDArray expm1() { return Ufuncs.unary(Ufuncs.EXPM1, this); }
    public NDArray tanh() { return Ufuncs.unary(Ufuncs.TANH, this); }
    public NDArray sin() { return Ufuncs.unary(Ufuncs.SIN, this); }
    public NDArray cos() { return Ufuncs.unary(Ufuncs.COS, this); }
    public NDArray floor() { return Ufuncs.unary(Ufuncs.FLOOR, this); }
    public NDArray ceil() { return Ufuncs.unary(Ufuncs.CEIL, this); }
    /** NumPy {@code np.round(a, decimals)}: round half to even at 10**-decimals (integers too, for negative decimals). */
    public NDArray round(int decimals) {
        if (dtype.isBool()) {
            // NumPy: round(bool) is float16 (which NumJ lacks); with decimals it fails on the scaling ufunc
            throw new NumJTypeException(decimals == 0
                    ? "np.round of a bool array gives float16 in NumPy, which NumJ does not have: cast first (astype)"
                    : "Cannot cast ufunc '" + (decimals > 0 ? "multiply" : "divide")
                            + "' output from dtype('float64') to dtype('bool') with casting rule 'same_kind'");
        }
        return Ufuncs.unary(Ufuncs.ROUND, this, decimals);
    }

    /** NumPy {@code np.round(a)}. */
    public NDArray round() { return round(0); }

    /** {@code 1 / (1 + exp(-x))}, computed stably. */
    public NDArray sigmoid() { return Ufuncs.unary(Ufuncs.SIGMOID, this); }
    /** {@code np.maximum(x, 0)}. */
    public NDArray relu() { return Ufuncs.unary(Ufuncs.RELU, this); }
    public NDArray isnan() { return Ufuncs.unary(Ufuncs.ISNAN, this); }
    public NDArray isinf() { return Ufuncs.unary(Ufuncs.ISINF, this); }
    public NDArray isfinite() { return Ufuncs.unary(Ufuncs.ISFINITE, this); }

    // ---- reductions ------------------------------------------------------------------------------

    /** NumPy {@code a.sum()}: a 0-d array (ints and bools sum in int64). */
    public NDArray sum() { return Reductions.sum(this, null, false); }
    /** NumPy {@code a.sum(axis=axis)}. */
    public NDArray sum(int axis) { return Reductions.sum(this, new int[] {axis}, false); }
    public NDArray sum(int axis, boolean keepdims) { return Reductions.sum(this, new int[] {axis}, keepdims); }
    /** NumPy {@code a.sum(axis=(..), keepdims=..)}. */
    public NDArray sum(int[] axes, boolean keepdims) { return Reductions.sum(this, axes, keepdims); }
    /** NumPy {@code a.mean()} (ints and bools give float64). */
    public NDArray mean() { return Reductions.mean(this, null, false); }
    public NDArray mean(int axis) { return Reductions.mean(this, new int[] {axis}, false); }
    public NDArray mean(int axis, boolean keepdims) { return Reductions.mean(this, new int[] {axis}, keepdims); }
    public NDArray mean(int[] axes, boolean keepdims) { return Reductions.mean(this, axes, keepdims); }
    /** NumPy {@code a.max()}; an empty array fails as in NumPy. */
    public NDArray max() { return Reductions.extreme(this, true, null, false); }
    public NDArray max(int axis) { return Reductions.extreme(this, true, new int[] {axis}, false); }
    public NDArray max(int axis, boolean keepdims) { return Reductions.extreme(this, true, new int[] {axis}, keepdims); }
    public NDArray max(int[] axes, boolean keepdims) { return Reductions.extreme(this, true, axes, keepdims); }
    public NDArray min() { return Reductions.extreme(this, false, null, false); }
    public NDArray min(int axis) { return Reductions.extreme(this, false, new int[] {axis}, false); }
    public NDArray min(int axis, boolean keepdims) { return Reductions.extreme(this, false, new int[] {axis}, keepdims); }
    public NDArray min(int[] axes, boolean keepdims) { return Reductions.extreme(this, false, axes, keepdims); }

    // ---- linear algebra --------------------------------------------------------------------------

    /** NumPy {@code a @ b} ({@code np.matmul}): OpenBLAS for float32/float64, 1-D and 2-D and batched. */
    public NDArray matmul(NDArray o) { return Matmul.matmul(this, o); }

    // ---- printing --------------------------------------------------------------------------------

    /** Exactly NumPy's {@code str(a)}: {@code [[1 2]\n [3 4]]}. */
    @Override
    public String toString() { return ArrayPrinter.str(printable()); }

    /** Exactly NumPy's {@code repr(a)}: {@code array([1., 2.], dtype=float32)}. */
    public String repr() { return ArrayPrinter.repr(printable()); }

    private PrintableArray printable() {
        NDArray a = this;
        return new PrintableArray() {
            public String dtypeName() { return a.dtype.toString(); }
            public long[] shape() { return a.shape.clone(); }
            public double getDouble(long i) { return a.readDouble(a.flatOffset(i)); }
            public long getLong(long i) { return a.readLong(a.flatOffset(i)); }
            public boolean getBoolean(long i) { return a.readDouble(a.flatOffset(i)) != 0; }
        };
    }
}
