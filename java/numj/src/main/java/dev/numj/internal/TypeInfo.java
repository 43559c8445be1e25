package dev.numj.internal;

import dev.numj.DType;
import dev.numj.FInfo;
import dev.numj.IInfo;
import dev.numj.NDArray;
import dev.numj.NumJTypeException;
import dev.numj.internal.format.ArrayPrinter;
import dev.numj.internal.format.PrintableArray;

import java.util.List;

/**
 * NumPy's dtype introspection: {@code finfo}, {@code iinfo}, {@code can_cast} with its casting kinds,
 * {@code result_type} of any mix of arrays, dtypes and weak Java scalars (NEP 50), and the Array API's
 * {@code isdtype}; NumPy's errors and messages.
 */
public final class TypeInfo {
    private TypeInfo() {}

    public static FInfo finfo(DType dt) {
        return switch (dt) {
            case FLOAT32 -> new FInfo(32, 0x1p-23, 0x1p-24, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_NORMAL, Float.MIN_NORMAL, Float.MIN_VALUE,
                    (float) 1e-6, 6, 8, 128, -126, -24, 8, 23, -23, dt);
            case FLOAT64 -> new FInfo(64, 0x1p-52, 0x1p-53, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, Double.MIN_NORMAL, Double.MIN_VALUE,
                    1e-15, 15, 11, 1024, -1022, -53, 11, 52, -52, dt);
            default -> throw new IllegalArgumentException("data type <class 'numpy." + dt + "'> not inexact");
        };
    }

    public static IInfo iinfo(DType dt) {
        return switch (dt) {
            case INT32 -> new IInfo(32, Integer.MIN_VALUE, Integer.MAX_VALUE, "i", dt);
            case INT64 -> new IInfo(64, Long.MIN_VALUE, Long.MAX_VALUE, "i", dt);
            default -> throw new IllegalArgumentException("Invalid integer data type '" + (dt.isBool() ? "b" : "f") + "'.");
        };
    }

    static final List<String> CASTINGS = List.of("no", "equiv", "safe", "same_kind", "unsafe");

    /** NumPy 2's {@code np.can_cast(from, to, casting)} between dtypes. */
    public static boolean canCast(DType from, DType to, String casting) {
        java.util.Objects.requireNonNull(from, "from");
        java.util.Objects.requireNonNull(to, "to");
        if (casting == null || !CASTINGS.contains(casting))
            throw new IllegalArgumentException("casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '" + casting + "')");
        boolean safe = from == to || from.isBool() || from == DType.INT32 && (to == DType.INT64 || to == DType.FLOAT64)
                || from == DType.INT64 && to == DType.FLOAT64 || from == DType.FLOAT32 && to == DType.FLOAT64;
        return switch (casting) {
            case "no", "equiv" -> from == to;
            case "safe" -> safe;
            case "same_kind" -> safe || from.isInteger() && !to.isBool() || from.isFloating() && to.isFloating();
            default -> true;
        };
    }

    /**
     * NumPy 2's {@code np.result_type(*args)}: arrays, dtypes and dtype names are strong, Java numbers and booleans
     * weak like Python scalars (NEP 50: an int beside an integer array keeps its dtype, a float beside float32 gives
     * float32, and only Python scalars give int64, float64 or bool).
     */
    public static DType resultType(Object... args) {
        if (args == null || args.length == 0) throw new IllegalArgumentException("at least one array or dtype is required");
        DType strong = null;
        boolean weakFloat = false, weakInt = false, weakBool = false;
        for (Object a : args) {
            DType d = switch (a) {
                case NDArray x -> x.dtype();
                case DType x -> x;
                case String s -> DType.of(s);
                case Double x -> null;
                case Float x -> null;
                case Long x -> null;
                case Integer x -> null;
                case Short x -> null;
                case Byte x -> null;
                case Boolean x -> null;
                case null -> throw new IllegalArgumentException("result_type: an argument is null");
                default -> throw new NumJTypeException("Cannot interpret '" + a + "' (a " + a.getClass().getName() + ") as a data type");
            };
            if (d != null) strong = strong == null ? d : DType.promote(strong, d);
            else if (a instanceof Double || a instanceof Float) weakFloat = true;
            else if (a instanceof Boolean) weakBool = true;
            else weakInt = true;
        }
        if (strong == null) return weakFloat ? DType.FLOAT64 : weakInt ? DType.INT64 : DType.BOOL;
        if (weakFloat && !strong.isFloating()) return DType.FLOAT64;
        if (weakInt && strong.isBool()) return DType.INT64;
        return strong;
    }

    /** The Array API's {@code isdtype(dtype, kind)}: kind a dtype, a kind name, or an array or list of them (any matches). */
    public static boolean isdtype(DType dt, Object kind) {
        java.util.Objects.requireNonNull(dt, "dtype");
        return switch (kind) {
            case DType k -> dt == k;
            case String s -> switch (s) {
                case "bool" -> dt.isBool();
                case "signed integer", "integral" -> dt.isInteger();
                case "unsigned integer", "complex floating" -> false;
                case "real floating" -> dt.isFloating();
                case "numeric" -> !dt.isBool();
                default -> throw new IllegalArgumentException("kind argument is a string, but '" + s + "' is not a known kind name.");
            };
            case Object[] kinds -> {
                boolean any = false;
                for (Object k : kinds) {
                    if (k instanceof Object[] || k instanceof java.util.Collection<?>)
                        throw new NumJTypeException("kind argument must be comprised of NumPy dtypes or strings only, but is a "
                                + k.getClass().getName() + ".");
                    any |= isdtype(dt, k);
                }
                yield any;
            }
            case java.util.Collection<?> kinds -> isdtype(dt, kinds.toArray());
            case null -> throw new NumJTypeException("kind argument must be comprised of NumPy dtypes or strings only, but is a null.");
            default -> throw new NumJTypeException("kind argument must be comprised of NumPy dtypes or strings only, but is a "
                    + kind.getClass().getName() + ".");
        };
    }

    /** NumPy's {@code str()} of a scalar of dtype {@code dt} holding {@code v} ({@code 1e-06}, {@code 3.4028235e+38}). */
    public static String scalarStr(DType dt, double v) {
        return ArrayPrinter.str(new PrintableArray() {
            public String dtypeName() { return dt.toString(); }
            public long[] shape() { return new long[0]; }
            public double getDouble(long i) { return v; }
            public long getLong(long i) { return (long) v; }
            public boolean getBoolean(long i) { return v != 0; }
        });
    }
}
