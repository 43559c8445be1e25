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
    private final MemorySegment segment;
    private final Device device;
    /** For a mapped file: the open file, and the file length the mapping needs (else null and 0). */
    private final FileChannel file;
    private final long fileEnd;

    public Storage(MemorySegment segment) { this(segment, Device.CPU, null, 0); }

    private Storage(MemorySegment segment, Device device, FileChannel file, long fileEnd) {
        this.segment = segment;
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

    /** Where the memory lives. */
    public Device device() { return device; }

    /** The whole allocation, for host access; refused (IllegalStateException) for device memory. */
    public MemorySegment segment() {
        if (device.isCuda())
            throw new IllegalStateException("this NDArray's memory is on " + device + ", which the host cannot read "
                    + "or write directly: move it with to(Device.CPU) first");
        return segment;
    }

    /** The device address of the allocation's first byte (device memory only). */
    public long deviceAddress() {
        checkAlive();
        if (device.isCpu()) throw new IllegalStateException("host memory has no device address");
        return segment.address();
    }

    public long byteSize() { return segment.byteSize(); }

    public boolean isAlive() { return segment.scope().isAlive(); }

    /** Throws a clear exception when the memory was released by its scope. */
    public void checkAlive() {
        checkUsable();
        checkMapping();
    }

    /** {@link #checkAlive()} without a mapped file's length check. */
    private void checkUsable() {
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
