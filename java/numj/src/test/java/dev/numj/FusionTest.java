package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Lazy elementwise fusion (internal.Lazy): chains of float ufuncs on GC-managed arrays of 4,096 elements
 * and more run as one native pass when first read. The answers must be bit for bit the eager ones (the
 * same statements inside a Scope, where every op runs at once), and the values an expression reads must be
 * the ones its operands had when it was written, whatever is written into them afterwards and by whichever
 * path (in-place ufuncs, element and slice writes, masks, views, another thread).
 */
class FusionTest {
    private static final long N = 8192;

    private static NDArray data(DType dt, long seed, long... shape) {
        int[] sh = new int[shape.length];
        for (int i = 0; i < sh.length; i++) sh[i] = Math.toIntExact(shape[i]);
        return dev.numj.random.Random.random(seed).randn(dt, sh);
    }

    /** The statement's value computed eagerly (inside a scope, no fusion), copied out. */
    private static NDArray eager(Supplier<NDArray> stmt) {
        try (Scope s = scope()) {
            return s.keep(stmt.get());
        }
    }

    private static void assertSameBits(NDArray expected, NDArray actual, String what) {
        assertEquals(expected.dtype(), actual.dtype(), what);
        assertArrayEquals(expected.shape(), actual.shape(), what);
        assertEquals(java.util.Arrays.toString(toOracle(expected).data()), java.util.Arrays.toString(toOracle(actual).data()), what);
    }

    @Test
    void chainsGiveTheEagerBitsInBothDtypes() {
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            NDArray a = data(dt, 1, N), X = data(dt, 2, 64, 256), W = data(dt, 3, 256, 128), b = data(dt, 4, 128);
            List<Supplier<NDArray>> stmts = List.of(
                    () -> exp(a.neg()).add(1L).rdiv(1L),                             // composed sigmoid
                    () -> X.sub(X.mean(0)).div(X.std(0)),                             // standardise (broadcast rows)
                    () -> X.var(1, true).add(X.std()),                                 // the deviations squared in one pass
                    () -> exp(X.sub(X.max(1, true))),                                  // softmax numerator (broadcast column)
                    () -> maximum(X.matmul(W).add(b), 0L),                            // relu(X @ W + b)
                    () -> a.mul(a).add(a.mul(2.5)).sub(1.0).abs().sqrt(),              // one leaf read several times
                    () -> a.sigmoid().mul(a.neg().sigmoid()).tanh().log1p().expm1(),  // SIMD and libm loops mixed
                    () -> a.add(1L).mul(3.0).maximum(a).minimum(2.0).div(a.abs().add(1.0)),
                    () -> sub(2.0, a).mul(a).leakyRelu(0.1).clip(-1.0, 1.0));
            for (int i = 0; i < stmts.size(); i++)
                assertSameBits(eager(stmts.get(i)), stmts.get(i).get(), "statement " + i + " " + dt);
        }
    }

    @Test
    void deepChainsAndManyOperandsStayExact() {
        NDArray a = data(DType.FLOAT32, 5, N);
        Supplier<NDArray> deep = () -> {
            NDArray w = a;
            for (int i = 0; i < 200; i++) w = w.mul(0.999).add(a.mul(0.001));   // 400 ops, depth far past one pass
            return w;
        };
        assertSameBits(eager(deep), deep.get(), "200-step chain");
        List<NDArray> xs = new ArrayList<>();
        for (int i = 0; i < 12; i++) xs.add(data(DType.FLOAT64, 10 + i, N));
        Supplier<NDArray> wide = () -> {
            NDArray s = xs.get(0);
            for (int i = 1; i < xs.size(); i++) s = s.add(xs.get(i).mul((double) i));
            return s;
        };
        assertSameBits(eager(wide), wide.get(), "12 distinct arrays");
    }

    @Test
    void anExpressionReadsTheValuesItsOperandsHadWhenItWasWritten() {
        NDArray a0 = data(DType.FLOAT64, 7, N);
        NDArray expected = eager(() -> a0.mul(2.0).exp());
        // each write path, on the operand itself or through a view of it
        List<java.util.function.Consumer<NDArray>> writes = List.of(
                a -> a.addi(1.0), a -> a.muli(a), a -> a.expi(), a -> a.setDouble(99.0, 5),
                a -> a.set("100:200", 7.0), a -> a.set(a.gt(0.0), 0.0), a -> a.get("::2").subi(3.0),
                a -> a.set("10:20", arange(10.0)), a -> a.reshape(2, N / 2).T().addi(1.0));
        for (int w = 0; w < writes.size(); w++) {
            NDArray a = a0.copy();
            NDArray t = a.mul(2.0).exp();            // deferred: reads a
            NDArray u = t.add(1.0);                   // continues the chain
            writes.get(w).accept(a);
            assertSameBits(expected, t, "write path " + w + ": t");
            assertSameBits(eager(() -> expected.add(1.0)), u, "write path " + w + ": u");
        }
    }

    @Test
    void writingIntoAResultChangesNeitherTheChainsThatReadItNorItsInputs() {
        NDArray a = data(DType.FLOAT32, 8, N);
        NDArray t = a.add(1.0);
        NDArray u = t.mul(2.0);                       // inlines t's chain
        NDArray tv = t.get("::4");                    // a view of the deferred t
        t.addi(100.0);                                // t computed, then changed in place
        assertSameBits(eager(() -> a.add(1.0).mul(2.0)), u, "u keeps t's old values");
        assertSameBits(eager(() -> a.add(1.0).add(100.0).get("::4")), tv, "the view sees t's memory");
        NDArray v = t.sub(100.0);                     // t is an array now: read as one
        t.muli(0.0);
        assertSameBits(eager(() -> a.add(1.0).add(100.0).sub(100.0)), v, "v read t before the write");
    }

    @Test
    void viewsComparisonsAndReductionsOfDeferredResults() {
        NDArray X = data(DType.FLOAT64, 9, 128, 128);
        NDArray t = X.mul(X).sub(0.5);
        assertSameBits(eager(() -> X.mul(X).sub(0.5).T().get("1:5")), t.T().get("1:5"), "view of a deferred result");
        assertSameBits(eager(() -> X.mul(X).sub(0.5).gt(0.0)), t.gt(0.0), "comparison");
        assertSameBits(eager(() -> X.mul(X).sub(0.5).sum(1)), t.sum(1), "reduction");
        assertSameBits(eager(() -> X.mul(X).sub(0.5).astype(DType.FLOAT32)), t.astype(DType.FLOAT32), "cast");
        assertEquals(eager(() -> X.mul(X).sub(0.5)).toString(), t.toString(), "printing");
    }

    @Test
    void resultsMadeOutsideAScopeOutliveOneOpenedLater() {
        NDArray a = data(DType.FLOAT32, 11, N);
        NDArray t = a.exp().add(1.0);                 // deferred, GC-managed
        NDArray inScope;
        try (Scope s = scope()) {
            inScope = t.mul(2.0);                     // inside the scope: eager, scoped; computes t, GC-managed
            assertEquals(Math.exp(a.getDouble(3)) + 1, t.getDouble(3), 1e-5);
        }
        assertSameBits(eager(() -> a.exp().add(1.0)), t, "t outlives the scope");
        assertThrows(IllegalStateException.class, () -> inScope.getDouble(0), "the scoped result is gone, as before");
    }

    @Test
    void threadsForcingOneResultTogetherGetOneAnswer() throws Exception {
        NDArray a = data(DType.FLOAT64, 12, 1 << 16);
        NDArray expected = eager(() -> a.sin().mul(a.cos()).add(a));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                NDArray t = a.sin().mul(a.cos()).add(a);
                List<Callable<Double>> reads = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    long i = k * 1000L;
                    reads.add(() -> t.getDouble(i));
                }
                List<Future<Double>> got = pool.invokeAll(reads);
                for (int k = 0; k < 4; k++) assertEquals(expected.getDouble(k * 1000L), got.get(k).get(), 0.0);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void resultsMatchNumPy() {
        NDArray X = data(DType.FLOAT32, 13, 64, 200);
        NDArray e = exp(X.sub(X.max(1, true)));
        assertMatches(np().run("out = np.exp(X - X.max(1, keepdims=True))", java.util.Map.of("X", toOracle(X))), e, "softmax numerator", 1e-6, 1e-7);
    }
}
