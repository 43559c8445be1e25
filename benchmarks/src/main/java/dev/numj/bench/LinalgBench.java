package dev.numj.bench;

import static dev.numj.random.Random.random;

import dev.numj.linalg.Linalg;
import dev.numj.NDArray;
import dev.numj.linalg.SvdResult;
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
 * NumJ's LAPACK-backed linear algebra, compared with {@code benchmarks/numpy/bench_linalg.py} (the same
 * cases in NumPy; the target is each within 1.2x of NumPy's time):
 * <ul>
 *   <li>{@code inv}: {@code Linalg.inv(a)} of a 1000 x 1000 float64 matrix (NumPy: {@code np.linalg.inv(a)});
 *   <li>{@code solve}: {@code Linalg.solve(a, b)} with a 1000 x 1000 right-hand side ({@code np.linalg.solve(a, b)});
 *   <li>{@code det}: {@code Linalg.det(a)}, 1000 x 1000 ({@code np.linalg.det(a)});
 *   <li>{@code svd}: {@code Linalg.svd(s)} of a 500 x 500 float64 matrix, full U and V^T
 *       ({@code np.linalg.svd(s)}).
 * </ul>
 * Inputs are standard normal (NumJ's generator, NumPy's {@code default_rng(0)} on the other side: the
 * same distribution, so the same conditioning, not the same numbers). Every call includes what NumPy's
 * does: the column-major copy in, the LAPACK call, the copy of the result out.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar LinalgBench}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class LinalgBench {

    @State(Scope.Thread)
    public static class Operands {
        NDArray a;
        NDArray b;
        NDArray s;

        @Setup
        public void setup() {
            a = random(1).randn(1000, 1000);
            b = random(2).randn(1000, 1000);
            s = random(3).randn(500, 500);
        }
    }

    @Benchmark
    public NDArray inv(Operands o) {
        return Linalg.inv(o.a);
    }

    @Benchmark
    public NDArray solve(Operands o) {
        return Linalg.solve(o.a, o.b);
    }

    @Benchmark
    public NDArray det(Operands o) {
        return Linalg.det(o.a);
    }

    @Benchmark
    public SvdResult svd(Operands o) {
        return Linalg.svd(o.s);
    }
}
