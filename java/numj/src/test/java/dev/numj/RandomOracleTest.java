package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.*;
import dev.numj.random.Random;
import static dev.numj.random.Random.*;

/**
 * np.random against NumJ's Random where a comparison means something (the streams differ by design):
 * result dtypes and shapes, values where they are determined (degenerate ranges, NaN parameters), every
 * error NumPy raises for bad arguments (message and exception type), and the distributions themselves
 * by two-sample tests against NumPy's own samplers. Also reports NumJ's and NumPy's sampling rates.
 */
class RandomOracleTest {
    private static final String RNG = "rng = np.random.default_rng(0)\n";
    private static final String G = "np.random.default_rng(0).";

    @Test
    void dtypesAndShapesMatchNumPy() {
        Random rng = random(1);
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<Supplier<NDArray>> numj = new ArrayList<>();
        add(cases, numj, "out = np.random.rand(2, 3)", () -> rng.rand(2, 3));
        add(cases, numj, "out = np.asarray(np.random.rand())", () -> rng.rand());
        add(cases, numj, "out = np.random.rand(0, 3)", () -> rng.rand(0, 3));
        add(cases, numj, "out = np.random.randn(4)", () -> rng.randn(4));
        add(cases, numj, "out = np.random.randint(0, 10, size=(3, 3))", () -> rng.randint(0, 10, 3, 3));
        add(cases, numj, "out = np.random.randint(0, 10, size=0)", () -> rng.randint(0, 10, 0));
        add(cases, numj, "out = np.random.randint(-5, 5, size=5, dtype=np.int32)", () -> rng.randint(INT32, -5, 5, 5));
        add(cases, numj, "out = np.random.randint(0, 2, size=4, dtype=np.bool_)", () -> rng.randint(BOOL, 0, 2, 4));
        add(cases, numj, "out = np.random.uniform(-.5, .5, (2, 2))", () -> rng.uniform(-.5, .5, 2, 2));
        add(cases, numj, "out = np.random.normal(170, 10, 10)", () -> rng.normal(170, 10, 10));
        add(cases, numj, "out = np.random.exponential(2.0, (2, 3))", () -> rng.exponential(2.0, 2, 3));
        add(cases, numj, RNG + "out = rng.random((2, 2), dtype=np.float32)", () -> rng.rand(FLOAT32, 2, 2));
        add(cases, numj, RNG + "out = rng.standard_normal(3, dtype=np.float32)", () -> rng.randn(FLOAT32, 3));
        add(cases, numj, RNG + "out = rng.standard_exponential(3, dtype=np.float32)", () -> rng.exponential(FLOAT32, 1.0, 3));
        add(cases, numj, RNG + "out = rng.choice(5, 3, replace=False)", () -> rng.choice(5, 3, false));
        add(cases, numj, RNG + "out = rng.choice(5, 7)", () -> rng.choice(5, 7));
        add(cases, numj, RNG + "out = rng.choice(0, 0)", () -> rng.choice(0, 0, true));
        add(cases, numj, RNG + "out = rng.choice(0, 0, replace=False)", () -> rng.choice(0, 0, false));
        add(cases, numj, RNG + "out = rng.choice(-1, 0)", () -> rng.choice(-1, 0, true));
        add(cases, numj, RNG + "out = rng.permutation(np.broadcast_to(np.arange(3), (2, 3)))",
                () -> rng.permutation(broadcastTo(arange(3), 2, 3)));
        add(cases, numj, RNG + "out = rng.choice(np.arange(6.).reshape(3, 2), 2)", () -> rng.choice(arange(6.0).reshape(3, 2), 2));
        add(cases, numj, RNG + "out = rng.choice(np.zeros((0, 2)), 0)", () -> rng.choice(zeros(0, 2), 0));
        add(cases, numj, RNG + "out = rng.choice(np.array(5), 2)", () -> rng.choice(array((Object) 5L), 2));
        add(cases, numj, RNG + "out = rng.choice(np.array(True), 2)", () -> rng.choice(array((Object) true), 2));
        add(cases, numj, "out = np.random.permutation(10)", () -> rng.permutation(10));
        add(cases, numj, "out = np.random.permutation(-1)", () -> rng.permutation(-1));
        add(cases, numj, "out = np.random.permutation(np.ones((4, 2), np.float32))", () -> rng.permutation(ones(FLOAT32, 4, 2)));
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < cases.size(); i++) {
            NDArray a = numj.get(i).get();
            assertEquals(res.get(i).value().dtype(), a.dtype().toString(), cases.get(i).code());
            assertArrayEquals(res.get(i).value().shape(), a.shape(), cases.get(i).code());
        }
    }

    @Test
    void determinedValuesMatchNumPy() {
        Random rng = random(2);
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<Supplier<NDArray>> numj = new ArrayList<>();
        add(cases, numj, "out = np.random.randint(5, 6, size=3)", () -> rng.randint(5, 6, 3));
        add(cases, numj, "out = np.random.randint(2**31 - 1, 2**31, size=2, dtype=np.int32)",
                () -> rng.randint(INT32, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, 2));
        add(cases, numj, "out = np.random.randint(-2**31, -2**31 + 1, size=2, dtype=np.int32)",
                () -> rng.randint(INT32, Integer.MIN_VALUE, Integer.MIN_VALUE + 1L, 2));
        add(cases, numj, "out = np.random.uniform(2, 2, 3)", () -> rng.uniform(2, 2, 3));
        add(cases, numj, "out = np.random.normal(0, np.nan, 2)", () -> rng.normal(0, Double.NaN, 2));
        add(cases, numj, "out = np.random.normal(np.inf, 1, 2)", () -> rng.normal(Double.POSITIVE_INFINITY, 1, 2));
        add(cases, numj, "out = np.random.normal(4, 0, 3)", () -> rng.normal(4, 0, 3));
        add(cases, numj, "out = np.random.exponential(np.nan, 2)", () -> rng.exponential(Double.NaN, 2));
        add(cases, numj, "out = np.random.exponential(0, 3)", () -> rng.exponential(0, 3));
        add(cases, numj, RNG + "out = rng.choice(1, 4)", () -> rng.choice(1, 4));
        add(cases, numj, RNG + "out = rng.choice(np.array([7.5]), 3)", () -> rng.choice(array(new double[] {7.5}), 3));
        add(cases, numj, RNG + "out = np.sort(rng.choice(np.array([3, 1, 2]), 3, replace=False))",
                () -> array(sorted(rng.choice(array(3L, 1L, 2L), 3, false).toLongArray())));
        add(cases, numj, "out = np.sort(np.random.permutation(6))", () -> array(sorted(rng.permutation(6).toLongArray())));
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < cases.size(); i++) assertMatches(res.get(i), numj.get(i).get(), cases.get(i).code());
    }

    private static long[] sorted(long[] v) {
        java.util.Arrays.sort(v);
        return v;
    }

    private static void add(List<NumPyOracle.Case> cases, List<Supplier<NDArray>> numj, String code, Supplier<NDArray> f) {
        cases.add(new NumPyOracle.Case(code));
        numj.add(f);
    }

    record Bad(String numpy, Runnable numj, Class<? extends RuntimeException> type) {}

    @Test
    void badArgumentsFailLikeNumPy() {
        Random rng = random(3);
        List<Bad> bad = List.of(
                new Bad("np.random.randint(5, 5)", () -> rng.randint(5, 5), IllegalArgumentException.class),
                new Bad("np.random.randint(5, 3, size=2)", () -> rng.randint(5, 3, 2), IllegalArgumentException.class),
                new Bad("np.random.randint(5, 5, size=-1)", () -> rng.randint(5, 5, -1), IllegalArgumentException.class),
                new Bad("np.random.randint(0, 10, size=(2, -1))", () -> rng.randint(0, 10, 2, -1), IllegalArgumentException.class),
                new Bad("np.random.randint(0, 2**31 + 1, dtype=np.int32)", () -> rng.randint(INT32, 0, (1L << 31) + 1),
                        IllegalArgumentException.class),
                new Bad("np.random.randint(-2**31 - 1, 0, dtype=np.int32)", () -> rng.randint(INT32, -(1L << 31) - 1, 0),
                        IllegalArgumentException.class),
                new Bad("np.random.randint(-2**31 - 1, 2**31 + 1, dtype=np.int32)",
                        () -> rng.randint(INT32, -(1L << 31) - 1, (1L << 31) + 1), IllegalArgumentException.class),
                new Bad("np.random.randint(2**31 + 5, 2**31 + 1, dtype=np.int32)",
                        () -> rng.randint(INT32, (1L << 31) + 5, (1L << 31) + 1), IllegalArgumentException.class),
                new Bad("np.random.randint(2**31, 2**31, dtype=np.int32)", () -> rng.randint(INT32, 1L << 31, 1L << 31),
                        IllegalArgumentException.class),
                new Bad("np.random.randint(0, 3, dtype=np.bool_)", () -> rng.randint(BOOL, 0, 3), IllegalArgumentException.class),
                new Bad("np.random.randint(-1, 1, dtype=np.bool_)", () -> rng.randint(BOOL, -1, 1), IllegalArgumentException.class),
                new Bad("np.random.randint(0, 5, dtype=np.float64)", () -> rng.randint(FLOAT64, 0, 5), NumJTypeException.class),
                new Bad("np.random.rand(-1)", () -> rng.rand(-1), IllegalArgumentException.class),
                new Bad("np.random.randn(2, -3)", () -> rng.randn(2, -3), IllegalArgumentException.class),
                new Bad("np.random.normal(0, -1, 3)", () -> rng.normal(0, -1, 3), IllegalArgumentException.class),
                new Bad("np.random.normal(0, -0.0, 3)", () -> rng.normal(0, -0.0, 3), IllegalArgumentException.class),
                new Bad("np.random.normal(0, -1, size=-1)", () -> rng.normal(0, -1, -1), IllegalArgumentException.class),
                new Bad("np.random.normal(0, 1, size=-2)", () -> rng.normal(0, 1, -2), IllegalArgumentException.class),
                new Bad("np.random.exponential(-1, 3)", () -> rng.exponential(-1, 3), IllegalArgumentException.class),
                new Bad("np.random.exponential(-0.0, 3)", () -> rng.exponential(-0.0, 3), IllegalArgumentException.class),
                new Bad("np.random.exponential(1, size=(2, -2))", () -> rng.exponential(1, 2, -2), IllegalArgumentException.class),
                new Bad("np.random.uniform(-1e308, 1e308, 2)", () -> rng.uniform(-1e308, 1e308, 2), ArithmeticException.class),
                new Bad("np.random.uniform(0, np.nan, 2)", () -> rng.uniform(0, Double.NaN, 2), ArithmeticException.class),
                new Bad("np.random.uniform(0, np.inf, size=-1)", () -> rng.uniform(0, Double.POSITIVE_INFINITY, -1),
                        ArithmeticException.class),
                new Bad("np.random.uniform(0, 1, -1)", () -> rng.uniform(0, 1, -1), IllegalArgumentException.class),
                new Bad(G + "random(3, dtype=np.int64)", () -> rng.rand(INT64, 3), NumJTypeException.class),
                new Bad(G + "standard_normal(3, dtype=np.int32)", () -> rng.randn(INT32, 3), NumJTypeException.class),
                new Bad(G + "standard_exponential(3, dtype=np.int32)", () -> rng.exponential(INT32, 1, 3),
                        NumJTypeException.class),
                new Bad(G + "choice(5, 6, replace=False)", () -> rng.choice(5, 6, false), IllegalArgumentException.class),
                new Bad(G + "choice(0, 3)", () -> rng.choice(0, 3), IllegalArgumentException.class),
                new Bad(G + "choice(-1, 3, replace=False)", () -> rng.choice(-1, 3, false), IllegalArgumentException.class),
                new Bad(G + "choice(0, -1)", () -> rng.choice(0, -1), IllegalArgumentException.class),
                new Bad(G + "choice(5, -1)", () -> rng.choice(5, -1), IllegalArgumentException.class),
                new Bad(G + "choice(5, -1, replace=False)", () -> rng.choice(5, -1, false), IllegalArgumentException.class),
                new Bad(G + "choice(np.zeros((0, 3)), 2)", () -> rng.choice(zeros(0, 3), 2), IllegalArgumentException.class),
                new Bad(G + "choice(np.zeros((0, 3)), -1)", () -> rng.choice(zeros(0, 3), -1), IllegalArgumentException.class),
                new Bad(G + "choice(np.arange(3), 4, replace=False)", () -> rng.choice(arange(3), 4, false),
                        IllegalArgumentException.class),
                new Bad(G + "choice(-1, 0, replace=False)", () -> rng.choice(-1, 0, false), IllegalArgumentException.class),
                new Bad("np.random.shuffle(np.broadcast_to(np.arange(3), (2, 3)))", () -> rng.shuffle(broadcastTo(arange(3), 2, 3)),
                        IllegalArgumentException.class),
                new Bad("np.random.permutation(np.array(5))", () -> rng.permutation(array((Object) 5L)),
                        IndexOutOfBoundsException.class),
                new Bad("np.random.shuffle(np.array(5))", () -> rng.shuffle(array((Object) 5L)), NumJTypeException.class));
        List<NumPyOracle.Case> cases = bad.stream().map(b -> new NumPyOracle.Case("out = " + b.numpy)).toList();
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < bad.size(); i++) {
            Bad b = bad.get(i);
            assertSameError(res.get(i), b.numj, b.numpy);
            assertThrows(b.type, b.numj::run, b.numpy + ": " + res.get(i).errorType() + " maps to " + b.type.getSimpleName());
        }
        // a 0-d float array is no population: NumPy names its Python class, NumJ the array's dtype
        OracleResult r = np().run("out = " + G + "choice(np.array(5.5), 2)");
        dev.numj.oracle.OracleAssert.assertErrorMatches(r, () -> rng.choice(array((Object) 5.5), 2),
                "a must be a sequence or an integer");
    }

    /** Two-sample Kolmogorov-Smirnov statistic of NumJ's sample x against NumPy's sampler, computed in NumPy. */
    private static double ks(NDArray x, String numpySample) {
        String code = "y = " + numpySample + "\n"
                + "xs = np.sort(x.astype(np.float64)); ys = np.sort(y.astype(np.float64)); z = np.concatenate([xs, ys])\n"
                + "out = np.max(np.abs(np.searchsorted(xs, z, side='right') / xs.size - np.searchsorted(ys, z, side='right') / ys.size))";
        OracleResult r = np().run(code, Map.of("x", toOracle(x)));
        return r.value().getDouble(0);
    }

    @Test
    void distributionsMatchNumPysSamplers() {
        int n = 100_000;
        double crit = Math.sqrt(-0.5 * Math.log(1e-6 / 2)) * Math.sqrt(2.0 / n);   // KS at alpha = 1e-6
        Random rng = random(4);
        String g = "np.random.default_rng(12345).";
        Map<String, NDArray> cases = new java.util.LinkedHashMap<>();
        cases.put(g + "random(" + n + ")", rng.rand(n));
        cases.put(g + "random(" + n + ", dtype=np.float32)", rng.rand(FLOAT32, n));
        cases.put(g + "standard_normal(" + n + ")", rng.randn(n));
        cases.put(g + "standard_normal(" + n + ", dtype=np.float32)", rng.randn(FLOAT32, n));
        cases.put(g + "uniform(-0.5, 0.5, " + n + ")", rng.uniform(-0.5, 0.5, n));
        cases.put(g + "normal(3, 2, " + n + ")", rng.normal(3, 2, n));
        cases.put(g + "exponential(2.0, " + n + ")", rng.exponential(2.0, n));
        cases.put("np.random.RandomState(7).exponential(0.5, " + n + ")", rng.exponential(0.5, n));
        cases.put("np.random.RandomState(7).normal(-1, 0.1, " + n + ")", rng.normal(FLOAT32, -1, 0.1, n));
        for (var e : cases.entrySet()) {
            double d = ks(e.getValue(), e.getKey());
            assertTrue(d < crit, e.getKey() + ": KS distance " + d + " to NumPy's sample exceeds " + crit);
        }
        // discrete: randint and choice against NumPy's counts (chi-square test of homogeneity)
        long[] ours = new long[10];
        for (long v : rng.randint(0, 10, n).toLongArray()) ours[(int) v]++;
        long[] theirs = np().run("out = np.bincount(np.random.randint(0, 10, " + n + "), minlength=10)").value().toLongArray();
        double chi2 = 0;
        for (int i = 0; i < 10; i++) chi2 += (double) (ours[i] - theirs[i]) * (ours[i] - theirs[i]) / (ours[i] + theirs[i]);
        assertTrue(chi2 < 9 + 5 * Math.sqrt(18), "randint(0, 10) vs NumPy: chi-square " + chi2);
    }

    @Test
    void millionsOfDrawsAreFast() {
        // Rates, printed for the docs; no timing assertions (shared CI machines vary).
        int n = 10_000_000;
        Random rng = random(5);
        String[] names = {"randn", "rand", "randint(0,10)", "permutation"};
        List<Supplier<NDArray>> ours = List.of(() -> rng.randn(n), () -> rng.rand(n), () -> rng.randint(0, 10, n),
                () -> rng.permutation(n / 10));
        String[] numpy = {"rng.standard_normal(10**7)", "rng.random(10**7)", "rng.integers(0, 10, 10**7)", "rng.permutation(10**6)"};
        StringBuilder report = new StringBuilder("random sampling, one run after a warm-up (" + Runtime.getRuntime().availableProcessors()
                + " cores): NumJ vs np.random.default_rng()\n");
        for (int k = 0; k < names.length; k++) {
            double best = Double.MAX_VALUE;
            for (int rep = 0; rep < 2; rep++) {
                try (Scope s = scope()) {
                    long t0 = System.nanoTime();
                    NDArray x = ours.get(k).get();
                    double t = (System.nanoTime() - t0) / 1e9;
                    if (rep > 0) best = Math.min(best, t);   // the first run warms up the JIT
                    assertEquals(k == 3 ? n / 10 : n, x.size());
                }
            }
            double theirs = np().run("import time\nrng = np.random.default_rng()\nts = []\nfor _ in range(2):\n"
                    + "    t = time.perf_counter(); " + numpy[k] + "; ts.append(time.perf_counter() - t)\n"
                    + "out = np.array(min(ts[1:]))").value().getDouble(0);
            long count = k == 3 ? n / 10 : n;
            report.append(String.format("  %-14s %,11d values: NumJ %7.1f ms (%6.1f M/s), NumPy %7.1f ms (%6.1f M/s)%n",
                    names[k], count, best * 1e3, count / best / 1e6, theirs * 1e3, count / theirs / 1e6));
        }
        System.out.print(report);
    }
}
