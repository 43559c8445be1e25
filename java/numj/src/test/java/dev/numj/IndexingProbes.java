package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Batches of indexing probes against NumPy for the mask and fancy indexing tests: each probe is a
 * NumPy snippet and the NumJ code that must give the same array (or the same error, of the
 * matching Java exception type).
 */
final class IndexingProbes {
    private final List<NumPyOracle.Case> cases = new ArrayList<>();
    private final List<Supplier<NDArray>> numj = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /** A probe: {@code code} assigns {@code out}; inputs alternate names and NDArrays. */
    IndexingProbes add(String name, String code, Supplier<NDArray> numjCode, Object... namesAndArrays) {
        Map<String, Object> in = new LinkedHashMap<>();
        for (int i = 0; i < namesAndArrays.length; i += 2) in.put((String) namesAndArrays[i], toOracle((NDArray) namesAndArrays[i + 1]));
        cases.add(new NumPyOracle.Case(code, in));
        numj.add(numjCode);
        names.add(name + "   [" + code.replace("\n", "; ") + "]");
        return this;
    }

    /** {@code out = x[items]} with the Python index spelled from the typed items. */
    IndexingProbes read(NDArray x, Index... items) {
        Object[] in = inputs(x, items);
        return add("read " + desc(x), "out = x[" + python(items) + "]", () -> x.get(items), in);
    }

    /** {@code x[items] = v; out = x} on copies, so the probe can be re-run. */
    IndexingProbes write(NDArray x, NDArray v, Index... items) {
        Object[] in = inputs(x, items);
        Object[] all = Arrays.copyOf(in, in.length + 2);
        all[in.length] = "v";
        all[in.length + 1] = v;
        return add("write " + desc(x) + " <- " + desc(v), "x = x.copy()\nx[" + python(items) + "] = v\nout = x",
                () -> x.copy().set(items, v), all);
    }

    int size() { return cases.size(); }

    /** Runs the batch and compares every probe. */
    void check() {
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < cases.size(); i++) {
            OracleResult r = res.get(i);
            Supplier<NDArray> f = numj.get(i);
            if (r.isError()) {
                assertSameError(r, f::get, names.get(i));
                assertJavaType(r, f, names.get(i));
            } else {
                NDArray got;
                try {
                    got = f.get();
                } catch (RuntimeException e) {
                    throw new AssertionError(names.get(i) + ": NumPy gave a result, NumJ threw " + e, e);
                }
                assertMatches(r, got, names.get(i));
            }
        }
    }

    /** NumPy's error class must map to the documented Java exception. */
    static void assertJavaType(OracleResult r, Supplier<NDArray> f, String what) {
        Class<? extends Throwable> want = switch (r.errorType()) {
            case "IndexError" -> IndexOutOfBoundsException.class;
            case "AxisError" -> AxisException.class;
            case "TypeError" -> NumJTypeException.class;
            case "ValueError", "OverflowError" -> IllegalArgumentException.class;
            default -> throw new AssertionError(what + ": unexpected NumPy error " + r.errorType());
        };
        try {
            f.get();
            fail(what + ": no exception");
        } catch (RuntimeException e) {
            assertInstanceOf(want, e, what + ": NumPy raised " + r.errorType());
            if (want == IllegalArgumentException.class && e instanceof NumJTypeException)
                fail(what + ": NumPy raised " + r.errorType() + " but NumJ threw a type error");
        }
    }

    // ---- spelling typed items as Python ---------------------------------------------------------------

    private static Object[] inputs(NDArray x, Index[] items) {
        List<Object> in = new ArrayList<>(List.of("x", x));
        int k = 0;
        for (Index it : items)
            if (it instanceof Index.Array a) {
                in.add("i" + k++);
                in.add(a.array());
            }
        return in.toArray();
    }

    static String python(Index[] items) {
        StringBuilder b = new StringBuilder();
        int k = 0;
        for (Index it : items) {
            if (!b.isEmpty()) b.append(", ");
            switch (it) {
                case Index.At at -> b.append(at.index());
                case Index.Ellipsis e -> b.append("...");
                case Index.NewAxis n -> b.append("None");
                case Index.Array a -> b.append("i").append(k++);
                case Index.Slice s -> b.append(s.start() == null ? "" : s.start()).append(':')
                        .append(s.stop() == null ? "" : s.stop()).append(s.step() == null ? "" : ":" + s.step());
            }
        }
        return items.length == 1 ? b + "," : b.toString();
    }

    static String desc(NDArray a) { return a.dtype() + Arrays.toString(a.shape()); }

    // ---- data ---------------------------------------------------------------------------------------------

    /** An integer index array of dtype {@code dt} with values in [lo, hi). */
    static NDArray indices(Random rnd, DType dt, long lo, long hi, long... shape) {
        NDArray a = NDArray.allocate(dt, shape);
        for (long i = 0; i < a.size(); i++) a.writeLong(a.flatOffset(i), lo + (long) (rnd.nextDouble() * (hi - lo)));
        return a;
    }

    /** A bool mask with about {@code p} of its elements true. */
    static NDArray mask(Random rnd, double p, long... shape) {
        NDArray a = NDArray.allocate(DType.BOOL, shape);
        for (long i = 0; i < a.size(); i++) a.writeLong(a.flatOffset(i), rnd.nextDouble() < p ? 1 : 0);
        return a;
    }
}
