package dev.numj.bench;

import static dev.numj.NumJ.FLOAT32;
import static dev.numj.NumJ.array;

import dev.numj.NDArray;
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
 * NumJ's core operations, written as a user writes them, compared by {@code scripts/bench} with
 * {@code benchmarks/numpy/bench_core.py} (the same cases in NumPy) and with the plain-Java loops of
 * {@link JavaLoopBench} and {@link JavaMatmulBench}.
 * <ul>
 *   <li>{@code matmul}: {@code a.matmul(b)} of two n×n float32 matrices, n = 64 and 1024 (OpenBLAS sgemm;
 *       NumPy: {@code a @ b}).
 *   <li>{@code add}: {@code a.add(b)} on n float32 elements, n = 16 (per-call overhead) and 10^7 (memory
 *       bandwidth). NumPy: {@code a + b}.
 *   <li>{@code sum}: {@code a.sum()} of 10^7 float32 (a 0-d array, like NumPy's {@code a.sum()}).
 * </ul>
 * Every call allocates its result, as {@code a + b} does in NumPy; nothing is closed, so the results
 * (40 MB each for 10^7 elements) are released by the garbage collector through NumJ's off-heap
 * accounting, and that cost is part of the figure, as it is for a user's loop.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar CoreBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class CoreBench {

    @State(Scope.Thread)
    public static class MatmulOperands {
        @Param({"64", "1024"})
        public int n;

        NDArray a;
        NDArray b;

        @Setup
        public void setup() {
            a = array(FLOAT32, random(n * n, 1)).reshape(n, n);
            b = array(FLOAT32, random(n * n, 2)).reshape(n, n);
        }
    }

    @State(Scope.Thread)
    public static class AddOperands {
        @Param({"16", "10000000"})
        public int n;

        NDArray a;
        NDArray b;

        @Setup
        public void setup() {
            a = array(FLOAT32, random(n, 1));
            b = array(FLOAT32, random(n, 2));
        }
    }

    @State(Scope.Thread)
    public static class SumOperand {
        NDArray a;

        @Setup
        public void setup() {
            a = array(FLOAT32, random(10_000_000, 3));
        }
    }

    @Benchmark
    public NDArray matmul(MatmulOperands s) {
        return Results.computed(s.a.matmul(s.b));
    }

    @Benchmark
    public NDArray add(AddOperands s) {
        return Results.computed(s.a.add(s.b));
    }

    @Benchmark
    public NDArray sum(SumOperand s) {
        return Results.computed(s.a.sum());
    }

    /** Uniform [0, 1) floats; the same distribution as NumPy's {@code rng.random(n, dtype=np.float32)}. */
    static float[] random(int n, long seed) {
        return JavaLoopBench.random(n, seed);
    }
}
