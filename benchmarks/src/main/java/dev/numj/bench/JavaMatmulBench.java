package dev.numj.bench;

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
 * Plain-Java matrix products, the baseline for {@code CoreBench.matmul}: n×n float32 in row-major
 * {@code float[]}, result allocated per call (as NumJ's and NumPy's are).
 * <ul>
 *   <li>{@code naive}: the textbook i-j-k triple loop (an inner dot product that walks a column of B):
 *       what a Java programmer writes without a library; the figure {@code scripts/bench} tabulates.
 *   <li>{@code ikj}: the same three loops reordered so the inner one streams rows (the JIT vectorises it):
 *       what a careful programmer writes; reported beside it for scale.
 * </ul>
 * n = 1024 takes seconds per call, so those cases are single-shot (one warm-up call, two measured).
 * Run: {@code java -jar benchmarks/target/benchmarks.jar JavaMatmulBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class JavaMatmulBench {

    @State(Scope.Thread)
    public static class Small {
        public final int n = 64;
        float[] a;
        float[] b;

        @Setup
        public void setup() {
            a = JavaLoopBench.random(n * n, 1);
            b = JavaLoopBench.random(n * n, 2);
        }
    }

    @State(Scope.Thread)
    public static class Large {
        public final int n = 1024;
        float[] a;
        float[] b;

        @Setup
        public void setup() {
            a = JavaLoopBench.random(n * n, 1);
            b = JavaLoopBench.random(n * n, 2);
        }
    }

    @Benchmark
    public float[] naive64(Small s) {
        return naive(s.a, s.b, s.n);
    }

    @Benchmark
    public float[] ikj64(Small s) {
        return ikj(s.a, s.b, s.n);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public float[] naive1024(Large s) {
        return naive(s.a, s.b, s.n);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public float[] ikj1024(Large s) {
        return ikj(s.a, s.b, s.n);
    }

    static float[] naive(float[] a, float[] b, int n) {
        float[] c = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                float acc = 0f;
                for (int k = 0; k < n; k++) {
                    acc += a[i * n + k] * b[k * n + j];
                }
                c[i * n + j] = acc;
            }
        }
        return c;
    }

    static float[] ikj(float[] a, float[] b, int n) {
        float[] c = new float[n * n];
        for (int i = 0; i < n; i++) {
            int ci = i * n;
            for (int k = 0; k < n; k++) {
                float aik = a[i * n + k];
                int bk = k * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += aik * b[bk + j];
                }
            }
        }
        return c;
    }
}
