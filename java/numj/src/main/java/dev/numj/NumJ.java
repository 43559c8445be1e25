package dev.numj;

import static dev.numj.internal.ArrayAccess.shapeOf;
import dev.numj.internal.Config;
import dev.numj.internal.Shapes;
import dev.numj.internal.Closeness;
import dev.numj.internal.Creation;
import dev.numj.internal.Joining;
import dev.numj.internal.Select;
import dev.numj.internal.Ufuncs;
import dev.numj.internal.linalg.Products;

/**
 * NumPy's {@code np.} namespace for Java: {@code import static dev.numj.NumJ.*;} plays the role of
 * {@code import numpy as np}.
 *
 * <pre>{@code
 * NDArray X = array(new double[][]{{1, 2}, {3, 4}});
 * NDArray w = zeros(FLOAT32, 784, 128);
 * NDArray r = arange(12).reshape(3, 4).sum(0);     // [12 15 18 21]
 * }</pre>
 */
public final class NumJ {
    private NumJ() {}

    // ---- dtypes ----------------------------------------------------------------------------------

    /** NumPy {@code np.bool_}: {@link DType#BOOL}. */
    public static final DType BOOL = DType.BOOL;
    /** NumPy {@code np.int32}: {@link DType#INT32}. */
    public static final DType INT32 = DType.INT32;
    /** NumPy {@code np.int64}: {@link DType#INT64}. */
    public static final DType INT64 = DType.INT64;
    /** NumPy {@code np.float32}: {@link DType#FLOAT32}. */
    public static final DType FLOAT32 = DType.FLOAT32;
    /** NumPy {@code np.float64}: {@link DType#FLOAT64}. */
    public static final DType FLOAT64 = DType.FLOAT64;

    // ---- array creation --------------------------------------------------------------------------

    /**
     * NumPy {@code np.array([1., 2.])}: float64.
     *
     * @param values the values
     * @return the result
     */
    public static NDArray array(double... values) { return Creation.fromNested(values, null); }

    /**
     * A float32 array from a Java {@code float[]}.
     * NumPy {@code np.array([...], dtype=np.float32)}.
     *
     * @param values the values
     * @return the result
     */
    public static NDArray array(float... values) { return Creation.fromNested(values, null); }

    /**
     * NumPy {@code np.array([1, 2, 3])}: int64, like Python ints (use {@code array(INT32, ...)} for int32).
     *
     * @param values the values
     * @return the result
     */
    public static NDArray array(long... values) { return Creation.fromNested(values, null); }

    /**
     * NumPy {@code np.array([1, 2, 3])}: int64, like Python ints.
     *
     * @param values the values
     * @return the result
     */
    public static NDArray array(int... values) { return Creation.fromNested(values, null); }

    /**
     * A bool array.
     * NumPy {@code np.array([True, False])}.
     *
     * @param values the values
     * @return the result
     */
    public static NDArray array(boolean... values) { return Creation.fromNested(values, null); }

    /**
     * NumPy {@code np.array(nested)} from a Java array of any rank: {@code array(new double[][]{{1, 2}, {3, 4}})}.
     * Ragged input fails like NumPy ("inhomogeneous shape after 1 dimensions").
     *
     * @param nested the nested Java arrays
     * @return the result
     */
    public static NDArray array(Object nested) { return Creation.fromNested(nested, null); }

    /**
     * NumPy {@code np.array(nested, dtype=dtype)}.
     *
     * @param dtype the data type
     * @param nested the nested Java arrays
     * @return the result
     */
    public static NDArray array(DType dtype, Object nested) { return Creation.fromNested(nested, dtype); }

    /**
     * NumPy {@code np.zeros((3, 4))}: float64.
     *
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray zeros(long... shape) { return full(DType.FLOAT64, shape, 0L); }

    /**
     * NumPy {@code np.zeros(shape)}.
     *
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray zeros(int... shape) { return zeros(Shapes.toLong(shape)); }

    /**
     * NumPy {@code np.zeros((784, 128), dtype=np.float32)}: {@code zeros(FLOAT32, 784, 128)}.
     *
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray zeros(DType dtype, long... shape) { return full(dtype, shape, 0L); }

    /**
     * NumPy {@code np.zeros(shape, dtype=dtype)}.
     *
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray zeros(DType dtype, int... shape) { return zeros(dtype, Shapes.toLong(shape)); }

    /**
     * NumPy {@code np.ones(shape)}.
     *
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray ones(long... shape) { return full(DType.FLOAT64, shape, 1L); }

    /**
     * NumPy {@code np.ones(shape)}.
     *
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray ones(int... shape) { return ones(Shapes.toLong(shape)); }

    /**
     * NumPy {@code np.ones(shape, dtype=dtype)}.
     *
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray ones(DType dtype, long... shape) { return full(dtype, shape, 1L); }

    /**
     * NumPy {@code np.ones(shape, dtype=dtype)}.
     *
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray ones(DType dtype, int... shape) { return ones(dtype, Shapes.toLong(shape)); }

    /**
     * NumPy {@code np.empty}: uninitialised memory.
     *
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray empty(long... shape) { return NDArray.allocate(DType.FLOAT64, shape.clone()); }

    /**
     * NumPy {@code np.empty(shape)}.
     *
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray empty(int... shape) { return empty(Shapes.toLong(shape)); }

    /**
     * NumPy {@code np.empty(shape, dtype=dtype)}.
     *
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray empty(DType dtype, long... shape) { return NDArray.allocate(dtype, shape.clone()); }

    /**
     * NumPy {@code np.empty(shape, dtype=dtype)}.
     *
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray empty(DType dtype, int... shape) { return empty(dtype, Shapes.toLong(shape)); }

    /**
     * NumPy {@code np.full((3, 3), 7)}: int64 for an integer value.
     *
     * @param shape the shape, one length per axis
     * @param value the value
     * @return the result
     */
    public static NDArray full(int[] shape, long value) { return full(DType.INT64, Shapes.toLong(shape), value); }

    /**
     * NumPy {@code np.full((3, 3), 7.5)}: float64.
     *
     * @param shape the shape, one length per axis
     * @param value the value
     * @return the result
     */
    public static NDArray full(int[] shape, double value) { return full(DType.FLOAT64, Shapes.toLong(shape), value); }

    /**
     * NumPy {@code np.full(shape, True)}: bool.
     *
     * @param shape the shape, one length per axis
     * @param value the value
     * @return the result
     */
    public static NDArray full(int[] shape, boolean value) { return full(DType.BOOL, Shapes.toLong(shape), value ? 1L : 0L); }

    /**
     * NumPy {@code np.full(shape, value, dtype=dtype)}.
     *
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @param value the value
     * @return the result
     */
    public static NDArray full(DType dtype, long[] shape, double value) { return Creation.full(dtype, shape, value); }

    /**
     * NumPy {@code np.full(shape, value, dtype=dtype)}.
     *
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @param value the value
     * @return the result
     */
    public static NDArray full(DType dtype, long[] shape, long value) { return Creation.full(dtype, shape, value); }

    /**
     * NumPy {@code np.full(shape, value, dtype=dtype)}.
     *
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @param value the value
     * @return the result
     */
    public static NDArray full(DType dtype, int[] shape, double value) { return full(dtype, Shapes.toLong(shape), value); }

    /**
     * NumPy {@code np.eye(n)}: float64 identity.
     *
     * @param n the number of elements
     * @return the result
     */
    public static NDArray eye(long n) { return Creation.eye(n, n, 0, DType.FLOAT64); }

    /**
     * NumPy {@code np.eye(n, m, k)}.
     *
     * @param n the number of elements
     * @param m the number of columns
     * @param k how many
     * @return the result
     */
    public static NDArray eye(long n, long m, long k) { return Creation.eye(n, m, k, DType.FLOAT64); }

    /**
     * NumPy {@code np.eye(n, dtype=dtype)}.
     *
     * @param dtype the data type
     * @param n the number of elements
     * @return the result
     */
    public static NDArray eye(DType dtype, long n) { return Creation.eye(n, n, 0, dtype); }

    /**
     * NumPy {@code np.identity(n)}.
     *
     * @param n the number of elements
     * @return the result
     */
    public static NDArray identity(long n) { return eye(n); }

    /**
     * NumPy {@code np.show_config()}: prints NumJ's version, the JDK, the OS and CPU (with its vector
     * extensions), NumJ's native library and the SIMD math kernels it chose, the kernel threads, the
     * OpenBLAS it loaded (version, bundled or system, path, the core it picked, threads), the GPU if any,
     * and the memory settings in force. {@code scripts/demo} prints it first.
     * <pre>{@code
     * NumJ.showConfig();
     * String text = NumJ.config();   // the same, as a string (for a bug report or a benchmark's log)
     * }</pre>
     */
    public static void showConfig() { System.out.print(config()); }

    /**
     * What {@link #showConfig()} prints.
     * NumPy {@code np.show_config()}'s text.
     *
     * @return the text
     */
    public static String config() { return Config.describe(); }

    /**
     * NumPy {@code np.arange(12)}: int64.
     *
     * @param stop the end of the interval
     * @return the result
     */
    public static NDArray arange(long stop) { return Creation.arange(0, stop, 1, DType.INT64); }

    /**
     * NumPy {@code np.arange(0, 10)}.
     *
     * @param start the start of the interval
     * @param stop the end of the interval
     * @return the result
     */
    public static NDArray arange(long start, long stop) { return Creation.arange(start, stop, 1, DType.INT64); }

    /**
     * NumPy {@code np.arange(0, 10, 2)}.
     *
     * @param start the start of the interval
     * @param stop the end of the interval
     * @param step the spacing between values
     * @return the result
     */
    public static NDArray arange(long start, long stop, long step) { return Creation.arange(start, stop, step, DType.INT64); }

    /**
     * NumPy {@code np.arange(5.0)}: float64.
     *
     * @param stop the end of the interval
     * @return the result
     */
    public static NDArray arange(double stop) { return Creation.arange(0.0, stop, 1.0, DType.FLOAT64); }

    /**
     * NumPy {@code np.arange(0., 1., .1)}: float64.
     *
     * @param start the start of the interval
     * @param stop the end of the interval
     * @param step the spacing between values
     * @return the result
     */
    public static NDArray arange(double start, double stop, double step) { return Creation.arange(start, stop, step, DType.FLOAT64); }

    /**
     * NumPy {@code np.linspace(0, 1, 5)}.
     *
     * @param start the start of the interval
     * @param stop the end of the interval
     * @param num the number of samples
     * @return the result
     */
    public static NDArray linspace(double start, double stop, long num) { return Creation.linspace(start, stop, num, true, DType.FLOAT64); }

    /**
     * NumPy {@code np.linspace(start, stop)}: 50 samples.
     *
     * @param start the start of the interval
     * @param stop the end of the interval
     * @return the result
     */
    public static NDArray linspace(double start, double stop) { return linspace(start, stop, 50); }

    /**
     * NumPy {@code np.linspace(start, stop, num, endpoint)}.
     *
     * @param start the start of the interval
     * @param stop the end of the interval
     * @param num the number of samples
     * @param endpoint whether {@code stop} is the last sample
     * @return the result
     */
    public static NDArray linspace(double start, double stop, long num, boolean endpoint) {
        return Creation.linspace(start, stop, num, endpoint, DType.FLOAT64);
    }

    /**
     * NumPy {@code np.meshgrid(x, y)} (indexing='xy'): {@code [X, Y]}, each of shape (len(y), len(x)),
     * new writable arrays; the grid of a decision-boundary plot.
     * <pre>{@code
     * List<NDArray> g = meshgrid(linspace(-1, 1, 100), linspace(-1, 1, 50));
     * g.get(0).shape();   // [50, 100]
     * }</pre>
     *
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     * @return the result
     */
    public static java.util.List<NDArray> meshgrid(NDArray x, NDArray y) { return Joining.meshgrid(java.util.Arrays.asList(x, y), "xy"); }

    /**
     * NumPy {@code np.meshgrid(x, y, indexing=indexing)}: "xy" (Cartesian, the default) or "ij" (matrix:
     * shapes (len(x), len(y))).
     * <pre>{@code
     * meshgrid(arange(3), arange(2), "ij").get(0).shape();   // [3, 2]
     * }</pre>
     *
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     * @param indexing the indexing ({@code "xy"} or {@code "ij"})
     * @return the result
     */
    public static java.util.List<NDArray> meshgrid(NDArray x, NDArray y, String indexing) {
        return Joining.meshgrid(java.util.Arrays.asList(x, y), indexing);
    }

    /**
     * NumPy {@code np.meshgrid(*xi, indexing=indexing)} for any number of inputs (each is flattened).
     * <pre>{@code
     * meshgrid(List.of(x, y, z), "ij").get(2).shape();   // [x.size(), y.size(), z.size()]
     * }</pre>
     *
     * @param xi the coordinate vectors
     * @param indexing the indexing ({@code "xy"} or {@code "ij"})
     * @return the result
     */
    public static java.util.List<NDArray> meshgrid(java.util.List<NDArray> xi, String indexing) { return Joining.meshgrid(xi, indexing); }

    /**
     * NumPy {@code np.zeros_like(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray zerosLike(NDArray a) { return zeros(a.dtype(), shapeOf(a)); }

    /**
     * NumPy {@code np.ones_like(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray onesLike(NDArray a) { return ones(a.dtype(), shapeOf(a)); }

    /**
     * NumPy {@code np.empty_like(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray emptyLike(NDArray a) { return empty(a.dtype(), shapeOf(a)); }

    /**
     * NumPy {@code np.full_like(a, value)}.
     *
     * @param a the array
     * @param value the value
     * @return the result
     */
    public static NDArray fullLike(NDArray a, double value) { return full(a.dtype(), shapeOf(a), value); }

    // ---- index items (typed form of a[...]) ------------------------------------------------------

    /**
     * {@code :}
     * NumPy's {@code :} in an index.
     *
     * @return the all
     */
    public static Index all() { return Index.ALL; }

    /**
     * {@code start:stop}; null for an open end.
     * NumPy's {@code start:stop} in an index.
     *
     * @param start the start of the interval
     * @param stop the end of the interval
     * @return the result
     */
    public static Index slice(Integer start, Integer stop) { return slice(start, stop, null); }

    /**
     * {@code start:stop:step}; nulls take Python's defaults.
     *
     * @param start the start of the interval
     * @param stop the end of the interval
     * @param step the spacing between values
     * @return the result
     */
    public static Index slice(Integer start, Integer stop, Integer step) {
        return new Index.Slice(start == null ? null : start.longValue(), stop == null ? null : stop.longValue(),
                step == null ? null : step.longValue());
    }

    /**
     * An integer index inside a typed index.
     * NumPy's integer {@code i} in an index.
     *
     * @param i the index
     * @return the result
     */
    public static Index at(long i) { return new Index.At(i); }

    /**
     * {@code None} / {@code np.newaxis}.
     *
     * @return the new axis
     */
    public static Index newAxis() { return new Index.NewAxis(); }

    /**
     * {@code ...}
     * NumPy's {@code ...} in an index.
     *
     * @return the ellipsis
     */
    public static Index ellipsis() { return new Index.Ellipsis(); }

    /**
     * An index array inside a typed index: a bool mask or an int32/int64 array, NumPy's advanced
     * indexing (the result is a copy). The string form ({@code get(":, 1")}) cannot carry arrays.
     * <pre>{@code
     * X.get(idx(X.get(":, 0").gt(70)), at(1));     // X[X[:, 0] > 70, 1]
     * X.get(all(), idx(array(0, 2)));             // X[:, [0, 2]]
     * }</pre>
     *
     * @param index the index
     * @return the result
     */
    public static Index idx(NDArray index) { return new Index.Array(index); }

    // ---- shape manipulation and joining ----------------------------------------------------------
    // (java.util.List is spelled out here so that this section needs no import of its own)

    /**
     * NumPy {@code np.swapaxes(a, axis1, axis2)}: a view.
     * <pre>{@code
     * swapaxes(zeros(2, 3), 0, 1).shape();   // [3, 2]
     * }</pre>
     *
     * @param a the array
     * @param axis1 the first axis
     * @param axis2 the second axis
     * @return the result
     */
    public static NDArray swapaxes(NDArray a, int axis1, int axis2) { return a.swapaxes(axis1, axis2); }

    /**
     * NumPy {@code np.broadcast_to(a, shape)}: a read-only view; see {@link NDArray#broadcastTo(long...)}.
     * <pre>{@code
     * broadcastTo(array(1, 2, 3), 2, 3);   // [[1 2 3]\n [1 2 3]]
     * }</pre>
     *
     * @param a the array
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray broadcastTo(NDArray a, long... shape) { return a.broadcastTo(shape); }

    /**
     * {@link #broadcastTo(NDArray, long...)} with int extents.
     * NumPy {@code np.broadcast_to(a, shape)}.
     *
     * @param a the array
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray broadcastTo(NDArray a, int... shape) { return a.broadcastTo(shape); }

    /**
     * NumPy {@code np.expand_dims(a, axis)}: a view with a new length-1 axis (negative counts from the result's end).
     * <pre>{@code
     * expandDims(arange(3), -1).shape();   // [3, 1]
     * }</pre>
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray expandDims(NDArray a, int axis) { return a.expandDims(axis); }

    /**
     * NumPy {@code np.expand_dims(a, (axis0, axis1, ...))}.
     * <pre>{@code
     * expandDims(arange(3), 0, 2).shape();   // [1, 3, 1]
     * }</pre>
     *
     * @param a the array
     * @param axes the axes (negative ones count from the last)
     * @return the result
     */
    public static NDArray expandDims(NDArray a, int... axes) { return a.expandDims(axes); }

    /**
     * NumPy {@code np.squeeze(a)}: a view without the length-1 axes.
     * <pre>{@code
     * squeeze(zeros(1, 3, 1)).shape();   // [3]
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray squeeze(NDArray a) { return a.squeeze(); }

    /**
     * NumPy {@code np.squeeze(a, axis)}; see {@link NDArray#squeeze(int...)}.
     * <pre>{@code
     * squeeze(zeros(1, 3, 1), 0).shape();   // [3, 1]
     * }</pre>
     *
     * @param a the array
     * @param axes the axes (negative ones count from the last)
     * @return the result
     */
    public static NDArray squeeze(NDArray a, int... axes) { return a.squeeze(axes); }

    /**
     * NumPy {@code np.concatenate(arrays, axis)}: one new array; its dtype is NumPy's
     * {@code result_type} of all inputs (int32 with float32 gives float64). Every axis but {@code axis}
     * must match, else NumPy's message naming the dimension and the arrays.
     * <pre>{@code
     * NDArray X = concatenate(List.of(ones(2, 3), zeros(1, 3)), 0);   // shape [3, 3]
     * concatenate(List.of(ones(2, 3), zeros(2, 1)), 1).shape();      // [2, 4]
     * }</pre>
     *
     * @param arrays the arrays
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray concatenate(java.util.List<NDArray> arrays, int axis) { return Joining.concatenate(arrays, axis); }

    /**
     * NumPy {@code np.concatenate(arrays)} along axis 0. Example: {@code concatenate(List.of(a, b))}.
     *
     * @param arrays the arrays
     * @return the result
     */
    public static NDArray concatenate(java.util.List<NDArray> arrays) { return Joining.concatenate(arrays, 0); }

    /**
     * NumPy {@code np.concatenate((a, b, ...), axis=axis)}, varargs form.
     * <pre>{@code
     * concatenate(1, ones(2, 3), zeros(2, 1)).shape();   // [2, 4]
     * }</pre>
     *
     * @param axis the axis (negative counts from the last)
     * @param arrays the arrays
     * @return the result
     */
    public static NDArray concatenate(int axis, NDArray... arrays) { return Joining.concatenate(java.util.Arrays.asList(arrays), axis); }

    /**
     * NumPy {@code np.concatenate((a, b, ...))} along axis 0.
     * <pre>{@code
     * concatenate(array(1, 2), array(3.5, 4.5));   // [1.  2.  3.5 4.5]: int64 with float64 gives float64
     * }</pre>
     *
     * @param arrays the arrays
     * @return the result
     */
    public static NDArray concatenate(NDArray... arrays) { return Joining.concatenate(java.util.Arrays.asList(arrays), 0); }

    /**
     * NumPy {@code np.stack(arrays, axis)}: joins equal-shaped arrays along a new axis of the result.
     * <pre>{@code
     * stack(List.of(array(1, 2), array(3, 4)), 1);   // [[1 3]\n [2 4]]
     * }</pre>
     *
     * @param arrays the arrays
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray stack(java.util.List<NDArray> arrays, int axis) { return Joining.stack(arrays, axis); }

    /**
     * NumPy {@code np.stack(arrays)} along a new first axis. Example: {@code stack(List.of(a, b))}.
     *
     * @param arrays the arrays
     * @return the result
     */
    public static NDArray stack(java.util.List<NDArray> arrays) { return Joining.stack(arrays, 0); }

    /**
     * NumPy {@code np.stack((a, b, ...), axis=axis)}. Example: {@code stack(-1, x, y)}.
     *
     * @param axis the axis (negative counts from the last)
     * @param arrays the arrays
     * @return the result
     */
    public static NDArray stack(int axis, NDArray... arrays) { return Joining.stack(java.util.Arrays.asList(arrays), axis); }

    /**
     * NumPy {@code np.stack((a, b, ...))}.
     * <pre>{@code
     * stack(array(1, 2), array(3, 4));   // [[1 2]\n [3 4]]
     * }</pre>
     *
     * @param arrays the arrays
     * @return the result
     */
    public static NDArray stack(NDArray... arrays) { return Joining.stack(java.util.Arrays.asList(arrays), 0); }

    /**
     * NumPy {@code np.vstack}: rows on rows; 1-d inputs of length n are rows of shape (1, n).
     * <pre>{@code
     * vstack(array(1, 2), array(3, 4));   // [[1 2]\n [3 4]]
     * }</pre>
     *
     * @param arrays the arrays
     * @return the result
     */
    public static NDArray vstack(NDArray... arrays) { return Joining.vstack(java.util.Arrays.asList(arrays)); }

    /**
     * NumPy {@code np.vstack(list)}. Example: {@code vstack(List.of(X_train, X_test))}.
     *
     * @param arrays the arrays
     * @return the result
     */
    public static NDArray vstack(java.util.List<NDArray> arrays) { return Joining.vstack(arrays); }

    /**
     * NumPy {@code np.hstack}: 1-d inputs join end to end, others along axis 1.
     * <pre>{@code
     * hstack(array(1, 2), array(3));   // [1 2 3]
     * }</pre>
     *
     * @param arrays the arrays
     * @return the result
     */
    public static NDArray hstack(NDArray... arrays) { return Joining.hstack(java.util.Arrays.asList(arrays)); }

    /**
     * NumPy {@code np.hstack(list)}. Example: {@code hstack(List.of(a, b))}.
     *
     * @param arrays the arrays
     * @return the result
     */
    public static NDArray hstack(java.util.List<NDArray> arrays) { return Joining.hstack(arrays); }

    /**
     * NumPy {@code np.column_stack} and {@code np.c_[a, b]}: 1-d inputs become columns, then join along axis 1.
     * <pre>{@code
     * NDArray Xb = columnStack(ones(X.shape(0)), X);   // np.c_[np.ones(len(X)), X]: the bias column
     * }</pre>
     *
     * @param arrays the arrays
     * @return the result
     */
    public static NDArray columnStack(NDArray... arrays) { return Joining.columnStack(java.util.Arrays.asList(arrays)); }

    /**
     * NumPy {@code np.column_stack(list)}. Example: {@code columnStack(List.of(x1, x2))}.
     *
     * @param arrays the arrays
     * @return the result
     */
    public static NDArray columnStack(java.util.List<NDArray> arrays) { return Joining.columnStack(arrays); }

    /**
     * NumPy {@code np.split(a, sections, axis)}: equal parts as views of {@code a}; sections that do not
     * divide the axis fail with NumPy's "array split does not result in an equal division".
     * <pre>{@code
     * List<NDArray> parts = split(arange(6), 3, 0);   // [0 1], [2 3], [4 5]
     * }</pre>
     *
     * @param a the array
     * @param sections the number of equal sections, or the indices where to split
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static java.util.List<NDArray> split(NDArray a, int sections, int axis) { return Joining.split(a, sections, axis); }

    /**
     * NumPy {@code np.split(a, sections)} along axis 0. Example: {@code split(X, 2)}.
     *
     * @param a the array
     * @param sections the number of equal sections, or the indices where to split
     * @return the result
     */
    public static java.util.List<NDArray> split(NDArray a, int sections) { return Joining.split(a, sections, 0); }

    /**
     * NumPy {@code np.split(a, [i0, i1, ...], axis)}: views {@code a[:i0], a[i0:i1], ..., a[ik:]} along
     * {@code axis}, indices taken like Python slice bounds.
     * <pre>{@code
     * split(arange(10), new long[] {3, 7}, 0);   // [0 1 2], [3 4 5 6], [7 8 9]
     * }</pre>
     *
     * @param a the array
     * @param indices the indices
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static java.util.List<NDArray> split(NDArray a, long[] indices, int axis) { return Joining.split(a, indices.clone(), axis); }

    /**
     * NumPy {@code np.split(a, [i0, i1, ...])} along axis 0. Example: {@code split(X, new long[] {80})}.
     *
     * @param a the array
     * @param indices the indices
     * @return the result
     */
    public static java.util.List<NDArray> split(NDArray a, long[] indices) { return Joining.split(a, indices.clone(), 0); }

    /**
     * NumPy {@code np.array_split(a, sections, axis)}: like split, but the first {@code n % sections}
     * parts are one longer instead of failing.
     * <pre>{@code
     * arraySplit(arange(7), 3, 0);   // [0 1 2], [3 4], [5 6]
     * }</pre>
     *
     * @param a the array
     * @param sections the number of equal sections, or the indices where to split
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static java.util.List<NDArray> arraySplit(NDArray a, int sections, int axis) { return Joining.arraySplit(a, sections, axis); }

    /**
     * NumPy {@code np.array_split(a, sections)} along axis 0. Example: {@code arraySplit(X, 3)}.
     *
     * @param a the array
     * @param sections the number of equal sections, or the indices where to split
     * @return the result
     */
    public static java.util.List<NDArray> arraySplit(NDArray a, int sections) { return Joining.arraySplit(a, sections, 0); }

    // ---- indexing functions ----------------------------------------------------------------------

    /**
     * NumPy {@code np.take(a, indices, axis)}; see {@link NDArray#take(NDArray, int)}.
     * <pre>{@code
     * take(X, array(0, 2), 1);         // X[:, [0, 2]]
     * }</pre>
     *
     * @param a the array
     * @param indices the indices
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray take(NDArray a, NDArray indices, int axis) { return a.take(indices, axis); }

    /**
     * NumPy {@code np.take(a, indices)}: indexes the flattened array.
     * <pre>{@code
     * take(arange(12).reshape(3, 4), array(0, 5));   // [0 5]
     * }</pre>
     *
     * @param a the array
     * @param indices the indices
     * @return the result
     */
    public static NDArray take(NDArray a, NDArray indices) { return a.take(indices); }

    /**
     * NumPy {@code np.where(cond, x, y)}: broadcasts all three; x and y promote like a binary op.
     *
     * @param cond the condition (a bool array)
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     * @return the result
     */
    public static NDArray where(NDArray cond, NDArray x, NDArray y) { return Select.where(cond, x, y); }

    /**
     * NumPy {@code np.where(cond, x, y)} with scalar branches (weak, like Python scalars).
     *
     * @param cond the condition (a bool array)
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     * @return the result
     */
    public static NDArray where(NDArray cond, double x, double y) {
        return Select.where(cond, full(DType.FLOAT64, new long[0], x), full(DType.FLOAT64, new long[0], y));
    }

    /**
     * NumPy {@code np.where(cond, x, 2.5)}: an array branch and a weak scalar branch (the result has x's
     * dtype when the scalar fits its kind: float32 stays float32).
     * <pre>{@code
     * where(x.gt(0.0), x, 0.0);           // ReLU
     * where(mask, arange(3), 0.5).dtype();   // float64
     * }</pre>
     *
     * @param cond the condition (a bool array)
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     * @return the result
     */
    public static NDArray where(NDArray cond, NDArray x, double y) { return Select.where(cond, x, (Object) y); }
    /**
     * NumPy {@code np.where(cond, 2.5, y)}. Example: {@code where(x.lt(0.0), 0.0, x)}.
     *
     * @param cond the condition (a bool array)
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     * @return the result
     */
    public static NDArray where(NDArray cond, double x, NDArray y) { return Select.where(cond, (Object) x, y); }
    /**
     * NumPy {@code np.where(cond, x, 2)} with a Python-int branch: an int32 x stays int32. As in NumPy 2,
     * the int is converted without a range check.
     * <pre>{@code
     * where(labels.eq(-1L), labels, 0);   // labels' dtype
     * where(mask, array(INT32, new int[] {1, 2}), 0).dtype();   // int32
     * }</pre>
     *
     * @param cond the condition (a bool array)
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     * @return the result
     */
    public static NDArray where(NDArray cond, NDArray x, long y) { return Select.where(cond, x, (Object) y); }
    /**
     * NumPy {@code np.where(cond, 2, y)}. Example: {@code where(mask, 1, counts)}.
     *
     * @param cond the condition (a bool array)
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     * @return the result
     */
    public static NDArray where(NDArray cond, long x, NDArray y) { return Select.where(cond, (Object) x, y); }
    /**
     * NumPy {@code np.where(cond, 1, 0)}: two Python ints give int64. Example: {@code where(y.gt(0.5), 1, 0)} gives 0/1 labels.
     *
     * @param cond the condition (a bool array)
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     * @return the result
     */
    public static NDArray where(NDArray cond, long x, long y) { return Select.where(cond, (Object) x, (Object) y); }
    /**
     * NumPy {@code np.where(cond, x, True)}. Example: {@code where(valid, mask, false)}.
     *
     * @param cond the condition (a bool array)
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     * @return the result
     */
    public static NDArray where(NDArray cond, NDArray x, boolean y) { return Select.where(cond, x, (Object) y); }
    /**
     * NumPy {@code np.where(cond, True, y)}. Example: {@code where(valid, true, mask)}.
     *
     * @param cond the condition (a bool array)
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     * @return the result
     */
    public static NDArray where(NDArray cond, boolean x, NDArray y) { return Select.where(cond, (Object) x, y); }
    /**
     * NumPy {@code np.where(cond, True, False)}: bool. Example: {@code where(x.gt(0L), true, false)}.
     *
     * @param cond the condition (a bool array)
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     * @return the result
     */
    public static NDArray where(NDArray cond, boolean x, boolean y) { return Select.where(cond, (Object) x, (Object) y); }

    // ---- math ufuncs -----------------------------------------------------------------------------
    // NumPy's ufunc functions with NumPy's names; a Java scalar in either position is weak like a Python
    // scalar ({@code add(int32Array, 2)} stays int32). Each delegates to the NDArray method of the same name.

    /**
     * NumPy {@code np.add(a, b)}.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray add(NDArray a, NDArray b) { return a.add(b); }
    /**
     * NumPy {@code a + 2.5} (a weak Python float). Example: {@code add(x, 2.5)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray add(NDArray a, double s) { return a.add(s); }
    /**
     * NumPy {@code a + 2} (a weak Python int). Example: {@code add(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray add(NDArray a, long s) { return a.add(s); }
    /**
     * NumPy {@code a + True} (a weak Python bool). Example: {@code add(arange(3), true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray add(NDArray a, boolean s) { return a.add(s); }
    /**
     * NumPy {@code 2.5 + a}: the scalar first. Example: {@code add(2.0, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray add(double s, NDArray a) { return Ufuncs.binary(Ufuncs.ADD, s, a); }
    /**
     * NumPy {@code 2 + a}: the scalar first. Example: {@code add(2, arange(3))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray add(long s, NDArray a) { return Ufuncs.binary(Ufuncs.ADD, s, a); }
    /**
     * NumPy {@code True + a}: the scalar first. Example: {@code add(true, mask)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray add(boolean s, NDArray a) { return Ufuncs.binary(Ufuncs.ADD, (Object) s, a); }

    /**
     * NumPy {@code np.subtract(a, b)}.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray sub(NDArray a, NDArray b) { return a.sub(b); }
    /**
     * NumPy {@code a - 2.5} (a weak Python float). Example: {@code sub(x, 2.5)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray sub(NDArray a, double s) { return a.sub(s); }
    /**
     * NumPy {@code a - 2} (a weak Python int). Example: {@code sub(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray sub(NDArray a, long s) { return a.sub(s); }
    /**
     * NumPy {@code a - True} (a weak Python bool). Example: {@code sub(arange(3), true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray sub(NDArray a, boolean s) { return a.sub(s); }
    /**
     * NumPy {@code 2.5 - a}: the scalar first. Example: {@code sub(1.0, p)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray sub(double s, NDArray a) { return a.rsub(s); }
    /**
     * NumPy {@code 2 - a}: the scalar first. Example: {@code sub(2, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray sub(long s, NDArray a) { return a.rsub(s); }
    /**
     * NumPy {@code True - a}: the scalar first. Example: {@code sub(true, arange(3))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray sub(boolean s, NDArray a) { return Ufuncs.binary(Ufuncs.SUB, (Object) s, a); }

    /**
     * NumPy {@code np.multiply(a, b)}.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray mul(NDArray a, NDArray b) { return a.mul(b); }
    /**
     * NumPy {@code a * 2.5} (a weak Python float). Example: {@code mul(x, 2.0)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray mul(NDArray a, double s) { return a.mul(s); }
    /**
     * NumPy {@code a * 2} (a weak Python int). Example: {@code mul(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray mul(NDArray a, long s) { return a.mul(s); }
    /**
     * NumPy {@code a * True} (a weak Python bool). Example: {@code mul(arange(3), true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray mul(NDArray a, boolean s) { return a.mul(s); }
    /**
     * NumPy {@code 2.5 * a}: the scalar first. Example: {@code mul(0.5, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray mul(double s, NDArray a) { return Ufuncs.binary(Ufuncs.MUL, s, a); }
    /**
     * NumPy {@code 2 * a}: the scalar first. Example: {@code mul(2, arange(3))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray mul(long s, NDArray a) { return Ufuncs.binary(Ufuncs.MUL, s, a); }
    /**
     * NumPy {@code True * a}: the scalar first. Example: {@code mul(true, mask)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray mul(boolean s, NDArray a) { return Ufuncs.binary(Ufuncs.MUL, (Object) s, a); }

    /**
     * NumPy {@code np.divide(a, b)}.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray div(NDArray a, NDArray b) { return a.div(b); }
    /**
     * NumPy {@code a / 2.5} (a weak Python float). Example: {@code div(x, 255.0)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray div(NDArray a, double s) { return a.div(s); }
    /**
     * NumPy {@code a / 2} (a weak Python int). Example: {@code div(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray div(NDArray a, long s) { return a.div(s); }
    /**
     * NumPy {@code a / True} (a weak Python bool). Example: {@code div(arange(3), true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray div(NDArray a, boolean s) { return a.div(s); }
    /**
     * NumPy {@code 2.5 / a}: the scalar first. Example: {@code div(1.0, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray div(double s, NDArray a) { return a.rdiv(s); }
    /**
     * NumPy {@code 2 / a}: the scalar first. Example: {@code div(2, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray div(long s, NDArray a) { return a.rdiv(s); }
    /**
     * NumPy {@code True / a}: the scalar first. Example: {@code div(true, arange(3))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray div(boolean s, NDArray a) { return Ufuncs.binary(Ufuncs.DIV, (Object) s, a); }

    /**
     * NumPy {@code np.floor_divide(a, b)}: broadcasts, promotes by NumPy 2's rules; see {@link NDArray#floorDiv(NDArray)}.
     * <pre>{@code
     * floorDiv(arange(7), 2);
     * floorDiv(7, array(2, 3));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray floorDiv(NDArray a, NDArray b) { return a.floorDiv(b); }
    /**
     * NumPy {@code a // 2.5} (a weak Python float). Example: {@code floorDiv(x, 2.5)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray floorDiv(NDArray a, double s) { return a.floorDiv(s); }
    /**
     * NumPy {@code a // 2} (a weak Python int). Example: {@code floorDiv(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray floorDiv(NDArray a, long s) { return a.floorDiv(s); }
    /**
     * NumPy {@code a // True} (a weak Python bool). Example: {@code floorDiv(arange(3), true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray floorDiv(NDArray a, boolean s) { return a.floorDiv(s); }
    /**
     * NumPy {@code 2.5 // a}: the scalar first. Example: {@code floorDiv(2.5, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray floorDiv(double s, NDArray a) { return a.rfloorDiv(s); }
    /**
     * NumPy {@code 2 // a}: the scalar first. Example: {@code floorDiv(7, array(2, 3))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray floorDiv(long s, NDArray a) { return a.rfloorDiv(s); }
    /**
     * NumPy {@code True // a}: the scalar first. Example: {@code floorDiv(true, arange(3))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray floorDiv(boolean s, NDArray a) { return Ufuncs.binary(Ufuncs.FLOOR_DIV, (Object) s, a); }

    /**
     * NumPy {@code np.power(a, b)}: broadcasts, promotes by NumPy 2's rules; see {@link NDArray#pow(NDArray)}.
     * <pre>{@code
     * pow(x, 2.0);
     * pow(2, arange(4));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray pow(NDArray a, NDArray b) { return a.pow(b); }
    /**
     * NumPy {@code a ** 2.5} (a weak Python float). Example: {@code pow(x, 2.0)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray pow(NDArray a, double s) { return a.pow(s); }
    /**
     * NumPy {@code a ** 2} (a weak Python int). Example: {@code pow(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray pow(NDArray a, long s) { return a.pow(s); }
    /**
     * NumPy {@code a ** True} (a weak Python bool). Example: {@code pow(arange(3), true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray pow(NDArray a, boolean s) { return a.pow(s); }
    /**
     * NumPy {@code 2.5 ** a}: the scalar first. Example: {@code pow(2.5, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray pow(double s, NDArray a) { return a.rpow(s); }
    /**
     * NumPy {@code 2 ** a}: the scalar first. Example: {@code pow(2, arange(4))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray pow(long s, NDArray a) { return a.rpow(s); }
    /**
     * NumPy {@code True ** a}: the scalar first. Example: {@code pow(true, arange(3))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray pow(boolean s, NDArray a) { return Ufuncs.binary(Ufuncs.POW, (Object) s, a); }

    /**
     * NumPy {@code np.remainder(a, b)}: broadcasts, promotes by NumPy 2's rules; see {@link NDArray#mod(NDArray)}.
     * <pre>{@code
     * mod(arange(7), 3);
     * mod(7, array(2, 3));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray mod(NDArray a, NDArray b) { return a.mod(b); }
    /**
     * NumPy {@code a % 2.5} (a weak Python float). Example: {@code mod(x, 2.5)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray mod(NDArray a, double s) { return a.mod(s); }
    /**
     * NumPy {@code a % 2} (a weak Python int). Example: {@code mod(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray mod(NDArray a, long s) { return a.mod(s); }
    /**
     * NumPy {@code a % True} (a weak Python bool). Example: {@code mod(arange(3), true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray mod(NDArray a, boolean s) { return a.mod(s); }
    /**
     * NumPy {@code 2.5 % a}: the scalar first. Example: {@code mod(2.5, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray mod(double s, NDArray a) { return a.rmod(s); }
    /**
     * NumPy {@code 2 % a}: the scalar first. Example: {@code mod(7, array(2, 3))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray mod(long s, NDArray a) { return a.rmod(s); }
    /**
     * NumPy {@code True % a}: the scalar first. Example: {@code mod(true, arange(3))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray mod(boolean s, NDArray a) { return Ufuncs.binary(Ufuncs.MOD, (Object) s, a); }

    /**
     * NumPy {@code np.maximum(a, b)}.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray maximum(NDArray a, NDArray b) { return a.maximum(b); }
    /**
     * NumPy {@code np.maximum(a, b)}.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray maximum(NDArray a, double b) { return a.maximum(b); }
    /**
     * NumPy {@code np.maximum(a, 2)} (a weak Python int). Example: {@code maximum(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray maximum(NDArray a, long s) { return a.maximum(s); }
    /**
     * NumPy {@code np.maximum(a, True)} (a weak Python bool). Example: {@code maximum(arange(3), true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray maximum(NDArray a, boolean s) { return a.maximum(s); }
    /**
     * NumPy {@code np.maximum(2.5, a)}: the scalar first. Example: {@code maximum(0.0, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray maximum(double s, NDArray a) { return Ufuncs.binary(Ufuncs.MAXIMUM, s, a); }
    /**
     * NumPy {@code np.maximum(2, a)}: the scalar first. Example: {@code maximum(2, arange(3))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray maximum(long s, NDArray a) { return Ufuncs.binary(Ufuncs.MAXIMUM, s, a); }
    /**
     * NumPy {@code np.maximum(True, a)}: the scalar first. Example: {@code maximum(true, mask)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray maximum(boolean s, NDArray a) { return Ufuncs.binary(Ufuncs.MAXIMUM, (Object) s, a); }

    /**
     * NumPy {@code np.minimum(a, b)}.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray minimum(NDArray a, NDArray b) { return a.minimum(b); }
    /**
     * NumPy {@code np.minimum(a, b)}.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray minimum(NDArray a, double b) { return a.minimum(b); }
    /**
     * NumPy {@code np.minimum(a, 2)} (a weak Python int). Example: {@code minimum(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray minimum(NDArray a, long s) { return a.minimum(s); }
    /**
     * NumPy {@code np.minimum(a, True)} (a weak Python bool). Example: {@code minimum(arange(3), true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray minimum(NDArray a, boolean s) { return a.minimum(s); }
    /**
     * NumPy {@code np.minimum(2.5, a)}: the scalar first. Example: {@code minimum(1.0, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray minimum(double s, NDArray a) { return Ufuncs.binary(Ufuncs.MINIMUM, s, a); }
    /**
     * NumPy {@code np.minimum(2, a)}: the scalar first. Example: {@code minimum(2, arange(3))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray minimum(long s, NDArray a) { return Ufuncs.binary(Ufuncs.MINIMUM, s, a); }
    /**
     * NumPy {@code np.minimum(True, a)}: the scalar first. Example: {@code minimum(true, mask)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray minimum(boolean s, NDArray a) { return Ufuncs.binary(Ufuncs.MINIMUM, (Object) s, a); }

    /**
     * NumPy {@code np.fmax(a, b)}; see {@link NDArray#fmax(NDArray)} for its dtypes.
     * <pre>{@code
     * fmax(array(1.0, Double.NaN), array(Double.NaN, 2.0));   // [1. 2.]
     * fmax(y, x);
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray fmax(NDArray a, NDArray b) { return a.fmax(b); }
    /**
     * NumPy {@code np.fmax(a, 2.5)} (a weak Python float). Example: {@code fmax(x, 0.0)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray fmax(NDArray a, double s) { return a.fmax(s); }
    /**
     * NumPy {@code np.fmax(a, 2)} (a weak Python int). Example: {@code fmax(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray fmax(NDArray a, long s) { return a.fmax(s); }
    /**
     * NumPy {@code np.fmax(2.5, a)}: the scalar first. Example: {@code fmax(0.0, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray fmax(double s, NDArray a) { return Ufuncs.binary(Ufuncs.FMAX, s, a); }
    /**
     * NumPy {@code np.fmax(2, a)}: the scalar first. Example: {@code fmax(2, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray fmax(long s, NDArray a) { return Ufuncs.binary(Ufuncs.FMAX, s, a); }
    /**
     * NumPy {@code np.fmax(a, True)} (a weak Python bool). Example: {@code fmax(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray fmax(NDArray a, boolean s) { return a.fmax(s); }
    /**
     * NumPy {@code np.fmax(True, a)}: the scalar first. Example: {@code fmax(true, mask)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray fmax(boolean s, NDArray a) { return Ufuncs.binary(Ufuncs.FMAX, (Object) s, a); }

    /**
     * NumPy {@code np.fmin(a, b)}; see {@link NDArray#fmin(NDArray)} for its dtypes.
     * <pre>{@code
     * fmin(array(1.0, Double.NaN), array(Double.NaN, 2.0));   // [1. 2.]
     * fmin(y, x);
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray fmin(NDArray a, NDArray b) { return a.fmin(b); }
    /**
     * NumPy {@code np.fmin(a, 2.5)} (a weak Python float). Example: {@code fmin(x, 1.0)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray fmin(NDArray a, double s) { return a.fmin(s); }
    /**
     * NumPy {@code np.fmin(a, 2)} (a weak Python int). Example: {@code fmin(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray fmin(NDArray a, long s) { return a.fmin(s); }
    /**
     * NumPy {@code np.fmin(2.5, a)}: the scalar first. Example: {@code fmin(1.0, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray fmin(double s, NDArray a) { return Ufuncs.binary(Ufuncs.FMIN, s, a); }
    /**
     * NumPy {@code np.fmin(2, a)}: the scalar first. Example: {@code fmin(2, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray fmin(long s, NDArray a) { return Ufuncs.binary(Ufuncs.FMIN, s, a); }
    /**
     * NumPy {@code np.fmin(a, True)} (a weak Python bool). Example: {@code fmin(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray fmin(NDArray a, boolean s) { return a.fmin(s); }
    /**
     * NumPy {@code np.fmin(True, a)}: the scalar first. Example: {@code fmin(true, mask)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray fmin(boolean s, NDArray a) { return Ufuncs.binary(Ufuncs.FMIN, (Object) s, a); }

    /**
     * NumPy {@code np.arctan2(a, b)}; see {@link NDArray#arctan2(NDArray)} for its dtypes.
     * <pre>{@code
     * arctan2(array(1.0, -1.0), array(1.0, 1.0));   // [ 0.78539816 -0.78539816]
     * arctan2(y, x);
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray arctan2(NDArray a, NDArray b) { return a.arctan2(b); }
    /**
     * NumPy {@code np.arctan2(a, 2.5)} (a weak Python float). Example: {@code arctan2(x, 1.0)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray arctan2(NDArray a, double s) { return a.arctan2(s); }
    /**
     * NumPy {@code np.arctan2(a, 2)} (a weak Python int). Example: {@code arctan2(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray arctan2(NDArray a, long s) { return a.arctan2(s); }
    /**
     * NumPy {@code np.arctan2(2.5, a)}: the scalar first. Example: {@code arctan2(1.0, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray arctan2(double s, NDArray a) { return Ufuncs.binary(Ufuncs.ARCTAN2, s, a); }
    /**
     * NumPy {@code np.arctan2(2, a)}: the scalar first. Example: {@code arctan2(2, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray arctan2(long s, NDArray a) { return Ufuncs.binary(Ufuncs.ARCTAN2, s, a); }

    /**
     * NumPy {@code np.hypot(a, b)}; see {@link NDArray#hypot(NDArray)} for its dtypes.
     * <pre>{@code
     * hypot(array(3.0, Double.POSITIVE_INFINITY), array(4.0, Double.NaN));   // [ 5. inf]
     * hypot(y, x);
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray hypot(NDArray a, NDArray b) { return a.hypot(b); }
    /**
     * NumPy {@code np.hypot(a, 2.5)} (a weak Python float). Example: {@code hypot(x, 1.0)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray hypot(NDArray a, double s) { return a.hypot(s); }
    /**
     * NumPy {@code np.hypot(a, 2)} (a weak Python int). Example: {@code hypot(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray hypot(NDArray a, long s) { return a.hypot(s); }
    /**
     * NumPy {@code np.hypot(2.5, a)}: the scalar first. Example: {@code hypot(1.0, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray hypot(double s, NDArray a) { return Ufuncs.binary(Ufuncs.HYPOT, s, a); }
    /**
     * NumPy {@code np.hypot(2, a)}: the scalar first. Example: {@code hypot(2, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray hypot(long s, NDArray a) { return Ufuncs.binary(Ufuncs.HYPOT, s, a); }

    /**
     * NumPy {@code np.copysign(a, b)}; see {@link NDArray#copysign(NDArray)} for its dtypes.
     * <pre>{@code
     * copysign(array(1.0, -2.0), array(-0.0, 3.0));   // [-1.  2.]
     * copysign(y, x);
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray copysign(NDArray a, NDArray b) { return a.copysign(b); }
    /**
     * NumPy {@code np.copysign(a, 2.5)} (a weak Python float). Example: {@code copysign(x, -1.0)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray copysign(NDArray a, double s) { return a.copysign(s); }
    /**
     * NumPy {@code np.copysign(a, 2)} (a weak Python int). Example: {@code copysign(arange(5), -1)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray copysign(NDArray a, long s) { return a.copysign(s); }
    /**
     * NumPy {@code np.copysign(2.5, a)}: the scalar first. Example: {@code copysign(-1.0, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray copysign(double s, NDArray a) { return Ufuncs.binary(Ufuncs.COPYSIGN, s, a); }
    /**
     * NumPy {@code np.copysign(2, a)}: the scalar first. Example: {@code copysign(-1, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray copysign(long s, NDArray a) { return Ufuncs.binary(Ufuncs.COPYSIGN, s, a); }

    /**
     * NumPy {@code np.negative(a)}; see {@link NDArray#neg()} for its dtypes.
     * <pre>{@code
     * neg(array(1, -2));   // [-1  2]
     * neg(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray neg(NDArray a) { return a.neg(); }

    /**
     * NumPy {@code np.abs(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray abs(NDArray a) { return a.abs(); }

    /**
     * NumPy {@code np.rint(a)}; see {@link NDArray#rint()} for its dtypes.
     * <pre>{@code
     * rint(array(0.5, 1.5, -2.5));   // [ 0.  2. -2.]
     * rint(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray rint(NDArray a) { return a.rint(); }

    /**
     * NumPy {@code np.sign(a)}; see {@link NDArray#sign()} for its dtypes.
     * <pre>{@code
     * sign(array(-3.0, 0.0, 2.0));   // [-1.  0.  1.]
     * sign(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray sign(NDArray a) { return a.sign(); }

    /**
     * NumPy {@code np.exp(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray exp(NDArray a) { return a.exp(); }

    /**
     * NumPy {@code np.log(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray log(NDArray a) { return a.log(); }

    /**
     * NumPy {@code np.log2(a)}; see {@link NDArray#log2()} for its dtypes.
     * <pre>{@code
     * log2(array(1.0, 8.0));   // [0. 3.]
     * log2(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray log2(NDArray a) { return a.log2(); }

    /**
     * NumPy {@code np.log10(a)}; see {@link NDArray#log10()} for its dtypes.
     * <pre>{@code
     * log10(array(1.0, 1000.0));   // [0. 3.]
     * log10(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray log10(NDArray a) { return a.log10(); }

    /**
     * NumPy {@code np.expm1(a)}; see {@link NDArray#expm1()} for its dtypes.
     * <pre>{@code
     * expm1(array(0.0));   // [0.]
     * expm1(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray expm1(NDArray a) { return a.expm1(); }

    /**
     * NumPy {@code np.log1p(a)}; see {@link NDArray#log1p()} for its dtypes.
     * <pre>{@code
     * log1p(array(0.0));   // [0.]
     * log1p(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray log1p(NDArray a) { return a.log1p(); }

    /**
     * NumPy {@code np.sqrt(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray sqrt(NDArray a) { return a.sqrt(); }

    /**
     * NumPy {@code np.square(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray square(NDArray a) { return a.square(); }

    /**
     * NumPy {@code np.reciprocal(a)}; see {@link NDArray#reciprocal()} for its dtypes.
     * <pre>{@code
     * reciprocal(array(2.0, -4.0));   // [ 0.5  -0.25]
     * reciprocal(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray reciprocal(NDArray a) { return a.reciprocal(); }

    /**
     * NumPy {@code np.sin(a)}; see {@link NDArray#sin()} for its dtypes.
     * <pre>{@code
     * sin(array(0.0));   // [0.]
     * sin(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray sin(NDArray a) { return a.sin(); }

    /**
     * NumPy {@code np.cos(a)}; see {@link NDArray#cos()} for its dtypes.
     * <pre>{@code
     * cos(array(0.0));   // [1.]
     * cos(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray cos(NDArray a) { return a.cos(); }

    /**
     * NumPy {@code np.tan(a)}; see {@link NDArray#tan()} for its dtypes.
     * <pre>{@code
     * tan(array(0.0, Math.PI / 4));   // [0. 1.]
     * tan(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray tan(NDArray a) { return a.tan(); }

    /**
     * NumPy {@code np.arcsin(a)}; see {@link NDArray#arcsin()} for its dtypes.
     * <pre>{@code
     * arcsin(array(0.0, 1.0));   // [0.         1.57079633]
     * arcsin(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray arcsin(NDArray a) { return a.arcsin(); }

    /**
     * NumPy {@code np.arccos(a)}; see {@link NDArray#arccos()} for its dtypes.
     * <pre>{@code
     * arccos(array(1.0, 0.0));   // [0.         1.57079633]
     * arccos(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray arccos(NDArray a) { return a.arccos(); }

    /**
     * NumPy {@code np.arctan(a)}; see {@link NDArray#arctan()} for its dtypes.
     * <pre>{@code
     * arctan(array(0.0, 1.0));   // [0.         0.78539816]
     * arctan(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray arctan(NDArray a) { return a.arctan(); }

    /**
     * NumPy {@code np.sinh(a)}; see {@link NDArray#sinh()} for its dtypes.
     * <pre>{@code
     * sinh(array(0.0, 1.0));   // [0.         1.17520119]
     * sinh(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray sinh(NDArray a) { return a.sinh(); }

    /**
     * NumPy {@code np.cosh(a)}; see {@link NDArray#cosh()} for its dtypes.
     * <pre>{@code
     * cosh(array(0.0, 1.0));   // [1.         1.54308063]
     * cosh(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray cosh(NDArray a) { return a.cosh(); }

    /**
     * NumPy {@code np.tanh(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray tanh(NDArray a) { return a.tanh(); }

    /**
     * NumPy {@code np.arcsinh(a)}; see {@link NDArray#arcsinh()} for its dtypes.
     * <pre>{@code
     * arcsinh(array(0.0, 1.0));   // [0.         0.88137359]
     * arcsinh(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray arcsinh(NDArray a) { return a.arcsinh(); }

    /**
     * NumPy {@code np.arccosh(a)}; see {@link NDArray#arccosh()} for its dtypes.
     * <pre>{@code
     * arccosh(array(1.0, 2.0));   // [0.        1.3169579]
     * arccosh(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray arccosh(NDArray a) { return a.arccosh(); }

    /**
     * NumPy {@code np.arctanh(a)}; see {@link NDArray#arctanh()} for its dtypes.
     * <pre>{@code
     * arctanh(array(0.0, 0.5));   // [0.         0.54930614]
     * arctanh(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray arctanh(NDArray a) { return a.arctanh(); }

    /**
     * NumPy {@code np.floor(a)}; see {@link NDArray#floor()} for its dtypes.
     * <pre>{@code
     * floor(array(-1.5, 1.5));   // [-2.  1.]
     * floor(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray floor(NDArray a) { return a.floor(); }

    /**
     * NumPy {@code np.ceil(a)}; see {@link NDArray#ceil()} for its dtypes.
     * <pre>{@code
     * ceil(array(-1.5, 1.5));   // [-1.  2.]
     * ceil(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray ceil(NDArray a) { return a.ceil(); }

    /**
     * NumPy {@code np.trunc(a)}; see {@link NDArray#trunc()} for its dtypes.
     * <pre>{@code
     * trunc(array(-1.7, 1.7));   // [-1.  1.]
     * trunc(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray trunc(NDArray a) { return a.trunc(); }

    /**
     * NumPy {@code np.round(a)}: round half to even.
     * <pre>{@code
     * round(array(0.5, 1.5, 2.5));        // [0. 2. 2.]
     * round(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray round(NDArray a) { return a.round(); }
    /**
     * NumPy {@code np.round(a, decimals)}: half to even at 10**-decimals (negative decimals round integers too).
     * <pre>{@code
     * round(array(1.234, 5.678), 1);      // [1.2 5.7]
     * round(array(1234, 5678), -2);       // [1200 5700]
     * }</pre>
     *
     * @param a the array
     * @param decimals the number of decimals
     * @return the result
     */
    public static NDArray round(NDArray a, int decimals) { return a.round(decimals); }

    /**
     * NumPy {@code np.clip(a, lo, hi)} with float bounds; see {@link NDArray#clip(double, double)}.
     * <pre>{@code
     * clip(array(-2.0, 0.5, 3.0), 0.0, 1.0);   // [0.  0.5 1. ]
     * NDArray safe = clip(probs, 1e-7, 1 - 1e-7);
     * }</pre>
     *
     * @param a the array
     * @param lo the lower bound
     * @param hi the upper bound
     * @return the result
     */
    public static NDArray clip(NDArray a, double lo, double hi) { return a.clip(lo, hi); }
    /**
     * NumPy {@code np.clip(a, lo, hi)} with int bounds (int arrays stay int). Example: {@code clip(arange(6), 1, 3)} gives {@code [1 1 2 3 3 3]}.
     *
     * @param a the array
     * @param lo the lower bound
     * @param hi the upper bound
     * @return the result
     */
    public static NDArray clip(NDArray a, long lo, long hi) { return a.clip(lo, hi); }
    /**
     * NumPy {@code np.clip(a, lo, hi)} with array bounds (broadcast together). Example: {@code clip(X, X.min(0), X.max(0))}.
     *
     * @param a the array
     * @param lo the lower bound
     * @param hi the upper bound
     * @return the result
     */
    public static NDArray clip(NDArray a, NDArray lo, NDArray hi) { return a.clip(lo, hi); }

    /**
     * NumPy {@code np.sigmoid(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray sigmoid(NDArray a) { return a.sigmoid(); }

    /**
     * NumPy {@code np.relu(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray relu(NDArray a) { return a.relu(); }

    // ---- comparison and logic --------------------------------------------------------------------

    /**
     * NumPy {@code a > b} ({@code np.greater}): a bool array; broadcasts.
     * <pre>{@code
     * NDArray m = gt(X.get(":, 0"), 70);
     * gt(array(1, 2, 3), array(2, 2, 2));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray gt(NDArray a, NDArray b) { return a.gt(b); }
    /**
     * NumPy {@code a > 2.5}. Example: {@code gt(x, 0.5)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray gt(NDArray a, double s) { return a.gt(s); }
    /**
     * NumPy {@code a > 2}. Example: {@code gt(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray gt(NDArray a, long s) { return a.gt(s); }
    /**
     * NumPy {@code a > True}. Example: {@code gt(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray gt(NDArray a, boolean s) { return a.gt(s); }
    /**
     * NumPy {@code 2.5 > a}: the scalar first. Example: {@code gt(0.5, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray gt(double s, NDArray a) { return a.lt(s); }
    /**
     * NumPy {@code 2 > a}: the scalar first. Example: {@code gt(2, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray gt(long s, NDArray a) { return a.lt(s); }
    /**
     * NumPy {@code True > a}: the scalar first. Example: {@code gt(true, mask)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray gt(boolean s, NDArray a) { return a.lt(s); }

    /**
     * NumPy {@code a >= b} ({@code np.greater_equal}): a bool array; broadcasts.
     * <pre>{@code
     * NDArray m = ge(X.get(":, 0"), 70);
     * ge(array(1, 2, 3), array(2, 2, 2));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray ge(NDArray a, NDArray b) { return a.ge(b); }
    /**
     * NumPy {@code a >= 2.5}. Example: {@code ge(x, 0.5)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray ge(NDArray a, double s) { return a.ge(s); }
    /**
     * NumPy {@code a >= 2}. Example: {@code ge(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray ge(NDArray a, long s) { return a.ge(s); }
    /**
     * NumPy {@code a >= True}. Example: {@code ge(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray ge(NDArray a, boolean s) { return a.ge(s); }
    /**
     * NumPy {@code 2.5 >= a}: the scalar first. Example: {@code ge(0.5, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray ge(double s, NDArray a) { return a.le(s); }
    /**
     * NumPy {@code 2 >= a}: the scalar first. Example: {@code ge(2, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray ge(long s, NDArray a) { return a.le(s); }
    /**
     * NumPy {@code True >= a}: the scalar first. Example: {@code ge(true, mask)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray ge(boolean s, NDArray a) { return a.le(s); }

    /**
     * NumPy {@code a < b} ({@code np.less}): a bool array; broadcasts.
     * <pre>{@code
     * NDArray m = lt(X.get(":, 0"), 70);
     * lt(array(1, 2, 3), array(2, 2, 2));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray lt(NDArray a, NDArray b) { return a.lt(b); }
    /**
     * NumPy {@code a < 2.5}. Example: {@code lt(x, 0.5)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray lt(NDArray a, double s) { return a.lt(s); }
    /**
     * NumPy {@code a < 2}. Example: {@code lt(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray lt(NDArray a, long s) { return a.lt(s); }
    /**
     * NumPy {@code a < True}. Example: {@code lt(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray lt(NDArray a, boolean s) { return a.lt(s); }
    /**
     * NumPy {@code 2.5 < a}: the scalar first. Example: {@code lt(0.5, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray lt(double s, NDArray a) { return a.gt(s); }
    /**
     * NumPy {@code 2 < a}: the scalar first. Example: {@code lt(2, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray lt(long s, NDArray a) { return a.gt(s); }
    /**
     * NumPy {@code True < a}: the scalar first. Example: {@code lt(true, mask)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray lt(boolean s, NDArray a) { return a.gt(s); }

    /**
     * NumPy {@code a <= b} ({@code np.less_equal}): a bool array; broadcasts.
     * <pre>{@code
     * NDArray m = le(X.get(":, 0"), 70);
     * le(array(1, 2, 3), array(2, 2, 2));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray le(NDArray a, NDArray b) { return a.le(b); }
    /**
     * NumPy {@code a <= 2.5}. Example: {@code le(x, 0.5)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray le(NDArray a, double s) { return a.le(s); }
    /**
     * NumPy {@code a <= 2}. Example: {@code le(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray le(NDArray a, long s) { return a.le(s); }
    /**
     * NumPy {@code a <= True}. Example: {@code le(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray le(NDArray a, boolean s) { return a.le(s); }
    /**
     * NumPy {@code 2.5 <= a}: the scalar first. Example: {@code le(0.5, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray le(double s, NDArray a) { return a.ge(s); }
    /**
     * NumPy {@code 2 <= a}: the scalar first. Example: {@code le(2, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray le(long s, NDArray a) { return a.ge(s); }
    /**
     * NumPy {@code True <= a}: the scalar first. Example: {@code le(true, mask)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray le(boolean s, NDArray a) { return a.ge(s); }

    /**
     * NumPy {@code a == b} ({@code np.equal}): a bool array; broadcasts.
     * <pre>{@code
     * NDArray m = eq(X.get(":, 0"), 70);
     * eq(array(1, 2, 3), array(2, 2, 2));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray eq(NDArray a, NDArray b) { return a.eq(b); }
    /**
     * NumPy {@code a == 2.5}. Example: {@code eq(x, 0.5)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray eq(NDArray a, double s) { return a.eq(s); }
    /**
     * NumPy {@code a == 2}. Example: {@code eq(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray eq(NDArray a, long s) { return a.eq(s); }
    /**
     * NumPy {@code a == True}. Example: {@code eq(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray eq(NDArray a, boolean s) { return a.eq(s); }
    /**
     * NumPy {@code 2.5 == a}: the scalar first. Example: {@code eq(0.5, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray eq(double s, NDArray a) { return a.eq(s); }
    /**
     * NumPy {@code 2 == a}: the scalar first. Example: {@code eq(2, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray eq(long s, NDArray a) { return a.eq(s); }
    /**
     * NumPy {@code True == a}: the scalar first. Example: {@code eq(true, mask)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray eq(boolean s, NDArray a) { return a.eq(s); }

    /**
     * NumPy {@code a != b} ({@code np.not_equal}): a bool array; broadcasts.
     * <pre>{@code
     * NDArray m = ne(X.get(":, 0"), 70);
     * ne(array(1, 2, 3), array(2, 2, 2));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray ne(NDArray a, NDArray b) { return a.ne(b); }
    /**
     * NumPy {@code a != 2.5}. Example: {@code ne(x, 0.5)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray ne(NDArray a, double s) { return a.ne(s); }
    /**
     * NumPy {@code a != 2}. Example: {@code ne(arange(5), 2)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray ne(NDArray a, long s) { return a.ne(s); }
    /**
     * NumPy {@code a != True}. Example: {@code ne(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray ne(NDArray a, boolean s) { return a.ne(s); }
    /**
     * NumPy {@code 2.5 != a}: the scalar first. Example: {@code ne(0.5, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray ne(double s, NDArray a) { return a.ne(s); }
    /**
     * NumPy {@code 2 != a}: the scalar first. Example: {@code ne(2, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray ne(long s, NDArray a) { return a.ne(s); }
    /**
     * NumPy {@code True != a}: the scalar first. Example: {@code ne(true, mask)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray ne(boolean s, NDArray a) { return a.ne(s); }

    /**
     * NumPy {@code np.logical_and(a, b)}: a bool array, nonzero (and NaN) counting as true; broadcasts.
     * <pre>{@code
     * NDArray m = and(X.get(":, 0").gt(70L), X.get(":, 1").gt(170L));
     * and(array(0, 1, 2), array(1, 1, 0));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray and(NDArray a, NDArray b) { return a.and(b); }
    /**
     * NumPy {@code np.logical_and(a, 2.5)}. Example: {@code and(x, 1.0)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray and(NDArray a, double s) { return a.and(s); }
    /**
     * NumPy {@code np.logical_and(a, 2)}. Example: {@code and(arange(3), 1)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray and(NDArray a, long s) { return a.and(s); }
    /**
     * NumPy {@code np.logical_and(a, True)}. Example: {@code and(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray and(NDArray a, boolean s) { return a.and(s); }

    /**
     * NumPy {@code np.logical_or(a, b)}: a bool array, nonzero (and NaN) counting as true; broadcasts.
     * <pre>{@code
     * NDArray m = or(X.get(":, 0").gt(70L), X.get(":, 1").gt(170L));
     * or(array(0, 1, 2), array(1, 1, 0));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray or(NDArray a, NDArray b) { return a.or(b); }
    /**
     * NumPy {@code np.logical_or(a, 2.5)}. Example: {@code or(x, 1.0)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray or(NDArray a, double s) { return a.or(s); }
    /**
     * NumPy {@code np.logical_or(a, 2)}. Example: {@code or(arange(3), 1)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray or(NDArray a, long s) { return a.or(s); }
    /**
     * NumPy {@code np.logical_or(a, True)}. Example: {@code or(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray or(NDArray a, boolean s) { return a.or(s); }

    /**
     * NumPy {@code np.logical_xor(a, b)}: a bool array, nonzero (and NaN) counting as true; broadcasts.
     * <pre>{@code
     * NDArray m = xor(X.get(":, 0").gt(70L), X.get(":, 1").gt(170L));
     * xor(array(0, 1, 2), array(1, 1, 0));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray xor(NDArray a, NDArray b) { return a.xor(b); }
    /**
     * NumPy {@code np.logical_xor(a, 2.5)}. Example: {@code xor(x, 1.0)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray xor(NDArray a, double s) { return a.xor(s); }
    /**
     * NumPy {@code np.logical_xor(a, 2)}. Example: {@code xor(arange(3), 1)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray xor(NDArray a, long s) { return a.xor(s); }
    /**
     * NumPy {@code np.logical_xor(a, True)}. Example: {@code xor(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray xor(NDArray a, boolean s) { return a.xor(s); }

    /**
     * NumPy {@code np.logical_and(a, b)}: a bool array, nonzero (and NaN) counting as true; broadcasts.
     * <pre>{@code
     * NDArray m = logicalAnd(X.get(":, 0").gt(70L), X.get(":, 1").gt(170L));
     * logicalAnd(array(0, 1, 2), array(1, 1, 0));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray logicalAnd(NDArray a, NDArray b) { return a.logicalAnd(b); }
    /**
     * NumPy {@code np.logical_and(a, 2.5)}. Example: {@code logicalAnd(x, 1.0)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray logicalAnd(NDArray a, double s) { return a.logicalAnd(s); }
    /**
     * NumPy {@code np.logical_and(a, 2)}. Example: {@code logicalAnd(arange(3), 1)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray logicalAnd(NDArray a, long s) { return a.logicalAnd(s); }
    /**
     * NumPy {@code np.logical_and(a, True)}. Example: {@code logicalAnd(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray logicalAnd(NDArray a, boolean s) { return a.logicalAnd(s); }

    /**
     * NumPy {@code np.logical_or(a, b)}: a bool array, nonzero (and NaN) counting as true; broadcasts.
     * <pre>{@code
     * NDArray m = logicalOr(X.get(":, 0").gt(70L), X.get(":, 1").gt(170L));
     * logicalOr(array(0, 1, 2), array(1, 1, 0));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray logicalOr(NDArray a, NDArray b) { return a.logicalOr(b); }
    /**
     * NumPy {@code np.logical_or(a, 2.5)}. Example: {@code logicalOr(x, 1.0)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray logicalOr(NDArray a, double s) { return a.logicalOr(s); }
    /**
     * NumPy {@code np.logical_or(a, 2)}. Example: {@code logicalOr(arange(3), 1)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray logicalOr(NDArray a, long s) { return a.logicalOr(s); }
    /**
     * NumPy {@code np.logical_or(a, True)}. Example: {@code logicalOr(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray logicalOr(NDArray a, boolean s) { return a.logicalOr(s); }

    /**
     * NumPy {@code np.logical_xor(a, b)}: a bool array, nonzero (and NaN) counting as true; broadcasts.
     * <pre>{@code
     * NDArray m = logicalXor(X.get(":, 0").gt(70L), X.get(":, 1").gt(170L));
     * logicalXor(array(0, 1, 2), array(1, 1, 0));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray logicalXor(NDArray a, NDArray b) { return a.logicalXor(b); }
    /**
     * NumPy {@code np.logical_xor(a, 2.5)}. Example: {@code logicalXor(x, 1.0)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray logicalXor(NDArray a, double s) { return a.logicalXor(s); }
    /**
     * NumPy {@code np.logical_xor(a, 2)}. Example: {@code logicalXor(arange(3), 1)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray logicalXor(NDArray a, long s) { return a.logicalXor(s); }
    /**
     * NumPy {@code np.logical_xor(a, True)}. Example: {@code logicalXor(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray logicalXor(NDArray a, boolean s) { return a.logicalXor(s); }

    /**
     * NumPy {@code np.logical_not(a)} / {@code ~mask}: true where the element is zero.
     * <pre>{@code
     * NDArray rest = not(X.get(":, 0").gt(70L));
     * not(array(0, 2));                   // [ True False]
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray not(NDArray a) { return a.not(); }

    /**
     * NumPy {@code np.logical_not(a)}. Example: {@code logicalNot(mask)}; {@code logicalNot(array(0, 2))} gives {@code [ True False]}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray logicalNot(NDArray a) { return a.logicalNot(); }

    /**
     * NumPy {@code a & b} ({@code np.bitwise_and}) on bool and integer arrays (floats fail as in NumPy).
     * <pre>{@code
     * bitwiseAnd(mask1, mask2);
     * bitwiseAnd(array(12, 10), array(10, 6));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray bitwiseAnd(NDArray a, NDArray b) { return a.bitwiseAnd(b); }
    /**
     * NumPy {@code a & 2}. Example: {@code bitwiseAnd(arange(8), 1)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray bitwiseAnd(NDArray a, long s) { return a.bitwiseAnd(s); }
    /**
     * NumPy {@code a & True}. Example: {@code bitwiseAnd(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray bitwiseAnd(NDArray a, boolean s) { return a.bitwiseAnd(s); }

    /**
     * NumPy {@code a | b} ({@code np.bitwise_or}) on bool and integer arrays (floats fail as in NumPy).
     * <pre>{@code
     * bitwiseOr(mask1, mask2);
     * bitwiseOr(array(12, 10), array(10, 6));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray bitwiseOr(NDArray a, NDArray b) { return a.bitwiseOr(b); }
    /**
     * NumPy {@code a | 2}. Example: {@code bitwiseOr(arange(8), 1)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray bitwiseOr(NDArray a, long s) { return a.bitwiseOr(s); }
    /**
     * NumPy {@code a | True}. Example: {@code bitwiseOr(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray bitwiseOr(NDArray a, boolean s) { return a.bitwiseOr(s); }

    /**
     * NumPy {@code a ^ b} ({@code np.bitwise_xor}) on bool and integer arrays (floats fail as in NumPy).
     * <pre>{@code
     * bitwiseXor(mask1, mask2);
     * bitwiseXor(array(12, 10), array(10, 6));
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray bitwiseXor(NDArray a, NDArray b) { return a.bitwiseXor(b); }
    /**
     * NumPy {@code a ^ 2}. Example: {@code bitwiseXor(arange(8), 1)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray bitwiseXor(NDArray a, long s) { return a.bitwiseXor(s); }
    /**
     * NumPy {@code a ^ True}. Example: {@code bitwiseXor(mask, true)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray bitwiseXor(NDArray a, boolean s) { return a.bitwiseXor(s); }

    /**
     * NumPy {@code np.invert(a)} / {@code ~a}: bitwise NOT of integers, logical NOT of bools.
     * <pre>{@code
     * invert(array(0, 5));                // [-1 -6]
     * invert(mask);                       // ~mask
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray invert(NDArray a) { return a.invert(); }

    /**
     * NumPy {@code np.isnan(a)}; see {@link NDArray#isnan()} for its dtypes.
     * <pre>{@code
     * isnan(array(1.0, Double.NaN));   // [False  True]
     * isnan(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray isnan(NDArray a) { return a.isnan(); }

    /**
     * NumPy {@code np.isinf(a)}; see {@link NDArray#isinf()} for its dtypes.
     * <pre>{@code
     * isinf(array(1.0, Double.POSITIVE_INFINITY));   // [False  True]
     * isinf(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray isinf(NDArray a) { return a.isinf(); }

    /**
     * NumPy {@code np.isfinite(a)}; see {@link NDArray#isfinite()} for its dtypes.
     * <pre>{@code
     * isfinite(array(1.0, Double.NaN));   // [ True False]
     * isfinite(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray isfinite(NDArray a) { return a.isfinite(); }

    /**
     * NumPy {@code np.isclose(a, b)} (rtol 1e-5, atol 1e-8): {@code |a - b| <= atol + rtol * |b|} elementwise,
     * in b's float dtype; infinities close only to themselves, NaN never.
     * <pre>{@code
     * isclose(array(1.0, 2.0), array(1.0 + 1e-9, 2.1));   // [ True False]
     * isclose(x, y).all();
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray isclose(NDArray a, NDArray b) { return Closeness.isclose(a, b, 1e-5, 1e-8, false); }
    /**
     * NumPy {@code np.isclose(a, b, rtol, atol)}. Example: {@code isclose(x, y, 1e-3, 0)}.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @param rtol the relative tolerance
     * @param atol the absolute tolerance
     * @return the result
     */
    public static NDArray isclose(NDArray a, NDArray b, double rtol, double atol) { return Closeness.isclose(a, b, rtol, atol, false); }

    /**
     * NumPy {@code np.isclose(a, b, rtol, atol, equal_nan)}: NaN is close to NaN when equalNan. Example: {@code isclose(x, y, 1e-5, 1e-8, true)}.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @param rtol the relative tolerance
     * @param atol the absolute tolerance
     * @param equalNan whether NaN compares equal to NaN
     * @return the result
     */
    public static NDArray isclose(NDArray a, NDArray b, double rtol, double atol, boolean equalNan) {
        return Closeness.isclose(a, b, rtol, atol, equalNan);
    }

    /**
     * NumPy {@code np.allclose(a, b)} (rtol 1e-5, atol 1e-8): whether every element satisfies
     * {@code |a - b| <= atol + rtol * |b|} (shapes broadcast; NaN is never close).
     * <pre>{@code
     * allclose(X.matmul(inv), eye(3));   // true up to rounding
     * allclose(array(1.0, Double.NaN), array(1.0, Double.NaN));   // false
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return {@code true} if so, else {@code false}
     */
    public static boolean allclose(NDArray a, NDArray b) { return Closeness.allclose(a, b, 1e-5, 1e-8, false); }
    /**
     * NumPy {@code np.allclose(a, b, rtol, atol)}. Example: {@code allclose(grad, numericGrad, 1e-4, 1e-6)}.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @param rtol the relative tolerance
     * @param atol the absolute tolerance
     * @return {@code true} if so, else {@code false}
     */
    public static boolean allclose(NDArray a, NDArray b, double rtol, double atol) { return Closeness.allclose(a, b, rtol, atol, false); }

    /**
     * NumPy {@code np.allclose(a, b, rtol, atol, equal_nan)}. Example: {@code allclose(x, y, 1e-5, 1e-8, true)} treats NaN as equal to NaN.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @param rtol the relative tolerance
     * @param atol the absolute tolerance
     * @param equalNan whether NaN compares equal to NaN
     * @return {@code true} if so, else {@code false}
     */
    public static boolean allclose(NDArray a, NDArray b, double rtol, double atol, boolean equalNan) {
        return Closeness.allclose(a, b, rtol, atol, equalNan);
    }

    /**
     * NumPy {@code np.array_equal(a, b)}: same shape (no broadcasting: different shapes give false) and
     * every element equal; dtypes may differ ({@code [1, 2]} equals {@code [1., 2.]}).
     * <pre>{@code
     * arrayEquals(array(1, 2), array(1.0, 2.0));   // true
     * arrayEquals(ones(3), ones(3, 1));           // false
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return {@code true} if so, else {@code false}
     */
    public static boolean arrayEquals(NDArray a, NDArray b) { return Closeness.arrayEquals(a, b, false); }
    /**
     * NumPy {@code np.array_equal(a, b, equal_nan=equalNan)}. Example: {@code arrayEquals(x, x.copy(), true)} is true even with NaNs.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @param equalNan whether NaN compares equal to NaN
     * @return {@code true} if so, else {@code false}
     */
    public static boolean arrayEquals(NDArray a, NDArray b, boolean equalNan) { return Closeness.arrayEquals(a, b, equalNan); }

    // ---- reductions and statistics ---------------------------------------------------------------

    /**
     * NumPy {@code np.sum(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray sum(NDArray a) { return a.sum(); }
    /**
     * NumPy {@code np.sum(a, axis=axis)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray sum(NDArray a, int axis) { return a.sum(axis); }

    /**
     * NumPy {@code np.prod(a)}. Example: {@code prod(array(1, 2, 3, 4))} gives 24; {@code prod(X, 1)} multiplies along rows.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray prod(NDArray a) { return a.prod(); }
    /**
     * NumPy {@code np.prod(a, axis=axis)}. Example: {@code prod(arange(1, 7).reshape(2, 3), 0)} gives {@code [ 4 10 18]}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray prod(NDArray a, int axis) { return a.prod(axis); }

    /**
     * NumPy {@code np.cumsum(a)}: running sums of the flattened array. Example: {@code cumsum(runs)} gives the running
     * total; {@code cumsum(X, 0)} per column.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray cumsum(NDArray a) { return a.cumsum(); }
    /**
     * NumPy {@code np.cumsum(a, axis=axis)}. Example: {@code cumsum(arange(6).reshape(2, 3), 1)} gives {@code [[ 0  1  3]\n [ 3  7 12]]}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray cumsum(NDArray a, int axis) { return a.cumsum(axis); }

    /**
     * NumPy {@code np.cumprod(a)}: running products of the flattened array. Example: {@code cumprod(array(1, 2, 3))} gives {@code [1 2 6]}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray cumprod(NDArray a) { return a.cumprod(); }
    /**
     * NumPy {@code np.cumprod(a, axis=axis)}. Example: {@code cumprod(growth, 0)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray cumprod(NDArray a, int axis) { return a.cumprod(axis); }

    /**
     * NumPy {@code np.max(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray max(NDArray a) { return a.max(); }

    /**
     * NumPy {@code np.min(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray min(NDArray a) { return a.min(); }

    /**
     * NumPy {@code np.mean(a)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray mean(NDArray a) { return a.mean(); }
    /**
     * NumPy {@code np.mean(a, axis=axis)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray mean(NDArray a, int axis) { return a.mean(axis); }

    /**
     * NumPy {@code np.var(a)} (ddof 0). Example: {@code var(array(1.0, 2.0, 3.0, 4.0))} gives 1.25; {@code var(X, 0)} per column.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray var(NDArray a) { return a.var(); }
    /**
     * NumPy {@code np.var(a, axis=axis)}. Example: {@code var(X, 0)} is the variance of every column.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray var(NDArray a, int axis) { return a.var(axis); }

    /**
     * NumPy {@code np.std(a)} (ddof 0; float32 stays float32, ints give float64).
     * <pre>{@code
     * std(predictions);                    // np.std(predictions)
     * std(data, 0);                        // np.std(data, axis=0)
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray std(NDArray a) { return a.std(); }
    /**
     * NumPy {@code np.std(a, axis=axis)}. Example: {@code X.sub(mean(X, 0)).div(std(X, 0))}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray std(NDArray a, int axis) { return a.std(axis); }

    /**
     * NumPy {@code np.any(a)}. Example: {@code any(train.isnan())} is a 0-d bool; {@code any(X.gt(90), 0)} per column.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray any(NDArray a) { return a.any(); }
    /**
     * NumPy {@code np.any(a, axis=axis)}. Example: {@code any(mask, 1)} tells which rows hold a true element.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray any(NDArray a, int axis) { return a.any(axis); }

    /**
     * NumPy {@code np.all(a)}. Example: {@code all(train.isfinite())} is a 0-d bool; {@code all(X.gt(50), 0)} per column.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray all(NDArray a) { return a.all(); }
    /**
     * NumPy {@code np.all(a, axis=axis)}. Example: {@code all(mask, 1)} tells which rows are all true.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray all(NDArray a, int axis) { return a.all(axis); }

    // ---- sorting, searching and counting ---------------------------------------------------------

    /**
     * NumPy {@code np.sort(a)} (stable, last axis, a copy). Example: {@code sort(array(3, 1, 2))} gives {@code [1 2 3]}; {@code sort(X, 0)} sorts columns.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray sort(NDArray a) { return a.sort(); }
    /**
     * NumPy {@code np.sort(a, axis=axis)}. Example: {@code sort(X, 0)} sorts every column.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray sort(NDArray a, int axis) { return a.sort(axis); }

    /**
     * NumPy {@code np.argsort(a, kind='stable')}. Example: {@code argsort(strikeRate)}; {@code argsort(array(30, 10, 20))} gives {@code [1 2 0]}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray argsort(NDArray a) { return a.argsort(); }
    /**
     * NumPy {@code np.argsort(a, axis=axis, kind='stable')}. Example: {@code argsort(X, 0)} ranks every column.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray argsort(NDArray a, int axis) { return a.argsort(axis); }

    /**
     * NumJ's {@code topk} (PyTorch's {@code torch.topk}) along the last axis. Example: {@code topk(scores, 3).indices()} gives the 3 best positions.
     * NumPy has none: PyTorch's {@code torch.topk(a, k, dim=axis)}.
     *
     * @param a the array
     * @param k how many
     * @return the result
     */
    public static TopK topk(NDArray a, int k) { return a.topk(k); }
    /**
     * {@link #topk(NDArray, int)} along {@code axis}. Example: {@code topk(probs, 5, 1)} gives every row's top-5 classes.
     * NumPy has none: PyTorch's {@code torch.topk(a, k, dim=axis)}.
     *
     * @param a the array
     * @param k how many
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static TopK topk(NDArray a, int k, int axis) { return a.topk(k, axis); }

    /**
     * NumPy {@code np.argmax(a)}: flat index, 0-d int64. Example: {@code argmax(array(3, 7, 1))} gives 1; {@code argmax(probs, 1)} per row.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray argmax(NDArray a) { return a.argmax(); }
    /**
     * NumPy {@code np.argmax(a, axis=axis)}. Example: {@code argmax(probabilities, 1)} is the predicted class of every row.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray argmax(NDArray a, int axis) { return a.argmax(axis); }

    /**
     * NumPy {@code np.argmin(a)}: flat index, 0-d int64. Example: {@code argmin(array(3, 1, 7))} gives 1; {@code argmin(d, 0)} per column.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray argmin(NDArray a) { return a.argmin(); }
    /**
     * NumPy {@code np.argmin(a, axis=axis)}. Example: {@code argmin(distances, 1)} is the nearest centre of every row.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray argmin(NDArray a, int axis) { return a.argmin(axis); }

    /**
     * NumPy {@code np.count_nonzero(a)}: 0-d int64. Example: {@code countNonzero(preds.eq(y))} counts the correct predictions.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray countNonzero(NDArray a) { return a.countNonzero(); }
    /**
     * NumPy {@code np.count_nonzero(a, axis=axis)}. Example: {@code countNonzero(mask, 0)} counts per column.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray countNonzero(NDArray a, int axis) { return a.countNonzero(axis); }

    /**
     * NumPy {@code np.unique(a)}. Example: {@code unique(array(3, 1, 3))} gives {@code [1 3]}; {@code unique(labels).size()} counts classes.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray unique(NDArray a) { return a.unique(); }

    /**
     * NumPy {@code np.unique(a, return_counts=True)}. Example: {@code uniqueWithCounts(labels).counts()} is the class histogram.
     *
     * @param a the array
     * @return the result
     */
    public static UniqueCounts uniqueWithCounts(NDArray a) { return a.uniqueWithCounts(); }

    // ---- linear algebra --------------------------------------------------------------------------

    /**
     * NumPy {@code np.dot(a, b)}: 1-D·1-D gives a 0-d array, 2-D·2-D the matrix product, 0-d operands
     * multiply, and for N-D operands the sum over a's last axis and b's second-to-last
     * (shape {@code a.shape[:-1] + b.shape[:-2] + b.shape[-1:]}, unlike matmul's batches).
     * <pre>{@code
     * dot(array(1.0, 2.0), array(3.0, 4.0));    // 11.0
     * dot(ones(2, 3, 4), ones(5, 4, 6)).shape(); // [2, 3, 5, 6]
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray dot(NDArray a, NDArray b) { return Products.dot(a, b); }

    /**
     * NumPy {@code np.inner(a, b)}: sums over the last axis of both (shape
     * {@code a.shape[:-1] + b.shape[:-1]}); 0-d operands multiply.
     * <pre>{@code
     * inner(array(1.0, 2.0, 3.0), array(0.0, 1.0, 0.0));   // 2.0
     * inner(X, W).shape();                                   // X (n, k), W (m, k): [n, m], i.e. X @ W.T
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray inner(NDArray a, NDArray b) { return Products.inner(a, b); }

    /**
     * NumPy {@code np.outer(a, b)}: {@code out[i, j] = a.ravel()[i] * b.ravel()[j]} (inputs of any shape are flattened).
     * <pre>{@code
     * outer(array(1, 2), array(10, 20, 30));   // [[10 20 30]\n [20 40 60]]
     * outer(x, x);                             // rank-one matrix x x^T
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray outer(NDArray a, NDArray b) { return Products.outer(a, b); }

    /**
     * NumPy {@code np.matmul(a, b)}.
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray matmul(NDArray a, NDArray b) { return a.matmul(b); }

    // ---- memory ----------------------------------------------------------------------------------

    /**
     * Opens a {@link Scope}: arrays allocated on this thread until it closes are freed when it closes.
     * {@code try (Scope s = scope()) { ... }}
     * NumPy has none: its reference counting frees temporaries at once.
     *
     * @return the scope
     */
    public static Scope scope() { return new Scope(); }
}
