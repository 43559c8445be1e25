package dev.numj.internal;

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
 * <p>The collector cannot see off-heap bytes, so a loop of temporaries could outrun it. Like
 * {@code ByteBuffer.allocateDirect}, NumJ counts live bytes and, past a threshold, asks for a
 * collection and waits briefly for the freed memory: a million-step loop stays in bounded memory
 * without anybody closing anything. The threshold is {@code numj.gcThresholdBytes} (default 1 GiB)
 * or twice what was still live after the last collection, whichever is larger.
 */
public final class Memory {
    private static final AtomicLong LIVE = new AtomicLong();
    private static final long BASE_THRESHOLD =
            Long.getLong("numj.gcThresholdBytes", 1L << 30);
    private static volatile long threshold = BASE_THRESHOLD;
    private static final AtomicLong COLLECTIONS = new AtomicLong();

    private Memory() {}

    /** Allocates {@code nbytes} uninitialised bytes owned by the current scope, or by the GC. */
    public static Storage allocate(long nbytes) {
        return allocate(nbytes, ScopeStack.currentArena());
    }

    /** Allocates in the given arena, or GC-managed when {@code arena} is null. */
    public static Storage allocate(long nbytes, Arena arena) {
        if (nbytes < 0) throw new IllegalArgumentException("negative allocation size " + nbytes);
        NativeLoader.ensureLoaded();
        if (LIVE.get() + nbytes > threshold) collect(nbytes);
        MemorySegment raw = NumjCpu.numj_malloc(nbytes);
        if (raw.equals(MemorySegment.NULL)) {
            collect(nbytes);
            raw = NumjCpu.numj_malloc(nbytes);
            if (raw.equals(MemorySegment.NULL))
                throw new OutOfMemoryError("NumJ could not allocate " + nbytes + " bytes of off-heap memory");
        }
        LIVE.addAndGet(nbytes);
        Arena owner = arena != null ? arena : Arena.ofAuto();
        MemorySegment seg = raw.reinterpret(nbytes, owner, s -> release(s, nbytes));
        return new Storage(seg);
    }

    private static void release(MemorySegment s, long nbytes) {
        NumjCpu.numj_free(s);
        LIVE.addAndGet(-nbytes);
    }

    /** Bytes currently allocated and not yet released. */
    public static long liveBytes() { return LIVE.get(); }

    /** How many times NumJ asked the collector for memory back. */
    public static long collections() { return COLLECTIONS.get(); }

    private static synchronized void collect(long wanted) {
        if (LIVE.get() + wanted <= threshold) return;   // another thread already made room
        COLLECTIONS.incrementAndGet();
        System.gc();
        // cleaners free memory on their own thread after the collection: give them a moment
        long target = Math.max(threshold / 2, 0);
        for (int i = 0; i < 200 && LIVE.get() + wanted > target; i++) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (i == 20) System.gc();
        }
        threshold = Math.max(BASE_THRESHOLD, 2 * (LIVE.get() + wanted));
    }
}
