package dev.numj.internal.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The collection period's pacing ({@link Memory#nextPeriod}): it doubles while collections take more than
 * the configured share of the time, halves below a quarter of it, and stays in between.
 */
class MemoryPacingTest {
    private static final long MIB = 1L << 20;
    private static final long MIN = 64 * MIB, MAX = 1024 * MIB;

    @Test
    void expensiveCollectionsDoubleThePeriod() {
        // a 20 ms collection after 60 ms of work: 25 % of the time, over 10 %
        assertEquals(128 * MIB, Memory.nextPeriod(MIN, 60_000_000L, 20_000_000L, 0.1, MIN, MAX, 0, 0));
        assertEquals(MAX, Memory.nextPeriod(MAX, 60_000_000L, 20_000_000L, 0.1, MIN, MAX, 0, 0), "capped");
    }

    @Test
    void cheapCollectionsHalveThePeriod() {
        // 20 ms after 1 s: 2 % of the time, under a quarter of 10 %
        assertEquals(256 * MIB, Memory.nextPeriod(512 * MIB, 1_000_000_000L, 20_000_000L, 0.1, MIN, MAX, 0, 0));
        assertEquals(MIN, Memory.nextPeriod(MIN, 1_000_000_000L, 20_000_000L, 0.1, MIN, MAX, 0, 0), "floored");
    }

    @Test
    void periodStaysInTheDeadBand() {
        // 20 ms after 400 ms: 4.8 %, between 2.5 % and 10 %
        assertEquals(256 * MIB, Memory.nextPeriod(256 * MIB, 400_000_000L, 20_000_000L, 0.1, MIN, MAX, 0, 0));
        assertEquals(MIN, Memory.nextPeriod(MIN, 0, 0, 0.1, MIN, MAX, 0, 0), "no time measured: unchanged");
    }

    @Test
    void periodGrowsOnlyOnceItsCollectionsCostAsMuchAsTheFreshPages() {
        // collections too expensive (25 %), but only 40 ms spent at this period and 64 MiB of fresh pages cost 50 ms
        assertEquals(MIN, Memory.nextPeriod(MIN, 60_000_000L, 20_000_000L, 0.1, MIN, MAX, 40_000_000L, 50_000_000L));
        assertEquals(128 * MIB, Memory.nextPeriod(MIN, 60_000_000L, 20_000_000L, 0.1, MIN, MAX, 60_000_000L, 50_000_000L));
        // shrinking is free
        assertEquals(256 * MIB, Memory.nextPeriod(512 * MIB, 1_000_000_000L, 20_000_000L, 0.1, MIN, MAX, 0, Long.MAX_VALUE));
    }

    @Test
    void periodInForceNeverExceedsTheLongest() {
        assertTrue(Memory.collectionPeriodBytes() <= Memory.gcEveryBytes());
        assertTrue(Memory.collectionPeriodBytes() >= Math.min(Memory.gcEveryBytes(), MIB));
    }
}
