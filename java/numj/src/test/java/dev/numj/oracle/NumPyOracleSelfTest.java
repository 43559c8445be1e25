package dev.numj.oracle;

import static dev.numj.oracle.OracleAssert.assertArrayMatches;
import static dev.numj.oracle.OracleAssert.assertErrorMatches;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of the NumPy oracle harness itself (needs a Python with NumPy: see {@link NumPyOracle}). */
class NumPyOracleSelfTest {

    private static final List<String> DTYPES = List.of("bool", "int8", "int16", "int32", "int64", "uint8", "uint16",
            "uint32", "uint64", "float16", "float32", "float64", "complex64", "complex128");
    private static final List<long[]> SHAPES = List.of(new long[0], new long[] {0}, new long[] {1}, new long[] {7},
            new long[] {2, 3}, new long[] {2, 0, 3}, new long[] {3, 1, 4}, new long[] {1, 1, 1, 1});

    private static NumPyOracle np;

    @BeforeAll
    static void startOracle() {
        np = NumPyOracle.shared();
        System.out.println("NumPy oracle: numpy " + np.numpyVersion() + " on Python " + np.pythonVersion() + " ("
                + np.pythonExecutable() + ")");
    }

    private static OracleArray randomArray(String dtype, long[] shape, Random rnd) {
        long size = 1;
        for (long d : shape) {
            size *= d;
        }
        byte[] data = new byte[Math.toIntExact(size * OracleArray.itemSizeOf(dtype))];
        rnd.nextBytes(data);
        if (dtype.equals("bool")) {
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) (data[i] & 1);
            }
        }
        return new OracleArray(dtype, shape, data);
    }

    // ------------------------------------------------------------------ basics

    @Test
    void reportsVersion() {
        String v = np.numpyVersion();
        assertTrue(v.matches("\\d+\\.\\d+.*"), v);
        assertEquals(!v.startsWith("1."), np.isNumPy2());
        assertEquals(np.isNumPy2(), np.run("int(np.__version__.split('.')[0]) >= 2").value().getBoolean(0));
        assertEquals(v, np.run("out = np.__version__").text());
        assertTrue(np.run("1 + 1").isScalar());
    }

    @Test
    void roundTripsEveryDtypeAndShapeUnchanged() {
        Random rnd = new Random(42);
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<OracleArray> inputs = new ArrayList<>();
        for (String dtype : DTYPES) {
            for (long[] shape : SHAPES) {
                OracleArray x = randomArray(dtype, shape, rnd);
                inputs.add(x);
                cases.add(new NumPyOracle.Case("out = x", Map.of("x", x)));
                cases.add(new NumPyOracle.Case("out = f'{x.dtype.name} {x.shape} {x.flags.c_contiguous}'", Map.of("x", x)));
            }
        }
        List<OracleResult> results = np.runBatch(cases);
        assertEquals(cases.size(), results.size());
        for (int i = 0; i < inputs.size(); i++) {
            OracleArray x = inputs.get(i);
            OracleResult same = results.get(2 * i);
            assertEquals(x, same.value(), () -> "round trip of " + x);
            assertArrayEquals(x.data(), same.value().data());
            assertFalse(same.isScalar());
            assertEquals(x.dtype() + " " + OracleArray.formatShape(x.shape()) + " True", results.get(2 * i + 1).text());
        }
    }

    @Test
    void numpySeesTheValuesJavaMeant() {
        OracleArray d = OracleArray.of(new double[] {1.5, -2.25, Double.NaN, Double.NEGATIVE_INFINITY, 1e300, -0.0}, 2, 3);
        OracleArray f = OracleArray.of(new float[] {1.5f, -2.25f, Float.MAX_VALUE});
        OracleArray l = OracleArray.of(new long[] {Long.MIN_VALUE, -1, 1L << 40});
        OracleArray i = OracleArray.of(new int[] {Integer.MIN_VALUE, 7, 0, -3}, 2, 2);
        OracleArray b = OracleArray.of(new boolean[] {true, false, true});
        Map<String, Object> in = NumPyOracle.inputs("d", d, "f", f, "l", l, "i", i, "b", b);
        assertEquals("True", np.run("out = str(d[0, 1] == -2.25 and np.isnan(d[0, 2]) and d[1, 0] == -np.inf"
                + " and d[1, 1] == 1e300 and np.signbit(d[1, 2]))", in).text());
        assertEquals("True", np.run("out = str(f.tolist() == [1.5, -2.25, float(np.finfo(np.float32).max)])", in).text());
        assertEquals("True", np.run("out = str(l.tolist() == [-2**63, -1, 2**40])", in).text());
        assertEquals("True", np.run("out = str(i.tolist() == [[-2**31, 7], [0, -3]])", in).text());
        assertEquals("True", np.run("out = str(b.tolist() == [True, False, True])", in).text());
        // inputs are writable numpy arrays
        assertArrayMatches(OracleArray.of(new long[] {Long.MIN_VALUE, 9, 1L << 40}), np.run("l[1] = 9; out = l", in).value());
    }

    @Test
    void nonContiguousAndByteSwappedResultsComeBackInCOrderLittleEndian() {
        OracleArray x = OracleArray.of(new double[] {0, 1, 2, 3, 4, 5}, 2, 3);
        Map<String, Object> in = Map.of("x", x);
        assertArrayMatches(OracleArray.of(new double[] {0, 3, 1, 4, 2, 5}, 3, 2), np.run("out = x.T", in).value());
        assertArrayMatches(x, np.run("out = np.asfortranarray(x)", in).value());
        assertArrayMatches(OracleArray.of(new double[] {0, 2, 3, 5}, 2, 2), np.run("out = x[:, ::2]", in).value());
        assertArrayMatches(x, np.run("out = x.astype('>f8')", in).value());
        assertArrayMatches(OracleArray.of(new int[] {0, 1, 2, 3, 4, 5}, 2, 3), np.run("out = x.astype('>i4')", in).value());
        assertArrayMatches(OracleArray.of(new double[] {5, 4, 3}), np.run("out = x[::-1, ::-1][0]", in).value());
        assertArrayMatches(OracleArray.scalar(4.0), np.run("out = x[1, 1:2].reshape(())", in).value());
    }

    @Test
    void addInt32KeepsInt32() {
        OracleArray a = OracleArray.of(new int[] {1, 2, 3, Integer.MAX_VALUE});
        OracleArray b = OracleArray.of(new int[] {10, 20, 30, 1});
        OracleArray r = np.run("np.add(a, b)", Map.of("a", a, "b", b)).value();
        assertEquals("int32", r.dtype());
        assertArrayMatches(OracleArray.of(new int[] {11, 22, 33, Integer.MIN_VALUE}), r);
        assertEquals("float64", np.run("out = np.add(a, 0.5)", Map.of("a", a)).value().dtype());
    }

    @Test
    void broadcastErrorIsReported() {
        OracleResult r = np.run("out = np.ones((3, 4)) + np.ones(3)");
        assertTrue(r.isError());
        assertEquals("ValueError", r.errorType());
        assertEquals("ValueError", r.errorQualifiedType());
        assertTrue(r.errorMessage().contains("operands could not be broadcast together with shapes (3,4) (3,)"),
                r.errorMessage());
        assertTrue(r.isErrorOf("Exception"));
        AssertionError e = assertThrows(AssertionError.class, r::value);
        assertTrue(e.getMessage().contains("operands could not be broadcast together"), e.getMessage());
    }

    @Test
    void errorTypesAndQualifiedNames() {
        OracleResult cast = np.run("a = np.zeros(3, dtype=np.int32); np.add(a, 1.5, out=a); out = a");
        assertEquals("UFuncTypeError", cast.errorType(), "NumPy shows this private class under its base's __name__");
        assertTrue(cast.errorQualifiedType().startsWith("numpy."), cast.errorQualifiedType());
        assertTrue(cast.isErrorOf("_UFuncOutputCastingError"), cast.errorTypes().toString());
        assertTrue(cast.errorQualifiedType().endsWith("._exceptions._UFuncOutputCastingError"), cast.errorQualifiedType());
        assertTrue(cast.isErrorOf("UFuncTypeError") && cast.isErrorOf("TypeError"), cast.errorTypes().toString());
        assertTrue(cast.errorMessage().contains("Cannot cast ufunc 'add' output"), cast.errorMessage());

        OracleResult lin = np.run("np.linalg.inv(np.zeros((2, 2)))");
        assertEquals("LinAlgError", lin.errorType());
        assertTrue(lin.errorQualifiedType().startsWith("numpy.linalg."), lin.errorQualifiedType());
        assertEquals("Singular matrix", lin.errorMessage());

        OracleResult idx = np.run("np.arange(3)[5]");
        assertEquals("IndexError", idx.errorType());
        assertEquals("index 5 is out of bounds for axis 0 with size 3", idx.errorMessage());

        OracleResult type = np.run("np.add(np.arange(3), 'a')");
        assertTrue(type.isErrorOf("TypeError"), type.toString());
        assertTrue(type.errorTraceback().contains("<oracle case>"), type.errorTraceback());
    }

    @Test
    void pythonAndNumpyScalarsComeBackWithNumpysDtype() {
        List<OracleResult> r = np.runBatch(List.of(
                new NumPyOracle.Case("out = 1"),
                new NumPyOracle.Case("out = True"),
                new NumPyOracle.Case("out = 2.5"),
                new NumPyOracle.Case("out = 1 + 2j"),
                new NumPyOracle.Case("out = np.float32(1.5)"),
                new NumPyOracle.Case("out = np.bool_(False)"),
                new NumPyOracle.Case("out = np.sum(np.arange(4, dtype=np.int32))"),
                new NumPyOracle.Case("out = np.array(3.0)"),
                new NumPyOracle.Case("out = np.uint64(2**64 - 1)"),
                new NumPyOracle.Case("out = np.float16(0.1)")));
        assertEquals(OracleArray.scalar(1L), r.get(0).value());
        assertTrue(r.get(0).isScalar());
        assertEquals(OracleArray.scalar(true), r.get(1).value());
        assertEquals(OracleArray.scalar(2.5), r.get(2).value());
        assertEquals("complex128", r.get(3).value().dtype());
        assertEquals(1.0, r.get(3).value().getReal(0));
        assertEquals(2.0, r.get(3).value().getImag(0));
        assertEquals(OracleArray.scalar(1.5f), r.get(4).value());
        assertEquals(OracleArray.scalar(false), r.get(5).value());
        assertEquals(OracleArray.scalar(6L), r.get(6).value());
        assertTrue(r.get(6).isScalar());
        assertEquals(OracleArray.scalar(3.0), r.get(7).value());
        assertFalse(r.get(7).isScalar(), "a 0-d ndarray is not a scalar");
        assertEquals("uint64", r.get(8).value().dtype());
        assertEquals(-1L, r.get(8).value().getLong(0));
        assertEquals(0x1p64, r.get(8).value().getDouble(0));
        assertEquals("float16", r.get(9).value().dtype());
        assertEquals(0.0999755859375, r.get(9).value().getDouble(0));
    }

    @Test
    void inputsOfEveryJavaType() {
        Map<String, Object> in = NumPyOracle.inputs("i", 3, "l", 1L << 40, "d", 0.5, "f", 0.25f, "b", true, "s", "héllo",
                "shape", new long[] {2, 3}, "axes", new int[] {1, 0}, "none", null, "lst", List.of(1, 2.5, "x"),
                "big", new BigInteger("18446744073709551615"), "tup", new Object[] {1, null}, "sh", (short) 4, "c", 'z');
        String expected = "('int', 3) ('int', 1099511627776) ('float', 0.5) ('float', 0.25) ('bool', True) ('str', 'héllo')"
                + " ('tuple', (2, 3)) ('tuple', (1, 0)) ('NoneType', None) ('list', [1, 2.5, 'x'])"
                + " ('int', 18446744073709551615) ('tuple', (1, None)) ('int', 4) ('str', 'z')";
        String code = "out = ' '.join(repr((type(v).__name__, v)) for v in"
                + " (i, l, d, f, b, s, shape, axes, none, lst, big, tup, sh, c))";
        assertEquals(expected, np.run(code, in).text());
        OracleArray z = np.run("np.zeros(shape, dtype=np.int32).transpose(axes)", in).value();
        assertArrayEquals(new long[] {3, 2}, z.shape());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> np.run("out = x", Map.of("x", new double[] {1})));
        assertTrue(e.getMessage().contains("OracleArray.of"), e.getMessage());
    }

    @Test
    void textNoneAndTupleResults() {
        assertEquals("array([0, 1, 2])", np.run("out = repr(np.arange(3))").text());
        assertTrue(np.run("out = None").isNone());
        OracleResult t = np.run("np.divmod(np.array([7, -7]), 2)");
        assertTrue(t.isTuple());
        assertEquals(2, t.values().size());
        assertArrayMatches(OracleArray.of(new long[] {3, -4}), t.values().get(0));
        assertArrayMatches(OracleArray.of(new long[] {1, 1}), t.values().get(1));
        OracleResult l = np.run("out = [np.arange(2), [1.5, 2.5], 3]");
        assertArrayMatches(OracleArray.of(new double[] {1.5, 2.5}), l.values().get(1));
        assertEquals(OracleArray.scalar(3L), l.values().get(2));
        assertTrue(l.isScalar(2));
        assertThrows(AssertionError.class, t::value);
        assertThrows(AssertionError.class, () -> np.run("out = 1").values());
        assertThrows(AssertionError.class, () -> np.run("out = 1").text());
        assertThrows(AssertionError.class, () -> np.run("out = 1").errorType());
    }

    @Test
    void usageErrorsAreErrorResults() {
        OracleResult noOut = np.run("x = 1");
        assertEquals("OracleUsageError", noOut.errorType());
        assertTrue(noOut.errorMessage().contains("`out`"));
        OracleResult strArray = np.run("out = np.array(['a', 'b'])");
        assertEquals("OracleEncodingError", strArray.errorType());
        assertTrue(strArray.errorMessage().contains("dtype <U1"), strArray.errorMessage());
        assertEquals("OracleEncodingError", np.run("out = {}").errorType());
        assertEquals("SyntaxError", np.run("out = = 1").errorType());
    }

    @Test
    void warningsAreRecorded() {
        OracleResult r = np.run("np.array([1.0, 0.0]) / 0");
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("RuntimeWarning: divide by zero")), r.warnings().toString());
        OracleArray v = r.value();
        assertEquals(Double.POSITIVE_INFINITY, v.getDouble(0));
        assertTrue(Double.isNaN(v.getDouble(1)));
        assertTrue(np.run("out = np.ones(2) / 2").warnings().isEmpty());
    }

    @Test
    void userOutputCannotCorruptTheProtocol() {
        OracleResult r = np.run("import os, sys\nprint('noise from print')\nos.write(1, b'raw noise on fd 1\\n')\n"
                + "sys.stdout.write('more noise\\n')\nout = 42");
        assertEquals(OracleArray.scalar(42L), r.value());
        assertEquals(OracleArray.scalar(2L), np.run("1 + 1").value());
    }

    @Test
    void batchOfThousandTinyCasesIsFast() {
        List<NumPyOracle.Case> cases = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            cases.add(NumPyOracle.Case.of("out = a + b", "a", OracleArray.of(new long[] {i, 2L * i}),
                    "b", OracleArray.of(new long[] {1, 1})));
        }
        np.runBatch(cases.subList(0, 10)); // warm up
        long best = Long.MAX_VALUE;
        List<OracleResult> results = null;
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            results = np.runBatch(cases);
            best = Math.min(best, System.nanoTime() - t0);
        }
        for (int i = 0; i < 1000; i++) {
            assertEquals(OracleArray.of(new long[] {i + 1, 2L * i + 1}), results.get(i).value());
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            np.run("out = a + b", cases.get(i).inputs());
        }
        long single = (System.nanoTime() - t0) / 100;
        System.out.printf("NumPy oracle: batch of 1000 tiny cases round trip %.1f ms (best of 3); "
                + "single-case round trip %.3f ms%n", best / 1e6, single / 1e6);
        assertTrue(best < 2_000_000_000L, "a batch of 1000 tiny cases took " + best / 1e6 + " ms");
    }

    @Test
    void bigArrayRoundTrip() {
        int n = 8 * 1024 * 1024;
        double[] values = new double[n];
        Random rnd = new Random(7);
        for (int i = 0; i < n; i++) {
            values[i] = rnd.nextGaussian();
        }
        OracleArray x = OracleArray.of(values, 1024, 8192);
        long t0 = System.nanoTime();
        OracleResult same = np.run("out = x", Map.of("x", x));
        long t1 = System.nanoTime();
        assertEquals(x, same.value());
        OracleArray doubled = np.run("out = x * 2", Map.of("x", x)).value();
        assertArrayEquals(new long[] {1024, 8192}, doubled.shape());
        for (int i = 0; i < n; i += 9973) {
            assertEquals(values[i] * 2, doubled.getDouble(i));
        }
        assertEquals(values[n - 1] * 2, doubled.getDouble(n - 1));
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        assertEquals(sum, np.run("float(x.sum())", Map.of("x", x)).value().getDouble(0), 1e-6);
        System.out.printf("NumPy oracle: 8M float64 (64 MiB) each way round trip %.1f ms%n", (t1 - t0) / 1e6);
    }

    @Test
    void anErrorInOneCaseLeavesTheOthersFine() {
        List<NumPyOracle.Case> cases = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            cases.add(k == 4 ? new NumPyOracle.Case("out = np.ones((2, 2)) @ np.ones((3, 3))")
                    : NumPyOracle.Case.of("out = x * 10", "x", OracleArray.of(new int[] {k}, 1)));
        }
        List<OracleResult> r = np.runBatch(cases);
        for (int k = 0; k < 10; k++) {
            if (k == 4) {
                assertTrue(r.get(k).isError());
                assertTrue(r.get(k).errorMessage().contains("matmul"), r.get(k).errorMessage());
            } else {
                assertEquals(OracleArray.of(new int[] {10 * k}, 1), r.get(k).value());
            }
        }
    }

    @Test
    void concurrentCallersGetTheirOwnResults() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int tt = t;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        long v = tt * 1000L + i;
                        assertEquals(OracleArray.scalar(v + 1), np.run("out = v + 1", Map.of("v", v)).value());
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ lifecycle and failures

    @Test
    void workerDeathIsReportedWithItsStderrThenRestarted() throws Exception {
        NumPyOracle own = NumPyOracle.start();
        try {
            assertEquals(OracleArray.scalar(2L), own.run("1 + 1").value());
            IllegalStateException died = assertThrows(IllegalStateException.class, () -> own.run(
                    "import os, sys\nsys.stderr.write('about to die: custom marker\\n')\nsys.stderr.flush()\nos._exit(7)"));
            assertTrue(died.getMessage().contains("about to die: custom marker"), died.getMessage());
            assertTrue(died.getMessage().contains("exit code 7"), died.getMessage());
            assertEquals(OracleArray.scalar(3L), own.run("1 + 2").value(), "a fresh worker after a death");

            own.killWorkerForTest();
            IllegalStateException between = assertThrows(IllegalStateException.class, () -> own.run("1"));
            assertTrue(between.getMessage().contains("between calls"), between.getMessage());
            assertEquals(OracleArray.scalar(4L), own.run("2 + 2").value());
        } finally {
            own.close();
        }
        assertTrue(own.isClosed());
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> own.run("1"));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    }

    @Test
    void aHangingCaseTimesOutAndTheNextCallWorks() {
        NumPyOracle own = new NumPyOracle(NumPyOracle.defaultPython(), Map.of(), 2);
        try {
            long t0 = System.nanoTime();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> own.run("import time\ntime.sleep(60)\nout = 1"));
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
            assertTrue(System.nanoTime() - t0 < 30_000_000_000L);
            assertEquals(OracleArray.scalar(5L), own.run("2 + 3").value());
        } finally {
            own.close();
        }
    }

    @Test
    void casesCannotLeakNumpyStateIntoLaterCases() {
        List<OracleResult> r = np.runBatch(List.of(
                new NumPyOracle.Case("np.seterr(all='raise'); np.set_printoptions(precision=2); out = repr(np.array([1/3]))"),
                new NumPyOracle.Case("np.array([1.0]) / 0"),
                new NumPyOracle.Case("out = repr(np.array([1/3]))")));
        assertEquals("array([0.33])", r.get(0).text());
        assertFalse(r.get(1).isError(), r.get(1).toString());
        assertEquals("array([0.33333333])", r.get(2).text());
    }

    @Test
    void missingNumpyGivesAClearMessage(@TempDir Path dir) throws Exception {
        Path fake = Files.createDirectories(dir.resolve("numpy"));
        Files.writeString(fake.resolve("__init__.py"), "raise ImportError(\"No module named 'numpy' (simulated)\")\n");
        String python = NumPyOracle.defaultPython();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new NumPyOracle(python, Map.of("PYTHONPATH", dir.toString())).close());
        assertTrue(e.getMessage().startsWith("NumPy not found for " + python
                + ": install python3-numpy (Debian) or pip install numpy"), e.getMessage());
        assertTrue(e.getMessage().contains("(simulated)"), e.getMessage());

        IllegalStateException noPython = assertThrows(IllegalStateException.class,
                () -> NumPyOracle.start(dir.resolve("no-such-python").toString()).close());
        assertTrue(noPython.getMessage().contains("cannot start Python"), noPython.getMessage());
        assertTrue(noPython.getMessage().contains("NUMJ_PYTHON"), noPython.getMessage());
    }

    // ------------------------------------------------------------------ OracleArray

    @Test
    void oracleArrayBasics() {
        OracleArray a = OracleArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertEquals(6, a.size());
        assertEquals(2, a.ndim());
        assertEquals(8, a.itemSize());
        assertEquals(5.0, a.getDouble(4));
        assertEquals(5L, a.getLong(4));
        assertTrue(a.getBoolean(0));
        assertEquals("(1, 1)", a.formatIndex(4));
        assertEquals(a, OracleArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3));
        assertEquals(a.hashCode(), OracleArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3).hashCode());
        assertNotEquals(a, OracleArray.of(new double[] {1, 2, 3, 4, 5, 6}, 3, 2));
        assertNotEquals(a, OracleArray.of(new long[] {1, 2, 3, 4, 5, 6}, 2, 3));
        assertEquals("OracleArray[float64 (2, 3): 1.0, 2.0, 3.0, 4.0, 5.0, 6.0]", a.toString());
        assertEquals("OracleArray[int32 (): 7]", OracleArray.scalar(7).toString());
        assertEquals("OracleArray[bool (3,): True, False, True]",
                OracleArray.of(new boolean[] {true, false, true}).toString());
        assertEquals(0, OracleArray.of(new float[0], 2, 0).size());
        assertArrayEquals(new long[] {0}, OracleArray.of(new float[0]).shape());
        assertArrayEquals(new long[] {3}, OracleArray.of(new long[] {1, 2, 3}).shape());
        assertArrayEquals(new long[0], OracleArray.of(new long[] {1}).shape(), "one value, no shape: 0-d");
        assertArrayEquals(new long[0], OracleArray.of(new long[] {1}, new long[0]).shape());
        assertArrayEquals(new long[] {1}, OracleArray.of(new long[] {1}, 1).shape());
        assertThrows(IllegalArgumentException.class, () -> OracleArray.of(new double[] {1, 2, 3}, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> new OracleArray("float64", new long[] {2}, new byte[8]));
        assertThrows(IllegalArgumentException.class, () -> new OracleArray("object", new long[] {1}, new byte[8]));
        assertThrows(ArithmeticException.class, () -> OracleArray.scalar(1.5).getLong(0));
        assertThrows(IndexOutOfBoundsException.class, () -> a.getDouble(6));
        long[] shape = {2, 3};
        OracleArray b = OracleArray.of(new int[6], shape);
        shape[0] = 99;
        assertArrayEquals(new long[] {2, 3}, b.shape(), "shape is copied");
    }

    // ------------------------------------------------------------------ OracleAssert

    @Test
    void assertArrayMatchesPassesAndFailsWhereItShould() {
        OracleArray d = OracleArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertArrayMatches(d, OracleArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3));
        assertArrayMatches(d, OracleArray.of(new double[] {1, 2, 3, 4, 5 * (1 + 1e-13), 6}, 2, 3));
        AssertionError value = assertThrows(AssertionError.class,
                () -> assertArrayMatches(d, OracleArray.of(new double[] {1, 2, 3, 4, 5.5, 6}, 2, 3)));
        assertTrue(value.getMessage().contains("flat index 4 (index (1, 1)): expected 5.0 but was 5.5"), value.getMessage());
        assertTrue(value.getMessage().contains("float64") && value.getMessage().contains("(2, 3)"), value.getMessage());
        assertThrows(AssertionError.class,
                () -> assertArrayMatches(d, OracleArray.of(new double[] {1, 2, 3, 4, 5 * (1 + 1e-11), 6}, 2, 3)));
        assertArrayMatches(d, OracleArray.of(new double[] {1, 2, 3, 4, 5.05, 6}, 2, 3), 0, 0.1);
        assertArrayMatches(d, OracleArray.of(new double[] {1, 2, 3, 4, 5.05, 6}, 2, 3), 0.02, 0);

        AssertionError dtype = assertThrows(AssertionError.class,
                () -> assertArrayMatches(d, OracleArray.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3)));
        assertTrue(dtype.getMessage().contains("dtype mismatch: expected float64 but was float32"), dtype.getMessage());
        AssertionError shape = assertThrows(AssertionError.class,
                () -> assertArrayMatches(d, OracleArray.of(new double[] {1, 2, 3, 4, 5, 6}, 3, 2)));
        assertTrue(shape.getMessage().contains("shape mismatch: expected (2, 3) but was (3, 2)"), shape.getMessage());

        // float32 default tolerance 1e-5
        assertArrayMatches(OracleArray.of(new float[] {1f}), OracleArray.of(new float[] {1f + 1e-6f}));
        assertThrows(AssertionError.class,
                () -> assertArrayMatches(OracleArray.of(new float[] {1f}), OracleArray.of(new float[] {1.0001f})));

        // NaN and infinities
        assertArrayMatches(OracleArray.of(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}),
                OracleArray.of(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}));
        assertThrows(AssertionError.class, () -> assertArrayMatches(OracleArray.scalar(Double.NaN), OracleArray.scalar(1.0)));
        assertThrows(AssertionError.class, () -> assertArrayMatches(OracleArray.scalar(1.0), OracleArray.scalar(Double.NaN)));
        assertThrows(AssertionError.class, () -> assertArrayMatches(OracleArray.scalar(Double.POSITIVE_INFINITY),
                OracleArray.scalar(Double.NEGATIVE_INFINITY)));
        assertThrows(AssertionError.class, () -> assertArrayMatches(OracleArray.scalar(Double.POSITIVE_INFINITY),
                OracleArray.scalar(Double.MAX_VALUE), 1, 1));
        assertArrayMatches(OracleArray.scalar(0.0), OracleArray.scalar(-0.0));

        // integers and bools are exact, whatever the tolerance
        assertArrayMatches(OracleArray.of(new long[] {1, 2}), OracleArray.of(new long[] {1, 2}));
        assertThrows(AssertionError.class,
                () -> assertArrayMatches(OracleArray.of(new long[] {1, 2}), OracleArray.of(new long[] {1, 3}), 1, 1));
        assertThrows(AssertionError.class,
                () -> assertArrayMatches(OracleArray.scalar(true), OracleArray.scalar(false)));
        // 0-d and size 0
        assertArrayMatches(OracleArray.scalar(5), OracleArray.scalar(5));
        assertArrayMatches(OracleArray.of(new double[0], 0, 3), OracleArray.of(new double[0], 0, 3));
        assertThrows(AssertionError.class,
                () -> assertArrayMatches(OracleArray.of(new double[0], 0, 3), OracleArray.of(new double[0], 3, 0)));
        assertThrows(AssertionError.class, () -> assertArrayMatches(OracleArray.scalar(5), OracleArray.of(new int[] {5}, 1)));

        // against the oracle, complex values
        OracleArray c = np.run("np.array([1+2j, 3-4j])").value();
        assertArrayMatches(c, np.run("np.array([1, 3]) + 1j * np.array([2, -4])").value());
        assertThrows(AssertionError.class, () -> assertArrayMatches(c, np.run("np.array([1+2j, 3+4j])").value()));
        assertThrows(AssertionError.class, () -> OracleAssert.assertMatches(np.run("np.ones(2) + np.ones(3)"), c));
    }

    @Test
    void assertErrorMatchesPassesAndFailsWhereItShould() {
        OracleResult err = np.run("np.ones((3, 4)) + np.ones(3)");
        OracleResult ok = np.run("np.ones(3)");
        RuntimeException same = new IllegalArgumentException(
                "operands could not be broadcast together with shapes (3,4) (3,) ");
        RuntimeException other = new IllegalArgumentException("shapes do not match");

        assertErrorMatches(err, same);
        assertErrorMatches(err, other, "shapes");
        Throwable t = assertErrorMatches(err, () -> {
            throw same;
        });
        assertEquals(same, t);

        AssertionError wrongMessage = assertThrows(AssertionError.class, () -> assertErrorMatches(err, other));
        assertTrue(wrongMessage.getMessage().contains("NumPy: ValueError: operands could not be broadcast"),
                wrongMessage.getMessage());
        assertTrue(wrongMessage.getMessage().contains("shapes do not match"), wrongMessage.getMessage());
        AssertionError nothing = assertThrows(AssertionError.class, () -> assertErrorMatches(err, (Throwable) null));
        assertTrue(nothing.getMessage().contains("Java threw nothing"), nothing.getMessage());
        assertThrows(AssertionError.class, () -> assertErrorMatches(err, () -> { }));
        AssertionError noNumpyError = assertThrows(AssertionError.class, () -> assertErrorMatches(ok, same));
        assertTrue(noNumpyError.getMessage().contains("NumPy did not raise"), noNumpyError.getMessage());
        AssertionError badFragment = assertThrows(AssertionError.class, () -> assertErrorMatches(err, other, "do not match"));
        assertTrue(badFragment.getMessage().contains("not in NumPy's message"), badFragment.getMessage());
        assertThrows(AssertionError.class, () -> assertErrorMatches(err, new IllegalStateException((String) null)));
    }

    @Test
    void defaultPythonHonoursTheEnvironment() {
        String env = System.getenv("NUMJ_PYTHON");
        if (System.getProperty("numj.python") == null) {
            assertEquals(env == null || env.isBlank() ? "python3" : env.strip(), NumPyOracle.defaultPython());
        }
        assertTrue(Arrays.asList("python3", NumPyOracle.defaultPython()).contains(np.pythonCommand()));
    }
}
