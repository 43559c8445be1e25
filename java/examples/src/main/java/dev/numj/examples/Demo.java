package dev.numj.examples;

import dev.numj.NDArray;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.numj.NumJ.*;

/**
 * {@code scripts/demo}: the seeds' worked examples, in the order the chapters teach them, with
 * progress; files go to one output folder (default {@code build/demo}, or {@code --out DIR}), the
 * pictures ({@link Figures}) to its {@code plots} subfolder.
 * {@code --steps N} instead runs the MLP training loop for N steps and compares it with NumPy's
 * ({@link MlpSteps}).
 */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of("build", "demo");
        long steps = -1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(value(args, ++i));
                case "--steps" -> steps = Long.parseLong(value(args, ++i));
                case "-h", "--help" -> {
                    System.out.println("usage: scripts/demo [--out DIR] | [--steps N]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: scripts/demo [--out DIR] | [--steps N]");
            }
        }
        showConfig();   // what runs: JDK, CPU, NumJ's kernels, the OpenBLAS and its core, the GPU (np.show_config())
        if (steps >= 0) {
            MlpSteps.compare(steps, true);
            return;
        }
        out = out.toAbsolutePath().normalize();
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        System.out.println("NumJ demo: the seeds' NumPy programs in Java. Output folder: " + out);

        Path plots = out.resolve("plots");
        step(t0, 1, "Arrays, views and broadcasting (chapter 3.1-3.2)");
        NDArray X = array(new long[][] {{10, 20, 30}, {40, 50, 60}, {70, 80, 90}});
        System.out.println("X[0, 2] = " + X.getLong(0, 2) + ", X[:, 1] = " + X.get(":, 1") + ", X > 40 =\n" + X.gt(40L));
        NDArray a = arange(12);
        System.out.println("arange(12).reshape(3, 4) =\n" + a.reshape(3, 4) + "\nsum over axis 0 = " + a.reshape(3, 4).sum(0));
        System.out.println("(2,1,4) + (3,4) -> " + java.util.Arrays.toString(ones(2, 1, 4).add(ones(3, 4)).shape()));

        step(t0, 2, "Vectorisation vs for-loops (chapter 3.3): NumJ against plain Java loops, float64");
        Vectorisation.run(1.0, 42, true);

        step(t0, 3, "Worked example: Zomato delivery time by the normal equation (5000 simulated orders)");
        DeliveryTimeRegression.fit(DeliveryTimeRegression.simulate(5000, 42), 42, true);

        step(t0, 4, "The vectorised data pipeline: split, scale on train only, one-hot, mini-batches");
        DataPipeline.run(42, true);

        step(t0, 5, "A single neuron trained by SGD (100 epochs over 4 samples)");
        SingleNeuron.run(true);

        step(t0, 6, "The XOR network, 2-2-1 with sigmoids, 10,000 epochs of gradient descent");
        XorNetwork.Result xor = XorNetwork.run(true);

        step(t0, 7, "Case study: IPL ball-by-ball analytics without pandas");
        IplAnalytics.Result ipl = IplAnalytics.run(out.resolve("deliveries.csv"), 60, 42, true);

        step(t0, 8, "pandas' steps with Tablesaw: read_csv, describe, isnull, fillna(median), get_dummies, groupby, .values");
        TablesPandasSteps.run(out.resolve("tables"), 2000, 30, 42, true);

        step(t0, 9, "An MLP on the 8x8 digits (64-32-10, mini-batch SGD)");
        DigitsMlp.Result mlp = DigitsMlp.run(true);

        step(t0, 10, "Plots (chapter 3.5): loss curves, weight histograms, bar chart, decision boundary, as PNG");
        Figures.writeAll(plots, mlp, ipl, xor, true);

        System.out.printf("%nDemo finished in %.1f s. Files in %s:%n", (System.nanoTime() - t0) / 1e9, out);
        try (Stream<Path> files = Files.list(out)) {
            files.sorted().forEach(f -> System.out.println("  " + f.getFileName() + (Files.isDirectory(f) ? "/" : "")));
        }
        System.out.println("Plots (PNG) in " + plots + ":");
        try (Stream<Path> files = Files.list(plots)) {
            files.sorted().forEach(f -> System.out.println("  " + f.getFileName()));
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) throw new IllegalArgumentException(args[i - 1] + " needs a value");
        return args[i];
    }

    private static void step(long t0, int i, String title) {
        System.out.println();
        System.out.printf("== [%d] %s   (%.1f s)%n", i, title, (System.nanoTime() - t0) / 1e9);
    }
}
