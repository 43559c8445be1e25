package dev.numj.bench;

import static dev.numj.NumJ.einsum;
import static dev.numj.random.Random.random;

import dev.numj.DType;
import dev.numj.NDArray;
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
 * {@code einsum} next to the same work written with {@code matmul} (or the view NumPy's einsum returns), each
 * pair in one JMH class so that {@code scripts/bench} reports einsum's time over matmul's (the target: at
 * most 1.2x), and {@code benchmarks/numpy/bench_einsum.py} the same pairs in NumPy:
 * <ul>
 *   <li>{@code ij,jk->ik}: 512 x 512 float32, against {@code a.matmul(b)};
 *   <li>{@code bij,bjk->bik}: 32 matrices 128 x 128 float32, against the batched {@code matmul};
 *   <li>{@code ii->i}: the diagonal of a 1000 x 1000 float64 matrix (a view on both sides), against the
 *       same view written by hand, {@code sq.reshape(-1L).get("::1001")} (NumPy: {@code np.diagonal(sq)});
 *   <li>{@code i,i->}: two 10^6 float64 vectors, against the 1-D {@code matmul} (BLAS ddot);
 *   <li>{@code bhqd,bhkd->bhqk}: attention scores, b = h = 8, q = k = 128, d = 64 float32, against
 *       {@code q.matmul(k.swapaxes(-1, -2))}.
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar EinsumBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class EinsumBench {

    @State(Scope.Thread)
    public static class Operands {
        NDArray a;
        NDArray b;
        NDArray ba;
        NDArray bb;
        NDArray sq;
        NDArray x;
        NDArray y;
        NDArray q;
        NDArray k;

        @Setup
        public void setup() {
            a = random(1).randn(512, 512).astype(DType.FLOAT32);
            b = random(2).randn(512, 512).astype(DType.FLOAT32);
            ba = random(3).randn(32, 128, 128).astype(DType.FLOAT32);
            bb = random(4).randn(32, 128, 128).astype(DType.FLOAT32);
            sq = random(5).randn(1000, 1000);
            x = random(6).randn(1_000_000);
            y = random(7).randn(1_000_000);
            q = random(8).randn(8, 8, 128, 64).astype(DType.FLOAT32);
            k = random(9).randn(8, 8, 128, 64).astype(DType.FLOAT32);
        }
    }

    @Benchmark
    public NDArray matrixEinsum(Operands o) { return einsum("ij,jk->ik", o.a, o.b); }

    @Benchmark
    public NDArray matrixMatmul(Operands o) { return o.a.matmul(o.b); }

    @Benchmark
    public NDArray batchedEinsum(Operands o) { return einsum("bij,bjk->bik", o.ba, o.bb); }

    @Benchmark
    public NDArray batchedMatmul(Operands o) { return o.ba.matmul(o.bb); }

    @Benchmark
    public NDArray diagonalEinsum(Operands o) { return einsum("ii->i", o.sq); }

    @Benchmark
    public NDArray diagonalView(Operands o) { return o.sq.reshape(-1L).get("::1001"); }

    @Benchmark
    public NDArray dotEinsum(Operands o) { return einsum("i,i->", o.x, o.y); }

    @Benchmark
    public NDArray dotMatmul(Operands o) { return o.x.matmul(o.y); }

    @Benchmark
    public NDArray attentionEinsum(Operands o) { return einsum("bhqd,bhkd->bhqk", o.q, o.k); }

    @Benchmark
    public NDArray attentionMatmul(Operands o) { return o.q.matmul(o.k.swapaxes(-1, -2)); }
}
