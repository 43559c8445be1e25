package dev.numj.internal;

import java.lang.foreign.MemorySegment;

/**
 * One off-heap allocation that arrays (and their views) share. The segment belongs either to an
 * automatic arena (freed once no array refers to it) or to a {@link dev.numj.Scope}'s arena (freed
 * when the scope closes); after that any use is an {@link IllegalStateException}, never a crash.
 */
public final class Storage {
    private final MemorySegment segment;

    Storage(MemorySegment segment) { this.segment = segment; }

    /** The whole allocation. */
    public MemorySegment segment() { return segment; }

    public long byteSize() { return segment.byteSize(); }

    public boolean isAlive() { return segment.scope().isAlive(); }

    /** Throws a clear exception when the memory was released by its scope. */
    public void checkAlive() {
        if (!segment.scope().isAlive())
            throw new IllegalStateException("NDArray used after its NumJ scope was closed: its memory is released");
    }
}
