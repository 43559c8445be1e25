package dev.numj.bench;

import static dev.numj.io.IO.save;

import dev.numj.io.MmapMode;
import dev.numj.NDArray;
import dev.numj.NumJ;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import dev.numj.io.IO;
import dev.numj.random.Random;

/**
 * Is loading a 1 GiB {@code .npy} bound by the disk or by memory? One file of 2^27 float64 (1 GiB of
 * data) is written once; the file stays in the page cache (nothing is dropped), so the limit is
 * memory bandwidth. Each figure is one call ({@code SingleShotTime}), in milliseconds:
 * <ul>
 *   <li>{@code load}: {@code load(path)}, the array's memory freshly allocated and filled from the file.
 *   <li>{@code readFileOnly}: the file read through a reused 1 MiB buffer and thrown away, what
 *       {@code cat file > /dev/null} does: the page cache's read speed without writing new memory.
 *   <li>{@code copyInMemory}: {@code x.copy()} of the same 1 GiB array: allocate fresh memory and write
 *       1 GiB into it, the memory traffic a load cannot avoid.
 *   <li>{@code mmapOpen}: {@code load(path, MmapMode.READ_ONLY)}: opening without reading.
 * </ul>
 * Before each call the previous call's array is collected, so its memory is reused (see
 * {@link #releasePrevious}). NumPy's {@code np.load} of the same file is the comparison in
 * {@code docs/performance.md}.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar NpyLoadBench}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
@State(Scope.Benchmark)
public class NpyLoadBench {
    static final int N = 1 << 27;   // float64: 1 GiB

    Path file;
    NDArray x;
    ByteBuffer buffer;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        file = Files.createTempFile("numj-npyload", ".npy");
        x = Random.random(7).rand(N);
        save(file, x);
        buffer = ByteBuffer.allocateDirect(1 << 20);
    }

    /**
     * Returns the previous call's 1 GiB to NumJ's allocator before each call, so every call gets
     * memory the allocator already holds (as a program that loads, uses and drops arrays does)
     * rather than a fresh mapping the kernel must first find huge pages for.
     */
    @Setup(Level.Iteration)
    public void releasePrevious() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public NDArray load() { return IO.load(file); }

    @Benchmark
    public NDArray copyInMemory() { return x.copy(); }

    @Benchmark
    public NDArray mmapOpen() { return IO.load(file, MmapMode.READ_ONLY); }

    @Benchmark
    public long readFileOnly() {
        long total = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            int r;
            while ((r = ch.read(buffer.clear())) > 0) total += r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }
}
