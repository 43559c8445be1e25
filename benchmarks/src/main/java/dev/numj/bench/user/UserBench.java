package dev.numj.bench.user;

import static dev.numj.NumJ.FLOAT32;
import static dev.numj.NumJ.FLOAT64;
import static dev.numj.NumJ.array;
import static dev.numj.NumJ.exp;
import static dev.numj.NumJ.maximum;

import dev.numj.DType;
import dev.numj.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What users get: NumJ timed the way a NumPy user's code runs, not as JMH tunes it. Each
 * invocation is a fresh JVM running one case: it builds the inputs (untimed), then calls the statement back
 * to back for a fixed wall time, timing every call with {@link System#nanoTime}. Results are left to the
 * garbage collector: nothing is closed, no scope, no output reused. {@code benchmarks/numpy/bench_user.py}
 * is the same cases written as a NumPy user writes them, with the same protocol; {@code scripts/bench
 * --suites user} runs both sides, one fresh process per case, and prints the table.
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp benchmarks.jar dev.numj.bench.user.UserBench [--seconds S] CASE[:DTYPE] ...
 * java ... UserBench --list        (the cases, one per line: NAME DTYPE)
 * </pre>
 * CASE alone runs it in float32 then float64 (in this JVM: only the first is a fresh start; scripts/bench
 * starts one JVM per CASE:DTYPE). Prints one JSON line per case:
 * <ul>
 *   <li>{@code calls}: statements called in the {@code seconds} of calling; {@code batch}: calls per timed sample
 *       (1000 for the 16-element cases, whose per-call time is the batch's time / 1000);
 *   <li>{@code first_call_ns}: the very first call (always timed alone); {@code first_second_ns}: the mean per-call
 *       time of the calls that completed in the first second of calling (JIT, page faults, first collections
 *       and all); {@code steady_best_ns}, {@code steady_median_ns}: best and median per-call time of the samples
 *       that started after the first second (where none did, every call after the first, and
 *       {@code steady_after_first_second} is false);
 *   <li>{@code checksum}: [sum, sum of |x|] of the last result in float64 (for the cases that update their
 *       inputs, {@code mutates}, it depends on the number of calls); {@code check}: the same case built at a
 *       small size and called exactly 3 times after the timing, checksum, dtype and shape, to compare with NumPy's.
 * </ul>
 * Inputs are not drawn from a generator (NumJ's and NumPy's streams differ) but from the same formula on
 * both sides, {@code lo + (hi - lo) * frac((i + 1) * phi + s * 0.1234567)} in float64 then cast, so the two
 * sides compute on bit-identical inputs and their checksums can be compared.
 */
public final class UserBench {
    private UserBench() {}

    /** The last result, kept reachable until the next call replaces it, so no call can be optimised away. */
    static volatile Object sink;
    static volatile double used;

    /**
     * Reads the result's first element, as a program that uses its result does: NumJ evaluates chains of
     * elementwise ops lazily (on first use), so a result nobody reads would cost nothing. bench_user.py reads
     * the same element. Not done for the batched 16-element cases (below NumJ's fusion threshold, never lazy),
     * whose per-call cost the read would dominate.
     */
    static void use(NDArray r) {
        if (r.size() > 0) used = r.getDouble(new long[r.ndim()]);
    }

    static final double PHI = 0.6180339887498949;

    /** The deterministic inputs: n values in [lo, hi), the same in bench_user.py. */
    static double[] u(long n, int s, double lo, double hi) {
        double[] r = new double[Math.toIntExact(n)];
        double off = s * 0.1234567, w = hi - lo;
        for (int i = 0; i < r.length; i++) {
            double v = (i + 1.0) * PHI + off;
            v -= Math.floor(v);
            r[i] = lo + w * v;
        }
        return r;
    }

    static NDArray arr(DType dt, int s, double lo, double hi, int... shape) {
        long n = 1;
        for (int d : shape) n *= d;
        return array(dt, u(n, s, lo, hi)).reshape(shape);
    }

    /** One case: builds its inputs for a dtype and size, and returns the statement. */
    interface Case {
        Supplier<NDArray> build(DType dt, boolean small);
    }

    record Def(String name, Case c, int batch, boolean mutates, String what) {}

    static final Map<String, Def> CASES = new LinkedHashMap<>();
    /** Probes: run by name only, never part of the suite ({@code --list} leaves them out); what a case is made of. */
    static final Map<String, Def> PROBES = new LinkedHashMap<>();

    static void def(String name, int batch, boolean mutates, String what, Case c) {
        CASES.put(name, new Def(name, c, batch, mutates, what));
    }

    static final int SMALL_N = 1000;

    static {
        for (int b : new int[] {64, 256}) {
            def("mlp_b" + b, 1, true, "MLP 784-128-10 SGD step, batch " + b, (dt, small) -> mlp(dt, small ? 16 : b));
            PROBES.put("mlp_products_b" + b, new Def("mlp_products_b" + b, (dt, small) -> mlpProducts(dt, small ? 16 : b), 1, false,
                    "the MLP step's five matrix products alone, batch " + b));
        }
        def("softmax_4096x1000", 1, false, "row softmax 4096x1000", (dt, small) -> {
            NDArray X = small ? arr(dt, 1, -4, 4, 64, 100) : arr(dt, 1, -4, 4, 4096, 1000);
            return () -> {
                NDArray e = exp(X.sub(X.max(1, true)));
                return e.div(e.sum(1, true));
            };
        });
        def("standardize_4096x1024", 1, false, "(X - X.mean(0)) / X.std(0), 4096x1024", (dt, small) -> {
            NDArray X = small ? arr(dt, 1, -1, 3, 64, 100) : arr(dt, 1, -1, 3, 4096, 1024);
            return () -> X.sub(X.mean(0)).div(X.std(0));
        });
        def("sigmoid_1e7", 1, false, "1/(1+exp(-a)), 1e7", (dt, small) -> {
            NDArray a = arr(dt, 1, -6, 6, small ? SMALL_N : 10_000_000);
            return () -> exp(a.neg()).add(1L).rdiv(1L);
        });
        def("bias_add_4096x1024", 1, false, "X + b, 4096x1024 + 1024", (dt, small) -> {
            int m = small ? 64 : 4096, n = small ? 100 : 1024;
            NDArray X = arr(dt, 1, -1, 1, m, n), b = arr(dt, 2, -1, 1, n);
            return () -> X.add(b);
        });
        for (int e : new int[] {6, 7}) {
            int n = e == 6 ? 1_000_000 : 10_000_000;
            def("add_1e" + e, 1, false, "a + b, 1e" + e, (dt, small) -> {
                NDArray a = arr(dt, 1, -1, 1, small ? SMALL_N : n), b = arr(dt, 2, -1, 1, small ? SMALL_N : n);
                return () -> a.add(b);
            });
            def("mul_add_1e" + e, 1, false, "a * b + c, 1e" + e, (dt, small) -> {
                int k = small ? SMALL_N : n;
                NDArray a = arr(dt, 1, -1, 1, k), b = arr(dt, 2, -1, 1, k), c = arr(dt, 3, -1, 1, k);
                return () -> a.mul(b).add(c);
            });
            def("exp_1e" + e, 1, false, "exp(a), 1e" + e, (dt, small) -> {
                NDArray a = arr(dt, 1, -5, 5, small ? SMALL_N : n);
                return () -> exp(a);
            });
            def("maximum_1e" + e, 1, false, "maximum(a, 0), 1e" + e, (dt, small) -> {
                NDArray a = arr(dt, 1, -1, 1, small ? SMALL_N : n);
                return () -> maximum(a, 0L);
            });
        }
        def("iadd_1e7", 1, true, "a += b (addi), 1e7", (dt, small) -> {
            int k = small ? SMALL_N : 10_000_000;
            NDArray a = arr(dt, 1, -1, 1, k), b = arr(dt, 2, -1e-3, 1e-3, k);
            return () -> a.addi(b);
        });
        def("sum_axis0_4096x1024", 1, false, "X.sum(axis=0), 4096x1024", (dt, small) -> {
            NDArray X = small ? arr(dt, 1, 0, 1, 64, 100) : arr(dt, 1, 0, 1, 4096, 1024);
            return () -> X.sum(0);
        });
        def("sum_axis1_4096x1024", 1, false, "X.sum(axis=1), 4096x1024", (dt, small) -> {
            NDArray X = small ? arr(dt, 1, 0, 1, 64, 100) : arr(dt, 1, 0, 1, 4096, 1024);
            return () -> X.sum(1);
        });
        def("argmax_axis1_4096x1024", 1, false, "X.argmax(axis=1), 4096x1024", (dt, small) -> {
            NDArray X = small ? arr(dt, 1, 0, 1, 64, 100) : arr(dt, 1, 0, 1, 4096, 1024);
            return () -> X.argmax(1);
        });
        def("max_1e7", 1, false, "a.max(), 1e7", (dt, small) -> {
            NDArray a = arr(dt, 1, -1, 1, small ? SMALL_N : 10_000_000);
            return () -> a.max();
        });
        for (int n : new int[] {64, 256, 1024, 2048}) {
            def("matmul_" + n, 1, false, "A @ B, " + n + "x" + n, (dt, small) -> {
                int k = small ? Math.min(n, 129) : n;
                NDArray A = arr(dt, 1, -1, 1, k, k), B = arr(dt, 2, -1, 1, k, k);
                return () -> A.matmul(B);
            });
        }
        def("add_16", 1000, false, "a + b, 16 elements", (dt, small) -> {
            NDArray a = arr(dt, 1, -1, 1, 16), b = arr(dt, 2, -1, 1, 16);
            return () -> a.add(b);
        });
        def("sum_16", 1000, false, "a.sum(), 16 elements", (dt, small) -> {
            NDArray a = arr(dt, 1, -1, 1, 16);
            return () -> a.sum();
        });
        def("dot_16", 1000, false, "dot(a, b), 16 elements", (dt, small) -> {
            NDArray a = arr(dt, 1, -1, 1, 16), b = arr(dt, 2, -1, 1, 16);
            return () -> a.dot(b);
        });
    }

    /**
     * The seeds' training step, written plainly as their NumPy is (benchmarks/numpy/mlp_steps.py, DigitsMlp.step)
     * at the shapes 784-128-10, on one fixed batch: forward, softmax, cross-entropy gradients, backward
     * matmuls, SGD update. Returns dW1 (which depends on every earlier update).
     */
    static Supplier<NDArray> mlp(DType dt, int B) {
        NDArray X = arr(dt, 1, 0, 1, B, 784);
        double[] y = new double[B * 10];
        for (int i = 0; i < B; i++) y[i * 10 + (i * 7) % 10] = 1;
        NDArray Y = array(dt, y).reshape(B, 10);
        NDArray W1 = arr(dt, 2, -0.087, 0.087, 784, 128), b1 = arr(dt, 3, -0.01, 0.01, 128);   // ~He scale
        NDArray W2 = arr(dt, 4, -0.216, 0.216, 128, 10), b2 = arr(dt, 5, -0.01, 0.01, 10);
        double lr = 0.1;
        return () -> {
            NDArray z1 = X.matmul(W1).add(b1);
            NDArray a1 = maximum(z1, 0L);
            NDArray z2 = a1.matmul(W2).add(b2);
            NDArray e = exp(z2.sub(z2.max(1, true)));
            NDArray p = e.div(e.sum(1, true));
            NDArray dz2 = p.sub(Y).div((long) B);
            NDArray dW2 = a1.T().matmul(dz2), db2 = dz2.sum(0);
            NDArray dz1 = dz2.matmul(W2.T()).mul(z1.gt(0L).astype(z1.dtype()));
            NDArray dW1 = X.T().matmul(dz1), db1 = dz1.sum(0);
            W1.subi(dW1.mul(lr));
            b1.subi(db1.mul(lr));
            W2.subi(dW2.mul(lr));
            b2.subi(db2.mul(lr));
            return dW1;
        };
    }

    /**
     * A probe: the five matrix products of one MLP step alone, on operands of the step's shapes (how much of the step
     * the products are, and what the step can at best be on a given BLAS).
     */
    static Supplier<NDArray> mlpProducts(DType dt, int B) {
        NDArray X = arr(dt, 1, 0, 1, B, 784);
        NDArray W1 = arr(dt, 2, -0.087, 0.087, 784, 128), W2 = arr(dt, 4, -0.216, 0.216, 128, 10);
        NDArray a1 = arr(dt, 6, 0, 1, B, 128), dz2 = arr(dt, 7, -0.01, 0.01, B, 10), dz1 = arr(dt, 8, -0.01, 0.01, B, 128);
        return () -> {
            X.matmul(W1);
            a1.matmul(W2);
            a1.T().matmul(dz2);
            dz2.matmul(W2.T());
            return X.T().matmul(dz1);
        };
    }

    static double[] checksum(NDArray r) {
        double s = 0, a = 0;
        for (double v : r.toDoubleArray()) {
            s += v;
            a += Math.abs(v);
        }
        return new double[] {s, a};
    }

    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "null";
        return String.format(Locale.ROOT, "%.17g", v);
    }

    static String trace;

    static String run(Def d, DType dt, double seconds) {
        long s0 = System.nanoTime();
        Supplier<NDArray> stmt = d.c.build(dt, false);
        double setup = (System.nanoTime() - s0) / 1e9;
        int batch = d.batch;
        // samples: per-call ns of each timed sample, its start and end (ns since calling began)
        long[] per = new long[1 << 12], start = new long[per.length], end = new long[per.length];
        int k = 0;
        long calls = 0;
        long limit = (long) (seconds * 1e9);
        long t00 = System.nanoTime();
        NDArray r;
        {   // the very first call, alone
            long t0 = System.nanoTime();
            r = stmt.get();
            sink = r;
            use(r);
            long t1 = System.nanoTime();
            per[0] = t1 - t0;
            start[0] = 0;
            end[0] = t1 - t00;
            k = 1;
            calls = 1;
        }
        while (true) {
            long t0 = System.nanoTime();
            if (t0 - t00 >= limit) break;
            if (batch == 1) {
                r = stmt.get();
                sink = r;
                use(r);
            } else {
                for (int i = 0; i < batch; i++) {
                    r = stmt.get();
                    sink = r;
                }
            }
            long t1 = System.nanoTime();
            if (k == per.length) {
                per = Arrays.copyOf(per, 2 * k);
                start = Arrays.copyOf(start, 2 * k);
                end = Arrays.copyOf(end, 2 * k);
            }
            per[k] = (t1 - t0) / batch;
            start[k] = t0 - t00;
            end[k] = t1 - t00;
            k++;
            calls += batch;
        }
        double total = (System.nanoTime() - t00) / 1e9;
        if (trace != null) {   // --trace FILE: every sample (start ns since calling began, per-call ns), for by-hand study
            StringBuilder tb = new StringBuilder();
            for (int i = 0; i < k; i++) tb.append(start[i]).append(' ').append(per[i]).append('\n');
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(trace + "-" + d.name + "-" + dt.toString().toLowerCase(Locale.ROOT)),
                        tb.toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        // first second: every call that completed within 1 s of the start of calling
        long fsTime = 0, fsCalls = 0;
        List<Long> steady = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (end[i] <= 1_000_000_000L) {
                fsTime += i == 0 ? per[0] : end[i] - start[i];
                fsCalls += i == 0 ? 1 : batch;
            }
            if (start[i] >= 1_000_000_000L) steady.add(per[i]);
        }
        // a case whose calls straddle the first second (over a second each) has no such sample: its steady
        // figures are then every call after the first (steady_after_first_second: false)
        boolean afterFirstSecond = !steady.isEmpty();
        if (!afterFirstSecond) for (int i = 1; i < k; i++) steady.add(per[i]);
        long[] st = steady.stream().mapToLong(Long::longValue).sorted().toArray();
        double[] cs = checksum(r);
        String rdt = r.dtype().toString().toLowerCase(Locale.ROOT);
        // the correctness instance: small, exactly 3 calls, after the timing
        Supplier<NDArray> small = d.c.build(dt, true);
        NDArray c = null;
        for (int i = 0; i < 3; i++) c = small.get();
        double[] ccs = checksum(c);
        StringBuilder sb = new StringBuilder();
        sb.append("{\"side\":\"numj\",\"case\":\"").append(d.name).append("\",\"dtype\":\"")
                .append(dt.toString().toLowerCase(Locale.ROOT)).append("\",\"what\":\"").append(d.what)
                .append("\",\"batch\":").append(batch).append(",\"calls\":").append(calls)
                .append(",\"samples\":").append(k)
                .append(",\"first_call_ns\":").append(per[0])
                .append(",\"first_second_calls\":").append(fsCalls)
                .append(",\"first_second_ns\":").append(num(fsCalls > 0 ? (double) fsTime / fsCalls : Double.NaN))
                .append(",\"steady_samples\":").append(st.length)
                .append(",\"steady_after_first_second\":").append(afterFirstSecond)
                .append(",\"steady_best_ns\":").append(st.length > 0 ? num(st[0]) : "null")
                .append(",\"steady_median_ns\":").append(st.length > 0 ? num(median(st)) : "null")
                .append(",\"total_s\":").append(num(total))
                .append(",\"setup_s\":").append(num(setup))
                .append(",\"mutates\":").append(d.mutates)
                .append(",\"result_dtype\":\"").append(rdt).append("\"")
                .append(",\"checksum\":[").append(num(cs[0])).append(',').append(num(cs[1])).append(']')
                .append(",\"check\":{\"calls\":3,\"dtype\":\"").append(c.dtype().toString().toLowerCase(Locale.ROOT))
                .append("\",\"shape\":").append(Arrays.toString(c.shape()).replace(" ", ""))
                .append(",\"checksum\":[").append(num(ccs[0])).append(',').append(num(ccs[1])).append("]}")
                .append(",\"java\":\"").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append("\"}");
        return sb.toString();
    }

    static double median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    public static void main(String[] args) {
        double seconds = 3.0;
        List<String> todo = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--trace" -> trace = args[++i];
                case "--blas" -> {   // which OpenBLAS NumJ runs here (scripts/bench's report)
                    System.out.println(dev.numj.internal.runtime.NativeLoader.blas());
                    return;
                }
                case "--list" -> {
                    for (Def d : CASES.values()) {
                        System.out.println(d.name + " float32");
                        System.out.println(d.name + " float64");
                    }
                    return;
                }
                case "-h", "--help" -> {
                    System.out.println("UserBench [--seconds S] [--trace FILE] CASE[:float32|float64] ... | --list");
                    return;
                }
                default -> todo.add(args[i]);
            }
        }
        if (todo.isEmpty()) {
            System.err.println("UserBench: name a case (--list lists them)");
            System.exit(2);
        }
        for (String t : todo) {
            String[] p = t.split(":");
            Def d = CASES.containsKey(p[0]) ? CASES.get(p[0]) : PROBES.get(p[0]);
            if (d == null) {
                System.err.println("UserBench: unknown case " + p[0] + " (--list lists them)");
                System.exit(2);
            }
            List<DType> dts = p.length > 1 ? List.of(DType.of(p[1])) : List.of(FLOAT32, FLOAT64);
            for (DType dt : dts) System.out.println(run(d, dt, seconds));
        }
    }
}
