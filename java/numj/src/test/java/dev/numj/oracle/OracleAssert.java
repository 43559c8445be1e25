package dev.numj.oracle;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.function.Executable;

/** Assertions comparing Java results with the NumPy oracle's. */
public final class OracleAssert {

    private OracleAssert() {
    }

    /** Default relative tolerance by dtype: 1e-12 for float64/complex128, 1e-5 for float32/complex64, 1e-3 for float16, 0 otherwise. */
    public static double defaultRtol(String dtype) {
        return switch (dtype) {
            case "float64", "complex128" -> 1e-12;
            case "float32", "complex64" -> 1e-5;
            case "float16" -> 1e-3;
            default -> 0.0;
        };
    }

    /**
     * Same dtype name, same shape, equal values: exact for bool and integers; for floats (and each part of
     * a complex) both NaN, or equal (same infinity), or {@code |a - e| <= atol + rtol * |e|} with {@code e}
     * the expected value and the dtype's {@link #defaultRtol} and atol 0.
     */
    public static void assertArrayMatches(OracleArray expected, OracleArray actual) {
        assertArrayMatches(expected, actual, null);
    }

    public static void assertArrayMatches(OracleArray expected, OracleArray actual, String message) {
        if (expected == null) {
            fail(prefix(message) + "expected array is null");
        }
        double rtol = defaultRtol(expected.dtype());
        assertArrayMatches(expected, actual, rtol, 0.0, message);
    }

    /** As {@link #assertArrayMatches(OracleArray, OracleArray)} with explicit float tolerances (ignored for bool/integers). */
    public static void assertArrayMatches(OracleArray expected, OracleArray actual, double rtol, double atol) {
        assertArrayMatches(expected, actual, rtol, atol, null);
    }

    public static void assertArrayMatches(OracleArray expected, OracleArray actual, double rtol, double atol,
            String message) {
        String p = prefix(message);
        if (!(rtol >= 0) || !(atol >= 0)) {
            throw new IllegalArgumentException("rtol and atol must be >= 0, got " + rtol + ", " + atol);
        }
        if (expected == null) {
            fail(p + "expected array is null");
        }
        if (actual == null) {
            fail(p + "expected " + expected + " but the actual array is null");
        }
        if (!expected.dtype().equals(actual.dtype())) {
            fail(p + "dtype mismatch: expected " + expected.dtype() + " but was " + actual.dtype()
                    + " (shapes: expected " + OracleArray.formatShape(expected.shape()) + ", actual "
                    + OracleArray.formatShape(actual.shape()) + ")\nexpected: " + expected + "\nactual:   " + actual);
        }
        long[] es = expected.shape();
        long[] as = actual.shape();
        if (!java.util.Arrays.equals(es, as)) {
            fail(p + "shape mismatch: expected " + OracleArray.formatShape(es) + " but was " + OracleArray.formatShape(as)
                    + " (dtype " + expected.dtype() + ")\nexpected: " + expected + "\nactual:   " + actual);
        }
        long n = expected.size();
        char kind = expected.kind();
        long mismatches = 0;
        long first = -1;
        double maxDiff = 0;
        for (long i = 0; i < n; i++) {
            boolean ok;
            if (kind == 'b' || kind == 'i' || kind == 'u') {
                ok = expected.getLong(i) == actual.getLong(i);
            } else if (kind == 'f') {
                double e = expected.getDouble(i);
                double a = actual.getDouble(i);
                ok = close(e, a, rtol, atol);
                maxDiff = maxDiff(maxDiff, e, a);
            } else {
                double er = expected.getReal(i);
                double ar = actual.getReal(i);
                double ei = expected.getImag(i);
                double ai = actual.getImag(i);
                ok = close(er, ar, rtol, atol) && close(ei, ai, rtol, atol);
                maxDiff = maxDiff(maxDiff(maxDiff, er, ar), ei, ai);
            }
            if (!ok) {
                if (first < 0) {
                    first = i;
                }
                mismatches++;
            }
        }
        if (mismatches > 0) {
            StringBuilder sb = new StringBuilder(p).append("arrays differ (dtype ").append(expected.dtype())
                    .append(", shape ").append(OracleArray.formatShape(es)).append("): ").append(mismatches)
                    .append(" of ").append(n).append(" element(s) mismatch");
            if (kind == 'f' || kind == 'c') {
                sb.append(" (rtol=").append(rtol).append(", atol=").append(atol).append(')');
            }
            sb.append("; first at flat index ").append(first).append(" (index ").append(expected.formatIndex(first))
                    .append("): expected ").append(expected.formatElement(first)).append(" but was ")
                    .append(actual.formatElement(first));
            if (kind == 'f' || kind == 'c') {
                sb.append("; max |diff| over finite pairs = ").append(maxDiff);
            }
            sb.append("\nexpected: ").append(expected).append("\nactual:   ").append(actual);
            fail(sb.toString());
        }
    }

    /** {@code assertArrayMatches(expected.value(), actual)}: fails with NumPy's error if NumPy raised. */
    public static void assertMatches(OracleResult expected, OracleArray actual) {
        assertArrayMatches(expected.value(), actual, null);
    }

    public static void assertMatches(OracleResult expected, OracleArray actual, double rtol, double atol) {
        assertArrayMatches(expected.value(), actual, rtol, atol, null);
    }

    private static boolean close(double e, double a, double rtol, double atol) {
        if (Double.isNaN(e) || Double.isNaN(a)) {
            return Double.isNaN(e) && Double.isNaN(a);
        }
        if (e == a) {
            return true;
        }
        if (Double.isInfinite(e) || Double.isInfinite(a)) {
            return false;
        }
        return Math.abs(a - e) <= atol + rtol * Math.abs(e);
    }

    private static double maxDiff(double max, double e, double a) {
        double d = Math.abs(a - e);
        return Double.isFinite(d) ? Math.max(max, d) : max;
    }

    // ------------------------------------------------------------------ errors

    /**
     * The oracle result must be an error and the Java exception's message must contain NumPy's message
     * ({@code str(e)}).
     */
    public static void assertErrorMatches(OracleResult expected, Throwable actual) {
        checkError(expected, actual, null);
    }

    /**
     * The oracle result must be an error whose message contains {@code fragment}, and the Java exception's
     * message must contain {@code fragment} too (use it where NumJ words the rest differently).
     */
    public static void assertErrorMatches(OracleResult expected, Throwable actual, String fragment) {
        checkError(expected, actual, java.util.Objects.requireNonNull(fragment, "fragment"));
    }

    /** Runs {@code javaCode}, which must throw an exception matching NumPy's error; returns it. */
    public static Throwable assertErrorMatches(OracleResult expected, Executable javaCode) {
        Throwable t = capture(javaCode);
        checkError(expected, t, null);
        return t;
    }

    /** Runs {@code javaCode}, which must throw with {@code fragment} in its message, as NumPy's error has; returns it. */
    public static Throwable assertErrorMatches(OracleResult expected, Executable javaCode, String fragment) {
        Throwable t = capture(javaCode);
        checkError(expected, t, java.util.Objects.requireNonNull(fragment, "fragment"));
        return t;
    }

    private static Throwable capture(Executable code) {
        try {
            code.execute();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    private static void checkError(OracleResult expected, Throwable actual, String fragment) {
        if (expected == null) {
            fail("oracle result is null");
        }
        if (!expected.isError()) {
            String msg = "NumPy did not raise: it returned " + expected + "\nbut Java threw "
                    + (actual == null ? "nothing" : actual.toString());
            if (actual != null) {
                fail(msg, actual);
            }
            fail(msg);
        }
        String numpy = expected.errorType() + ": " + expected.errorMessage();
        if (fragment != null && !expected.errorMessage().contains(fragment)) {
            fail("test bug: the fragment '" + fragment + "' is not in NumPy's message\n  NumPy: " + numpy);
        }
        if (actual == null) {
            fail("NumPy raised " + numpy + "\nbut Java threw nothing" + codeOf(expected));
        }
        String wanted = fragment != null ? fragment : expected.errorMessage();
        String javaMessage = actual.getMessage();
        if (javaMessage == null || !javaMessage.contains(wanted)) {
            fail("Java's exception message does not contain " + (fragment != null ? "the fragment '" + fragment + "'"
                    : "NumPy's message") + "\n  NumPy: " + numpy + "\n  Java:  " + actual.getClass().getName() + ": "
                    + javaMessage + codeOf(expected), actual);
        }
    }

    private static String codeOf(OracleResult r) {
        return r.code() == null ? "" : "\n  (NumPy code: " + r.code() + ")";
    }

    private static String prefix(String message) {
        return message == null || message.isEmpty() ? "" : message + " ==> ";
    }
}
