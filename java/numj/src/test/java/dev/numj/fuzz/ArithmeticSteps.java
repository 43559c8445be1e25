package dev.numj.fuzz;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.NumJ;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import static dev.numj.fuzz.FuzzArrays.javaDouble;
import static dev.numj.fuzz.FuzzArrays.pyFloat;
import static dev.numj.fuzz.Generator.assign;
import static dev.numj.fuzz.Generator.step;

/** Steps of elementwise arithmetic, comparisons, logic, unary ufuncs, in-place ops, where and matmul. */
final class ArithmeticSteps {
    private ArithmeticSteps() {}

    /** A binary ufunc: NumPy's function, NumJ's method name and call, whether libm may round it differently. */
    record Binary(String numpy, String java, BiFunction<NDArray, NDArray, NDArray> fn, boolean inexact, boolean floatOfBool) {
        Binary(String numpy, String java, BiFunction<NDArray, NDArray, NDArray> fn, boolean inexact) { this(numpy, java, fn, inexact, false); }
    }

    static final List<Binary> BINARY = List.of(
            new Binary("add", "add", NDArray::add, false), new Binary("subtract", "sub", NDArray::sub, false),
            new Binary("multiply", "mul", NDArray::mul, false), new Binary("true_divide", "div", NDArray::div, false),
            new Binary("floor_divide", "floorDiv", NDArray::floorDiv, false), new Binary("remainder", "mod", NDArray::mod, false),
            new Binary("power", "pow", NDArray::pow, true), new Binary("maximum", "maximum", NDArray::maximum, false),
            new Binary("minimum", "minimum", NDArray::minimum, false), new Binary("greater", "gt", NDArray::gt, false),
            new Binary("greater_equal", "ge", NDArray::ge, false), new Binary("less", "lt", NDArray::lt, false),
            new Binary("less_equal", "le", NDArray::le, false), new Binary("equal", "eq", NDArray::eq, false),
            new Binary("not_equal", "ne", NDArray::ne, false), new Binary("logical_and", "and", NDArray::and, false),
            new Binary("logical_or", "or", NDArray::or, false), new Binary("logical_xor", "xor", NDArray::xor, false),
            // float functions: NumPy's float16 for bool with bool is NumJ's float32 (Deviations.Kind.BOOL_FLOAT_UFUNC_IN_FLOAT32)
            new Binary("logaddexp", "logaddexp", NDArray::logaddexp, true, true),
            new Binary("logaddexp2", "logaddexp2", NDArray::logaddexp2, true, true),
            new Binary("nextafter", "nextafter", NDArray::nextafter, false, true),
            new Binary("heaviside", "heaviside", NDArray::heaviside, false, true),
            // bool with bool is int8 in NumPy (Deviations.Kind.INT8_OR_FLOAT16_RESULT), floats NumPy's TypeError
            new Binary("left_shift", "leftShift", NDArray::leftShift, false),
            new Binary("right_shift", "rightShift", NDArray::rightShift, false));

    static DType dtype(SplittableRandom rnd, DType like) {
        return rnd.nextBoolean() ? like : FuzzArrays.DTYPES[rnd.nextInt(FuzzArrays.DTYPES.length)];
    }

    /** The second operand: usually a new input of a broadcast partner shape, sometimes one that cannot broadcast, or an existing input. */
    static NDArray operand(Program p, boolean into) {
        SplittableRandom rnd = p.rnd;
        long[] s = p.x.shape();
        int r = rnd.nextInt(100);
        if (r < 8) {
            long[] bad = FuzzShapes.incompatible(rnd, s);
            if (bad != null) return p.input(dtype(rnd, p.x.dtype()), bad);
        } else if (r < 16) {
            Program.Input old = p.inputs.get(rnd.nextInt(p.inputs.size()));
            long[] b = FuzzShapes.broadcast(s, old.array().shape());
            if (b != null && FuzzArrays.size(b) <= FuzzShapes.MAX_SIZE) return old.array();
        }
        return p.input(dtype(rnd, p.x.dtype()), into ? FuzzShapes.into(rnd, s) : FuzzShapes.partner(rnd, s));
    }

    static Program.Step binaryArray(Program p) {
        Binary f = BINARY.get(p.rnd.nextInt(BINARY.size()));
        NDArray b = operand(p, false);
        String n = p.nameOf(b);
        boolean inexact = f.inexact && (p.x.dtype().isFloating() || b.dtype().isFloating() || f.floatOfBool);
        String px = f.floatOfBool ? "_b32(x)" : "x", pn = f.floatOfBool ? "_b32(" + n + ")" : n;
        if (p.rnd.nextBoolean())
            return step("binary", assign("np." + f.numpy + "(" + px + ", " + pn + ")"), "x = x." + f.java + "(" + n + ");",
                    x -> f.fn.apply(x, b), inexact, n);
        return step("binary", assign("np." + f.numpy + "(" + pn + ", " + px + ")"), "x = " + n + "." + f.java + "(x);",
                x -> f.fn.apply(b, x), inexact, n);
    }

    static final long[] LONGS = {0, 1, 2, 3, -1, -2, -3, 7, 100, -100, 2147483647L, 2147483648L, -2147483649L, 1L << 40};
    static final double[] DOUBLES = {0.0, 1.0, 2.5, -0.5, -3.25, 0.001, 3.0, 1e10, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, -0.0};
    static final long[] POW_LONGS = {0, 1, 2, 3, -1, -2};
    static final double[] POW_DOUBLES = {0.5, 2.0, -1.0, 1.5, 3.0, 0.0};

    static Object scalar(SplittableRandom rnd, boolean pow) {
        if (rnd.nextBoolean()) {
            long[] v = pow ? POW_LONGS : LONGS;
            return v[rnd.nextInt(rnd.nextInt(4) == 0 ? v.length : Math.min(7, v.length))];
        }
        double[] v = pow ? POW_DOUBLES : DOUBLES;
        return v[rnd.nextInt(rnd.nextInt(4) == 0 ? v.length : Math.min(7, v.length))];
    }

    static String py(Object s) { return s instanceof Long l ? Long.toString(l) : pyFloat((Double) s); }

    static String java(Object s) { return s instanceof Long l ? l + "L" : javaDouble((Double) s); }

    /** Binary ops with a Java scalar (weak, like a Python scalar), on either side. */
    static Program.Step binaryScalar(Program p) {
        SplittableRandom rnd = p.rnd;
        String[][] ops = {{"+", "add"}, {"-", "sub"}, {"*", "mul"}, {"/", "div"}, {"//", "floorDiv"}, {"%", "mod"},
                {"**", "pow"}, {"max", "maximum"}, {"min", "minimum"}, {">", "gt"}, {">=", "ge"}, {"<", "lt"},
                {"<=", "le"}, {"==", "eq"}, {"!=", "ne"}, {"r-", "rsub"}, {"r/", "rdiv"}};
        String[] op = ops[rnd.nextInt(ops.length)];
        Object s = scalar(rnd, op[0].equals("**"));
        if (op[0].equals("r/") && s instanceof Long l) s = (double) l;   // NumJ's rdiv takes a double
        Object sc = s;
        String expr = switch (op[0]) {
            case "max" -> "np.maximum(x, " + py(s) + ")";
            case "min" -> "np.minimum(x, " + py(s) + ")";
            case "r-" -> py(s) + " - x";
            case "r/" -> py(s) + " / x";
            // np.power, not the ** operator: NumPy's operator has fast paths (x ** 2 is np.square, int8 for bool;
            // x ** 0.5 is np.sqrt) that np.power, NumJ's pow, does not take
            case "**" -> "np.power(x, " + py(s) + ")";
            default -> "x " + op[0] + " " + py(s);
        };
        boolean inexact = op[0].equals("**") && (p.x.dtype().isFloating() || s instanceof Double);
        return step("scalar", assign(expr), "x = x." + op[1] + "(" + java(s) + ");", x -> scalarCall(x, op[1], sc), inexact);
    }

    static NDArray scalarCall(NDArray x, String op, Object s) {
        if (s instanceof Long l) {
            long v = l;
            return switch (op) {
                case "add" -> x.add(v); case "sub" -> x.sub(v); case "mul" -> x.mul(v); case "div" -> x.div(v);
                case "floorDiv" -> x.floorDiv(v); case "mod" -> x.mod(v); case "pow" -> x.pow(v);
                case "maximum" -> x.maximum(v); case "minimum" -> x.minimum(v); case "gt" -> x.gt(v); case "ge" -> x.ge(v);
                case "lt" -> x.lt(v); case "le" -> x.le(v); case "eq" -> x.eq(v); case "ne" -> x.ne(v); case "rsub" -> x.rsub(v);
                case "addi" -> x.addi(v); case "subi" -> x.subi(v); case "muli" -> x.muli(v); case "divi" -> x.divi(v);
                default -> throw new IllegalArgumentException(op);
            };
        }
        double v = (Double) s;
        return switch (op) {
            case "add" -> x.add(v); case "sub" -> x.sub(v); case "mul" -> x.mul(v); case "div" -> x.div(v);
            case "floorDiv" -> x.floorDiv(v); case "mod" -> x.mod(v); case "pow" -> x.pow(v);
            case "maximum" -> x.maximum(v); case "minimum" -> x.minimum(v); case "gt" -> x.gt(v); case "ge" -> x.ge(v);
            case "lt" -> x.lt(v); case "le" -> x.le(v); case "eq" -> x.eq(v); case "ne" -> x.ne(v); case "rsub" -> x.rsub(v);
            case "rdiv" -> x.rdiv(v);
            case "addi" -> x.addi(v); case "subi" -> x.subi(v); case "muli" -> x.muli(v); case "divi" -> x.divi(v);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** A unary ufunc: NumPy's expression of x, NumJ's call, whether NumPy would compute a bool input in float16, whether libm rounds. */
    record Unary(String numpy, String java, UnaryOperator<NDArray> fn, boolean floatOfBool, boolean inexact) {}

    static final List<Unary> UNARY = List.of(
            new Unary("np.negative(x)", "neg()", NDArray::neg, false, false),
            new Unary("np.absolute(x)", "abs()", NDArray::abs, false, false),
            new Unary("np.sign(x)", "sign()", NDArray::sign, false, false),
            new Unary("np.sqrt(x)", "sqrt()", NDArray::sqrt, true, false),
            new Unary("np.square(x)", "square()", NDArray::square, false, false),
            new Unary("np.exp(x)", "exp()", NDArray::exp, true, true),
            new Unary("np.log(x)", "log()", NDArray::log, true, true),
            new Unary("np.log1p(x)", "log1p()", NDArray::log1p, true, true),
            new Unary("np.expm1(x)", "expm1()", NDArray::expm1, true, true),
            new Unary("np.tanh(x)", "tanh()", NDArray::tanh, true, true),
            new Unary("np.sin(x)", "sin()", NDArray::sin, true, true),
            new Unary("np.cos(x)", "cos()", NDArray::cos, true, true),
            new Unary("np.floor(x)", "floor()", NDArray::floor, false, false),
            new Unary("np.ceil(x)", "ceil()", NDArray::ceil, false, false),
            new Unary("np.round(x)", "round()", NDArray::round, false, false),
            new Unary("np.round(x, 1)", "round(1)", x -> x.round(1), false, true),
            new Unary("np.round(x, -1)", "round(-1)", x -> x.round(-1), false, true),
            new Unary("np.round(x, 2)", "round(2)", x -> x.round(2), false, true),
            new Unary("np.isnan(x)", "isnan()", NDArray::isnan, false, false),
            new Unary("np.isinf(x)", "isinf()", NDArray::isinf, false, false),
            new Unary("np.isfinite(x)", "isfinite()", NDArray::isfinite, false, false),
            new Unary("np.logical_not(x)", "not()", NDArray::not, false, false),
            // NumJ's own ufuncs as the seeds write them in NumPy (computed in float32 for bool, float64 for ints)
            new Unary("1 / (1 + np.exp(-x.astype(np.result_type(x.dtype, np.float32))))", "sigmoid()", NDArray::sigmoid, false, true),
            new Unary("np.maximum(0, x)", "relu()", NDArray::relu, false, false),   // the seeds' spelling (-0.0 stays -0.0)
            new Unary("np.signbit(x)", "signbit()", NDArray::signbit, false, false),
            new Unary("np.positive(x)", "positive()", NDArray::positive, false, false),
            // erf and softplus, which NumPy lacks: SciPy's erf (bool in float32 as NumJ), softplus as np.logaddexp(0, x)
            new Unary("__import__('scipy.special').special.erf(x)", "erf()", NDArray::erf, true, true),
            new Unary("np.logaddexp(0, _b32(x))", "softplus()", NDArray::softplus, false, true),
            new Unary("__import__('scipy.special').special.logsumexp(x, axis=-1)", "logsumexp(-1)", x -> x.logsumexp(-1), false, true));

    static Program.Step unary(Program p) {
        Unary u = UNARY.get(p.rnd.nextInt(UNARY.size()));
        if (u.java.equals("round(-1)") && nearIntLimits(p.x)) u = UNARY.get(0);   // see Deviations.NOT_GENERATED
        // Deviations.Kind.BOOL_FLOAT_UFUNC_IN_FLOAT32: NumPy's float16 for a bool operand becomes NumJ's float32
        String expr = u.floatOfBool ? u.numpy.replace("(x)", "(_b32(x))") : u.numpy;
        return step("unary", assign(expr), "x = x." + u.java + ";", u.fn, u.inexact);
    }

    /** True for an integer array with a value within 2^30 (int32) or 2^62 (int64) of its dtype's limits. */
    static boolean nearIntLimits(NDArray x) {
        if (!x.dtype().isInteger()) return false;
        long lim = x.dtype() == DType.INT32 ? 1L << 30 : 1L << 62;
        for (long v : x.toLongArray()) if (v > lim || v < -lim) return true;
        return false;
    }

    /** {@code x += b} and friends, with an array (broadcasting into x, or not) or a Java scalar; NumPy's same_kind casting rule. */
    static Program.Step inPlace(Program p) {
        SplittableRandom rnd = p.rnd;
        String[][] ops = {{"+=", "addi"}, {"-=", "subi"}, {"*=", "muli"}, {"/=", "divi"}};
        String[] op = ops[rnd.nextInt(ops.length)];
        int form = rnd.nextInt(10);
        if (form < 4) {
            Object s = scalar(rnd, false);
            return step("inplace", "x " + op[0] + " " + py(s), "x." + op[1] + "(" + java(s) + ");",
                    x -> scalarCall(x, op[1], s), false);
        }
        if (form == 4 && p.x.ndim() > 0) {   // an operand overlapping x
            String idx = rnd.nextBoolean() ? "::-1" : "...";
            return step("inplace", "x " + op[0] + " x[" + idx + "]", "x." + op[1] + "(x.get(\"" + idx + "\"));",
                    x -> inPlaceCall(x, op[1], x.get(idx)), false);
        }
        NDArray b = operand(p, true);
        String n = p.nameOf(b);
        return step("inplace", "x " + op[0] + " " + n, "x." + op[1] + "(" + n + ");", x -> inPlaceCall(x, op[1], b), false, n);
    }

    static NDArray inPlaceCall(NDArray x, String op, NDArray b) {
        return switch (op) {
            case "addi" -> x.addi(b); case "subi" -> x.subi(b); case "muli" -> x.muli(b); case "divi" -> x.divi(b);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** {@code np.where} with a mask input, a mask computed from x, or x itself as the condition; array or scalar branches. */
    static Program.Step where(Program p) {
        SplittableRandom rnd = p.rnd;
        int form = rnd.nextInt(7);
        if (form >= 5) {   // one branch a Java scalar (weak, like a Python scalar)
            NDArray c = p.input(DType.BOOL, FuzzShapes.partner(rnd, p.x.shape()));
            String nc = p.nameOf(c);
            int kind = rnd.nextInt(3);
            Object sc = kind == 0 ? (Object) LONGS[rnd.nextInt(LONGS.length)] : kind == 1 ? (Object) DOUBLES[rnd.nextInt(DOUBLES.length)]
                    : (Object) rnd.nextBoolean();
            String ps = sc instanceof Boolean bo ? (bo ? "True" : "False") : py(sc);
            String js = sc instanceof Boolean bo ? bo.toString() : java(sc);
            boolean first = form == 5;
            return step("where", assign("np.where(" + nc + ", " + (first ? "x, " + ps : ps + ", x") + ")"),
                    "x = where(" + nc + ", " + (first ? "x, " + js : js + ", x") + ");", x -> whereScalar(c, x, sc, first), false, nc);
        }
        if (form == 0) {
            double a = DOUBLES[rnd.nextInt(7)], b = DOUBLES[rnd.nextInt(7)];
            return step("where", assign("np.where(x, " + pyFloat(a) + ", " + pyFloat(b) + ")"),
                    "x = where(x, " + javaDouble(a) + ", " + javaDouble(b) + ");", x -> NumJ.where(x, a, b), false);
        }
        if (form == 1) {
            double a = DOUBLES[rnd.nextInt(7)], b = DOUBLES[rnd.nextInt(7)];
            return step("where", assign("np.where(x > 0, " + pyFloat(a) + ", " + pyFloat(b) + ")"),
                    "x = where(x.gt(0L), " + javaDouble(a) + ", " + javaDouble(b) + ");", x -> NumJ.where(x.gt(0L), a, b), false);
        }
        NDArray y = operand(p, false);
        String ny = p.nameOf(y);
        if (form == 2) {
            return step("where", assign("np.where(x > 0, x, " + ny + ")"), "x = where(x.gt(0L), x, " + ny + ");",
                    x -> NumJ.where(x.gt(0L), x, y), false, ny);
        }
        NDArray c = p.input(DType.BOOL, rnd.nextInt(8) == 0 && FuzzShapes.incompatible(rnd, p.x.shape()) != null
                ? FuzzShapes.incompatible(rnd, p.x.shape()) : FuzzShapes.partner(rnd, p.x.shape()));
        String nc = p.nameOf(c);
        if (form == 3)
            return step("where", assign("np.where(" + nc + ", x, " + ny + ")"), "x = where(" + nc + ", x, " + ny + ");",
                    x -> NumJ.where(c, x, y), false, nc, ny);
        return step("where", assign("np.where(" + nc + ", " + ny + ", x)"), "x = where(" + nc + ", " + ny + ", x);",
                x -> NumJ.where(c, y, x), false, nc, ny);
    }

    static NDArray whereScalar(NDArray c, NDArray x, Object s, boolean xFirst) {
        return switch (s) {
            case Long l -> xFirst ? NumJ.where(c, x, (long) l) : NumJ.where(c, (long) l, x);
            case Double d -> xFirst ? NumJ.where(c, x, (double) d) : NumJ.where(c, (double) d, x);
            case Boolean b -> xFirst ? NumJ.where(c, x, (boolean) b) : NumJ.where(c, (boolean) b, x);
            default -> throw new IllegalArgumentException(String.valueOf(s));
        };
    }

    /** {@code np.matmul} of x with a small matrix, vector or stack, on either side; float dtypes mostly. */
    static Program.Step matmul(Program p) {
        SplittableRandom rnd = p.rnd;
        long[] s = p.x.shape();
        DType dt = rnd.nextInt(6) == 0 ? FuzzArrays.DTYPES[rnd.nextInt(FuzzArrays.DTYPES.length)]
                : rnd.nextBoolean() ? DType.FLOAT32 : DType.FLOAT64;
        boolean left = rnd.nextBoolean();   // x @ b, else b @ x
        long k = s.length == 0 ? 1 + rnd.nextInt(3) : left ? s[s.length - 1] : s.length == 1 ? s[0] : s[s.length - 2];
        if (rnd.nextInt(10) == 0) k = k == 2 ? 3 : 2;   // core dimensions that do not match
        long m = 1 + rnd.nextInt(4);
        long[] b;
        if (rnd.nextInt(3) == 0) {
            b = new long[] {k};
        } else {
            long[] batch = s.length > 2 ? FuzzShapes.partner(rnd, java.util.Arrays.copyOf(s, s.length - 2))
                    : rnd.nextInt(4) == 0 ? new long[] {1 + rnd.nextInt(3)} : new long[0];
            b = java.util.Arrays.copyOf(batch, batch.length + 2);
            if (left) { b[batch.length] = k; b[batch.length + 1] = m; }
            else { b[batch.length] = m; b[batch.length + 1] = k; }
        }
        NDArray bb = p.input(dt, FuzzShapes.capped(b));
        String n = p.nameOf(bb);
        boolean inexact = dt.isFloating() || p.x.dtype().isFloating();
        String a = left ? "x" : n, c = left ? n : "x";
        String bound = "np.matmul(np.abs(" + a + ").astype(np.float64), np.abs(" + c + ").astype(np.float64)) * max(np.shape(" + a + ")[-1], 1)";
        if (left) return step("matmul", assign("np.matmul(x, " + n + ")"), "x = x.matmul(" + n + ");", x -> x.matmul(bb), inexact, n)
                .withBound(bound, false);
        return step("matmul", assign("np.matmul(" + n + ", x)"), "x = matmul(" + n + ", x);", x -> NumJ.matmul(bb, x), inexact, n)
                .withBound(bound, false);
    }
}
