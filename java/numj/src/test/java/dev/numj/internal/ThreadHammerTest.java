package dev.numj.internal;

import dev.numj.NDArray;
import dev.numj.random.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.numj.NumJ.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * docs/reliability.md, "Threads": what NumJ promises to several threads, hammered. Every test starts its
 * threads at one barrier, so their first NumJ calls coincide (run alone, {@code -Dtest=ThreadHammerTest},
 * the first one is the library's first use in the JVM: NativeLoader's loading and the native pool's start
 * race with each other).
 */
class ThreadHammerTest {
    static final int THREADS = 8;

    /** Runs body(t) for t in [0, THREADS) on THREADS threads released together; rethrows the first failure. */
    static void hammer(ThreadBody body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService ex = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Void>> fs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int id = t;
                Callable<Void> c = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    body.run(id);
                    return null;
                };
                fs.add(ex.submit(c));
            }
            for (Future<Void> f : fs) f.get(60, TimeUnit.SECONDS);
        } finally {
            ex.shutdownNow();
        }
    }

    interface ThreadBody {
        void run(int thread) throws Exception;
    }

    /** Reads of one shared (GC-managed) array and writes to disjoint rows of another, all at once. */
    @Test
    @Timeout(120)
    void sharedReadsAndDisjointRowWrites() throws Exception {
        int n = 1 << 16;
        NDArray shared = arange((double) n);
        NDArray out = zeros(THREADS, n);
        double expected = (double) n * (n - 1) / 2;
        hammer(t -> {
            for (int round = 0; round < 40; round++) {
                assertEquals(2 * expected, shared.mul(2.0).sum().getDouble(), "sum of a shared array, thread " + t);
                out.set(t + ", :", shared.mul((double) (t + round)));   // row t belongs to thread t
            }
        });
        for (int t = 0; t < THREADS; t++)
            assertTrue(arrayEquals(arange((double) n).mul((double) (t + 39)), out.get(t + ", :")), "row " + t);
    }

    /** Gathers of 2 MiB (the pool's threaded path) from one shared source on every thread at once. */
    @Test
    @Timeout(120)
    void largeGathersAtOnce() throws Exception {
        int n = 1 << 18;   // float64: 2 MiB gathered, past the 1 MiB at which gathers use the pool
        long[] perm = new long[n];
        for (int j = 0; j < n; j++) perm[j] = (j * 7919L) % n;
        NDArray src = arange((double) n).mul(3.0);
        NDArray idx = array(perm);
        NDArray expected = array(perm).astype(dev.numj.DType.FLOAT64).mul(3.0);
        hammer(t -> {
            for (int round = 0; round < 20; round++) {
                assertTrue(arrayEquals(expected, src.get(idx)), "src[idx] on thread " + t + ", round " + round);
                assertTrue(arrayEquals(expected.get("::2"), src.get(idx.get("::2"))), "a strided index, thread " + t);
            }
        });
    }

    /**
     * One generator drawn from on every thread: each draw reserves its own stretch of the stream, so the
     * draws are, in some order, exactly the blocks one thread would have drawn in sequence.
     */
    @Test
    @Timeout(120)
    void oneRandomFromManyThreads() throws Exception {
        int perDraw = 1000, draws = 25;   // float64 uniforms: 2 words each, so no block padding between draws
        Random rng = Random.random(20261207L);
        double[][][] got = new double[THREADS][draws][];
        hammer(t -> {
            for (int d = 0; d < draws; d++) got[t][d] = rng.rand(perDraw).toDoubleArray();
        });
        assertEquals((long) THREADS * draws * perDraw * 2, rng.offset(), "every word reserved once");
        double[] all = Random.random(20261207L).rand(THREADS * draws * perDraw).toDoubleArray();
        Map<Double, Integer> blockStarts = new HashMap<>();
        for (int b = 0; b < THREADS * draws; b++) blockStarts.put(all[b * perDraw], b);
        boolean[] used = new boolean[THREADS * draws];
        for (int t = 0; t < THREADS; t++) {
            for (int d = 0; d < draws; d++) {
                Integer b = blockStarts.get(got[t][d][0]);
                assertNotNull(b, "thread " + t + " draw " + d + " is no block of the sequential stream");
                assertFalse(used[b], "block " + b + " drawn twice");
                used[b] = true;
                for (int i = 0; i < perDraw; i++)
                    assertEquals(all[b * perDraw + i], got[t][d][i], "thread " + t + " draw " + d + " value " + i);
            }
        }
    }

    /**
     * OpenBLAS runs its threaded jobs on NumJ's pool (NativeLoader.poolFlags, native numj_blas_load): matrix products large enough
     * for OpenBLAS to split, LAPACK solves and inverses, and NumJ's own split elementwise kernels between them, from
     * every thread at once. The pool takes one job at a time, so most of these jobs find it busy and run on threads
     * of their own; none may hang, and each result must be bit for bit the one computed alone beforehand.
     */
    @Test
    @Timeout(180)
    void blasJobsOnThePoolFromEveryThread() throws Exception {
        assertTrue(dev.numj.internal.runtime.NativeLoader.blas().onNumjPool(), "OpenBLAS 0.3.27+ runs on NumJ's pool");
        Random rng = Random.random(7L);
        NDArray a = rng.rand(200, 300), b = rng.rand(300, 150), m = rng.rand(150, 150).add(eye(150).mul(150.0)), v = rng.rand(150, 3);
        NDArray a32 = a.astype(dev.numj.DType.FLOAT32), b32 = b.astype(dev.numj.DType.FLOAT32), big = rng.rand(1 << 17);
        NDArray p64 = a.matmul(b), p32 = a32.matmul(b32), x = dev.numj.linalg.Linalg.solve(m, v), mi = dev.numj.linalg.Linalg.inv(m);
        NDArray e = big.mul(2.0).add(1.0);
        hammer(t -> {
            for (int round = 0; round < 15; round++) {
                assertTrue(arrayEquals(p64, a.matmul(b)), "float64 product, thread " + t + " round " + round);
                assertTrue(arrayEquals(e, big.mul(2.0).add(1.0)), "elementwise between products, thread " + t);
                assertTrue(arrayEquals(p32, a32.matmul(b32)), "float32 product, thread " + t + " round " + round);
                assertTrue(arrayEquals(x, dev.numj.linalg.Linalg.solve(m, v)), "solve, thread " + t + " round " + round);
                assertTrue(arrayEquals(mi, dev.numj.linalg.Linalg.inv(m)), "inv, thread " + t + " round " + round);
            }
        });
    }
}
