package dev.numj;

import dev.numj.internal.runtime.Memory;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.Shapes;
import dev.numj.internal.runtime.Storage;
import dev.numj.internal.format.ArrayPrinter;
import dev.numj.internal.format.PrintableArray;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import dev.numj.internal.AdvancedIndex;
import dev.numj.internal.ArrayAccess;
import dev.numj.internal.ArgReductions;
import dev.numj.internal.Clip;
import dev.numj.internal.Creation;
import dev.numj.internal.DeviceTransfer;
import dev.numj.internal.Elements;
import dev.numj.internal.LogSumExp;
import dev.numj.internal.Moments;
import dev.numj.internal.Reductions;
import dev.numj.internal.Scans;
import dev.numj.internal.Shaping;
import dev.numj.internal.Sorting;
import dev.numj.internal.Ufuncs;
import dev.numj.internal.Views;
import dev.numj.internal.linalg.Matmul;
import dev.numj.internal.linalg.Products;

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
    // ---- state and construction ------------------------------------------------------------------

    private final Storage storage;
    private final DType dtype;
    private final long[] shape;
    private final long[] strides;      // bytes
    private final long offset;         // bytes, of element [0, ..., 0]
    private final NDArray base;        // the array owning the memory, null when this one does
    private final long size;

    /** True for views that must not be written (those of {@link #broadcastTo}); views of them inherit it. */
    private boolean readOnly;

    /** The native kernels' limit (NUMJ_MAX_DIMS); NumPy's is 64. */
    static final int MAX_DIMS = Shapes.MAX_DIMS;

    static {
        ArrayAccess.register(new Access());
    }

    /** The machinery's door to this class's state (see {@link ArrayAccess}). */
    private static final class Access implements ArrayAccess.Impl {
        @Override public Storage storage(NDArray a) { return a.storage; }
        @Override public long[] shape(NDArray a) { return a.shape; }
        @Override public long[] strides(NDArray a) { return a.strides; }
        @Override public long offset(NDArray a) { return a.offset; }
        @Override public NDArray create(Storage storage, DType dtype, long[] shape, long[] strides, long offset, NDArray base) {
            return new NDArray(storage, dtype, shape, strides, offset, base);
        }
        @Override public NDArray allocate(DType dtype, long[] shape) { return NDArray.allocate(dtype, shape); }
        @Override public NDArray allocate(Device device, DType dtype, long[] shape) { return NDArray.allocate(device, dtype, shape); }
        @Override public NDArray view(NDArray a, long[] shape, long[] strides, long offset) { return a.view(shape, strides, offset); }
        @Override public Operand operand(NDArray a) { return a.operand(); }
        @Override public Operand operand(NDArray a, long[] target) { return a.operand(target); }
        @Override public long byteOffset(NDArray a, long... index) { return a.byteOffset(index); }
        @Override public long flatOffset(NDArray a, long flat) { return a.flatOffset(flat); }
        @Override public double readDouble(NDArray a, long off) { return a.readDouble(off); }
        @Override public long readLong(NDArray a, long off) { return a.readLong(off); }
        @Override public void writeDouble(NDArray a, long off, double v) { a.writeDouble(off, v); }
        @Override public void writeLong(NDArray a, long off, long v) { a.writeLong(off, v); }
        @Override public void checkWritable(NDArray a) { a.checkWritable(); }
        @Override public void setReadOnly(NDArray a) { a.readOnly = true; }
    }

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
        Shapes.checked(shape, dtype.itemSize());
        Storage s = Memory.allocate(Shapes.size(shape) * dtype.itemSize());
        return new NDArray(s, dtype, shape, Shapes.cStrides(shape, dtype.itemSize()), 0, null);
    }

    /** A new, uninitialised, C-contiguous array on {@code device}. */
    static NDArray allocate(Device device, DType dtype, long[] shape) {
        if (device.isCpu()) return allocate(dtype, shape);
        Shapes.checked(shape, dtype.itemSize());
        long nbytes = Shapes.size(shape) * dtype.itemSize();
        return new NDArray(DeviceTransfer.allocateOn(device, nbytes), dtype, shape,
                Shapes.cStrides(shape, dtype.itemSize()), 0, null);
    }

    /** A view of the same memory. */
    NDArray view(long[] newShape, long[] newStrides, long newOffset) {
        // an empty view addresses no element, and its start (a[0:0] of a reversed or empty axis) may lie outside the memory
        long off = Shapes.size(newShape) == 0 ? 0 : newOffset;
        NDArray v = new NDArray(storage, dtype, newShape, newStrides, off, base != null ? base : this);
        v.readOnly = readOnly;   // a view of a read-only view (broadcastTo) is read-only, as in NumPy
        return v;
    }

    Operand operand() { return new Operand(storage, offset, strides); }

    Operand operand(long[] target) {
        return new Operand(storage, offset, Shapes.broadcastStrides(shape, strides, target));
    }

    /** Throws NumPy's "assignment destination is read-only" when this array is a read-only view. */
    void checkWritable() {
        if (readOnly) throw new IllegalArgumentException("assignment destination is read-only");
        storage.beforeWrite();   // lazy results that read this memory take the values from before the write
    }

    // ---- properties ------------------------------------------------------------------------------

    /**
     * NumPy {@code a.shape}.
     *
     * @return the shape
     */
    public long[] shape() { return shape.clone(); }

    /**
     * One extent; negative {@code axis} counts from the end.
     * NumPy {@code a.shape[axis]}.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public long shape(int axis) { return shape[Shapes.axis(axis, shape.length)]; }

    /**
     * NumPy {@code a.ndim}.
     *
     * @return the ndim
     */
    public int ndim() { return shape.length; }

    /**
     * NumPy {@code a.size}.
     *
     * @return the size
     */
    public long size() { return size; }

    /**
     * NumPy {@code a.dtype}.
     *
     * @return the dtype
     */
    public DType dtype() { return dtype; }

    /**
     * NumPy {@code a.nbytes}.
     *
     * @return the nbytes
     */
    public long nbytes() { return size * dtype.itemSize(); }

    /**
     * NumPy {@code a.itemsize}.
     *
     * @return the element
     */
    public int itemSize() { return dtype.itemSize(); }

    /**
     * NumPy {@code a.strides}, in bytes.
     *
     * @return the strides
     */
    public long[] strides() { return strides.clone(); }

    /**
     * NumPy {@code a.base}: the array whose memory this view shares, or null when it owns its memory.
     *
     * @return the result
     */
    public NDArray base() { return base; }

    /**
     * NumPy {@code a.flags['C_CONTIGUOUS']}.
     *
     * @return {@code true} if this array is contiguous
     */
    public boolean isContiguous() {
        if (size() == 0) return true;   // as NumPy's flag: an empty array is contiguous whatever its strides
        long expect = dtype.itemSize();
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] == 1) continue;
            if (strides[i] != expect) return false;
            expect *= shape[i];
        }
        return true;
    }

    /**
     * NumPy {@code a.flags.writeable}: false for {@link #broadcastTo} views and views of them, whose
     * elements share memory; writing to one throws instead of changing several elements at once.
     * <pre>{@code
     * arange(3).broadcastTo(2, 3).isWriteable();   // false
     * arange(3).broadcastTo(2, 3).copy().isWriteable();   // true
     * }</pre>
     *
     * @return {@code true} if this array is writeable
     */
    public boolean isWriteable() { return !readOnly; }

    /**
     * NumPy {@code np.shares_memory} for views of one allocation (conservative: same storage).
     *
     * @param other the other operand
     * @return {@code true} if so, else {@code false}
     */
    public boolean sharesMemory(NDArray other) { return storage == other.storage; }

    // ---- element access and conversion to Java ---------------------------------------------------

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

    /**
     * The memory to read the element at byte offset {@code off} from: the storage, or for an array on a
     * GPU a host copy of that one element (a synchronising read, as PyTorch's {@code t.item()}); read it
     * at {@link #readAt}.
     */
    private MemorySegment readable(long off) {
        return storage.device().isCpu() ? seg() : DeviceTransfer.readElement(storage, off, dtype.itemSize());
    }

    private long readAt(long off) { return storage.device().isCpu() ? off : 0; }

    double readDouble(long off) {
        MemorySegment s = readable(off);
        off = readAt(off);
        return switch (dtype) {
            case FLOAT64 -> s.get(ValueLayout.JAVA_DOUBLE, off);
            case FLOAT32 -> s.get(ValueLayout.JAVA_FLOAT, off);
            case INT64 -> s.get(ValueLayout.JAVA_LONG, off);
            case INT32 -> s.get(ValueLayout.JAVA_INT, off);
            case BOOL -> s.get(ValueLayout.JAVA_BYTE, off);
        };
    }

    long readLong(long off) {
        MemorySegment s = readable(off);
        off = readAt(off);
        return switch (dtype) {
            case FLOAT64 -> (long) s.get(ValueLayout.JAVA_DOUBLE, off);
            case FLOAT32 -> (long) s.get(ValueLayout.JAVA_FLOAT, off);
            case INT64 -> s.get(ValueLayout.JAVA_LONG, off);
            case INT32 -> s.get(ValueLayout.JAVA_INT, off);
            case BOOL -> s.get(ValueLayout.JAVA_BYTE, off);
        };
    }

    void writeDouble(long off, double v) {
        checkWritable();
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
        checkWritable();
        MemorySegment s = seg();
        switch (dtype) {
            case FLOAT64 -> s.set(ValueLayout.JAVA_DOUBLE, off, (double) v);
            case FLOAT32 -> s.set(ValueLayout.JAVA_FLOAT, off, (float) v);
            case INT64 -> s.set(ValueLayout.JAVA_LONG, off, v);
            case INT32 -> s.set(ValueLayout.JAVA_INT, off, (int) v);
            case BOOL -> s.set(ValueLayout.JAVA_BYTE, off, (byte) (v != 0 ? 1 : 0));
        }
    }

    /**
     * NumPy {@code a[i, j]} as a Java double. Example: {@code X.getDouble(0, 2)}.
     *
     * @param index the index
     * @return the element
     */
    public double getDouble(long... index) { return readDouble(byteOffset(index)); }

    /**
     * NumPy {@code a[i, j]} as a Java long, as Python's {@code int(a[i, j])}: floats truncate toward zero;
     * NaN, infinities and floats past a long fail ({@code IllegalArgumentException}, Python's words).
     * Example: {@code arange(5).getLong(2)} is 2.
     *
     * @param index the index
     * @return the element
     */
    public long getLong(long... index) { return Elements.getLong(this, index); }

    /**
     * NumPy {@code a[i, j]} of a bool (or any: nonzero) array.
     *
     * @param index the index
     * @return {@code true} if so, else {@code false}
     */
    public boolean getBoolean(long... index) { return readDouble(byteOffset(index)) != 0; }

    /**
     * NumPy {@code a[i, j] = v}.
     *
     * @param value the value
     * @param index the index
     * @return this array, updated in place
     */
    public NDArray setDouble(double value, long... index) { Elements.setDouble(this, value, index); return this; }

    /**
     * NumPy {@code a[i, j] = v} for an integer value (exact for int64).
     *
     * @param value the value
     * @param index the index
     * @return this array, updated in place
     */
    public NDArray setLong(long value, long... index) { Elements.setLong(this, value, index); return this; }

    /**
     * NumPy {@code a.item()}: the only element, as a double; fails unless size is 1.
     *
     * @return the element
     */
    public double item() { return Elements.item(this); }

    /**
     * {@code int(a.item())}: an integer array's element exactly; a float one as Python's int() (NaN and infinities fail).
     *
     * @return the element
     */
    public long itemLong() { return Elements.itemLong(this); }

    /**
     * All elements in C order as doubles (NumPy {@code a.ravel().tolist()}).
     *
     * @return the double array
     */
    public double[] toDoubleArray() {
        double[] r = new double[Math.toIntExact(size)];
        for (int i = 0; i < r.length; i++) r[i] = readDouble(flatOffset(i));
        return r;
    }

    /**
     * All elements in C order as floats.
     * NumPy {@code a.astype(np.float32).ravel().tolist()}.
     *
     * @return the float array
     */
    public float[] toFloatArray() {
        float[] r = new float[Math.toIntExact(size)];
        for (int i = 0; i < r.length; i++) r[i] = (float) readDouble(flatOffset(i));
        return r;
    }

    /**
     * All elements in C order as longs (exact for integer dtypes).
     * NumPy {@code a.astype(np.int64).ravel().tolist()}.
     *
     * @return the long array
     */
    public long[] toLongArray() {
        long[] r = new long[Math.toIntExact(size)];
        for (int i = 0; i < r.length; i++) r[i] = readLong(flatOffset(i));
        return r;
    }

    /**
     * All elements in C order as ints.
     * NumPy {@code a.astype(np.int32).ravel().tolist()}.
     *
     * @return the int array
     */
    public int[] toIntArray() {
        int[] r = new int[Math.toIntExact(size)];
        for (int i = 0; i < r.length; i++) r[i] = (int) readLong(flatOffset(i));
        return r;
    }

    /**
     * All elements in C order as booleans (nonzero is true).
     * NumPy {@code a.astype(bool).ravel().tolist()}.
     *
     * @return the boolean array
     */
    public boolean[] toBooleanArray() {
        boolean[] r = new boolean[Math.toIntExact(size)];
        for (int i = 0; i < r.length; i++) r[i] = readDouble(flatOffset(i)) != 0;
        return r;
    }

    /**
     * NumPy {@code a.tolist()}: a nested Java array matching the shape ({@code double[][]} for a 2-D
     * float array, {@code long[]} for 1-D integers, {@code boolean[][][]} ...); a 0-d array gives a boxed scalar.
     *
     * @return the array
     */
    public Object toArray() { return Creation.toNested(this); }

    // ---- indexing --------------------------------------------------------------------------------

    /**
     * NumPy basic indexing {@code a[i, j, ...]} with integers: a view (0-d for a full index).
     *
     * @param index the index
     * @return the result
     */
    public NDArray get(long... index) { return Views.at(this, index); }

    /**
     * {@link #get(long...)} with int indices.
     * NumPy {@code a[i, j]} (integer indices).
     *
     * @param index the index
     * @return the result
     */
    public NDArray get(int... index) { return get(Arrays.stream(index).asLongStream().toArray()); }

    /**
     * NumPy's index syntax as a string: {@code X.get(":, 1:3")}, {@code a.get("::-1")}, {@code x.get("..., None")}.
     *
     * @param index the index
     * @return the result
     */
    public NDArray get(String index) { return Views.index(this, Index.parse(index)); }

    /**
     * The typed form: {@code X.get(all(), slice(1, 3))}.
     * NumPy {@code a[...]} with typed items: {@code a[:, 1:3]} is {@code a.get(all(), slice(1, 3))}.
     *
     * @param index the index
     * @return the result
     */
    public NDArray get(Index... index) { return Views.index(this, Index.nonNull(index)); }

    /**
     * NumPy {@code a[index]} with an index array (advanced indexing, always a copy): a bool mask of
     * a's shape selects elements into a 1-D array, a bool mask of a's leading axes selects along
     * them ({@code X[X[:,0] > 70]} picks rows), an int32/int64 array selects along axis 0 (negative
     * indices count from the end; repeats allowed). Float arrays fail like NumPy (IndexError).
     * <pre>{@code
     * NDArray big = X.get(X.get(":, 0").gt(70));        // X[X[:, 0] > 70]
     * NDArray oneHot = eye(10).get(labels);            // np.eye(10)[labels]
     * }</pre>
     *
     * @param index the index
     * @return the result
     */
    public NDArray get(NDArray index) { return AdvancedIndex.get(this, new Index[] {new Index.Array(index)}); }

    /**
     * NumPy {@code a[index] = value}: assigns (broadcasting) into the view {@code get(index)}.
     *
     * @param index the index
     * @param value the value
     * @return this array, updated in place
     */
    public NDArray set(String index, NDArray value) { AdvancedIndex.set(this, Index.parse(index), value); return this; }

    /**
     * NumPy {@code a[index] = scalar}.
     *
     * @param index the index
     * @param value the value
     * @return this array, updated in place
     */
    public NDArray set(String index, double value) { AdvancedIndex.set(this, Index.parse(index), value); return this; }

    /**
     * NumPy {@code a[index] = int}.
     *
     * @param index the index
     * @param value the value
     * @return this array, updated in place
     */
    public NDArray set(String index, long value) { AdvancedIndex.set(this, Index.parse(index), value); return this; }

    /**
     * NumPy {@code a[mask] = value} / {@code a[indices] = value} for a bool mask or integer array
     * (see {@link #get(NDArray)}); the value is converted like NumPy's setitem converts a Python
     * float (NaN or infinity into an integer array fail, as do values an int32 array cannot hold).
     * <pre>{@code
     * a.set(a.lt(3), 0.0);             // a[a < 3] = 0
     * a.set(array(0, 2), 1.5);          // a[[0, 2]] = 1.5
     * }</pre>
     *
     * @param index the index
     * @param value the value
     * @return this array, updated in place
     */
    public NDArray set(NDArray index, double value) {
        AdvancedIndex.set(this, new Index[] {new Index.Array(index)}, value);
        return this;
    }

    /**
     * NumPy {@code a[mask] = int}: exact for int64 arrays.
     * <pre>{@code
     * labels.set(labels.eq(-1L), 0L);  // labels[labels == -1] = 0
     * }</pre>
     *
     * @param index the index
     * @param value the value
     * @return this array, updated in place
     */
    public NDArray set(NDArray index, long value) {
        AdvancedIndex.set(this, new Index[] {new Index.Array(index)}, value);
        return this;
    }

    /**
     * NumPy {@code a[mask] = values} / {@code a[indices] = values}: values broadcast to the selection
     * (for a full-shape mask: one value, or one per true element in C order); repeated indices
     * are written in order, so the last wins. Values are cast to a's dtype.
     * <pre>{@code
     * a.set(a.gt(0), array(10, 20));    // a[a > 0] = [10, 20]  (two true elements)
     * X.set(array(0, 0), ones(4));      // X[[0, 0]] = np.ones(4)
     * }</pre>
     *
     * @param index the index
     * @param values the values
     * @return this array, updated in place
     */
    public NDArray set(NDArray index, NDArray values) {
        AdvancedIndex.set(this, new Index[] {new Index.Array(index)}, values);
        return this;
    }

    /**
     * NumPy {@code a[i0, i1, ...] = values} with typed items, index arrays ({@link NumJ#idx(NDArray)})
     * among them or not: basic items assign through the view, advanced ones scatter.
     * <pre>{@code
     * X.set(new Index[] {idx(X.get(":, 0").gt(80)), at(0)}, array(80.0));   // X[X[:,0] > 80, 0] = 80
     * X.set(new Index[] {all(), idx(array(0, 2))}, zeros(3, 2));           // X[:, [0, 2]] = 0
     * }</pre>
     *
     * @param index the index
     * @param values the values
     * @return this array, updated in place
     */
    public NDArray set(Index[] index, NDArray values) {
        AdvancedIndex.set(this, index, values);
        return this;
    }

    /**
     * NumPy {@code a[i0, i1, ...] = scalar} with typed items.
     * <pre>{@code
     * X.set(new Index[] {idx(X.get(":, 0").gt(80)), at(0)}, 80.0);          // X[X[:,0] > 80, 0] = 80
     * X.set(new Index[] {slice(0, 2), idx(array(1, 3))}, -1.0);             // X[0:2, [1, 3]] = -1
     * }</pre>
     *
     * @param index the index
     * @param value the value
     * @return this array, updated in place
     */
    public NDArray set(Index[] index, double value) {
        AdvancedIndex.set(this, index, value);
        return this;
    }

    /**
     * NumPy {@code a[i0, i1, ...] = int} with typed items (exact for int64).
     * <pre>{@code
     * counts.set(new Index[] {idx(hits)}, 1L);   // counts[hits] = 1
     * }</pre>
     *
     * @param index the index
     * @param value the value
     * @return this array, updated in place
     */
    public NDArray set(Index[] index, long value) {
        AdvancedIndex.set(this, index, value);
        return this;
    }

    /**
     * NumPy {@code np.take(a, indices, axis)}: the elements at {@code indices} along {@code axis}
     * (result shape {@code a.shape[:axis] + indices.shape + a.shape[axis+1:]}, a copy). Bool indices
     * count as 0/1 like NumPy's; float indices fail with NumPy's TypeError.
     * <pre>{@code
     * X.take(array(0, 2), 1);          // X[:, [0, 2]]
     * X.take(array(-1, 0), 0);         // X[[-1, 0]]: last and first rows
     * }</pre>
     *
     * @param indices the indices
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray take(NDArray indices, int axis) { return AdvancedIndex.take(this, indices, axis); }

    /**
     * NumPy {@code np.take(a, indices)} (no axis): indexes the flattened array.
     * <pre>{@code
     * arange(12).reshape(3, 4).take(array(0, 5, 11));   // [ 0  5 11]
     * }</pre>
     *
     * @param indices the indices
     * @return the result
     */
    public NDArray take(NDArray indices) { return AdvancedIndex.take(ravel(), indices, 0); }


    /**
     * NumPy {@code a.nonzero()}: the indices of the nonzero (true) elements, one int64 array per axis, in C order.
     * <pre>{@code
     * array(new int[][] {{0, 1}, {2, 0}}).nonzero();   // [[0 1], [1 0]]: (0, 1) and (1, 0)
     * }</pre>
     *
     * @return one index array per axis
     */
    public java.util.List<NDArray> nonzero() { return dev.numj.internal.Searching.nonzero(this); }

    /**
     * NumPy {@code a.diagonal()}: the main diagonal of the first two axes, a read-only view (NumPy 2).
     * <pre>{@code
     * arange(9).reshape(3, 3).diagonal();   // [0 4 8]
     * }</pre>
     *
     * @return the diagonal as a read-only view
     */
    public NDArray diagonal() { return dev.numj.internal.Diagonals.diagonal(this, 0, 0, 1); }

    /**
     * NumPy {@code a.diagonal(offset, axis1, axis2)}: the other axes first, the diagonal last; a read-only view.
     * <pre>{@code
     * arange(9).reshape(3, 3).diagonal(1, 0, 1);   // [1 5]
     * }</pre>
     *
     * @param offset the diagonal above (positive) or below (negative) the main one
     * @param axis1  the axis of the rows
     * @param axis2  the axis of the columns
     * @return the diagonal as a read-only view
     */
    public NDArray diagonal(long offset, int axis1, int axis2) { return dev.numj.internal.Diagonals.diagonal(this, offset, axis1, axis2); }

    /**
     * NumPy {@code a.put(ind, v, mode='raise')}: {@code a.flat[ind] = v}, v repeated to ind's length; negative
     * indices count from the end, out-of-range ones fail.
     * <pre>{@code
     * NDArray a = zeros(5); a.put(array(0, 2), array(7.0, 9.0));   // [7. 0. 9. 0. 0.]
     * }</pre>
     *
     * @param ind flat indices
     * @param v   the values (cast to a's dtype)
     * @return this array
     */
    public NDArray put(NDArray ind, NDArray v) { dev.numj.internal.IndexFunctions.put(this, ind, v, "raise"); return this; }

    /**
     * NumPy {@code a.put(ind, v, mode)} with mode {@code "raise"}, {@code "wrap"} or {@code "clip"}.
     * <pre>{@code
     * zeros(3).put(array(4), array(1.0), "wrap");   // [0. 1. 0.]
     * }</pre>
     *
     * @param ind  flat indices
     * @param v    the values (cast to a's dtype)
     * @param mode what an out-of-range index does
     * @return this array
     */
    public NDArray put(NDArray ind, NDArray v, String mode) { dev.numj.internal.IndexFunctions.put(this, ind, v, mode); return this; }
    // ---- shape manipulation ----------------------------------------------------------------------

    /**
     * NumPy {@code a.reshape(shape)}: a view when the strides allow, else a copy; one extent may be -1.
     *
     * @param newShape the new shape (one length may be -1: inferred)
     * @return the result
     */
    public NDArray reshape(long... newShape) { return Views.reshape(this, newShape); }

    /**
     * {@link #reshape(long...)} with int extents.
     * NumPy {@code a.reshape(shape)}.
     *
     * @param newShape the new shape (one length may be -1: inferred)
     * @return the result
     */
    public NDArray reshape(int... newShape) { return Views.reshape(this, Shapes.toLong(newShape)); }

    /**
     * NumPy {@code a.ravel()}: 1-D, a view of a C-contiguous array and a copy of any other, as NumPy's (even of a
     * strided 1-D view such as {@code a.get("::2")}, so writing into the result never writes into this array (an empty
     * array counts as contiguous, as NumPy's flags say: its ravel is a view, read-only where it is);
     * {@code reshape(-1)} gives a view wherever the strides allow).
     *
     * @return the result
     */
    public NDArray ravel() { return isContiguous() ? Views.reshape(this, new long[] {-1}) : copy().reshape(-1L); }

    /**
     * NumPy {@code a.flatten()}: a 1-D copy.
     *
     * @return the result
     */
    public NDArray flatten() { return copy().reshape(-1L); }

    /**
     * NumPy {@code a.swapaxes(axis1, axis2)}: a view with two axes exchanged (negative axes count from the end).
     * <pre>{@code
     * NDArray x = zeros(2, 3, 4);
     * x.swapaxes(0, -1).shape();   // [4, 3, 2]
     * }</pre>
     *
     * @param axis1 the first axis
     * @param axis2 the second axis
     * @return the result
     */
    public NDArray swapaxes(int axis1, int axis2) { return Shaping.swapaxes(this, axis1, axis2); }

    /**
     * NumPy {@code a.T}.
     *
     * @return the result
     */
    public NDArray T() { return Views.transpose(this, null); }

    /**
     * NumPy 2's {@code a.mT}: the matrices of {@code (..., M, N)} transposed, {@code (..., N, M)}, a view
     * (the last two axes swapped); fewer than two dimensions fail as NumPy's.
     * <pre>{@code
     * zeros(5, 2, 3).mT().shape();   // [5, 3, 2]
     * q.matmul(k.mT());              // attention scores of stacked q and k
     * }</pre>
     *
     * @return the view
     */
    public NDArray mT() { return Products.matrixTranspose(this, false); }

    /**
     * NumPy {@code a.transpose(axes)}; no axes reverses them.
     *
     * @param axes the axes (negative ones count from the last)
     * @return the result
     */
    public NDArray transpose(int... axes) { return Views.transpose(this, axes.length == 0 ? null : axes); }

    /**
     * NumPy {@code np.broadcast_to(a, shape)}: a read-only view that repeats {@code a} along new or
     * length-1 axes through zero strides; {@code copy()} it to get a writable array.
     * <pre>{@code
     * NDArray b = array(1, 2, 3).broadcastTo(2, 3);   // [[1 2 3]\n [1 2 3]]
     * b.setLong(9, 0, 0);                              // IllegalArgumentException: assignment destination is read-only
     * }</pre>
     *
     * @param shape the shape, one length per axis
     * @return the result
     */
    public NDArray broadcastTo(long... shape) { return Shaping.broadcastTo(this, shape); }

    /**
     * {@link #broadcastTo(long...)} with int extents: {@code a.broadcastTo(2, 3)}.
     * NumPy {@code np.broadcast_to(a, shape)}.
     *
     * @param shape the shape, one length per axis
     * @return the result
     */
    public NDArray broadcastTo(int... shape) { return Shaping.broadcastTo(this, Shapes.toLong(shape)); }

    /**
     * NumPy {@code np.expand_dims(a, axis)}: a view with a new axis of length 1 at {@code axis} of the
     * result (-1 appends one).
     * <pre>{@code
     * arange(3).expandDims(0).shape();    // [1, 3]
     * arange(3).expandDims(-1).shape();   // [3, 1]
     * }</pre>
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray expandDims(int axis) { return Shaping.expandDims(this, new int[] {axis}); }

    /**
     * NumPy {@code np.expand_dims(a, (axis0, axis1, ...))}: new length-1 axes at those positions of the result.
     * <pre>{@code
     * arange(3).expandDims(0, -1).shape();   // [1, 3, 1]
     * }</pre>
     *
     * @param axes the axes (negative ones count from the last)
     * @return the result
     */
    public NDArray expandDims(int... axes) { return Shaping.expandDims(this, axes.clone()); }

    /**
     * NumPy {@code a.squeeze()}: a view without the axes of length 1 ({@code this} itself when there is none, as in NumPy).
     * <pre>{@code
     * zeros(1, 3, 1).squeeze().shape();   // [3]
     * }</pre>
     *
     * @return the result
     */
    public NDArray squeeze() { return Shaping.squeeze(this); }

    /**
     * NumPy {@code a.squeeze(axis=axes)}: a view without the given axes, each of which must have length 1
     * (else NumPy's "cannot select an axis to squeeze out which has size not equal to one"). One
     * argument is NumPy's int axis, several a tuple; an empty {@code int[]} is {@code axis=()} and drops nothing.
     * <pre>{@code
     * zeros(1, 3, 1).squeeze(-1).shape();   // [1, 3]
     * }</pre>
     *
     * @param axes the axes (negative ones count from the last)
     * @return the result
     */
    public NDArray squeeze(int... axes) { return Shaping.squeeze(this, axes); }


    /**
     * NumPy {@code a.repeat(repeats)}: every element of the flattened array {@code repeats} times.
     * <pre>{@code
     * array(1, 2).repeat(2);   // [1 1 2 2]
     * }</pre>
     *
     * @param repeats how many times each element appears
     * @return a new 1-D array
     */
    public NDArray repeat(long repeats) { return dev.numj.internal.Rearranging.repeat(this, repeats, null); }

    /**
     * NumPy {@code a.repeat(repeats, axis)}: every slice along the axis {@code repeats} times.
     * <pre>{@code
     * array(new int[][] {{1, 2}}).repeat(2, 0);   // [[1 2]\n [1 2]]
     * }</pre>
     *
     * @param repeats how many times each slice appears
     * @param axis    the axis to repeat along
     * @return a new array
     */
    public NDArray repeat(long repeats, int axis) { return dev.numj.internal.Rearranging.repeat(this, repeats, axis); }
    // ---- copies and dtype conversion -------------------------------------------------------------

    /**
     * NumPy {@code a.copy()}: an independent C-contiguous array.
     *
     * @return the result
     */
    public NDArray copy() { return Ufuncs.copyAs(this, dtype); }

    /**
     * NumPy {@code a.astype(dtype)} (always a copy, unsafe casting like NumPy's default).
     *
     * @param to the device to copy the array to
     * @return the result
     */
    public NDArray astype(DType to) { return Ufuncs.copyAs(this, to); }

    // ---- arithmetic and math ufuncs (broadcasting; NEP 50 promotion, Java scalars are weak) ------
    // Java booleans are weak like Python's bool (int32 + true stays int32); see Ufuncs for the rules.
    // The in-place forms (NumPy a += b) cast the result back with casting='same_kind'.

    /**
     * NumPy {@code np.add(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray add(NDArray o) { return Ufuncs.binary(Ufuncs.ADD, this, o); }
    /**
     * NumPy {@code np.add(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray add(double s) { return Ufuncs.binary(Ufuncs.ADD, this, s); }
    /**
     * NumPy {@code np.add(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray add(long s) { return Ufuncs.binary(Ufuncs.ADD, this, s); }
    /**
     * NumPy {@code a + True}: a Java boolean is a weak scalar. Example: {@code mask.add(true)} is all true; {@code arange(3).add(true)} is {@code [1 2 3]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray add(boolean s) { return Ufuncs.binary(Ufuncs.ADD, this, s); }
    /**
     * NumPy {@code np.add(a, o, out=a)}: in place, with the same_kind casting rule.
     *
     * @param o the other operand, broadcast against this array
     * @return this array, updated in place
     */
    public NDArray addi(NDArray o) { return Ufuncs.inPlace(Ufuncs.ADD, this, o); }
    /**
     * NumPy {@code np.add(a, s, out=a)}: in place, with the same_kind casting rule, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray addi(double s) { return Ufuncs.inPlace(Ufuncs.ADD, this, s); }
    /**
     * NumPy {@code np.add(a, s, out=a)}: in place, with the same_kind casting rule, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray addi(long s) { return Ufuncs.inPlace(Ufuncs.ADD, this, s); }
    /**
     * NumPy {@code a += True} (in place; NumPy's same_kind rule). Example: {@code counts.addi(true)} adds one to every element.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray addi(boolean s) { return Ufuncs.inPlace(Ufuncs.ADD, this, s); }

    /**
     * NumPy {@code np.subtract(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray sub(NDArray o) { return Ufuncs.binary(Ufuncs.SUB, this, o); }
    /**
     * NumPy {@code np.subtract(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray sub(double s) { return Ufuncs.binary(Ufuncs.SUB, this, s); }
    /**
     * NumPy {@code np.subtract(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray sub(long s) { return Ufuncs.binary(Ufuncs.SUB, this, s); }
    /**
     * NumPy {@code a - True} (bool arrays fail as in NumPy). Example: {@code arange(3).sub(true)} gives {@code [-1  0  1]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray sub(boolean s) { return Ufuncs.binary(Ufuncs.SUB, this, s); }
    /**
     * NumPy {@code s - a} for a scalar s.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray rsub(double s) { return Ufuncs.binary(Ufuncs.SUB, s, this); }
    /**
     * NumPy {@code np.subtract(s, a)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray rsub(long s) { return Ufuncs.binary(Ufuncs.SUB, s, this); }
    /**
     * NumPy {@code np.subtract(a, o, out=a)}: in place, with the same_kind casting rule.
     *
     * @param o the other operand, broadcast against this array
     * @return this array, updated in place
     */
    public NDArray subi(NDArray o) { return Ufuncs.inPlace(Ufuncs.SUB, this, o); }
    /**
     * NumPy {@code np.subtract(a, s, out=a)}: in place, with the same_kind casting rule, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray subi(double s) { return Ufuncs.inPlace(Ufuncs.SUB, this, s); }
    /**
     * NumPy {@code np.subtract(a, s, out=a)}: in place, with the same_kind casting rule, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray subi(long s) { return Ufuncs.inPlace(Ufuncs.SUB, this, s); }
    /**
     * NumPy {@code a -= True}. Example: {@code counts.subi(true)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray subi(boolean s) { return Ufuncs.inPlace(Ufuncs.SUB, this, s); }

    /**
     * NumPy {@code np.multiply(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray mul(NDArray o) { return Ufuncs.binary(Ufuncs.MUL, this, o); }
    /**
     * NumPy {@code np.multiply(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray mul(double s) { return Ufuncs.binary(Ufuncs.MUL, this, s); }
    /**
     * NumPy {@code np.multiply(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray mul(long s) { return Ufuncs.binary(Ufuncs.MUL, this, s); }
    /**
     * NumPy {@code a * True}. Example: {@code x.mul(false)} is zeros of x's dtype.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray mul(boolean s) { return Ufuncs.binary(Ufuncs.MUL, this, s); }
    /**
     * NumPy {@code np.multiply(a, o, out=a)}: in place, with the same_kind casting rule.
     *
     * @param o the other operand, broadcast against this array
     * @return this array, updated in place
     */
    public NDArray muli(NDArray o) { return Ufuncs.inPlace(Ufuncs.MUL, this, o); }
    /**
     * NumPy {@code np.multiply(a, s, out=a)}: in place, with the same_kind casting rule, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray muli(double s) { return Ufuncs.inPlace(Ufuncs.MUL, this, s); }
    /**
     * NumPy {@code np.multiply(a, s, out=a)}: in place, with the same_kind casting rule, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray muli(long s) { return Ufuncs.inPlace(Ufuncs.MUL, this, s); }
    /**
     * NumPy {@code a *= True}. Example: {@code x.muli(false)} zeroes x.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray muli(boolean s) { return Ufuncs.inPlace(Ufuncs.MUL, this, s); }

    /**
     * NumPy true division {@code a / b} (integers give float64).
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray div(NDArray o) { return Ufuncs.binary(Ufuncs.DIV, this, o); }
    /**
     * NumPy {@code np.divide(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray div(double s) { return Ufuncs.binary(Ufuncs.DIV, this, s); }
    /**
     * NumPy {@code np.divide(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray div(long s) { return Ufuncs.binary(Ufuncs.DIV, this, s); }
    /**
     * NumPy {@code a / True} (float64 for bool and integer arrays). Example: {@code arange(3).div(true)} gives {@code [0. 1. 2.]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray div(boolean s) { return Ufuncs.binary(Ufuncs.DIV, this, s); }
    /**
     * NumPy {@code s / a}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray rdiv(double s) { return Ufuncs.binary(Ufuncs.DIV, s, this); }
    /**
     * NumPy {@code s / a} for an integer s (float64 for bool and integer arrays).
     * <pre>{@code
     * array(1, 2, 4).rdiv(1L);            // [1.   0.5  0.25]
     * array(FLOAT32, new float[] {2}).rdiv(1L).dtype();   // float32
     * }</pre>
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray rdiv(long s) { return Ufuncs.binary(Ufuncs.DIV, s, this); }
    /**
     * NumPy {@code np.divide(a, o, out=a)}: in place, with the same_kind casting rule.
     *
     * @param o the other operand, broadcast against this array
     * @return this array, updated in place
     */
    public NDArray divi(NDArray o) { return Ufuncs.inPlace(Ufuncs.DIV, this, o); }
    /**
     * NumPy {@code np.divide(a, s, out=a)}: in place, with the same_kind casting rule, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray divi(double s) { return Ufuncs.inPlace(Ufuncs.DIV, this, s); }
    /**
     * NumPy {@code np.divide(a, s, out=a)}: in place, with the same_kind casting rule, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray divi(long s) { return Ufuncs.inPlace(Ufuncs.DIV, this, s); }
    /**
     * NumPy {@code a /= True} (float arrays only, as in NumPy). Example: {@code x.divi(true)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray divi(boolean s) { return Ufuncs.inPlace(Ufuncs.DIV, this, s); }

    /**
     * NumPy {@code np.floor_divide(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray floorDiv(NDArray o) { return Ufuncs.binary(Ufuncs.FLOOR_DIV, this, o); }
    /**
     * NumPy {@code np.floor_divide(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray floorDiv(double s) { return Ufuncs.binary(Ufuncs.FLOOR_DIV, this, s); }
    /**
     * NumPy {@code np.floor_divide(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray floorDiv(long s) { return Ufuncs.binary(Ufuncs.FLOOR_DIV, this, s); }
    /**
     * NumPy {@code a // True}. Example: {@code arange(3).floorDiv(true)} gives {@code [0 1 2]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray floorDiv(boolean s) { return Ufuncs.binary(Ufuncs.FLOOR_DIV, this, s); }
    /**
     * NumPy {@code s // a}: floor division with the scalar first.
     * <pre>{@code
     * array(2, 3, 4).rfloorDiv(7L);       // [3 2 1]
     * array(2.0, -4.0).rfloorDiv(7.0);    // [ 3. -2.]
     * }</pre>
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray rfloorDiv(double s) { return Ufuncs.binary(Ufuncs.FLOOR_DIV, s, this); }
    /**
     * NumPy {@code s // a} for an integer s. Example: {@code array(2, 3).rfloorDiv(7L)} gives {@code [3 2]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray rfloorDiv(long s) { return Ufuncs.binary(Ufuncs.FLOOR_DIV, s, this); }
    /**
     * NumPy {@code a //= b} in place, with NumPy's same_kind casting rule ({@code int //= 2.5} fails).
     * <pre>{@code
     * NDArray a = arange(10);
     * a.floorDivi(array(3L));             // a is [0 0 0 1 1 1 2 2 2 3]
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return this array, updated in place
     */
    public NDArray floorDivi(NDArray o) { return Ufuncs.inPlace(Ufuncs.FLOOR_DIV, this, o); }
    /**
     * NumPy {@code a //= s}. Example: {@code x.floorDivi(2.0)} for a float x.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray floorDivi(double s) { return Ufuncs.inPlace(Ufuncs.FLOOR_DIV, this, s); }
    /**
     * NumPy {@code a //= s}. Example: {@code arange(10).floorDivi(3L)} gives {@code [0 0 0 1 1 1 2 2 2 3]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray floorDivi(long s) { return Ufuncs.inPlace(Ufuncs.FLOOR_DIV, this, s); }
    /**
     * NumPy {@code a //= True}. Example: {@code arange(3).floorDivi(true)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray floorDivi(boolean s) { return Ufuncs.inPlace(Ufuncs.FLOOR_DIV, this, s); }

    /**
     * NumPy {@code np.power(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray pow(NDArray o) { return Ufuncs.binary(Ufuncs.POW, this, o); }
    /**
     * NumPy {@code np.power(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray pow(double s) { return Ufuncs.binary(Ufuncs.POW, this, s); }
    /**
     * NumPy {@code np.power(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray pow(long s) { return Ufuncs.binary(Ufuncs.POW, this, s); }
    /**
     * NumPy {@code a ** True}. Example: {@code arange(3).pow(false)} gives {@code [1 1 1]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray pow(boolean s) { return Ufuncs.binary(Ufuncs.POW, this, s); }
    /**
     * NumPy {@code s ** a}: the scalar raised to every element (integer arrays with a negative element
     * fail as in NumPy).
     * <pre>{@code
     * arange(4).rpow(2L);                 // [1 2 4 8]
     * arange(3.0).rpow(0.5);              // [1.   0.5  0.25]
     * }</pre>
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray rpow(double s) { return Ufuncs.binary(Ufuncs.POW, s, this); }
    /**
     * NumPy {@code s ** a} for an integer s. Example: {@code arange(4).rpow(10L)} gives {@code [   1   10  100 1000]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray rpow(long s) { return Ufuncs.binary(Ufuncs.POW, s, this); }
    /**
     * NumPy {@code a **= b} in place (same_kind rule; integer arrays with a negative exponent fail).
     * <pre>{@code
     * NDArray a = arange(4);
     * a.powi(array(2L));                  // a is [0 1 4 9]
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return this array, updated in place
     */
    public NDArray powi(NDArray o) { return Ufuncs.inPlace(Ufuncs.POW, this, o); }
    /**
     * NumPy {@code a **= s}. Example: {@code x.powi(0.5)} takes square roots of a float x in place.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray powi(double s) { return Ufuncs.inPlace(Ufuncs.POW, this, s); }
    /**
     * NumPy {@code a **= s}. Example: {@code arange(4).powi(2L)} gives {@code [0 1 4 9]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray powi(long s) { return Ufuncs.inPlace(Ufuncs.POW, this, s); }
    /**
     * NumPy {@code a **= True}. Example: {@code arange(3).powi(true)} leaves the values unchanged.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray powi(boolean s) { return Ufuncs.inPlace(Ufuncs.POW, this, s); }

    /**
     * NumPy {@code np.mod(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray mod(NDArray o) { return Ufuncs.binary(Ufuncs.MOD, this, o); }
    /**
     * NumPy {@code np.mod(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray mod(double s) { return Ufuncs.binary(Ufuncs.MOD, this, s); }
    /**
     * NumPy {@code np.mod(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray mod(long s) { return Ufuncs.binary(Ufuncs.MOD, this, s); }
    /**
     * NumPy {@code a % True}. Example: {@code arange(3).mod(true)} gives {@code [0 0 0]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray mod(boolean s) { return Ufuncs.binary(Ufuncs.MOD, this, s); }
    /**
     * NumPy {@code s % a}: the remainder with the scalar first (Python's sign rule: the divisor's sign).
     * <pre>{@code
     * array(2, 3, -4).rmod(7L);           // [ 1  1 -1]
     * array(2.5).rmod(7.0);               // [2.]
     * }</pre>
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray rmod(double s) { return Ufuncs.binary(Ufuncs.MOD, s, this); }
    /**
     * NumPy {@code s % a} for an integer s. Example: {@code array(2, 3).rmod(7L)} gives {@code [1 1]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray rmod(long s) { return Ufuncs.binary(Ufuncs.MOD, s, this); }
    /**
     * NumPy {@code a %= b} in place (same_kind rule).
     * <pre>{@code
     * NDArray angle = array(7.0, -1.0);
     * angle.modi(2 * Math.PI);            // wraps into [0, 2*pi)
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return this array, updated in place
     */
    public NDArray modi(NDArray o) { return Ufuncs.inPlace(Ufuncs.MOD, this, o); }
    /**
     * NumPy {@code a %= s}. Example: {@code angle.modi(2 * Math.PI)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray modi(double s) { return Ufuncs.inPlace(Ufuncs.MOD, this, s); }
    /**
     * NumPy {@code a %= s}. Example: {@code arange(5).modi(2L)} gives {@code [0 1 0 1 0]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray modi(long s) { return Ufuncs.inPlace(Ufuncs.MOD, this, s); }
    /**
     * NumPy {@code a %= True}. Example: {@code arange(3).modi(true)} gives {@code [0 0 0]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray modi(boolean s) { return Ufuncs.inPlace(Ufuncs.MOD, this, s); }

    /**
     * NumPy {@code np.maximum(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray maximum(NDArray o) { return Ufuncs.binary(Ufuncs.MAXIMUM, this, o); }
    /**
     * NumPy {@code np.maximum(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray maximum(double s) { return Ufuncs.binary(Ufuncs.MAXIMUM, this, s); }
    /**
     * NumPy {@code np.maximum(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray maximum(long s) { return Ufuncs.binary(Ufuncs.MAXIMUM, this, s); }
    /**
     * NumPy {@code np.maximum(a, True)}. Example: {@code mask.maximum(true)} is all true.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray maximum(boolean s) { return Ufuncs.binary(Ufuncs.MAXIMUM, this, s); }
    /**
     * NumPy {@code np.maximum(a, b, out=a)}: the elementwise maximum written into this array (NaN propagates).
     * <pre>{@code
     * NDArray h = array(-1.0, 2.0);
     * h.maximumi(0.0);                    // in-place ReLU: h is [0. 2.]
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return this array, updated in place
     */
    public NDArray maximumi(NDArray o) { return Ufuncs.inPlace(Ufuncs.MAXIMUM, this, o); }
    /**
     * NumPy {@code np.maximum(a, s, out=a)}. Example: {@code h.maximumi(0.0)} is an in-place ReLU.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray maximumi(double s) { return Ufuncs.inPlace(Ufuncs.MAXIMUM, this, s); }
    /**
     * NumPy {@code np.maximum(a, s, out=a)}. Example: {@code counts.maximumi(1L)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray maximumi(long s) { return Ufuncs.inPlace(Ufuncs.MAXIMUM, this, s); }
    /**
     * NumPy {@code np.maximum(a, True, out=a)}. Example: {@code mask.maximumi(true)} sets every element.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray maximumi(boolean s) { return Ufuncs.inPlace(Ufuncs.MAXIMUM, this, s); }

    /**
     * NumPy {@code np.minimum(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray minimum(NDArray o) { return Ufuncs.binary(Ufuncs.MINIMUM, this, o); }
    /**
     * NumPy {@code np.minimum(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray minimum(double s) { return Ufuncs.binary(Ufuncs.MINIMUM, this, s); }
    /**
     * NumPy {@code np.minimum(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray minimum(long s) { return Ufuncs.binary(Ufuncs.MINIMUM, this, s); }
    /**
     * NumPy {@code np.minimum(a, False)}. Example: {@code mask.minimum(false)} is all false.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray minimum(boolean s) { return Ufuncs.binary(Ufuncs.MINIMUM, this, s); }
    /**
     * NumPy {@code np.minimum(a, b, out=a)}: the elementwise minimum written into this array.
     * <pre>{@code
     * NDArray p = array(0.5, 1.5);
     * p.minimumi(1.0);                    // p is [0.5 1. ]
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return this array, updated in place
     */
    public NDArray minimumi(NDArray o) { return Ufuncs.inPlace(Ufuncs.MINIMUM, this, o); }
    /**
     * NumPy {@code np.minimum(a, s, out=a)}. Example: {@code p.minimumi(1.0)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray minimumi(double s) { return Ufuncs.inPlace(Ufuncs.MINIMUM, this, s); }
    /**
     * NumPy {@code np.minimum(a, s, out=a)}. Example: {@code idx.minimumi(n - 1)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray minimumi(long s) { return Ufuncs.inPlace(Ufuncs.MINIMUM, this, s); }
    /**
     * NumPy {@code np.minimum(a, False, out=a)}. Example: {@code mask.minimumi(false)} clears every element.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return this array, updated in place
     */
    public NDArray minimumi(boolean s) { return Ufuncs.inPlace(Ufuncs.MINIMUM, this, s); }

    /**
     * NumPy {@code np.fmax(a, b)}: broadcasts; the elementwise maximum ignoring NaN (NaN only where both are NaN),
     * unlike {@link #maximum(NDArray)}. Promotes like maximum: bool and integer dtypes are kept.
     * <pre>{@code
     * array(1.0, Double.NaN).fmax(array(Double.NaN, 2.0));   // [1. 2.]
     * y.fmax(x);
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray fmax(NDArray o) { return Ufuncs.binary(Ufuncs.FMAX, this, o); }
    /**
     * NumPy {@code np.fmax(a, 2.5)} (a weak Python float). Example: {@code x.fmax(0.0)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray fmax(double s) { return Ufuncs.binary(Ufuncs.FMAX, this, s); }
    /**
     * NumPy {@code np.fmax(a, 2)} (a weak Python int). Example: {@code arange(5).fmax(2)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray fmax(long s) { return Ufuncs.binary(Ufuncs.FMAX, this, s); }
    /**
     * NumPy {@code np.fmax(a, True)}. Example: {@code mask.fmax(true)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray fmax(boolean s) { return Ufuncs.binary(Ufuncs.FMAX, this, s); }

    /**
     * NumPy {@code np.fmin(a, b)}: broadcasts; the elementwise minimum ignoring NaN (NaN only where both are NaN),
     * unlike {@link #minimum(NDArray)}. Promotes like minimum: bool and integer dtypes are kept.
     * <pre>{@code
     * array(1.0, Double.NaN).fmin(array(Double.NaN, 2.0));   // [1. 2.]
     * y.fmin(x);
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray fmin(NDArray o) { return Ufuncs.binary(Ufuncs.FMIN, this, o); }
    /**
     * NumPy {@code np.fmin(a, 2.5)} (a weak Python float). Example: {@code x.fmin(1.0)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray fmin(double s) { return Ufuncs.binary(Ufuncs.FMIN, this, s); }
    /**
     * NumPy {@code np.fmin(a, 2)} (a weak Python int). Example: {@code arange(5).fmin(2)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray fmin(long s) { return Ufuncs.binary(Ufuncs.FMIN, this, s); }
    /**
     * NumPy {@code np.fmin(a, True)}. Example: {@code mask.fmin(true)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray fmin(boolean s) { return Ufuncs.binary(Ufuncs.FMIN, this, s); }

    /**
     * NumPy {@code np.arctan2(a, b)}: broadcasts; the angle of the point (b, a) in radians, in [-pi, pi], by C's atan2
     * (signed zeros and infinities as NumPy). Floats keep the promoted float dtype, integers give float64 (bool with
     * bool float32, where NumPy has float16).
     * <pre>{@code
     * array(1.0, -1.0).arctan2(array(1.0, 1.0));   // [ 0.78539816 -0.78539816]
     * y.arctan2(x);
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray arctan2(NDArray o) { return Ufuncs.binary(Ufuncs.ARCTAN2, this, o); }
    /**
     * NumPy {@code np.arctan2(a, 2.5)} (a weak Python float). Example: {@code x.arctan2(1.0)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray arctan2(double s) { return Ufuncs.binary(Ufuncs.ARCTAN2, this, s); }
    /**
     * NumPy {@code np.arctan2(a, 2)} (a weak Python int). Example: {@code arange(5).arctan2(2)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray arctan2(long s) { return Ufuncs.binary(Ufuncs.ARCTAN2, this, s); }

    /**
     * NumPy {@code np.hypot(a, b)}: broadcasts; {@code sqrt(a**2 + b**2)} without overflow or underflow in between (C's
     * hypot: inf if either is infinite, even beside NaN). Floats keep the promoted float dtype, integers give float64
     * (bool with bool float32, where NumPy has float16).
     * <pre>{@code
     * array(3.0, Double.POSITIVE_INFINITY).hypot(array(4.0, Double.NaN));   // [ 5. inf]
     * y.hypot(x);
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray hypot(NDArray o) { return Ufuncs.binary(Ufuncs.HYPOT, this, o); }
    /**
     * NumPy {@code np.hypot(a, 2.5)} (a weak Python float). Example: {@code x.hypot(1.0)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray hypot(double s) { return Ufuncs.binary(Ufuncs.HYPOT, this, s); }
    /**
     * NumPy {@code np.hypot(a, 2)} (a weak Python int). Example: {@code arange(5).hypot(2)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray hypot(long s) { return Ufuncs.binary(Ufuncs.HYPOT, this, s); }

    /**
     * NumPy {@code np.copysign(a, b)}: broadcasts; the magnitude of a with the sign bit of b (so -0.0 and -nan count as
     * negative). Floats keep the promoted float dtype, integers give float64 (bool with bool float32, where NumPy has
     * float16).
     * <pre>{@code
     * array(1.0, -2.0).copysign(array(-0.0, 3.0));   // [-1.  2.]
     * y.copysign(x);
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray copysign(NDArray o) { return Ufuncs.binary(Ufuncs.COPYSIGN, this, o); }
    /**
     * NumPy {@code np.copysign(a, 2.5)} (a weak Python float). Example: {@code x.copysign(-1.0)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray copysign(double s) { return Ufuncs.binary(Ufuncs.COPYSIGN, this, s); }
    /**
     * NumPy {@code np.copysign(a, 2)} (a weak Python int). Example: {@code arange(5).copysign(-1)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray copysign(long s) { return Ufuncs.binary(Ufuncs.COPYSIGN, this, s); }
    /**
     * NumPy {@code np.logaddexp(a, b)}: broadcasts; {@code log(exp(a) + exp(b))} without overflow or underflow
     * (NumPy's formula: equal operands give a + log 2, NaN propagates).
     * Floats keep the promoted float dtype, integers give float64 (bool with bool float32, where NumPy has float16).
     * <pre>{@code
     * array(0.0, 1000.0).logaddexp(array(0.0, 1000.0));   // [6.93147181e-01 1.00069315e+03]
     * logProbA.logaddexp(logProbB);
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray logaddexp(NDArray o) { return Ufuncs.binary(Ufuncs.LOGADDEXP, this, o); }
    /**
     * NumPy {@code np.logaddexp(a, 2.5)} (a weak Python float). Example: {@code x.logaddexp(0.0)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray logaddexp(double s) { return Ufuncs.binary(Ufuncs.LOGADDEXP, this, s); }
    /**
     * NumPy {@code np.logaddexp(a, 2)} (a weak Python int). Example: {@code arange(3).logaddexp(1)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray logaddexp(long s) { return Ufuncs.binary(Ufuncs.LOGADDEXP, this, s); }
    /**
     * NumPy {@code np.logaddexp2(a, b)}: broadcasts; {@code log2(2**a + 2**b)} without overflow or underflow.
     * Floats keep the promoted float dtype, integers give float64 (bool with bool float32, where NumPy has float16).
     * <pre>{@code
     * array(1.0, 3.0).logaddexp2(array(1.0, 3.0));   // [2. 4.]
     * log2A.logaddexp2(log2B);
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray logaddexp2(NDArray o) { return Ufuncs.binary(Ufuncs.LOGADDEXP2, this, o); }
    /**
     * NumPy {@code np.logaddexp2(a, 2.5)} (a weak Python float). Example: {@code x.logaddexp2(0.0)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray logaddexp2(double s) { return Ufuncs.binary(Ufuncs.LOGADDEXP2, this, s); }
    /**
     * NumPy {@code np.logaddexp2(a, 2)} (a weak Python int). Example: {@code arange(3).logaddexp2(1)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray logaddexp2(long s) { return Ufuncs.binary(Ufuncs.LOGADDEXP2, this, s); }
    /**
     * NumPy {@code np.nextafter(a, b)}: broadcasts; the next representable value after a towards b, in the computation dtype (float32 steps for float32).
     * Floats keep the promoted float dtype, integers give float64 (bool with bool float32, where NumPy has float16).
     * <pre>{@code
     * array(1.0).nextafter(2.0).sub(1.0);   // 2.220446049250313e-16
     * x.nextafter(y);
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray nextafter(NDArray o) { return Ufuncs.binary(Ufuncs.NEXTAFTER, this, o); }
    /**
     * NumPy {@code np.nextafter(a, 2.5)} (a weak Python float). Example: {@code x.nextafter(Double.POSITIVE_INFINITY)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray nextafter(double s) { return Ufuncs.binary(Ufuncs.NEXTAFTER, this, s); }
    /**
     * NumPy {@code np.nextafter(a, 2)} (a weak Python int). Example: {@code arange(3).nextafter(5)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray nextafter(long s) { return Ufuncs.binary(Ufuncs.NEXTAFTER, this, s); }
    /**
     * NumPy {@code np.heaviside(a, b)}: broadcasts; the step function: 0 where a &lt; 0, b where a == 0, 1 where a &gt; 0, NaN where a is NaN.
     * Floats keep the promoted float dtype, integers give float64 (bool with bool float32, where NumPy has float16).
     * <pre>{@code
     * array(-1.5, 0.0, 2.0).heaviside(0.5);   // [0.  0.5 1. ]
     * x.heaviside(array(0.0, 1.0));
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray heaviside(NDArray o) { return Ufuncs.binary(Ufuncs.HEAVISIDE, this, o); }
    /**
     * NumPy {@code np.heaviside(a, 2.5)} (a weak Python float). Example: {@code x.heaviside(0.5)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray heaviside(double s) { return Ufuncs.binary(Ufuncs.HEAVISIDE, this, s); }
    /**
     * NumPy {@code np.heaviside(a, 2)} (a weak Python int). Example: {@code x.heaviside(1)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray heaviside(long s) { return Ufuncs.binary(Ufuncs.HEAVISIDE, this, s); }

    // unary ufuncs
    /**
     * NumPy {@code np.negative(a)}.
     *
     * @return the result
     */
    public NDArray neg() { return Ufuncs.unary(Ufuncs.NEG, this); }
    /**
     * NumPy {@code np.abs(a)}.
     *
     * @return the result
     */
    public NDArray abs() { return Ufuncs.unary(Ufuncs.ABS, this); }
    /**
     * NumPy {@code np.rint(a)}: rounds half to even; floats keep their dtype, integers give float64 as in NumPy 2,
     * which has no integer loop for rint (bool float32, where NumPy has float16).
     * <pre>{@code
     * array(0.5, 1.5, -2.5).rint();   // [ 0.  2. -2.]
     * X.rint();
     * }</pre>
     *
     * @return the result
     */
    public NDArray rint() { return Ufuncs.unary(Ufuncs.RINT, this); }
    /**
     * NumPy {@code np.sign(a)}.
     *
     * @return the result
     */
    public NDArray sign() { return Ufuncs.unary(Ufuncs.SIGN, this); }
    /**
     * NumPy {@code np.exp(a)}.
     *
     * @return the result
     */
    public NDArray exp() { return Ufuncs.unary(Ufuncs.EXP, this); }
    /**
     * NumPy {@code np.log(a)}.
     *
     * @return the result
     */
    public NDArray log() { return Ufuncs.unary(Ufuncs.LOG, this); }
    /**
     * NumPy {@code np.log2(a)}: float inputs keep their dtype, integers give float64 (bool float32, where NumPy has float16); log2(0) is -inf, negatives nan.
     * <pre>{@code
     * array(1.0, 8.0).log2();   // [0. 3.]
     * X.log2();
     * }</pre>
     *
     * @return the result
     */
    public NDArray log2() { return Ufuncs.unary(Ufuncs.LOG2, this); }
    /**
     * NumPy {@code np.log10(a)}: float inputs keep their dtype, integers give float64 (bool float32, where NumPy has float16); log10(0) is -inf, negatives nan.
     * <pre>{@code
     * array(1.0, 1000.0).log10();   // [0. 3.]
     * X.log10();
     * }</pre>
     *
     * @return the result
     */
    public NDArray log10() { return Ufuncs.unary(Ufuncs.LOG10, this); }
    /**
     * NumPy {@code np.expm1(a)}.
     *
     * @return the result
     */
    public NDArray expm1() { return Ufuncs.unary(Ufuncs.EXPM1, this); }
    /**
     * NumPy {@code np.log1p(a)}.
     *
     * @return the result
     */
    public NDArray log1p() { return Ufuncs.unary(Ufuncs.LOG1P, this); }
    /**
     * NumPy {@code np.sqrt(a)}.
     *
     * @return the result
     */
    public NDArray sqrt() { return Ufuncs.unary(Ufuncs.SQRT, this); }
    /**
     * NumPy {@code np.square(a)}.
     *
     * @return the result
     */
    public NDArray square() { return Ufuncs.unary(Ufuncs.SQUARE, this); }
    /**
     * NumPy {@code np.reciprocal(a)}: {@code 1 / a} in a's dtype. Integers stay integers as in NumPy: 1 and -1 map to
     * themselves, other nonzero values to 0, and 0 to the dtype's most negative value (NumPy's cast of 1.0 / 0 on x86);
     * bool fails (NumPy gives int8, which NumJ lacks).
     * <pre>{@code
     * array(2.0, -4.0).reciprocal();   // [ 0.5  -0.25]
     * X.reciprocal();
     * }</pre>
     *
     * @return the result
     */
    public NDArray reciprocal() { return Ufuncs.unary(Ufuncs.RECIPROCAL, this); }

    /**
     * NumPy {@code np.sin(a)}.
     *
     * @return the result
     */
    public NDArray sin() { return Ufuncs.unary(Ufuncs.SIN, this); }
    /**
     * NumPy {@code np.cos(a)}.
     *
     * @return the result
     */
    public NDArray cos() { return Ufuncs.unary(Ufuncs.COS, this); }
    /**
     * NumPy {@code np.tan(a)}: float inputs keep their dtype, integers give float64 (bool float32, where NumPy has float16).
     * <pre>{@code
     * array(0.0, Math.PI / 4).tan();   // [0. 1.]
     * X.tan();
     * }</pre>
     *
     * @return the result
     */
    public NDArray tan() { return Ufuncs.unary(Ufuncs.TAN, this); }
    /**
     * NumPy {@code np.arcsin(a)}: the inverse sine, in [-pi/2, pi/2]; nan outside [-1, 1]. Floats keep their dtype,
     * integers give float64 (bool float32, where NumPy has float16).
     * <pre>{@code
     * array(0.0, 1.0).arcsin();   // [0.         1.57079633]
     * X.arcsin();
     * }</pre>
     *
     * @return the result
     */
    public NDArray arcsin() { return Ufuncs.unary(Ufuncs.ARCSIN, this); }
    /**
     * NumPy {@code np.arccos(a)}: the inverse cosine, in [0, pi]; nan outside [-1, 1]. Floats keep their dtype,
     * integers give float64 (bool float32, where NumPy has float16).
     * <pre>{@code
     * array(1.0, 0.0).arccos();   // [0.         1.57079633]
     * X.arccos();
     * }</pre>
     *
     * @return the result
     */
    public NDArray arccos() { return Ufuncs.unary(Ufuncs.ARCCOS, this); }
    /**
     * NumPy {@code np.arctan(a)}: the inverse tangent, in [-pi/2, pi/2]. Floats keep their dtype, integers give float64
     * (bool float32, where NumPy has float16).
     * <pre>{@code
     * array(0.0, 1.0).arctan();   // [0.         0.78539816]
     * X.arctan();
     * }</pre>
     *
     * @return the result
     */
    public NDArray arctan() { return Ufuncs.unary(Ufuncs.ARCTAN, this); }
    /**
     * NumPy {@code np.sinh(a)}: the hyperbolic sine (infinite past about 710 in float64). Floats keep their dtype,
     * integers give float64 (bool float32, where NumPy has float16).
     * <pre>{@code
     * array(0.0, 1.0).sinh();   // [0.         1.17520119]
     * X.sinh();
     * }</pre>
     *
     * @return the result
     */
    public NDArray sinh() { return Ufuncs.unary(Ufuncs.SINH, this); }
    /**
     * NumPy {@code np.cosh(a)}: the hyperbolic cosine (infinite past about 710 in float64). Floats keep their dtype,
     * integers give float64 (bool float32, where NumPy has float16).
     * <pre>{@code
     * array(0.0, 1.0).cosh();   // [1.         1.54308063]
     * X.cosh();
     * }</pre>
     *
     * @return the result
     */
    public NDArray cosh() { return Ufuncs.unary(Ufuncs.COSH, this); }
    /**
     * NumPy {@code np.tanh(a)}.
     *
     * @return the result
     */
    public NDArray tanh() { return Ufuncs.unary(Ufuncs.TANH, this); }
    /**
     * NumPy {@code np.arcsinh(a)}: the inverse hyperbolic sine. Floats keep their dtype, integers give float64 (bool float32, where NumPy has float16).
     * <pre>{@code
     * array(0.0, 1.0).arcsinh();   // [0.         0.88137359]
     * X.arcsinh();
     * }</pre>
     *
     * @return the result
     */
    public NDArray arcsinh() { return Ufuncs.unary(Ufuncs.ARCSINH, this); }
    /**
     * NumPy {@code np.arccosh(a)}: the inverse hyperbolic cosine; nan below 1. Floats keep their dtype, integers give
     * float64 (bool float32, where NumPy has float16).
     * <pre>{@code
     * array(1.0, 2.0).arccosh();   // [0.        1.3169579]
     * X.arccosh();
     * }</pre>
     *
     * @return the result
     */
    public NDArray arccosh() { return Ufuncs.unary(Ufuncs.ARCCOSH, this); }
    /**
     * NumPy {@code np.arctanh(a)}: the inverse hyperbolic tangent; +-inf at +-1, nan outside [-1, 1]. Floats keep their
     * dtype, integers give float64 (bool float32, where NumPy has float16).
     * <pre>{@code
     * array(0.0, 0.5).arctanh();   // [0.         0.54930614]
     * X.arctanh();
     * }</pre>
     *
     * @return the result
     */
    public NDArray arctanh() { return Ufuncs.unary(Ufuncs.ARCTANH, this); }
    /**
     * NumPy {@code np.positive(a)} ({@code +a}): a copy with the same dtype; bool fails as in NumPy (no loop).
     * <pre>{@code
     * array(-1, 2).positive();   // [-1  2]
     * X.positive();
     * }</pre>
     *
     * @return the result
     */
    public NDArray positive() { return Ufuncs.unary(Ufuncs.POSITIVE, this); }
    /**
     * NumPy {@code np.signbit(a)}: a bool array, True where the sign bit is set (-0.0 and negative NaN too;
     * integers below 0; never for bool).
     * <pre>{@code
     * array(-1.0, -0.0, 0.0, 2.0).signbit();   // [ True  True False False]
     * X.signbit();
     * }</pre>
     *
     * @return the result
     */
    public NDArray signbit() { return Ufuncs.unary(Ufuncs.SIGNBIT, this); }
    /**
     * The error function, {@code scipy.special.erf(a)} / {@code torch.erf} (NumPy has none): 2/sqrt(pi) times the
     * integral of exp(-t*t) from 0 to a, the C library's erf and erff. Floats keep their dtype, integers give
     * float64 and bool float32 (SciPy's loops).
     * <pre>{@code
     * array(0.0, 0.5, 3.0).erf();                                 // [0.         0.52049988 0.99997791]
     * x.mul(0.5).mul(x.mul(Math.sqrt(0.5)).erf().add(1.0));      // exact GELU
     * }</pre>
     *
     * @return the result
     */
    public NDArray erf() { return Ufuncs.unary(Ufuncs.ERF, this); }
    /**
     * Softplus, {@code torch.nn.functional.softplus(a)} (beta 1): {@code log(1 + exp(a))}, computed as
     * {@code log1p(exp(-|a|)) + max(a, 0)} so that it never overflows (NumPy: {@code np.logaddexp(0, a)}).
     * Floats keep their dtype, integers give float64, bool float32.
     * <pre>{@code
     * array(-1000.0, 0.0, 1000.0).softplus();   // [0.00000000e+00 6.93147181e-01 1.00000000e+03]
     * z.softplus();
     * }</pre>
     *
     * @return the result
     */
    public NDArray softplus() { return Ufuncs.unary(Ufuncs.SOFTPLUS, this); }

    /**
     * NumPy {@code np.floor(a)}.
     *
     * @return the result
     */
    public NDArray floor() { return Ufuncs.unary(Ufuncs.FLOOR, this); }
    /**
     * NumPy {@code np.ceil(a)}.
     *
     * @return the result
     */
    public NDArray ceil() { return Ufuncs.unary(Ufuncs.CEIL, this); }
    /**
     * NumPy {@code np.trunc(a)}: rounds toward zero; bool and integer arrays keep their dtype and values (NumPy 2).
     * <pre>{@code
     * array(-1.7, 1.7).trunc();   // [-1.  1.]
     * X.trunc();
     * }</pre>
     *
     * @return the result
     */
    public NDArray trunc() { return Ufuncs.unary(Ufuncs.TRUNC, this); }

    // ---- in-place unary ufuncs: NumPy's f(a, out=a) ---------------------------------------------

    /**
     * NumPy {@code np.exp(a, out=a)}: writes exp(a) over this array in one pass, with no temporary, and returns
     * it. Every unary ufunc has such a form ({@code negi absi rinti signi expi logi log2i log10i expm1i log1pi
     * sqrti squarei reciprocali sini cosi tani arcsini ... arctanhi floori ceili trunci roundi sigmoidi relui});
     * they follow NumPy's same_kind rule, so {@code expi} of an integer array fails as {@code np.exp(a, out=a)}
     * does ("Cannot cast ufunc 'exp' output from dtype('float64') to dtype('int64')..."), and a read-only view
     * fails with "output array is read-only".
     * <pre>{@code
     * NDArray z = X.matmul(W);
     * z.subi(z.max(1, true)).expi();     // softmax numerator without a temporary per step
     * }</pre>
     *
     * @return this array, updated in place
     */
    public NDArray expi() { return Ufuncs.unaryInPlace(Ufuncs.EXP, this); }
    /**
     * NumPy {@code np.negative(a, out=a)}: {@link #neg()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray negi() { return Ufuncs.unaryInPlace(Ufuncs.NEG, this); }
    /**
     * NumPy {@code np.absolute(a, out=a)}: {@link #abs()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray absi() { return Ufuncs.unaryInPlace(Ufuncs.ABS, this); }
    /**
     * NumPy {@code np.rint(a, out=a)}: {@link #rint()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray rinti() { return Ufuncs.unaryInPlace(Ufuncs.RINT, this); }
    /**
     * NumPy {@code np.sign(a, out=a)}: {@link #sign()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray signi() { return Ufuncs.unaryInPlace(Ufuncs.SIGN, this); }
    /**
     * NumPy {@code np.log(a, out=a)}: {@link #log()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray logi() { return Ufuncs.unaryInPlace(Ufuncs.LOG, this); }
    /**
     * NumPy {@code np.log2(a, out=a)}: {@link #log2()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray log2i() { return Ufuncs.unaryInPlace(Ufuncs.LOG2, this); }
    /**
     * NumPy {@code np.log10(a, out=a)}: {@link #log10()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray log10i() { return Ufuncs.unaryInPlace(Ufuncs.LOG10, this); }
    /**
     * NumPy {@code np.expm1(a, out=a)}: {@link #expm1()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray expm1i() { return Ufuncs.unaryInPlace(Ufuncs.EXPM1, this); }
    /**
     * NumPy {@code np.log1p(a, out=a)}: {@link #log1p()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray log1pi() { return Ufuncs.unaryInPlace(Ufuncs.LOG1P, this); }
    /**
     * NumPy {@code np.sqrt(a, out=a)}: {@link #sqrt()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray sqrti() { return Ufuncs.unaryInPlace(Ufuncs.SQRT, this); }
    /**
     * NumPy {@code np.square(a, out=a)}: {@link #square()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray squarei() { return Ufuncs.unaryInPlace(Ufuncs.SQUARE, this); }
    /**
     * NumPy {@code np.reciprocal(a, out=a)}: {@link #reciprocal()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray reciprocali() { return Ufuncs.unaryInPlace(Ufuncs.RECIPROCAL, this); }
    /**
     * NumPy {@code np.sin(a, out=a)}: {@link #sin()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray sini() { return Ufuncs.unaryInPlace(Ufuncs.SIN, this); }
    /**
     * NumPy {@code np.cos(a, out=a)}: {@link #cos()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray cosi() { return Ufuncs.unaryInPlace(Ufuncs.COS, this); }
    /**
     * NumPy {@code np.tan(a, out=a)}: {@link #tan()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray tani() { return Ufuncs.unaryInPlace(Ufuncs.TAN, this); }
    /**
     * NumPy {@code np.arcsin(a, out=a)}: {@link #arcsin()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray arcsini() { return Ufuncs.unaryInPlace(Ufuncs.ARCSIN, this); }
    /**
     * NumPy {@code np.arccos(a, out=a)}: {@link #arccos()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray arccosi() { return Ufuncs.unaryInPlace(Ufuncs.ARCCOS, this); }
    /**
     * NumPy {@code np.arctan(a, out=a)}: {@link #arctan()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray arctani() { return Ufuncs.unaryInPlace(Ufuncs.ARCTAN, this); }
    /**
     * NumPy {@code np.sinh(a, out=a)}: {@link #sinh()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray sinhi() { return Ufuncs.unaryInPlace(Ufuncs.SINH, this); }
    /**
     * NumPy {@code np.cosh(a, out=a)}: {@link #cosh()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray coshi() { return Ufuncs.unaryInPlace(Ufuncs.COSH, this); }
    /**
     * NumPy {@code np.tanh(a, out=a)}: {@link #tanh()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray tanhi() { return Ufuncs.unaryInPlace(Ufuncs.TANH, this); }
    /**
     * NumPy {@code np.arcsinh(a, out=a)}: {@link #arcsinh()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray arcsinhi() { return Ufuncs.unaryInPlace(Ufuncs.ARCSINH, this); }
    /**
     * NumPy {@code np.arccosh(a, out=a)}: {@link #arccosh()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray arccoshi() { return Ufuncs.unaryInPlace(Ufuncs.ARCCOSH, this); }
    /**
     * NumPy {@code np.arctanh(a, out=a)}: {@link #arctanh()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray arctanhi() { return Ufuncs.unaryInPlace(Ufuncs.ARCTANH, this); }
    /**
     * NumPy {@code np.positive(a, out=a)}: {@link #positive()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray positivei() { return Ufuncs.unaryInPlace(Ufuncs.POSITIVE, this); }
    /**
     * {@code scipy.special.erf(a, out=a)}: {@link #erf()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray erfi() { return Ufuncs.unaryInPlace(Ufuncs.ERF, this); }
    /**
     * PyTorch {@code torch.nn.functional.softplus(a)} in place (NumPy: {@code np.logaddexp(0, a, out=a)}): {@link #softplus()}
     * written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray softplusi() { return Ufuncs.unaryInPlace(Ufuncs.SOFTPLUS, this); }
    /**
     * NumPy {@code np.floor(a, out=a)}: {@link #floor()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray floori() { return Ufuncs.unaryInPlace(Ufuncs.FLOOR, this); }
    /**
     * NumPy {@code np.ceil(a, out=a)}: {@link #ceil()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray ceili() { return Ufuncs.unaryInPlace(Ufuncs.CEIL, this); }
    /**
     * NumPy {@code np.trunc(a, out=a)}: {@link #trunc()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray trunci() { return Ufuncs.unaryInPlace(Ufuncs.TRUNC, this); }
    /**
     * NumPy {@code np.round(a, decimals, out=a)}: {@link #round(int)} written over this array (see {@link #expi()}); returns this.
     *
     * @param decimals the number of decimals
     * @return the result
     */
    public NDArray roundi(int decimals) {
        if (dtype.isBool()) round(decimals);   // NumPy's errors for bool
        // NumPy rounds integers to negative decimals through a float64 divide, whose result cannot go back
        if (dtype.isInteger() && decimals < 0)
            throw new NumJTypeException("Cannot cast ufunc 'divide' output from dtype('float64') to dtype('" + dtype
                    + "') with casting rule 'same_kind'");
        return Ufuncs.unaryInPlace(Ufuncs.ROUND, this, decimals);
    }
    /**
     * {@link #sigmoid()} written over this array (see {@link #expi()}); returns this.
     * NumPy has no sigmoid: SciPy's {@code scipy.special.expit(a, out=a)}, the seeds' {@code 1 / (1 + np.exp(-a))}.
     *
     * @return this array, updated in place
     */
    public NDArray sigmoidi() { return Ufuncs.unaryInPlace(Ufuncs.SIGMOID, this); }
    /**
     * NumPy {@code np.maximum(a, 0, out=a)}: {@link #relu()} written over this array (see {@link #expi()}); returns this.
     *
     * @return this array, updated in place
     */
    public NDArray relui() { return Ufuncs.unaryInPlace(Ufuncs.RELU, this); }

    /**
     * NumPy {@code np.round(a, decimals)}: round half to even at 10**-decimals (integers too, for negative decimals).
     *
     * @param decimals the number of decimals
     * @return the result
     */
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

    /**
     * NumPy {@code np.round(a)}.
     *
     * @return the result
     */
    public NDArray round() { return round(0); }

    /**
     * NumPy {@code np.clip(a, lo, hi)}: {@code minimum(maximum(a, lo), hi)} (hi wins when lo &gt; hi; NaN
     * propagates). Float bounds are weak: a float32 array stays float32, an integer or bool array gives
     * float64.
     * <pre>{@code
     * array(-2.0, 0.5, 3.0).clip(0.0, 1.0);   // [0.  0.5 1. ]
     * probs.clip(1e-7, 1 - 1e-7);             // before a log in a loss
     * }</pre>
     *
     * @param lo the lower bound
     * @param hi the upper bound
     * @return the result
     */
    public NDArray clip(double lo, double hi) { return Clip.clip(this, lo, hi); }
    /**
     * NumPy {@code np.clip(a, lo, hi)} with integer bounds: an integer array keeps its dtype (a bound
     * past the dtype's range on its own side is ignored, as in NumPy; one past it on the other side
     * fails with NumPy's OverflowError text), bool gives int64, floats keep theirs.
     * <pre>{@code
     * arange(6).clip(1L, 3L);             // [1 1 2 3 3 3]
     * array(INT32, new int[] {-5, 9}).clip(0L, 3000000000L).dtype();   // int32
     * }</pre>
     *
     * @param lo the lower bound
     * @param hi the upper bound
     * @return the result
     */
    public NDArray clip(long lo, long hi) { return Clip.clip(this, lo, hi); }
    /**
     * NumPy {@code np.clip(a, lo, hi)} with array bounds: the three broadcast together and the dtype is
     * their promotion.
     * <pre>{@code
     * X.clip(X.min(0), X.max(0).mul(0.9));   // per-column bounds
     * arange(4).clip(array(1L), array(2L));   // [1 1 2 2]
     * }</pre>
     *
     * @param lo the lower bound
     * @param hi the upper bound
     * @return the result
     */
    public NDArray clip(NDArray lo, NDArray hi) { return Clip.clip(this, lo, hi); }

    /**
     * {@code 1 / (1 + exp(-x))}, computed stably.
     * NumPy has no sigmoid: SciPy's {@code scipy.special.expit(a)}, the seeds' {@code 1 / (1 + np.exp(-a))}.
     *
     * @return the result
     */
    public NDArray sigmoid() { return Ufuncs.unary(Ufuncs.SIGMOID, this); }
    /**
     * {@code np.maximum(x, 0)}.
     *
     * @return the result
     */
    public NDArray relu() { return Ufuncs.unary(Ufuncs.RELU, this); }

    /**
     * Leaky relu in one fused pass: NumPy {@code np.where(a > 0, a, alpha * a)} (NaN stays NaN). Floats keep
     * their dtype (alpha rounded to it, as a weak Python float), integers and bool give float64.
     * <pre>{@code
     * array(-3, -1, 0, 2, 5).leakyRelu(0.01);   // [-0.03 -0.01  0.    2.    5.  ]
     * Z.leakyRelu(0.2);
     * }</pre>
     *
     * @param alpha the slope or factor
     * @return the result
     */
    public NDArray leakyRelu(double alpha) {
        // as alpha * a does, bool gives float64 (the fused kernel's float function would give float32)
        return Ufuncs.unary(Ufuncs.LEAKY_RELU, dtype.isBool() ? astype(DType.FLOAT64) : this, alpha);
    }

    /**
     * The sigmoid's derivative at a in one fused pass: NumPy {@code s = 1 / (1 + np.exp(-a)); s * (1 - s)},
     * with {@link #sigmoid()}'s overflow-free s and its dtypes.
     * <pre>{@code
     * array(0.0).sigmoidDerivative();   // 0.25
     * Z.sigmoidDerivative();
     * }</pre>
     *
     * @return the result
     */
    public NDArray sigmoidDerivative() { return Ufuncs.unary(Ufuncs.SIGMOID_DERIVATIVE, this); }

    /**
     * {@code scipy.special.logsumexp(a)}: {@code log(sum(exp(a)))} over every element, computed stably (the
     * maximum, where finite, is taken out before exp). All -inf gives -inf, any NaN NaN, an empty array -inf.
     * Floats keep their dtype, integers and bool give float64. A 0-d array.
     * <pre>{@code
     * array(1000.0, 1000.0).logsumexp();   // 1000.6931471805599
     * logits.logsumexp();
     * }</pre>
     *
     * @return the result
     */
    public NDArray logsumexp() { return LogSumExp.logsumexp(this, null, false); }
    /**
     * {@code scipy.special.logsumexp(a, axis=axis)}: {@link #logsumexp()} along one axis (negative counts from the end).
     * <pre>{@code
     * logits.logsumexp(-1);                    // the log-partition of each row
     * logits.sub(logits.logsumexp(-1, true));  // log-softmax
     * }</pre>
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray logsumexp(int axis) { return LogSumExp.logsumexp(this, Reductions.intAxis(this, axis), false); }
    /**
     * {@code scipy.special.logsumexp(a, axis=axis, keepdims=keepdims)}. Example: {@code logits.logsumexp(1, true)}.
     *
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray logsumexp(int axis, boolean keepdims) { return LogSumExp.logsumexp(this, Reductions.intAxis(this, axis), keepdims); }
    /**
     * {@code scipy.special.logsumexp(a, axis=(..), keepdims=keepdims)}; null axes reduce everything. Example: {@code x.logsumexp(new int[] {1, 2}, false)}.
     *
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray logsumexp(int[] axes, boolean keepdims) { return LogSumExp.logsumexp(this, axes == null ? null : axes.clone(), keepdims); }

    // ---- comparison and logic (bool results) -----------------------------------------------------

    /**
     * NumPy {@code np.greater(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray gt(NDArray o) { return Ufuncs.binary(Ufuncs.GT, this, o); }
    /**
     * NumPy {@code np.greater(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray gt(double s) { return Ufuncs.binary(Ufuncs.GT, this, s); }
    /**
     * NumPy {@code np.greater(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray gt(long s) { return Ufuncs.binary(Ufuncs.GT, this, s); }
    /**
     * NumPy {@code a > True}. Example: {@code arange(3).gt(true)} gives {@code [False False  True]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray gt(boolean s) { return Ufuncs.binary(Ufuncs.GT, this, s); }

    /**
     * NumPy {@code np.greater_equal(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray ge(NDArray o) { return Ufuncs.binary(Ufuncs.GE, this, o); }
    /**
     * NumPy {@code np.greater_equal(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray ge(double s) { return Ufuncs.binary(Ufuncs.GE, this, s); }
    /**
     * NumPy {@code np.greater_equal(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray ge(long s) { return Ufuncs.binary(Ufuncs.GE, this, s); }
    /**
     * NumPy {@code a >= True}. Example: {@code arange(3).ge(true)} gives {@code [False  True  True]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray ge(boolean s) { return Ufuncs.binary(Ufuncs.GE, this, s); }

    /**
     * NumPy {@code np.less(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray lt(NDArray o) { return Ufuncs.binary(Ufuncs.LT, this, o); }
    /**
     * NumPy {@code np.less(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray lt(double s) { return Ufuncs.binary(Ufuncs.LT, this, s); }
    /**
     * NumPy {@code np.less(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray lt(long s) { return Ufuncs.binary(Ufuncs.LT, this, s); }
    /**
     * NumPy {@code a < True}. Example: {@code arange(3).lt(true)} gives {@code [ True False False]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray lt(boolean s) { return Ufuncs.binary(Ufuncs.LT, this, s); }

    /**
     * NumPy {@code np.less_equal(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray le(NDArray o) { return Ufuncs.binary(Ufuncs.LE, this, o); }
    /**
     * NumPy {@code np.less_equal(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray le(double s) { return Ufuncs.binary(Ufuncs.LE, this, s); }
    /**
     * NumPy {@code np.less_equal(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray le(long s) { return Ufuncs.binary(Ufuncs.LE, this, s); }
    /**
     * NumPy {@code a <= True}. Example: {@code arange(3).le(true)} gives {@code [ True  True False]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray le(boolean s) { return Ufuncs.binary(Ufuncs.LE, this, s); }

    /**
     * NumPy {@code np.equal(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray eq(NDArray o) { return Ufuncs.binary(Ufuncs.EQ, this, o); }
    /**
     * NumPy {@code np.equal(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray eq(double s) { return Ufuncs.binary(Ufuncs.EQ, this, s); }
    /**
     * NumPy {@code np.equal(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray eq(long s) { return Ufuncs.binary(Ufuncs.EQ, this, s); }
    /**
     * NumPy {@code a == True}. Example: {@code mask.eq(true)} is {@code mask} itself as a copy.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray eq(boolean s) { return Ufuncs.binary(Ufuncs.EQ, this, s); }

    /**
     * NumPy {@code np.not_equal(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray ne(NDArray o) { return Ufuncs.binary(Ufuncs.NE, this, o); }
    /**
     * NumPy {@code np.not_equal(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray ne(double s) { return Ufuncs.binary(Ufuncs.NE, this, s); }
    /**
     * NumPy {@code np.not_equal(a, s)}, {@code s} a weak Java scalar.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray ne(long s) { return Ufuncs.binary(Ufuncs.NE, this, s); }
    /**
     * NumPy {@code a != True}. Example: {@code mask.ne(true)} is {@code ~mask}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray ne(boolean s) { return Ufuncs.binary(Ufuncs.NE, this, s); }

    /**
     * NumPy {@code a & b} on bool arrays ({@code np.logical_and} for others).
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray and(NDArray o) { return Ufuncs.binary(Ufuncs.LOGICAL_AND, this, o); }
    /**
     * NumPy {@code np.logical_and(a, s)}: truth of both (bool result). Example: {@code mask.and(true)} copies mask; {@code x.and(0.0)} is all false.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray and(boolean s) { return Ufuncs.binary(Ufuncs.LOGICAL_AND, this, s); }
    /**
     * NumPy {@code np.logical_and(a, s)}. Example: {@code x.and(2.5)} is {@code x != 0}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray and(double s) { return Ufuncs.binary(Ufuncs.LOGICAL_AND, this, s); }
    /**
     * NumPy {@code np.logical_and(a, s)}. Example: {@code arange(3).and(1L)} gives {@code [False  True  True]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray and(long s) { return Ufuncs.binary(Ufuncs.LOGICAL_AND, this, s); }

    /**
     * NumPy {@code np.logical_or(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray or(NDArray o) { return Ufuncs.binary(Ufuncs.LOGICAL_OR, this, o); }
    /**
     * NumPy {@code np.logical_or(a, s)}. Example: {@code mask.or(false)} copies mask.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray or(boolean s) { return Ufuncs.binary(Ufuncs.LOGICAL_OR, this, s); }
    /**
     * NumPy {@code np.logical_or(a, s)}. Example: {@code x.or(0.0)} is {@code x != 0}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray or(double s) { return Ufuncs.binary(Ufuncs.LOGICAL_OR, this, s); }
    /**
     * NumPy {@code np.logical_or(a, s)}. Example: {@code arange(3).or(0L)} gives {@code [False  True  True]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray or(long s) { return Ufuncs.binary(Ufuncs.LOGICAL_OR, this, s); }

    /**
     * NumPy {@code np.logical_xor(a, o)}.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray xor(NDArray o) { return Ufuncs.binary(Ufuncs.LOGICAL_XOR, this, o); }
    /**
     * NumPy {@code np.logical_xor(a, s)}. Example: {@code mask.xor(true)} is {@code ~mask}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray xor(boolean s) { return Ufuncs.binary(Ufuncs.LOGICAL_XOR, this, s); }
    /**
     * NumPy {@code np.logical_xor(a, s)}. Example: {@code x.xor(1.0)} is {@code x == 0}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray xor(double s) { return Ufuncs.binary(Ufuncs.LOGICAL_XOR, this, s); }
    /**
     * NumPy {@code np.logical_xor(a, s)}. Example: {@code arange(3).xor(1L)} gives {@code [ True False False]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray xor(long s) { return Ufuncs.binary(Ufuncs.LOGICAL_XOR, this, s); }

    /**
     * NumPy {@code ~mask} / {@code np.logical_not}.
     *
     * @return the result
     */
    public NDArray not() { return Ufuncs.unary(Ufuncs.LOGICAL_NOT, this); }

    /**
     * NumPy {@code np.logical_and(a, b)}, the same as {@link #and(NDArray)}: true where both are nonzero
     * (NaN counts as nonzero), a bool array; broadcasts.
     * <pre>{@code
     * NDArray tallAndHeavy = X.get(":, 0").gt(70L).logicalAnd(X.get(":, 1").gt(170L));
     * array(0, 1, 2).logicalAnd(array(1.0, 1.0, 0.0));   // [False  True False]
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray logicalAnd(NDArray o) { return Ufuncs.binary(Ufuncs.LOGICAL_AND, this, o); }
    /**
     * NumPy {@code np.logical_and(a, s)}. Example: {@code mask.logicalAnd(true)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray logicalAnd(boolean s) { return Ufuncs.binary(Ufuncs.LOGICAL_AND, this, s); }
    /**
     * NumPy {@code np.logical_and(a, s)}. Example: {@code x.logicalAnd(1.0)} is {@code x != 0}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray logicalAnd(double s) { return Ufuncs.binary(Ufuncs.LOGICAL_AND, this, s); }
    /**
     * NumPy {@code np.logical_and(a, s)}. Example: {@code arange(3).logicalAnd(1L)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray logicalAnd(long s) { return Ufuncs.binary(Ufuncs.LOGICAL_AND, this, s); }

    /**
     * NumPy {@code np.logical_or(a, b)}, the same as {@link #or(NDArray)}.
     * <pre>{@code
     * NDArray outlier = x.gt(3.0).logicalOr(x.lt(-3.0));
     * array(0, 0, 2).logicalOr(array(0, 1, 0));   // [False  True  True]
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray logicalOr(NDArray o) { return Ufuncs.binary(Ufuncs.LOGICAL_OR, this, o); }
    /**
     * NumPy {@code np.logical_or(a, s)}. Example: {@code mask.logicalOr(false)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray logicalOr(boolean s) { return Ufuncs.binary(Ufuncs.LOGICAL_OR, this, s); }
    /**
     * NumPy {@code np.logical_or(a, s)}. Example: {@code x.logicalOr(0.0)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray logicalOr(double s) { return Ufuncs.binary(Ufuncs.LOGICAL_OR, this, s); }
    /**
     * NumPy {@code np.logical_or(a, s)}. Example: {@code arange(3).logicalOr(0L)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray logicalOr(long s) { return Ufuncs.binary(Ufuncs.LOGICAL_OR, this, s); }

    /**
     * NumPy {@code np.logical_xor(a, b)}, the same as {@link #xor(NDArray)}.
     * <pre>{@code
     * NDArray exactlyOne = a.gt(0L).logicalXor(b.gt(0L));
     * array(0, 1, 2).logicalXor(array(1, 1, 0));   // [ True False  True]
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray logicalXor(NDArray o) { return Ufuncs.binary(Ufuncs.LOGICAL_XOR, this, o); }
    /**
     * NumPy {@code np.logical_xor(a, s)}. Example: {@code mask.logicalXor(true)} is {@code ~mask}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray logicalXor(boolean s) { return Ufuncs.binary(Ufuncs.LOGICAL_XOR, this, s); }
    /**
     * NumPy {@code np.logical_xor(a, s)}. Example: {@code x.logicalXor(1.0)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray logicalXor(double s) { return Ufuncs.binary(Ufuncs.LOGICAL_XOR, this, s); }
    /**
     * NumPy {@code np.logical_xor(a, s)}. Example: {@code arange(3).logicalXor(1L)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray logicalXor(long s) { return Ufuncs.binary(Ufuncs.LOGICAL_XOR, this, s); }

    /**
     * NumPy {@code np.logical_not(a)}, the same as {@link #not()}: true where the element is zero.
     * <pre>{@code
     * NDArray keep = X.get(":, 0").gt(90L).logicalNot();
     * array(0, 2).logicalNot();           // [ True False]
     * }</pre>
     *
     * @return the result
     */
    public NDArray logicalNot() { return Ufuncs.unary(Ufuncs.LOGICAL_NOT, this); }

    /**
     * NumPy {@code a & b} ({@code np.bitwise_and}) on bool and integer arrays: bool with bool is bool,
     * otherwise the promoted integer dtype; floats fail with NumPy's TypeError.
     * <pre>{@code
     * array(12, 10).bitwiseAnd(array(10L));   // [8 10]
     * mask1.bitwiseAnd(mask2);                // mask1 & mask2
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray bitwiseAnd(NDArray o) { return Ufuncs.binary(Ufuncs.BITWISE_AND, this, o); }
    /**
     * NumPy {@code a & s}. Example: {@code arange(8).bitwiseAnd(1L)} gives {@code [0 1 0 1 0 1 0 1]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray bitwiseAnd(long s) { return Ufuncs.binary(Ufuncs.BITWISE_AND, this, s); }
    /**
     * NumPy {@code a & True}. Example: {@code mask.bitwiseAnd(true)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray bitwiseAnd(boolean s) { return Ufuncs.binary(Ufuncs.BITWISE_AND, this, s); }

    /**
     * NumPy {@code a | b} ({@code np.bitwise_or}) on bool and integer arrays.
     * <pre>{@code
     * array(12, 10).bitwiseOr(array(1L));     // [13 11]
     * mask1.bitwiseOr(mask2);                 // mask1 | mask2
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray bitwiseOr(NDArray o) { return Ufuncs.binary(Ufuncs.BITWISE_OR, this, o); }
    /**
     * NumPy {@code a | s}. Example: {@code arange(4).bitwiseOr(1L)} gives {@code [1 1 3 3]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray bitwiseOr(long s) { return Ufuncs.binary(Ufuncs.BITWISE_OR, this, s); }
    /**
     * NumPy {@code a | True}. Example: {@code mask.bitwiseOr(false)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray bitwiseOr(boolean s) { return Ufuncs.binary(Ufuncs.BITWISE_OR, this, s); }

    /**
     * NumPy {@code a ^ b} ({@code np.bitwise_xor}) on bool and integer arrays.
     * <pre>{@code
     * array(12, 10).bitwiseXor(array(6L));    // [10 12]
     * mask1.bitwiseXor(mask2);                // mask1 ^ mask2
     * }</pre>
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray bitwiseXor(NDArray o) { return Ufuncs.binary(Ufuncs.BITWISE_XOR, this, o); }
    /**
     * NumPy {@code a ^ s}. Example: {@code arange(4).bitwiseXor(1L)} gives {@code [1 0 3 2]}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray bitwiseXor(long s) { return Ufuncs.binary(Ufuncs.BITWISE_XOR, this, s); }
    /**
     * NumPy {@code a ^ True}. Example: {@code mask.bitwiseXor(true)} is {@code ~mask}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public NDArray bitwiseXor(boolean s) { return Ufuncs.binary(Ufuncs.BITWISE_XOR, this, s); }

    /**
     * NumPy {@code ~a} ({@code np.invert}): bitwise NOT of integers ({@code ~x == -x - 1}), logical NOT
     * of bools; floats fail with NumPy's TypeError.
     * <pre>{@code
     * array(0, 5).invert();               // [-1 -6]
     * mask.invert();                      // ~mask
     * }</pre>
     *
     * @return the result
     */
    public NDArray invert() { return Ufuncs.unary(Ufuncs.INVERT, this); }

    /**
     * NumPy {@code a << b} ({@code np.left_shift}, the Array API's {@code bitwise_left_shift}) on integer arrays:
     * the promoted integer dtype, wrapping; a count of the width or more, or a negative one, gives 0 (NumPy's
     * loop). Floats fail with NumPy's TypeError, bool with bool (int8 in NumPy) with a NumJTypeException.
     * <pre>{@code
     * arange(4).leftShift(array(1L, 2L, 3L, 4L));   // [ 0  4 16 48]
     * ids.leftShift(32L).bitwiseOr(other);
     * }</pre>
     *
     * @param o the shift counts, broadcast against this array
     * @return the result
     */
    public NDArray leftShift(NDArray o) { return Ufuncs.binary(Ufuncs.LEFT_SHIFT, this, o); }
    /**
     * NumPy {@code a << 3}. Example: {@code arange(4).leftShift(2L)} gives {@code [ 0  4  8 12]}.
     *
     * @param s the shift count (weak, like a Python int)
     * @return the result
     */
    public NDArray leftShift(long s) { return Ufuncs.binary(Ufuncs.LEFT_SHIFT, this, s); }
    /**
     * NumPy {@code a >> b} ({@code np.right_shift}, the Array API's {@code bitwise_right_shift}): arithmetic
     * (sign-extending); a count of the width or more, or a negative one, gives 0, or -1 for negative a.
     * <pre>{@code
     * array(-16L, 16L).rightShift(2L);   // [-4  4]
     * packed.rightShift(8L).bitwiseAnd(255L);
     * }</pre>
     *
     * @param o the shift counts, broadcast against this array
     * @return the result
     */
    public NDArray rightShift(NDArray o) { return Ufuncs.binary(Ufuncs.RIGHT_SHIFT, this, o); }
    /**
     * NumPy {@code a >> 3}. Example: {@code arange(16).rightShift(2L)}.
     *
     * @param s the shift count (weak, like a Python int)
     * @return the result
     */
    public NDArray rightShift(long s) { return Ufuncs.binary(Ufuncs.RIGHT_SHIFT, this, s); }

    /**
     * NumPy {@code np.isnan(a)}.
     *
     * @return the result
     */
    public NDArray isnan() { return Ufuncs.unary(Ufuncs.ISNAN, this); }
    /**
     * NumPy {@code np.isinf(a)}.
     *
     * @return the result
     */
    public NDArray isinf() { return Ufuncs.unary(Ufuncs.ISINF, this); }
    /**
     * NumPy {@code np.isfinite(a)}.
     *
     * @return the result
     */
    public NDArray isfinite() { return Ufuncs.unary(Ufuncs.ISFINITE, this); }

    // ---- reductions and statistics ---------------------------------------------------------------

    /**
     * NumPy {@code a.sum()}: a 0-d array (ints and bools sum in int64).
     *
     * @return the result
     */
    public NDArray sum() { return Reductions.sum(this, null, false); }
    /**
     * NumPy {@code a.sum(axis=axis)}.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray sum(int axis) { return Reductions.sum(this, Reductions.intAxis(this, axis), false); }
    /**
     * NumPy {@code np.sum(a, axis=axis, keepdims=keepdims)}.
     *
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray sum(int axis, boolean keepdims) { return Reductions.sum(this, Reductions.intAxis(this, axis), keepdims); }
    /**
     * NumPy {@code a.sum(axis=(..), keepdims=..)}.
     *
     * @param axes the axes (negative ones count from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray sum(int[] axes, boolean keepdims) { return Reductions.sum(this, axes, keepdims); }

    /**
     * NumPy {@code a.prod()}: the product of all elements as a 0-d array (bool and ints in int64, wrapping
     * on overflow; an empty array gives 1).
     * <pre>{@code
     * array(1, 2, 3, 4).prod();            // 24
     * arange(1, 7).reshape(2, 3).prod(1);  // [  6 120]
     * }</pre>
     *
     * @return the result
     */
    public NDArray prod() { return Reductions.prod(this, null, false); }
    /**
     * NumPy {@code a.prod(axis=axis)}. Example: {@code arange(1, 7).reshape(2, 3).prod(0)} gives {@code [ 4 10 18]}.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray prod(int axis) { return Reductions.prod(this, Reductions.intAxis(this, axis), false); }
    /**
     * NumPy {@code a.prod(axis=axis, keepdims=keepdims)}. Example: {@code ones(2, 3).prod(1, true).shape()} is {@code [2, 1]}.
     *
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray prod(int axis, boolean keepdims) { return Reductions.prod(this, Reductions.intAxis(this, axis), keepdims); }
    /**
     * NumPy {@code a.prod(axis=(..), keepdims=..)}; null axes = all. Example: {@code ones(2, 3, 4).prod(new int[] {0, 2}, false)} has shape {@code [3]}.
     *
     * @param axes the axes (negative ones count from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray prod(int[] axes, boolean keepdims) { return Reductions.prod(this, axes, keepdims); }

    /**
     * NumPy {@code a.cumsum()}: running sums of the flattened array (1-D); bool and int32 accumulate in
     * int64 as NumPy does, floats in their own dtype.
     * <pre>{@code
     * array(1, 2, 3, 4).cumsum();          // [ 1  3  6 10]
     * arange(6).reshape(2, 3).cumsum(1);   // [[ 0  1  3]\n [ 3  7 12]]
     * }</pre>
     *
     * @return the result
     */
    public NDArray cumsum() { return Scans.cumsum(this, null); }
    /**
     * NumPy {@code a.cumsum(axis=axis)}: the same shape, running sums along the axis. Example: {@code X.cumsum(0)}.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray cumsum(int axis) { return Scans.cumsum(this, axis); }

    /**
     * NumPy {@code a.cumprod()}: running products of the flattened array (1-D; bool and int32 in int64).
     * <pre>{@code
     * array(1, 2, 3, 4).cumprod();         // [ 1  2  6 24]
     * arange(1, 7).reshape(2, 3).cumprod(0);   // [[ 1  2  3]\n [ 4 10 18]]
     * }</pre>
     *
     * @return the result
     */
    public NDArray cumprod() { return Scans.cumprod(this, null); }
    /**
     * NumPy {@code a.cumprod(axis=axis)}. Example: {@code growth.cumprod(0)}.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray cumprod(int axis) { return Scans.cumprod(this, axis); }

    /**
     * NumPy {@code a.max()}; an empty array fails as in NumPy.
     *
     * @return the result
     */
    public NDArray max() { return Reductions.extreme(this, true, null, false); }
    /**
     * NumPy {@code np.max(a, axis=axis)}.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray max(int axis) { return Reductions.extreme(this, true, Reductions.intAxis(this, axis), false); }
    /**
     * NumPy {@code np.max(a, axis=axis, keepdims=keepdims)}.
     *
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray max(int axis, boolean keepdims) { return Reductions.extreme(this, true, Reductions.intAxis(this, axis), keepdims); }
    /**
     * NumPy {@code np.max(a, axis=axes, keepdims=keepdims)}.
     *
     * @param axes the axes (negative ones count from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray max(int[] axes, boolean keepdims) { return Reductions.extreme(this, true, axes, keepdims); }

    /**
     * NumPy {@code np.min(a)}.
     *
     * @return the result
     */
    public NDArray min() { return Reductions.extreme(this, false, null, false); }
    /**
     * NumPy {@code np.min(a, axis=axis)}.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray min(int axis) { return Reductions.extreme(this, false, Reductions.intAxis(this, axis), false); }
    /**
     * NumPy {@code np.min(a, axis=axis, keepdims=keepdims)}.
     *
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray min(int axis, boolean keepdims) { return Reductions.extreme(this, false, Reductions.intAxis(this, axis), keepdims); }
    /**
     * NumPy {@code np.min(a, axis=axes, keepdims=keepdims)}.
     *
     * @param axes the axes (negative ones count from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray min(int[] axes, boolean keepdims) { return Reductions.extreme(this, false, axes, keepdims); }

    /**
     * NumPy {@code a.mean()} (ints and bools give float64).
     *
     * @return the result
     */
    public NDArray mean() { return Reductions.mean(this, null, false); }
    /**
     * NumPy {@code np.mean(a, axis=axis)}.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray mean(int axis) { return Reductions.mean(this, new int[] {axis}, false); }
    /**
     * NumPy {@code np.mean(a, axis=axis, keepdims=keepdims)}.
     *
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray mean(int axis, boolean keepdims) { return Reductions.mean(this, new int[] {axis}, keepdims); }
    /**
     * NumPy {@code np.mean(a, axis=axes, keepdims=keepdims)}.
     *
     * @param axes the axes (negative ones count from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray mean(int[] axes, boolean keepdims) { return Reductions.mean(this, axes, keepdims); }

    /**
     * NumPy {@code a.var()}: the population variance (ddof 0) by NumPy's two-pass algorithm; float32
     * stays float32, bool and ints give float64. An empty array gives NaN (NumPy also warns).
     * <pre>{@code
     * array(1.0, 2.0, 3.0, 4.0).var();     // 1.25
     * array(1.0, 2.0, 3.0, 4.0).var(null, 1, false);   // 1.6666666666666667 (ddof=1)
     * }</pre>
     *
     * @return the result
     */
    public NDArray var() { return Moments.var(this, null, 0, false, false); }
    /**
     * NumPy {@code a.var(axis=axis)}. Example: {@code X.var(0)} is the per-column variance of a 2-D {@code X}.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray var(int axis) { return Moments.var(this, new int[] {axis}, 0, false, false); }
    /**
     * NumPy {@code a.var(axis=axis, keepdims=keepdims)}. Example: {@code X.var(1, true).shape()} is {@code [rows, 1]}.
     *
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray var(int axis, boolean keepdims) { return Moments.var(this, new int[] {axis}, 0, keepdims, false); }
    /**
     * NumPy {@code a.var(axis=(..), keepdims=..)}; null axes = all. Example: {@code x.var(new int[] {0, 1}, false)}.
     *
     * @param axes the axes (negative ones count from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray var(int[] axes, boolean keepdims) { return Moments.var(this, axes, 0, keepdims, false); }
    /**
     * NumPy {@code a.var(axis=axes, ddof=ddof, keepdims=keepdims)}: divides by {@code max(n - ddof, 0)};
     * null axes = all. ddof at least n gives inf or NaN, as in NumPy (which warns).
     * <pre>{@code
     * X.var(new int[] {0}, 1, false);      // np.var(X, axis=0, ddof=1): the sample variance per column
     * x.var(null, 1, false);               // np.var(x, ddof=1)
     * }</pre>
     *
     * @param axes the axes (negative ones count from the last)
     * @param ddof the delta degrees of freedom (NumPy's {@code ddof})
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray var(int[] axes, double ddof, boolean keepdims) { return Moments.var(this, axes, ddof, keepdims, false); }

    /**
     * NumPy {@code a.std()}: the square root of {@link #var()} (ddof 0); float32 stays float32, bool and
     * ints give float64.
     * <pre>{@code
     * array(1.0, 2.0, 3.0, 4.0).std();     // 1.118033988749895
     * X.std(0);                            // np.std(X, axis=0): per-column standard deviation
     * }</pre>
     *
     * @return the result
     */
    public NDArray std() { return Moments.var(this, null, 0, false, true); }
    /**
     * NumPy {@code a.std(axis=axis)}. Example: {@code X.sub(X.mean(0)).div(X.std(0))} standardises columns.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray std(int axis) { return Moments.var(this, new int[] {axis}, 0, false, true); }
    /**
     * NumPy {@code a.std(axis=axis, keepdims=keepdims)}. Example: {@code X.std(1, true).shape()} is {@code [rows, 1]}.
     *
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray std(int axis, boolean keepdims) { return Moments.var(this, new int[] {axis}, 0, keepdims, true); }
    /**
     * NumPy {@code a.std(axis=(..), keepdims=..)}; null axes = all. Example: {@code x.std(new int[] {0, 2}, true)}.
     *
     * @param axes the axes (negative ones count from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray std(int[] axes, boolean keepdims) { return Moments.var(this, axes, 0, keepdims, true); }
    /**
     * NumPy {@code a.std(axis=axes, ddof=ddof, keepdims=keepdims)}; null axes = all.
     * <pre>{@code
     * X.std(new int[] {0}, 1, false);      // np.std(X, axis=0, ddof=1)
     * x.std(null, 1, false);               // np.std(x, ddof=1)
     * }</pre>
     *
     * @param axes the axes (negative ones count from the last)
     * @param ddof the delta degrees of freedom (NumPy's {@code ddof})
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray std(int[] axes, double ddof, boolean keepdims) { return Moments.var(this, axes, ddof, keepdims, true); }

    /**
     * NumPy {@code a.any()}: whether any element is nonzero (NaN counts as nonzero), a 0-d bool array;
     * an empty array gives False.
     * <pre>{@code
     * X.get(":, 0").gt(90).any();          // np.any(X[:, 0] > 90)
     * train.isnan().any();                 // np.any(np.isnan(train))
     * }</pre>
     *
     * @return the result
     */
    public NDArray any() { return Reductions.anyAll(this, true, null, false); }
    /**
     * NumPy {@code a.any(axis=axis)}. Example: {@code mask.any(1)} tells which rows hold a true element.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray any(int axis) { return Reductions.anyAll(this, true, Reductions.intAxis(this, axis), false); }
    /**
     * NumPy {@code a.any(axis=axis, keepdims=keepdims)}. Example: {@code mask.any(0, true).shape()} is {@code [1, cols]}.
     *
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray any(int axis, boolean keepdims) { return Reductions.anyAll(this, true, Reductions.intAxis(this, axis), keepdims); }
    /**
     * NumPy {@code a.any(axis=(..), keepdims=..)}; null axes = all. Example: {@code m.any(new int[] {0, 1}, false)}.
     *
     * @param axes the axes (negative ones count from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray any(int[] axes, boolean keepdims) { return Reductions.anyAll(this, true, axes, keepdims); }

    /**
     * NumPy {@code a.all()}: whether every element is nonzero, a 0-d bool array; an empty array gives True.
     * <pre>{@code
     * X.get(":, 0").gt(50).all();          // np.all(X[:, 0] > 50)
     * train.isfinite().all();              // np.all(np.isfinite(train))
     * }</pre>
     *
     * @return the result
     */
    public NDArray all() { return Reductions.anyAll(this, false, null, false); }
    /**
     * NumPy {@code a.all(axis=axis)}. Example: {@code mask.all(1)} tells which rows are all true.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray all(int axis) { return Reductions.anyAll(this, false, Reductions.intAxis(this, axis), false); }
    /**
     * NumPy {@code a.all(axis=axis, keepdims=keepdims)}. Example: {@code mask.all(0, true).shape()} is {@code [1, cols]}.
     *
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray all(int axis, boolean keepdims) { return Reductions.anyAll(this, false, Reductions.intAxis(this, axis), keepdims); }
    /**
     * NumPy {@code a.all(axis=(..), keepdims=..)}; null axes = all. Example: {@code m.all(new int[] {0, 1}, false)}.
     *
     * @param axes the axes (negative ones count from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray all(int[] axes, boolean keepdims) { return Reductions.anyAll(this, false, axes, keepdims); }

    // ---- sorting, searching and counting ---------------------------------------------------------

    /**
     * NumPy {@code np.sort(a)}: a sorted copy along the last axis. Unlike NumPy's in-place
     * {@code ndarray.sort()}, this returns a new array and leaves {@code a} alone. Always stable
     * ({@code kind='stable'}); NaN sorts last.
     * <pre>{@code
     * array(3, 1, 2).sort();               // [1 2 3]
     * array(new int[][] {{3, 1}, {0, 5}}).sort(0);   // [[0 1]\n [3 5]]
     * }</pre>
     *
     * @return the result
     */
    public NDArray sort() { return Sorting.sort(this, -1); }
    /**
     * NumPy {@code np.sort(a, axis=axis)} (a stable sorted copy). Example: {@code X.sort(0)} sorts every column.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray sort(int axis) { return Sorting.sort(this, axis); }

    /**
     * NumPy {@code np.argsort(a, kind='stable')}: int64 positions that sort {@code a} along the last
     * axis; equal elements keep their order, NaN goes last.
     * <pre>{@code
     * array(30, 10, 20, 10).argsort();     // [1 3 2 0]
     * strikeRate.argsort();                // np.argsort(strike_rate)
     * }</pre>
     *
     * @return the result
     */
    public NDArray argsort() { return Sorting.argsort(this, -1); }
    /**
     * NumPy {@code np.argsort(a, axis=axis, kind='stable')}. Example: {@code X.argsort(0)} ranks every column.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray argsort(int axis) { return Sorting.argsort(this, axis); }

    /**
     * The {@code k} largest elements along the last axis and their positions, largest first (a NumJ
     * extra, PyTorch's {@code torch.topk(a, k)}; in NumPy {@code np.argsort(-a)[..., :k]}). NaN counts as
     * the largest value; equal values come in increasing position. {@code 0 <= k <=} the axis length.
     * NumPy has none: PyTorch's {@code torch.topk(a, k, dim=axis)}.
     * <pre>{@code
     * TopK t = array(1.0, 9.0, 3.0, 9.0).topk(2);
     * t.values();  t.indices();            // [9. 9.]  [1 3]
     * }</pre>
     *
     * @param k how many
     * @return the result
     */
    public TopK topk(int k) { return Sorting.topk(this, k, -1); }
    /**
     * {@link #topk(int)} along {@code axis}. Example: {@code scores.topk(5, 1).indices()} gives the top-5 classes of each row.
     * NumPy has none: PyTorch's {@code torch.topk(a, k, dim=axis)}.
     *
     * @param k how many
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public TopK topk(int k, int axis) { return Sorting.topk(this, k, axis); }

    /**
     * NumPy {@code a.argmax()}: the flat (C-order) index of the first maximum, a 0-d int64 array; the
     * first NaN counts as the maximum. An empty array fails with NumPy's
     * "attempt to get argmax of an empty sequence".
     * <pre>{@code
     * array(3, 7, 7, 1).argmax();          // 1
     * probs.argmax(1);                     // np.argmax(probs, axis=1): predicted class per row
     * }</pre>
     *
     * @return the result
     */
    public NDArray argmax() { return ArgReductions.flat(this, true); }
    /**
     * NumPy {@code a.argmax(axis=axis)} (int64). Example: {@code array(new int[][] {{1, 9}, {8, 2}}).argmax(1)} gives {@code [1 0]}.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray argmax(int axis) { return ArgReductions.axis(this, axis, true, false); }
    /**
     * NumPy {@code a.argmax(axis=axis, keepdims=keepdims)}. Example: {@code X.argmax(1, true).shape()} is {@code [rows, 1]}.
     *
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray argmax(int axis, boolean keepdims) { return ArgReductions.axis(this, axis, true, keepdims); }

    /**
     * NumPy {@code a.argmin()}: the flat index of the first minimum (the first NaN if any), 0-d int64.
     * <pre>{@code
     * array(3, 1, 1, 7).argmin();          // 1
     * X.argmin(0);                         // per-column position of the minimum
     * }</pre>
     *
     * @return the result
     */
    public NDArray argmin() { return ArgReductions.flat(this, false); }
    /**
     * NumPy {@code a.argmin(axis=axis)} (int64). Example: {@code array(new int[][] {{1, 9}, {8, 2}}).argmin(1)} gives {@code [0 1]}.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray argmin(int axis) { return ArgReductions.axis(this, axis, false, false); }
    /**
     * NumPy {@code a.argmin(axis=axis, keepdims=keepdims)}. Example: {@code X.argmin(0, true).shape()} is {@code [1, cols]}.
     *
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray argmin(int axis, boolean keepdims) { return ArgReductions.axis(this, axis, false, keepdims); }

    /**
     * NumPy {@code np.count_nonzero(a)}: the number of nonzero elements, a 0-d int64 array.
     * <pre>{@code
     * array(0, 3, 0, 5).countNonzero();    // 2
     * preds.eq(labels).countNonzero();     // correct predictions
     * }</pre>
     *
     * @return the result
     */
    public NDArray countNonzero() { return Reductions.countNonzero(this, null, false); }
    /**
     * NumPy {@code np.count_nonzero(a, axis=axis)} (int64). Example: {@code mask.countNonzero(0)} counts per column.
     *
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray countNonzero(int axis) { return Reductions.countNonzero(this, Reductions.intAxis(this, axis), false); }
    /**
     * NumPy {@code np.count_nonzero(a, axis=axis, keepdims=keepdims)}. Example: {@code mask.countNonzero(1, true).shape()} is {@code [rows, 1]}.
     *
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray countNonzero(int axis, boolean keepdims) { return Reductions.countNonzero(this, Reductions.intAxis(this, axis), keepdims); }
    /**
     * NumPy {@code np.count_nonzero(a, axis=(..), keepdims=..)}; null axes = all. Example: {@code m.countNonzero(new int[] {0, 1}, false)}.
     *
     * @param axes the axes (negative ones count from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray countNonzero(int[] axes, boolean keepdims) { return Reductions.countNonzero(this, axes, keepdims); }

    /**
     * NumPy {@code np.unique(a)}: the sorted distinct values of the flattened array (1-D, same dtype);
     * all NaNs count as one value, last, as in NumPy 2.
     * <pre>{@code
     * array(3, 1, 3, 2, 1).unique();       // [1 2 3]
     * labels.unique().size();              // number of classes
     * }</pre>
     *
     * @return the result
     */
    public NDArray unique() { return Sorting.unique(this, false).values(); }

    /**
     * NumPy {@code values, counts = np.unique(a, return_counts=True)}: the sorted distinct values and how
     * often each occurs (int64). (NumPy 2's {@code np.unique_counts} differs only in keeping every NaN apart.)
     * <pre>{@code
     * UniqueCounts u = array(2, 1, 2, 2).uniqueWithCounts();
     * u.values();  u.counts();             // [1 2]  [1 3]
     * }</pre>
     *
     * @return the unique with counts
     */
    public UniqueCounts uniqueWithCounts() { return Sorting.unique(this, true); }


    /**
     * The Array API's {@code sort(x, axis=axis, descending=descending)} (stable): descending puts NaN first
     * and keeps equal elements in their input order. NumPy's {@code np.sort} has no descending; there
     * {@code np.flip(np.sort(x, axis), axis)} gives the same values.
     * <pre>{@code
     * array(3, 1, 2).sort(-1, true);   // [3 2 1]
     * }</pre>
     *
     * @param axis       the axis to sort along
     * @param descending largest first
     * @return a sorted copy
     */
    public NDArray sort(int axis, boolean descending) { return Sorting.sort(this, axis, descending); }

    /**
     * The Array API's {@code argsort(x, axis=axis, descending=descending)} (stable; ties in increasing position).
     * NumPy's {@code np.argsort} has no descending; {@code np.flip(np.argsort(x, axis, stable=True), axis)} gives ties in
     * decreasing position.
     * <pre>{@code
     * array(30, 10, 20).argsort(-1, true);   // [0 2 1]
     * }</pre>
     *
     * @param axis       the axis to sort along
     * @param descending largest first
     * @return int64 positions along the axis
     */
    public NDArray argsort(int axis, boolean descending) { return Sorting.argsort(this, axis, descending); }

    /**
     * NumPy {@code np.partition(a, kth)} along the last axis: the kth element where a sort puts it, none larger
     * before it, none smaller after it (NumJ returns the fully sorted lane, which keeps that promise).
     * <pre>{@code
     * array(5, 1, 4, 2).partition(1).get(1);   // 2
     * }</pre>
     *
     * @param kth the position to partition at (negative from the end)
     * @return a partitioned copy
     */
    public NDArray partition(long kth) { return Sorting.partition(this, new long[] {kth}, -1); }

    /**
     * NumPy {@code np.argpartition(a, kth)} along the last axis: positions that would partition the array.
     * <pre>{@code
     * array(5, 1, 4, 2).argpartition(0).get(0);   // 1, the position of the smallest
     * }</pre>
     *
     * @param kth the position to partition at (negative from the end)
     * @return int64 positions along the axis
     */
    public NDArray argpartition(long kth) { return Sorting.argpartition(this, new long[] {kth}, -1); }

    /**
     * NumPy {@code a.searchsorted(v)}: where v's elements would go in this sorted 1-D array to keep it sorted
     * (side 'left').
     * <pre>{@code
     * array(1, 2, 3).searchsorted(array(2, 5));   // [1 3]
     * }</pre>
     *
     * @param v the values to place
     * @return int64 insertion points of v's shape
     */
    public NDArray searchsorted(NDArray v) { return dev.numj.internal.Searching.searchsorted(this, v, "left", null); }

    /**
     * NumPy {@code a.searchsorted(v, side)}: {@code "left"} (before equal elements) or {@code "right"} (after them).
     * <pre>{@code
     * array(1, 2, 2, 3).searchsorted(array(2), "right");   // [3]
     * }</pre>
     *
     * @param v    the values to place
     * @param side "left" or "right"
     * @return int64 insertion points of v's shape
     */
    public NDArray searchsorted(NDArray v, String side) { return dev.numj.internal.Searching.searchsorted(this, v, side, null); }
    // ---- linear algebra --------------------------------------------------------------------------

    /**
     * NumPy {@code a.dot(b)}: see {@link NumJ#dot(NDArray, NDArray)} (N-D: the sum over this array's
     * last axis and b's second-to-last).
     * <pre>{@code
     * array(1.0, 2.0).dot(array(3.0, 4.0));   // 11.0
     * X.dot(w);                                // X (n, k), w (k,): (n,)
     * }</pre>
     *
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public NDArray dot(NDArray b) { return Products.dot(this, b); }

    /**
     * NumPy {@code a @ b} ({@code np.matmul}): OpenBLAS for float32/float64, 1-D and 2-D and batched.
     *
     * @param o the other operand, broadcast against this array
     * @return the result
     */
    public NDArray matmul(NDArray o) { return Matmul.matmul(this, o); }

    /**
     * NumPy {@code a.trace()}: the sum of the main diagonal of the first two axes (int64 for bool and int32, as sum).
     * <pre>{@code
     * eye(3).trace();   // 3.0
     * }</pre>
     *
     * @return the sum, with the other axes kept
     */
    public NDArray trace() { return dev.numj.internal.Diagonals.trace(this, 0, 0, 1); }

    /**
     * NumPy {@code a.trace(offset, axis1, axis2)}: the sum along a diagonal.
     * <pre>{@code
     * arange(9).reshape(3, 3).trace(1, 0, 1);   // 6 (1 + 5)
     * }</pre>
     *
     * @param offset the diagonal above (positive) or below (negative) the main one
     * @param axis1  the axis of the rows
     * @param axis2  the axis of the columns
     * @return the sums
     */
    public NDArray trace(long offset, int axis1, int axis2) { return dev.numj.internal.Diagonals.trace(this, offset, axis1, axis2); }

    // ---- devices ---------------------------------------------------------------------------------

    /**
     * The device this array's memory is on: {@link Device#CPU} unless it was moved with {@link #to(Device)}.
     * PyTorch {@code t.device}; NumPy arrays are always on the CPU (CuPy: {@code a.device}).
     * <pre>{@code
     * arange(3).device();   // cpu
     * }</pre>
     *
     * @return the device
     */
    public Device device() { return storage.device(); }   // a deferred result's storage says CPU without computing

    /**
     * This array on {@code device}: the same array when it is already there (as PyTorch's
     * {@code t.to(device)}), else a C-contiguous copy of it there. Moving to a GPU copies through
     * pinned host memory; moving back waits for the GPU's pending work on the array. An operation over
     * arrays on different devices fails, so move the data first. CuPy: {@code cp.asarray(a)} /
     * {@code a.get()}.
     * <pre>{@code
     * NDArray g = X.to(Device.cuda(0));       // torch: X.to("cuda:0")
     * NDArray back = g.matmul(g.T()).to(Device.CPU);
     * }</pre>
     *
     * @throws DeviceUnavailableException when {@code device} is a GPU this JVM cannot use (no driver,
     *                                    no such ordinal); the message names the device and the reason
     * @param device the device
     * @return this array, updated in place
     */
    public NDArray to(Device device) {
        java.util.Objects.requireNonNull(device, "device");
        if (device.equals(device())) return this;
        device.requireAvailable();
        return DeviceTransfer.move(this, device);
    }

    // ---- printing --------------------------------------------------------------------------------

    /** Exactly NumPy's {@code str(a)}: {@code [[1 2]\n [3 4]]}. */
    @Override
    public String toString() { return ArrayPrinter.str(printable()); }

    /**
     * Exactly NumPy's {@code repr(a)}: {@code array([1., 2.], dtype=float32)}.
     *
     * @return the text
     */
    public String repr() { return ArrayPrinter.repr(printable()); }

    private PrintableArray printable() {
        NDArray a = device().isCpu() ? this : to(Device.CPU);   // a GPU array is printed from one host copy
        return new PrintableArray() {
            public String dtypeName() { return a.dtype.toString(); }
            public long[] shape() { return a.shape.clone(); }
            public double getDouble(long i) { return a.readDouble(a.flatOffset(i)); }
            public long getLong(long i) { return a.readLong(a.flatOffset(i)); }
            public boolean getBoolean(long i) { return a.readDouble(a.flatOffset(i)) != 0; }
        };
    }
}
