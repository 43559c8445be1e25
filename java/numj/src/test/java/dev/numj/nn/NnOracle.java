package dev.numj.nn;

import dev.numj.NDArray;
import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleArray;
import dev.numj.oracle.OracleAssert;
import dev.numj.oracle.OracleResult;

import java.util.Random;

import static dev.numj.NumJ.array;
import static org.junit.jupiter.api.Assertions.fail;

/** The NumPy oracle for dev.numj.nn's tests, through NDArray's public API only. */
final class NnOracle {
    private NnOracle() {}

    static NumPyOracle np() { return NumPyOracle.shared(); }

    static OracleArray toOracle(NDArray a) {
        a = dev.numj.TestDevice.toHost(a);
        long[] s = a.shape();
        return switch (a.dtype()) {
            case FLOAT64 -> OracleArray.of(a.toDoubleArray(), s);
            case FLOAT32 -> OracleArray.of(a.toFloatArray(), s);
            case INT64 -> OracleArray.of(a.toLongArray(), s);
            case INT32 -> OracleArray.of(a.toIntArray(), s);
            case BOOL -> OracleArray.of(a.toBooleanArray(), s);
        };
    }

    /** NumPy's array equals NumJ's: dtype, shape, values within rtol/atol. */
    static void assertMatches(OracleResult expected, NDArray actual, String what, double rtol, double atol) {
        if (expected.isError()) fail(what + ": NumPy raised " + expected.errorType() + ": " + expected.errorMessage());
        OracleAssert.assertArrayMatches(expected.value(), toOracle(actual), rtol, atol, what);
    }

    /** Element i of a tuple NumPy returned equals NumJ's array exactly. */
    static void assertPart(OracleResult r, int i, NDArray actual) {
        if (r.isError()) fail("NumPy raised " + r.errorType() + ": " + r.errorMessage());
        OracleAssert.assertArrayMatches(r.values().get(i), toOracle(actual), 0, 0, "part " + i);
    }

    /** NumPy's scalar result equals NumJ's double within rtol (both NaN, or the same infinity, also match). */
    static void assertScalar(OracleResult expected, double actual, String what, double rtol) {
        if (expected.isError()) fail(what + ": NumPy raised " + expected.errorType() + ": " + expected.errorMessage());
        if (expected.value().size() != 1) fail(what + ": NumPy returned shape " + java.util.Arrays.toString(expected.value().shape()));
        double e = expected.value().getDouble(0);
        boolean ok = Double.isNaN(e) ? Double.isNaN(actual) : e == actual || Math.abs(actual - e) <= rtol * Math.abs(e);
        if (!ok) fail(what + ": NumPy " + e + ", NumJ " + actual);
    }

    /** NumPy raised; NumJ must throw {@code type} (NumJ's mapping of NumPy's error class) with NumPy's message. */
    static void assertSameError(OracleResult expected, Class<? extends Throwable> type,
                                org.junit.jupiter.api.function.Executable numj, String what) {
        if (!expected.isError()) fail(what + ": NumPy succeeded");
        Throwable t;
        try {
            t = OracleAssert.assertErrorMatches(expected, numj);
        } catch (AssertionError e) {
            throw new AssertionError(what + ": " + e.getMessage(), e);
        }
        if (!type.isInstance(t)) fail(what + ": NumPy raised " + expected.errorType() + ", NumJ threw " + t, t);
    }

    /** Normal float64 test data of the given shape, scaled. */
    static NDArray normal(Random rnd, double scale, long... shape) {
        int n = 1;
        for (long d : shape) n *= (int) d;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = rnd.nextGaussian() * scale;
        return array(v).reshape(shape);
    }
}
