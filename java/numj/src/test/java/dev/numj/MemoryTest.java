package dev.numj;

import static dev.numj.internal.ArrayAccess.storageOf;
import dev.numj.internal.runtime.Memory;
import org.junit.jupiter.api.Test;

import static dev.numj.NumJ.*;
import static org.junit.jupiter.api.Assertions.*;

/** DESIGN.md's memory model: nobody must close arrays; scopes release deterministically; no use-after-free crash. */
class MemoryTest {
    @Test
    void millionStepLoopOfTemporariesStaysInBoundedMemory() {
        NDArray w = zeros(FLOAT32, 2048);
        NDArray g = ones(FLOAT32, 2048);
        long peak = 0;
        // 1e6 steps x 2 temporaries x 8 KiB = 16 GiB allocated in total: far more than this machine holds
        for (int step = 0; step < 1_000_000; step++) {
            NDArray t = g.mul(0.001).add(w);   // two temporaries a step, never closed
            w = t;
            if ((step & 1023) == 0) peak = Math.max(peak, Memory.liveBytes());
        }
        float expected = 0;
        for (int step = 0; step < 1_000_000; step++) expected = (float) 0.001 + expected;   // the same float32 sums
        assertEquals(expected, w.getDouble(0), 0.0, "the loop really computed");
        long bound = Memory.gcEveryBytes() * 4;   // the collection threshold in force (RAM/16 by default)
        assertTrue(peak < bound, "live off-heap bytes peaked at " + peak + ", bound " + bound);
    }

    @Test
    void scopeReleasesDeterministicallyAndUseAfterCloseThrows() {
        NDArray kept;
        NDArray leaked;
        try (Scope s = scope()) {
            NDArray a = ones(1000, 1000);            // 8 MB in the scope
            leaked = a.mul(2L);
            kept = s.keep(leaked.sum(0));
            assertTrue(storageOf(leaked).isAlive());
        }
        assertFalse(storageOf(leaked).isAlive(), "closing the scope freed its arrays at once");
        assertTrue(storageOf(kept).isAlive());
        assertEquals(2000.0, kept.getDouble(3), "keep() copied the result out of the scope");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> leaked.getDouble(0, 0));
        assertTrue(e.getMessage().contains("scope"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> leaked.add(1L));
        assertThrows(IllegalStateException.class, leaked::toString);
    }

    @Test
    void scopesNestAndMustCloseInnermostFirst() {
        Scope outer = scope();
        Scope inner = scope();
        assertThrows(IllegalStateException.class, outer::close);
        inner.close();
        outer.close();
    }

    /** A scoped array on another thread fails in NumJ's words (was FFM's WrongThreadException). */
    @Test
    void scopedArrayUsedOnAnotherThreadFailsSayingWhatToDo() throws Exception {
        try (Scope s = scope()) {
            NDArray a = ones(1000);
            java.util.concurrent.ExecutorService ex = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                java.util.concurrent.Future<?> f = ex.submit(() -> a.sum());
                java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class, f::get);
                assertInstanceOf(IllegalStateException.class, e.getCause());
                assertTrue(e.getCause().getMessage().contains("scoped arrays belong to the thread that opened the scope"),
                        e.getCause().getMessage());
                f = ex.submit(() -> a.getDouble(0));
                e = assertThrows(java.util.concurrent.ExecutionException.class, f::get);
                assertInstanceOf(IllegalStateException.class, e.getCause());
            } finally {
                ex.shutdown();
            }
            assertEquals(1000.0, a.sum().getDouble(), "the owning thread still uses it");
        }
    }

    /** Scopes opened in a loop and never closed stop at numj.maxOpenScopes with an error. */
    @Test
    void scopesOpenedInALoopAndNeverClosedStopWithAnError() throws Exception {
        Thread t = new Thread(() -> {
            java.util.ArrayDeque<Scope> open = new java.util.ArrayDeque<>();
            try {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
                    for (int i = 0; i < 20_000; i++) open.push(scope());
                });
                assertTrue(e.getMessage().contains("never closed"), e.getMessage());
                assertEquals(10_000, open.size());
            } finally {
                while (!open.isEmpty()) open.pop().close();
            }
            assertEquals(3.0, ones(3).sum().getDouble(), "the thread works again once its scopes are closed");
        });
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        t.setUncaughtExceptionHandler((th, x) -> failure.set(x));
        t.start();
        t.join();
        if (failure.get() != null) throw new AssertionError(failure.get());
    }

    /** numj.maxLiveBytes is a hard limit, and its error names the open scope that holds the memory. */
    @Test
    void maxLiveBytesIsEnforcedAndNamesTheScopeHoldingTheMemory() {
        long before = Memory.maxLiveBytes();
        Memory.setMaxLiveBytes(Memory.liveBytes() + (256L << 20));
        try {
            Scope s = scope();   // left open around the loop, as in the finding
            try {
                OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> {
                    for (int i = 0; i < 64; i++) zeros(FLOAT64, 1 << 20);   // 8 MiB a step, all kept by the scope
                });
                assertTrue(e.getMessage().contains("numj.maxLiveBytes") && e.getMessage().contains("scope"), e.getMessage());
            } finally {
                s.close();
            }
            NDArray after = zeros(FLOAT64, 1 << 20);   // closing the scope freed it all
            assertEquals(0.0, after.sum().getDouble());
        } finally {
            Memory.setMaxLiveBytes(before);
        }
    }

    @Test
    void freedBlocksOfASizeNoLongerUsedMakeRoomForTheNewSize() throws InterruptedException {
        long limit = Memory.allocatorStats()[1];
        System.gc();
        Thread.sleep(100);   // let the cleaner free what earlier tests left, so no free races the counts below
        Memory.setCacheLimit(64L << 20);
        try {
            try (Scope s = scope()) {
                for (int i = 0; i < 12; i++) zeros(FLOAT32, 1 << 20);   // 12 x 4 MiB, then all freed
            }
            long[] full = Memory.allocatorStats();
            assertTrue(full[0] <= 64L << 20 && full[0] >= 40L << 20,
                    "the cache holds the freed 4 MiB blocks up to its 64 MiB limit: " + full[0]);
            // A loop of another size (6 MiB) must reuse its own freed blocks: the old size's blocks are
            // unmapped to make room (before, they filled the cache for good and every 6 MiB array was
            // mapped and faulted in afresh).
            for (int round = 0; round < 10; round++) {
                try (Scope s = scope()) {
                    for (int i = 0; i < 4; i++) zeros(FLOAT64, 3 << 18);
                }
            }
            long[] after = Memory.allocatorStats();
            long misses = after[3] - full[3], hits = after[2] - full[2];
            assertEquals(4, misses, "only the first round maps 6 MiB blocks afresh (hits " + hits + ")");
            assertEquals(36, hits, "rounds 2-10 reuse the freed 6 MiB blocks");
            assertTrue(after[4] - full[4] >= 4, "4 MiB blocks were unmapped to make room: " + (after[4] - full[4]));
            assertTrue(after[0] <= 64L << 20, "the cache stays within its limit: " + after[0]);
        } finally {
            Memory.setCacheLimit(limit);
        }
    }

    @Test
    void freshPageCostsAreMeasuredAndHugePageBlocksWork() {
        long[] c = Memory.pageFaultCosts();
        assertEquals(2, c.length);
        assertTrue(c[0] > 0 && c[1] > 0, "both kinds of fresh page were sampled: " + java.util.Arrays.toString(c));
        Memory.setHugePageThreshold(4L << 20);   // what the pacing chooses where huge pages are cheaper
        try {
            for (int round = 0; round < 3; round++) {
                try (Scope s = scope()) {
                    // 5 MB and 9 MB blocks, rounded up to whole 2 MiB pages: the arrays must not notice
                    NDArray a = arange(625_000.0).add(1L);
                    NDArray b = ones(FLOAT32, 9_000_000 / 4).mul(2L);
                    assertEquals(625_000.0 * 625_001 / 2, a.sum().getDouble(), 0.0);
                    assertEquals(2.0 * (9_000_000 / 4), b.sum().getDouble(), 1e-3);
                }
            }
        } finally {
            Memory.setHugePageThreshold(-1);   // back to the measured choice
        }
    }

    /** Of every block mapped afresh the first 2 MiB are faulted in at once and timed, so the pacing knows what fresh memory costs here. */
    @Test
    void freshBlocksAreFaultedInAndTheirCostCounted() {
        long limit = Memory.allocatorStats()[1];
        Memory.setCacheLimit(0);   // no cached block: the next one is mapped afresh
        long[] before = Memory.allocatorStats(), after;
        assertEquals(9, before.length);
        try (Scope s = scope()) {
            NDArray a = ones(FLOAT64, 1_234_567).mul(3L);
            assertEquals(3.0 * 1_234_567, a.sum().getDouble(), 0.0);
            after = Memory.allocatorStats();
        } finally {
            Memory.setCacheLimit(limit);
        }
        long fresh = after[5] + after[7] - before[5] - before[7], nanos = after[6] + after[8] - before[6] - before[8];
        assertTrue(after[3] > before[3], "a miss was counted");
        assertTrue(fresh >= 2L << 20, "the fresh block's first 2 MiB were faulted in and counted: " + fresh);
        assertTrue(nanos > 0, "the fresh block's fault-in time was counted: " + nanos);
        assertThrows(IllegalArgumentException.class, () -> Memory.setHugePageThreshold(-2));
    }

    @Test
    void inPlaceOpsAllocateNothing() {
        NDArray w = zeros(FLOAT32, 1 << 20);
        NDArray g = ones(FLOAT32, 1 << 20);
        long before = Memory.liveBytes();
        for (int i = 0; i < 100; i++) w.subi(g);
        assertTrue(Memory.liveBytes() - before < (1 << 20), "in-place subi allocated off-heap memory");
        assertEquals(-100.0, w.getDouble(5));
    }
}
