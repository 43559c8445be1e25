package dev.numj.io;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.Scope;
import dev.numj.internal.io.NpyHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.numj.NumJ.*;
import static dev.numj.io.IO.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Files that change or lie under NumJ: a memory-mapped file truncated by someone else must
 * make NumJ throw, never kill the JVM with SIGBUS; saving over a file (even the one an array is mapped
 * from) replaces it atomically; bool files with bytes other than 0 and 1 read as NumPy reads them.
 */
class HostileFilesTest {
    @TempDir
    Path dir;

    /** Elements of the mapped test arrays: 800 KB of float64, many pages past the header. */
    static final int N = 100_000;

    static double sumOf(NDArray a) { return a.sum().item(); }

    /** Saves arange(N) as float64 and maps it; the test then truncates the file under the mapping. */
    private NDArray mapped(Path p, MmapMode mode) {
        save(p, arange((double) N));
        return load(p, mode);
    }

    private static void truncate(Path p, long size) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertShrank(Executable op) {
        IllegalStateException e = assertThrows(IllegalStateException.class, op);
        assertTrue(e.getMessage().contains("shrank"), e.getMessage());
    }

    // ---- 1. a mapped file truncated under the array ----------------------------------------------

    @Test
    void everyUseOfAMappedArrayWhoseFileWasTruncatedThrowsInsteadOfCrashing() throws IOException {
        Path p = dir.resolve("t.npy");
        NDArray a = mapped(p, MmapMode.READ_ONLY);
        NDArray w = load(p, MmapMode.READ_WRITE);
        NDArray view = a.get("100:200");
        assertEquals((double) N * (N - 1) / 2, sumOf(a));
        truncate(p, 128);   // the header survives, every data page is gone

        // Java-side reads first: before the fix they threw InternalError, so the test fails here
        // rather than dying of SIGBUS in the kernels below
        assertShrank(() -> a.getDouble(99_999));
        assertShrank(() -> a.getDouble(0));
        assertShrank(() -> a.sum());
        assertShrank(() -> a.copy());
        assertShrank(() -> a.get(array(5L, 70_000L, 99_999L)));   // a gather
        assertShrank(() -> w.addi(1.0));                          // in place on a writable mapping
        assertShrank(() -> zeros(N).addi(a));                     // the mapped array as an operand
        assertShrank(() -> view.sum());
        assertShrank(() -> view.toDoubleArray());
        assertShrank(() -> save(dir.resolve("copy.npy"), a));

        // Files.write of fewer bytes (a rewrite) is a truncation too
        Path q = dir.resolve("w.npy");
        NDArray b = mapped(q, MmapMode.READ_ONLY);
        Files.write(q, new byte[10]);
        assertShrank(() -> b.getDouble(N - 1));
        assertShrank(() -> b.sum());
        // the JVM is alive and a fresh load of a good file still works
        save(q, arange(4.0));
        assertEquals(6.0, sumOf(load(q, MmapMode.READ_ONLY)));
    }

    @Test
    void aMappedArrayOpenedInAScopeChecksTheFileToo() {
        Path p = dir.resolve("s.npy");
        save(p, arange((double) N));
        try (Scope s = scope()) {
            NDArray a = load(p, MmapMode.READ_ONLY);
            truncate(p, 0);
            assertShrank(() -> a.getDouble(N - 1));
            assertShrank(() -> a.sum());
        }
    }

    /**
     * The one check that needs a separate JVM: before the fix a kernel reading a truncated mapping died
     * of SIGBUS (exit 134 and an hs_err file), which would take this test JVM down with it.
     */
    @Test
    void aSumOverATruncatedMappingLeavesTheJvmAlive() throws Exception {
        Path p = dir.resolve("fork.npy");
        save(p, arange((double) N));
        Path classes = Path.of("target", "classes").toAbsolutePath();
        Path testClasses = Path.of("target", "test-classes").toAbsolutePath();
        assertTrue(Files.isDirectory(classes) && Files.isDirectory(testClasses), "run from the module directory");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:-CreateCoredumpOnCrash", "-XX:ErrorFile=" + dir.resolve("hs_err.log"),
                "-cp", classes + java.io.File.pathSeparator + testClasses,
                TruncateThenSum.class.getName(), p.toString()));
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, proc.exitValue(), out);
        assertTrue(out.contains("refused: ") && out.contains("shrank"), out);
    }

    /** The forked JVM's program: map, truncate, sum. */
    public static final class TruncateThenSum {
        public static void main(String[] args) {
            Path p = Path.of(args[0]);
            NDArray a = load(p, MmapMode.READ_ONLY);
            truncate(p, 128);
            try {
                System.out.println("sum " + a.sum().item());
            } catch (IllegalStateException e) {
                System.out.println("refused: " + e.getMessage());
            }
        }
    }

    // ---- 2. saving over a file replaces it atomically -------------------------------------------

    @Test
    void savingAMappedArrayOverItsOwnFileKeepsTheMappingAndTheData() {
        Path p = dir.resolve("own.npy");
        NDArray a = mapped(p, MmapMode.READ_ONLY);
        double expected = (double) N * (N - 1) / 2;
        long size = sizeOf(p);
        save(p, a);
        assertEquals(size, sizeOf(p));
        assertEquals(expected, sumOf(a));   // the mapping still reads the old file's data
        NDArray back = load(p);
        assertArrayEquals(a.toDoubleArray(), back.toDoubleArray());
        assertEquals(expected, sumOf(back));
        assertNoTemporaries();
    }

    @Test
    void savingOtherArraysOverAMappedFileLeavesTheMappingReadingTheOldFile() {
        Path p = dir.resolve("other.npy");
        NDArray a = mapped(p, MmapMode.READ_ONLY);
        double expected = (double) N * (N - 1) / 2;
        save(p, arange(3.0));                               // smaller: truncated the mapped file before
        assertEquals(N - 1.0, a.getDouble(N - 1));          // (before the fix: InternalError, not SIGBUS)
        assertEquals(expected, sumOf(a));
        assertEquals(3.0, sumOf(load(p)));
        save(p, ones(2 * N));                               // larger
        assertEquals(expected, sumOf(a));
        assertEquals(2.0 * N, sumOf(load(p)));

        // savez, savezCompressed and savetxt replace the file the same way: map a .npy image stored
        // under each name, then write over it
        Path image = dir.resolve("image.npy");
        save(image, arange((double) N));
        for (String name : new String[] {"m.npz", "c.npz", "m.txt"}) {
            Path f = dir.resolve(name);
            try {
                Files.copy(image, f);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            NDArray m = load(f, MmapMode.READ_ONLY);
            switch (name) {
                case "m.npz" -> savez(f, arange(2.0));
                case "c.npz" -> savezCompressed(f, arange(5.0));
                default -> savetxt(f, arange(3.0));
            }
            assertEquals(expected, sumOf(m), name);
            if (name.endsWith(".txt")) {
                assertEquals(3.0, sumOf(loadtxt(f)));
            } else {
                try (NpzFile z = loadz(f)) { assertEquals(name.startsWith("m") ? 1.0 : 10.0, sumOf(z.get("arr_0"))); }
            }
        }
        assertNoTemporaries();
    }

    @Test
    void aSaveThatFailsMidwayLeavesTheOriginalFileAndNoTemporary() throws IOException {
        // savez: the second array is unusable (its scope closed) after the first member is written
        Path z = dir.resolve("keep.npz");
        savez(z, arange(3.0));
        byte[] before = Files.readAllBytes(z);
        NDArray dead;
        try (Scope s = scope()) {
            dead = arange(4.0);
        }
        NDArray gone = dead;
        assertThrows(IllegalStateException.class, () -> savez(z, arange((double) N), gone));
        assertThrows(IllegalStateException.class, () -> savezCompressed(z, arange((double) N), gone));
        assertArrayEquals(before, Files.readAllBytes(z));

        // savetxt: a format that does not fit the array fails after the file was opened
        Path t = dir.resolve("keep.txt");
        savetxt(t, arange(3.0));
        byte[] text = Files.readAllBytes(t);
        assertThrows(IllegalArgumentException.class,
                () -> savetxt(t, ones(2, 3), new SaveTxtOptions().fmt("%d %d")));
        assertThrows(dev.numj.NumJTypeException.class, () -> savetxt(t, arange(3.0), new SaveTxtOptions().fmt("%c")));
        assertArrayEquals(text, Files.readAllBytes(t));

        // save into a "directory" that is a file
        Path p = dir.resolve("keep.npy");
        save(p, arange(5.0));
        byte[] npy = Files.readAllBytes(p);
        assertThrows(java.io.UncheckedIOException.class, () -> save(p.resolve("x.npy"), arange(2.0)));
        assertThrows(java.io.UncheckedIOException.class, () -> savez(p.resolve("x.npz"), arange(2.0)));
        assertThrows(java.io.UncheckedIOException.class, () -> savetxt(p.resolve("x.txt"), arange(2.0)));
        assertArrayEquals(npy, Files.readAllBytes(p));
        assertNoTemporaries();
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void assertNoTemporaries() {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            for (String n : names) assertFalse(n.startsWith(".") || n.endsWith(".tmp"), "left behind: " + names);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ---- 3. bool files whose bytes are not 0/1 ---------------------------------------------------

    /** Bytes 2, 255, 0, 1: NumPy reads every non-zero byte as True. */
    static final byte[] HOSTILE_BOOL = {2, (byte) 255, 0, 1};

    private static byte[] boolNpy(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(NpyHeader.encode(DType.BOOL, new long[] {data.length}, false));
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** NumPy 2.x's answers for np.frombuffer(bytes([2, 255, 0, 1]), np.bool_) (checked with python3 -c). */
    private static void assertReadsAsNumPyDoes(NDArray b) {
        assertEquals(DType.BOOL, b.dtype());
        assertEquals(3.0, b.sum().item());                                           // 3
        assertArrayEquals(new long[] {1, 1, 0, 1}, b.astype(DType.INT64).toLongArray());   // [1 1 0 1]
        assertArrayEquals(new double[] {1, 1, 0, 1}, b.astype(DType.FLOAT64).toDoubleArray());
        assertArrayEquals(new boolean[] {true, true, false, true}, b.eq(true).toBooleanArray());
        assertArrayEquals(new boolean[] {false, true}, b.unique().toBooleanArray());  // [False  True]
        assertEquals(0L, b.argmax().getLong());                                      // 0
        assertArrayEquals(new long[] {1, 2, 2, 3}, b.cumsum().toLongArray());         // [1 2 2 3]
        assertArrayEquals(new boolean[] {true, true, false, true}, b.toBooleanArray());
    }

    @Test
    void boolNpyWithBytesOtherThanZeroAndOneReadsAsNumPyReadsIt() throws IOException {
        Path p = dir.resolve("b.npy");
        Files.write(p, boolNpy(HOSTILE_BOOL));
        assertReadsAsNumPyDoes(load(p));
        assertReadsAsNumPyDoes(load(p, MmapMode.COPY_ON_WRITE));
        // the copy-on-write mapping was normalised in its private pages, never in the file
        assertArrayEquals(HOSTILE_BOOL, java.util.Arrays.copyOfRange(Files.readAllBytes(p),
                (int) Files.size(p) - 4, (int) Files.size(p)), "COPY_ON_WRITE never writes the file");
    }

    @Test
    void boolNpzMemberWithBytesOtherThanZeroAndOneReadsAsNumPyReadsIt() throws IOException {
        for (int method : new int[] {ZipEntry.STORED, ZipEntry.DEFLATED}) {
            Path z = dir.resolve("b" + method + ".npz");
            byte[] member = boolNpy(HOSTILE_BOOL);
            try (OutputStream f = Files.newOutputStream(z); ZipOutputStream zip = new ZipOutputStream(f)) {
                ZipEntry e = new ZipEntry("b.npy");
                e.setMethod(method);
                if (method == ZipEntry.STORED) {
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(member);
                    e.setSize(member.length);
                    e.setCompressedSize(member.length);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(member);
                zip.closeEntry();
            }
            try (NpzFile f = loadz(z)) {
                assertReadsAsNumPyDoes(f.get("b"));
            }
        }
    }

    @Test
    void sharedMappingOfABoolNpyWithBytesOtherThanZeroAndOneIsRefusedNamingTheByte() throws IOException {
        Path p = dir.resolve("m.npy");
        byte[] data = new byte[10_000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i % 3 == 0 ? 1 : 0);
        data[7_777] = 5;
        Files.write(p, boolNpy(data));
        for (MmapMode mode : new MmapMode[] {MmapMode.READ_ONLY, MmapMode.READ_WRITE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load(p, mode));
            assertTrue(e.getMessage().startsWith(p.toString()) && e.getMessage().contains("7777")
                    && e.getMessage().contains("5"), e.getMessage());
        }
        NDArray c = load(p, MmapMode.COPY_ON_WRITE);
        assertEquals(3335.0, c.sum().item());   // 3334 multiples of 3 below 10000, plus element 7777
        assertEquals(1L, c.astype(DType.INT64).getLong(7_777));
        // a clean bool file still maps, shared
        data[7_777] = 1;
        Files.write(p, boolNpy(data));
        assertEquals(3335.0, load(p, MmapMode.READ_ONLY).sum().item());
    }
}
