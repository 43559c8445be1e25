package dev.numj.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The "plain Java loop" baselines NumJ's benchmarks are compared with: what a Java programmer writes
 * without a library.
 * <ul>
 *   <li>{@code add}: {@code c[i] = a[i] + b[i]} over float32 into a preallocated output, for 16 elements
 *       (call overhead dominates) and 10^7 (memory bandwidth dominates). NumPy: {@code np.add(a, b, out=c)}.
 *   <li>{@code sum}: a sequential float accumulation over 10^7 float32. NumPy: {@code a.sum()}, which
 *       sums pairwise (more accurate, and vectorised).
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar JavaLoopBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class JavaLoopBench {

    @State(Scope.Thread)
    public static class AddOperands {
        @Param({"16", "10000000"})
        public int n;

        float[] a;
        float[] b;
        float[] out;

        @Setup
        public void setup() {
            a = random(n, 1);
            b = random(n, 2);
            out = new float[n];
        }
    }

    @State(Scope.Thread)
    public static class SumOperand {
        float[] a;

        @Setup
        public void setup() {
            a = random(10_000_000, 3);
        }
    }

    @Benchmark
    public float[] add(AddOperands s) {
        float[] a = s.a, b = s.b, out = s.out;
        for (int i = 0; i < out.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    @Benchmark
    public float sum(SumOperand s) {
        float[] a = s.a;
        float acc = 0f;
        for (int i = 0; i < a.length; i++) {
            acc += a[i];
        }
        return acc;
    }

    static float[] random(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) rnd.nextDouble();
        }
        return x;
    }
}
