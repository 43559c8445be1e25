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
}
