package dev.numj;

import dev.numj.internal.Shapes;

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

    public static final DType BOOL = DType.BOOL;
    public static final DType INT32 = DType.INT32;
    public static final DType INT64 = DType.INT64;
    public static final DType FLOAT32 = DType.FLOAT32;
    public static final DType FLOAT64 = DType.FLOAT64;

    // ---- from Java arrays -----------------------------------------------------------------------

    /** NumPy {@code np.array([1., 2.])}: float64. */
    public static NDArray array(double... values) { return Creation.fromNested(values, null); }

    /** A float32 array from a Java {@code float[]}. */
    public static NDArray array(float... values) { return Creation.fromNested(values, null); }

    /** NumPy {@code np.array([1, 2, 3])}: int64, like Python ints (use {@code array(INT32, ...)} for int32). */
    public static NDArray array(long... values) { return Creation.fromNested(values, null); }

    /** NumPy {@code np.array([1, 2, 3])}: int64, like Python ints. */
    public static NDArray array(int... values) { return Creation.fromNested(values, null); }

    /** A bool array. */
    public static NDArray array(boolean... values) { return Creation.fromNested(values, null); }

    /**
     * NumPy {@code np.array(nested)} from a Java array of any rank: {@code array(new double[][]{{1, 2}, {3, 4}})}.
     * Ragged input fails like NumPy ("inhomogeneous shape after 1 dimensions").
     */
    public static NDArray array(Object nested) { return Creation.fromNested(nested, null); }

    /** NumPy {@code np.array(nested, dtype=dtype)}. */
    public static NDArray array(DType dtype, Object nested) { return Creation.fromNested(nested, dtype); }

    // ---- constructors -------------------------------------------------------------------------------

    /** NumPy {@code np.zeros((3, 4))}: float64. */
    public static NDArray zeros(long... shape) { return full(DType.FLOAT64, shape, 0L); }

    public static NDArray zeros(int... shape) { return zeros(Shapes.toLong(shape)); }

    /** NumPy {@code np.zeros((784, 128), dtype=np.float32)}: {@code zeros(FLOAT32, 784, 128)}. */
    public static NDArray zeros(DType dtype, long... shape) { return full(dtype, shape, 0L); }

    public static NDArray zeros(DType dtype, int... shape) { return zeros(dtype, Shapes.toLong(shape)); }

    public static NDArray ones(long... shape) { return full(DType.FLOAT64, shape, 1L); }

    public static NDArray ones(int... shape) { return ones(Shapes.toLong(shape)); }

    public static NDArray ones(DType dtype, long... shape) { return full(dtype, shape, 1L); }

    public static NDArray ones(DType dtype, int... shape) { return ones(dtype, Shapes.toLong(shape)); }

    /** NumPy {@code np.empty}: uninitialised memory. */
    public static NDArray empty(long... shape) { return NDArray.allocate(DType.FLOAT64, shape.clone()); }

    public static NDArray empty(int... shape) { return empty(Shapes.toLong(shape)); }

    public static NDArray empty(DType dtype, long... shape) { return NDArray.allocate(dtype, shape.clone()); }

    public static NDArray empty(DType dtype, int... shape) { return empty(dtype, Shapes.toLong(shape)); }

    /** NumPy {@code np.full((3, 3), 7)}: int64 for an integer value. */
    public static NDArray full(int[] shape, long value) { return full(DType.INT64, Shapes.toLong(shape), value); }

    /** NumPy {@code np.full((3, 3), 7.5)}: float64. */
    public static NDArray full(int[] shape, double value) { return full(DType.FLOAT64, Shapes.toLong(shape), value); }

    /** NumPy {@code np.full(shape, True)}: bool. */
    public static NDArray full(int[] shape, boolean value) { return full(DType.BOOL, Shapes.toLong(shape), value ? 1L : 0L); }

    /** NumPy {@code np.full(shape, value, dtype=dtype)}. */
    public static NDArray full(DType dtype, long[] shape, double value) {
        NDArray a = NDArray.allocate(dtype, shape.clone());
        Ufuncs.fill(a, value);
        return a;
    }

    public static NDArray full(DType dtype, long[] shape, long value) {
        NDArray a = NDArray.allocate(dtype, shape.clone());
        Ufuncs.fill(a, value);
        return a;
    }

    public static NDArray full(DType dtype, int[] shape, double value) { return full(dtype, Shapes.toLong(shape), value); }

    public static NDArray zerosLike(NDArray a) { return zeros(a.dtype, a.shape); }

    public static NDArray onesLike(NDArray a) { return ones(a.dtype, a.shape); }

    public static NDArray emptyLike(NDArray a) { return empty(a.dtype, a.shape); }

    public static NDArray fullLike(NDArray a, double value) { return full(a.dtype, a.shape, value); }

    /** NumPy {@code np.eye(n)}: float64 identity. */
    public static NDArray eye(long n) { return Creation.eye(n, n, 0, DType.FLOAT64); }

    /** NumPy {@code np.eye(n, m, k)}. */
    public static NDArray eye(long n, long m, long k) { return Creation.eye(n, m, k, DType.FLOAT64); }

    public static NDArray eye(DType dtype, long n) { return Creation.eye(n, n, 0, dtype); }

    /** NumPy {@code np.identity(n)}. */
    public static NDArray identity(long n) { return eye(n); }

    /** NumPy {@code np.arange(12)}: int64. */
    public static NDArray arange(long stop) { return Creation.arange(0, stop, 1, DType.INT64); }

    /** NumPy {@code np.arange(0, 10)}. */
    public static NDArray arange(long start, long stop) { return Creation.arange(start, stop, 1, DType.INT64); }

    /** NumPy {@code np.arange(0, 10, 2)}. */
    public static NDArray arange(long start, long stop, long step) { return Creation.arange(start, stop, step, DType.INT64); }

    /** NumPy {@code np.arange(5.0)}: float64. */
    public static NDArray arange(double stop) { return Creation.arange(0.0, stop, 1.0, DType.FLOAT64); }

    /** NumPy {@code np.arange(0., 1., .1)}: float64. */
    public static NDArray arange(double start, double stop, double step) { return Creation.arange(start, stop, step, DType.FLOAT64); }

    /** NumPy {@code np.linspace(0, 1, 5)}. */
    public static NDArray linspace(double start, double stop, long num) { return Creation.linspace(start, stop, num, true, DType.FLOAT64); }

    /** NumPy {@code np.linspace(start, stop)}: 50 samples. */
    public static NDArray linspace(double start, double stop) { return linspace(start, stop, 50); }

    public static NDArray linspace(double start, double stop, long num, boolean endpoint) {
        return Creation.linspace(start, stop, num, endpoint, DType.FLOAT64);
    }

    // ---- index items (typed form of a[...]) -----------------------------------------------------------

    /** {@code :} */
    public static Index all() { return Index.ALL; }

    /** {@code start:stop}; null for an open end. */
    public static Index slice(Integer start, Integer stop) { return slice(start, stop, null); }

    /** {@code start:stop:step}; nulls take Python's defaults. */
    public static Index slice(Integer start, Integer stop, Integer step) {
        return new Index.Slice(start == null ? null : start.longValue(), stop == null ? null : stop.longValue(),
                step == null ? null : step.longValue());
    }

    /** An integer index inside a typed index. */
    public static Index at(long i) { return new Index.At(i); }

    /** {@code None} / {@code np.newaxis}. */
    public static Index newAxis() { return new Index.NewAxis(); }

    /** {@code ...} */
    public static Index ellipsis() { return new Index.Ellipsis(); }

    // ---- functions (np.add, np.exp, ...) --------------------------------------------------------------

    public static NDArray add(NDArray a, NDArray b) { return a.add(b); }
    public static NDArray sub(NDArray a, NDArray b) { return a.sub(b); }
    public static NDArray mul(NDArray a, NDArray b) { return a.mul(b); }
    public static NDArray div(NDArray a, NDArray b) { return a.div(b); }
    public static NDArray maximum(NDArray a, NDArray b) { return a.maximum(b); }
    public static NDArray maximum(NDArray a, double b) { return a.maximum(b); }
    public static NDArray minimum(NDArray a, NDArray b) { return a.minimum(b); }
    public static NDArray minimum(NDArray a, double b) { return a.minimum(b); }
    public static NDArray exp(NDArray a) { return a.exp(); }
    public static NDArray log(NDArray a) { return a.log(); }
    public static NDArray sqrt(NDArray a) { return a.sqrt(); }
    public static NDArray tanh(NDArray a) { return a.tanh(); }
    public static NDArray abs(NDArray a) { return a.abs(); }
    public static NDArray square(NDArray a) { return a.square(); }
    public static NDArray sigmoid(NDArray a) { return a.sigmoid(); }
    public static NDArray relu(NDArray a) { return a.relu(); }
    public static NDArray sum(NDArray a) { return a.sum(); }
    public static NDArray sum(NDArray a, int axis) { return a.sum(axis); }
    public static NDArray mean(NDArray a) { return a.mean(); }
    public static NDArray mean(NDArray a, int axis) { return a.mean(axis); }
    public static NDArray max(NDArray a) { return a.max(); }
    public static NDArray min(NDArray a) { return a.min(); }
    public static NDArray matmul(NDArray a, NDArray b) { return a.matmul(b); }

    /** NumPy {@code np.dot} for 1-D and 2-D operands (1-D·1-D gives a 0-d array). */
    public static NDArray dot(NDArray a, NDArray b) {
        if (a.ndim() > 2 || b.ndim() > 2)
            throw new IllegalArgumentException("dot of arrays with more than 2 dimensions: use matmul for stacks of matrices");
        if (a.ndim() == 0 || b.ndim() == 0) return a.mul(b);
        return a.matmul(b);
    }

    /** NumPy {@code np.where(cond, x, y)}: broadcasts all three; x and y promote like a binary op. */
    public static NDArray where(NDArray cond, NDArray x, NDArray y) { return Select.where(cond, x, y); }

    /** NumPy {@code np.where(cond, x, y)} with scalar branches (weak, like Python scalars). */
    public static NDArray where(NDArray cond, double x, double y) {
        return Select.where(cond, full(DType.FLOAT64, new long[0], x), full(DType.FLOAT64, new long[0], y));
    }

    // ---- memory -------------------------------------------------------------------------------------

    /**
     * Opens a {@link Scope}: arrays allocated on this thread until it closes are freed when it closes.
     * {@code try (Scope s = scope()) { ... }}
     */
    public static Scope scope() { return new Scope(); }

    // ---- shape manipulation and joining (issue 3) ----
    // (java.util.List is spelled out here so that this section needs no import of its own)

    /**
     * NumPy {@code np.swapaxes(a, axis1, axis2)}: a view.
     * <pre>{@code
     * swapaxes(zeros(2, 3), 0, 1).shape();   // [3, 2]
     * }</pre>
     */
    public static NDArray swapaxes(NDArray a, int axis1, int axis2) { return a.swapaxes(axis1, axis2); }

    /**
     * NumPy {@code np.squeeze(a)}: a view without the length-1 axes.
     * <pre>{@code
     * squeeze(zeros(1, 3, 1)).shape();   // [3]
     * }</pre>
     */
    public static NDArray squeeze(NDArray a) { return a.squeeze(); }

    /**
     * NumPy {@code np.squeeze(a, axis)}; see {@link NDArray#squeeze(int...)}.
     * <pre>{@code
     * squeeze(zeros(1, 3, 1), 0).shape();   // [3, 1]
     * }</pre>
     */
    public static NDArray squeeze(NDArray a, int... axes) { return a.squeeze(axes); }

    /**
     * NumPy {@code np.expand_dims(a, axis)}: a view with a new length-1 axis (negative counts from the result's end).
     * <pre>{@code
     * expandDims(arange(3), -1).shape();   // [3, 1]
     * }</pre>
     */
    public static NDArray expandDims(NDArray a, int axis) { return a.expandDims(axis); }

    /**
     * NumPy {@code np.expand_dims(a, (axis0, axis1, ...))}.
     * <pre>{@code
     * expandDims(arange(3), 0, 2).shape();   // [1, 3, 1]
     * }</pre>
     */
    public static NDArray expandDims(NDArray a, int... axes) { return a.expandDims(axes); }

    /**
     * NumPy {@code np.broadcast_to(a, shape)}: a read-only view; see {@link NDArray#broadcastTo(long...)}.
     * <pre>{@code
     * broadcastTo(array(1, 2, 3), 2, 3);   // [[1 2 3]\n [1 2 3]]
     * }</pre>
     */
    public static NDArray broadcastTo(NDArray a, long... shape) { return a.broadcastTo(shape); }

    /** {@link #broadcastTo(NDArray, long...)} with int extents. */
    public static NDArray broadcastTo(NDArray a, int... shape) { return a.broadcastTo(shape); }

    /**
     * NumPy {@code np.concatenate(arrays, axis)}: one new array; its dtype is NumPy's
     * {@code result_type} of all inputs (int32 with float32 gives float64). Every axis but {@code axis}
     * must match, else NumPy's message naming the dimension and the arrays.
     * <pre>{@code
     * NDArray X = concatenate(List.of(ones(2, 3), zeros(1, 3)), 0);   // shape [3, 3]
     * concatenate(List.of(ones(2, 3), zeros(2, 1)), 1).shape();      // [2, 4]
     * }</pre>
     */
    public static NDArray concatenate(java.util.List<NDArray> arrays, int axis) { return Joining.concatenate(arrays, axis); }

    /** NumPy {@code np.concatenate(arrays)} along axis 0. Example: {@code concatenate(List.of(a, b))}. */
    public static NDArray concatenate(java.util.List<NDArray> arrays) { return Joining.concatenate(arrays, 0); }

    /**
     * NumPy {@code np.concatenate((a, b, ...), axis=axis)}, varargs form.
     * <pre>{@code
     * concatenate(1, ones(2, 3), zeros(2, 1)).shape();   // [2, 4]
     * }</pre>
     */
    public static NDArray concatenate(int axis, NDArray... arrays) { return Joining.concatenate(java.util.Arrays.asList(arrays), axis); }

    /**
     * NumPy {@code np.concatenate((a, b, ...))} along axis 0.
     * <pre>{@code
     * concatenate(array(1, 2), array(3.5, 4.5));   // [1.  2.  3.5 4.5]: int64 with float64 gives float64
     * }</pre>
     */
    public static NDArray concatenate(NDArray... arrays) { return Joining.concatenate(java.util.Arrays.asList(arrays), 0); }

    /**
     * NumPy {@code np.stack(arrays, axis)}: joins equal-shaped arrays along a new axis of the result.
     * <pre>{@code
     * stack(List.of(array(1, 2), array(3, 4)), 1);   // [[1 3]\n [2 4]]
     * }</pre>
     */
    public static NDArray stack(java.util.List<NDArray> arrays, int axis) { return Joining.stack(arrays, axis); }

    /** NumPy {@code np.stack(arrays)} along a new first axis. Example: {@code stack(List.of(a, b))}. */
    public static NDArray stack(java.util.List<NDArray> arrays) { return Joining.stack(arrays, 0); }

    /** NumPy {@code np.stack((a, b, ...), axis=axis)}. Example: {@code stack(-1, x, y)}. */
    public static NDArray stack(int axis, NDArray... arrays) { return Joining.stack(java.util.Arrays.asList(arrays), axis); }

    /**
     * NumPy {@code np.stack((a, b, ...))}.
     * <pre>{@code
     * stack(array(1, 2), array(3, 4));   // [[1 2]\n [3 4]]
     * }</pre>
     */
    public static NDArray stack(NDArray... arrays) { return Joining.stack(java.util.Arrays.asList(arrays), 0); }

    /**
     * NumPy {@code np.vstack}: rows on rows; 1-d inputs of length n are rows of shape (1, n).
     * <pre>{@code
     * vstack(array(1, 2), array(3, 4));   // [[1 2]\n [3 4]]
     * }</pre>
     */
    public static NDArray vstack(NDArray... arrays) { return Joining.vstack(java.util.Arrays.asList(arrays)); }

    /** NumPy {@code np.vstack(list)}. Example: {@code vstack(List.of(X_train, X_test))}. */
    public static NDArray vstack(java.util.List<NDArray> arrays) { return Joining.vstack(arrays); }

    /**
     * NumPy {@code np.hstack}: 1-d inputs join end to end, others along axis 1.
     * <pre>{@code
     * hstack(array(1, 2), array(3));   // [1 2 3]
     * }</pre>
     */
    public static NDArray hstack(NDArray... arrays) { return Joining.hstack(java.util.Arrays.asList(arrays)); }

    /** NumPy {@code np.hstack(list)}. Example: {@code hstack(List.of(a, b))}. */
    public static NDArray hstack(java.util.List<NDArray> arrays) { return Joining.hstack(arrays); }

    /**
     * NumPy {@code np.column_stack} and {@code np.c_[a, b]}: 1-d inputs become columns, then join along axis 1.
     * <pre>{@code
     * NDArray Xb = columnStack(ones(X.shape(0)), X);   // np.c_[np.ones(len(X)), X]: the bias column
     * }</pre>
     */
    public static NDArray columnStack(NDArray... arrays) { return Joining.columnStack(java.util.Arrays.asList(arrays)); }

    /** NumPy {@code np.column_stack(list)}. Example: {@code columnStack(List.of(x1, x2))}. */
    public static NDArray columnStack(java.util.List<NDArray> arrays) { return Joining.columnStack(arrays); }

    /**
     * NumPy {@code np.split(a, sections, axis)}: equal parts as views of {@code a}; sections that do not
     * divide the axis fail with NumPy's "array split does not result in an equal division".
     * <pre>{@code
     * List<NDArray> parts = split(arange(6), 3, 0);   // [0 1], [2 3], [4 5]
     * }</pre>
     */
    public static java.util.List<NDArray> split(NDArray a, int sections, int axis) { return Joining.split(a, sections, axis); }

    /** NumPy {@code np.split(a, sections)} along axis 0. Example: {@code split(X, 2)}. */
    public static java.util.List<NDArray> split(NDArray a, int sections) { return Joining.split(a, sections, 0); }

    /**
     * NumPy {@code np.split(a, [i0, i1, ...], axis)}: views {@code a[:i0], a[i0:i1], ..., a[ik:]} along
     * {@code axis}, indices taken like Python slice bounds.
     * <pre>{@code
     * split(arange(10), new long[] {3, 7}, 0);   // [0 1 2], [3 4 5 6], [7 8 9]
     * }</pre>
     */
    public static java.util.List<NDArray> split(NDArray a, long[] indices, int axis) { return Joining.split(a, indices.clone(), axis); }

    /** NumPy {@code np.split(a, [i0, i1, ...])} along axis 0. Example: {@code split(X, new long[] {80})}. */
    public static java.util.List<NDArray> split(NDArray a, long[] indices) { return Joining.split(a, indices.clone(), 0); }

    /**
     * NumPy {@code np.array_split(a, sections, axis)}: like split, but the first {@code n % sections}
     * parts are one longer instead of failing.
     * <pre>{@code
     * arraySplit(arange(7), 3, 0);   // [0 1 2], [3 4], [5 6]
     * }</pre>
     */
    public static java.util.List<NDArray> arraySplit(NDArray a, int sections, int axis) { return Joining.arraySplit(a, sections, axis); }

    /** NumPy {@code np.array_split(a, sections)} along axis 0. Example: {@code arraySplit(X, 3)}. */
    public static java.util.List<NDArray> arraySplit(NDArray a, int sections) { return Joining.arraySplit(a, sections, 0); }

    /**
     * NumPy {@code np.meshgrid(x, y)} (indexing='xy'): {@code [X, Y]}, each of shape (len(y), len(x)),
     * new writable arrays; the grid of a decision-boundary plot.
     * <pre>{@code
     * List<NDArray> g = meshgrid(linspace(-1, 1, 100), linspace(-1, 1, 50));
     * g.get(0).shape();   // [50, 100]
     * }</pre>
     */
    public static java.util.List<NDArray> meshgrid(NDArray x, NDArray y) { return Joining.meshgrid(java.util.Arrays.asList(x, y), "xy"); }

    /**
     * NumPy {@code np.meshgrid(x, y, indexing=indexing)}: "xy" (Cartesian, the default) or "ij" (matrix:
     * shapes (len(x), len(y))).
     * <pre>{@code
     * meshgrid(arange(3), arange(2), "ij").get(0).shape();   // [3, 2]
     * }</pre>
     */
    public static java.util.List<NDArray> meshgrid(NDArray x, NDArray y, String indexing) {
        return Joining.meshgrid(java.util.Arrays.asList(x, y), indexing);
    }

    /**
     * NumPy {@code np.meshgrid(*xi, indexing=indexing)} for any number of inputs (each is flattened).
     * <pre>{@code
     * meshgrid(List.of(x, y, z), "ij").get(2).shape();   // [x.size(), y.size(), z.size()]
     * }</pre>
     */
    public static java.util.List<NDArray> meshgrid(java.util.List<NDArray> xi, String indexing) { return Joining.meshgrid(xi, indexing); }

    // ---- boolean-mask and integer-array indexing (issue 3) ----

    /**
     * An index array inside a typed index: a bool mask or an int32/int64 array, NumPy's advanced
     * indexing (the result is a copy). The string form ({@code get(":, 1")}) cannot carry arrays.
     * <pre>{@code
     * X.get(idx(X.get(":, 0").gt(70)), at(1));     // X[X[:, 0] > 70, 1]
     * X.get(all(), idx(array(0, 2)));             // X[:, [0, 2]]
     * }</pre>
     */
    public static Index idx(NDArray index) { return new Index.Array(index); }

    /**
     * NumPy {@code np.take(a, indices, axis)}; see {@link NDArray#take(NDArray, int)}.
     * <pre>{@code
     * take(X, array(0, 2), 1);         // X[:, [0, 2]]
     * }</pre>
     */
    public static NDArray take(NDArray a, NDArray indices, int axis) { return a.take(indices, axis); }

    /**
     * NumPy {@code np.take(a, indices)}: indexes the flattened array.
     * <pre>{@code
     * take(arange(12).reshape(3, 4), array(0, 5));   // [0 5]
     * }</pre>
     */
    public static NDArray take(NDArray a, NDArray indices) { return a.take(indices); }

    // ---- random numbers (issue 3) ----

    /**
     * A new generator seeded with {@code seed}: NumPy {@code np.random.default_rng(42)}, or the global
     * state after {@code np.random.seed(42)}. Same seed, same numbers, on every run, platform and device.
     * <pre>{@code
     * Random rng = random(42);
     * NDArray W = rng.randn(784, 128).mul(0.01);
     * }</pre>
     */
    public static Random random(long seed) { return new Random(seed); }

    /**
     * The global generator, NumPy's {@code np.random.*} module state: seeded from the operating system
     * until {@link #seed(long)} is called.
     * <pre>{@code
     * seed(42);
     * NDArray x = random().rand(3);          // np.random.seed(42); np.random.rand(3)
     * }</pre>
     */
    public static Random random() { return Random.Global.INSTANCE; }

    /**
     * NumPy {@code np.random.seed(42)}: restarts the global generator ({@link #random()}) at the start of
     * seed's stream, so it then draws what {@code random(seed)} draws. Any long is a seed.
     * <pre>{@code
     * seed(42);
     * random().randint(0, 10, 5);            // the same as random(42).randint(0, 10, 5)
     * }</pre>
     */
    public static void seed(long seed) { Random.Global.INSTANCE.reseed(seed); }

    // ---- reductions and search (issue 3) ----

    /** NumPy {@code np.prod(a)}. Example: {@code prod(array(1, 2, 3, 4))} gives 24; {@code prod(X, 1)} multiplies along rows. */
    public static NDArray prod(NDArray a) { return a.prod(); }
    /** NumPy {@code np.prod(a, axis=axis)}. Example: {@code prod(arange(1, 7).reshape(2, 3), 0)} gives {@code [ 4 10 18]}. */
    public static NDArray prod(NDArray a, int axis) { return a.prod(axis); }

    /**
     * NumPy {@code np.std(a)} (ddof 0; float32 stays float32, ints give float64).
     * <pre>{@code
     * std(predictions);                    // np.std(predictions)
     * std(data, 0);                        // np.std(data, axis=0)
     * }</pre>
     */
    public static NDArray std(NDArray a) { return a.std(); }
    /** NumPy {@code np.std(a, axis=axis)}. Example: {@code X.sub(mean(X, 0)).div(std(X, 0))}. */
    public static NDArray std(NDArray a, int axis) { return a.std(axis); }
    /** NumPy {@code np.var(a)} (ddof 0). Example: {@code var(array(1.0, 2.0, 3.0, 4.0))} gives 1.25; {@code var(X, 0)} per column. */
    public static NDArray var(NDArray a) { return a.var(); }
    /** NumPy {@code np.var(a, axis=axis)}. Example: {@code var(X, 0)} is the variance of every column. */
    public static NDArray var(NDArray a, int axis) { return a.var(axis); }

    /** NumPy {@code np.argmax(a)}: flat index, 0-d int64. Example: {@code argmax(array(3, 7, 1))} gives 1; {@code argmax(probs, 1)} per row. */
    public static NDArray argmax(NDArray a) { return a.argmax(); }
    /** NumPy {@code np.argmax(a, axis=axis)}. Example: {@code argmax(probabilities, 1)} is the predicted class of every row. */
    public static NDArray argmax(NDArray a, int axis) { return a.argmax(axis); }
    /** NumPy {@code np.argmin(a)}: flat index, 0-d int64. Example: {@code argmin(array(3, 1, 7))} gives 1; {@code argmin(d, 0)} per column. */
    public static NDArray argmin(NDArray a) { return a.argmin(); }
    /** NumPy {@code np.argmin(a, axis=axis)}. Example: {@code argmin(distances, 1)} is the nearest centre of every row. */
    public static NDArray argmin(NDArray a, int axis) { return a.argmin(axis); }

    /** NumPy {@code np.any(a)}. Example: {@code any(train.isnan())} is a 0-d bool; {@code any(X.gt(90), 0)} per column. */
    public static NDArray any(NDArray a) { return a.any(); }
    /** NumPy {@code np.any(a, axis=axis)}. Example: {@code any(mask, 1)} tells which rows hold a true element. */
    public static NDArray any(NDArray a, int axis) { return a.any(axis); }
    /** NumPy {@code np.all(a)}. Example: {@code all(train.isfinite())} is a 0-d bool; {@code all(X.gt(50), 0)} per column. */
    public static NDArray all(NDArray a) { return a.all(); }
    /** NumPy {@code np.all(a, axis=axis)}. Example: {@code all(mask, 1)} tells which rows are all true. */
    public static NDArray all(NDArray a, int axis) { return a.all(axis); }
    /** NumPy {@code np.count_nonzero(a)}: 0-d int64. Example: {@code countNonzero(preds.eq(y))} counts the correct predictions. */
    public static NDArray countNonzero(NDArray a) { return a.countNonzero(); }
    /** NumPy {@code np.count_nonzero(a, axis=axis)}. Example: {@code countNonzero(mask, 0)} counts per column. */
    public static NDArray countNonzero(NDArray a, int axis) { return a.countNonzero(axis); }

    /** NumPy {@code np.cumsum(a)}: running sums of the flattened array. Example: {@code cumsum(runs)} gives the running total; {@code cumsum(X, 0)} per column. */
    public static NDArray cumsum(NDArray a) { return a.cumsum(); }
    /** NumPy {@code np.cumsum(a, axis=axis)}. Example: {@code cumsum(arange(6).reshape(2, 3), 1)} gives {@code [[ 0  1  3]\n [ 3  7 12]]}. */
    public static NDArray cumsum(NDArray a, int axis) { return a.cumsum(axis); }
    /** NumPy {@code np.cumprod(a)}: running products of the flattened array. Example: {@code cumprod(array(1, 2, 3))} gives {@code [1 2 6]}. */
    public static NDArray cumprod(NDArray a) { return a.cumprod(); }
    /** NumPy {@code np.cumprod(a, axis=axis)}. Example: {@code cumprod(growth, 0)}. */
    public static NDArray cumprod(NDArray a, int axis) { return a.cumprod(axis); }

    /** NumPy {@code np.sort(a)} (stable, last axis, a copy). Example: {@code sort(array(3, 1, 2))} gives {@code [1 2 3]}; {@code sort(X, 0)} sorts columns. */
    public static NDArray sort(NDArray a) { return a.sort(); }
    /** NumPy {@code np.sort(a, axis=axis)}. Example: {@code sort(X, 0)} sorts every column. */
    public static NDArray sort(NDArray a, int axis) { return a.sort(axis); }
    /** NumPy {@code np.argsort(a, kind='stable')}. Example: {@code argsort(strikeRate)}; {@code argsort(array(30, 10, 20))} gives {@code [1 2 0]}. */
    public static NDArray argsort(NDArray a) { return a.argsort(); }
    /** NumPy {@code np.argsort(a, axis=axis, kind='stable')}. Example: {@code argsort(X, 0)} ranks every column. */
    public static NDArray argsort(NDArray a, int axis) { return a.argsort(axis); }
    /** NumPy {@code np.unique(a)}. Example: {@code unique(array(3, 1, 3))} gives {@code [1 3]}; {@code unique(labels).size()} counts classes. */
    public static NDArray unique(NDArray a) { return a.unique(); }
    /** NumPy {@code np.unique(a, return_counts=True)}. Example: {@code uniqueWithCounts(labels).counts()} is the class histogram. */
    public static UniqueCounts uniqueWithCounts(NDArray a) { return a.uniqueWithCounts(); }
    /** NumJ's {@code topk} (PyTorch's {@code torch.topk}) along the last axis. Example: {@code topk(scores, 3).indices()} gives the 3 best positions. */
    public static TopK topk(NDArray a, int k) { return a.topk(k); }
    /** {@link #topk(NDArray, int)} along {@code axis}. Example: {@code topk(probs, 5, 1)} gives every row's top-5 classes. */
    public static TopK topk(NDArray a, int k, int axis) { return a.topk(k, axis); }
}
