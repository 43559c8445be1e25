package dev.numj;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Calls NumJ's public ufunc API by name through reflection, so that a table of op names drives
 * every form ({@code a.add(b)}, {@code a.add(2L)}, {@code NumJ.add(2.5, a)}, ...) and a missing
 * overload fails the test instead of silently going untested. A Java argument's class picks the
 * parameter type as javac would: Integer/Long → {@code long}, Float/Double → {@code double},
 * Boolean → {@code boolean}.
 */
final class UfuncCalls {
    private UfuncCalls() {}

    /** NumPy's function name for each NumJ binary-op name. */
    static final Map<String, String> BINARY = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>() {{
        put("add", "np.add"); put("sub", "np.subtract"); put("mul", "np.multiply"); put("div", "np.true_divide");
        put("floorDiv", "np.floor_divide"); put("mod", "np.remainder"); put("pow", "np.power");
        put("maximum", "np.maximum"); put("minimum", "np.minimum");
        put("gt", "np.greater"); put("lt", "np.less"); put("ge", "np.greater_equal"); put("le", "np.less_equal");
        put("eq", "np.equal"); put("ne", "np.not_equal");
        put("and", "np.logical_and"); put("or", "np.logical_or"); put("xor", "np.logical_xor");
        put("logicalAnd", "np.logical_and"); put("logicalOr", "np.logical_or"); put("logicalXor", "np.logical_xor");
        put("bitwiseAnd", "np.bitwise_and"); put("bitwiseOr", "np.bitwise_or"); put("bitwiseXor", "np.bitwise_xor");
    }});

    /** The arithmetic ops (which also have scalar-first NumJ functions and, but for sub, in-place forms). */
    static final java.util.List<String> ARITH = java.util.List.of("add", "sub", "mul", "div", "floorDiv", "mod", "pow", "maximum", "minimum");
    static final java.util.List<String> COMPARE = java.util.List.of("gt", "lt", "ge", "le", "eq", "ne");

    static boolean isBitwise(String op) { return op.startsWith("bitwise"); }

    /** NDArray's scalar-first method for a non-commutative op ({@code rsub}, ...), or null. */
    static String reverse(String op) {
        return switch (op) {
            case "sub" -> "rsub";
            case "div" -> "rdiv";
            case "floorDiv" -> "rfloorDiv";
            case "mod" -> "rmod";
            case "pow" -> "rpow";
            default -> null;
        };
    }

    static Class<?> type(Object arg) {
        return switch (arg) {
            case NDArray a -> NDArray.class;
            case Integer i -> long.class;
            case Long l -> long.class;
            case Float f -> double.class;
            case Double d -> double.class;
            case Boolean b -> boolean.class;
            default -> throw new IllegalArgumentException("not a NumJ operand: " + arg);
        };
    }

    private static Object value(Object arg) {
        return switch (arg) {
            case Integer i -> i.longValue();
            case Float f -> f.doubleValue();
            default -> arg;
        };
    }

    /** {@code a.name(args...)}. */
    static NDArray method(NDArray a, String name, Object... args) { return (NDArray) call(NDArray.class, a, name, args); }

    /** {@code NumJ.name(args...)}. */
    static Object function(String name, Object... args) { return call(NumJ.class, null, name, args); }

    private static Object call(Class<?> owner, Object target, String name, Object[] args) {
        Class<?>[] types = new Class<?>[args.length];
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            types[i] = type(args[i]);
            values[i] = value(args[i]);
        }
        Method m;
        try {
            m = owner.getMethod(name, types);
        } catch (NoSuchMethodException e) {
            throw new AssertionError("NumJ lacks " + owner.getSimpleName() + "." + name + java.util.Arrays.toString(types), e);
        }
        try {
            return m.invoke(target, values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * NumPy's in-place statement for NumJ's {@code op + "i"} on array {@code b} with operand {@code o}:
     * the operator ({@code b += o}) or {@code out=b}. Not {@code b **= o} for pow: NumPy's {@code **} takes
     * a fast path through {@code np.square} for an exponent of 2 ({@code bool ** 2} is int8 there).
     */
    static String inPlacePython(String op) {
        return switch (op) {
            case "add" -> "b += o";
            case "sub" -> "b -= o";
            case "mul" -> "b *= o";
            case "div" -> "b /= o";
            case "floorDiv" -> "b //= o";
            case "mod" -> "b %= o";
            default -> BINARY.get(op) + "(b, o, out=b)";
        };
    }

    /** A Java scalar as Python source ({@code 3}, {@code 2.5}, {@code True}); floats through their exact double. */
    static String py(Object s) {
        return switch (s) {
            case Boolean b -> b ? "True" : "False";
            case Float f -> py(f.doubleValue());
            case Double d -> Double.isNaN(d) ? "np.nan" : Double.isInfinite(d) ? (d > 0 ? "np.inf" : "-np.inf") : Double.toString(d);
            default -> s.toString();
        };
    }

    /** Python preamble: {@code chk(r)} turns NumPy's int8 results (bool // bool ...; NumJ has no int8) into the TypeError NumJ raises. */
    static final String CHK = "def chk(r):\n"
            + "    if getattr(r, 'dtype', None) == np.int8: raise TypeError('gives int8 in NumPy, which NumJ does not have')\n"
            + "    return r\n";
}
