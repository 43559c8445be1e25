package dev.numj.internal.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import dev.numj.NDArray;

/**
 * {@code np.savez} / {@code np.savez_compressed}: a zip archive with one {@code .npy} member per
 * array, named {@code <key>.npy} ({@code arr_0.npy}, {@code arr_1.npy}, ... for unnamed arrays).
 * Plain archives store the members (ZIP_STORED), compressed ones deflate them (ZIP_DEFLATED, zlib's
 * default level, as Python's zipfile).
 */
public final class Npz {
    private Npz() {}

    public static Map<String, NDArray> positional(NDArray... arrays) {
        Map<String, NDArray> m = new LinkedHashMap<>();
        for (int i = 0; i < arrays.length; i++) m.put("arr_" + i, Objects.requireNonNull(arrays[i], "arrays[" + i + "]"));
        return m;
    }

    public static Path save(Path file, Map<String, NDArray> arrays, boolean compress) {
        Path target = Npy.withSuffix(file, ".npz");
        for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
            Objects.requireNonNull(e.getKey(), "array name");
            Objects.requireNonNull(e.getValue(), "array '" + e.getKey() + "'");
        }
        try {
            AtomicWrite.replace(target, to -> write(to, arrays, compress));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    private static void write(Path to, Map<String, NDArray> arrays, boolean compress) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(to), 1 << 16))) {
            for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
                NDArray a = e.getValue();
                if (compress) {
                    entry.setMethod(ZipEntry.DEFLATED);
                    zip.putNextEntry(entry);
                    Npy.write(zip, a);
                } else {
                    // a stored member needs its size and CRC before its data
                    NDArray data = Npy.layoutForWrite(a);
                    byte[] header = Npy.header(a, data);
                    CRC32 crc = new CRC32();
                    crc.update(header);
                    Npy.forEachBlock(data, crc::update);
                    long size = header.length + data.nbytes();
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(size);
                    entry.setCompressedSize(size);
                    entry.setCrc(crc.getValue());
                    zip.putNextEntry(entry);
                    zip.write(header);
                    Npy.writeData(zip, data);
                }
                zip.closeEntry();
            }
        }
    }
}
