package dev.numj.internal.cuda;

import dev.numj.DeviceOutOfMemoryException;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A caching allocator for one device, CuPy/PyTorch style, written against a {@link Raw} allocator so
 * that its logic is device-agnostic and tested without a GPU.
 *
 * <p><b>Sizes.</b> A request is rounded up to a bin: to a multiple of {@value #SMALL_ROUND} bytes up to
 * {@value #SMALL_LIMIT} bytes, else to a multiple of 2 MiB ({@value #LARGE_ROUND} bytes), as PyTorch
 * rounds (PyTorch also splits 2 MiB and 20 MiB segments into smaller blocks; NumJ does not split, so a
 * block is always exactly one raw allocation). Zero bytes is one small block.
 *
 * <p><b>Reuse.</b> A freed block goes to the free list of its stream and size, never back to the
 * driver. A request takes a cached block of the same stream: the exact bin for small sizes; for large
 * ones the smallest cached block at least as large and wasting at most an eighth (or one 2 MiB step).
 * Work on one stream runs in order, so a block freed after its last kernel was queued may be handed
 * out at once to a kernel queued later on that stream: no synchronisation (stream-ordered reuse).
 *
 * <p><b>Out of memory.</b> When the raw allocator has no room: run the reclaim hook (the CUDA backend's
 * asks the garbage collector for unreachable arrays, whose cleaners free their blocks into the cache),
 * give every cached block back to the raw allocator, and try once more; if that fails too, throw
 * {@link DeviceOutOfMemoryException} naming the device, the request and the allocator's state. The
 * allocator stays usable.
 *
 * <p>Thread-safe (arrays are freed from the collector's cleaner thread).
 */
public final class CachingAllocator {

    static final long SMALL_ROUND = 512;
    static final long SMALL_LIMIT = 1L << 20;
    static final long LARGE_ROUND = 2L << 20;

    /** The device's own allocator (cuMemAlloc / cuMemFree). */
    public interface Raw {
        /** A new allocation of exactly {@code bytes}, or 0 when the device is out of memory; other failures throw. */
        long malloc(long bytes);

        /** Gives {@code address} (from {@link #malloc}) back. */
        void free(long address);
    }

    /** One allocation handed out: its address, its bin size, the bytes asked for and its stream. */
    public record Block(long address, long size, long requested, long stream) {}

    /**
     * The allocator's counters: bytes in blocks handed out ({@code allocated}), bytes held from the raw
     * allocator ({@code reserved} = allocated + cached), their peaks, and event counts.
     */
    public record Stats(long allocatedBytes, long reservedBytes, long cachedBytes, long peakAllocatedBytes,
                        long peakReservedBytes, long allocations, long cacheHits, long rawMallocs, long rawFrees,
                        long oomRetries) {}

    private final String device;
    private final Raw raw;
    private final Runnable reclaim;
    /** stream -> bin size -> cached addresses. */
    private final Map<Long, TreeMap<Long, ArrayDeque<Long>>> free = new HashMap<>();
    private long allocated, reserved, cached, peakAllocated, peakReserved;
    private long allocations, cacheHits, rawMallocs, rawFrees, oomRetries;

    /**
     * @param device  the device's name, for messages ("cuda:0")
     * @param raw     the device's allocator
     * @param reclaim run (without the allocator's lock) before the out-of-memory retry; may free blocks
     */
    public CachingAllocator(String device, Raw raw, Runnable reclaim) {
        this.device = device;
        this.raw = raw;
        this.reclaim = reclaim;
    }

    /** The bin a request of {@code bytes} lands in. */
    static long roundUp(long bytes) {
        if (bytes < 0) throw new IllegalArgumentException("negative allocation size " + bytes);
        if (bytes <= SMALL_LIMIT) return Math.max(SMALL_ROUND, (bytes + SMALL_ROUND - 1) / SMALL_ROUND * SMALL_ROUND);
        return Math.addExact(bytes, LARGE_ROUND - 1) / LARGE_ROUND * LARGE_ROUND;
    }

    /**
     * A block of at least {@code bytes} for use on {@code stream}.
     *
     * @throws DeviceOutOfMemoryException when the device has no room even after reclaiming and
     *                                    emptying the cache
     */
    public Block allocate(long bytes, long stream) {
        long size = roundUp(bytes);
        synchronized (this) {
            Block b = tryAllocate(bytes, size, stream);
            if (b != null) return b;
            oomRetries++;
        }
        if (reclaim != null) reclaim.run();
        synchronized (this) {
            emptyCache();
            Block b = tryAllocate(bytes, size, stream);
            if (b != null) return b;
            throw new DeviceOutOfMemoryException(device + " is out of memory: tried to allocate " + human(bytes)
                    + " (" + bytes + " bytes, a " + human(size) + " block); NumJ holds " + human(allocated)
                    + " in live arrays and " + human(cached) + " cached, after freeing its cache and retrying. "
                    + "Drop references to arrays you no longer need (or close their Scope), or use smaller batches.",
                    bytes);
        }
    }

    private Block tryAllocate(long bytes, long size, long stream) {
        Taken t = takeCached(size, stream);
        long got;
        if (t != null) {
            cacheHits++;
            got = t.address;
            size = t.size;
            cached -= size;
        } else {
            got = raw.malloc(size);
            if (got == 0) return null;
            rawMallocs++;
            reserved += size;
            peakReserved = Math.max(peakReserved, reserved);
        }
        allocations++;
        allocated += size;
        peakAllocated = Math.max(peakAllocated, allocated);
        return new Block(got, size, bytes, stream);
    }

    private record Taken(long address, long size) {}

    private Taken takeCached(long size, long stream) {
        TreeMap<Long, ArrayDeque<Long>> bins = free.get(stream);
        if (bins == null) return null;
        long limit = size <= SMALL_LIMIT ? size : size + Math.max(LARGE_ROUND, size / 8);
        Map.Entry<Long, ArrayDeque<Long>> e = bins.ceilingEntry(size);
        if (e == null || e.getKey() > limit) return null;
        long a = e.getValue().pollLast();   // the most recently freed: likeliest still in the GPU's caches
        if (e.getValue().isEmpty()) bins.remove(e.getKey());
        return new Taken(a, e.getKey());
    }

    /** Returns {@code b} to the cache of its stream (not to the driver). */
    public synchronized void free(Block b) {
        allocated -= b.size();
        cached += b.size();
        free.computeIfAbsent(b.stream(), s -> new TreeMap<>())
                .computeIfAbsent(b.size(), s -> new ArrayDeque<>()).addLast(b.address());
    }

    /** Gives every cached block back to the raw allocator; returns the bytes released. */
    public synchronized long emptyCache() {
        long released = 0;
        for (TreeMap<Long, ArrayDeque<Long>> bins : free.values()) {
            for (Map.Entry<Long, ArrayDeque<Long>> e : bins.entrySet()) {
                for (long a : e.getValue()) {
                    raw.free(a);
                    rawFrees++;
                    released += e.getKey();
                }
            }
        }
        free.clear();
        reserved -= released;
        cached -= released;
        return released;
    }

    /** A snapshot of the counters. */
    public synchronized Stats stats() {
        return new Stats(allocated, reserved, cached, peakAllocated, peakReserved, allocations, cacheHits,
                rawMallocs, rawFrees, oomRetries);
    }

    static String human(long bytes) {
        if (bytes < 1024) return bytes + " B";
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(java.util.Locale.ROOT, "%.2f %s", v, units[u]);
    }
}
