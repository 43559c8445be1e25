package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleAssert;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.np;
import static dev.numj.OracleSupport.random;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The Array API's {@code asarray(obj, dtype, device, copy)} and inspection namespace against NumPy 2:
 * {@code NumJ.asarray} for NDArrays of every dtype and layout (identity when nothing changes, casts, copies that
 * share no memory, copy=False's ValueError) and for Java arrays and boxed scalars (NumPy's values and dtypes from the
 * same data as a list); {@code arrayNamespaceInfo()}'s capabilities keys, default dtypes, dtypes per kind (NumPy's
 * restricted to NumJ's five) and the error for an unknown kind.
 */
class AsarrayAndInspectionOracleTest {
    static final String NO_COPY = "Unable to avoid copy while creating an array as requested.";

    static String npType(DType d) { return d == null ? "None" : "np." + (d == DType.BOOL ? "bool_" : d.toString()); }

    static String py(Boolean b) { return b == null ? "None" : b ? "True" : "False"; }

    static String d(NDArray a) { return a.dtype() + Arrays.toString(a.shape()); }

    /** NumPy's copy=False error with its first sentence only (the rest is about np.array, which Java has no form of). */
    static String firstLine(String code) {
        return "try:\n    " + code.replace("\n", "\n    ") + "\nexcept ValueError as e:\n    raise ValueError(str(e).splitlines()[0]) from None";
    }

    @Test
    void asarrayOfArraysEveryDtypeLayoutAndCopy() {
        Random rnd = new Random(1504);
        OracleCases c = new OracleCases();
        List<NDArray> inputs = new ArrayList<>();
        for (DType dt : DType.values()) {
            inputs.add(random(rnd, dt, 3, 4));
            inputs.add(random(rnd, dt, new long[0]));
        }
        inputs.add(random(rnd, FLOAT64, 4, 3).T());
        inputs.add(random(rnd, INT32, 10).get("::-3"));
        inputs.add(zeros(FLOAT32, 2, 0));
        DType[] targets = {null, DType.BOOL, DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64};
        Boolean[] copies = {null, true, false};
        for (NDArray a : inputs)
            for (DType to : targets)
                for (Boolean copy : copies) {
                    String call = "np.asarray(a, dtype=" + npType(to) + ", copy=" + py(copy) + ")";
                    c.add("asarray " + d(a) + " " + call, firstLine("out = " + call), () -> asarray(a, to, null, copy), "a", a);
                    // the oracle's arrays have an explicit little-endian dtype, which np.asarray would not take as a's own;
                    // np.shares_memory of an empty array is False even with itself
                    String same = "r = " + call + "\nout = np.array([r is a, r is a or np.shares_memory(r, a)])";
                    c.add("asarray identity " + d(a) + " " + call, "a = a.view(np.dtype(a.dtype.name))\n" + firstLine(same),
                            () -> {
                                NDArray r = asarray(a, to, null, copy);
                                return array(r == a, r.sharesMemory(a));
                            }, "a", a);
                    String onCpu = "out = np.asarray(a, dtype=" + npType(to) + ", device='cpu', copy=" + py(copy) + ")";
                    c.add("asarray device cpu " + d(a) + " " + call, firstLine(onCpu), () -> asarray(a, to, Device.CPU, copy), "a", a);
                }
        for (NDArray a : inputs) {
            c.add("asarray(a) " + d(a), "a = a.view(np.dtype(a.dtype.name))\nout = np.array([np.asarray(a) is a])",
                    () -> array(new boolean[] {asarray(a) == a}), "a", a);
            c.add("asarray(a, dtype) " + d(a), "out = np.asarray(a, np.float32)", () -> asarray(a, FLOAT32), "a", a);
        }
        c.run();
        NDArray x = arange(6.0);
        NDArray copied = asarray(x, null, null, true);
        copied.setDouble(42.0, 0);
        assertEquals(0.0, x.getDouble(0));
    }

    /** A Java value for asarray and the base NDArray NumPy is given (from which it builds the list it converts). */
    record Source(String what, Object java, NDArray numpy) {}

    @Test
    void asarrayOfJavaArraysAndScalars() {
        List<Source> sources = List.of(
                new Source("double[][]", new double[][] {{1.5, -2.25}, {0, 3}}, array(new double[][] {{1.5, -2.25}, {0, 3}})),
                new Source("float[]", new float[] {0.5f, -1.75f, 3}, array(new float[] {0.5f, -1.75f, 3})),
                new Source("long[]", new long[] {1, -2, 3_000_000_000L}, array(new long[] {1, -2, 3_000_000_000L})),
                new Source("int[][][]", new int[][][] {{{1, -2}}, {{0, 7}}}, array(new int[][][] {{{1, -2}}, {{0, 7}}})),
                new Source("boolean[]", new boolean[] {true, false, true}, array(new boolean[] {true, false, true})),
                new Source("double[0]", new double[0], zeros(0)),
                new Source("Double", 2.5, array(2.5).reshape(new long[0])),
                new Source("Long", 7L, array(7L).reshape(new long[0])),
                new Source("Boolean", true, array(true).reshape(new long[0])),
                new Source("double NaN", new double[] {Double.NaN, 1}, array(Double.NaN, 1.0)),
                new Source("double inf", new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY},
                        array(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
        OracleCases c = new OracleCases();
        DType[] targets = {null, DType.BOOL, DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64};
        for (Source s : sources)
            for (DType to : targets)
                for (Boolean copy : new Boolean[] {null, true, false}) {
                    // NumPy converts the same values from a list (np.asarray([...], dtype)); a Java array maps to its own dtype
                    String from = to == null ? "a" : "a.tolist()";
                    String code = "out = np.asarray(" + from + ", dtype=" + npType(to) + ", copy=" + py(copy) + ")";
                    if (to == null && !Boolean.FALSE.equals(copy)) code = "out = np.array(a)";
                    else if (to == null) code = "out = np.asarray(a.tolist(), copy=False)";
                    c.add("asarray " + s.what + " " + npType(to) + " copy=" + copy, firstLine(code), () -> asarray(s.java, to, null, copy), "a", s.numpy);
                }
        double[][] ragged = {{1}, {1, 2}};
        for (DType to : targets)
            for (Boolean copy : new Boolean[] {null, true, false})
                c.add("asarray ragged " + npType(to) + " copy=" + copy,
                        firstLine("out = np.asarray([[1.0], [1.0, 2.0]], dtype=" + npType(to) + ", copy=" + py(copy) + ")"),
                        () -> asarray(ragged, to, null, copy));
        c.run();
        assertThrows(IllegalArgumentException.class, () -> asarray("text"));
        assertThrows(IllegalArgumentException.class, () -> asarray(null));
    }

    @Test
    void asarrayCopyFalseSaysWhy() {
        NDArray x = arange(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> asarray(x, FLOAT32, null, false));
        assertTrue(e.getMessage().startsWith(NO_COPY), e.getMessage());
        assertTrue(e.getMessage().contains("int64") && e.getMessage().contains("float32"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> asarray(new double[] {1, 2}, null, null, false));
        assertTrue(e.getMessage().startsWith(NO_COPY) && e.getMessage().contains("double[]"), e.getMessage());
        OracleAssert.assertErrorMatches(np().run("np.asarray(np.arange(3), dtype=np.float32, copy=False)"), e, NO_COPY);
        assertSame(x, asarray(x, INT64, Device.CPU, false));
    }

    @Test
    void asarrayOnADevice() {
        NDArray x = arange(4.0).reshape(2, 2);
        Device gpu = Device.cuda(0);
        if (!gpu.isAvailable()) {
            assertThrows(DeviceUnavailableException.class, () -> asarray(x, null, gpu, null));
            assertThrows(DeviceUnavailableException.class, () -> asarray(new double[] {1}, null, gpu, null));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> asarray(x, null, gpu, false));
            assertTrue(e.getMessage().startsWith(NO_COPY) && e.getMessage().contains("cuda:0"), e.getMessage());
            return;
        }
        NDArray g = asarray(x, null, gpu, null);
        assertEquals(gpu, g.device());
        assertEquals(x.toString(), g.toString());
        assertSame(g, asarray(g, null, gpu, false));
        assertSame(g, asarray(g));
        assertThrows(IllegalArgumentException.class, () -> asarray(x, null, gpu, false));
        NDArray g32 = asarray(x, FLOAT32, gpu, true);
        assertEquals(FLOAT32, g32.dtype());
        assertEquals(x.astype(FLOAT32).toString(), g32.toString());
        NDArray back = asarray(g, INT32, Device.CPU, null);
        assertEquals(Device.CPU, back.device());
        assertEquals(x.astype(INT32).toString(), back.toString());
        NDArray fromJava = asarray(new float[] {1.5f, 2}, null, gpu, null);
        assertEquals(gpu, fromJava.device());
        assertEquals(FLOAT32, fromJava.dtype());
        NDArray same = asarray(g, null, null, true);
        assertEquals(gpu, same.device());
        assertNotSame(g, same);
    }

    static final String INFO = "info = np.__array_namespace_info__()\nmine = ('bool', 'int32', 'int64', 'float32', 'float64')\n";

    @Test
    void namespaceInfoAgainstNumPy() {
        NamespaceInfo info = arrayNamespaceInfo();
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<Supplier<String>> numj = new ArrayList<>();
        List<String> names = new ArrayList<>();
        cases.add(NumPyOracle.Case.of(INFO + "out = ', '.join(info.capabilities())"));
        numj.add(() -> String.join(", ", info.capabilities().keySet()));
        names.add("capabilities keys");
        for (String k : new String[] {"boolean indexing", "data-dependent shapes"}) {
            cases.add(NumPyOracle.Case.of(INFO + "out = str(info.capabilities()['" + k + "'])"));
            numj.add(() -> info.capabilities().get(k) == Boolean.TRUE ? "True" : "False");
            names.add("capabilities " + k);
        }
        cases.add(NumPyOracle.Case.of(INFO + "out = str(info.default_device())"));
        numj.add(() -> info.defaultDevice().toString());
        names.add("default device");
        cases.add(NumPyOracle.Case.of(INFO + "out = ', '.join(k + ' ' + str(v) for k, v in info.default_dtypes().items() if k != 'complex floating')"));
        numj.add(() -> join(info.defaultDtypes()));
        names.add("default dtypes");
        cases.add(NumPyOracle.Case.of(INFO
                + "out = ', '.join(k + ' ' + str(v) for k, v in info.default_dtypes(device='cpu').items() if k != 'complex floating')"));
        numj.add(() -> join(info.defaultDtypes(Device.CPU)));
        names.add("default dtypes on cpu");
        cases.add(NumPyOracle.Case.of(INFO + "out = ', '.join(k + ' ' + str(np.dtype(v)) for k, v in info.dtypes().items() if k in mine)"));
        numj.add(() -> join(info.dtypes()));
        names.add("dtypes");
        String[] kinds = {null, "bool", "signed integer", "unsigned integer", "integral", "real floating", "complex floating", "numeric"};
        for (String k : kinds) {
            String pk = k == null ? "None" : "'" + k + "'";
            cases.add(NumPyOracle.Case.of(INFO + "out = ', '.join(k + ' ' + str(np.dtype(v)) for k, v in info.dtypes(kind=" + pk + ").items() if k in mine)"));
            numj.add(() -> join(info.dtypes(null, k)));
            names.add("dtypes kind " + k);
            cases.add(NumPyOracle.Case.of(INFO + "out = ', '.join(k for k in info.dtypes(device='cpu', kind=" + pk + ") if k in mine)"));
            numj.add(() -> String.join(", ", info.dtypes(Device.CPU, k).keySet()));
            names.add("dtypes cpu kind " + k);
        }
        String[][] tuples = {{"bool", "integral"}, {"real floating", "signed integer"}, {"numeric", "bool"}, {"complex floating", "unsigned integer"},
            {"bool", null}, {"integral", "integral"}};
        for (String[] t : tuples) {
            String pk = "(" + Arrays.stream(t).map(k -> k == null ? "None" : "'" + k + "'").reduce((a, b) -> a + ", " + b).get() + ")";
            cases.add(NumPyOracle.Case.of(INFO + "out = ', '.join(k for k in info.dtypes(kind=" + pk + ") if k in mine)"));
            numj.add(() -> String.join(", ", info.dtypes(null, t[0], Arrays.copyOfRange(t, 1, t.length)).keySet()));
            names.add("dtypes kinds " + pk);
        }
        List<OracleResult> r = np().runBatch(cases);
        for (int i = 0; i < r.size(); i++) assertEquals(r.get(i).text(), numj.get(i).get(), names.get(i));
        for (String bad : new String[] {"foo", "float", "Bool", ""}) {
            OracleResult e = np().run(INFO + "info.dtypes(kind='" + bad + "')");
            OracleSupport.assertSameError(e, () -> info.dtypes(null, bad), "dtypes kind '" + bad + "'");
            OracleResult e2 = np().run(INFO + "info.dtypes(kind=('bool', '" + bad + "'))");
            OracleSupport.assertSameError(e2, () -> info.dtypes(null, "bool", bad), "dtypes kinds ('bool', '" + bad + "')");
        }
    }

    static String join(Map<String, DType> m) {
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }

    @Test
    void namespaceInfoIsNumJsTruth() {
        NamespaceInfo info = arrayNamespaceInfo();
        assertSame(info, arrayNamespaceInfo());
        Map<String, Object> caps = info.capabilities();
        int max = (Integer) caps.get("max dimensions");
        assertEquals(32, max);
        long[] ok = new long[max], tooMany = new long[max + 1];
        Arrays.fill(ok, 1);
        Arrays.fill(tooMany, 1);
        assertEquals(max, zeros(ok).ndim());
        assertThrows(IllegalArgumentException.class, () -> zeros(tooMany));
        assertEquals(Boolean.TRUE, caps.get("boolean indexing"));
        NDArray a = arange(5.0);
        assertArrayEquals(new long[] {2}, a.get(a.gt(2.0)).shape());
        Map<String, DType> defaults = info.defaultDtypes();
        assertEquals(List.of("real floating", "integral", "indexing"), List.copyOf(defaults.keySet()));
        assertEquals(defaults.get("real floating"), zeros(2).dtype());
        assertEquals(defaults.get("real floating"), linspace(0, 1, 3).dtype());
        assertEquals(defaults.get("integral"), arange(3).dtype());
        assertEquals(defaults.get("indexing"), a.argmax().dtype());
        assertEquals(defaults.get("indexing"), a.argsort().dtype());
        List<Device> devices = info.devices();
        assertEquals(Device.CPU, devices.get(0));
        assertEquals(1 + Device.cudaDeviceCount(), devices.size());
        assertTrue(devices.contains(info.defaultDevice()));
        for (Device dev : devices) {
            assertEquals(info.dtypes(), info.dtypes(dev, null));
            assertEquals(defaults, info.defaultDtypes(dev));
            for (DType dt : info.dtypes(dev, null).values()) assertEquals(dt, zeros(dev, dt, 2).dtype());
        }
        assertEquals(Arrays.asList(DType.values()), List.copyOf(info.dtypes().values()));
        for (DType dt : DType.values()) assertEquals(dt, info.dtypes().get(dt.toString()));
        assertEquals(Map.of(), info.dtypes(null, "complex floating"));
        assertEquals(Map.of(), info.dtypes(null, "unsigned integer"));
        assertThrows(UnsupportedOperationException.class, () -> info.capabilities().put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> info.dtypes().clear());
        assertThrows(UnsupportedOperationException.class, () -> info.devices().add(Device.CPU));
        if (!Device.cuda(Device.cudaDeviceCount()).isAvailable()) {
            Device missing = Device.cuda(Device.cudaDeviceCount());
            assertThrows(DeviceUnavailableException.class, () -> info.dtypes(missing, null));
            assertThrows(DeviceUnavailableException.class, () -> info.defaultDtypes(missing));
        }
    }
}
