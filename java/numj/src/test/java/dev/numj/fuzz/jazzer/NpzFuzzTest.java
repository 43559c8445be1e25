package dev.numj.fuzz.jazzer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.numj.NDArray;
import dev.numj.Scope;
import dev.numj.io.IO;
import dev.numj.io.NpzFile;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import static dev.numj.NumJ.scope;

/**
 * Coverage-guided (Jazzer): {@code .npz} bytes (zip archives of {@code .npy} members, stored and
 * deflated), seeded from NumPy's {@code savez}/{@code savez_compressed}: {@link IO#loadz}, every
 * member read and summed. Only {@link IllegalArgumentException} and {@link UncheckedIOException}
 * may come out.
 */
class NpzFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void npzBytes(byte[] bytes) {
        Path f = FuzzSupport.file(".npz", bytes);
        try (Scope s = scope(); NpzFile z = IO.loadz(f)) {
            for (String key : z.files()) {
                NDArray a = z.get(key);
                a.sum();
                FuzzSupport.touch(a);
            }
        } catch (IllegalArgumentException | UncheckedIOException expected) {
            // NumJ's documented refusals of a malformed archive
        } finally {
            FuzzSupport.delete(f);
        }
    }
}
