package dev.numj.internal.runtime;

import dev.numj.Device;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;

/**
 * One off-heap allocation that arrays (and their views) share. The segment belongs either to an
 * automatic arena (freed once no array refers to it) or to a {@link dev.numj.Scope}'s arena (freed
 * when the scope closes); after that any use is an {@link IllegalStateException}, never a crash.
 *
 * <p>Memory on a CUDA device is a Storage too: its segment carries the device address and
 * size, and its arena's cleanup gives the block back to the device's caching allocator. The host
 * cannot dereference it, so {@link #segment()} refuses it with a clear message; backends take
 * {@link #deviceAddress()} instead.
 */
public final class Storage {
    /** The memory; null while a deferred computation has not run yet (see {@link #deferred}). */
    private volatile MemorySegment segment;
    /** What fills a deferred storage on first use, or null. */
    private Producer producer;
    private final long nbytes;
    /** Deferred storages whose computation reads this memory: they run before anything writes it. */
    private volatile java.util.List<java.lang.ref.WeakReference<Storage>> readers;
    private final Device device;
    /** For a mapped file: the open file, and the file length the mapping needs (else null and 0). */
    private final FileChannel file;
    private final long fileEnd;

    public Storage(MemorySegment segment) { this(segment, Device.CPU, null, 0); }

    private Storage(MemorySegment segment, Device device, FileChannel file, long fileEnd) {
        this.segment = segment;
        this.nbytes = segment.byteSize();
        this.device = device;
        this.file = file;
        this.fileEnd = fileEnd;
    }

    /**
     * Storage over a mapped file: {@code file} stays open (closed once no array refers to this storage)
     * so that every use first checks the file still holds the mapped bytes, {@code fileEnd} of them.
     */
    static Storage mapped(MemorySegment segment, FileChannel file, long fileEnd) {
        return new Storage(segment, Device.CPU, file, fileEnd);
    }

    /**
     * Storage for device memory: {@code deviceMemory} spans the device addresses (never dereferenced
     * on the host) and its arena's cleanup frees them.
     */
    public static Storage onDevice(MemorySegment deviceMemory, Device device) {
        if (device.isCpu()) throw new IllegalArgumentException("onDevice is for CUDA memory, got " + device);
        return new Storage(deviceMemory, device, null, 0);
    }

    /** Computes a deferred storage's contents into fresh memory and returns that memory. */
    public interface Producer {
        MemorySegment produce();
    }

    private Storage(long nbytes, Producer producer) {
        this.nbytes = nbytes;
        this.producer = producer;
        this.device = Device.CPU;
        this.file = null;
        this.fileEnd = 0;
    }

    /**
     * Host storage of {@code nbytes} whose contents {@code producer} computes on first use: the first
     * {@link #segment()} (any kernel's or element access's) runs it, once, on the calling thread.
     */
    public static Storage deferred(long nbytes, Producer producer) { return new Storage(nbytes, producer); }

    /** What will fill this deferred storage, or null once it ran (or for ordinary storage). */
    public synchronized Producer producer() { return producer; }

    /** Whether this storage's computation has not run yet. */
    public boolean isDeferred() { return segment == null; }

    /** Whether this is a memory-mapped file's storage (which other programs can change). */
    public boolean isMapped() { return file != null; }

    private synchronized MemorySegment produce() {
        MemorySegment s = segment;
        if (s != null) return s;
        s = producer.produce();
        if (s.byteSize() != nbytes) throw new IllegalStateException("deferred storage produced " + s.byteSize() + " bytes, expected " + nbytes);
        segment = s;
        producer = null;
        return s;
    }

    /** Records that the deferred storage {@code reader} reads this memory (see {@link #beforeWrite}). */
    public synchronized void addReader(Storage reader) {
        if (readers == null) readers = new java.util.ArrayList<>(4);
        if (readers.size() >= pruneAt) {
            // drop readers that ran or were collected; prune again only once the list has doubled (amortised O(1))
            readers.removeIf(r -> { Storage x = r.get(); return x == null || !x.isDeferred(); });
            pruneAt = Math.max(8, 2 * readers.size());
        }
        readers.add(new java.lang.ref.WeakReference<>(reader));
    }

    private int pruneAt = 8;

    /**
     * Runs every deferred computation that reads this memory, before something writes it: a lazy
     * {@code t = a.mul(2)} followed by {@code a.addi(1)} must give the product of the old values.
     * Every write path calls it (the CPU backend for each output operand, element writes, in-place ufuncs).
     */
    public void beforeWrite() {
        if (readers == null) return;   // the common case, every kernel's output: no lock
        java.util.List<java.lang.ref.WeakReference<Storage>> pending;
        synchronized (this) {
            if (readers == null || readers.isEmpty()) return;
            pending = readers;
            readers = null;
        }
        for (java.lang.ref.WeakReference<Storage> r : pending) {
            Storage x = r.get();
            if (x != null && x.isDeferred()) x.produce();
        }
    }

    /** Where the memory lives. */
    public Device device() { return device; }

    /** The whole allocation, for host access; refused (IllegalStateException) for device memory. */
    public MemorySegment segment() {
        if (device.isCuda())
            throw new IllegalStateException("this NDArray's memory is on " + device + ", which the host cannot read "
                    + "or write directly: move it with to(Device.CPU) first");
        MemorySegment s = segment;
        return s != null ? s : produce();
    }

    /** The device address of the allocation's first byte (device memory only). */
    public long deviceAddress() {
        checkAlive();
        if (device.isCpu()) throw new IllegalStateException("host memory has no device address");
        return segment.address();
    }

    public long byteSize() { return nbytes; }

    public boolean isAlive() {
        MemorySegment s = segment;
        return s == null || s.scope().isAlive();
    }

    /** Throws a clear exception when the memory was released by its scope. */
    public void checkAlive() {
        checkUsable();
        checkMapping();
    }

    /** {@link #checkAlive()} without a mapped file's length check. */
    private void checkUsable() {
        MemorySegment segment = this.segment;
        if (segment == null) segment = produce();
        if (!segment.scope().isAlive())
            throw new IllegalStateException("NDArray used after its NumJ scope was closed: its memory is released");
        if (!segment.isAccessibleBy(Thread.currentThread()))
            throw new IllegalStateException("NDArray allocated inside a NumJ Scope of another thread is used on thread "
                    + Thread.currentThread().getName() + ": scoped arrays belong to the thread that opened the scope. "
                    + "Create arrays to share outside any scope (GC-managed), or copy one out with scope.keep(a) first");
    }

    /**
     * For a mapped file: fails when the file no longer holds the mapped bytes (one {@code fstat}); nothing
     * for other memory. Java-side reads need it as much as kernels: the JVM reports a fault on a
     * truncated mapping in compiled code only later, as an asynchronous InternalError.
     */
    private void checkMapping() {
        if (file != null) checkFileLength();
    }

    /**
     * Touching a mapped page past the end of a file that shrank after mapping raises SIGBUS, which kills
     * the JVM inside a native kernel: refuse before any kernel or Java access reads the mapping. (Another
     * program can still truncate the file between this check and the kernel's read; the window is the
     * length of one call.)
     */
    private void checkFileLength() {
        long now;
        try {
            now = file.size();
        } catch (IOException e) {
            throw new IllegalStateException("the file this memory-mapped NDArray reads can no longer be checked: " + e.getMessage(), e);
        }
        if (now < fileEnd)
            throw new IllegalStateException("the file this memory-mapped NDArray reads shrank to " + now + " bytes after it was mapped; "
                    + "the array needs its first " + fileEnd + " bytes, which are gone (another program truncated or rewrote it). "
                    + "Load the file again");
    }
}
