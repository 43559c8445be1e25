package dev.numj.internal.backend;

import java.lang.foreign.MemorySegment;
import dev.numj.internal.runtime.Storage;

/**
 * What a backend kernel sees of an array: its storage, the byte offset of element [0,...,0] and
 * byte strides (0 along broadcast axes). The shape is passed once per call, shared by all operands.
 */
public record Operand(Storage storage, long offset, long[] strides) {
    public MemorySegment address() {
        storage.checkAlive();
        MemorySegment s = storage.segment();
        return offset == 0 ? s : s.asSlice(offset);
    }

    /**
     * {@link #address()} for an operand the kernel writes: first runs the deferred computations that read
     * this memory ({@link Storage#beforeWrite}), so they see the values from before the write.
     */
    public MemorySegment writeAddress() {
        storage.beforeWrite();
        return address();
    }

    /** The device address of element [0,...,0] (device memory only). */
    public long deviceAddress() { return storage.deviceAddress() + offset; }
}
