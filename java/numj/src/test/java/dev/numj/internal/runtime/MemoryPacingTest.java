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
        assertEquals(128 * MIB, Memory.nextPeriod(MIN, 60_000_000L, 20_000_000L, 0.1, MIN, MAX));
        assertEquals(MAX, Memory.nextPeriod(MAX, 60_000_000L, 20_000_000L, 0.1, MIN, MAX), "capped");
    }

    @Test
    void cheapCollectionsHalveThePeriod() {
        // 20 ms after 1 s: 2 % of the time, under a quarter of 10 %
        assertEquals(256 * MIB, Memory.nextPeriod(512 * MIB, 1_000_000_000L, 20_000_000L, 0.1, MIN, MAX));
        assertEquals(MIN, Memory.nextPeriod(MIN, 1_000_000_000L, 20_000_000L, 0.1, MIN, MAX), "floored");
    }

    @Test
    void periodStaysInTheDeadBand() {
        // 20 ms after 400 ms: 4.8 %, between 2.5 % and 10 %
        assertEquals(256 * MIB, Memory.nextPeriod(256 * MIB, 400_000_000L, 20_000_000L, 0.1, MIN, MAX));
        assertEquals(MIN, Memory.nextPeriod(MIN, 0, 0, 0.1, MIN, MAX), "no time measured: unchanged");
    }

    @Test
    void periodInForceNeverExceedsTheLongest() {
        assertTrue(Memory.collectionPeriodBytes() <= Memory.gcEveryBytes());
        assertTrue(Memory.collectionPeriodBytes() >= Math.min(Memory.gcEveryBytes(), MIB));
    }
}
