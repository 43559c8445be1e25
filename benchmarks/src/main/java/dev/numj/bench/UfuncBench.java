package dev.numj.bench;

import static dev.numj.NumJ.FLOAT32;
import static dev.numj.NumJ.FLOAT64;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Elementwise ufuncs as a user writes them, compared with {@code benchmarks/numpy/bench_ufunc.py} (the
 * same cases in NumPy):
 * <ul>
 *   <li>{@code add}: {@code a.add(b)}, 10^7 float32 (NumPy {@code a + b}).
 *   <li>{@code subBroadcast}: {@code m.sub(v)}, m (1000, 1000) and v (1000,) float32 ({@code m - v}).
 *   <li>{@code muliScalar}: {@code x.muli(1.0000001)} on 10^6 float32 in place ({@code x *= 1.0000001}).
 *   <li>{@code sigmoid}: {@code s.sigmoid()} on 10^6 float32 (NumPy has none: {@code 1 / (1 + np.exp(-s))}).
 *   <li>{@code exp32}, {@code exp64}: {@code e.exp()} on 10^6 float32 / float64 normal samples.
 * </ul>
 * Results are allocated per call and left to the collector, as a user's loop does.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar UfuncBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@State(Scope.Thread)
public class UfuncBench {
    NDArray a, b, m, v, x, s, e32, e64;

    @Setup
    public void setup() {
        a = array(FLOAT32, uniform(10_000_000, 1));
        b = array(FLOAT32, uniform(10_000_000, 2));
        m = array(FLOAT32, uniform(1_000_000, 3)).reshape(1000, 1000);
        v = array(FLOAT32, uniform(1000, 4));
        x = array(FLOAT32, uniform(1_000_000, 5));
        s = array(FLOAT32, normal(1_000_000, 6));
        e32 = array(FLOAT32, normal(1_000_000, 7));
        e64 = array(FLOAT64, normal(1_000_000, 8));
    }

    @Benchmark
    public NDArray add() { return Results.computed(a.add(b)); }

    @Benchmark
    public NDArray subBroadcast() { return Results.computed(m.sub(v)); }

    @Benchmark
    public NDArray muliScalar() { return Results.computed(x.muli(1.0000001)); }

    @Benchmark
    public NDArray sigmoid() { return Results.computed(s.sigmoid()); }

    @Benchmark
    public NDArray exp32() { return Results.computed(e32.exp()); }

    @Benchmark
    public NDArray exp64() { return Results.computed(e64.exp()); }

    static float[] uniform(int n, long seed) { return JavaLoopBench.random(n, seed); }

    static double[] normal(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            // Box-Muller: the distribution matters (exp of normal samples), not the exact stream
            double u = 1 - r.nextDouble(), w = r.nextDouble();
            d[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
        }
        return d;
    }
}
