package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * finfo, iinfo, canCast, resultType and isdtype against NumPy (every dtype, every casting kind, mixes of arrays, dtypes
 * and weak Java scalars, NumPy's errors), and toString()/repr() under print options (precision, threshold, edgeitems,
 * linewidth, suppress, alone and together) equal to NumPy's str()/repr() under the same options; the scope restores the
 * previous options, also after an exception, and stays on its thread.
 */
class IntrospectionAndPrintOptionsOracleTest {
    static String npType(DType d) { return "np." + (d == DType.BOOL ? "bool_" : d.toString()); }

    @Test
    void finfoAndIinfoMatchNumPy() {
        for (DType d : DType.values()) {
            if (d.isFloating()) {
                FInfo f = finfo(d);
                String[] fields = {"bits", "eps", "epsneg", "max", "min", "tiny", "smallest_normal", "smallest_subnormal", "resolution", "precision",
                    "iexp", "maxexp", "minexp", "negep", "nexp", "nmant", "machep"};
                double[] mine = {f.bits(), f.eps(), f.epsneg(), f.max(), f.min(), f.tiny(), f.smallestNormal(), f.smallestSubnormal(), f.resolution(),
                    f.precision(), f.iexp(), f.maxexp(), f.minexp(), f.negep(), f.nexp(), f.nmant(), f.machep()};
                for (int i = 0; i < fields.length; i++) {
                    String v = np().run("out = repr(float(np.finfo(" + npType(d) + ")." + fields[i] + "))").text();
                    assertEquals(Double.parseDouble(v), mine[i], "finfo(" + d + ")." + fields[i]);
                }
                assertEquals(np().run("out = repr(np.finfo(" + npType(d) + "))").text(), f.toString());
                assertEquals(d, f.dtype());
            } else {
                assertSameError(np().run("np.finfo(" + npType(d) + ")"), () -> finfo(d), "finfo(" + d + ")");
            }
            if (d.isInteger()) {
                IInfo i = iinfo(d);
                assertEquals(np().run("i = np.iinfo(" + npType(d) + ")\nout = f'{i.bits} {i.min} {i.max} {i.kind} {i.dtype}'").text(),
                        i.bits() + " " + i.min() + " " + i.max() + " " + i.kind() + " " + i.dtype());
                assertEquals(np().run("out = repr(np.iinfo(" + npType(d) + "))").text(), i.toString());
            } else {
                assertSameError(np().run("np.iinfo(" + npType(d) + ")"), () -> iinfo(d), "iinfo(" + d + ")");
            }
        }
    }

    @Test
    void canCastEveryPairAndCastingKind() {
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<Supplier<Boolean>> numj = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DType a : DType.values())
            for (DType b : DType.values()) {
                for (String c : new String[] {"no", "equiv", "safe", "same_kind", "unsafe"}) {
                    cases.add(NumPyOracle.Case.of("out = str(np.can_cast(" + npType(a) + ", " + npType(b) + ", '" + c + "'))"));
                    numj.add(() -> canCast(a, b, c));
                    names.add(a + " -> " + b + " " + c);
                }
                cases.add(NumPyOracle.Case.of("out = str(np.can_cast(" + npType(a) + ", " + npType(b) + "))"));
                numj.add(() -> canCast(a, b));
                names.add(a + " -> " + b + " (safe)");
                NDArray x = zeros(a, 2);
                cases.add(NumPyOracle.Case.of("out = str(np.can_cast(np.zeros(2, " + npType(a) + "), " + npType(b) + ", 'same_kind'))"));
                numj.add(() -> canCast(x, b, "same_kind"));
                names.add("array " + a + " -> " + b + " same_kind");
            }
        List<OracleResult> r = np().runBatch(cases);
        for (int i = 0; i < r.size(); i++) assertEquals(Boolean.parseBoolean(r.get(i).text().toLowerCase()), numj.get(i).get(), names.get(i));
        assertSameError(np().run("np.can_cast(np.int32, np.int64, 'foo')"), () -> canCast(INT32, INT64, "foo"), "casting 'foo'");
    }

    @Test
    void resultTypeOfArraysDtypesAndWeakScalars() {
        Random rnd = new Random(41);
        Object[][] pyJava = {{"1", 1L}, {"2.5", 2.5}, {"True", true}, {"3000000000", 3_000_000_000L}};
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<Object[]> args = new ArrayList<>();
        for (int k = 0; k < 400; k++) {
            int n = 1 + rnd.nextInt(4);
            Object[] a = new Object[n];
            StringBuilder py = new StringBuilder();
            for (int j = 0; j < n; j++) {
                DType d = DType.values()[rnd.nextInt(5)];
                int form = rnd.nextInt(4);
                String p;
                switch (form) {
                    case 0 -> { a[j] = d; p = npType(d); }
                    case 1 -> { a[j] = zeros(d, 2); p = "np.zeros(2, " + npType(d) + ")"; }
                    case 2 -> { a[j] = d.toString(); p = "'" + d + "'"; }
                    default -> { Object[] s = pyJava[rnd.nextInt(pyJava.length)]; a[j] = s[1]; p = (String) s[0]; }
                }
                py.append(j > 0 ? ", " : "").append(p);
            }
            cases.add(NumPyOracle.Case.of("out = str(np.result_type(" + py + "))"));
            args.add(a);
        }
        List<OracleResult> r = np().runBatch(cases);
        for (int i = 0; i < r.size(); i++)
            assertEquals(r.get(i).text(), resultType(args.get(i)).toString(), cases.get(i).code() + " / " + Arrays.toString(args.get(i)));
        assertSameError(np().run("np.result_type()"), () -> resultType(), "no argument");
        assertSameError(np().run("np.result_type('foo')"), () -> resultType("foo"), "unknown dtype name");
        assertEquals(FLOAT32, resultType(FLOAT32, 1.0f, 2));
        assertThrows(NumJTypeException.class, () -> resultType(FLOAT32, new Object()));
    }

    static String py(boolean b) { return b ? "True" : "False"; }

    @Test
    void isdtypeEveryKind() {
        String[] kinds = {"bool", "signed integer", "unsigned integer", "integral", "real floating", "complex floating", "numeric"};
        for (DType d : DType.values()) {
            for (String k : kinds)
                assertEquals(np().run("out = str(np.isdtype(" + npType(d) + ", '" + k + "'))").text(), py(isdtype(d, k)), "isdtype(" + d + ", " + k + ")");
            for (DType e : DType.values()) assertEquals(d == e, isdtype(d, e));
            assertEquals(np().run("out = str(np.isdtype(" + npType(d) + ", ('bool', 'real floating')))").text(), py(isdtype(d, "bool", "real floating")));
            assertEquals(np().run("out = str(np.isdtype(" + npType(d) + ", (np.int32, 'bool')))").text(), py(isdtype(d, INT32, "bool")));
        }
        assertSameError(np().run("np.isdtype(np.int32, 'foo')"), () -> isdtype(INT32, "foo"), "unknown kind");
        NumJTypeException e = assertThrows(NumJTypeException.class, () -> isdtype(INT32, 3));
        assertTrue(e.getMessage().startsWith("kind argument must be comprised of NumPy dtypes or strings only"), e.getMessage());
    }

    /** One print-options setting: NumPy's keyword arguments and the same as NumJ's options. */
    record Opt(String numpy, PrintOptions numj) {}

    static final PrintOptions D = PrintOptions.defaults();
    static final List<Opt> OPTIONS = List.of(
            new Opt("", D),
            new Opt("precision=3", D.withPrecision(3)), new Opt("precision=0", D.withPrecision(0)), new Opt("precision=12", D.withPrecision(12)),
            new Opt("threshold=10", D.withThreshold(10)), new Opt("threshold=0", D.withThreshold(0)),
            new Opt("threshold=sys.maxsize", D.withThreshold(Long.MAX_VALUE)),
            new Opt("threshold=10, edgeitems=1", D.withThreshold(10).withEdgeitems(1)),
            new Opt("threshold=10, edgeitems=0", D.withThreshold(10).withEdgeitems(0)),
            new Opt("threshold=5, edgeitems=5", D.withThreshold(5).withEdgeitems(5)),
            new Opt("linewidth=20", D.withLinewidth(20)), new Opt("linewidth=120", D.withLinewidth(120)), new Opt("linewidth=1", D.withLinewidth(1)),
            new Opt("suppress=True", D.withSuppress(true)), new Opt("suppress=True, precision=3", D.withSuppress(true).withPrecision(3)),
            new Opt("precision=4, threshold=20, edgeitems=2, linewidth=40, suppress=True",
                    new PrintOptions(4, 20, 2, 40, true)));

    @Test
    void strAndReprUnderEveryOptionEqualNumPys() {
        Random rnd = new Random(42);
        List<NDArray> arrays = new ArrayList<>();
        for (DType d : DType.values())
            for (long[] sh : new long[][] {{}, {7}, {3, 5}, {2, 3, 4}, {0}, {30}, {12, 13}})
                arrays.add(random(rnd, d, sh));
        arrays.add(array(1.23456789, 1e-9, 123456.789, -0.5));
        arrays.add(array(1e-12, 1.0, Double.NaN, Double.NEGATIVE_INFINITY));
        arrays.add(array(1e9, 1e-3).astype(DType.FLOAT32));
        arrays.add(array(0.1, 0.25, 1000.5, 3e-5).astype(DType.FLOAT32));
        arrays.add(arange(2000.0).div(7L).reshape(40, 50).get("::-3, 1::7"));
        arrays.add(arange(1500).reshape(3, 500));
        arrays.add(array(3.14159265358979));
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<Supplier<String>> numj = new ArrayList<>();
        for (Opt o : OPTIONS)
            for (NDArray a : arrays)
                for (boolean repr : new boolean[] {false, true}) {
                    cases.add(NumPyOracle.Case.of("import sys\nwith np.printoptions(" + o.numpy + "):\n    out = " + (repr ? "repr" : "str") + "(a)",
                            "a", toOracle(a)));
                    numj.add(() -> {
                        try (var p = printoptions(o.numj)) {
                            return repr ? a.repr() : a.toString();
                        }
                    });
                }
        List<OracleResult> r = np().runBatch(cases);
        for (int i = 0; i < r.size(); i++) assertEquals(r.get(i).text(), numj.get(i).get(), cases.get(i).code());
        assertEquals(D, getPrintoptions(), "every scope restored the defaults");
        System.out.println("print options: " + cases.size() + " str/repr cases");
    }

    @Test
    void scopesNestRestoreAndStayOnTheirThread() throws Exception {
        NDArray x = array(1.23456789, 2.0);
        String dflt = x.toString();
        try (var outer = printoptions(o -> o.withPrecision(3))) {
            assertEquals("[1.235 2.   ]", x.toString());
            try (var inner = printoptions(o -> o.withSuppress(true).withPrecision(1))) {
                assertEquals("[1.2 2. ]", x.toString());
                assertEquals(1, getPrintoptions().precision());
                // another thread sees the process-wide options, not this thread's scope
                assertEquals(dflt, CompletableFuture.supplyAsync(x::toString).get());
                assertThrows(IllegalStateException.class, () -> {
                    try {
                        CompletableFuture.runAsync(inner::close).join();
                    } catch (java.util.concurrent.CompletionException e) {
                        throw e.getCause();
                    }
                });
            }
            assertEquals("[1.235 2.   ]", x.toString());
        }
        assertEquals(dflt, x.toString());
        try (var p = printoptions(o -> o.withPrecision(2))) {
            throw new IllegalStateException("boom");
        } catch (IllegalStateException e) {
            assertEquals("boom", e.getMessage());
        }
        assertEquals(dflt, x.toString(), "an exception in the block still restores");
        PrintOptions before = getPrintoptions();
        try {
            setPrintoptions(o -> o.withPrecision(2));
            assertEquals("[1.23 2.  ]", x.toString());
            assertEquals("[1.23 2.  ]", CompletableFuture.supplyAsync(x::toString).get(), "process-wide");
            try (var p = printoptions(D)) {
                assertEquals(dflt, x.toString());
            }
        } finally {
            setPrintoptions(before);
        }
        assertEquals(dflt, x.toString());
        // NumPy takes a negative precision and fails when it prints a float; NumJ refuses it at once, with NumPy's message
        assertSameError(np().run("with np.printoptions(precision=-1):\n    out = str(np.array([1.5]))"), () -> D.withPrecision(-1), "precision -1");
        assertThrows(IllegalArgumentException.class, () -> D.withEdgeitems(-1));
    }
}
