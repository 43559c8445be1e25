package dev.numj.internal.io;

import dev.numj.internal.ArrayAccess;
import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import dev.numj.internal.runtime.MappedStorage;
import dev.numj.internal.runtime.ScopeStack;
import dev.numj.internal.Shapes;
import dev.numj.internal.Ufuncs;
import dev.numj.internal.Views;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import dev.numj.DType;
import dev.numj.NDArray;

/**
 * {@code np.save} / {@code np.load} of {@code .npy} files: the data move between the file and the
 * array's off-heap memory in large blocks (no element loop, no heap copy), so a load runs at the
 * speed of the disk or of memory; a memory-mapped load maps the file and copies nothing.
 */
public final class Npy {
    private Npy() {}

    /** Bytes per read or write call: large enough to reach the disk's speed, small enough for a ByteBuffer. */
    public static final int BLOCK = 64 << 20;

    /** NumPy's rule: {@code np.save('x', a)} writes {@code x.npy}. */
    public static Path withSuffix(Path file, String suffix) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.endsWith(suffix) ? file : file.resolveSibling(name + suffix);
    }

    // ---- save ------------------------------------------------------------------------------------

    public static Path save(Path file, NDArray a) {
        Path target = withSuffix(file, ".npy");
        NDArray data = layoutForWrite(a);
        byte[] header = header(a, data);
        try {
            // a new file renamed over the old one: never truncates a file an array may have mapped
            AtomicWrite.replace(target, to -> {
                try (FileChannel ch = FileChannel.open(to, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    writeFully(ch, ByteBuffer.wrap(header));
                    forEachBlock(data, bb -> writeFully(ch, bb));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    /**
     * The array whose memory, from its offset, holds the elements in file order: {@code a} itself when
     * C-contiguous or Fortran-contiguous (NumPy writes the latter with {@code fortran_order: True}),
     * else a C-contiguous copy.
     */
    public static NDArray layoutForWrite(NDArray a) {
        storageOf(a).checkAlive();
        if (a.size() == 0 || a.isContiguous() || isFortranContiguous(a)) return a;
        return Ufuncs.copyAs(a, a.dtype());
    }

    /** The header for {@code a} written from {@code data} (see {@link #layoutForWrite}). */
    public static byte[] header(NDArray a, NDArray data) {
        boolean fortran = a.size() != 0 && !data.isContiguous() && isFortranContiguous(data);
        return NpyHeader.encode(a.dtype(), shapeOf(a), fortran);
    }

    /** NumPy's {@code flags.f_contiguous}. */
    public static boolean isFortranContiguous(NDArray a) {
        long expect = a.dtype().itemSize();
        for (int i = 0; i < shapeOf(a).length; i++) {
            if (shapeOf(a)[i] == 1) continue;
            if (stridesOf(a)[i] != expect) return false;
            expect *= shapeOf(a)[i];
        }
        return true;
    }

    public interface BlockSink {
        void accept(ByteBuffer block) throws IOException;
    }

    /** Hands the data region of a contiguous array ({@link #layoutForWrite}) to {@code sink} in blocks. */
    public static void forEachBlock(NDArray data, BlockSink sink) throws IOException {
        long n = data.nbytes();
        MemorySegment seg = storageOf(data).segment();
        for (long pos = 0; pos < n; pos += BLOCK) {
            long len = Math.min(BLOCK, n - pos);
            sink.accept(seg.asSlice(offsetOf(data) + pos, len).asByteBuffer());
        }
    }

    public static void writeFully(FileChannel ch, ByteBuffer bb) throws IOException {
        while (bb.hasRemaining()) ch.write(bb);
    }

    /** Writes {@code a} as a complete {@code .npy} image to a stream (a zip member). */
    public static void write(OutputStream out, NDArray a) throws IOException {
        NDArray data = layoutForWrite(a);
        out.write(header(a, data));
        writeData(out, data);
    }

    /** Writes the data region of {@code data} ({@link #layoutForWrite}) to a stream. */
    public static void writeData(OutputStream out, NDArray data) throws IOException {
        byte[] buf = new byte[(int) Math.min(1 << 20, Math.max(1, data.nbytes()))];
        forEachBlock(data, bb -> {
            while (bb.hasRemaining()) {
                int k = Math.min(buf.length, bb.remaining());
                bb.get(buf, 0, k);
                out.write(buf, 0, k);
            }
        });
    }

    // ---- load ------------------------------------------------------------------------------------

    public static NDArray load(Path file) {
        String name = file.toString();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            NpyHeader h = NpyHeader.read(Channels.newInputStream(ch), size, name);
            long available = size - h.dataOffset();
            checkComplete(h, available, name);
            NDArray a = ArrayAccess.allocate(h.dtype(), h.storedShape());
            MemorySegment seg = storageOf(a).segment();
            long n = h.nbytes();
            ch.position(h.dataOffset());
            for (long pos = 0; pos < n; ) {
                int r = ch.read(seg.asSlice(pos, Math.min(BLOCK, n - pos)).asByteBuffer());
                if (r < 0) throw NpyHeader.fail(name, "the file shrank while it was read");
                pos += r;
            }
            return finish(a, h);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads the data after a header from a stream holding {@code available} more bytes (a zip member). */
    public static NDArray read(InputStream in, NpyHeader h, long available, String name) throws IOException {
        if (available >= 0) checkComplete(h, available, name);
        NDArray a = ArrayAccess.allocate(h.dtype(), h.storedShape());
        MemorySegment seg = storageOf(a).segment();
        long n = h.nbytes();
        byte[] buf = new byte[(int) Math.min(1 << 20, Math.max(n, 1))];
        for (long pos = 0; pos < n; ) {
            int k = in.readNBytes(buf, 0, (int) Math.min(buf.length, n - pos));
            if (k == 0) throw incomplete(h, pos / h.dtype().itemSize(), name);
            MemorySegment.copy(buf, 0, seg, ValueLayout.JAVA_BYTE, pos, k);
            pos += k;
        }
        return finish(a, h);
    }

    private static void checkComplete(NpyHeader h, long available, String name) {
        if (available < h.nbytes()) throw incomplete(h, Math.max(0, available) / h.dtype().itemSize(), name);
    }

    private static IllegalArgumentException incomplete(NpyHeader h, long got, String name) {
        return NpyHeader.fail(name, "Failed to read all data for array. Expected " + NpyHeader.shapeRepr(h.shape())
                + " = " + h.count() + " elements, could only read " + got + " elements. (file seems not fully written?)");
    }

    /** Native byte order, bools as 0/1, and the logical (Fortran: transposed) view. */
    private static NDArray finish(NDArray a, NpyHeader h) {
        if (h.bigEndian() && a.dtype().itemSize() > 1) swapInPlace(storageOf(a).segment(), a.dtype(), a.size());
        if (a.dtype() == DType.BOOL) normaliseBool(storageOf(a).segment(), a.nbytes());
        return h.fortranOrder() ? Views.transpose(a, null) : a;
    }

    private static final ValueLayout.OfLong LONG_U = ValueLayout.JAVA_LONG_UNALIGNED;
    /** The bits that are 0 in each byte of a word of 0/1 bytes. */
    private static final long NOT_BOOL = 0xFEFE_FEFE_FEFE_FEFEL;

    /**
     * A bool file may hold any byte: NumPy reads every non-zero byte as True, while NumJ's kernels
     * (sum, astype, comparisons, unique, ...) rely on True being 1. Sets each non-zero byte of
     * {@code seg[0, n)} to 1 (a word at a time; only words holding another byte are touched).
     */
    public static void normaliseBool(MemorySegment seg, long n) {
        for (long i = 0; i < n; i += 8) {
            if (i + 8 <= n && (seg.get(LONG_U, i) & NOT_BOOL) == 0) continue;
            for (long j = i, end = Math.min(n, i + 8); j < end; j++)
                if ((seg.get(ValueLayout.JAVA_BYTE, j) & 0xFE) != 0) seg.set(ValueLayout.JAVA_BYTE, j, (byte) 1);
        }
    }

    /** The index of the first byte of {@code seg[0, n)} that is neither 0 nor 1, or -1. */
    public static long firstNonBool(MemorySegment seg, long n) {
        long i = 0;
        while (i + 8 <= n && (seg.get(LONG_U, i) & NOT_BOOL) == 0) i += 8;
        for (; i < n; i++)
            if ((seg.get(ValueLayout.JAVA_BYTE, i) & 0xFE) != 0) return i;
        return -1;
    }

    /** Reverses the bytes of each element: the file's order was not the machine's. */
    public static void swapInPlace(MemorySegment seg, DType dt, long count) {
        ByteOrder other = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        ValueLayout nat = (dt.itemSize() == 8 ? ValueLayout.JAVA_LONG : ValueLayout.JAVA_INT).withByteAlignment(1);
        // the copy swaps through a buffer (overlap-safe), block by block
        long per = BLOCK / dt.itemSize();
        for (long i = 0; i < count; i += per) {
            long k = Math.min(per, count - i);
            long off = i * dt.itemSize();
            MemorySegment.copy(seg, nat.withOrder(other), off, seg, nat, off, k);
        }
    }

    // ---- memory-mapped load ----------------------------------------------------------------------

    public static NDArray map(Path file, FileChannel.MapMode mode) {
        String name = file.toString();
        // Java maps copy-on-write (MAP_PRIVATE) only through a channel open for writing; nothing is written
        boolean write = mode != FileChannel.MapMode.READ_ONLY;
        if (mode == FileChannel.MapMode.PRIVATE && !java.nio.file.Files.isWritable(file)) {
            NDArray copy = load(file);   // a read-only file: a private copy behaves the same, without constant-time opening
            return copy;
        }
        // the channel stays open for the array's life (its storage closes it): every use of the array
        // checks through it that nobody truncated the file under the mapping (a SIGBUS otherwise)
        FileChannel ch = null;
        boolean owned = false;
        try {
            ch = write
                    ? FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)
                    : FileChannel.open(file, StandardOpenOption.READ);
            long size = ch.size();
            NpyHeader h = NpyHeader.read(Channels.newInputStream(ch), size, name);
            if (h.bigEndian() && h.dtype().itemSize() > 1)
                throw NpyHeader.fail(name, "cannot memory-map big-endian data: NumJ arrays are in the machine's byte order;"
                        + " load it without mmap (NumJ swaps the bytes while reading)");
            long n = h.nbytes();
            if (size - h.dataOffset() < n)
                throw NpyHeader.fail(name, "mmap length is greater than file size: shape " + NpyHeader.shapeRepr(h.shape())
                        + " " + h.dtype() + " needs " + n + " bytes after the " + h.dataOffset() + "-byte header, the file has "
                        + Math.max(0, size - h.dataOffset()) + " (file seems not fully written?)");
            if (h.dataOffset() % h.dtype().itemSize() != 0)
                throw NpyHeader.fail(name, "cannot memory-map: the data start at byte " + h.dataOffset()
                        + ", not a multiple of the " + h.dtype().itemSize() + "-byte item size; load it without mmap");
            NDArray a;
            long[] shape = h.storedShape();
            if (n == 0) {
                a = ArrayAccess.allocate(h.dtype(), shape);
            } else {
                Arena scope = ScopeStack.currentArena();
                MemorySegment seg = ch.map(mode, h.dataOffset(), n, scope != null ? scope : Arena.ofAuto());
                if (h.dtype() == DType.BOOL) checkBool(seg, n, mode, h, name);
                a = ArrayAccess.create(MappedStorage.of(seg, ch, h.dataOffset() + n), h.dtype(), shape,
                        Shapes.cStrides(shape, h.dtype().itemSize()), 0, null);
                owned = true;
            }
            if (mode == FileChannel.MapMode.READ_ONLY) ArrayAccess.setReadOnly(a);
            return h.fortranOrder() ? Views.transpose(a, null) : a;
        } catch (IOException e) {
            throw new UncheckedIOException("could not map " + name + ": " + e.getMessage(), e);
        } finally {
            if (!owned && ch != null) closeQuietly(ch);
        }
    }

    /**
     * A mapped bool file with bytes other than 0/1 (see {@link #normaliseBool}): a copy-on-write mapping
     * is normalised in its private pages; a shared one cannot be (that would write the file), so it is
     * refused, naming the first such byte. Reads every page once: bool files do not open in constant time.
     */
    private static void checkBool(MemorySegment seg, long n, FileChannel.MapMode mode, NpyHeader h, String name) {
        long bad = firstNonBool(seg, n);
        if (bad < 0) return;
        if (mode == FileChannel.MapMode.PRIVATE) {
            normaliseBool(seg.asSlice(bad), n - bad);
            return;
        }
        throw NpyHeader.fail(name, "cannot memory-map this bool data shared: byte " + bad + " of the data (file offset "
                + (h.dataOffset() + bad) + ") is " + Byte.toUnsignedInt(seg.get(ValueLayout.JAVA_BYTE, bad))
                + ", not 0 or 1. NumPy reads every non-zero byte as True; NumJ needs True stored as 1 and will not "
                + "rewrite the file. Load it without a mode (NumJ normalises while reading) or with MmapMode.COPY_ON_WRITE");
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // the load is failing already, or had no use for the channel
        }
    }
}
