package dev.numj.bench;

import static dev.numj.NumJ.FLOAT32;
import static dev.numj.NumJ.INT64;
import static dev.numj.NumJ.array;
import static dev.numj.NumJ.scope;

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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Axis reductions, boolean-mask selection and fancy-index gathers, written as a user writes
 * them and compared by {@code scripts/bench} with {@code benchmarks/numpy/bench_indexing.py}:
 * <ul>
 *   <li>{@code sumAxis0}, {@code sumAxis1}: {@code X.sum(0)}, {@code X.sum(1)} of a 4096×1024 float32
 *       matrix (NumPy {@code X.sum(axis=0)}, {@code X.sum(axis=1)}).
 *   <li>{@code maskElements}: {@code a.get(a.gt(0.5))} on 10^6 float32, about half selected
 *       ({@code a[a > 0.5]}): the comparison, the mask and the compress.
 *   <li>{@code maskRows}: {@code X.get(m)} with a precomputed boolean row mask selecting about half of
 *       the 4096 rows of X ({@code X[m]}).
 *   <li>{@code gatherElements}: {@code a.get(i)} with 10^6 random int64 indices into 10^6 float32
 *       ({@code a[i]}).
 *   <li>{@code gatherRows}: {@code X.get(r)} with 4096 random int64 row indices ({@code X[r]}, a
 *       shuffle of the rows with repeats).
 * </ul>
 * Every call allocates its result, as NumPy does. Each case is measured twice:
 * <ul>
 *   <li>as written above: the result is left to the garbage collector (NumJ's default, nobody closes
 *       anything). Its memory comes back only after a collection, which NumJ asks for after every
 *       {@code numj.gcEveryBytes} (1 GiB on a 24 GiB machine) of allocation: every call writes into
 *       memory not touched for a gigabyte, and a full collection (10-25 ms here) is paid every
 *       gigabyte;
 *   <li>{@code *Scoped}: the same call inside {@code try (dev.numj.Scope s = scope()) { ... }}, the
 *       deterministic release DESIGN.md gives hot loops. The result is freed before the next call,
 *       as NumPy's reference counting frees {@code X[r]} at the end of the statement, and the next
 *       call reuses that block: like for like with NumPy's loop.
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar IndexingBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@State(Scope.Thread)
public class IndexingBench {
    static final int ROWS = 4096, COLS = 1024, N = 1_000_000;

    NDArray x, a, rowMask, elementIdx, rowIdx;

    @Setup
    public void setup() {
        x = array(FLOAT32, JavaLoopBench.random(ROWS * COLS, 11)).reshape(ROWS, COLS);
        a = array(FLOAT32, JavaLoopBench.random(N, 12));
        SplittableRandom r = new SplittableRandom(13);
        boolean[] m = new boolean[ROWS];
        for (int i = 0; i < ROWS; i++) m[i] = r.nextBoolean();
        rowMask = array(m);
        long[] ei = new long[N];
        for (int i = 0; i < N; i++) ei[i] = r.nextInt(N);
        elementIdx = array(INT64, ei);
        long[] ri = new long[ROWS];
        for (int i = 0; i < ROWS; i++) ri[i] = r.nextInt(ROWS);
        rowIdx = array(INT64, ri);
    }

    @Benchmark
    public NDArray sumAxis0() { return x.sum(0); }

    @Benchmark
    public NDArray sumAxis1() { return x.sum(1); }

    @Benchmark
    public NDArray maskElements() { return a.get(a.gt(0.5)); }

    @Benchmark
    public NDArray maskRows() { return x.get(rowMask); }

    @Benchmark
    public NDArray gatherElements() { return a.get(elementIdx); }

    @Benchmark
    public NDArray gatherRows() { return x.get(rowIdx); }

    @Benchmark
    public void sumAxis0Scoped(Blackhole bh) {
        try (dev.numj.Scope s = scope()) { bh.consume(x.sum(0)); }
    }

    @Benchmark
    public void sumAxis1Scoped(Blackhole bh) {
        try (dev.numj.Scope s = scope()) { bh.consume(x.sum(1)); }
    }

    @Benchmark
    public void maskElementsScoped(Blackhole bh) {
        try (dev.numj.Scope s = scope()) { bh.consume(a.get(a.gt(0.5))); }
    }

    @Benchmark
    public void maskRowsScoped(Blackhole bh) {
        try (dev.numj.Scope s = scope()) { bh.consume(x.get(rowMask)); }
    }

    @Benchmark
    public void gatherElementsScoped(Blackhole bh) {
        try (dev.numj.Scope s = scope()) { bh.consume(a.get(elementIdx)); }
    }

    @Benchmark
    public void gatherRowsScoped(Blackhole bh) {
        try (dev.numj.Scope s = scope()) { bh.consume(x.get(rowIdx)); }
    }
}
