package dev.numj.internal.runtime;

import java.lang.foreign.MemorySegment;

/**
 * Storage over memory NumJ did not allocate: a file mapped by {@code FileChannel.map}. The segment's
 * arena (automatic, or a {@link dev.numj.Scope}'s) unmaps it; NumJ's allocation accounting does not
 * count it, since the pages belong to the file and the kernel's page cache.
 */
public final class MappedStorage {
    private MappedStorage() {}

    /** Storage for a mapped segment; arrays read and write it directly. */
    public static Storage of(MemorySegment mapped) {
        return new Storage(mapped);
    }
}
