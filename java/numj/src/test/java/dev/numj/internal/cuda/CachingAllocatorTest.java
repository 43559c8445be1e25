package dev.numj.internal.cuda;

import dev.numj.DeviceOutOfMemoryException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The caching allocator's logic over a fake device with a memory limit. */
class CachingAllocatorTest {

    /** A device of {@code limit} bytes: hands out increasing addresses, 0 when full. */
    static final class FakeDevice implements CachingAllocator.Raw {
        final long limit;
        long used, next = 0x7f0000000000L;
        final Map<Long, Long> live = new HashMap<>();
        final List<Long> mallocs = new ArrayList<>();
        int frees;

        FakeDevice(long limit) { this.limit = limit; }

        @Override
        public long malloc(long bytes) {
            mallocs.add(bytes);
            if (used + bytes > limit) return 0;
            long a = next;
            next += bytes + 4096;
            live.put(a, bytes);
            used += bytes;
            return a;
        }

        @Override
        public void free(long address) {
            Long n = live.remove(address);
            if (n == null) throw new AssertionError("double or foreign free of " + Long.toHexString(address));
            used -= n;
            frees++;
        }
    }

    private static final long MiB = 1L << 20;

    @Test
    void sizesRoundToPyTorchsBins() {
        assertEquals(512, CachingAllocator.roundUp(0));
        assertEquals(512, CachingAllocator.roundUp(1));
        assertEquals(512, CachingAllocator.roundUp(512));
        assertEquals(1024, CachingAllocator.roundUp(513));
        assertEquals(MiB, CachingAllocator.roundUp(MiB));
        assertEquals(2 * MiB, CachingAllocator.roundUp(MiB + 1));
        assertEquals(4 * MiB, CachingAllocator.roundUp(2 * MiB + 1));
        assertEquals(400_000_000L / (2 * MiB) * (2 * MiB) + 2 * MiB, CachingAllocator.roundUp(400_000_000L));
        assertThrows(IllegalArgumentException.class, () -> CachingAllocator.roundUp(-1));
    }

    @Test
    void aFreedBlockIsReusedWithoutAskingTheDevice() {
        FakeDevice dev = new FakeDevice(100 * MiB);
        CachingAllocator al = new CachingAllocator("cuda:0", dev, null);
        CachingAllocator.Block a = al.allocate(1000, 1);
        assertEquals(1024, a.size());
        assertEquals(1000, a.requested());
        al.free(a);
        CachingAllocator.Block b = al.allocate(900, 1);   // same bin
        assertEquals(a.address(), b.address());
        assertEquals(1, dev.mallocs.size());
        CachingAllocator.Stats s = al.stats();
        assertEquals(2, s.allocations());
        assertEquals(1, s.cacheHits());
        assertEquals(1, s.rawMallocs());
    }

    @Test
    void blocksAreReusedOnlyOnTheirOwnStream() {
        FakeDevice dev = new FakeDevice(100 * MiB);
        CachingAllocator al = new CachingAllocator("cuda:0", dev, null);
        CachingAllocator.Block a = al.allocate(4096, 1);
        al.free(a);
        CachingAllocator.Block b = al.allocate(4096, 2);   // another stream: a fresh block
        assertNotEquals(a.address(), b.address());
        assertEquals(2, dev.mallocs.size());
        assertEquals(a.address(), al.allocate(4096, 1).address());
    }

    @Test
    void smallBinsAreExactAndLargeOnesTakeAClosefit() {
        FakeDevice dev = new FakeDevice(1000 * MiB);
        CachingAllocator al = new CachingAllocator("cuda:0", dev, null);
        CachingAllocator.Block small = al.allocate(4096, 0);
        al.free(small);
        assertNotEquals(small.address(), al.allocate(1024, 0).address());   // a 4 KiB block is not handed out for 1 KiB
        CachingAllocator.Block big = al.allocate(100 * MiB, 0);
        al.free(big);
        CachingAllocator.Block fit = al.allocate(96 * MiB, 0);               // wastes 4 MiB of 100: within an eighth
        assertEquals(big.address(), fit.address());
        assertEquals(100 * MiB, fit.size());
        al.free(fit);
        assertNotEquals(big.address(), al.allocate(10 * MiB, 0).address());   // would waste 90 MiB: a new block
    }

    @Test
    void statisticsTrackAllocatedReservedAndPeaks() {
        FakeDevice dev = new FakeDevice(100 * MiB);
        CachingAllocator al = new CachingAllocator("cuda:0", dev, null);
        CachingAllocator.Block a = al.allocate(3 * MiB, 0), b = al.allocate(512, 0);
        CachingAllocator.Stats s = al.stats();
        assertEquals(4 * MiB + 512, s.allocatedBytes());
        assertEquals(4 * MiB + 512, s.reservedBytes());
        assertEquals(0, s.cachedBytes());
        al.free(a);
        s = al.stats();
        assertEquals(512, s.allocatedBytes());
        assertEquals(4 * MiB + 512, s.reservedBytes());
        assertEquals(4 * MiB, s.cachedBytes());
        assertEquals(4 * MiB + 512, s.peakAllocatedBytes());
        al.free(b);
        assertEquals(4 * MiB + 512, al.emptyCache());
        s = al.stats();
        assertEquals(0, s.allocatedBytes());
        assertEquals(0, s.reservedBytes());
        assertEquals(0, s.cachedBytes());
        assertEquals(4 * MiB + 512, s.peakReservedBytes());
        assertEquals(2, s.rawFrees());
        assertEquals(0, dev.used);
        assertTrue(dev.live.isEmpty());
    }

    @Test
    void outOfMemoryFreesTheCacheAndRetriesOnce() {
        FakeDevice dev = new FakeDevice(10 * MiB);
        int[] reclaims = {0};
        CachingAllocator al = new CachingAllocator("cuda:0", dev, () -> reclaims[0]++);
        // fill the device with cached 4 MiB blocks of another stream, which the cache cannot hand out here
        al.free(al.allocate(4 * MiB, 7));
        al.free(al.allocate(4 * MiB, 8));
        assertEquals(8 * MiB, dev.used);
        CachingAllocator.Block c = al.allocate(6 * MiB, 1);   // needs the cache emptied
        assertEquals(1, reclaims[0]);
        assertEquals(6 * MiB, dev.used);
        assertEquals(2, dev.frees);
        CachingAllocator.Stats s = al.stats();
        assertEquals(1, s.oomRetries());
        assertEquals(6 * MiB, s.reservedBytes());
        assertEquals(0, s.cachedBytes());
        al.free(c);
    }

    @Test
    void theReclaimHookMayFreeBlocksBeforeTheRetry() {
        FakeDevice dev = new FakeDevice(8 * MiB);
        CachingAllocator[] self = new CachingAllocator[1];
        CachingAllocator.Block[] held = new CachingAllocator.Block[1];
        // the hook plays the garbage collector's cleaner: an unreachable array gives its block back
        self[0] = new CachingAllocator("cuda:0", dev, () -> self[0].free(held[0]));
        held[0] = self[0].allocate(8 * MiB, 0);
        CachingAllocator.Block b = self[0].allocate(6 * MiB, 0);
        assertEquals(6 * MiB, b.size());
        assertEquals(6 * MiB, dev.used);
    }

    @Test
    void outOfMemoryAfterTheRetryIsAClearExceptionAndTheAllocatorKeepsWorking() {
        FakeDevice dev = new FakeDevice(10 * MiB);
        CachingAllocator al = new CachingAllocator("cuda:0", dev, null);
        CachingAllocator.Block live = al.allocate(6 * MiB, 0);
        al.free(al.allocate(1000, 0));
        DeviceOutOfMemoryException e = assertThrows(DeviceOutOfMemoryException.class, () -> al.allocate(5 * MiB, 0));
        assertEquals(5 * MiB, e.requestedBytes());
        String m = e.getMessage();
        assertTrue(m.startsWith("cuda:0 is out of memory: tried to allocate 5.00 MiB (5242880 bytes, a 6.00 MiB block)"), m);
        assertTrue(m.contains("6.00 MiB in live arrays") && m.contains("0 B cached") && m.contains("retrying"), m);
        assertEquals(0, al.stats().cachedBytes());   // the cache was emptied for the retry
        al.free(live);
        CachingAllocator.Block again = al.allocate(5 * MiB, 0);   // still usable
        assertEquals(6 * MiB, again.size());
    }

    @Test
    void humanSizes() {
        assertEquals("0 B", CachingAllocator.human(0));
        assertEquals("1023 B", CachingAllocator.human(1023));
        assertEquals("1.00 KiB", CachingAllocator.human(1024));
        assertEquals("1.50 GiB", CachingAllocator.human(3L << 29));
    }
}
