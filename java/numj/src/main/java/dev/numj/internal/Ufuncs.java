package dev.numj.internal;

import dev.numj.internal.ffi.numj.NumjCpu;
import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import dev.numj.internal.runtime.Memory;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.Shapes;
import dev.numj.internal.runtime.Storage;

import java.util.Arrays;
import dev.numj.DType;
import dev.numj.Device;
import dev.numj.NDArray;
import dev.numj.NumJTypeException;

/**
 * NumPy's ufunc machinery for NumJ: dtype resolution (NEP 50, Java scalars weak like Python's),
 * broadcasting, output allocation and NumPy's in-place casting rule, written once; the backend runs
 * the per-dtype strided loops.
 */
public final class Ufuncs {
    private Ufuncs() {}

    public enum Kind { ARITH, SUB, INT_ARITH, TRUE_DIV, FLOAT_BINARY, COMPARE, LOGICAL, BITWISE, SHIFT, UNARY_NUM, UNARY_FLOAT, UNARY_BOOL_OUT,
        UNARY_INT_KEEP, UNARY_BITWISE }

    /** A ufunc: NumPy's name (for messages), the native op code and how its dtypes resolve. */
    public record Ufunc(String name, int code, Kind kind, boolean binary) {}

    public static final Ufunc ADD = new Ufunc("add", NumjCpu.NUMJ_ADD(), Kind.ARITH, true);
    public static final Ufunc SUB = new Ufunc("subtract", NumjCpu.NUMJ_SUB(), Kind.SUB, true);
    public static final Ufunc MUL = new Ufunc("multiply", NumjCpu.NUMJ_MUL(), Kind.ARITH, true);
    public static final Ufunc DIV = new Ufunc("divide", NumjCpu.NUMJ_DIV(), Kind.TRUE_DIV, true);
    public static final Ufunc FLOOR_DIV = new Ufunc("floor_divide", NumjCpu.NUMJ_FLOOR_DIV(), Kind.INT_ARITH, true);
    public static final Ufunc MOD = new Ufunc("remainder", NumjCpu.NUMJ_MOD(), Kind.INT_ARITH, true);
    public static final Ufunc POW = new Ufunc("power", NumjCpu.NUMJ_POW(), Kind.INT_ARITH, true);
    public static final Ufunc MAXIMUM = new Ufunc("maximum", NumjCpu.NUMJ_MAXIMUM(), Kind.ARITH, true);
    public static final Ufunc MINIMUM = new Ufunc("minimum", NumjCpu.NUMJ_MINIMUM(), Kind.ARITH, true);
    public static final Ufunc EQ = new Ufunc("equal", NumjCpu.NUMJ_EQ(), Kind.COMPARE, true);
    public static final Ufunc NE = new Ufunc("not_equal", NumjCpu.NUMJ_NE(), Kind.COMPARE, true);
    public static final Ufunc LT = new Ufunc("less", NumjCpu.NUMJ_LT(), Kind.COMPARE, true);
    public static final Ufunc LE = new Ufunc("less_equal", NumjCpu.NUMJ_LE(), Kind.COMPARE, true);
    public static final Ufunc GT = new Ufunc("greater", NumjCpu.NUMJ_GT(), Kind.COMPARE, true);
    public static final Ufunc GE = new Ufunc("greater_equal", NumjCpu.NUMJ_GE(), Kind.COMPARE, true);
    public static final Ufunc LOGICAL_AND = new Ufunc("logical_and", NumjCpu.NUMJ_LOGICAL_AND(), Kind.LOGICAL, true);
    public static final Ufunc LOGICAL_OR = new Ufunc("logical_or", NumjCpu.NUMJ_LOGICAL_OR(), Kind.LOGICAL, true);
    public static final Ufunc LOGICAL_XOR = new Ufunc("logical_xor", NumjCpu.NUMJ_LOGICAL_XOR(), Kind.LOGICAL, true);
    public static final Ufunc BITWISE_AND = new Ufunc("bitwise_and", NumjCpu.NUMJ_BIT_AND(), Kind.BITWISE, true);
    public static final Ufunc BITWISE_OR = new Ufunc("bitwise_or", NumjCpu.NUMJ_BIT_OR(), Kind.BITWISE, true);
    public static final Ufunc BITWISE_XOR = new Ufunc("bitwise_xor", NumjCpu.NUMJ_BIT_XOR(), Kind.BITWISE, true);
    public static final Ufunc ARCTAN2 = new Ufunc("arctan2", NumjCpu.NUMJ_ARCTAN2(), Kind.FLOAT_BINARY, true);
    public static final Ufunc FMAX = new Ufunc("fmax", NumjCpu.NUMJ_FMAX(), Kind.ARITH, true);
    public static final Ufunc FMIN = new Ufunc("fmin", NumjCpu.NUMJ_FMIN(), Kind.ARITH, true);
    public static final Ufunc HYPOT = new Ufunc("hypot", NumjCpu.NUMJ_HYPOT(), Kind.FLOAT_BINARY, true);
    public static final Ufunc COPYSIGN = new Ufunc("copysign", NumjCpu.NUMJ_COPYSIGN(), Kind.FLOAT_BINARY, true);
    public static final Ufunc LOGADDEXP = new Ufunc("logaddexp", NumjCpu.NUMJ_LOGADDEXP(), Kind.FLOAT_BINARY, true);
    public static final Ufunc LOGADDEXP2 = new Ufunc("logaddexp2", NumjCpu.NUMJ_LOGADDEXP2(), Kind.FLOAT_BINARY, true);
    public static final Ufunc NEXTAFTER = new Ufunc("nextafter", NumjCpu.NUMJ_NEXTAFTER(), Kind.FLOAT_BINARY, true);
    public static final Ufunc HEAVISIDE = new Ufunc("heaviside", NumjCpu.NUMJ_HEAVISIDE(), Kind.FLOAT_BINARY, true);
    /** Integers only: bool with bool gives int8 in NumPy (refused), floats NumPy's TypeError. */
    public static final Ufunc LEFT_SHIFT = new Ufunc("left_shift", NumjCpu.NUMJ_LEFT_SHIFT(), Kind.SHIFT, true);
    public static final Ufunc RIGHT_SHIFT = new Ufunc("right_shift", NumjCpu.NUMJ_RIGHT_SHIFT(), Kind.SHIFT, true);

    public static final Ufunc NEG = new Ufunc("negative", NumjCpu.NUMJ_NEG(), Kind.UNARY_NUM, false);
    public static final Ufunc ABS = new Ufunc("absolute", NumjCpu.NUMJ_ABS(), Kind.UNARY_NUM, false);
    public static final Ufunc SIGN = new Ufunc("sign", NumjCpu.NUMJ_SIGN(), Kind.UNARY_NUM, false);
    public static final Ufunc SQUARE = new Ufunc("square", NumjCpu.NUMJ_SQUARE(), Kind.UNARY_NUM, false);
    public static final Ufunc RELU = new Ufunc("relu", NumjCpu.NUMJ_RELU(), Kind.UNARY_NUM, false);
    public static final Ufunc SQRT = new Ufunc("sqrt", NumjCpu.NUMJ_SQRT(), Kind.UNARY_FLOAT, false);
    public static final Ufunc EXP = new Ufunc("exp", NumjCpu.NUMJ_EXP(), Kind.UNARY_FLOAT, false);
    public static final Ufunc LOG = new Ufunc("log", NumjCpu.NUMJ_LOG(), Kind.UNARY_FLOAT, false);
    public static final Ufunc LOG1P = new Ufunc("log1p", NumjCpu.NUMJ_LOG1P(), Kind.UNARY_FLOAT, false);
    public static final Ufunc EXPM1 = new Ufunc("expm1", NumjCpu.NUMJ_EXPM1(), Kind.UNARY_FLOAT, false);
    public static final Ufunc TANH = new Ufunc("tanh", NumjCpu.NUMJ_TANH(), Kind.UNARY_FLOAT, false);
    public static final Ufunc SIN = new Ufunc("sin", NumjCpu.NUMJ_SIN(), Kind.UNARY_FLOAT, false);
    public static final Ufunc COS = new Ufunc("cos", NumjCpu.NUMJ_COS(), Kind.UNARY_FLOAT, false);
    public static final Ufunc SIGMOID = new Ufunc("sigmoid", NumjCpu.NUMJ_SIGMOID(), Kind.UNARY_FLOAT, false);
    public static final Ufunc SIGMOID_DERIVATIVE = new Ufunc("sigmoid_derivative", NumjCpu.NUMJ_SIGMOID_DERIVATIVE(), Kind.UNARY_FLOAT, false);
    public static final Ufunc LEAKY_RELU = new Ufunc("leaky_relu", NumjCpu.NUMJ_LEAKY_RELU(), Kind.UNARY_FLOAT, false);
    public static final Ufunc TAN = new Ufunc("tan", NumjCpu.NUMJ_TAN(), Kind.UNARY_FLOAT, false);
    public static final Ufunc LOG2 = new Ufunc("log2", NumjCpu.NUMJ_LOG2(), Kind.UNARY_FLOAT, false);
    public static final Ufunc LOG10 = new Ufunc("log10", NumjCpu.NUMJ_LOG10(), Kind.UNARY_FLOAT, false);
    public static final Ufunc ARCSIN = new Ufunc("arcsin", NumjCpu.NUMJ_ARCSIN(), Kind.UNARY_FLOAT, false);
    public static final Ufunc ARCCOS = new Ufunc("arccos", NumjCpu.NUMJ_ARCCOS(), Kind.UNARY_FLOAT, false);
    public static final Ufunc ARCTAN = new Ufunc("arctan", NumjCpu.NUMJ_ARCTAN(), Kind.UNARY_FLOAT, false);
    public static final Ufunc SINH = new Ufunc("sinh", NumjCpu.NUMJ_SINH(), Kind.UNARY_FLOAT, false);
    public static final Ufunc COSH = new Ufunc("cosh", NumjCpu.NUMJ_COSH(), Kind.UNARY_FLOAT, false);
    public static final Ufunc ARCSINH = new Ufunc("arcsinh", NumjCpu.NUMJ_ARCSINH(), Kind.UNARY_FLOAT, false);
    public static final Ufunc ARCCOSH = new Ufunc("arccosh", NumjCpu.NUMJ_ARCCOSH(), Kind.UNARY_FLOAT, false);
    public static final Ufunc ARCTANH = new Ufunc("arctanh", NumjCpu.NUMJ_ARCTANH(), Kind.UNARY_FLOAT, false);
    /** SciPy's {@code scipy.special.erf} (NumPy has none): bool float32, integers float64, as SciPy's loops. */
    public static final Ufunc ERF = new Ufunc("erf", NumjCpu.NUMJ_ERF(), Kind.UNARY_FLOAT, false);
    /** PyTorch's {@code softplus} with beta 1 and no threshold: log1p(exp(-|x|)) + max(x, 0). */
    public static final Ufunc SOFTPLUS = new Ufunc("softplus", NumjCpu.NUMJ_SOFTPLUS(), Kind.UNARY_FLOAT, false);
    /** A copy for every dtype but bool (NumPy has no bool loop). */
    public static final Ufunc POSITIVE = new Ufunc("positive", NumjCpu.NUMJ_POSITIVE(), Kind.UNARY_NUM, false);
    public static final Ufunc SIGNBIT = new Ufunc("signbit", NumjCpu.NUMJ_SIGNBIT(), Kind.UNARY_BOOL_OUT, false);
    /** NumPy 2 has no integer loop for rint (unlike floor, ceil, trunc): integers give float64. */
    public static final Ufunc RINT = new Ufunc("rint", NumjCpu.NUMJ_RINT(), Kind.UNARY_FLOAT, false);
    /** Integers keep their dtype: NumPy's integer reciprocal, 1 / x truncated (bool gives int8: refused). */
    public static final Ufunc RECIPROCAL = new Ufunc("reciprocal", NumjCpu.NUMJ_RECIPROCAL(), Kind.UNARY_NUM, false);
    public static final Ufunc FLOOR = new Ufunc("floor", NumjCpu.NUMJ_FLOOR(), Kind.UNARY_INT_KEEP, false);
    public static final Ufunc CEIL = new Ufunc("ceil", NumjCpu.NUMJ_CEIL(), Kind.UNARY_INT_KEEP, false);
    public static final Ufunc ROUND = new Ufunc("round", NumjCpu.NUMJ_ROUND(), Kind.UNARY_INT_KEEP, false);
    public static final Ufunc TRUNC = new Ufunc("trunc", NumjCpu.NUMJ_TRUNC(), Kind.UNARY_INT_KEEP, false);
    public static final Ufunc ISNAN = new Ufunc("isnan", NumjCpu.NUMJ_ISNAN(), Kind.UNARY_BOOL_OUT, false);
    public static final Ufunc ISINF = new Ufunc("isinf", NumjCpu.NUMJ_ISINF(), Kind.UNARY_BOOL_OUT, false);
    public static final Ufunc ISFINITE = new Ufunc("isfinite", NumjCpu.NUMJ_ISFINITE(), Kind.UNARY_BOOL_OUT, false);
    public static final Ufunc LOGICAL_NOT = new Ufunc("logical_not", NumjCpu.NUMJ_LOGICAL_NOT(), Kind.UNARY_BOOL_OUT, false);
    public static final Ufunc INVERT = new Ufunc("invert", NumjCpu.NUMJ_BIT_NOT(), Kind.UNARY_BITWISE, false);

    // ---- dtype resolution -------------------------------------------------------------------------

    /** {computation dtype, output dtype} for a binary ufunc on dtypes a and b (NumPy 2 rules). */
    public static DType[] resolve(Ufunc f, DType a, DType b) {
        DType dt = DType.promote(a, b);
        return switch (f.kind) {
            case ARITH -> new DType[] {dt, dt};
            case SUB -> {
                if (dt.isBool()) throw new NumJTypeException("numpy boolean subtract, the `-` operator, is not supported, "
                        + "use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
                yield new DType[] {dt, dt};
            }
            case INT_ARITH -> {
                if (dt.isBool()) throw new NumJTypeException("ufunc '" + f.name + "' on bool operands gives int8 in NumPy, "
                        + "which NumJ does not have: cast to int32 or int64 first (astype)");
                yield new DType[] {dt, dt};
            }
            case TRUE_DIV -> {
                DType r = dt.isFloating() ? dt : DType.FLOAT64;
                yield new DType[] {r, r};
            }
            // as UNARY_FLOAT: NumPy computes bool operands in float16, which NumJ lacks: float32
            case FLOAT_BINARY -> {
                DType r = dt.isFloating() ? dt : dt.isBool() ? DType.FLOAT32 : DType.FLOAT64;
                yield new DType[] {r, r};
            }
            case COMPARE, LOGICAL -> new DType[] {dt, DType.BOOL};
            case SHIFT -> {
                if (dt.isFloating()) throw new NumJTypeException("ufunc '" + f.name + "' not supported for the input types, "
                        + "and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
                if (dt.isBool()) throw new NumJTypeException("ufunc '" + f.name + "' on bool operands gives int8 in NumPy, "
                        + "which NumJ does not have: cast to int32 or int64 first (astype)");
                yield new DType[] {dt, dt};
            }
            case BITWISE -> {
                if (dt.isFloating()) throw new NumJTypeException("ufunc '" + f.name + "' not supported for the input types, "
                        + "and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
                yield new DType[] {dt, dt};
            }
            default -> throw new IllegalStateException(f.name + " is not binary");
        };
    }

    /** The dtype a weak Java scalar takes beside an array of dtype {@code arr} (NEP 50). */
    public static DType weak(DType arr, Object scalar) {
        if (scalar instanceof Double) return arr.isFloating() ? arr : DType.FLOAT64;
        if (scalar instanceof Boolean) return arr;
        long v = (Long) scalar;
        if (arr.isBool()) return DType.INT64;
        if (arr == DType.INT32 && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE))
            throw new IllegalArgumentException("Python integer " + v + " out of bounds for int32");
        return arr;
    }

    /**
     * {@link #weak} for ufunc {@code f}: NumPy 2 compares (and logical-ands, and true-divides, in float64)
     * an int32 array with a Python integer outside int32's range exactly instead of raising, as if in int64.
     */
    public static DType weak(Ufunc f, DType arr, Object scalar) {
        if ((f.kind == Kind.COMPARE || f.kind == Kind.LOGICAL || f.kind == Kind.TRUE_DIV) && arr == DType.INT32 && scalar instanceof Long v
                && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) return DType.INT64;
        return weak(arr, scalar);
    }

    private static boolean negative(Object scalar) {
        return scalar instanceof Number n && n.doubleValue() < 0;
    }

    // ---- scalar operands ---------------------------------------------------------------------------

    /** Per-thread slots holding scalar operands; a kernel call reads them synchronously. */
    private static final ThreadLocal<Storage> SCALARS = ThreadLocal.withInitial(() -> Memory.allocate(64, null));
    private static final long[] NO_STRIDES = new long[0];

    /**
     * NumPy's unsafe cast of a float to int32 on x86-64 (cvttsd2si): NaN and values out of range give
     * the type's minimum, so {@code np.full(3, 3e9, dtype=np.int32)} is [-2147483648 ...] (with NumPy's
     * RuntimeWarning), where Java's cast would saturate to 2147483647.
     */
    private static int unsafeInt32(double d) {
        return Double.isNaN(d) || d < -0x1p31 || d >= 0x1p31 ? Integer.MIN_VALUE : (int) d;
    }

    public static long bits(DType dt, Object scalar) {
        double d = scalar instanceof Double x ? x : scalar instanceof Long l ? l : ((Boolean) scalar ? 1 : 0);
        return switch (dt) {
            case FLOAT64 -> Double.doubleToRawLongBits(d);
            case FLOAT32 -> Float.floatToRawIntBits((float) d) & 0xffffffffL;
            case INT64 -> scalar instanceof Long l ? l : Double.isNaN(d) || d < -0x1p63 || d >= 0x1p63 ? Long.MIN_VALUE : (long) d;
            case INT32 -> (scalar instanceof Long l ? l.intValue() : unsafeInt32(d)) & 0xffffffffL;
            case BOOL -> d != 0 ? 1 : 0;
        };
    }

    public static Operand scalarOperand(int slot, DType dt, Object scalar, int ndim) {
        Storage s = SCALARS.get();
        s.segment().set(java.lang.foreign.ValueLayout.JAVA_LONG, slot * 8L, bits(dt, scalar));
        return new Operand(s, slot * 8L, ndim == 0 ? NO_STRIDES : new long[ndim]);
    }

    // ---- binary -----------------------------------------------------------------------------------

    public static NDArray binary(Ufunc f, NDArray a, NDArray b) {
        // NumPy reports a shape mismatch before bool operands' int8 result, and a float operand's missing loop before the shape
        boolean broadcastFirst = f.kind == Kind.INT_ARITH || f.kind == Kind.SHIFT && !DType.promote(a.dtype(), b.dtype()).isFloating();
        long[] shape = broadcastFirst ? Shapes.broadcast(shapeOf(a), shapeOf(b)) : null;
        DType[] t = resolve(f, a.dtype(), b.dtype());
        if (shape == null) shape = Shapes.broadcast(shapeOf(a), shapeOf(b));
        if (f == POW && t[0].isInteger() && Shapes.size(shape) > 0) checkNonNegativeExponent(b);
        NDArray ac = a.dtype() == t[0] ? a : copyAs(a, t[0]);
        Device d = Devices.common(f.name, a, b);
        if (powTakesSqrt(f, a, b, shape, t[0], false)) {
            NDArray r = unary(SQRT, ac);
            return Arrays.equals(shapeOf(r), shape) ? r : copyAs(Shaping.broadcastTo(r, shape), r.dtype());
        }
        if (Lazy.fusible(f, t, a, b, shape)) return Lazy.binary(f, t[0], a, b, shape);
        NDArray bc = b.dtype() == t[0] ? b : copyAs(b, t[0]);
        NDArray out = ArrayAccess.allocate(d, t[1], shape);
        Backends.of(d).binary(f.code, t[0], operandOf(ac, shape), operandOf(bc, shape), operandOf(out), shape);
        return out;
    }

    public static NDArray binary(Ufunc f, NDArray a, Object scalar) { return scalarBinary(f, a, scalar, false); }

    public static NDArray binary(Ufunc f, double s, NDArray a) { return scalarBinary(f, a, s, true); }

    public static NDArray binary(Ufunc f, long s, NDArray a) { return scalarBinary(f, a, s, true); }

    /** NumPy {@code f(s, a)} for a Java scalar s (Long, Double or Boolean). */
    public static NDArray binary(Ufunc f, Object s, NDArray a) { return scalarBinary(f, a, s, true); }

    private static NDArray scalarBinary(Ufunc f, NDArray a, Object scalar, boolean scalarFirst) {
        DType sd = weak(f, a.dtype(), scalar);
        DType[] t = resolve(f, a.dtype(), sd);
        if (f == POW && t[0].isInteger() && !scalarFirst && negative(scalar) && a.size() > 0)
            throw new IllegalArgumentException("Integers to negative integer powers are not allowed.");
        if (f == POW && t[0].isInteger() && scalarFirst) checkNonNegativeExponent(a);
        NDArray ac = a.dtype() == t[0] ? a : copyAs(a, t[0]);
        if (!scalarFirst && scalar instanceof Number n && powIsSqrt(f, t[0], n.doubleValue())) return unary(SQRT, ac);
        if (Lazy.fusible(f, t, a)) return Lazy.binary(f, t[0], a, bits(t[0], scalar), scalarFirst);
        NDArray out = ArrayAccess.allocate(a.device(), t[1], shapeOf(a));
        Operand s = scalarOperand(0, t[0], scalar, a.ndim());
        Operand x = operandOf(ac);
        if (scalarFirst) Backends.of(a).binary(f.code, t[0], s, x, operandOf(out), shapeOf(a));
        else Backends.of(a).binary(f.code, t[0], x, s, operandOf(out), shapeOf(a));
        return out;
    }

    /**
     * NumPy's float power loop takes sqrt for an exponent of 0.5 read with stride 0, one value for the
     * whole loop: -inf ** 0.5 is nan and -0.0 ** 0.5 is -0.0 there, unlike C's pow (inf, 0.0). A Java
     * scalar exponent (NumPy's Python float) always is one; for an array see {@link #powTakesSqrt}.
     */
    private static boolean powIsSqrt(Ufunc f, DType loop, double exponent) {
        return f == POW && loop.isFloating() && exponent == 0.5;
    }

    /**
     * Whether an array exponent reaches NumPy's float power loop as one value read with stride 0
     * ({@link #powIsSqrt}): a 0-d array, or a one-element array broadcast to a larger shape. Out of
     * place, a one-element array of the output's own shape beside a 0-d or same-shape base goes
     * through NumPy's "trivial" loop with its own stride, and C's pow; in place ({@code x **= b},
     * whose output is an input) NumPy iterates, and any one-element exponent is read with stride 0.
     * An exponent of more elements is pow here; NumPy's buffered loop (8,192 elements) reads a column
     * exponent with stride 0 one row at a time once rows pass 4,096 elements: not followed
     * (docs/numpy-coverage.md, §5).
     */
    private static boolean powTakesSqrt(Ufunc f, NDArray base, NDArray exponent, long[] shape, DType loop,
                                        boolean inPlace) {
        if (f != POW || !loop.isFloating() || exponent.size() != 1) return false;
        if (!inPlace && exponent.ndim() > 0 && Arrays.equals(shapeOf(exponent), shape)
                && (base.ndim() == 0 || Arrays.equals(shapeOf(base), shape))) return false;
        return powIsSqrt(f, loop, Elements.item(exponent));
    }

    private static void checkNonNegativeExponent(NDArray exponent) {
        if (exponent.size() > 0 && Elements.itemLong(Reductions.extreme(exponent, false, null, false)) < 0)
            throw new IllegalArgumentException("Integers to negative integer powers are not allowed.");
    }

    // ---- in place (a += b) ------------------------------------------------------------------------

    /** NumPy's casting='same_kind' check for writing a {@code from} result into a {@code to} array. */
    public static void checkSameKind(Ufunc f, DType from, DType to) {
        boolean ok = from == to || from.isBool()
                || (from.isInteger() && !to.isBool())
                || (from.isFloating() && to.isFloating());
        if (!ok) throw new NumJTypeException("Cannot cast ufunc '" + f.name + "' output from dtype('" + from
                + "') to dtype('" + to + "') with casting rule 'same_kind'");
    }

    /** NumPy's error for {@code b //= b}, {@code b %= True}, {@code b **= b} on bool arrays (the ufunc gives int8). */
    private static void checkInt8InPlace(Ufunc f, DType self, DType other) {
        if (f.kind == Kind.INT_ARITH && self.isBool() && other.isBool())
            throw new NumJTypeException("Cannot cast ufunc '" + f.name + "' output from dtype('int8') to dtype('bool') "
                    + "with casting rule 'same_kind'");
    }

    public static NDArray inPlace(Ufunc f, NDArray self, NDArray o) {
        checkOutput(self);
        Devices.output(f.name, self, o);
        checkInt8InPlace(f, self.dtype(), o.dtype());
        DType[] t = resolve(f, self.dtype(), o.dtype());
        checkSameKind(f, t[1], self.dtype());
        long[] shape = Shapes.broadcastAll(shapeOf(self), shapeOf(o), shapeOf(self));   // NumPy names the out operand too
        if (!Arrays.equals(shape, shapeOf(self)))
            throw new IllegalArgumentException("non-broadcastable output operand with shape " + Shapes.compact(shapeOf(self))
                    + " doesn't match the broadcast shape " + Shapes.compact(shape));
        if (f == POW && t[0].isInteger()) checkNonNegativeExponent(o);
        if (powTakesSqrt(f, self, o, shape, t[0], true)) return sqrtInPlace(self, t[0]);
        if (Lazy.inPlace(f, t, self, o)) return self;   // o's pending chain and the update in one pass
        // an overlapping operand that is not exactly this array is read from a copy, as NumPy does
        NDArray oc = o.dtype() != t[0] || (storageOf(o) == storageOf(self) && !sameLayout(o, self)) ? copyAs(o, t[0]) : o;
        if (t[0] == self.dtype()) {
            NDArray sc = self;
            Backends.of(self).binary(f.code, t[0], operandOf(sc), operandOf(oc, shape), operandOf(self), shape);
        } else {
            NDArray r = binary(f, copyAs(self, t[0]), oc);
            Backends.of(self).cast(r.dtype(), operandOf(r), self.dtype(), operandOf(self), shape);
        }
        return self;
    }

    public static NDArray inPlace(Ufunc f, NDArray self, Object scalar) {
        checkOutput(self);
        DType sd = weak(f, self.dtype(), scalar);
        checkInt8InPlace(f, self.dtype(), sd);
        DType[] t = resolve(f, self.dtype(), sd);
        checkSameKind(f, t[1], self.dtype());
        if (f == POW && t[0].isInteger() && negative(scalar))
            throw new IllegalArgumentException("Integers to negative integer powers are not allowed.");
        if (scalar instanceof Number n && powIsSqrt(f, t[0], n.doubleValue())) return sqrtInPlace(self, t[0]);
        if (t[0] == self.dtype()) {
            Operand s = scalarOperand(0, t[0], scalar, self.ndim());
            Backends.of(self).binary(f.code, t[0], operandOf(self), s, operandOf(self), shapeOf(self));
        } else {
            NDArray r = binary(f, self, scalar);
            Backends.of(self).cast(r.dtype(), operandOf(r), self.dtype(), operandOf(self), shapeOf(self));
        }
        return self;
    }

    /** {@code self **= 0.5} as NumPy's power loop computes it: sqrt, in the loop dtype, cast back. */
    private static NDArray sqrtInPlace(NDArray self, DType loop) {
        NDArray r = unary(SQRT, self.dtype() == loop ? self : copyAs(self, loop));
        Backends.of(self).cast(r.dtype(), operandOf(r), self.dtype(), operandOf(self), shapeOf(self));
        return self;
    }

    /** NumPy's error for a ufunc writing into a read-only view (broadcastTo). */
    public static void checkOutput(NDArray out) {
        if (!out.isWriteable()) throw new IllegalArgumentException("output array is read-only");
        storageOf(out).beforeWrite();
    }

    private static boolean sameLayout(NDArray a, NDArray b) {
        return offsetOf(a) == offsetOf(b) && Arrays.equals(shapeOf(a), shapeOf(b)) && Arrays.equals(stridesOf(a), stridesOf(b));
    }

    // ---- unary ------------------------------------------------------------------------------------

    public static NDArray unary(Ufunc f, NDArray a, double... params) {
        DType[] t = unaryTypes(f, a.dtype());
        if (Lazy.unaryFusible(f, t[0], t[1], a)) return Lazy.unary(f, t[0], a, params);
        NDArray ac = a.dtype() == t[0] ? a : copyAs(a, t[0]);
        NDArray r = ArrayAccess.allocate(a.device(), t[1], shapeOf(a));
        Backends.of(a).unary(f.code, t[0], t[1], operandOf(ac), operandOf(r), shapeOf(a), params);
        return r;
    }

    /**
     * NumPy {@code f(a, out=a)}: the result written over {@code a} in one pass when the ufunc's loop runs in
     * a's dtype (no temporary), else computed and cast back under NumPy's same_kind rule ({@code exp} of an
     * integer array fails as {@code np.exp(a, out=a)} does).
     */
    public static NDArray unaryInPlace(Ufunc f, NDArray self, double... params) {
        checkOutput(self);
        DType[] t = unaryTypes(f, self.dtype());
        checkSameKind(f, t[1], self.dtype());
        if (t[0] == self.dtype() && t[1] == self.dtype()) {
            Backends.of(self).unary(f.code, t[0], t[1], operandOf(self), operandOf(self), shapeOf(self), params);
        } else {
            NDArray r = unary(f, self, params);
            Backends.of(self).cast(r.dtype(), operandOf(r), self.dtype(), operandOf(self), shapeOf(self));
        }
        return self;
    }

    /** The loop's input and output dtypes for a unary ufunc on {@code dt}, with NumPy's errors where it has no loop. */
    private static DType[] unaryTypes(Ufunc f, DType dt) {
        DType in = dt, out;
        switch (f.kind) {
            case UNARY_NUM -> {
                if (dt.isBool() && (f == NEG || f == SIGN || f == POSITIVE))
                    throw new NumJTypeException(f == NEG
                            ? "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead."
                            : "ufunc '" + f.name + "' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None");
                if (dt.isBool() && (f == SQUARE || f == RECIPROCAL))
                    throw new NumJTypeException("ufunc '" + f.name + "' on bool operands gives int8 in NumPy, which NumJ does not have: "
                            + "cast to int32 or int64 first (astype)");
                if (dt.isBool() && f == RELU) in = DType.INT64;
                out = in;
            }
            // NumPy computes these in float64 for integers (and float16 for bool, which NumJ lacks: float32)
            case UNARY_FLOAT -> out = in = dt.isFloating() ? dt : dt.isBool() ? DType.FLOAT32 : DType.FLOAT64;
            case UNARY_INT_KEEP -> out = in;
            case UNARY_BOOL_OUT -> out = DType.BOOL;
            case UNARY_BITWISE -> {
                if (dt.isFloating()) throw new NumJTypeException("ufunc '" + f.name + "' not supported for the input types, "
                        + "and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
                out = in;
            }
            default -> throw new IllegalStateException(f.name + " is not unary");
        }
        return new DType[] {in, out};
    }

    // ---- copies -----------------------------------------------------------------------------------

    /** A C-contiguous copy converted to {@code to}. */
    public static NDArray copyAs(NDArray a, DType to) {
        NDArray out = ArrayAccess.allocate(a.device(), to, shapeOf(a));
        Backends.of(a).cast(a.dtype(), operandOf(a), to, operandOf(out), shapeOf(a));
        return out;
    }

    /** NumPy {@code dst[...] = src}: broadcasts src into dst, unsafe casting as NumPy's setitem. */
    public static void assign(NDArray dst, NDArray src) {
        ArrayAccess.checkWritable(dst);
        Devices.output("assignment", dst, src);
        if (valueStrides(src, shapeOf(dst)) == null) {
            int extra = 0;
            while (shapeOf(src).length - extra > shapeOf(dst).length && shapeOf(src)[extra] == 1) extra++;
            throw new IllegalArgumentException("could not broadcast input array from shape "
                    + Shapes.compact(Arrays.copyOfRange(shapeOf(src), extra, shapeOf(src).length)) + " into shape " + Shapes.compact(shapeOf(dst)));
        }
        NDArray s = storageOf(src) == storageOf(dst) ? copyAs(src, src.dtype()) : src;
        Backends.of(dst).cast(s.dtype(), new Operand(storageOf(s), offsetOf(s), valueStrides(s, shapeOf(dst))), dst.dtype(), operandOf(dst), shapeOf(dst));
    }

    /** Strides reading {@code v} broadcast to {@code target} as NumPy's setitem does (extra leading length-1 axes dropped), or null. */
    private static long[] valueStrides(NDArray v, long[] target) {
        int extra = Math.max(0, shapeOf(v).length - target.length);
        for (int i = 0; i < extra; i++) if (shapeOf(v)[i] != 1) return null;
        try {
            return Shapes.broadcastStrides(Arrays.copyOfRange(shapeOf(v), extra, shapeOf(v).length),
                    Arrays.copyOfRange(stridesOf(v), extra, stridesOf(v).length), target);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Fills {@code dst} with one value (converted to dst's dtype). */
    public static void fill(NDArray dst, Object value) {
        ArrayAccess.checkWritable(dst);
        Backends.of(dst).fill(dst.dtype(), operandOf(dst), shapeOf(dst), bits(dst.dtype(), value));
    }
}
