package dev.numj.bench;

import dev.numj.NDArray;
import dev.numj.examples.Vectorisation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

import static dev.numj.random.Random.random;

/**
 * Rosetta section 12, the seeds' "vectorised vs for-loop" claims: each case as one NumJ call and as the
 * plain Java loop over {@code double[]} that {@code dev.numj.examples.Vectorisation} prints in
 * {@code scripts/demo} (the same methods), float64, results allocated per call on both sides:
 * <ul>
 *   <li>{@code dot} / {@code dotLoop}: dot product of two 10^6 vectors;</li>
 *   <li>{@code sigmoid} / {@code sigmoidLoop}: {@code 1 / (1 + exp(-z))} over 10^6 values;</li>
 *   <li>{@code square} / {@code squareLoop}: {@code X ** 2} of a 1000 x 1000 matrix (elementwise, as the seed's loop);</li>
 *   <li>{@code forward} / {@code forwardLoop}: a 784-128-10 MLP, {@code softmax(relu(X @ W1 + b1) @ W2 + b2)},
 *       over 10,000 random "images" of MNIST's shape.</li>
 * </ul>
 * NumPy's side: {@code benchmarks/numpy/bench_vectorisation.py} (cases {@code dot}, {@code sigmoid},
 * {@code square}, {@code forward}). Run: {@code java -jar benchmarks/target/benchmarks.jar VectorisationBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class VectorisationBench {

    @State(Scope.Thread)
    public static class Vectors {
        NDArray a, b, z;
        double[] ja, jb, jz;

        @Setup
        public void setup() {
            dev.numj.random.Random rng = random(42);
            a = rng.randn(1_000_000);
            b = rng.randn(1_000_000);
            z = rng.randn(1_000_000);
            ja = a.toDoubleArray();
            jb = b.toDoubleArray();
            jz = z.toDoubleArray();
        }
    }

    @State(Scope.Thread)
    public static class Matrix {
        NDArray X;
        double[] jx;

        @Setup
        public void setup() {
            X = random(43).randn(1000, 1000);
            jx = X.toDoubleArray();
        }
    }

    @State(Scope.Thread)
    public static class Network {
        Vectorisation.Mlp net;
        NDArray images;
        double[] jimages, W1, b1, W2, b2;

        @Setup
        public void setup() {
            dev.numj.random.Random rng = random(44);
            net = Vectorisation.Mlp.init(rng, 784, 128, 10);
            images = rng.rand(10_000, 784);
            jimages = images.toDoubleArray();
            W1 = net.W1().toDoubleArray();
            b1 = net.b1().toDoubleArray();
            W2 = net.W2().toDoubleArray();
            b2 = net.b2().toDoubleArray();
        }
    }

    @Benchmark
    public double dot(Vectors s) { return Vectorisation.dot(s.a, s.b); }

    @Benchmark
    public double dotLoop(Vectors s) { return Vectorisation.dotLoop(s.ja, s.jb); }

    @Benchmark
    public NDArray sigmoid(Vectors s) { return Results.computed(Vectorisation.sigmoid(s.z)); }

    @Benchmark
    public double[] sigmoidLoop(Vectors s) { return Vectorisation.sigmoidLoop(s.jz); }

    @Benchmark
    public NDArray square(Matrix s) { return Results.computed(Vectorisation.square(s.X)); }

    @Benchmark
    public double[] squareLoop(Matrix s) { return Vectorisation.squareLoop(s.jx, 1000); }

    @Benchmark
    public NDArray forward(Network s) { return Results.computed(Vectorisation.forward(s.net, s.images)); }

    @Benchmark
    public double[] forwardLoop(Network s) {
        return Vectorisation.forwardLoop(s.jimages, 10_000, 784, s.W1, s.b1, 128, s.W2, s.b2, 10);
    }
}
