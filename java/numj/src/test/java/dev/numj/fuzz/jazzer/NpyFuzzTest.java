package dev.numj.fuzz.jazzer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.numj.NDArray;
import dev.numj.Scope;
import dev.numj.io.IO;
import dev.numj.io.MmapMode;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import static dev.numj.NumJ.scope;

/**
 * Coverage-guided (Jazzer): {@code .npy} bytes, seeded from valid files (NumPy's, every dtype, both
 * orders, 0-d and empty), loaded with {@link IO#load(Path)} and memory-mapped read-only, then summed.
 * A refusal must be {@link IllegalArgumentException} or {@link UncheckedIOException}; anything else
 * (or a JVM crash, e.g. a mapping past the end of the file) is a finding.
 */
class NpyFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void npyBytes(byte[] bytes) {
        Path f = FuzzSupport.file(".npy", bytes);
        try {
            loadAndSum(f, false);
            loadAndSum(f, true);
        } finally {
            FuzzSupport.delete(f);
        }
    }

    static void loadAndSum(Path f, boolean mmap) {
        try (Scope s = scope()) {
            NDArray a = mmap ? IO.load(f, MmapMode.READ_ONLY) : IO.load(f);
            a.sum();
            FuzzSupport.touch(a);
        } catch (IllegalArgumentException | UncheckedIOException expected) {
            // NumJ's documented refusals of a malformed file
        }
    }
}
