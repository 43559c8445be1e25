package dev.numj.internal.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file as a whole: the new content goes to a temporary file in the same directory, which
 * is then renamed over the target ({@code rename(2)}, atomic). Readers never see a half-written file,
 * a failed write leaves the old file as it was (and no temporary behind), and an array memory-mapped
 * from the old file keeps reading the old data: the old inode lives on until its last mapping goes,
 * where writing into the file in place would truncate it under the mapping (SIGBUS).
 *
 * <p>A symbolic link is followed (the file it names is replaced, the link stays); a target that exists
 * and is not a regular file (a device, a pipe) is written in place, as before. The new file takes the
 * old file's POSIX permissions; a new name gets the process's default ones.
 */
public final class AtomicWrite {
    private AtomicWrite() {}

    /** Writes the whole new content of the file to {@code to} (an empty file it may truncate). */
    public interface Body {
        void write(Path to) throws IOException;
    }

    public static void replace(Path target, Body body) throws IOException {
        Path real = target;
        if (Files.isSymbolicLink(target) && Files.exists(target)) real = target.toRealPath();
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            body.write(real);
            return;
        }
        Path name = real.getFileName();
        Path parent = real.toAbsolutePath().getParent();
        Path tmp = null;
        for (int attempt = 0; tmp == null; attempt++) {
            Path t = parent.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                tmp = Files.createFile(t);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
        try {
            copyPermissions(real, tmp);
            body.write(tmp);
            try {
                Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (Throwable t) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                t.addSuppressed(e);
            }
            throw t;
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the new file keeps the default permissions
        }
    }
}
