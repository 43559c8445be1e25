package dev.numj.bench;

import dev.numj.DType;
import dev.numj.Device;
import dev.numj.NDArray;
import dev.numj.NumJ;
import dev.numj.nn.Activations;
import dev.numj.random.Random;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * NumJ's side of {@code scripts/gpu-bench}: the cases of {@code benchmarks/gpu/bench_peers.py}
 * (CuPy and PyTorch), written as a NumJ user writes them, on {@code Device.cuda(0)}, float32:
 * <ul>
 *   <li>{@code matmul_4096}, {@code matmul_8192}: {@code a.matmul(b)} of two n x n matrices (GFLOP/s = 2n^3/t);
 *   <li>{@code add_1e8}: {@code a.add(b)}, 10^8 elements (GB/s counts 3 x 4 bytes per element);
 *   <li>{@code sigmoid_composed_1e8}: {@code a.neg().exp().add(1.0).rdiv(1.0)}, four kernels as a user
 *       composes them (GB/s counts 2 x 4 bytes per element: the ideal fused kernel's traffic);
 *   <li>{@code sum_1e8}: {@code a.sum()} (GB/s counts 4 bytes per element);
 *   <li>{@code softmax_rows_8192}: the row softmax of an 8192 x 8192 matrix, {@code e = exp(x - max(x, 1))},
 *       {@code e / sum(e, 1)} (GB/s counts 2 x 4 bytes per element);
 *   <li>{@code softmax_fused_8192}: the same softmax as one call, {@code Activations.softmax(x, 1)} (NumJ's
 *       fused row kernel; PyTorch's {@code torch.softmax(x, 1)}, CuPy's {@code cupyx.scipy.special.softmax});
 *   <li>{@code mlp_step_4096}: one SGD step of the seeds' digits network (64-32-10, relu, softmax,
 *       cross-entropy) on a batch of 4096 (steps/s);
 *   <li>{@code copy_1e8}: {@code a.copy()}, the device-to-device copy that bounds every elementwise
 *       figure (GB/s counts 2 x 4 bytes per element).
 * </ul>
 * Each case runs {@code --warmup} times, then {@code --reps} timed runs, each between two
 * {@link Device#synchronize()} calls; the median is reported. Prints one JSON object (and writes it to
 * {@code --out FILE} when given). Exits 2 when no GPU is available, saying why.
 * Run (through the bundle): {@code build/gpu-bundle/run-tests.sh --main dev.numj.bench.GpuBench --out x.json}.
 */
public final class GpuBench {
    private GpuBench() {}

    record Case(String name, double medianMs, double minMs, int reps, String unit, double rate) {}

    public static void main(String[] args) throws IOException {
        int warmup = 2, reps = 10;
        Path out = null;
        List<String> only = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only.addAll(Arrays.asList(args[++i].split(",")));
                default -> {
                    System.err.println("usage: GpuBench [--warmup N] [--reps N] [--only case,case] [--out FILE]");
                    System.exit(64);
                }
            }
        }
        Device gpu = Device.cuda(0);
        if (!gpu.isAvailable()) {
            System.err.println("gpu-bench: no GPU: " + gpu.unavailableReason());
            System.exit(2);
        }
        List<Case> cases = new ArrayList<>();
        Random rng = Random.random(0);
        for (int n : new int[] {4096, 8192}) {
            if (!wanted(only, "matmul_" + n)) continue;
            NDArray a = normal(rng, gpu, n, n), b = normal(rng, gpu, n, n);
            cases.add(time("matmul_" + n, gpu, warmup, reps, () -> a.matmul(b), "GFLOP/s", 2.0 * n * n * (double) n / 1e9));
        }
        int big = 100_000_000;
        if (wanted(only, "add_1e8") || wanted(only, "sigmoid_composed_1e8") || wanted(only, "sum_1e8") || wanted(only, "copy_1e8")) {
            NDArray a = normal(rng, gpu, big), b = normal(rng, gpu, big);
            if (wanted(only, "add_1e8")) cases.add(time("add_1e8", gpu, warmup, reps, () -> a.add(b), "GB/s", 12.0 * big / 1e9));
            if (wanted(only, "sigmoid_composed_1e8"))
                cases.add(time("sigmoid_composed_1e8", gpu, warmup, reps, () -> a.neg().exp().add(1.0).rdiv(1.0), "GB/s", 8.0 * big / 1e9));
            if (wanted(only, "sum_1e8")) cases.add(time("sum_1e8", gpu, warmup, reps, a::sum, "GB/s", 4.0 * big / 1e9));
            if (wanted(only, "copy_1e8")) cases.add(time("copy_1e8", gpu, warmup, reps, a::copy, "GB/s", 8.0 * big / 1e9));
        }
        if (wanted(only, "softmax_rows_8192")) {
            NDArray x = normal(rng, gpu, 8192, 8192);
            cases.add(time("softmax_rows_8192", gpu, warmup, reps, () -> {
                NDArray e = x.sub(x.max(1, true)).exp();
                return e.div(e.sum(1, true));
            }, "GB/s", 8.0 * 8192 * 8192 / 1e9));
        }
        if (wanted(only, "softmax_fused_8192")) {
            NDArray x = normal(rng, gpu, 8192, 8192);
            cases.add(time("softmax_fused_8192", gpu, warmup, reps, () -> Activations.softmax(x, 1), "GB/s", 8.0 * 8192 * 8192 / 1e9));
        }
        if (wanted(only, "mlp_step_4096")) cases.add(mlpStep(rng, gpu, warmup, reps));

        StringBuilder json = new StringBuilder();
        json.append("{\"framework\": \"numj\", \"device\": \"").append(gpu.name()).append("\", \"java\": \"")
                .append(System.getProperty("java.version")).append("\", \"cases\": [");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            json.append(i == 0 ? "\n  " : ",\n  ").append(String.format(Locale.ROOT,
                    "{\"name\": \"%s\", \"median_ms\": %.4f, \"min_ms\": %.4f, \"reps\": %d, \"unit\": \"%s\", \"rate\": %.3f}",
                    c.name, c.medianMs, c.minMs, c.reps, c.unit, c.rate));
        }
        json.append("\n]}\n");
        System.out.print(json);
        if (out != null) Files.writeString(out, json);
    }

    private static boolean wanted(List<String> only, String name) { return only.isEmpty() || only.contains(name); }

    private static NDArray normal(Random rng, Device d, int... shape) {
        return rng.normal(DType.FLOAT32, 0, 1, shape).to(d);
    }

    /** Median and minimum of {@code reps} synchronised runs; {@code work} is the units per run (GFLOP, GB, steps). */
    static Case time(String name, Device d, int warmup, int reps, Supplier<Object> op, String unit, double work) {
        for (int i = 0; i < warmup; i++) op.get();
        d.synchronize();
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            d.synchronize();
            long t0 = System.nanoTime();
            op.get();
            d.synchronize();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = reps % 2 == 1 ? ms[reps / 2] : (ms[reps / 2 - 1] + ms[reps / 2]) / 2;
        System.err.printf(Locale.ROOT, "gpu-bench: numj %-22s %10.3f ms  %10.1f %s%n", name, median, work / (median / 1e3), unit);
        return new Case(name, median, ms[0], reps, unit, work / (median / 1e3));
    }

    /** One training step of the seeds' network (DigitsMlp's step, float32, batch 4096) on the GPU. */
    private static Case mlpStep(Random rng, Device gpu, int warmup, int reps) {
        int batch = 4096;
        float lr = 0.1f;
        NDArray x = rng.uniform(DType.FLOAT32, 0, 1, batch, 64).to(gpu);
        NDArray labels = rng.randint(0, 10, batch, 1);
        NDArray y = labels.eq(NumJ.arange(10)).astype(DType.FLOAT32).to(gpu);
        NDArray[] p = {
                rng.normal(DType.FLOAT32, 0, Math.sqrt(2.0 / 64), 64, 32).to(gpu), NumJ.zeros(DType.FLOAT32, 32).to(gpu),
                rng.normal(DType.FLOAT32, 0, Math.sqrt(2.0 / 32), 32, 10).to(gpu), NumJ.zeros(DType.FLOAT32, 10).to(gpu)};
        return time("mlp_step_4096", gpu, warmup, reps, () -> {
            NDArray w1 = p[0], b1 = p[1], w2 = p[2], b2 = p[3];
            NDArray z1 = x.matmul(w1).add(b1), a1 = z1.maximum(0.0);
            NDArray z2 = a1.matmul(w2).add(b2);
            NDArray e = z2.sub(z2.max(1, true)).exp(), prob = e.div(e.sum(1, true));
            NDArray dz2 = prob.sub(y).div((double) batch);
            NDArray dw2 = a1.T().matmul(dz2), db2 = dz2.sum(0);
            NDArray dz1 = dz2.matmul(w2.T()).mul(z1.gt(0.0).astype(DType.FLOAT32));
            NDArray dw1 = x.T().matmul(dz1), db1 = dz1.sum(0);
            w1.subi(dw1.mul((double) lr));
            b1.subi(db1.mul((double) lr));
            w2.subi(dw2.mul((double) lr));
            b2.subi(db2.mul((double) lr));
            return w1;
        }, "steps/s", 1.0);
    }
}
