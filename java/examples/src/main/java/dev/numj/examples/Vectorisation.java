package dev.numj.examples;

import dev.numj.NDArray;
import dev.numj.random.Random;
import dev.numj.nn.Activations;
import dev.numj.nn.Init;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static dev.numj.NumJ.*;
import static dev.numj.random.Random.*;

/**
 * Chapter 3's "vectorisation vs for-loops" benchmarks (Rosetta section 12), NumJ against a plain Java
 * loop over {@code double[]}, all float64:
 * <ol>
 * <li>{@code dot}: {@code np.dot(a, b)} of two 1,000,000-element vectors vs {@code s += a[i] * b[i]};</li>
 * <li>{@code sigmoid}: {@code 1 / (1 + np.exp(-z))} over 1,000,000 values vs the same per element;</li>
 * <li>{@code square}: {@code X ** 2} of a 1000 x 1000 matrix (the seed squares each element, as its loop
 *     {@code result_loop[i, j] = X[i, j] ** 2} says; not {@code X @ X}) vs a double loop;</li>
 * <li>{@code forward}: a 784-128-10 MLP, {@code softmax(relu(X @ W1 + b1) @ W2 + b2)}, over 10,000
 *     images vs three nested loops per layer. The "images" are uniform random pixels in [0, 1) of
 *     MNIST's shape (10,000 x 784): the work is the same, and no data set needs downloading.</li>
 * </ol>
 * Each case is warmed up, then timed as the best of a few runs (the loop forward pass, about a second,
 * runs once); the table gives milliseconds, the speedup, and the largest difference between the two
 * results, as the seed prints "Max difference". Speeds are printed, never asserted. The seeds' 50-500x
 * is NumPy against the Python interpreter; a Java loop is compiled by the JIT, so the gap here is what
 * is left: SIMD kernels, OpenBLAS's blocked multi-threaded matrix product, and a vectorised exp.
 * {@code benchmarks/.../VectorisationBench} (JMH) and {@code benchmarks/numpy/bench_vectorisation.py}
 * measure the same cases with more care.
 */
public final class Vectorisation {
    private Vectorisation() {}

    /** Warm-up per case and side, in milliseconds. */
    static final double WARMUP_MS = 1500;

    /** One line of the table. */
    public record Row(String name, String what, double numjMs, double loopMs, double maxAbsDiff) {
        public double speedup() { return loopMs / numjMs; }
    }

    /** The 784-128-10 network: He-initialised weights, small random biases. */
    public record Mlp(NDArray W1, NDArray b1, NDArray W2, NDArray b2) {
        public static Mlp init(Random rng, int inputs, int hidden, int classes) {
            return new Mlp(Init.he(rng, inputs, hidden), rng.randn(hidden).mul(0.01), Init.he(rng, hidden, classes), rng.randn(classes).mul(0.01));
        }
    }

    // ---- NumJ: one call each

    /** {@code np.dot(a, b)}. */
    public static double dot(NDArray a, NDArray b) { return a.dot(b).item(); }

    /** {@code 1.0 / (1.0 + np.exp(-z))}, NumJ's fused {@code sigmoid}. */
    public static NDArray sigmoid(NDArray z) { return Activations.sigmoid(z); }

    /** {@code X ** 2}. */
    public static NDArray square(NDArray X) { return X.square(); }

    /** {@code softmax(relu(X @ W1 + b1) @ W2 + b2, axis=1)}: (m, 10) class probabilities. */
    public static NDArray forward(Mlp net, NDArray X) {
        NDArray h = X.matmul(net.W1()).add(net.b1()).relu();
        return Activations.softmax(h.matmul(net.W2()).add(net.b2()), 1);
    }

    // ---- plain Java loops over double[] (row-major, as NDArray.toDoubleArray gives them)

    public static double dotLoop(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    public static double[] sigmoidLoop(double[] z) {
        double[] r = new double[z.length];
        for (int i = 0; i < z.length; i++) r[i] = 1.0 / (1.0 + Math.exp(-z[i]));
        return r;
    }

    /** The seed's double loop over rows and columns of an n x n matrix. */
    public static double[] squareLoop(double[] x, int n) {
        double[] r = new double[x.length];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) r[i * n + j] = x[i * n + j] * x[i * n + j];
        return r;
    }

    /** The forward pass with loops: X is m x k row-major; W1 k x h, W2 h x c; returns m x c probabilities. */
    public static double[] forwardLoop(double[] X, int m, int k, double[] W1, double[] b1, int h, double[] W2, double[] b2, int c) {
        double[] out = new double[m * c];
        double[] hidden = new double[h];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < h; j++) hidden[j] = b1[j];
            for (int p = 0; p < k; p++) {               // i-p-j order: the inner loop walks W1's row
                double x = X[i * k + p];
                for (int j = 0; j < h; j++) hidden[j] += x * W1[p * h + j];
            }
            for (int j = 0; j < h; j++) hidden[j] = Math.max(hidden[j], 0.0);
            double max = Double.NEGATIVE_INFINITY;
            for (int q = 0; q < c; q++) {
                double z = b2[q];
                for (int j = 0; j < h; j++) z += hidden[j] * W2[j * c + q];
                out[i * c + q] = z;
                max = Math.max(max, z);
            }
            double sum = 0;
            for (int q = 0; q < c; q++) sum += out[i * c + q] = Math.exp(out[i * c + q] - max);
            for (int q = 0; q < c; q++) out[i * c + q] /= sum;
        }
        return out;
    }

    /** {@link #forwardLoop} on the network's weights. */
    public static double[] forwardLoop(Mlp net, double[] X, int m) {
        int k = (int) net.W1().shape(0), h = (int) net.W1().shape(1), c = (int) net.W2().shape(1);
        return forwardLoop(X, m, k, net.W1().toDoubleArray(), net.b1().toDoubleArray(), h, net.W2().toDoubleArray(), net.b2().toDoubleArray(), c);
    }

    static double maxAbsDiff(double[] a, double[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
        return worst;
    }

    /**
     * Best wall time in ms of {@code runs} runs, after warming up for {@code warmupMs} or
     * {@code maxWarmups} calls, whichever comes first (at least two calls unless {@code maxWarmups} is smaller): long enough for the JIT, and
     * for NumJ's allocator, whose cache of large blocks fills over the first 256 MiB of results in a
     * fresh JVM (32 results of 8 MB; docs/performance.md). The last result goes to {@code keep[0]}.
     */
    static <T> double bestMs(double warmupMs, int maxWarmups, int runs, Supplier<T> work, Object[] keep) {
        long start = System.nanoTime();
        for (int i = 0; i < maxWarmups && (i < 2 || (System.nanoTime() - start) / 1e6 < warmupMs); i++) keep[0] = work.get();
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            keep[0] = work.get();
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        return best;
    }

    /**
     * Runs the four cases at the seeds' sizes ({@code scale} 1) or smaller ones ({@code scale} &lt; 1
     * multiplies 1e6, 1000 x 1000 and 10,000 images), prints the table when asked, and returns its rows.
     */
    public static List<Row> run(double scale, long seed, boolean print) {
        Random rng = random(seed);
        int n = (int) Math.max(1, Math.round(1_000_000 * scale)), side = (int) Math.max(1, Math.round(1000 * Math.sqrt(scale)));
        int images = (int) Math.max(1, Math.round(10_000 * scale));
        List<Row> rows = new ArrayList<>();
        Object[] r1 = new Object[1], r2 = new Object[1];

        NDArray a = rng.randn(n), b = rng.randn(n);
        double[] ja = a.toDoubleArray(), jb = b.toDoubleArray();
        double tn = bestMs(WARMUP_MS, 10, 10, () -> dot(a, b), r1), tl = bestMs(WARMUP_MS, 10, 10, () -> dotLoop(ja, jb), r2);
        rows.add(new Row("dot", String.format("np.dot(a, b), n = %,d", n), tn, tl, Math.abs((double) r1[0] - (double) r2[0])));

        NDArray z = rng.randn(n);
        double[] jz = z.toDoubleArray();
        tn = bestMs(WARMUP_MS, 40, 10, () -> sigmoid(z), r1);
        tl = bestMs(WARMUP_MS, 10, 10, () -> sigmoidLoop(jz), r2);
        rows.add(new Row("sigmoid", String.format("1 / (1 + exp(-z)), n = %,d", n), tn, tl, maxAbsDiff(((NDArray) r1[0]).toDoubleArray(), (double[]) r2[0])));

        NDArray X = rng.randn(side, side);
        double[] jx = X.toDoubleArray();
        tn = bestMs(WARMUP_MS, 40, 10, () -> square(X), r1);
        tl = bestMs(WARMUP_MS, 10, 10, () -> squareLoop(jx, side), r2);
        rows.add(new Row("square", String.format("X ** 2, %d x %d", side, side), tn, tl, maxAbsDiff(((NDArray) r1[0]).toDoubleArray(), (double[]) r2[0])));

        Mlp net = Mlp.init(rng, 784, 128, 10);
        NDArray images784 = rng.rand(images, 784);
        double[] jimg = images784.toDoubleArray();
        tn = bestMs(WARMUP_MS, 4, 3, () -> forward(net, images784), r1);
        // The loop takes about half a second at full size: warm it up on a tenth of the images, time one full run.
        int warm = Math.max(1, images / 10);
        double[] head = java.util.Arrays.copyOf(jimg, warm * 784);
        bestMs(0, 2, 0, () -> forwardLoop(net, head, warm), r2);
        tl = bestMs(0, 0, 1, () -> forwardLoop(net, jimg, images), r2);
        rows.add(new Row("forward", String.format("784-128-10 MLP (relu, softmax), %,d images", images), tn, tl,
                maxAbsDiff(((NDArray) r1[0]).toDoubleArray(), (double[]) r2[0])));

        if (print) print(rows);
        return rows;
    }

    static void print(List<Row> rows) {
        System.out.printf("  %-8s %-46s %10s %10s %8s %10s%n", "case", "what", "NumJ ms", "loop ms", "speedup", "max |diff|");
        for (Row r : rows)
            System.out.printf("  %-8s %-46s %10.3f %10.3f %7.1fx %10.1e%n", r.name(), r.what(), r.numjMs(), r.loopMs(), r.speedup(), r.maxAbsDiff());
        System.out.println("  (plain Java loops over double[], JIT-compiled: the seeds' 50-500x is NumPy against the Python interpreter)");
    }

    public static void main(String[] args) { run(1.0, 42, true); }
}
