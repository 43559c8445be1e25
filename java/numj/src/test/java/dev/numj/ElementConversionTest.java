package dev.numj;

import org.junit.jupiter.api.Test;

import static dev.numj.NumJ.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Java scalars stored into single elements convert as NumPy's setitem converts Python scalars: an
 * int32 refuses what does not fit, an integer refuses NaN and infinities, a float is truncated toward
 * zero. The expected messages are NumPy 2.4.6's, checked with python3:
 * {@code b = np.zeros(3, np.int32); b[0] = 3_000_000_000} gives "Python integer 3000000000 out of bounds
 * for int32", {@code b[0] = 3e9} the same, {@code b[0] = 1e30} "Python int too large to convert to C long",
 * {@code a[0] = np.nan} (int64) "cannot convert float NaN to integer", {@code a[0] = np.inf} "cannot convert
 * float infinity to integer"; {@code c = np.zeros(2, bool); c[0] = np.nan} stores True.
 * Before, these wrapped or saturated silently (-1294967296, 2147483647, 0).
 */
class ElementConversionTest {
    static void fails(String message, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }

    @Test
    void setLongOutOfInt32RangeFailsAsNumPy() {
        NDArray b = zeros(DType.INT32, 3);
        fails("Python integer 3000000000 out of bounds for int32", () -> b.setLong(3_000_000_000L, 0));
        fails("Python integer -2147483649 out of bounds for int32", () -> b.setLong(-2_147_483_649L, 1));
        b.setLong(Integer.MAX_VALUE, 2);
        assertArrayEquals(new int[] {0, 0, Integer.MAX_VALUE}, b.toIntArray(), "failed stores leave the array as it was");
    }

    @Test
    void setDoubleIntoIntegersFailsForNaNInfinitiesAndOverflowAsNumPy() {
        NDArray a = zeros(DType.INT64, 3), b = zeros(DType.INT32, 3);
        fails("cannot convert float NaN to integer", () -> a.setDouble(Double.NaN, 0));
        fails("cannot convert float infinity to integer", () -> a.setDouble(Double.POSITIVE_INFINITY, 0));
        fails("cannot convert float infinity to integer", () -> b.setDouble(Double.NEGATIVE_INFINITY, 0));
        fails("Python int too large to convert to C long", () -> a.setDouble(1e30, 0));
        fails("Python int too large to convert to C long", () -> b.setDouble(1e30, 0));
        fails("Python integer 3000000000 out of bounds for int32", () -> b.setDouble(3e9, 0));
        fails("Python integer 2147483648 out of bounds for int32", () -> b.setDouble(0x1p31, 0));
        a.setDouble(-2.7, 0);
        b.setDouble(2.147483647e9, 1);
        assertEquals(-2, a.getLong(0), "truncated toward zero");
        assertEquals(Integer.MAX_VALUE, b.getLong(1));
    }

    @Test
    void boolStoresAnyNonZeroAsTrue() {
        NDArray c = zeros(DType.BOOL, 3);
        c.setDouble(Double.NaN, 0);
        c.setLong(5, 2);
        assertArrayEquals(new boolean[] {true, false, true}, c.toBooleanArray());
    }

    @Test
    void fancyAssignmentOfAJavaScalarUsesTheSameRules() {
        NDArray b = zeros(DType.INT32, 3);
        NDArray i = array(0L, 2L);
        fails("Python integer 3000000000 out of bounds for int32", () -> b.set(i, 3e9));
        fails("Python int too large to convert to C long", () -> b.set(i, 1e30));
        fails("Python integer 3000000000 out of bounds for int32", () -> b.set(i, 3_000_000_000L));
    }

    /** Python's int() of a float element: NumPy 2.4.6 / Python 3 give ValueError for NaN, OverflowError for inf. */
    @Test
    void getLongOfAFloatElementIsPythonsInt() {
        NDArray a = array(Double.NaN, Double.POSITIVE_INFINITY, 1e30, -2.7, 3.9);
        fails("cannot convert float NaN to integer", () -> a.getLong(0));
        fails("cannot convert float infinity to integer", () -> a.getLong(1));
        fails("Python int too large to convert to C long: 1000000000000000019884624838656", () -> a.getLong(2));
        assertEquals(-2, a.getLong(3));
        assertEquals(3, a.getLong(4));
        assertEquals(Long.MIN_VALUE, array(new long[] {Long.MIN_VALUE}).getLong(0), "integers exactly");
    }

    /**
     * np.array([...], dtype) converts each element as setitem does; np.full converts an int fill value
     * the same way but casts a float one unsafely (NumPy 2.4.6: np.full(3, 3e9, dtype=np.int32) is
     * [-2147483648]*3 with a RuntimeWarning, np.full(3, 1e30, dtype=np.int64) [-9223372036854775808]*3).
     */
    @Test
    void creationFromJavaValuesFollowsNumPy() {
        fails("Python integer 3000000000 out of bounds for int32", () -> array(DType.INT32, new long[] {1, 3_000_000_000L}));
        fails("Python integer 3000000000 out of bounds for int32", () -> array(DType.INT32, new double[] {3e9}));
        fails("cannot convert float NaN to integer", () -> array(DType.INT64, new double[][] {{1}, {Double.NaN}}));
        fails("Python integer 3000000000 out of bounds for int32", () -> array(DType.INT32, 3_000_000_000L));
        assertArrayEquals(new int[] {1, -1}, array(DType.INT32, new double[] {1.5, -1.9}).toIntArray());
        fails("Python integer 3000000000 out of bounds for int32", () -> full(DType.INT32, new long[] {3}, 3_000_000_000L));
        assertArrayEquals(new int[] {Integer.MIN_VALUE, Integer.MIN_VALUE}, full(DType.INT32, new long[] {2}, 3e9).toIntArray());
        assertArrayEquals(new long[] {Long.MIN_VALUE}, full(DType.INT64, new long[] {1}, 1e30).toLongArray());
    }
}
