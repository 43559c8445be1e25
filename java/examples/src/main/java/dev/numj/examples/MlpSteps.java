package dev.numj.examples;

import dev.numj.NDArray;
import dev.numj.nn.Data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.numj.random.Random.random;

/**
 * The digits MLP's training loop run for many steps ({@code DigitsMlp.step} on batches of 32, a fresh
 * permutation each epoch), nothing closed by hand, measuring steps per second and the process's
 * resident memory every 10 % of the run; with {@code --numpy}, then runs the same loop in NumPy
 * ({@code benchmarks/numpy/mlp_steps.py}) and prints both rates.
 * <pre>
 * java -cp ... dev.numj.examples.MlpSteps [--steps 100000] [--numpy]      (or: scripts/demo --steps 100000)
 * </pre>
 */
public final class MlpSteps {
    private MlpSteps() {}

    /**
     * @param stepsPerSecond       over the whole run, JIT warm-up included
     * @param steadyStepsPerSecond over the second half of the run
     * @param cpuSeconds           CPU time of the whole process (every thread: the collector's and the
     *                             JIT compiler's too) during the loop; NaN where the JVM cannot tell
     * @param threadCpuSeconds     CPU time of the thread running the loop
     * @param rssMb                resident set size (MiB) at each tenth of the run, from /proc/self/status
     */
    public record Measurement(long steps, double seconds, double stepsPerSecond, double steadyStepsPerSecond,
                              double cpuSeconds, double threadCpuSeconds, double[] rssMb, double testAccuracy) {}

    public static Measurement run(long steps, boolean print) {
        Data.Split s = DigitsMlp.split(42);
        NDArray Y = Data.oneHot(s.yTrain(), 10);
        DigitsMlp.Model net = DigitsMlp.Model.init(random(42), 64, 32, 10);
        Iterable<Data.Batch> batches = Data.batches(s.xTrain(), Y, 32, true, 42);
        double[] rss = new double[11];
        rss[0] = rssMb();
        long done = 0, tenth = Math.max(1, steps / 10), tHalf = 0;
        double cpu0 = processCpuSeconds();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long threadCpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int sample = 1;
        while (done < steps) {
            for (Data.Batch b : batches) {
                DigitsMlp.step(net, b.x(), b.y(), 0.1);
                done++;
                if (done == steps / 2) tHalf = System.nanoTime();
                if (done % tenth == 0 && sample < rss.length) {
                    rss[sample++] = rssMb();
                    if (print) System.out.printf("  %,9d steps  %6.1f s  RSS %6.1f MiB%n", done, (System.nanoTime() - t0) / 1e9, rss[sample - 1]);
                }
                if (done == steps) break;
            }
        }
        long t1 = System.nanoTime();
        double cpu = processCpuSeconds() - cpu0;
        double threadCpu = (threads.getCurrentThreadCpuTime() - threadCpu0) / 1e9;
        double seconds = (t1 - t0) / 1e9;
        double steady = tHalf == 0 ? steps / seconds : (steps - steps / 2) / ((t1 - tHalf) / 1e9);
        double acc = dev.numj.nn.Metrics.accuracy(s.yTest(), net.logits(s.xTest()));
        Measurement m = new Measurement(steps, seconds, steps / seconds, steady, cpu, threadCpu, java.util.Arrays.copyOf(rss, sample), acc);
        if (print) System.out.printf("numj mlp_steps steps=%d seconds=%.3f steps_per_s=%.0f steady_steps_per_s=%.0f cpu_seconds=%.3f "
                        + "steps_per_cpu_s=%.0f thread_cpu_seconds=%.3f steps_per_thread_cpu_s=%.0f max_rss_mb=%.0f test_accuracy=%.4f%n",
                steps, seconds, m.stepsPerSecond(), steady, cpu, steps / cpu, threadCpu, steps / threadCpu,
                java.util.Arrays.stream(m.rssMb()).max().orElse(0), acc);
        return m;
    }

    /** CPU seconds this process has used, all threads (NaN without com.sun.management). */
    static double processCpuSeconds() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
            return os.getProcessCpuTime() / 1e9;
        return Double.NaN;
    }

    /** The resident set size of this process in MiB (NaN where /proc is missing). */
    static double rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** Runs benchmarks/numpy/mlp_steps.py (found from the working directory) and returns its output line, or why not. */
    static String numpy(long steps) {
        Path script = Path.of("benchmarks", "numpy", "mlp_steps.py");
        if (!Files.exists(script)) return "skipped: " + script.toAbsolutePath() + " not found (run from the repository root)";
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString(), "--steps", Long.toString(steps)));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            StringBuilder out = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) out.append(line).append('\n');
            }
            int rc = p.waitFor();
            return rc == 0 ? out.toString().strip() : "failed (exit " + rc + "): " + out.toString().strip();
        } catch (IOException e) {
            return "skipped: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The steps_per_s field of a mlp_steps output line, or NaN. */
    static double rate(String line) { return rate(line, "steps_per_s"); }

    /** A numeric field {@code name=value} of a mlp_steps output line, or NaN. */
    static double rate(String line, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + name + "=([0-9.]+)").matcher(line);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /** Measures NumJ, then (with {@code --numpy}) NumPy, one after the other, and prints both. */
    public static void main(String[] args) {
        long steps = 100_000;
        boolean withNumpy = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--steps" -> steps = Long.parseLong(args[++i]);
                case "--numpy" -> withNumpy = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: MlpSteps [--steps N] [--numpy]");
            }
        }
        compare(steps, withNumpy);
    }

    static void compare(long steps, boolean withNumpy) {
        System.out.printf("NumJ: %,d training steps of the 64-32-10 digits MLP (batch 32), nothing closed by hand%n", steps);
        Measurement m = run(steps, true);
        if (!withNumpy) return;
        System.out.printf("NumPy: the same loop (benchmarks/numpy/mlp_steps.py)%n");
        String line = numpy(steps);
        System.out.println(line);
        double r = rate(line);
        if (!Double.isNaN(r)) System.out.printf("NumJ %.0f steps/s vs NumPy %.0f steps/s: %.2fx%n", m.stepsPerSecond(), r, m.stepsPerSecond() / r);
        double rc = rate(line, "steps_per_cpu_s");
        if (!Double.isNaN(rc)) System.out.printf("per CPU second of the process (every thread): NumJ %.0f steps vs NumPy %.0f steps: %.2fx%n",
                m.steps() / m.cpuSeconds(), rc, m.steps() / m.cpuSeconds() / rc);
        double rt = rate(line, "steps_per_thread_cpu_s");
        if (!Double.isNaN(rt)) System.out.printf("per CPU second of the training thread: NumJ %.0f steps vs NumPy %.0f steps: %.2fx%n",
                m.steps() / m.threadCpuSeconds(), rt, m.steps() / m.threadCpuSeconds() / rt);
    }
}
