package dev.numj;

import dev.numj.internal.linalg.Matmul;
import dev.numj.io.IO;
import dev.numj.linalg.Linalg;
import dev.numj.linalg.SlogdetResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.numj.NumJ.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression tests for bad input that once gave wrong results or unclear errors: extents and strides past 2^31-1 in BLAS
 * calls, slice steps near ±2^63, arange lengths that overflow, sizes that overflow, and NaN in
 * inv/det/slogdet. Every expected value and message is NumPy 2.4's (2.4.6, checked with python3).
 */
class BadInputRegressionTest {
    static final long MAX = Long.MAX_VALUE, MIN = Long.MIN_VALUE;
    static final String TOO_BIG = "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.";

    static void assertValues(double[] expected, NDArray a) {
        assertArrayEquals(expected, a.toDoubleArray(), 0.0, a::toString);
    }

    static void assertMessage(String expected, Class<? extends Throwable> type, org.junit.jupiter.api.function.Executable f) {
        assertEquals(expected, assertThrows(type, f).getMessage());
    }

    // ---- (3) matmul/dot past the int range of BLAS ----

    /**
     * One 8 GiB float32 vector of 2^31+1 elements (freed by its scope) reaches every int limit: the
     * dot's n, its incx (a view with a stride of 2^31 elements), gemm's k and lda, and lda alone.
     * NumPy 2.4: {@code x@x} and {@code np.dot(x, x)} 5.0; {@code v = x[::2**31]} is [1, 2] and
     * {@code v@v} 5.0; {@code x.reshape(1,-1) @ x.reshape(-1,1)} [[5.]];
     * {@code v.reshape(2,1) @ [[1,10]]} [[1,10],[2,20]]. Before the fix {@code x@x} gave 0.0.
     */
    @Test
    void matmulAndDotPastTheIntRange() {
        long n = (1L << 31) + 1;
        try (Scope s = scope()) {
            NDArray x = zeros(DType.FLOAT32, n);
            x.setDouble(1, 0);
            x.setDouble(2, 1L << 31);
            assertEquals(5.0, x.matmul(x).getDouble(), "x@x");
            assertEquals(5.0, dot(x, x).getDouble(), "dot(x, x)");
            NDArray v = x.get("::2147483648");
            assertValues(new double[] {1, 2}, v);
            assertEquals(5.0, v.matmul(v).getDouble(), "v@v (incx 2^31)");
            assertValues(new double[] {5}, x.reshape(1, n).matmul(x.reshape(n, 1)));
            assertValues(new double[] {1, 10, 2, 20}, v.reshape(2, 1).matmul(array(new float[][] {{1, 10}})));
        }
    }

    /**
     * The pieces: with the BLAS int limit lowered to 7, every product is split into calls whose
     * extents, leading dimensions and increments are at most 7 (k pieces accumulated), and must
     * still give the answer of one call. The expected values are NumPy 2.4's for the same small
     * integer-valued arrays (exact in float, so no summation order can change them).
     */
    @Test
    void productsSplitIntoPiecesWithinTheIntLimit() {
        // python3: a = np.arange(300.).reshape(15, 20) - 140; b = np.arange(360.).reshape(20, 18) % 11
        double[][] av = new double[15][20], bv = new double[20][18];
        for (int i = 0; i < 300; i++) av[i / 20][i % 20] = i - 140;
        for (int i = 0; i < 360; i++) bv[i / 18][i % 18] = i % 11;
        int saved = Matmul.blasIntMax;
        Matmul.blasIntMax = 7;
        try {
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
                NDArray a = array(dt, av), b = array(dt, bv);
                double[] ab = oneCall(a, b);
                NDArray p = a.matmul(b);
                assertValues(ab, p);
                // NumPy 2.4: (a @ b)[0, 0], [14, 17], [3, 5] -> -12787.0 14487.0 -6928.0
                assertEquals(-12787.0, p.getDouble(0, 0));
                assertEquals(14487.0, p.getDouble(14, 17));
                assertEquals(-6928.0, p.getDouble(3, 5));
                assertValues(ab, dot(a, b));
                // transposed layouts: (b.T @ a.T).T == a @ b
                assertValues(ab, b.T().matmul(a.T()).T().copy());
                // a batch
                double[] twice = new double[ab.length * 2];
                System.arraycopy(ab, 0, twice, 0, ab.length);
                System.arraycopy(ab, 0, twice, ab.length, ab.length);
                assertValues(twice, stack(0, a, a).matmul(b));
                // strided views (leading dimensions past the limit): (a[::2, ::3] @ b[::3, 1::2])[1, 2] -> -2260.0
                NDArray as = a.get("::2, ::3"), bs = b.get("::3, 1::2");
                assertValues(oneCall(as, bs), as.matmul(bs));
                assertEquals(-2260.0, as.matmul(bs).getDouble(1, 2));
                // vectors: n past the limit, an increment past the limit (b[:, 4] steps by 18)
                NDArray x = a.get("3"), y = b.get(":, 4");
                assertEquals(-7069.0, x.matmul(y).getDouble());          // a[3] @ b[:, 4]
                assertEquals(-7069.0, dot(x, y).getDouble());
                assertEquals(oneCallDot(x, y), x.matmul(y).getDouble());
                NDArray flat = a.reshape(300), rev = flat.get("::-1");
                assertEquals(-2222900.0, flat.matmul(rev).getDouble());    // f @ f[::-1]
                assertEquals(2277050.0, flat.matmul(flat).getDouble());    // f @ f
            }
        } finally {
            Matmul.blasIntMax = saved;
        }
    }

    /** The product by the plain int-sized path (the limit at its real value), as reference. */
    static double[] oneCall(NDArray a, NDArray b) {
        int saved = Matmul.blasIntMax;
        Matmul.blasIntMax = Integer.MAX_VALUE;
        try {
            return a.matmul(b).toDoubleArray();
        } finally {
            Matmul.blasIntMax = saved;
        }
    }

    static double oneCallDot(NDArray x, NDArray y) {
        int saved = Matmul.blasIntMax;
        Matmul.blasIntMax = Integer.MAX_VALUE;
        try {
            return x.matmul(y).getDouble();
        } finally {
            Matmul.blasIntMax = saved;
        }
    }

    // ---- (4) slice steps near ±2^63 (CPython's PySlice_Unpack / PySlice_AdjustIndices) ----

    @Test
    void sliceStepsNearTheLongLimits() {
        // NumPy 2.4: np.arange(10)[0:5:2**63-1] -> [0]; [::-2**63] -> [9]; [5:0:-2**63] -> [5];
        // [-1:-11:-(2**63-1)] -> [9]; [2**63-1::-2**63] -> [9]; [-2**63:2**63-1:2**63-1] -> [0]
        assertValues(new double[] {0}, arange(10).get("0:5:9223372036854775807"));
        assertValues(new double[] {9}, arange(10).get("::-9223372036854775808"));
        assertValues(new double[] {5}, arange(10).get("5:0:-9223372036854775808"));
        assertValues(new double[] {9}, arange(10).get("-1:-11:-9223372036854775807"));
        assertValues(new double[] {9}, arange(10).get("9223372036854775807::-9223372036854775808"));
        assertValues(new double[] {0}, arange(10).get("-9223372036854775808:9223372036854775807:9223372036854775807"));
        // np.arange(6.0)[1:3:2**63-1] -> array([1.]), shape (1,)
        NDArray v = arange(6.0).get("1:3:9223372036854775807");
        assertArrayEquals(new long[] {1}, v.shape());
        assertValues(new double[] {1}, v);
        // the typed form (Index.Slice)
        assertValues(new double[] {0}, arange(10).get(new Index.Slice(0L, 5L, MAX)));
        assertValues(new double[] {9}, arange(10).get(new Index.Slice(null, null, MIN)));
        // with an index array (the advanced-indexing path): a = np.arange(20).reshape(2, 10)
        // a[np.array([1, 0]), 0:5:2**63-1] -> [[10], [0]]; a[np.array([1, 0]), ::-2**63] -> [[19], [9]]
        NDArray a = arange(20).reshape(2, 10);
        assertValues(new double[] {10, 0}, a.get(new Index.Array(array(1L, 0L)), new Index.Slice(0L, 5L, MAX)));
        assertValues(new double[] {19, 9}, a.get(new Index.Array(array(1L, 0L)), new Index.Slice(null, null, MIN)));
    }

    // ---- (5) arange lengths ----

    @Test
    void arangeLengthsThatOverflow() {
        // NumPy 2.4: np.arange(-2**63, 2**63-1) -> ValueError: Maximum allowed size exceeded
        assertMessage("Maximum allowed size exceeded", IllegalArgumentException.class, () -> arange(MIN, MAX));
        // np.arange(0, -10, -2**63) -> [0]; np.arange(-2, 2**63-1, 2**63-1) -> [-2] (the length is
        // ceil of the true quotient rounded to a double: (2**63+1)/(2**63-1) is 1.0)
        assertValues(new double[] {0}, arange(0, -10, MIN));
        assertValues(new double[] {-2}, arange(-2, MAX, MAX));
        // np.arange(2**63-2, -2**63, -(2**63-1)) -> [9223372036854775806, -1]
        NDArray r = arange(MAX - 1, MIN, -MAX);
        assertEquals(MAX - 1, r.getLong(0));
        assertEquals(-1, r.getLong(1));
        assertEquals(2, r.size());
        // np.arange(0, 2**61) -> ValueError: array is too big; ...
        assertMessage(TOO_BIG, IllegalArgumentException.class, () -> arange(0, 1L << 61));
        // floats: np.arange(0.0, np.inf, 1.0) and np.arange(0.0, 1e300, 1.0) -> Maximum allowed size exceeded;
        // np.arange(0.0, np.nan, 1.0) -> arange: cannot compute length; np.arange(0.0, 2.0**62, 1.0) -> array is too big
        assertMessage("Maximum allowed size exceeded", IllegalArgumentException.class, () -> arange(0.0, Double.POSITIVE_INFINITY, 1.0));
        assertMessage("Maximum allowed size exceeded", IllegalArgumentException.class, () -> arange(0.0, 1e300, 1.0));
        assertMessage("arange: cannot compute length", IllegalArgumentException.class, () -> arange(0.0, Double.NaN, 1.0));
        assertMessage(TOO_BIG, IllegalArgumentException.class, () -> arange(0.0, 0x1p62, 1.0));
        // np.arange(0.0, 1.0, np.inf) -> [0.] (NumPy's underflow rule: a zero quotient of a nonzero
        // span is one element); np.arange(1.0, 0.0, np.inf) -> [] (the zero is -0.0)
        assertValues(new double[] {0}, arange(0.0, 1.0, Double.POSITIVE_INFINITY));
        assertValues(new double[] {}, arange(1.0, 0.0, Double.POSITIVE_INFINITY));
    }

    // ---- (11) sizes that overflow ----

    @Test
    void sizesThatOverflow() {
        // NumPy 2.4: np.zeros((2**31, 2**31)), np.zeros((2**31, 2**31), np.float32), np.zeros((2**62, 2**62)),
        // np.eye(2**31) and np.linspace(0, 1, 2**62) -> ValueError: array is too big; ...
        assertMessage(TOO_BIG, IllegalArgumentException.class, () -> zeros(1L << 31, 1L << 31));
        assertMessage(TOO_BIG, IllegalArgumentException.class, () -> zeros(DType.FLOAT32, 1L << 31, 1L << 31));
        assertMessage(TOO_BIG, IllegalArgumentException.class, () -> zeros(1L << 62, 1L << 62));
        assertMessage(TOO_BIG, IllegalArgumentException.class, () -> eye(1L << 31));
        // np.empty((2**31, 2**31)) the same (NumJ's empty allocates through NDArray.allocate)
        assertMessage(TOO_BIG, IllegalArgumentException.class, () -> empty(1L << 31, 1L << 31));
        assertMessage(TOO_BIG, IllegalArgumentException.class, () -> empty(DType.FLOAT32, 1L << 31, 1L << 31));
        assertMessage(TOO_BIG, IllegalArgumentException.class, () -> linspace(0, 1, 1L << 62));
        // np.broadcast_to(np.zeros(1), (2**62, 2**62)) -> ValueError: iterator is too large
        assertMessage("iterator is too large", IllegalArgumentException.class, () -> broadcastTo(zeros(1), 1L << 62, 1L << 62));
        // a view as large as a long can count is fine, as in NumPy: broadcast_to(zeros(1), (2**31, 2**31))
        assertArrayEquals(new long[] {1L << 31, 1L << 31}, broadcastTo(zeros(1), 1L << 31, 1L << 31).shape());
    }

    @Test
    void savetxtFieldsPastWhatAStringHolds(@TempDir Path dir) {
        // savetxt with fmt '%.2147483648f': Python's ValueError "precision too big" (NumPy 2.4 passes
        // the fmt to Python's %); '%.999999999f' Python formats (a billion digits per value), NumJ
        // refuses with a clear error rather than building gigabyte strings
        Path f = dir.resolve("a.txt");
        assertMessage("precision too big", IllegalArgumentException.class,
                () -> IO.savetxt(f, ones(2), " ", "%.2147483648f", ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IO.savetxt(f, ones(2), " ", "%.999999999f", ""));
        assertTrue(e.getMessage().startsWith("precision too big"), e.getMessage());
        // '%99999999999f': Python tries to build a 100 GB field (MemoryError); NumJ refuses up front
        e = assertThrows(IllegalArgumentException.class, () -> IO.savetxt(f, ones(2), " ", "%99999999999f", ""));
        assertTrue(e.getMessage().startsWith("width too big"), e.getMessage());
        // '%99999999999999999999f': Python's own "width too big" (past its Py_ssize_t)
        assertMessage("width too big", IllegalArgumentException.class,
                () -> IO.savetxt(f, ones(2), " ", "%99999999999999999999f", ""));
        // a large precision NumJ can format is still exact: '%.1200f' % 0.1 (Python: the exact binary
        // value's 55 significant digits, then zeros)
        IO.savetxt(f, array(new double[] {0.1}), " ", "%.1200f", "");
        String line = readFirstLine(f);
        assertEquals(1202, line.length());
        assertTrue(line.startsWith("0.1000000000000000055511151231257827021181583404541015625000"), line);
    }

    static String readFirstLine(Path f) {
        try {
            return java.nio.file.Files.readAllLines(f).get(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- (12) NaN in inv / det / slogdet ----

    @Test
    void nanInInvDetSlogdet() {
        // NumPy 2.4.6 (its OpenBLAS 0.3.31 LAPACK): no LinAlgError. getrf does not stop at a NaN pivot
        // (info is 0, NaN is not an exact zero), so inv is NaN where the NaN spreads, det is nan, and
        // slogdet's sign is the pivots' parity times the signs of the non-NaN diagonal (NaN < 0 is false):
        // np.linalg.inv([[1, nan], [3, 4]]) -> all nan; det nan; slogdet (-1.0, nan)
        NDArray a = array(new double[][] {{1, Double.NaN}, {3, 4}});
        assertValues(new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN}, Linalg.inv(a));
        assertTrue(Double.isNaN(Linalg.det(a).getDouble()));
        SlogdetResult r = Linalg.slogdet(a);
        assertEquals(-1.0, r.sign().getDouble());
        assertTrue(Double.isNaN(r.logabsdet().getDouble()));
        // np.linalg.inv([[nan, 2], [3, 4]]) -> [[nan, nan], [1.5, -0.5]], slogdet (-1.0, nan) in NumPy 2.4.6:
        // its OpenBLAS 0.3.31 pivot search (idamax) passes over the NaN and swaps in the 3. NumJ links the
        // system OpenBLAS (0.3.21 here), whose idamax keeps the NaN as pivot (as reference BLAS does: NaN >
        // x is false), so inv is all NaN and sign 1.0. Which entries the NaN reaches is BLAS-version noise
        // that NumPy does not document (its inv/det/slogdet docs say nothing of NaN); what does not depend
        // on the pivot, and is checked here, is NumPy's behaviour: no LinAlgError (getrf's info is 0, a NaN
        // pivot is not an exact zero), NaN in the inverse, det nan, logabsdet nan, sign ±1
        NDArray b = array(new double[][] {{Double.NaN, 2}, {3, 4}});
        assertTrue(Double.isNaN(Linalg.inv(b).getDouble(0, 0)));
        assertTrue(Double.isNaN(Linalg.det(b).getDouble()));
        r = Linalg.slogdet(b);
        assertEquals(1.0, Math.abs(r.sign().getDouble()));
        assertTrue(Double.isNaN(r.logabsdet().getDouble()));
        // np.full((3, 3), nan): inv all nan, det nan, slogdet (1.0, nan)
        NDArray c = full(new int[] {3, 3}, Double.NaN);
        assertTrue(java.util.Arrays.stream(Linalg.inv(c).toDoubleArray()).allMatch(Double::isNaN));
        assertTrue(Double.isNaN(Linalg.det(c).getDouble()));
        r = Linalg.slogdet(c);
        assertEquals(1.0, r.sign().getDouble());
        assertTrue(Double.isNaN(r.logabsdet().getDouble()));
        // np.linalg.inv([[1, 2], [3, inf]]) -> [[nan, nan], [-0., 0.]]; det inf; slogdet (1.0, inf)
        NDArray d = array(new double[][] {{1, 2}, {3, Double.POSITIVE_INFINITY}});
        assertValues(new double[] {Double.NaN, Double.NaN, -0.0, 0.0}, Linalg.inv(d));
        assertEquals(Double.POSITIVE_INFINITY, Linalg.det(d).getDouble());
        r = Linalg.slogdet(d);
        assertEquals(1.0, r.sign().getDouble());
        assertEquals(Double.POSITIVE_INFINITY, r.logabsdet().getDouble());
    }
}
