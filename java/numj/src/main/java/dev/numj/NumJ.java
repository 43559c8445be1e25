package dev.numj;

import static dev.numj.internal.ArrayAccess.shapeOf;
import java.util.function.UnaryOperator;
import dev.numj.internal.Config;
import dev.numj.internal.Shapes;
import dev.numj.internal.Closeness;
import dev.numj.internal.Creation;
import dev.numj.internal.Joining;
import dev.numj.internal.Histograms;
import dev.numj.internal.NanReductions;
import dev.numj.internal.Quantiles;
import dev.numj.internal.Reductions;
import dev.numj.internal.Scans;
import dev.numj.internal.Scatters;
import dev.numj.internal.Statistics;
import dev.numj.internal.Select;
import dev.numj.internal.TypeInfo;
import dev.numj.internal.Ufuncs;
import dev.numj.internal.format.PrintSettings;
import dev.numj.internal.linalg.Einsum;
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

    /**
     * NumPy {@code np.finfo(dtype)}: the limits of float32 or float64 ({@code eps}, {@code max}, {@code tiny},
     * {@code resolution}, {@code precision} ...); other dtypes fail with NumPy's "data type ... not inexact".
     * <pre>{@code
     * finfo(FLOAT32).eps();   // 1.1920928955078125E-7
     * x.clip(finfo(FLOAT64).tiny(), 1.0).log();
     * }</pre>
     *
     * @param dtype float32 or float64
     * @return the dtype's machine limits
     */
    public static FInfo finfo(DType dtype) { return TypeInfo.finfo(dtype); }

    /**
     * NumPy {@code np.iinfo(dtype)}: the limits of int32 or int64; other dtypes fail with NumPy's "Invalid integer
     * data type".
     * <pre>{@code
     * iinfo(INT32).max();   // 2147483647
     * iinfo(INT64).min();
     * }</pre>
     *
     * @param dtype int32 or int64
     * @return the dtype's limits
     */
    public static IInfo iinfo(DType dtype) { return TypeInfo.iinfo(dtype); }

    /**
     * NumPy {@code np.can_cast(from, to, casting)}: whether the cast is allowed under casting {@code "no"},
     * {@code "equiv"}, {@code "safe"}, {@code "same_kind"} or {@code "unsafe"} (anything else fails with NumPy's message).
     * <pre>{@code
     * canCast(INT64, FLOAT32, "same_kind");   // true
     * canCast(FLOAT64, INT64, "same_kind");   // false
     * }</pre>
     *
     * @param from the dtype cast from
     * @param to the dtype cast to
     * @param casting NumPy's rule: {@code "no"}, {@code "equiv"}, {@code "safe"}, {@code "same_kind"} or {@code "unsafe"}
     * @return whether the cast is allowed
     */
    public static boolean canCast(DType from, DType to, String casting) { return TypeInfo.canCast(from, to, casting); }
    /**
     * NumPy {@code np.can_cast(from, to)}: casting {@code "safe"}. Example: {@code canCast(INT32, FLOAT64)} is true.
     *
     * @param from the dtype cast from
     * @param to the dtype cast to
     * @return whether the cast is allowed
     */
    public static boolean canCast(DType from, DType to) { return TypeInfo.canCast(from, to, "safe"); }
    /**
     * NumPy {@code np.can_cast(a, to, casting)} for an array: its dtype decides (NumPy 2 never looks at values). Example: {@code canCast(x, INT32, "no")}.
     *
     * @param from the array whose dtype is cast (its values are not looked at)
     * @param to the dtype cast to
     * @param casting NumPy's rule: {@code "no"}, {@code "equiv"}, {@code "safe"}, {@code "same_kind"} or {@code "unsafe"}
     * @return whether the cast is allowed
     */
    public static boolean canCast(NDArray from, DType to, String casting) { return TypeInfo.canCast(from.dtype(), to, casting); }

    /**
     * NumPy {@code np.result_type(*args)}: the dtype NumPy's promotion gives any number of arrays, dtypes, dtype names
     * and Java scalars; scalars are weak like Python's (NEP 50), so {@code resultType(FLOAT32, 1.0)} is float32 and
     * {@code resultType(INT32, 7L)} int32. No argument fails with NumPy's "at least one array or dtype is required".
     * <pre>{@code
     * resultType(INT32, FLOAT32);           // float64
     * resultType(x, y, 2.5, true);          // x's and y's dtypes promoted, a float if neither is
     * }</pre>
     *
     * @param arraysDtypesOrScalars arrays, dtypes, dtype names and Java scalars (weak, like Python scalars)
     * @return the promoted dtype
     */
    public static DType resultType(Object... arraysDtypesOrScalars) { return TypeInfo.resultType(arraysDtypesOrScalars); }

    /**
     * The Array API's {@code isdtype(dtype, kind)} (NumPy {@code np.isdtype}): kind a dtype or one of {@code "bool"},
     * {@code "signed integer"}, {@code "unsigned integer"}, {@code "integral"}, {@code "real floating"},
     * {@code "complex floating"}, {@code "numeric"}.
     * <pre>{@code
     * isdtype(INT32, "integral");   // true
     * isdtype(x.dtype(), "real floating");
     * }</pre>
     *
     * @param dtype the dtype tested
     * @param kind a kind name: {@code "bool"}, {@code "signed integer"}, {@code "unsigned integer"}, {@code "integral"},
     *        {@code "real floating"}, {@code "complex floating"} or {@code "numeric"}
     * @return whether dtype is of the kind
     */
    public static boolean isdtype(DType dtype, String kind) { return TypeInfo.isdtype(dtype, kind); }
    /**
     * {@code np.isdtype(dtype, other_dtype)}: equality. Example: {@code isdtype(x.dtype(), FLOAT32)}.
     *
     * @param dtype the dtype tested
     * @param kind the dtype it must equal
     * @return whether dtype is of the kind
     */
    public static boolean isdtype(DType dtype, DType kind) { return TypeInfo.isdtype(dtype, kind); }
    /**
     * {@code np.isdtype(dtype, (kind, ...))}: any of the dtypes and kind names. Example: {@code isdtype(d, "bool", "integral")}.
     *
     * @param dtype the dtype tested
     * @param kinds dtypes and kind names; any of them matches
     * @return whether dtype is of the kind
     */
    public static boolean isdtype(DType dtype, Object... kinds) { return TypeInfo.isdtype(dtype, kinds); }

    /**
     * NumPy {@code np.__array_namespace_info__()}: the Array API's inspection namespace, what NumJ supports
     * (capabilities, devices, dtypes by kind, default dtypes).
     * <pre>{@code
     * arrayNamespaceInfo().devices();                           // [cpu] without a GPU
     * arrayNamespaceInfo().dtypes(null, "integral").keySet();   // [int32, int64]
     * }</pre>
     *
     * @return the inspection namespace (one shared, immutable object)
     */
    public static NamespaceInfo arrayNamespaceInfo() { return NamespaceInfo.INSTANCE; }

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
     * NumPy {@code np.asarray(obj)}: an NDArray itself (no copy), or a new array from what {@link #array(Object)}
     * takes (a Java array of any rank, a boxed number or boolean).
     * <pre>{@code
     * asarray(x) == x;                                   // true: already an array
     * asarray(new double[][] {{1, 2}, {3, 4}}).shape();  // [2, 2]
     * }</pre>
     *
     * @param obj an NDArray, a (nested) Java array or a boxed scalar
     * @return obj itself when it is an NDArray, else a new array
     */
    public static NDArray asarray(Object obj) { return Creation.asarray(obj, null, null, null); }

    /**
     * NumPy {@code np.asarray(obj, dtype=dtype)}: an NDArray of that dtype (or dtype null) is returned itself, one of
     * another dtype is cast into a new array (unsafe casting, as {@link NDArray#astype}); other objects are converted
     * as {@code array(dtype, obj)}.
     * <pre>{@code
     * asarray(x, FLOAT64) == x;       // true when x is float64
     * asarray(new int[] {1, 2}, INT32);  // [1 2], int32
     * }</pre>
     *
     * @param obj an NDArray, a (nested) Java array or a boxed scalar
     * @param dtype the dtype wanted, or null for obj's own (NumPy's default for the Java type)
     * @return obj itself when nothing needs changing, else a new array
     */
    public static NDArray asarray(Object obj, DType dtype) { return Creation.asarray(obj, dtype, null, null); }

    /**
     * NumPy {@code np.asarray(obj, dtype=dtype, device=device, copy=copy)}, the Array API's {@code asarray}: with
     * copy null an NDArray is copied only when the dtype or device asked for differ from its own (a move to another
     * device is the copy); with copy true the result is always a new array; with copy false never, and when a copy
     * is needed (another dtype or device, or obj not an NDArray: a Java array is always copied into the array's own
     * memory) it fails with NumPy's ValueError text "Unable to avoid copy while creating an array as requested." A
     * CUDA device this JVM cannot use throws {@link DeviceUnavailableException}.
     * <pre>{@code
     * asarray(x, null, null, true);                       // a copy, sharing no memory with x
     * asarray(x, FLOAT32, null, false);                   // IllegalArgumentException when x is not float32
     * NDArray g = asarray(data, FLOAT32, Device.cuda(0), null);   // made on the GPU
     * }</pre>
     *
     * @param obj an NDArray, a (nested) Java array or a boxed scalar
     * @param dtype the dtype wanted, or null for obj's own
     * @param device the device wanted, or null for obj's own (the CPU for Java arrays)
     * @param copy true: always copy; false: never copy (fail if one is needed); null: copy only if needed
     * @return obj itself when it is an NDArray that needs no change and copy is not true, else a new array
     */
    public static NDArray asarray(Object obj, DType dtype, Device device, Boolean copy) { return Creation.asarray(obj, dtype, device, copy); }

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
     * PyTorch {@code torch.zeros(shape, dtype=dtype, device=device)}: zeros made on {@code device} (on a GPU
     * by its fill kernel, with no host copy); an unavailable device throws {@link DeviceUnavailableException}.
     * <pre>{@code
     * NDArray w = zeros(Device.cuda(0), FLOAT32, 784, 128);   // on the GPU
     * zeros(Device.CPU, FLOAT32, 2, 3);                         // the same as zeros(FLOAT32, 2, 3)
     * }</pre>
     *
     * @param device the device the array is made on
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @return the new array, on device
     */
    public static NDArray zeros(Device device, DType dtype, long... shape) { return Creation.full(device, dtype, shape, 0L); }

    /**
     * PyTorch {@code torch.ones(shape, dtype=dtype, device=device)}. Example: {@code ones(Device.cuda(0), FLOAT32, 128)}.
     *
     * @param device the device the array is made on
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @return the new array, on device
     */
    public static NDArray ones(Device device, DType dtype, long... shape) { return Creation.full(device, dtype, shape, 1L); }

    /**
     * PyTorch {@code torch.full(shape, value, dtype=dtype, device=device)}. Example: {@code full(Device.cuda(0), FLOAT32, new long[] {3}, 0.5)}.
     *
     * @param device the device the array is made on
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @param value the fill value
     * @return the new array, on device
     */
    public static NDArray full(Device device, DType dtype, long[] shape, double value) { return Creation.full(device, dtype, shape, value); }

    /**
     * PyTorch {@code torch.full(shape, value, dtype=dtype, device=device)} of an integer value (checked to fit the dtype).
     *
     * @param device the device the array is made on
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @param value the fill value (checked to fit the dtype)
     * @return the new array, on device
     */
    public static NDArray full(Device device, DType dtype, long[] shape, long value) { return Creation.full(device, dtype, shape, value); }

    /**
     * PyTorch {@code torch.arange(stop, device=device)}: NumPy's int64 {@code arange(stop)} on {@code device}. Example: {@code arange(Device.cuda(0), 10)}.
     *
     * @param device the device the array is made on
     * @param stop the end of the interval (exclusive)
     * @return the new array, on device
     */
    public static NDArray arange(Device device, long stop) { return Creation.arange(device, 0L, stop, 1L, DType.INT64); }

    /**
     * PyTorch {@code torch.arange(start, stop, step, device=device)} of floats: NumPy's float64 {@code arange}.
     * Example: {@code arange(Device.cuda(0), 0.0, 1.0, 0.25)}.
     *
     * @param device the device the array is made on
     * @param start the start of the interval
     * @param stop the end of the interval (exclusive)
     * @param step the spacing between values
     * @return the new array, on device
     */
    public static NDArray arange(Device device, double start, double stop, double step) { return Creation.arange(device, start, stop, step, DType.FLOAT64); }

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


    /**
     * NumPy {@code np.diag(v)}: a 1-D v on the diagonal of a new square array, or a 2-D v's diagonal (a read-only view).
     * <pre>{@code
     * diag(array(1, 2));   // [[1 0]\n [0 2]]
     * }</pre>
     *
     * @param v a 1-D or 2-D array
     * @return the new matrix or the diagonal
     */
    public static NDArray diag(NDArray v) { return dev.numj.internal.Diagonals.diag(v, 0); }

    /**
     * NumPy {@code np.diag(v, k)}: the k-th diagonal (above the main one for k &gt; 0).
     * <pre>{@code
     * diag(array(1, 2), 1).shape();   // [3, 3]
     * }</pre>
     *
     * @param v a 1-D or 2-D array
     * @param k the diagonal
     * @return the new matrix or the diagonal
     */
    public static NDArray diag(NDArray v, long k) { return dev.numj.internal.Diagonals.diag(v, k); }

    /**
     * NumPy {@code np.tril(m)}: zeros above the main diagonal of the last two axes (a 1-D m is read as every row).
     * <pre>{@code
     * tril(ones(3, 3)).sum();   // 6.0
     * }</pre>
     *
     * @param m the array
     * @return a new array
     */
    public static NDArray tril(NDArray m) { return dev.numj.internal.Diagonals.triangle(m, 0, true); }

    /**
     * NumPy {@code np.tril(m, k)}: zeros above the k-th diagonal.
     * <pre>{@code
     * tril(ones(3, 3), -1).sum();   // 3.0
     * }</pre>
     *
     * @param m the array
     * @param k the last diagonal kept
     * @return a new array
     */
    public static NDArray tril(NDArray m, long k) { return dev.numj.internal.Diagonals.triangle(m, k, true); }

    /**
     * NumPy {@code np.triu(m)}: zeros below the main diagonal of the last two axes.
     * <pre>{@code
     * triu(ones(3, 3)).sum();   // 6.0
     * }</pre>
     *
     * @param m the array
     * @return a new array
     */
    public static NDArray triu(NDArray m) { return dev.numj.internal.Diagonals.triangle(m, 0, false); }

    /**
     * NumPy {@code np.triu(m, k)}: zeros below the k-th diagonal.
     * <pre>{@code
     * triu(ones(3, 3), 1).sum();   // 3.0
     * }</pre>
     *
     * @param m the array
     * @param k the first diagonal kept
     * @return a new array
     */
    public static NDArray triu(NDArray m, long k) { return dev.numj.internal.Diagonals.triangle(m, k, false); }

    /**
     * NumPy {@code np.indices(dimensions)}: int64 of shape (len(dims), *dims) whose i-th sub-array holds the index along axis i.
     * <pre>{@code
     * indices(2, 3).get(1);   // [[0 1 2]\n [0 1 2]]
     * }</pre>
     *
     * @param dimensions the grid's shape
     * @return the index grid
     */
    public static NDArray indices(long... dimensions) { return dev.numj.internal.IndexFunctions.indices(dimensions.clone()); }

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


    /**
     * NumPy {@code np.moveaxis(a, source, destination)}: a view with one axis moved.
     * <pre>{@code
     * moveaxis(zeros(3, 4, 5), 0, -1).shape();   // [4, 5, 3]
     * }</pre>
     *
     * @param a           the array
     * @param source      the axis to move
     * @param destination where it goes
     * @return a view
     */
    public static NDArray moveaxis(NDArray a, int source, int destination) {
        return dev.numj.internal.Rearranging.moveaxis(a, new int[] {source}, new int[] {destination});
    }

    /**
     * NumPy {@code np.moveaxis(a, (s0, s1, ...), (d0, d1, ...))}: a view with several axes moved, the others in order.
     * <pre>{@code
     * moveaxis(zeros(3, 4, 5), new int[] {0, 1}, new int[] {-1, -2}).shape();   // [5, 4, 3]
     * }</pre>
     *
     * @param a           the array
     * @param source      the axes to move
     * @param destination where they go
     * @return a view
     */
    public static NDArray moveaxis(NDArray a, int[] source, int[] destination) {
        return dev.numj.internal.Rearranging.moveaxis(a, source.clone(), destination.clone());
    }

    /**
     * NumPy {@code np.flip(a)}: a view reversed along every axis.
     * <pre>{@code
     * flip(array(1, 2, 3));   // [3 2 1]
     * }</pre>
     *
     * @param a the array
     * @return a view
     */
    public static NDArray flip(NDArray a) { return dev.numj.internal.Rearranging.flip(a, null); }

    /**
     * NumPy {@code np.flip(a, axis)}: a view reversed along the given axes.
     * <pre>{@code
     * flip(arange(4).reshape(2, 2), 1);   // [[1 0]\n [3 2]]
     * }</pre>
     *
     * @param a    the array
     * @param axes the axes to reverse
     * @return a view
     */
    public static NDArray flip(NDArray a, int... axes) { return dev.numj.internal.Rearranging.flip(a, axes.clone()); }

    /**
     * NumPy {@code np.rot90(m)}: a view rotated by 90 degrees in the plane of the first two axes.
     * <pre>{@code
     * rot90(arange(4).reshape(2, 2));   // [[1 3]\n [0 2]]
     * }</pre>
     *
     * @param m the array (at least 2-D)
     * @return a view
     */
    public static NDArray rot90(NDArray m) { return dev.numj.internal.Rearranging.rot90(m, 1, new int[] {0, 1}); }

    /**
     * NumPy {@code np.rot90(m, k, axes)}: rotated k times from the first axis towards the second (no axes: 0 and 1).
     * <pre>{@code
     * rot90(arange(4).reshape(2, 2), 2, 0, 1);   // [[3 2]\n [1 0]]
     * }</pre>
     *
     * @param m    the array
     * @param k    the number of quarter turns (negative turns the other way)
     * @param axes the two axes of the plane
     * @return a view
     */
    public static NDArray rot90(NDArray m, int k, int... axes) {
        return dev.numj.internal.Rearranging.rot90(m, k, axes.length == 0 ? new int[] {0, 1} : axes.clone());
    }

    /**
     * NumPy {@code np.tile(A, reps)}: the array repeated along each axis (reps right-aligned with the shape).
     * <pre>{@code
     * tile(array(1, 2), 2);   // [1 2 1 2]
     * }</pre>
     *
     * @param a    the array
     * @param reps repetitions per axis
     * @return a new array
     */
    public static NDArray tile(NDArray a, long... reps) { return dev.numj.internal.Rearranging.tile(a, reps.clone()); }

    /**
     * NumPy {@code np.repeat(a, repeats)}: each element of the flattened array repeated.
     * <pre>{@code
     * repeat(array(1, 2), 3);   // [1 1 1 2 2 2]
     * }</pre>
     *
     * @param a       the array
     * @param repeats how many times
     * @return a new 1-D array
     */
    public static NDArray repeat(NDArray a, long repeats) { return dev.numj.internal.Rearranging.repeat(a, repeats, null); }

    /**
     * NumPy {@code np.repeat(a, repeats, axis)}.
     * <pre>{@code
     * repeat(arange(4).reshape(2, 2), 2, 1);   // [[0 0 1 1]\n [2 2 3 3]]
     * }</pre>
     *
     * @param a       the array
     * @param repeats how many times
     * @param axis    the axis
     * @return a new array
     */
    public static NDArray repeat(NDArray a, long repeats, int axis) { return dev.numj.internal.Rearranging.repeat(a, repeats, axis); }

    /**
     * NumPy {@code np.repeat(a, repeats, axis)} with a count per slice (axis null: per element of the flattened array).
     * <pre>{@code
     * repeat(array(1, 2, 3), array(0, 1, 2), 0);   // [2 3 3]
     * }</pre>
     *
     * @param a       the array
     * @param repeats one count per slice along the axis (or one for all)
     * @param axis    the axis, or null to flatten
     * @return a new array
     */
    public static NDArray repeat(NDArray a, NDArray repeats, Integer axis) { return dev.numj.internal.Rearranging.repeat(a, repeats, axis); }

    /**
     * NumPy {@code np.roll(a, shift)}: the flattened array rotated by shift, in a's shape.
     * <pre>{@code
     * roll(array(1, 2, 3), 1);   // [3 1 2]
     * }</pre>
     *
     * @param a     the array
     * @param shift positions to move towards the end
     * @return a new array
     */
    public static NDArray roll(NDArray a, long shift) { return dev.numj.internal.Rearranging.roll(a, new long[] {shift}, null); }

    /**
     * NumPy {@code np.roll(a, shift, axis)}.
     * <pre>{@code
     * roll(arange(4).reshape(2, 2), 1, 1);   // [[1 0]\n [3 2]]
     * }</pre>
     *
     * @param a     the array
     * @param shift positions to move towards the end
     * @param axis  the axis
     * @return a new array
     */
    public static NDArray roll(NDArray a, long shift, int axis) { return dev.numj.internal.Rearranging.roll(a, new long[] {shift}, new int[] {axis}); }

    /**
     * NumPy {@code np.roll(a, (s0, s1, ...), (ax0, ax1, ...))}: shifts and axes broadcast; shifts on one axis add up.
     * <pre>{@code
     * roll(arange(4).reshape(2, 2), new long[] {1, 1}, new int[] {0, 1});   // [[3 2]\n [1 0]]
     * }</pre>
     *
     * @param a      the array
     * @param shifts the shifts
     * @param axes   the axes
     * @return a new array
     */
    public static NDArray roll(NDArray a, long[] shifts, int[] axes) { return dev.numj.internal.Rearranging.roll(a, shifts.clone(), axes.clone()); }

    /**
     * NumPy {@code np.pad(a, width)}: {@code width} zeros before and after every axis.
     * <pre>{@code
     * pad(array(1, 2), 1);   // [0 1 2 0]
     * }</pre>
     *
     * @param a     the array
     * @param width the padding on each side of each axis
     * @return a new array
     */
    public static NDArray pad(NDArray a, long width) { return dev.numj.internal.Padding.pad(a, new long[][] {{width}}, "constant", 0); }

    /**
     * NumPy {@code np.pad(a, pad_width, mode)}: pad_width as NumPy takes it ({@code {{n}}}, {@code {{before, after}}},
     * or one row per axis), mode {@code "constant"} (zeros), {@code "edge"} or {@code "reflect"}.
     * <pre>{@code
     * pad(array(1, 2, 3), new long[][] {{2, 1}}, "reflect");   // [3 2 1 2 3 2]
     * }</pre>
     *
     * @param a        the array
     * @param padWidth the widths
     * @param mode     the mode
     * @return a new array
     */
    public static NDArray pad(NDArray a, long[][] padWidth, String mode) { return dev.numj.internal.Padding.pad(a, padWidth, mode, 0); }

    /**
     * NumPy {@code np.pad(a, pad_width, mode='constant', constant_values=value)}.
     * <pre>{@code
     * pad(array(1.0, 2.0), new long[][] {{1}}, "constant", -1.0);   // [-1.  1.  2. -1.]
     * }</pre>
     *
     * @param a              the array
     * @param padWidth       the widths
     * @param mode           the mode
     * @param constantValue  the value of the padding in constant mode (cast to a's dtype)
     * @return a new array
     */
    public static NDArray pad(NDArray a, long[][] padWidth, String mode, double constantValue) {
        return dev.numj.internal.Padding.pad(a, padWidth, mode, constantValue);
    }

    /**
     * NumPy {@code np.pad(a, pad_width, constant_values=values)} with a value per side and axis: {@code {{v}}},
     * {@code {{before, after}}}, or one row per axis; later axes own the corners, as in NumPy.
     * <pre>{@code
     * pad(array(1.0), new long[][] {{1}}, new double[][] {{-1, 9}});   // [-1.  1.  9.]
     * }</pre>
     *
     * @param a              the array
     * @param padWidth       the widths
     * @param constantValues the values of the padding (cast to a's dtype)
     * @return a new array
     */
    public static NDArray pad(NDArray a, long[][] padWidth, double[][] constantValues) {
        return dev.numj.internal.Padding.padConstant(a, padWidth, constantValues);
    }

    /**
     * NumPy {@code np.atleast_1d(a)}: a itself, or a 0-d array as shape (1,) (a view).
     * <pre>{@code
     * atleast1d(array(5.0).reshape(new long[0])).shape();   // [1]
     * }</pre>
     *
     * @param a the array
     * @return a or a view
     */
    public static NDArray atleast1d(NDArray a) { return dev.numj.internal.Rearranging.atleast(a, 1); }

    /**
     * NumPy {@code np.atleast_2d(a)}: a 1-D array of n as (1, n), a 0-d as (1, 1) (views).
     * <pre>{@code
     * atleast2d(array(1, 2)).shape();   // [1, 2]
     * }</pre>
     *
     * @param a the array
     * @return a or a view
     */
    public static NDArray atleast2d(NDArray a) { return dev.numj.internal.Rearranging.atleast(a, 2); }

    /**
     * NumPy {@code np.atleast_3d(a)}: (n) as (1, n, 1), (m, n) as (m, n, 1), 0-d as (1, 1, 1) (views).
     * <pre>{@code
     * atleast3d(zeros(2, 3)).shape();   // [2, 3, 1]
     * }</pre>
     *
     * @param a the array
     * @return a or a view
     */
    public static NDArray atleast3d(NDArray a) { return dev.numj.internal.Rearranging.atleast(a, 3); }

    /**
     * NumPy {@code np.broadcast_arrays(*args)}: views of every array at the common shape (read-only where they repeat memory).
     * <pre>{@code
     * broadcastArrays(array(1, 2), array(new int[][] {{1}, {2}})).get(0).shape();   // [2, 2]
     * }</pre>
     *
     * @param arrays the arrays
     * @return one view per array
     */
    public static java.util.List<NDArray> broadcastArrays(NDArray... arrays) {
        return dev.numj.internal.Rearranging.broadcastArrays(java.util.Arrays.asList(arrays));
    }

    /**
     * NumPy {@code np.broadcast_shapes(*shapes)}: the shape the given shapes broadcast to.
     * <pre>{@code
     * broadcastShapes(new long[] {2, 1}, new long[] {3});   // [2, 3]
     * }</pre>
     *
     * @param shapes the shapes
     * @return the broadcast shape
     */
    public static long[] broadcastShapes(long[]... shapes) { return dev.numj.internal.Rearranging.broadcastShapes(shapes.clone()); }

    /**
     * NumPy {@code np.unstack(x)}: the views {@code x[0], x[1], ...}.
     * <pre>{@code
     * unstack(arange(6).reshape(2, 3)).get(1);   // [3 4 5]
     * }</pre>
     *
     * @param x the array (at least 1-D)
     * @return the views along axis 0
     */
    public static java.util.List<NDArray> unstack(NDArray x) { return dev.numj.internal.Rearranging.unstack(x, 0); }

    /**
     * NumPy {@code np.unstack(x, axis=axis)}.
     * <pre>{@code
     * unstack(arange(6).reshape(2, 3), 1).get(0);   // [0 3]
     * }</pre>
     *
     * @param x    the array
     * @param axis the axis to split along
     * @return the views along the axis
     */
    public static java.util.List<NDArray> unstack(NDArray x, int axis) { return dev.numj.internal.Rearranging.unstack(x, axis); }

    /**
     * NumPy {@code np.lib.stride_tricks.sliding_window_view(x, window_shape)}: every window over all axes, a
     * read-only view with the window axes last (what a convolution from scratch needs).
     * <pre>{@code
     * slidingWindowView(arange(5), 3);   // [[0 1 2]\n [1 2 3]\n [2 3 4]]
     * }</pre>
     *
     * @param x           the array
     * @param windowShape the window's extent along every axis
     * @return a read-only view
     */
    public static NDArray slidingWindowView(NDArray x, long... windowShape) {
        return dev.numj.internal.Windows.slidingWindowView(x, windowShape.clone(), null);
    }

    /**
     * NumPy {@code sliding_window_view(x, window_shape, axis)}: windows along the given axes only.
     * <pre>{@code
     * slidingWindowView(zeros(4, 6), new long[] {3}, 1).shape();   // [4, 4, 3]
     * }</pre>
     *
     * @param x           the array
     * @param windowShape the window's extent along each given axis
     * @param axis        the axes (repeats allowed)
     * @return a read-only view
     */
    public static NDArray slidingWindowView(NDArray x, long[] windowShape, int... axis) {
        return dev.numj.internal.Windows.slidingWindowView(x, windowShape.clone(), axis.clone());
    }

    /**
     * NumPy {@code np.lib.stride_tricks.as_strided(x, shape, strides)} (strides in bytes), but checked: a view
     * that could address a byte outside the memory of x's base fails with IndexOutOfBoundsException naming
     * the shape, the strides and the base's extent, where NumPy would read or write outside it.
     * <pre>{@code
     * asStrided(arange(4), new long[] {3, 2}, new long[] {8, 8});   // [[0 1]\n [1 2]\n [2 3]]
     * }</pre>
     *
     * @param x       the array whose memory is viewed
     * @param shape   the view's shape
     * @param strides the view's byte strides
     * @return a writeable view (read-only when x is)
     */
    public static NDArray asStrided(NDArray x, long[] shape, long[] strides) {
        return dev.numj.internal.Windows.asStrided(x, shape.clone(), strides.clone(), true);
    }

    /**
     * NumPy {@code as_strided(x, shape, strides, writeable=writeable)}, bounds checked as {@link #asStrided(NDArray, long[], long[])}.
     * <pre>{@code
     * asStrided(x, new long[] {2, 2}, new long[] {0, 8}, false).isWriteable();   // false
     * }</pre>
     *
     * @param x         the array whose memory is viewed
     * @param shape     the view's shape
     * @param strides   the view's byte strides
     * @param writeable false for a read-only view
     * @return the view
     */
    public static NDArray asStrided(NDArray x, long[] shape, long[] strides, boolean writeable) {
        return dev.numj.internal.Windows.asStrided(x, shape.clone(), strides.clone(), writeable);
    }

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


    /**
     * NumPy {@code np.nonzero(a)}: the indices of the nonzero elements, one int64 array per axis.
     * <pre>{@code
     * nonzero(array(0, 3, 0, 4)).get(0);   // [1 3]
     * }</pre>
     *
     * @param a the array (at least 1-D)
     * @return one index array per axis
     */
    public static java.util.List<NDArray> nonzero(NDArray a) { return dev.numj.internal.Searching.nonzero(a); }

    /**
     * NumPy {@code np.where(condition)} with one argument: the same as {@link #nonzero}.
     * <pre>{@code
     * where(array(1.0, -2.0, 3.0).gt(0.0)).get(0);   // [0 2]
     * }</pre>
     *
     * @param condition the array
     * @return one index array per axis
     */
    public static java.util.List<NDArray> where(NDArray condition) { return dev.numj.internal.Searching.nonzero(condition); }

    /**
     * NumPy {@code np.argwhere(a)}: the indices of the nonzero elements as rows, int64 of shape (count, ndim).
     * <pre>{@code
     * argwhere(array(new int[][] {{0, 1}, {1, 0}}));   // [[0 1]\n [1 0]]
     * }</pre>
     *
     * @param a the array
     * @return the index rows
     */
    public static NDArray argwhere(NDArray a) { return dev.numj.internal.Searching.argwhere(a); }

    /**
     * NumPy {@code np.flatnonzero(a)}: the indices of the nonzero elements of the flattened array.
     * <pre>{@code
     * flatnonzero(array(new int[][] {{0, 1}, {1, 0}}));   // [1 2]
     * }</pre>
     *
     * @param a the array
     * @return int64 flat indices
     */
    public static NDArray flatnonzero(NDArray a) { return dev.numj.internal.Searching.flatnonzero(a); }

    /**
     * NumPy {@code np.take_along_axis(arr, indices, axis)}: picks along an axis by an index array of arr's rank
     * (the other axes broadcast); a null axis reads the flattened array with 1-D indices.
     * <pre>{@code
     * takeAlongAxis(scores, argsort(scores, 1), 1);   // every row sorted
     * }</pre>
     *
     * @param arr     the array
     * @param indices integer indices, as many dimensions as arr
     * @param axis    the axis, or null
     * @return a new array of the broadcast shape
     */
    public static NDArray takeAlongAxis(NDArray arr, NDArray indices, Integer axis) {
        return dev.numj.internal.IndexFunctions.takeAlongAxis(arr, indices, axis);
    }

    /**
     * NumPy {@code np.put_along_axis(arr, indices, values, axis)}: writes values into arr at the positions
     * take_along_axis would read.
     * <pre>{@code
     * putAlongAxis(X, argmax(X, 1).reshape(-1, 1), zeros(1), 1);   // zeroes every row's maximum
     * }</pre>
     *
     * @param arr     the array written
     * @param indices integer indices, as many dimensions as arr
     * @param values  the values (broadcast)
     * @param axis    the axis, or null (arr flattened; it must be C-contiguous)
     */
    public static void putAlongAxis(NDArray arr, NDArray indices, NDArray values, Integer axis) {
        dev.numj.internal.IndexFunctions.putAlongAxis(arr, indices, values, axis);
    }

    /**
     * NumPy {@code np.put(a, ind, v, mode='raise')}: {@code a.flat[ind] = v}.
     * <pre>{@code
     * put(a, array(0, 2), array(-1.0));   // a[0] and a[2] become -1
     * }</pre>
     *
     * @param a   the array written
     * @param ind flat indices
     * @param v   the values, repeated to ind's length
     */
    public static void put(NDArray a, NDArray ind, NDArray v) { dev.numj.internal.IndexFunctions.put(a, ind, v, "raise"); }

    /**
     * NumPy {@code np.put(a, ind, v, mode)} with mode {@code "raise"}, {@code "wrap"} or {@code "clip"}.
     * <pre>{@code
     * put(a, array(10), array(1.0), "clip");   // writes the last element
     * }</pre>
     *
     * @param a    the array written
     * @param ind  flat indices
     * @param v    the values, repeated to ind's length
     * @param mode what an out-of-range index does
     */
    public static void put(NDArray a, NDArray ind, NDArray v, String mode) { dev.numj.internal.IndexFunctions.put(a, ind, v, mode); }

    /**
     * NumPy {@code np.diagonal(a, offset, axis1, axis2)}: a read-only view, the diagonal as the last axis.
     * <pre>{@code
     * diagonal(arange(8).reshape(2, 2, 2), 0, 1, 2);   // [[0 3]\n [4 7]]
     * }</pre>
     *
     * @param a      the array (at least 2-D)
     * @param offset the diagonal above (positive) or below (negative) the main one
     * @param axis1  the rows' axis
     * @param axis2  the columns' axis
     * @return a read-only view
     */
    public static NDArray diagonal(NDArray a, long offset, int axis1, int axis2) { return a.diagonal(offset, axis1, axis2); }

    /**
     * NumPy {@code np.diagonal(a)}: the main diagonal of the first two axes.
     * <pre>{@code
     * diagonal(eye(3));   // [1. 1. 1.]
     * }</pre>
     *
     * @param a the array
     * @return a read-only view
     */
    public static NDArray diagonal(NDArray a) { return a.diagonal(); }

    /**
     * NumPy {@code np.unravel_index(indices, shape)}: flat indices as one int64 index array per axis (C order).
     * <pre>{@code
     * unravelIndex(array(5), 2, 3);   // [1], [2]
     * }</pre>
     *
     * @param indices flat indices
     * @param shape   the array's shape
     * @return one index array per axis, each of indices' shape
     */
    public static java.util.List<NDArray> unravelIndex(NDArray indices, long... shape) {
        return dev.numj.internal.IndexFunctions.unravelIndex(indices, shape.clone(), "C");
    }

    /**
     * NumPy {@code np.unravel_index(indices, shape, order)} with order {@code "C"} or {@code "F"}.
     * <pre>{@code
     * unravelIndex(array(5), new long[] {2, 3}, "F");   // [1], [2]
     * }</pre>
     *
     * @param indices flat indices
     * @param shape   the array's shape
     * @param order   "C" (row-major) or "F" (column-major)
     * @return one index array per axis
     */
    public static java.util.List<NDArray> unravelIndex(NDArray indices, long[] shape, String order) {
        return dev.numj.internal.IndexFunctions.unravelIndex(indices, shape.clone(), order);
    }

    /**
     * NumPy {@code np.ravel_multi_index(multi_index, dims)}: coordinate arrays (broadcast together) to flat indices.
     * <pre>{@code
     * ravelMultiIndex(List.of(array(1), array(2)), 2, 3);   // [5]
     * }</pre>
     *
     * @param multiIndex one integer array per axis
     * @param dims       the array's shape
     * @return int64 flat indices
     */
    public static NDArray ravelMultiIndex(java.util.List<NDArray> multiIndex, long... dims) {
        return dev.numj.internal.IndexFunctions.ravelMultiIndex(multiIndex, dims.clone(), new String[] {"raise"}, "C");
    }

    /**
     * NumPy {@code np.ravel_multi_index(multi_index, dims, mode, order)}: mode {@code "raise"}, {@code "wrap"} or
     * {@code "clip"}, order {@code "C"} or {@code "F"}.
     * <pre>{@code
     * ravelMultiIndex(List.of(array(1), array(5)), new long[] {2, 3}, "clip", "C");   // [5]
     * }</pre>
     *
     * @param multiIndex one integer array per axis
     * @param dims       the array's shape
     * @param mode       what an out-of-range coordinate does
     * @param order      "C" or "F"
     * @return int64 flat indices
     */
    public static NDArray ravelMultiIndex(java.util.List<NDArray> multiIndex, long[] dims, String mode, String order) {
        return dev.numj.internal.IndexFunctions.ravelMultiIndex(multiIndex, dims.clone(), new String[] {mode}, order);
    }

    /**
     * NumPy {@code np.ravel_multi_index(multi_index, dims, mode=(m0, m1, ...), order)}: one mode per axis.
     * <pre>{@code
     * ravelMultiIndex(List.of(array(3), array(-1)), new long[] {2, 3}, new String[] {"clip", "wrap"}, "C");   // [5]
     * }</pre>
     *
     * @param multiIndex one integer array per axis
     * @param dims       the array's shape
     * @param modes      the mode of each axis
     * @param order      "C" or "F"
     * @return int64 flat indices
     */
    public static NDArray ravelMultiIndex(java.util.List<NDArray> multiIndex, long[] dims, String[] modes, String order) {
        return dev.numj.internal.IndexFunctions.ravelMultiIndex(multiIndex, dims.clone(), modes.clone(), order);
    }
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
     * NumPy {@code np.logaddexp(a, b)}; see {@link NDArray#logaddexp(NDArray)} for its dtypes.
     * <pre>{@code
     * logaddexp(array(0.0, 1000.0), array(0.0, 1000.0));   // [6.93147181e-01 1.00069315e+03]
     * logaddexp(logProbA, logProbB);
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray logaddexp(NDArray a, NDArray b) { return a.logaddexp(b); }
    /**
     * NumPy {@code np.logaddexp(a, 2.5)} (a weak Python float). Example: {@code logaddexp(x, 0.5)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray logaddexp(NDArray a, double s) { return a.logaddexp(s); }
    /**
     * NumPy {@code np.logaddexp(a, 2)} (a weak Python int). Example: {@code logaddexp(arange(5), 1)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray logaddexp(NDArray a, long s) { return a.logaddexp(s); }
    /**
     * NumPy {@code np.logaddexp(2.5, a)}: the scalar first. Example: {@code logaddexp(0.5, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray logaddexp(double s, NDArray a) { return Ufuncs.binary(Ufuncs.LOGADDEXP, s, a); }
    /**
     * NumPy {@code np.logaddexp(2, a)}: the scalar first. Example: {@code logaddexp(1, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray logaddexp(long s, NDArray a) { return Ufuncs.binary(Ufuncs.LOGADDEXP, s, a); }

    /**
     * NumPy {@code np.logaddexp2(a, b)}; see {@link NDArray#logaddexp2(NDArray)} for its dtypes.
     * <pre>{@code
     * logaddexp2(array(1.0, 3.0), array(1.0, 3.0));   // [2. 4.]
     * logaddexp2(log2A, log2B);
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray logaddexp2(NDArray a, NDArray b) { return a.logaddexp2(b); }
    /**
     * NumPy {@code np.logaddexp2(a, 2.5)} (a weak Python float). Example: {@code logaddexp2(x, 0.5)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray logaddexp2(NDArray a, double s) { return a.logaddexp2(s); }
    /**
     * NumPy {@code np.logaddexp2(a, 2)} (a weak Python int). Example: {@code logaddexp2(arange(5), 1)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray logaddexp2(NDArray a, long s) { return a.logaddexp2(s); }
    /**
     * NumPy {@code np.logaddexp2(2.5, a)}: the scalar first. Example: {@code logaddexp2(0.5, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray logaddexp2(double s, NDArray a) { return Ufuncs.binary(Ufuncs.LOGADDEXP2, s, a); }
    /**
     * NumPy {@code np.logaddexp2(2, a)}: the scalar first. Example: {@code logaddexp2(1, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray logaddexp2(long s, NDArray a) { return Ufuncs.binary(Ufuncs.LOGADDEXP2, s, a); }

    /**
     * NumPy {@code np.nextafter(a, b)}; see {@link NDArray#nextafter(NDArray)} for its dtypes.
     * <pre>{@code
     * nextafter(array(1.0), array(2.0));   // 1.0000000000000002
     * nextafter(x, y);
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray nextafter(NDArray a, NDArray b) { return a.nextafter(b); }
    /**
     * NumPy {@code np.nextafter(a, 2.5)} (a weak Python float). Example: {@code nextafter(x, 0.5)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray nextafter(NDArray a, double s) { return a.nextafter(s); }
    /**
     * NumPy {@code np.nextafter(a, 2)} (a weak Python int). Example: {@code nextafter(arange(5), 1)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray nextafter(NDArray a, long s) { return a.nextafter(s); }
    /**
     * NumPy {@code np.nextafter(2.5, a)}: the scalar first. Example: {@code nextafter(0.5, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray nextafter(double s, NDArray a) { return Ufuncs.binary(Ufuncs.NEXTAFTER, s, a); }
    /**
     * NumPy {@code np.nextafter(2, a)}: the scalar first. Example: {@code nextafter(1, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray nextafter(long s, NDArray a) { return Ufuncs.binary(Ufuncs.NEXTAFTER, s, a); }

    /**
     * NumPy {@code np.heaviside(a, b)}; see {@link NDArray#heaviside(NDArray)} for its dtypes.
     * <pre>{@code
     * heaviside(array(-1.5, 0.0, 2.0), array(0.5));   // [0.  0.5 1. ]
     * heaviside(x, 0.5);
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray heaviside(NDArray a, NDArray b) { return a.heaviside(b); }
    /**
     * NumPy {@code np.heaviside(a, 2.5)} (a weak Python float). Example: {@code heaviside(x, 0.5)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray heaviside(NDArray a, double s) { return a.heaviside(s); }
    /**
     * NumPy {@code np.heaviside(a, 2)} (a weak Python int). Example: {@code heaviside(arange(5), 1)}.
     *
     * @param a the array
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @return the result
     */
    public static NDArray heaviside(NDArray a, long s) { return a.heaviside(s); }
    /**
     * NumPy {@code np.heaviside(2.5, a)}: the scalar first. Example: {@code heaviside(0.5, x)}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray heaviside(double s, NDArray a) { return Ufuncs.binary(Ufuncs.HEAVISIDE, s, a); }
    /**
     * NumPy {@code np.heaviside(2, a)}: the scalar first. Example: {@code heaviside(1, arange(5))}.
     *
     * @param s the scalar operand (weak, like a Python scalar: it does not change the result dtype)
     * @param a the array
     * @return the result
     */
    public static NDArray heaviside(long s, NDArray a) { return Ufuncs.binary(Ufuncs.HEAVISIDE, s, a); }

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
     * NumPy {@code np.positive(a)}; see {@link NDArray#positive()} for its dtypes.
     * <pre>{@code
     * positive(array(-1, 2));   // [-1  2]
     * positive(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray positive(NDArray a) { return a.positive(); }

    /**
     * NumPy {@code np.signbit(a)}; see {@link NDArray#signbit()} for its dtypes.
     * <pre>{@code
     * signbit(array(-1.0, -0.0, 0.0));   // [ True  True False]
     * signbit(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray signbit(NDArray a) { return a.signbit(); }

    /**
     * {@code scipy.special.erf(a)} / {@code torch.erf(a)}; see {@link NDArray#erf()} for its dtypes.
     * <pre>{@code
     * erf(array(0.0, 0.5));   // [0.         0.52049988]
     * erf(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray erf(NDArray a) { return a.erf(); }

    /**
     * {@code torch.nn.functional.softplus(a)}; see {@link NDArray#softplus()} for its dtypes.
     * <pre>{@code
     * softplus(array(0.0));   // 0.6931471805599453
     * softplus(Z);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray softplus(NDArray a) { return a.softplus(); }

    /**
     * {@code scipy.special.logsumexp(a)}; see {@link NDArray#logsumexp()}.
     * <pre>{@code
     * logsumexp(array(1000.0, 1000.0));   // 1000.6931471805599
     * logsumexp(logits);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray logsumexp(NDArray a) { return a.logsumexp(); }
    /**
     * {@code scipy.special.logsumexp(a, axis=axis)}. Example: {@code logsumexp(logits, -1)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray logsumexp(NDArray a, int axis) { return a.logsumexp(axis); }
    /**
     * {@code scipy.special.logsumexp(a, axis=axis, keepdims=keepdims)}. Example: {@code logsumexp(logits, -1, true)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray logsumexp(NDArray a, int axis, boolean keepdims) { return a.logsumexp(axis, keepdims); }
    /**
     * {@code scipy.special.logsumexp(a, axis=(..), keepdims=keepdims)}. Example: {@code logsumexp(x, new int[] {0, 1}, false)}.
     *
     * @param a the array
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray logsumexp(NDArray a, int[] axes, boolean keepdims) { return a.logsumexp(axes, keepdims); }

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

    /**
     * NumPy {@code np.diff(a)}: {@code a[..., 1:] - a[..., :-1]} along the last axis ({@code !=} for bool).
     * <pre>{@code
     * diff(array(1, 4, 9));   // [3 5]
     * }</pre>
     *
     * @param a the array (at least 1-D)
     * @return the differences
     */
    public static NDArray diff(NDArray a) { return dev.numj.internal.Rearranging.diff(a, 1, -1, null, null); }

    /**
     * NumPy {@code np.diff(a, n, axis)}: the n-th difference (n = 0 gives a itself).
     * <pre>{@code
     * diff(array(1, 4, 9), 2, -1);   // [2]
     * }</pre>
     *
     * @param a    the array
     * @param n    how many times to difference
     * @param axis the axis
     * @return the differences
     */
    public static NDArray diff(NDArray a, int n, int axis) { return dev.numj.internal.Rearranging.diff(a, n, axis, null, null); }

    /**
     * NumPy {@code np.diff(a, n, axis, prepend, append)}: values joined before and after a along the axis
     * first (a 0-d one is broadcast); null for "not given".
     * <pre>{@code
     * diff(array(1, 4, 9), 1, -1, array(0), null);   // [1 3 5]
     * }</pre>
     *
     * @param a       the array
     * @param n       how many times to difference
     * @param axis    the axis
     * @param prepend values before a, or null
     * @param append  values after a, or null
     * @return the differences
     */
    public static NDArray diff(NDArray a, int n, int axis, NDArray prepend, NDArray append) {
        return dev.numj.internal.Rearranging.diff(a, n, axis, prepend, append);
    }

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
     * NumPy {@code np.left_shift(a, b)} / {@code a << b}; see {@link NDArray#leftShift(NDArray)} for its dtypes.
     * <pre>{@code
     * leftShift(arange(4), array(1L, 2L, 3L, 4L));   // [ 0  4 16 48]
     * leftShift(1L, arange(8));                      // [  1   2   4   8  16  32  64 128]
     * }</pre>
     *
     * @param a the integers shifted, or the shift counts when the scalar comes first
     * @param b the shift counts, broadcast against a
     * @return the result
     */
    public static NDArray leftShift(NDArray a, NDArray b) { return a.leftShift(b); }
    /**
     * NumPy {@code np.left_shift(a, 3)}. Example: {@code leftShift(arange(4), 2)}.
     *
     * @param a the integers shifted, or the shift counts when the scalar comes first
     * @param s the shift count, or the integer shifted when it comes first (weak, like a Python int)
     * @return the result
     */
    public static NDArray leftShift(NDArray a, long s) { return a.leftShift(s); }
    /**
     * NumPy {@code np.left_shift(1, a)}: the scalar first. Example: {@code leftShift(1, arange(8))}.
     *
     * @param s the shift count, or the integer shifted when it comes first (weak, like a Python int)
     * @param a the integers shifted, or the shift counts when the scalar comes first
     * @return the result
     */
    public static NDArray leftShift(long s, NDArray a) { return Ufuncs.binary(Ufuncs.LEFT_SHIFT, s, a); }
    /**
     * NumPy {@code np.right_shift(a, b)} / {@code a >> b}; see {@link NDArray#rightShift(NDArray)} for its dtypes.
     * <pre>{@code
     * rightShift(array(-16L, 16L), array(2L));   // [-4  4]
     * rightShift(256L, arange(4));               // [256 128  64  32]
     * }</pre>
     *
     * @param a the integers shifted, or the shift counts when the scalar comes first
     * @param b the shift counts, broadcast against a
     * @return the result
     */
    public static NDArray rightShift(NDArray a, NDArray b) { return a.rightShift(b); }
    /**
     * NumPy {@code np.right_shift(a, 3)}. Example: {@code rightShift(arange(16), 2)}.
     *
     * @param a the integers shifted, or the shift counts when the scalar comes first
     * @param s the shift count, or the integer shifted when it comes first (weak, like a Python int)
     * @return the result
     */
    public static NDArray rightShift(NDArray a, long s) { return a.rightShift(s); }
    /**
     * NumPy {@code np.right_shift(256, a)}: the scalar first. Example: {@code rightShift(256, arange(4))}.
     *
     * @param s the shift count, or the integer shifted when it comes first (weak, like a Python int)
     * @param a the integers shifted, or the shift counts when the scalar comes first
     * @return the result
     */
    public static NDArray rightShift(long s, NDArray a) { return Ufuncs.binary(Ufuncs.RIGHT_SHIFT, s, a); }

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
     * NumPy {@code np.cumsum(a, axis)} with the Array API's {@code include_initial}
     * ({@code np.cumulative_sum(a, axis=axis, include_initial=True)}): a leading 0 along the axis.
     * Example: {@code cumsum(array(1, 2, 3), 0, true)} gives {@code [0 1 3 6]}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @param includeInitial whether the result starts with 0 along the axis (the Array API's {@code include_initial})
     * @return the result
     */
    public static NDArray cumsum(NDArray a, int axis, boolean includeInitial) { return Scans.cumulative(a, true, axis, includeInitial); }
    /**
     * NumPy {@code np.cumulative_prod(a, axis=axis, include_initial=includeInitial)}: a leading 1 along the axis.
     * Example: {@code cumprod(array(2, 3), 0, true)} gives {@code [1 2 6]}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @param includeInitial whether the result starts with 1 along the axis (the Array API's {@code include_initial})
     * @return the result
     */
    public static NDArray cumprod(NDArray a, int axis, boolean includeInitial) { return Scans.cumulative(a, false, axis, includeInitial); }
    /**
     * NumPy {@code np.cumulative_sum(a, axis=axis, include_initial=includeInitial)}; axis null only for 1-D (or 0-d) a.
     * Example: {@code cumulativeSum(x, null, true)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last), or null for a 1-D (or 0-d) array
     * @param includeInitial whether the result starts with 0 along the axis (the Array API's {@code include_initial})
     * @return the result
     */
    public static NDArray cumulativeSum(NDArray a, Integer axis, boolean includeInitial) { return Scans.cumulative(a, true, axis, includeInitial); }
    /**
     * NumPy {@code np.cumulative_sum(a)} of a 1-D (or 0-d) array. Example: {@code cumulativeSum(array(1, 2, 3))} gives {@code [1 3 6]}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray cumulativeSum(NDArray a) { return Scans.cumulative(a, true, null, false); }
    /**
     * NumPy {@code np.cumulative_prod(a, axis=axis, include_initial=includeInitial)}. Example: {@code cumulativeProd(x, 0, false)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last), or null for a 1-D (or 0-d) array
     * @param includeInitial whether the result starts with 1 along the axis (the Array API's {@code include_initial})
     * @return the result
     */
    public static NDArray cumulativeProd(NDArray a, Integer axis, boolean includeInitial) { return Scans.cumulative(a, false, axis, includeInitial); }
    /**
     * NumPy {@code np.cumulative_prod(a)} of a 1-D (or 0-d) array. Example: {@code cumulativeProd(array(1, 2, 3))} gives {@code [1 2 6]}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray cumulativeProd(NDArray a) { return Scans.cumulative(a, false, null, false); }

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

    // median, quantiles and percentiles: q as a Java double is weak like a Python float (a float32 array
    // keeps float32), q as an array takes its own dtype; method is NumPy's method= name
    // (linear, lower, higher, nearest, midpoint); axes null = all.

    /**
     * NumPy {@code np.median(a)}: the middle value of the flattened array, or the mean of the two middle ones
     * (float64 for ints and bools, float32 stays); NaN anywhere gives NaN.
     * <pre>{@code
     * median(array(3, 1, 4, 1));             // 2.0
     * median(X, 0);                          // per column
     * }</pre>
     *
     * @param a the data
     * @return a 0-d array
     */
    public static NDArray median(NDArray a) { return Quantiles.median(a, null, false, false); }
    /**
     * NumPy {@code np.median(a, axis=axis)}. Example: {@code median(X, 1)} is each row's median.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray median(NDArray a, int axis) { return Quantiles.median(a, new int[] {axis}, false, false); }
    /**
     * NumPy {@code np.median(a, axis=axes, keepdims=keepdims)}; null axes = all. Example: {@code median(x, new int[] {0, 1}, true)}.
     *
     * @param a the array
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray median(NDArray a, int[] axes, boolean keepdims) { return Quantiles.median(a, axes, keepdims, false); }

    /**
     * NumPy {@code np.quantile(a, q)} (method linear) of the flattened array; q in [0, 1].
     * <pre>{@code
     * quantile(array(1.0, 2.0, 3.0, 4.0), 0.25);   // 1.75
     * quantile(X, 0.9, new int[] {0}, "nearest", false);
     * }</pre>
     *
     * @param a the data
     * @param q the quantile
     * @return a 0-d array
     */
    public static NDArray quantile(NDArray a, double q) { return quantile(a, q, null, "linear", false); }
    /**
     * NumPy {@code np.quantile(a, q, axis=axis)}. Example: {@code quantile(X, 0.5, 0)}.
     *
     * @param a the array
     * @param q the quantile, in [0, 1]
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray quantile(NDArray a, double q, int axis) { return quantile(a, q, new int[] {axis}, "linear", false); }
    /**
     * NumPy {@code np.quantile(a, q, axis=axes, method=method, keepdims=keepdims)}. Example: {@code quantile(x, 0.5, null, "lower", false)}.
     *
     * @param a the array
     * @param q the quantile, in [0, 1]
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param method NumPy's {@code method}: {@code "linear"} (the default), {@code "lower"}, {@code "higher"}, {@code "nearest"} or {@code "midpoint"}
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray quantile(NDArray a, double q, int[] axes, String method, boolean keepdims) {
        return Quantiles.quantile(a, Creation.scalar(q, DType.FLOAT64), true, axes, method, keepdims, false, false);
    }
    /**
     * NumPy {@code np.quantile(a, qs)}: q's shape first in the result. Example: {@code quantile(x, array(0.25, 0.5, 0.75))}.
     *
     * @param a the array
     * @param q the quantiles, in [0, 1]; their shape comes first in the result
     * @return the result
     */
    public static NDArray quantile(NDArray a, NDArray q) { return quantile(a, q, null, "linear", false); }
    /**
     * NumPy {@code np.quantile(a, qs, axis=axes, method=method, keepdims=keepdims)}. Example: {@code quantile(X, qs, new int[] {0}, "midpoint", false)}.
     *
     * @param a the array
     * @param q the quantiles, in [0, 1]; their shape comes first in the result
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param method NumPy's {@code method}: {@code "linear"} (the default), {@code "lower"}, {@code "higher"}, {@code "nearest"} or {@code "midpoint"}
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray quantile(NDArray a, NDArray q, int[] axes, String method, boolean keepdims) {
        return Quantiles.quantile(a, q, false, axes, method, keepdims, false, false);
    }

    /**
     * NumPy {@code np.percentile(a, q)}: q in [0, 100]. Example: {@code percentile(latencies, 99)}.
     *
     * @param a the array
     * @param q the percentile, in [0, 100]
     * @return the result
     */
    public static NDArray percentile(NDArray a, double q) { return percentile(a, q, null, "linear", false); }
    /**
     * NumPy {@code np.percentile(a, q, axis=axis)}. Example: {@code percentile(X, 50, 0)}.
     *
     * @param a the array
     * @param q the percentile, in [0, 100]
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray percentile(NDArray a, double q, int axis) { return percentile(a, q, new int[] {axis}, "linear", false); }
    /**
     * NumPy {@code np.percentile(a, q, axis=axes, method=method, keepdims=keepdims)}. Example: {@code percentile(x, 90, null, "higher", false)}.
     *
     * @param a the array
     * @param q the percentile, in [0, 100]
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param method NumPy's {@code method}: {@code "linear"} (the default), {@code "lower"}, {@code "higher"}, {@code "nearest"} or {@code "midpoint"}
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray percentile(NDArray a, double q, int[] axes, String method, boolean keepdims) {
        return Quantiles.quantile(a, Creation.scalar(q, DType.FLOAT64), true, axes, method, keepdims, false, true);
    }
    /**
     * NumPy {@code np.percentile(a, qs)}. Example: {@code percentile(x, array(25.0, 50.0, 75.0))}.
     *
     * @param a the array
     * @param q the percentiles, in [0, 100]; their shape comes first in the result
     * @return the result
     */
    public static NDArray percentile(NDArray a, NDArray q) { return percentile(a, q, null, "linear", false); }
    /**
     * NumPy {@code np.percentile(a, qs, axis=axes, method=method, keepdims=keepdims)}. Example: {@code percentile(X, qs, new int[] {1}, "linear", true)}.
     *
     * @param a the array
     * @param q the percentiles, in [0, 100]; their shape comes first in the result
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param method NumPy's {@code method}: {@code "linear"} (the default), {@code "lower"}, {@code "higher"}, {@code "nearest"} or {@code "midpoint"}
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray percentile(NDArray a, NDArray q, int[] axes, String method, boolean keepdims) {
        return Quantiles.quantile(a, q, false, axes, method, keepdims, false, true);
    }

    /**
     * NumPy {@code np.nanmedian(a)}: the median of the non-NaN values (all-NaN gives NaN). Example: {@code nanmedian(array(1.0, Double.NaN, 3.0))} is 2.0.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray nanmedian(NDArray a) { return Quantiles.median(a, null, false, true); }
    /**
     * NumPy {@code np.nanmedian(a, axis=axis)}. Example: {@code nanmedian(X, 0)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray nanmedian(NDArray a, int axis) { return Quantiles.median(a, new int[] {axis}, false, true); }
    /**
     * NumPy {@code np.nanmedian(a, axis=axes, keepdims=keepdims)}. Example: {@code nanmedian(X, new int[] {1}, true)}.
     *
     * @param a the array
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray nanmedian(NDArray a, int[] axes, boolean keepdims) { return Quantiles.median(a, axes, keepdims, true); }
    /**
     * NumPy {@code np.nanquantile(a, q, axis=axes, method=method, keepdims=keepdims)}.
     * Example: {@code nanquantile(X, 0.5, new int[] {0}, "linear", false)}.
     *
     * @param a the array
     * @param q the quantile, in [0, 1]
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param method NumPy's {@code method}: {@code "linear"} (the default), {@code "lower"}, {@code "higher"}, {@code "nearest"} or {@code "midpoint"}
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray nanquantile(NDArray a, double q, int[] axes, String method, boolean keepdims) {
        return Quantiles.quantile(a, Creation.scalar(q, DType.FLOAT64), true, axes, method, keepdims, true, false);
    }
    /**
     * NumPy {@code np.nanquantile(a, q)}. Example: {@code nanquantile(x, 0.9)}.
     *
     * @param a the array
     * @param q the quantile, in [0, 1]
     * @return the result
     */
    public static NDArray nanquantile(NDArray a, double q) { return nanquantile(a, q, null, "linear", false); }
    /**
     * NumPy {@code np.nanquantile(a, qs, axis=axes, method=method, keepdims=keepdims)}. Example: {@code nanquantile(x, qs, null, "nearest", false)}.
     *
     * @param a the array
     * @param q the quantiles, in [0, 1]; their shape comes first in the result
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param method NumPy's {@code method}: {@code "linear"} (the default), {@code "lower"}, {@code "higher"}, {@code "nearest"} or {@code "midpoint"}
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray nanquantile(NDArray a, NDArray q, int[] axes, String method, boolean keepdims) {
        return Quantiles.quantile(a, q, false, axes, method, keepdims, true, false);
    }
    /**
     * NumPy {@code np.nanpercentile(a, q, axis=axes, method=method, keepdims=keepdims)}.
     * Example: {@code nanpercentile(X, 95, new int[] {0}, "linear", false)}.
     *
     * @param a the array
     * @param q the percentile, in [0, 100]
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param method NumPy's {@code method}: {@code "linear"} (the default), {@code "lower"}, {@code "higher"}, {@code "nearest"} or {@code "midpoint"}
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray nanpercentile(NDArray a, double q, int[] axes, String method, boolean keepdims) {
        return Quantiles.quantile(a, Creation.scalar(q, DType.FLOAT64), true, axes, method, keepdims, true, true);
    }
    /**
     * NumPy {@code np.nanpercentile(a, q)}. Example: {@code nanpercentile(x, 50)}.
     *
     * @param a the array
     * @param q the percentile, in [0, 100]
     * @return the result
     */
    public static NDArray nanpercentile(NDArray a, double q) { return nanpercentile(a, q, null, "linear", false); }
    /**
     * NumPy {@code np.nanpercentile(a, qs, axis=axes, method=method, keepdims=keepdims)}. Example: {@code nanpercentile(x, qs, null, "linear", false)}.
     *
     * @param a the array
     * @param q the percentiles, in [0, 100]; their shape comes first in the result
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param method NumPy's {@code method}: {@code "linear"} (the default), {@code "lower"}, {@code "higher"}, {@code "nearest"} or {@code "midpoint"}
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray nanpercentile(NDArray a, NDArray q, int[] axes, String method, boolean keepdims) {
        return Quantiles.quantile(a, q, false, axes, method, keepdims, true, true);
    }

    // NaN-ignoring reductions (NaN treated as absent; bool and integer arrays reduce as usual)

    /**
     * NumPy {@code np.nansum(a)}: NaN counts as 0. Example: {@code nansum(array(1.0, Double.NaN, 2.0))} is 3.0.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray nansum(NDArray a) { return NanReductions.nansum(a, null, false); }
    /**
     * NumPy {@code np.nansum(a, axis=axis)}. Example: {@code nansum(X, 0)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray nansum(NDArray a, int axis) { return NanReductions.nansum(a, Reductions.intAxis(a, axis), false); }
    /**
     * NumPy {@code np.nansum(a, axis=axes, keepdims=keepdims)}. Example: {@code nansum(X, new int[] {1}, true)}.
     *
     * @param a the array
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray nansum(NDArray a, int[] axes, boolean keepdims) { return NanReductions.nansum(a, axes, keepdims); }
    /**
     * NumPy {@code np.nanmean(a)}: the mean of the non-NaN values (all-NaN gives NaN). Example: {@code nanmean(array(1.0, Double.NaN, 2.0))} is 1.5.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray nanmean(NDArray a) { return NanReductions.nanmean(a, null, false); }
    /**
     * NumPy {@code np.nanmean(a, axis=axis)}. Example: {@code nanmean(X, 0)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray nanmean(NDArray a, int axis) { return NanReductions.nanmean(a, new int[] {axis}, false); }
    /**
     * NumPy {@code np.nanmean(a, axis=axes, keepdims=keepdims)}. Example: {@code nanmean(X, new int[] {0}, true)}.
     *
     * @param a the array
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray nanmean(NDArray a, int[] axes, boolean keepdims) { return NanReductions.nanmean(a, axes, keepdims); }
    /**
     * NumPy {@code np.nanmax(a)}: the largest non-NaN value; all-NaN gives NaN (NumPy warns). Example: {@code nanmax(scores)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray nanmax(NDArray a) { return NanReductions.nanExtreme(a, true, null, false); }
    /**
     * NumPy {@code np.nanmax(a, axis=axis)}. Example: {@code nanmax(X, 1)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray nanmax(NDArray a, int axis) { return NanReductions.nanExtreme(a, true, Reductions.intAxis(a, axis), false); }
    /**
     * NumPy {@code np.nanmax(a, axis=axes, keepdims=keepdims)}. Example: {@code nanmax(X, new int[] {0}, true)}.
     *
     * @param a the array
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray nanmax(NDArray a, int[] axes, boolean keepdims) { return NanReductions.nanExtreme(a, true, axes, keepdims); }
    /**
     * NumPy {@code np.nanmin(a)}: the smallest non-NaN value; all-NaN gives NaN. Example: {@code nanmin(scores)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray nanmin(NDArray a) { return NanReductions.nanExtreme(a, false, null, false); }
    /**
     * NumPy {@code np.nanmin(a, axis=axis)}. Example: {@code nanmin(X, 1)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray nanmin(NDArray a, int axis) { return NanReductions.nanExtreme(a, false, Reductions.intAxis(a, axis), false); }
    /**
     * NumPy {@code np.nanmin(a, axis=axes, keepdims=keepdims)}. Example: {@code nanmin(X, new int[] {0}, true)}.
     *
     * @param a the array
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray nanmin(NDArray a, int[] axes, boolean keepdims) { return NanReductions.nanExtreme(a, false, axes, keepdims); }
    /**
     * NumPy {@code np.nanvar(a)} (ddof 0). Example: {@code nanvar(array(1.0, Double.NaN, 3.0))} is 1.0.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray nanvar(NDArray a) { return NanReductions.nanvar(a, null, 0, false, false); }
    /**
     * NumPy {@code np.nanvar(a, axis=axis)}. Example: {@code nanvar(X, 0)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray nanvar(NDArray a, int axis) { return NanReductions.nanvar(a, new int[] {axis}, 0, false, false); }
    /**
     * NumPy {@code np.nanvar(a, axis=axes, ddof=ddof, keepdims=keepdims)}: dof count - ddof, at most 0 gives NaN.
     * Example: {@code nanvar(X, new int[] {0}, 1, false)}.
     *
     * @param a the array
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param ddof the delta degrees of freedom (NumPy's {@code ddof})
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray nanvar(NDArray a, int[] axes, double ddof, boolean keepdims) { return NanReductions.nanvar(a, axes, ddof, keepdims, false); }
    /**
     * NumPy {@code np.nanstd(a)} (ddof 0). Example: {@code nanstd(array(1.0, Double.NaN, 3.0))} is 1.0.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray nanstd(NDArray a) { return NanReductions.nanvar(a, null, 0, false, true); }
    /**
     * NumPy {@code np.nanstd(a, axis=axis)}. Example: {@code nanstd(X, 0)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray nanstd(NDArray a, int axis) { return NanReductions.nanvar(a, new int[] {axis}, 0, false, true); }
    /**
     * NumPy {@code np.nanstd(a, axis=axes, ddof=ddof, keepdims=keepdims)}. Example: {@code nanstd(X, new int[] {0}, 1, false)}.
     *
     * @param a the array
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param ddof the delta degrees of freedom (NumPy's {@code ddof})
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray nanstd(NDArray a, int[] axes, double ddof, boolean keepdims) { return NanReductions.nanvar(a, axes, ddof, keepdims, true); }
    /**
     * NumPy {@code np.nanargmax(a)}: the flat position of the largest non-NaN value; an all-NaN array raises "All-NaN slice encountered".
     * Example: {@code nanargmax(scores)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray nanargmax(NDArray a) { return NanReductions.nanArg(a, true, null, false); }
    /**
     * NumPy {@code np.nanargmax(a, axis=axis)}. Example: {@code nanargmax(X, 1)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray nanargmax(NDArray a, int axis) { return NanReductions.nanArg(a, true, axis, false); }
    /**
     * NumPy {@code np.nanargmax(a, axis=axis, keepdims=keepdims)}. Example: {@code nanargmax(X, 1, true)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray nanargmax(NDArray a, int axis, boolean keepdims) { return NanReductions.nanArg(a, true, axis, keepdims); }
    /**
     * NumPy {@code np.nanargmin(a)}: the flat position of the smallest non-NaN value. Example: {@code nanargmin(losses)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray nanargmin(NDArray a) { return NanReductions.nanArg(a, false, null, false); }
    /**
     * NumPy {@code np.nanargmin(a, axis=axis)}. Example: {@code nanargmin(X, 1)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray nanargmin(NDArray a, int axis) { return NanReductions.nanArg(a, false, axis, false); }
    /**
     * NumPy {@code np.nanargmin(a, axis=axis, keepdims=keepdims)}. Example: {@code nanargmin(X, 1, true)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray nanargmin(NDArray a, int axis, boolean keepdims) { return NanReductions.nanArg(a, false, axis, keepdims); }

    // average, ptp, cov, corrcoef

    /**
     * NumPy {@code np.average(a)}: the mean. Example: {@code average(x)}.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray average(NDArray a) { return Statistics.average(a, null, null, false)[0]; }
    /**
     * NumPy {@code np.average(a, weights=weights)}: {@code sum(a * w) / sum(w)} over everything (float64 for ints).
     * <pre>{@code
     * average(array(1.0, 2.0, 4.0), array(1.0, 1.0, 2.0));   // 2.75
     * average(X, w, 1);                      // weights along axis 1
     * }</pre>
     *
     * @param a the data
     * @param weights of a's shape, or null for the plain mean
     * @return the weighted mean
     */
    public static NDArray average(NDArray a, NDArray weights) { return Statistics.average(a, weights, null, false)[0]; }
    /**
     * NumPy {@code np.average(a, axis=axis, weights=weights)}: weights of a's shape or 1-D along the axis. Example: {@code average(X, w, 0)}.
     *
     * @param a the array
     * @param weights the weights, of a's shape or 1-D along the one axis, or null for the plain mean
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray average(NDArray a, NDArray weights, int axis) { return Statistics.average(a, weights, new int[] {axis}, false)[0]; }
    /**
     * NumPy {@code np.average(a, axis=axes, weights=weights, keepdims=keepdims)}. Example: {@code average(X, null, new int[] {0}, true)}.
     *
     * @param a the array
     * @param weights the weights, of a's shape or 1-D along the one axis, or null for the plain mean
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray average(NDArray a, NDArray weights, int[] axes, boolean keepdims) { return Statistics.average(a, weights, axes, keepdims)[0]; }
    /**
     * NumPy {@code np.average(a, axis=axes, weights=weights, returned=True, keepdims=keepdims)}: {average, sum of weights}.
     * Example: {@code averageReturned(X, w, new int[] {0}, false)[1]}.
     *
     * @param a the array
     * @param weights the weights, of a's shape or 1-D along the one axis, or null for the plain mean
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return {@code {average, sumOfWeights}}, NumPy's tuple as an array
     */
    public static NDArray[] averageReturned(NDArray a, NDArray weights, int[] axes, boolean keepdims) { return Statistics.average(a, weights, axes, keepdims); }

    /**
     * NumPy {@code np.ptp(a)}: max - min. Example: {@code ptp(array(3, 9, 1))} is 8.
     *
     * @param a the array
     * @return the result
     */
    public static NDArray ptp(NDArray a) { return Statistics.ptp(a, null, false); }
    /**
     * NumPy {@code np.ptp(a, axis=axis)}. Example: {@code ptp(X, 0)} is each column's range.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray ptp(NDArray a, int axis) { return Statistics.ptp(a, Reductions.intAxis(a, axis), false); }
    /**
     * NumPy {@code np.ptp(a, axis=axes, keepdims=keepdims)}. Example: {@code ptp(X, new int[] {1}, true)}.
     *
     * @param a the array
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray ptp(NDArray a, int[] axes, boolean keepdims) { return Statistics.ptp(a, axes, keepdims); }

    /**
     * NumPy {@code np.cov(m)}: the covariance matrix of the variables in m's rows (observations in columns), ddof 1,
     * float64.
     * <pre>{@code
     * cov(X.T());                            // features in X's columns
     * cov(x, y);                             // the 2 x 2 covariance of two series
     * }</pre>
     *
     * @param m one variable per row (or a 1-D series)
     * @return the covariance matrix (0-d for one variable)
     */
    public static NDArray cov(NDArray m) { return Statistics.cov(m, null, true, false, null); }
    /**
     * NumPy {@code np.cov(m, y)}: y's variables appended to m's. Example: {@code cov(x, y)}.
     *
     * @param m the variables, one per row (one per column with rowvar false), or a 1-D series
     * @param y more variables in m's layout, appended to m's, or null
     * @return the result
     */
    public static NDArray cov(NDArray m, NDArray y) { return Statistics.cov(m, y, true, false, null); }
    /**
     * NumPy {@code np.cov(m, y, rowvar, bias, ddof)}: y and ddof may be null. Example: {@code cov(X, null, false, true, null)} (columns are variables,
     * divide by n).
     *
     * @param m the variables, one per row (one per column with rowvar false), or a 1-D series
     * @param y more variables in m's layout, appended to m's, or null
     * @param rowvar whether each row is a variable with the observations in the columns (NumPy's default), else each column
     * @param bias divide by the number of observations instead of that number minus 1 (NumPy's {@code bias})
     * @param ddof the delta degrees of freedom, or null for NumPy's default (1, or 0 with bias)
     * @return the result
     */
    public static NDArray cov(NDArray m, NDArray y, boolean rowvar, boolean bias, Integer ddof) { return Statistics.cov(m, y, rowvar, bias, ddof); }
    /**
     * NumPy {@code np.corrcoef(x)}: Pearson correlation coefficients of x's rows. Example: {@code corrcoef(X.T())}.
     *
     * @param x the variables, one per row (one per column with rowvar false), or a 1-D series
     * @return the result
     */
    public static NDArray corrcoef(NDArray x) { return Statistics.corrcoef(x, null, true); }
    /**
     * NumPy {@code np.corrcoef(x, y)}. Example: {@code corrcoef(x, y).get("0, 1")} is their correlation.
     *
     * @param x the variables, one per row (one per column with rowvar false), or a 1-D series
     * @param y more variables in x's layout, appended to x's
     * @return the result
     */
    public static NDArray corrcoef(NDArray x, NDArray y) { return Statistics.corrcoef(x, y, true); }
    /**
     * NumPy {@code np.corrcoef(x, y, rowvar)}; y may be null. Example: {@code corrcoef(X, null, false)}.
     *
     * @param x the variables, one per row (one per column with rowvar false), or a 1-D series
     * @param y more variables in x's layout, appended to x's, or null
     * @param rowvar whether each row is a variable with the observations in the columns (NumPy's default), else each column
     * @return the result
     */
    public static NDArray corrcoef(NDArray x, NDArray y, boolean rowvar) { return Statistics.corrcoef(x, y, rowvar); }

    // histograms: NumPy returns the tuple (hist, bin_edges); here an array of the two

    /**
     * NumPy {@code np.histogram(a, bins)}: {hist, binEdges} over {@code bins} equal bins spanning a's range
     * (the last bin closed); counts are int64.
     * <pre>{@code
     * NDArray[] h = histogram(x, 10);        // h[0]: counts, h[1]: 11 edges
     * histogram(x, 4, new double[] {0, 1}, true, null);   // a density over [0, 1]
     * }</pre>
     *
     * @param a the data (flattened)
     * @param bins the number of equal bins
     * @return {hist, binEdges}
     */
    public static NDArray[] histogram(NDArray a, long bins) { return Histograms.histogram(a, bins, null, false, null); }
    /**
     * NumPy {@code np.histogram(a, bins, range=range, density=density, weights=weights)}; range and weights may be null.
     * Example: {@code histogram(x, 20, new double[] {-3, 3}, false, w)}.
     *
     * @param a the data (flattened)
     * @param bins the number of equal-width bins
     * @param range the lower and upper ends of the bins, {@code {lo, hi}}, or null for a's minimum and maximum
     * @param density give the probability density (integrating to 1 over the range) instead of the counts
     * @param weights a weight for each value of a (a's shape) counted instead of 1, or null
     * @return {@code {hist, binEdges}}, NumPy's tuple as an array
     */
    public static NDArray[] histogram(NDArray a, long bins, double[] range, boolean density, NDArray weights) {
        return Histograms.histogram(a, bins, range, density, weights);
    }
    /**
     * NumPy {@code np.histogram(a, bins=edges)}: counts between monotonically increasing edges. Example: {@code histogram(x, array(0.0, 1.0, 10.0))}.
     *
     * @param a the data (flattened)
     * @param edges the bin edges, monotonically increasing
     * @return {@code {hist, binEdges}}, NumPy's tuple as an array
     */
    public static NDArray[] histogram(NDArray a, NDArray edges) { return Histograms.histogram(a, edges, false, null); }
    /**
     * NumPy {@code np.histogram(a, bins=edges, density=density, weights=weights)}; weights may be null. Example: {@code histogram(x, edges, true, null)}.
     *
     * @param a the data (flattened)
     * @param edges the bin edges, monotonically increasing
     * @param density give the probability density (integrating to 1 over the range) instead of the counts
     * @param weights a weight for each value of a (a's shape) counted instead of 1, or null
     * @return {@code {hist, binEdges}}, NumPy's tuple as an array
     */
    public static NDArray[] histogram(NDArray a, NDArray edges, boolean density, NDArray weights) { return Histograms.histogram(a, edges, density, weights); }
    /**
     * NumPy {@code np.histogram_bin_edges(a, bins)}. Example: {@code histogramBinEdges(x, 10)} gives 11 edges.
     *
     * @param a the data (flattened)
     * @param bins the number of equal-width bins
     * @return the bin edges
     */
    public static NDArray histogramBinEdges(NDArray a, long bins) { return Histograms.binEdges(a, bins, null); }
    /**
     * NumPy {@code np.histogram_bin_edges(a, bins, range=range)}; range may be null. Example: {@code histogramBinEdges(x, 4, new double[] {0, 1})}.
     *
     * @param a the data (flattened)
     * @param bins the number of equal-width bins
     * @param range the lower and upper ends of the bins, {@code {lo, hi}}, or null for a's minimum and maximum
     * @return the bin edges
     */
    public static NDArray histogramBinEdges(NDArray a, long bins, double[] range) { return Histograms.binEdges(a, bins, range); }
    /**
     * NumPy {@code np.histogram_bin_edges(a, bins=edges)}: the edges, checked. Example: {@code histogramBinEdges(x, edges)}.
     *
     * @param a the data (flattened)
     * @param edges the bin edges, monotonically increasing
     * @return the bin edges
     */
    public static NDArray histogramBinEdges(NDArray a, NDArray edges) { return Histograms.binEdges(a, edges); }

    /**
     * NumPy {@code np.digitize(x, bins)}: for each x the index i with {@code bins[i-1] <= x < bins[i]} (bins
     * increasing; decreasing bins reverse it), int64 of x's shape.
     * <pre>{@code
     * digitize(array(0.2, 6.4, 3.0), array(0.0, 1.0, 2.5, 4.0));   // [1 4 3]
     * digitize(ages, edges, true);           // bins[i-1] < x <= bins[i]
     * }</pre>
     *
     * @param x the values
     * @param bins 1-D monotonic edges
     * @return the bin indices
     */
    public static NDArray digitize(NDArray x, NDArray bins) { return Histograms.digitize(x, bins, false); }
    /**
     * NumPy {@code np.digitize(x, bins, right=right)}. Example: {@code digitize(x, edges, true)}.
     *
     * @param x the values to place in the bins
     * @param bins the bin edges, monotonically increasing or decreasing
     * @param right whether a bin includes its right edge instead of its left (NumPy's {@code right})
     * @return the result
     */
    public static NDArray digitize(NDArray x, NDArray bins, boolean right) { return Histograms.digitize(x, bins, right); }

    /**
     * NumPy {@code np.add.at(a, indices, values)}: adds each value into the row of {@code a} its index names,
     * in order, so repeated indices accumulate (unlike {@code a[idx] += v}). The embedding gradient: a
     * (V, D) table, token ids of any shape, values of shape {@code ids.shape + (D,)}. Same as
     * {@link Ufunc#at Ufunc.ADD.at}.
     * <pre>{@code
     * addAt(dEmbedding, tokens, dOut);       // np.add.at(dE, tokens, dOut)
     * addAt(counts, array(0, 2, 0), ones(3));   // counts[0] += 2, counts[2] += 1
     * }</pre>
     *
     * @param a the array updated in place
     * @param indices int32 or int64 positions along a's first axis (negatives count from the end)
     * @param values broadcast to {@code indices.shape + a.shape[1:]}
     */
    public static void addAt(NDArray a, NDArray indices, NDArray values) { Ufunc.ADD.at(a, indices, values); }
    /**
     * NumPy {@code np.add.at(a, indices, value)}. Example: {@code addAt(hist, bins, 1.0)}.
     *
     * @param a the array updated in place
     * @param indices int32 or int64 positions along a's first axis (repeated ones accumulate)
     * @param value the value added at every index
     */
    public static void addAt(NDArray a, NDArray indices, double value) { Ufunc.ADD.at(a, indices, value); }
    /**
     * NumPy {@code np.add.at(a, indices, value)}. Example: {@code addAt(counts, bins, 1)}.
     *
     * @param a the array updated in place
     * @param indices int32 or int64 positions along a's first axis (repeated ones accumulate)
     * @param value the value added at every index
     */
    public static void addAt(NDArray a, NDArray indices, long value) { Ufunc.ADD.at(a, indices, value); }

    /**
     * NumPy {@code np.bincount(x)}: how often each value 0, 1, ..., max(x) occurs in the non-negative integer
     * 1-D array {@code x} (int64).
     * <pre>{@code
     * bincount(array(0, 1, 1, 3));           // [1 2 0 1]
     * bincount(labels, null, 10);            // always 10 bins
     * }</pre>
     *
     * @param x non-negative int32, int64 or bool values
     * @return the counts, of length max(x) + 1
     */
    public static NDArray bincount(NDArray x) { return Scatters.bincount(x, null, 0); }
    /**
     * NumPy {@code np.bincount(x, weights=weights, minlength=minlength)}: the sum of the weights (float64) of each
     * value, or counts (int64) when {@code weights} is null, over at least {@code minlength} bins.
     * Example: {@code bincount(cls, loss, 0)} sums the loss per class.
     *
     * @param x non-negative integer values
     * @param weights one weight per element of x, or null
     * @param minlength the least number of bins
     * @return the weighted counts
     */
    public static NDArray bincount(NDArray x, NDArray weights, long minlength) { return Scatters.bincount(x, weights, minlength); }

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

    /**
     * The Array API's {@code sort(x, axis=axis, descending=descending)} (stable: equal elements keep their order, NaN first when descending).
     * NumPy's {@code np.sort} has no descending; there {@code np.flip(np.sort(x, axis), axis)} gives the same values.
     * <pre>{@code
     * sort(array(2.0, NaN, 3.0), -1, true);   // [nan  3.  2.]
     * }</pre>
     *
     * @param a          the array
     * @param axis       the axis
     * @param descending largest first
     * @return a sorted copy
     */
    public static NDArray sort(NDArray a, int axis, boolean descending) { return a.sort(axis, descending); }

    /**
     * The Array API's {@code argsort(x, axis=axis, descending=descending)} (stable: ties in increasing position).
     * NumPy's {@code np.argsort} has no descending; {@code np.flip(np.argsort(x, axis, stable=True), axis)} gives ties in
     * decreasing position.
     * <pre>{@code
     * argsort(scores, -1, true);   // best first
     * }</pre>
     *
     * @param a          the array
     * @param axis       the axis
     * @param descending largest first
     * @return int64 positions
     */
    public static NDArray argsort(NDArray a, int axis, boolean descending) { return a.argsort(axis, descending); }

    /**
     * NumPy {@code np.partition(a, kth)} along the last axis; see {@link NDArray#partition(long)}.
     * <pre>{@code
     * partition(array(5, 1, 4, 2), 2).get(2);   // 4
     * }</pre>
     *
     * @param a   the array
     * @param kth the position
     * @return a partitioned copy
     */
    public static NDArray partition(NDArray a, long kth) { return a.partition(kth); }

    /**
     * NumPy {@code np.partition(a, kth, axis)} with one or more kth positions: each is where a sort puts it.
     * <pre>{@code
     * partition(X, new long[] {0, -1}, 0);   // each column's minimum first and maximum last
     * }</pre>
     *
     * @param a    the array
     * @param kth  the positions (negative from the end)
     * @param axis the axis
     * @return a partitioned copy
     */
    public static NDArray partition(NDArray a, long[] kth, int axis) { return dev.numj.internal.Sorting.partition(a, kth.clone(), axis); }

    /**
     * NumPy {@code np.argpartition(a, kth)} along the last axis.
     * <pre>{@code
     * argpartition(distances, 3);   // the first 4 positions are the 4 nearest
     * }</pre>
     *
     * @param a   the array
     * @param kth the position
     * @return int64 positions
     */
    public static NDArray argpartition(NDArray a, long kth) { return a.argpartition(kth); }

    /**
     * NumPy {@code np.argpartition(a, kth, axis)} with one or more kth positions.
     * <pre>{@code
     * argpartition(X, new long[] {1}, 0);
     * }</pre>
     *
     * @param a    the array
     * @param kth  the positions
     * @param axis the axis
     * @return int64 positions
     */
    public static NDArray argpartition(NDArray a, long[] kth, int axis) { return dev.numj.internal.Sorting.argpartition(a, kth.clone(), axis); }

    /**
     * NumPy {@code np.searchsorted(a, v)}: insertion points of v in the ascending 1-D a (side 'left').
     * <pre>{@code
     * searchsorted(array(1, 3, 5), array(0, 3, 6));   // [0 1 3]
     * }</pre>
     *
     * @param a the sorted 1-D array
     * @param v the values
     * @return int64 positions of v's shape
     */
    public static NDArray searchsorted(NDArray a, NDArray v) { return dev.numj.internal.Searching.searchsorted(a, v, "left", null); }

    /**
     * NumPy {@code np.searchsorted(a, v, side)}.
     * <pre>{@code
     * searchsorted(array(1, 3, 3, 5), array(3), "right");   // [3]
     * }</pre>
     *
     * @param a    the sorted 1-D array
     * @param v    the values
     * @param side "left" or "right"
     * @return int64 positions
     */
    public static NDArray searchsorted(NDArray a, NDArray v, String side) { return dev.numj.internal.Searching.searchsorted(a, v, side, null); }

    /**
     * NumPy {@code np.searchsorted(a, v, side, sorter)}: a is ascending when read through the positions in sorter
     * (argsort's output); every sorter index is checked (NumPy reads whatever a bad one points at).
     * <pre>{@code
     * searchsorted(x, array(2.5), "left", argsort(x));
     * }</pre>
     *
     * @param a      the 1-D array
     * @param v      the values
     * @param side   "left" or "right"
     * @param sorter int positions that sort a, or null
     * @return int64 positions
     */
    public static NDArray searchsorted(NDArray a, NDArray v, String side, NDArray sorter) {
        return dev.numj.internal.Searching.searchsorted(a, v, side, sorter);
    }

    /**
     * NumPy {@code np.searchsorted(a, 2.5)}: one value, a 0-d result (a Java scalar is weak, like Python's).
     * <pre>{@code
     * searchsorted(array(1, 2, 3), 2.5).itemLong();   // 2
     * }</pre>
     *
     * @param a the sorted 1-D array
     * @param v the value
     * @return a 0-d int64 position
     */
    public static NDArray searchsorted(NDArray a, double v) { return dev.numj.internal.Searching.searchsorted(a, (Object) v, "left", null); }

    /**
     * NumPy {@code np.searchsorted(a, 2)}.
     * <pre>{@code
     * searchsorted(array(1, 2, 3), 2).itemLong();   // 1
     * }</pre>
     *
     * @param a the sorted 1-D array
     * @param v the value
     * @return a 0-d int64 position
     */
    public static NDArray searchsorted(NDArray a, long v) { return dev.numj.internal.Searching.searchsorted(a, (Object) v, "left", null); }

    /**
     * NumPy {@code np.isin(element, test_elements)}: whether each element equals one of the test elements
     * (compared as {@code ==} in their promoted dtype, so NaN is in nothing).
     * <pre>{@code
     * isin(array(1, 2, 3), array(3, 1));   // [ True False  True]
     * }</pre>
     *
     * @param element      the array tested
     * @param testElements the values looked for (any shape)
     * @return bool of element's shape
     */
    public static NDArray isin(NDArray element, NDArray testElements) { return dev.numj.internal.Searching.isin(element, testElements, false); }

    /**
     * NumPy {@code np.isin(element, test_elements, invert=invert)}.
     * <pre>{@code
     * isin(labels, array(0, 1), true);   // the labels that are neither 0 nor 1
     * }</pre>
     *
     * @param element      the array tested
     * @param testElements the values looked for
     * @param invert       true for "not in"
     * @return bool of element's shape
     */
    public static NDArray isin(NDArray element, NDArray testElements, boolean invert) {
        return dev.numj.internal.Searching.isin(element, testElements, invert);
    }

    /**
     * NumPy {@code np.unique(ar, return_index, return_inverse, return_counts)}, the flags in NumPy's positional
     * order so that a NumPy call ports word for word; the parts not asked for are null. For readable calls
     * with everything, see {@link #uniqueAll}.
     * <pre>{@code
     * UniqueResult u = unique(labels, false, true, false);   // values and inverse
     * }</pre>
     *
     * @param a             the array (flattened)
     * @param returnIndex   compute each value's first position
     * @param returnInverse compute the positions into values that rebuild a (a's shape)
     * @param returnCounts  compute each value's count
     * @return the values and the parts asked for
     */
    public static UniqueResult unique(NDArray a, boolean returnIndex, boolean returnInverse, boolean returnCounts) {
        return dev.numj.internal.Uniques.unique(a, returnIndex, returnInverse, returnCounts, null, true);
    }

    /**
     * NumPy {@code np.unique(ar, return_index, return_inverse, return_counts, axis)}: the distinct sub-arrays along
     * an axis, sorted lexicographically; indices, inverse and counts are 1-D along that axis.
     * <pre>{@code
     * unique(array(new int[][] {{1, 2}, {1, 2}, {0, 5}}), false, false, true, 0).values();   // [[0 5]\n [1 2]]
     * }</pre>
     *
     * @param a             the array
     * @param returnIndex   compute each row's first position
     * @param returnInverse compute the positions into values that rebuild a
     * @param returnCounts  compute each row's count
     * @param axis          the axis whose slices are compared
     * @return the values and the parts asked for
     */
    public static UniqueResult unique(NDArray a, boolean returnIndex, boolean returnInverse, boolean returnCounts, int axis) {
        return dev.numj.internal.Uniques.unique(a, returnIndex, returnInverse, returnCounts, axis, true);
    }

    /**
     * The Array API's (and NumPy 2's) {@code unique_all(x)}: values, first indices, inverse (x's shape) and counts;
     * NaNs are distinct values here, as the standard says.
     * <pre>{@code
     * uniqueAll(array(2, 1, 2)).counts();   // [1 2]
     * }</pre>
     *
     * @param x the array
     * @return every part
     */
    public static UniqueResult uniqueAll(NDArray x) { return dev.numj.internal.Uniques.unique(x, true, true, true, null, false); }

    /**
     * NumPy {@code np.unique_counts(x)}, the Array API's (NaNs distinct).
     * <pre>{@code
     * uniqueCounts(array(2, 1, 2)).values();   // [1 2]
     * }</pre>
     *
     * @param x the array
     * @return the values and their counts
     */
    public static UniqueCounts uniqueCounts(NDArray x) {
        UniqueResult r = dev.numj.internal.Uniques.unique(x, false, false, true, null, false);
        return new UniqueCounts(r.values(), r.counts());
    }

    /**
     * NumPy {@code np.unique_inverse(x)}, the Array API's (NaNs distinct): the indices and counts of the result are null.
     * <pre>{@code
     * uniqueInverse(array(2, 1, 2)).inverse();   // [1 0 1]
     * }</pre>
     *
     * @param x the array
     * @return the values and the inverse
     */
    public static UniqueResult uniqueInverse(NDArray x) { return dev.numj.internal.Uniques.unique(x, false, true, false, null, false); }

    /**
     * NumPy {@code np.unique_values(x)}, the Array API's (NaNs distinct).
     * <pre>{@code
     * uniqueValues(array(3, 1, 3));   // [1 3]
     * }</pre>
     *
     * @param x the array
     * @return the sorted distinct values
     */
    public static NDArray uniqueValues(NDArray x) { return dev.numj.internal.Uniques.unique(x, false, false, false, null, false).values(); }

    /**
     * NumPy {@code np.union1d(ar1, ar2)}: the sorted distinct values of both (flattened).
     * <pre>{@code
     * union1d(array(3, 1), array(2, 1));   // [1 2 3]
     * }</pre>
     *
     * @param ar1 the first array
     * @param ar2 the second array
     * @return a 1-D array of their promoted dtype
     */
    public static NDArray union1d(NDArray ar1, NDArray ar2) { return dev.numj.internal.SetOps.union1d(ar1, ar2); }

    /**
     * NumPy {@code np.intersect1d(ar1, ar2)}: the sorted values present in both.
     * <pre>{@code
     * intersect1d(array(1, 3, 4), array(3, 1, 2));   // [1 3]
     * }</pre>
     *
     * @param ar1 the first array
     * @param ar2 the second array
     * @return a 1-D array of their promoted dtype
     */
    public static NDArray intersect1d(NDArray ar1, NDArray ar2) { return dev.numj.internal.SetOps.intersect1d(ar1, ar2, false, false).values(); }

    /**
     * NumPy {@code np.intersect1d(ar1, ar2, assume_unique)}: with assumeUnique the inputs are taken as already
     * distinct (faster; a wrong promise gives NumPy's wrong answer).
     * <pre>{@code
     * intersect1d(ids1, ids2, true);
     * }</pre>
     *
     * @param ar1          the first array
     * @param ar2          the second array
     * @param assumeUnique both inputs hold distinct values
     * @return a 1-D array
     */
    public static NDArray intersect1d(NDArray ar1, NDArray ar2, boolean assumeUnique) {
        return dev.numj.internal.SetOps.intersect1d(ar1, ar2, assumeUnique, false).values();
    }

    /**
     * NumPy {@code np.intersect1d(ar1, ar2, assume_unique, return_indices=True)}: the common values and where
     * each occurs (first) in the flattened inputs.
     * <pre>{@code
     * intersect1dWithIndices(array(1, 3, 4), array(3, 1), false).indices2();   // [1 0]
     * }</pre>
     *
     * @param ar1          the first array
     * @param ar2          the second array
     * @param assumeUnique both inputs hold distinct values
     * @return the values and both index arrays
     */
    public static Intersection intersect1dWithIndices(NDArray ar1, NDArray ar2, boolean assumeUnique) {
        return dev.numj.internal.SetOps.intersect1d(ar1, ar2, assumeUnique, true);
    }

    /**
     * NumPy {@code np.setdiff1d(ar1, ar2)}: the sorted distinct values of ar1 that are not in ar2.
     * <pre>{@code
     * setdiff1d(array(5, 1, 3, 1), array(3));   // [1 5]
     * }</pre>
     *
     * @param ar1 the array
     * @param ar2 the values removed
     * @return a 1-D array of ar1's dtype
     */
    public static NDArray setdiff1d(NDArray ar1, NDArray ar2) { return dev.numj.internal.SetOps.setdiff1d(ar1, ar2, false); }

    /**
     * NumPy {@code np.setdiff1d(ar1, ar2, assume_unique)}: with assumeUnique, ar1's values in their order, unsorted.
     * <pre>{@code
     * setdiff1d(array(5, 1, 3), array(3), true);   // [5 1]
     * }</pre>
     *
     * @param ar1          the array
     * @param ar2          the values removed
     * @param assumeUnique both inputs hold distinct values
     * @return a 1-D array
     */
    public static NDArray setdiff1d(NDArray ar1, NDArray ar2, boolean assumeUnique) { return dev.numj.internal.SetOps.setdiff1d(ar1, ar2, assumeUnique); }

    // ---- linear algebra --------------------------------------------------------------------------

    /**
     * NumPy {@code np.trace(a)}: the sum of the main diagonal (int64 for bool and int32, as np.sum).
     * <pre>{@code
     * trace(eye(3));   // 3.0
     * }</pre>
     *
     * @param a the array (at least 2-D)
     * @return the sum
     */
    public static NDArray trace(NDArray a) { return a.trace(); }

    /**
     * NumPy {@code np.trace(a, offset, axis1, axis2)}.
     * <pre>{@code
     * trace(arange(8).reshape(2, 2, 2), 0, 1, 2);   // [3 11]
     * }</pre>
     *
     * @param a      the array
     * @param offset the diagonal
     * @param axis1  the rows' axis
     * @param axis2  the columns' axis
     * @return the sums
     */
    public static NDArray trace(NDArray a, long offset, int axis1, int axis2) { return a.trace(offset, axis1, axis2); }

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

    /**
     * NumPy {@code np.einsum(subscripts, *operands)}: the Einstein summation NumPy's subscripts describe:
     * explicit ({@code "ij,jk->ik"}) or implicit output (the labels used once, in alphabetical order, upper
     * case first), a repeated label for a diagonal or trace ({@code "ii->i"}, {@code "ii"}), {@code "..."}
     * for broadcast axes; the result dtype is the operands' promotion. One operand with nothing summed gives a
     * view, as in NumPy. Three or more operands are contracted pairwise in the order of NumPy's
     * {@code optimize='greedy'}; a pairwise contraction that is a matrix product after transposes runs on
     * OpenBLAS gemm, as {@link #matmul} does. Errors carry NumPy's messages.
     * <pre>{@code
     * einsum("bhqd,bhkd->bhqk", q, k);   // attention scores: q @ k.swapaxes(-1, -2)
     * einsum("ii", eye(3)).item();       // 3.0, the trace
     * }</pre>
     *
     * @param subscripts NumPy's subscripts string
     * @param operands   the arrays, one per comma-separated term
     * @return the contraction
     */
    public static NDArray einsum(String subscripts, NDArray... operands) { return Einsum.einsum(subscripts, operands); }

    /**
     * NumPy {@code np.tensordot(a, b)} ({@code axes=2}): the sum over a's last two axes and b's first two.
     * <pre>{@code
     * tensordot(ones(2, 3, 4), ones(3, 4, 5)).shape();   // [2, 5]
     * }</pre>
     *
     * @param a first operand
     * @param b second operand
     * @return the contraction
     */
    public static NDArray tensordot(NDArray a, NDArray b) { return Products.tensordot(a, b, 2); }

    /**
     * NumPy {@code np.tensordot(a, b, axes=n)}: the sum over a's last n axes and b's first n (0: the outer
     * product); the result has a's other axes, then b's. OpenBLAS gemm for floats, as {@link #dot}.
     * <pre>{@code
     * tensordot(x, y, 0).shape();               // x.shape + y.shape
     * tensordot(ones(2, 3), ones(3, 4), 1);     // the matrix product
     * }</pre>
     *
     * @param a    first operand
     * @param b    second operand
     * @param axes how many axes to contract
     * @return the contraction
     */
    public static NDArray tensordot(NDArray a, NDArray b, int axes) { return Products.tensordot(a, b, axes); }

    /**
     * NumPy {@code np.tensordot(a, b, axes=(axesA, axesB))}: the sum over the paired axes (negative ones count
     * from the end); NumPy's errors ("shape-mismatch for sum", "duplicate axes are not allowed in tensordot").
     * <pre>{@code
     * tensordot(ones(3, 4, 5), ones(4, 3, 2), new int[] {1, 0}, new int[] {0, 1}).shape();   // [5, 2]
     * }</pre>
     *
     * @param a     first operand
     * @param b     second operand
     * @param axesA a's axes to contract
     * @param axesB b's axes, paired with axesA
     * @return the contraction
     */
    public static NDArray tensordot(NDArray a, NDArray b, int[] axesA, int[] axesB) { return Products.tensordot(a, b, axesA, axesB); }

    /**
     * NumPy 2's {@code np.vecdot(x1, x2)}: the dot product along the last axis, the other axes broadcast
     * (shape {@code broadcast(x1.shape[:-1], x2.shape[:-1])}); the dtype is the operands' promotion.
     * <pre>{@code
     * vecdot(array(new double[][] {{1, 2}, {3, 4}}), array(1.0, 1.0));   // [3. 7.]
     * vecdot(q, k);                                                     // row-wise dot products
     * }</pre>
     *
     * @param x1 first operand
     * @param x2 second operand
     * @return the dot products
     */
    public static NDArray vecdot(NDArray x1, NDArray x2) { return Products.vecdot(x1, x2, null); }

    /**
     * NumPy 2's {@code np.vecdot(x1, x2, axis=axis)}: the dot product along {@code axis} of each operand.
     * <pre>{@code
     * vecdot(X, Y, 0);   // X, Y (k, n): the n column dot products
     * }</pre>
     *
     * @param x1   first operand
     * @param x2   second operand
     * @param axis the axis summed over, in each operand
     * @return the dot products
     */
    public static NDArray vecdot(NDArray x1, NDArray x2, int axis) { return Products.vecdot(x1, x2, axis); }

    /**
     * NumPy {@code np.kron(a, b)}: the Kronecker product, a block array whose block {@code (i, j, ...)} is
     * {@code a[i, j, ...] * b} (the shorter shape padded with leading 1s); the dtype is multiply's.
     * <pre>{@code
     * kron(array(1, 10), array(1, 2, 3));   // [ 1  2  3 10 20 30]
     * kron(eye(2), ones(2, 2));             // a 4 x 4 block-diagonal matrix
     * }</pre>
     *
     * @param a first operand
     * @param b second operand
     * @return the Kronecker product
     */
    public static NDArray kron(NDArray a, NDArray b) { return Products.kron(a, b); }

    /**
     * NumPy {@code np.cross(a, b)}: cross products of the vectors along the last axis, the other axes
     * broadcast. 3-vectors give 3-vectors; a 2-vector counts as one with z = 0, and two 2-vectors give the
     * z component alone (NumPy 2 deprecates 2-vectors with a warning and still computes them; NumJ computes
     * them without one). {@link dev.numj.linalg.Linalg#cross} takes 3-vectors only, as the Array API.
     * <pre>{@code
     * cross(array(1.0, 0, 0), array(0.0, 1, 0));   // [0. 0. 1.]
     * cross(array(1.0, 2), array(3.0, 4));         // -2.0
     * }</pre>
     *
     * @param a first operand
     * @param b second operand
     * @return the cross products
     */
    public static NDArray cross(NDArray a, NDArray b) { return Products.cross(a, b, -1, -1, -1); }

    /**
     * NumPy {@code np.cross(a, b, axis=axis)}: the vectors along {@code axis} of a, of b and of the result.
     * <pre>{@code
     * cross(P, Q, 0);   // P, Q (3, n): the n cross products, as columns
     * }</pre>
     *
     * @param a    first operand
     * @param b    second operand
     * @param axis the axis of the vectors
     * @return the cross products
     */
    public static NDArray cross(NDArray a, NDArray b, int axis) { return Products.cross(a, b, axis, axis, axis); }

    /**
     * NumPy {@code np.cross(a, b, axisa, axisb, axisc)}: the vectors along {@code axisa} of a and
     * {@code axisb} of b, the result's along {@code axisc} (ignored when both are 2-vectors), each checked
     * with NumPy's "axisa: axis 3 is out of bounds for array of dimension 1".
     * <pre>{@code
     * cross(P, Q, 0, -1, 0);   // P (3, n), Q (n, 3): the result (3, n)
     * }</pre>
     *
     * @param a     first operand
     * @param b     second operand
     * @param axisa the axis of a's vectors
     * @param axisb the axis of b's vectors
     * @param axisc the axis of the result's vectors
     * @return the cross products
     */
    public static NDArray cross(NDArray a, NDArray b, int axisa, int axisb, int axisc) { return Products.cross(a, b, axisa, axisb, axisc); }

    /**
     * NumPy 2's {@code np.matrix_transpose(x)}: each matrix of {@code (..., M, N)} transposed, a view;
     * {@link NDArray#mT()} is the same.
     * <pre>{@code
     * matrixTranspose(zeros(2, 3, 4)).shape();   // [2, 4, 3]
     * }</pre>
     *
     * @param x an array of at least two dimensions
     * @return the view with the last two axes swapped
     */
    public static NDArray matrixTranspose(NDArray x) { return Products.matrixTranspose(x, true); }

    // ---- memory ----------------------------------------------------------------------------------

    /**
     * Opens a {@link Scope}: arrays allocated on this thread until it closes are freed when it closes.
     * {@code try (Scope s = scope()) { ... }}
     * NumPy has none: its reference counting frees temporaries at once.
     *
     * @return the scope
     */
    public static Scope scope() { return new Scope(); }

    // ---- printing --------------------------------------------------------------------------------

    /**
     * NumPy {@code np.get_printoptions()}: the options printing follows on this thread (its
     * {@link #printoptions(PrintOptions)} scope if one is open, else the process-wide ones).
     * <pre>{@code
     * getPrintoptions().precision();   // 8
     * setPrintoptions(getPrintoptions().withLinewidth(120));
     * }</pre>
     *
     * @return the options in force on this thread
     */
    public static PrintOptions getPrintoptions() { return PrintOptions.of(PrintSettings.current()); }

    /**
     * NumPy {@code np.set_printoptions(...)}: replaces the options for the whole process (every thread not inside a
     * {@link #printoptions(PrintOptions)} scope). NumPy keeps them in a context variable; NumJ's process-wide value
     * is what a Java program expects from a setting made once at start-up, and the scoped form is per thread.
     * <pre>{@code
     * setPrintoptions(PrintOptions.defaults().withPrecision(4).withSuppress(true));
     * setPrintoptions(PrintOptions.defaults());   // back to NumPy's defaults
     * }</pre>
     *
     * @param options the print options
     */
    public static void setPrintoptions(PrintOptions options) { PrintSettings.setGlobal(options.settings()); }
    /**
     * NumPy {@code np.set_printoptions(precision=3)}: changes the process-wide options. Example: {@code setPrintoptions(o -> o.withPrecision(3))}.
     *
     * @param change a function from the current options to the new ones
     */
    public static void setPrintoptions(UnaryOperator<PrintOptions> change) { setPrintoptions(change.apply(PrintOptions.of(PrintSettings.global()))); }

    /**
     * NumPy {@code with np.printoptions(...):}: these options on this thread until the scope closes, which restores
     * the previous ones; other threads are unaffected.
     * <pre>{@code
     * try (var p = printoptions(PrintOptions.defaults().withThreshold(Long.MAX_VALUE))) {
     *     System.out.println(big);   // every element
     * }
     * }</pre>
     *
     * @param options the print options
     * @return the scope; closing it restores this thread's previous options
     */
    public static PrintOptions.Scope printoptions(PrintOptions options) { return new PrintOptions.Scope(options); }
    /**
     * NumPy {@code with np.printoptions(precision=3, suppress=True):}: the current options changed by {@code change},
     * on this thread until the scope closes.
     * <pre>{@code
     * try (var p = printoptions(o -> o.withPrecision(3).withSuppress(true))) {
     *     System.out.println(probs);
     * }
     * }</pre>
     *
     * @param change a function from the current options to the new ones
     * @return the scope; closing it restores this thread's previous options
     */
    public static PrintOptions.Scope printoptions(UnaryOperator<PrintOptions> change) { return printoptions(change.apply(getPrintoptions())); }
}
