package dev.numj.internal.runtime;

import dev.numj.internal.ffi.numj.NumjCpu;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Off-heap allocation for arrays. Memory comes from NumJ's native {@code numj_malloc} (64-byte
 * aligned, not zeroed: NumPy's {@code empty} costs nothing per byte either) and is released either
 * by the garbage collector (an automatic arena per allocation) or by the innermost open
 * {@link dev.numj.Scope} of the allocating thread.
 *
 * <p>The collector cannot see off-heap bytes, so a loop of temporaries could outrun it. NumJ counts
 * allocated bytes and asks for a collection once a <em>period</em> of bytes was allocated while at least
 * that much is live; the freed blocks go back to the native allocator's cache ({@code numj.cacheBytes},
 * default twice the largest period) and the next arrays reuse them, already faulted in. The period
 * adapts to what the collections cost: it starts at {@code numj.gcMinBytes} (64 MiB), so a fresh JVM
 * reuses memory after its first 64 MiB instead of faulting in fresh pages for a gigabyte; after each
 * collection it doubles when the collection took more than {@code numj.gcTimeFraction} (default 0.1)
 * of the time since the one before, halves when it took less than a quarter of that, and otherwise stays,
 * within {@code numj.gcEveryBytes} (a sixteenth of the RAM, from 64 MiB to 1 GiB). A program that allocates
 * slowly thus holds little garbage (the digits MLP's loop: about 300 MiB of process memory instead of
 * 1.2 GiB) and the collections NumJ asks for take between 2.5 % and 10 % of a busy allocator's time; one
 * that streams large temporaries faster than that reaches the cap, where its collections may take a
 * larger share. Setting {@code numj.gcEveryBytes} fixes the period. Past a hard limit ({@code numj.maxLiveBytes}, default three
 * quarters of the RAM) allocation waits for the collector, like {@code ByteBuffer.allocateDirect}, and
 * fails with an {@link OutOfMemoryError} that says what holds the memory when the collector cannot free
 * enough: a million-step loop stays in bounded memory without anybody closing anything.
 */
public final class Memory {
    private static final AtomicLong LIVE = new AtomicLong();
    private static final AtomicLong SINCE_GC = new AtomicLong();
    private static final AtomicLong COLLECTIONS = new AtomicLong();
    /** The longest collection period: a sixteenth of the RAM, from 64 MiB to 1 GiB, unless set. */
    private static final long GC_EVERY = Long.getLong("numj.gcEveryBytes", defaultGcEvery());
    /** An explicit {@code numj.gcEveryBytes} fixes the period; otherwise it adapts between these two. */
    private static final boolean FIXED_PERIOD = System.getProperty("numj.gcEveryBytes") != null;
    private static final long MIN_PERIOD = Math.min(GC_EVERY, Math.max(1L << 20, Long.getLong("numj.gcMinBytes", 64L << 20)));
    /** The share of the program's time the collections NumJ asks for may take. */
    private static final double TIME_FRACTION = timeFraction();
    /** Bytes allocated between the collections NumJ asks for, now. */
    private static volatile long period = FIXED_PERIOD ? GC_EVERY : MIN_PERIOD;
    /** {@code -Dnumj.logCollections=true} prints a line on stderr for each collection NumJ asks for. */
    private static final boolean LOG_COLLECTIONS = Boolean.getBoolean("numj.logCollections");
    /** When the last collection NumJ asked for ended (guarded by Memory.class). */
    private static long lastCollectionEnd = System.nanoTime();
    /** The hard limit on live bytes: three quarters of the RAM (at least 1 GiB) unless set. */
    private static volatile long maxLive = Long.getLong("numj.maxLiveBytes", defaultMaxLive());
    private static final long SCOPE_WARN = Long.getLong("numj.scopeWarnBytes", 4 * GC_EVERY);

    static {
        // The freed blocks of one collection's worth of temporaries are reused rather than returned to
        // the kernel: fresh pages cost a page fault and the kernel's zeroing, several times the copy.
        NativeLoader.ensureLoaded();
        NumjCpu.numj_set_cache_limit(Long.getLong("numj.cacheBytes", 2 * GC_EVERY));
        Warmup.start();
    }

    private Memory() {}

    private static long defaultMaxLive() {
        NativeLoader.ensureLoaded();
        long ram = NumjCpu.numj_physical_memory();
        return ram > 0 ? Math.max(ram / 4 * 3, 1L << 30) : 8L << 30;
    }

    /** The hard limit on live off-heap bytes ({@code numj.maxLiveBytes}). */
    public static long maxLiveBytes() { return maxLive; }

    /** Sets the hard limit on live off-heap bytes (for tests and for programs that know their budget). */
    public static void setMaxLiveBytes(long bytes) {
        if (bytes <= 0) throw new IllegalArgumentException("maxLiveBytes must be positive, got " + bytes);
        maxLive = bytes;
    }

    private static double timeFraction() {
        String v = System.getProperty("numj.gcTimeFraction", "0.1");
        double f;
        try {
            f = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("numj.gcTimeFraction must be a number between 0 and 1, got " + v, e);
        }
        if (!(f > 0 && f < 1)) throw new IllegalArgumentException("numj.gcTimeFraction must be between 0 and 1 (exclusive), got " + v);
        return f;
    }

    private static long defaultGcEvery() {
        NativeLoader.ensureLoaded();
        long ram = NumjCpu.numj_physical_memory();
        return ram > 0 ? Math.clamp(ram / 16, 64L << 20, 1L << 30) : 256L << 20;
    }

    /** Allocates {@code nbytes} uninitialised bytes owned by the current scope, or by the GC. */
    public static Storage allocate(long nbytes) {
        return allocate(nbytes, ScopeStack.currentArena());
    }

    /**
     * Arrays up to this size ({@code numj.slabbedBytes}, default 16 KiB) share slabs instead of owning
     * an allocation, an arena and a cleaner each: the digits MLP's training loop, whose temporaries
     * are 1-8 KiB, ran 25-30 % more steps per second with 16 KiB than with 1 KiB (32 KiB was no better).
     */
    private static final int SMALL = Integer.getInteger("numj.slabbedBytes", 16 << 10);
    private static final int SLAB = 64 << 10;

    /** The current slab of each thread and how much of it is used. */
    private static final class Slab {
        MemorySegment segment;
        long used = SLAB;
    }

    private static final ThreadLocal<Slab> SLABS = ThreadLocal.withInitial(Slab::new);

    /**
     * Small GC-managed arrays are carved from 64 KiB slabs: one automatic arena (and one cleaner)
     * per slab rather than per array. A slice keeps its slab's arena reachable, so a slab is freed
     * once every array in it is unreachable.
     */
    private static Storage allocateSmall(long nbytes) {
        Slab s = SLABS.get();
        long size = (Math.max(nbytes, 1) + 63) & ~63L;
        if (s.used + size > SLAB) {
            s.segment = allocate(SLAB, null, true).segment();
            s.used = 0;
        }
        MemorySegment seg = s.segment.asSlice(s.used, nbytes);
        s.used += size;
        return new Storage(seg);
    }

    /** Allocates in the given arena, or GC-managed when {@code arena} is null. */
    public static Storage allocate(long nbytes, Arena arena) {
        return allocate(nbytes, arena, false);
    }

    private static Storage allocate(long nbytes, Arena arena, boolean slab) {
        if (nbytes < 0) throw new IllegalArgumentException("negative allocation size " + nbytes);
        if (arena == null && !slab && nbytes <= SMALL) return allocateSmall(nbytes);
        NativeLoader.ensureLoaded();
        long p = period;
        if (SINCE_GC.addAndGet(nbytes) > p && LIVE.get() > p) collect(nbytes);
        if (LIVE.get() + nbytes > maxLive) {
            collectNow(nbytes);
            if (LIVE.get() + nbytes > maxLive) throw overLimit(nbytes);
        }
        MemorySegment raw = NumjCpu.numj_malloc(nbytes);
        if (raw.equals(MemorySegment.NULL)) {
            collect(nbytes);
            raw = NumjCpu.numj_malloc(nbytes);
            if (raw.equals(MemorySegment.NULL))
                throw new OutOfMemoryError("NumJ could not allocate " + nbytes + " bytes of off-heap memory");
        }
        LIVE.addAndGet(nbytes);
        if (arena != null) ScopeStack.charge(arena, nbytes, SCOPE_WARN);
        Arena owner = arena != null ? arena : Arena.ofAuto();
        MemorySegment seg = raw.reinterpret(nbytes, owner, s -> release(s, nbytes));
        return new Storage(seg);
    }

    private static void release(MemorySegment s, long nbytes) {
        NumjCpu.numj_free(s);
        LIVE.addAndGet(-nbytes);
    }

    /** The longest collection period ({@code numj.gcEveryBytes} or its default): the period never exceeds it. */
    public static long gcEveryBytes() { return GC_EVERY; }

    /** Bytes allocated between the collections NumJ asks for, as the pacing has set it now. */
    public static long collectionPeriodBytes() { return period; }

    /** Bytes currently allocated and not yet released. */
    public static long liveBytes() { return LIVE.get(); }

    /**
     * The native allocator's cache of freed large blocks: {bytes cached, cache limit, hits, misses
     * (blocks mapped afresh), blocks unmapped to make room, then bytes and nanoseconds of fresh blocks
     * faulted in with 4 KiB pages, and with huge pages}, counted since the library was loaded.
     */
    public static long[] allocatorStats() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(java.lang.foreign.ValueLayout.JAVA_LONG, 9);
            NumjCpu.numj_alloc_stats(out);
            return out.toArray(java.lang.foreign.ValueLayout.JAVA_LONG);
        }
    }

    /**
     * Measures what never-used memory costs to touch here, in picoseconds per byte: {4 KiB pages, huge
     * pages}, -1 where a sample could not be mapped (numj_fault_costs; 5-30 ms).
     */
    public static long[] pageFaultCosts() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(java.lang.foreign.ValueLayout.JAVA_LONG, 2);
            NumjCpu.numj_fault_costs(out);
            return out.toArray(java.lang.foreign.ValueLayout.JAVA_LONG);
        }
    }

    /**
     * Blocks of at least this many bytes get huge pages unless NUMJ_HUGEPAGES decides (for tests); -1 returns to
     * the default, where the fresh-page costs measured so far choose the kind from 4 MiB on.
     */
    public static void setHugePageThreshold(long bytes) {
        if (bytes < -1) throw new IllegalArgumentException("huge page threshold must be -1 (measured) or a byte count, got " + bytes);
        NumjCpu.numj_set_huge_page_threshold(bytes);
    }

    /** Sets the native allocator's cache limit in bytes (the least recently freed blocks past it are unmapped). */
    public static void setCacheLimit(long bytes) {
        if (bytes < 0) throw new IllegalArgumentException("negative cache limit " + bytes);
        NumjCpu.numj_set_cache_limit(bytes);
    }

    /** How many times NumJ asked the collector for memory back. */
    public static long collections() { return COLLECTIONS.get(); }

    private static OutOfMemoryError overLimit(long nbytes) {
        int scopes = ScopeStack.openScopes();
        String held = scopes == 0 ? "" : "; " + scopes + " NumJ scope(s) open on this thread hold " + (ScopeStack.scopedBytes() >> 20)
                + " MiB that only closing them frees (a scope left open around a loop keeps every temporary)";
        return new OutOfMemoryError("NumJ cannot allocate " + nbytes + " bytes: " + (LIVE.get() >> 20)
                + " MiB of arrays are live and numj.maxLiveBytes is " + (maxLive >> 20) + " MiB" + held);
    }

    private static synchronized void collect(long wanted) {
        if (SINCE_GC.get() <= period) return;   // another thread collected meanwhile
        collectNow(wanted);
    }

    /**
     * The next period, from the share of the program's time the last collection took: its cost (the
     * cheapest of the last few: a collection slowed by other processes on the machine says nothing about
     * the next one) over that cost plus the time the program ran since the collection before. Above
     * {@code fraction} the period doubles, below a quarter of it the period halves, in between it stays: one
     * odd measurement cannot swing the memory the program holds, and a steady program settles on one period.
     * Doubling has a price, paid once: {@code current} more bytes of fresh pages to fault in
     * ({@code growthNanos}). The period grows only once the collections made at this period have cost as
     * much ({@code spentNanos}), as a skier buys skis once the rentals add up to their price: a short
     * program never pays for more memory than its collections would have cost.
     */
    static long nextPeriod(long current, long intervalNanos, long collectionNanos, double fraction, long min, long max,
                           long spentNanos, long growthNanos) {
        double share = collectionNanos / (double) Math.max(collectionNanos + intervalNanos, 1);
        long next = share > fraction ? (spentNanos >= growthNanos ? 2 * current : current)
                : share < fraction / 4 ? current / 2 : current;
        return Math.clamp(next, min, max);
    }

    /** Collection time spent at the current period (guarded by Memory.class). */
    private static long spentAtPeriod;
    /**
     * Picoseconds per byte to fault in the fresh pages a longer period needs: what the allocator's fresh blocks
     * have cost so far (the cheaper kind of page, the one it now picks), else a start-up sample.
     */
    private static long faultPsPerByte() {
        long[] st = allocatorStats();
        long best = -1;
        for (int k = 0; k < 2; k++) {
            long bytes = st[5 + 2 * k], nanos = st[6 + 2 * k];
            if (bytes >= 1L << 20) {
                long ps = (long) (nanos * 1000.0 / bytes);
                best = best < 0 ? ps : Math.min(best, ps);
            }
        }
        if (best >= 0) return best;
        if (sampledPsPerByte < 0) {
            long[] c = pageFaultCosts();
            sampledPsPerByte = Math.max(c[0], 0);
        }
        return sampledPsPerByte;
    }

    /** A start-up sample of fresh 4 KiB pages, taken only while no large block was mapped yet. */
    private static long sampledPsPerByte = -1;

    /** The costs of the last few collections NumJ asked for, in nanoseconds (guarded by Memory.class). */
    private static final long[] RECENT_COSTS = new long[4];
    private static int costs;

    /** Records a collection's cost and returns the cheapest of the last few. */
    private static long cheapestRecentCost(long nanos) {
        RECENT_COSTS[costs++ % RECENT_COSTS.length] = nanos;
        long min = Long.MAX_VALUE;
        for (int i = 0; i < Math.min(costs, RECENT_COSTS.length); i++) min = Math.min(min, RECENT_COSTS[i]);
        return min;
    }

    /** Asks for a collection and waits (half a second at most) for the cleaners while past the hard limit. */
    private static synchronized void collectNow(long wanted) {
        long allocated = SINCE_GC.getAndSet(0);
        COLLECTIONS.incrementAndGet();
        long t0 = System.nanoTime();
        System.gc();
        long t1 = System.nanoTime();
        long faultPs = faultPsPerByte();
        if (!FIXED_PERIOD) {
            spentAtPeriod += t1 - t0;
            long next = nextPeriod(period, t0 - lastCollectionEnd, cheapestRecentCost(t1 - t0), TIME_FRACTION, MIN_PERIOD, GC_EVERY,
                    spentAtPeriod, period / 1000 * faultPs);
            if (next != period) spentAtPeriod = 0;
            period = next;
        }
        if (LOG_COLLECTIONS)
            System.err.printf("numj: collection %d: %d MiB allocated in %.1f ms since the last, took %.1f ms; fresh pages cost %.0f ns/KiB;"
                    + " period now %d MiB%n", COLLECTIONS.get(), allocated >> 20, (t0 - lastCollectionEnd) / 1e6, (t1 - t0) / 1e6, faultPs * 1.024,
                    period >> 20);
        lastCollectionEnd = t1;
        // cleaners free on their own thread; wait only when live memory is past the hard limit
        for (int i = 0; i < 500 && LIVE.get() + wanted > maxLive; i++) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (i % 50 == 49) System.gc();
        }
    }
}
