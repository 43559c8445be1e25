package dev.numj;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleArray;
import dev.numj.oracle.OracleAssert;
import dev.numj.oracle.OracleResult;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Moves NDArrays to and from the NumPy oracle and compares results (shape, dtype, values, errors). */
final class OracleSupport {
    private OracleSupport() {}

    static NumPyOracle np() { return NumPyOracle.shared(); }

    static OracleArray toOracle(NDArray a) {
        NDArray c = TestDevice.toHost(a).copy();
        byte[] bytes = storageOf(c).segment().asSlice(offsetOf(c), c.nbytes()).toArray(ValueLayout.JAVA_BYTE);
        return new OracleArray(a.dtype().toString(), a.shape(), bytes);
    }

    static NDArray fromOracle(OracleArray o) {
        NDArray a = NDArray.allocate(DType.of(o.dtype()), o.shape());
        MemorySegment.copy(MemorySegment.ofArray(o.data()), 0, storageOf(a).segment(), 0, o.data().length);
        return TestDevice.onTestDevice(a);
    }

    /** NumPy's result must equal NumJ's: same dtype, shape, values (float tolerance per dtype). */
    static void assertMatches(OracleResult expected, NDArray actual, String what) {
        if (expected.isError()) fail(what + ": NumPy raised " + expected.errorType() + ": " + expected.errorMessage()
                + " but NumJ returned " + actual.dtype() + java.util.Arrays.toString(actual.shape()));
        try {
            OracleAssert.assertArrayMatches(expected.value(), toOracle(actual));
        } catch (AssertionError e) {
            throw new AssertionError(what + ": " + e.getMessage(), e);
        }
    }

    static void assertMatches(OracleResult expected, NDArray actual, String what, double rtol, double atol) {
        if (expected.isError()) fail(what + ": NumPy raised " + expected.errorType() + ": " + expected.errorMessage());
        try {
            OracleAssert.assertArrayMatches(expected.value(), toOracle(actual), rtol, atol);
        } catch (AssertionError e) {
            throw new AssertionError(what + ": " + e.getMessage(), e);
        }
    }

    /** NumPy raised; NumJ must throw too, with NumPy's message. */
    static void assertSameError(OracleResult expected, Runnable numj, String what) {
        if (!expected.isError()) fail(what + ": NumPy succeeded but the test expected an error");
        try {
            numj.run();
        } catch (RuntimeException e) {
            try {
                OracleAssert.assertErrorMatches(expected, e);
            } catch (AssertionError ae) {
                throw new AssertionError(what + ": " + ae.getMessage(), ae);
            }
            return;
        }
        fail(what + ": NumPy raised " + expected.errorType() + ": " + expected.errorMessage() + " but NumJ did not throw");
    }

    /** Random test data: small integers (so integer ops stay exact), normal floats, random bools. */
    static NDArray random(Random rnd, DType dt, long... shape) {
        NDArray a = NDArray.allocate(dt, shape);
        for (long i = 0; i < a.size(); i++) {
            long off = a.flatOffset(i);
            switch (dt) {
                case BOOL -> a.writeLong(off, rnd.nextBoolean() ? 1 : 0);
                case INT32, INT64 -> a.writeLong(off, rnd.nextInt(11) - 5);
                default -> a.writeDouble(off, Math.round(rnd.nextGaussian() * 400) / 100.0);
            }
        }
        return TestDevice.onTestDevice(a);
    }

    static void assertShape(NDArray a, long... shape) {
        assertEquals(java.util.Arrays.toString(shape), java.util.Arrays.toString(a.shape()));
    }
}
