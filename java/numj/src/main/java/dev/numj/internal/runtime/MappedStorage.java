package dev.numj.internal.runtime;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.nio.channels.FileChannel;

/**
 * Storage over memory NumJ did not allocate: a file mapped by {@code FileChannel.map}. The segment's
 * arena (automatic, or a {@link dev.numj.Scope}'s) unmaps it; NumJ's allocation accounting does not
 * count it, since the pages belong to the file and the kernel's page cache.
 */
public final class MappedStorage {
    private MappedStorage() {}

    private static final Cleaner CLEANER = Cleaner.create();

    /** Storage for a mapped segment; arrays read and write it directly. */
    public static Storage of(MemorySegment mapped) {
        return new Storage(mapped);
    }

    /**
     * Storage for a segment mapped from {@code file}, which must hold {@code fileEnd} bytes for the mapping
     * to be readable: every use checks that it still does (a file truncated under a mapping would make a
     * kernel's read a SIGBUS). The storage owns {@code file} and closes it once no array refers to it.
     */
    public static Storage of(MemorySegment mapped, FileChannel file, long fileEnd) {
        Storage s = Storage.mapped(mapped, file, fileEnd);
        CLEANER.register(s, () -> {
            try {
                file.close();
            } catch (IOException ignored) {
                // nothing to do: the mapping is gone with the storage
            }
        });
        return s;
    }
}
