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
 * allocated bytes and asks for a collection after every {@code numj.gcEveryBytes} (default: a
 * sixteenth of the machine's RAM, at least 64 MiB and at most 1 GiB) allocated while at least that
 * much is live; the freed blocks go back to the native allocator's cache (twice that size,
 * {@code numj.cacheBytes}) and the next arrays reuse them, already faulted in. Past a hard limit ({@code numj.maxLiveBytes}, default three
 * quarters of the RAM) allocation waits for the collector, like {@code ByteBuffer.allocateDirect}, and
 * fails with an {@link OutOfMemoryError} that says what holds the memory when the collector cannot free
 * enough: a million-step loop stays in bounded memory without anybody closing anything.
 */
public final class Memory {
    private static final AtomicLong LIVE = new AtomicLong();
    private static final AtomicLong SINCE_GC = new AtomicLong();
    private static final AtomicLong COLLECTIONS = new AtomicLong();
    /** Bytes allocated between collections: a sixteenth of the RAM, from 64 MiB to 1 GiB. */
    private static final long GC_EVERY = Long.getLong("numj.gcEveryBytes", defaultGcEvery());
    /** The hard limit on live bytes: three quarters of the RAM (at least 1 GiB) unless set. */
    private static volatile long maxLive = Long.getLong("numj.maxLiveBytes", defaultMaxLive());
    private static final long SCOPE_WARN = Long.getLong("numj.scopeWarnBytes", 4 * GC_EVERY);

    static {
        // The freed blocks of one collection's worth of temporaries are reused rather than returned to
        // the kernel: fresh pages cost a page fault and the kernel's zeroing, several times the copy.
        NativeLoader.ensureLoaded();
        NumjCpu.numj_set_cache_limit(Long.getLong("numj.cacheBytes", 2 * GC_EVERY));
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
        if (SINCE_GC.addAndGet(nbytes) > GC_EVERY && LIVE.get() > GC_EVERY) collect(nbytes);
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

    /** Bytes allocated between the collections NumJ asks for ({@code numj.gcEveryBytes} or its default). */
    public static long gcEveryBytes() { return GC_EVERY; }

    /** Bytes currently allocated and not yet released. */
    public static long liveBytes() { return LIVE.get(); }

    /**
     * The native allocator's cache of freed large blocks: {bytes cached, cache limit, hits, misses
     * (blocks mapped afresh), blocks unmapped to make room}, counted since the library was loaded.
     */
    public static long[] allocatorStats() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(java.lang.foreign.ValueLayout.JAVA_LONG, 5);
            NumjCpu.numj_alloc_stats(out);
            return out.toArray(java.lang.foreign.ValueLayout.JAVA_LONG);
        }
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
        if (SINCE_GC.get() <= GC_EVERY) return;   // another thread collected meanwhile
        collectNow(wanted);
    }

    /** Asks for a collection and waits (half a second at most) for the cleaners while past the hard limit. */
    private static synchronized void collectNow(long wanted) {
        SINCE_GC.set(0);
        COLLECTIONS.incrementAndGet();
        System.gc();
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
