package dev.numj.internal.io;

import java.nio.file.Path;

/** What a long read reports to (the machinery's view of {@code dev.numj.io.IOProgress}). */
@FunctionalInterface
public interface Progress {
    void update(Path file, long bytesDone, long bytesTotal);
}
