package dev.numj.fuzz;

import dev.numj.AxisException;
import dev.numj.NumJTypeException;
import dev.numj.oracle.OracleArray;
import dev.numj.oracle.OracleResult;

/**
 * Compares NumPy's outcome of a program (or of one step) with NumJ's: the same dtype and shape, the same
 * values (exactly for bool and integers; floats within the tolerance below), or, where NumPy raised, an
 * exception of the mapped Java type whose message contains NumPy's message.
 *
 * <p>Tolerance: {@code |numj - numpy| <= RTOL * |numpy| + ATOL} with RTOL = 1e-5 for float32 and 1e-10 for
 * float64 (NaN only equals NaN, infinities only themselves, zeros only a zero of the same sign), ATOL = RTOL. Elementwise arithmetic is exact
 * IEEE on both sides, so only sums, means, variances, products, matmul and libm functions differ at all,
 * by a few ulps; 1e-5 is ~80 float32 ulps and 1e-10 ~450,000 float64 ulps, room for a chain of four steps
 * to compound those. A chain can also turn a last-bit difference into a large one (cancellation, a
 * comparison, floor, an argsort of near ties); those are not hidden by a looser tolerance but re-checked
 * step by step (see {@link Deviations.Kind#ROUNDING_AMPLIFIED_BY_THE_CHAIN}), where a sum, mean, variance or
 * matmul re-run alone may also differ by twice the forward error bound of a sum ({@link Program.ErrorBound}).
 */
final class Comparison {
    private Comparison() {}

    static final double RTOL32 = 1e-5, RTOL64 = 1e-10;

    /** What the comparison found: null problem means agreement (possibly through an accepted deviation). */
    record Verdict(String problem, Deviations.Kind accepted, boolean numpyRaised) {
        boolean ok() { return problem == null; }
    }

    static Verdict check(OracleResult np, Throwable thrown, OracleArray value) {
        return check(np, thrown, value, true);
    }

    /** As above; {@code zeroSigns} false lets -0.0 equal 0.0 (see {@link Deviations.Kind#UNIQUE_SIGN_OF_ZERO}). */
    static Verdict check(OracleResult np, Throwable thrown, OracleArray value, boolean zeroSigns) {
        return check(np, thrown, value, zeroSigns, false);
    }

    /** As above; {@code anyNonFinite} lets NaN, +inf and -inf equal one another (see {@link Deviations.Kind#EINSUM_INFINITY_GROUPING}). */
    static Verdict check(OracleResult np, Throwable thrown, OracleArray value, boolean zeroSigns, boolean anyNonFinite) {
        if (np.isError()) {
            if (np.errorType().equals("NumJDeviation")) {
                String dt = np.errorMessage().contains("int8") ? "int8" : "float16";
                if (thrown instanceof NumJTypeException && thrown.getMessage() != null && thrown.getMessage().contains(dt))
                    return new Verdict(null, Deviations.Kind.INT8_OR_FLOAT16_RESULT, true);
                return new Verdict("NumPy's result is " + dt + ", which NumJ lacks: NumJ must throw a NumJTypeException naming "
                        + dt + ", but " + (thrown == null ? "returned " + value : "threw " + describe(thrown)), null, true);
            }
            String numpy = np.errorType() + ": " + np.errorMessage();
            if (thrown == null) return new Verdict("NumPy raised " + numpy + " but NumJ returned " + value, null, true);
            Class<?> want = javaType(np);
            if (want == null) return new Verdict("NumPy raised " + numpy + " (no Java mapping); NumJ threw " + describe(thrown), null, true);
            boolean typeOk = want.isInstance(thrown) && (want != IllegalArgumentException.class
                    || !(thrown instanceof AxisException) && !(thrown instanceof NumJTypeException));
            if (!typeOk) return new Verdict("NumPy raised " + numpy + ", NumJ threw " + describe(thrown) + " (expected "
                    + want.getSimpleName() + ")", null, true);
            if (thrown.getMessage() == null || !thrown.getMessage().contains(np.errorMessage()))
                return new Verdict("NumJ's message does not contain NumPy's\n    NumPy: " + numpy + "\n    NumJ:  " + describe(thrown), null, true);
            return new Verdict(null, null, true);
        }
        if (thrown != null) return new Verdict("NumPy returned " + describe(np) + " but NumJ threw " + describe(thrown), null, false);
        OracleArray expected, bound = null;
        if (np.isTuple() && np.values().size() == 2) {   // a step re-run alone: (result, error bound per element)
            expected = np.values().get(0);
            bound = np.values().get(1);
        } else if (np.kind() == OracleResult.Kind.VALUE) {
            expected = np.value();
        } else {
            return new Verdict("NumPy gave " + np + ", not an array", null, false);
        }
        String d = differs(expected, value, zeroSigns, bound, anyNonFinite);
        return new Verdict(d, null, false);
    }

    /** NumPy's exception types as NumJ's: AxisError, IndexError, TypeError, ValueError (and OverflowError), ZeroDivisionError. */
    static Class<?> javaType(OracleResult r) {
        if (r.isErrorOf("AxisError")) return AxisException.class;
        if (r.isErrorOf("IndexError")) return IndexOutOfBoundsException.class;
        if (r.isErrorOf("TypeError")) return NumJTypeException.class;
        if (r.isErrorOf("ValueError") || r.isErrorOf("OverflowError")) return IllegalArgumentException.class;
        if (r.isErrorOf("ZeroDivisionError")) return ArithmeticException.class;
        return null;
    }

    /** Null when equal within tolerance, else what differs. */
    static String differs(OracleArray e, OracleArray a, boolean zeroSigns, OracleArray bound) {
        return differs(e, a, zeroSigns, bound, false);
    }

    static String differs(OracleArray e, OracleArray a, boolean zeroSigns, OracleArray bound, boolean anyNonFinite) {
        if (!e.dtype().equals(a.dtype())) return "dtype: NumPy " + e.dtype() + ", NumJ " + a.dtype() + "\n    NumPy: " + e + "\n    NumJ:  " + a;
        if (!java.util.Arrays.equals(e.shape(), a.shape()))
            return "shape: NumPy " + OracleArray.formatShape(e.shape()) + ", NumJ " + OracleArray.formatShape(a.shape())
                    + "\n    NumPy: " + e + "\n    NumJ:  " + a;
        char kind = e.kind();
        double rtol = e.dtype().equals("float32") ? RTOL32 : RTOL64;
        for (long i = 0; i < e.size(); i++) {
            double extra = bound != null && bound.size() == e.size() && Double.isFinite(bound.getDouble(i)) ? 2 * bound.getDouble(i) : 0;
            boolean ok = kind == 'f' ? close(e.getDouble(i), a.getDouble(i), rtol, extra, zeroSigns)
                    || anyNonFinite && !Double.isFinite(e.getDouble(i)) && !Double.isFinite(a.getDouble(i)) : e.getLong(i) == a.getLong(i);
            if (!ok) return "values differ first at flat index " + i + " (NumPy " + e.formatElement(i) + ", NumJ "
                    + a.formatElement(i) + ")\n    NumPy: " + e + "\n    NumJ:  " + a;
        }
        return null;
    }

    static boolean close(double e, double a, double rtol, double atol, boolean zeroSigns) {
        if (Double.isNaN(e) || Double.isNaN(a)) return Double.isNaN(e) && Double.isNaN(a);
        if (e == 0 && a == 0) return !zeroSigns || Double.doubleToRawLongBits(e) == Double.doubleToRawLongBits(a);   // 1/x tells -0.0 from 0.0
        if (e == a) return true;
        if (Double.isInfinite(e) || Double.isInfinite(a)) return false;
        return Math.abs(a - e) <= rtol * Math.abs(e) + rtol + atol;
    }

    static String describe(Throwable t) {
        return t.getClass().getName() + ": " + t.getMessage();
    }

    static String describe(OracleResult r) {
        if (r.isError()) return r.errorType() + ": " + r.errorMessage();
        return r.kind() == OracleResult.Kind.VALUE ? r.value().toString() : r.toString();
    }
}
