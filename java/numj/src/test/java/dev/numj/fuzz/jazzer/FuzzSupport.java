package dev.numj.fuzz.jazzer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.numj.DType;
import dev.numj.NDArray;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static dev.numj.NumJ.arange;

/** Small arrays and views from fuzzed bytes, shared by the Jazzer targets. */
final class FuzzSupport {
    private FuzzSupport() {}

    static final DType[] DTYPES = DType.values();

    /** A fuzzed shape: 0 to 4 axes of 0 to 5 each (at most 625 elements). */
    static long[] shape(FuzzedDataProvider data) {
        long[] shape = new long[data.consumeInt(0, 4)];
        for (int i = 0; i < shape.length; i++) shape[i] = data.consumeInt(0, 5);
        return shape;
    }

    static long size(long[] shape) {
        long n = 1;
        for (long d : shape) n *= d;
        return n;
    }

    /** A C-contiguous array of fuzzed shape and dtype, values 0, 1, 2, ... (booleans alternate). */
    static NDArray smallArray(FuzzedDataProvider data) {
        long[] shape = shape(data);
        DType dt = data.pickValue(DTYPES);
        NDArray flat = arange(size(shape));
        NDArray a = dt == DType.BOOL ? flat.mod(2L).astype(DType.BOOL) : flat.astype(dt);
        return a.reshape(shape);
    }

    /** Reads every element, so that a bad view faults here rather than later. */
    static void touch(NDArray a) {
        a.toDoubleArray();
    }

    private static Path dir;
    private static final AtomicLong COUNTER = new AtomicLong();

    /** A fresh file holding {@code bytes} (a new name each time: an earlier mapping may still be alive). */
    static Path file(String suffix, byte[] bytes) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("numj-jazzer");
                dir.toFile().deleteOnExit();
            }
            Path f = dir.resolve(COUNTER.incrementAndGet() + suffix);
            Files.write(f, bytes);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
