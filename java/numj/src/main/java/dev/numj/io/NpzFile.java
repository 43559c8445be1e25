package dev.numj.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import dev.numj.NDArray;
import dev.numj.internal.io.Npy;
import dev.numj.internal.io.NpyHeader;

/**
 * An open {@code .npz} archive: NumPy's {@code NpzFile}, what {@code np.load("data.npz")} returns.
 * Arrays are read when asked for, each {@link #get} reading its member afresh; the arrays stay valid
 * after {@link #close()}. Close it (try-with-resources) to release the file.
 *
 * <pre>{@code
 * try (NpzFile npz = loadz(Path.of("weights.npz"))) {     // with np.load("weights.npz") as npz:
 *     NDArray W1 = npz.get("W1");                          //     W1 = npz["W1"]
 * }
 * }</pre>
 */
public final class NpzFile implements AutoCloseable {
    private final ZipFile zip;
    private final String name;
    private final Map<String, ZipEntry> members = new LinkedHashMap<>();   // key (no .npy) -> entry

    NpzFile(Path file) {
        this.name = file.toString();
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new IllegalArgumentException(name + ": not a .npz file (it is not a zip archive: " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open " + name + ": " + e.getMessage(), e);
        }
        try {
            for (ZipEntry e : Collections.list(zip.entries())) {
                String n = e.getName();
                members.putIfAbsent(n.endsWith(".npy") ? n.substring(0, n.length() - 4) : n, e);
            }
        } catch (RuntimeException e) {
            closeQuietly();
            throw new IllegalArgumentException(name + ": the zip archive is damaged: " + e.getMessage(), e);
        }
    }

    /**
     * NumPy's {@code npz.files}: the array names, in archive order, without {@code .npy}. Example:
     * {@code loadz(p).files()} gives {@code [arr_0, arr_1]} after {@code savez(p, X, y)}.
     *
     * @return the files
     */
    public List<String> files() { return new ArrayList<>(members.keySet()); }

    /**
     * The array names, in archive order (NumPy's {@code npz.keys()}). Example: {@code for (String k : npz.keySet()) npz.get(k);}
     *
     * @return the key set
     */
    public Set<String> keySet() { return Collections.unmodifiableSet(members.keySet()); }

    /**
     * NumPy's {@code key in npz}; {@code "x"} and {@code "x.npy"} both name member {@code x.npy}. Example: {@code npz.containsKey("W1")}.
     *
     * @param key the key
     * @return {@code true} if so, else {@code false}
     */
    public boolean containsKey(String key) { return entry(key) != null; }

    /**
     * NumPy's {@code len(npz)}. Example: {@code loadz(p).size()} is 2 after {@code savez(p, X, y)}.
     *
     * @return the size
     */
    public int size() { return members.size(); }

    /**
     * NumPy's {@code npz[key]}: reads the array stored as {@code key.npy}. A missing key throws
     * {@link NoSuchElementException} ("x is not a file in the archive", NumPy's KeyError).
     * <pre>{@code
     * NDArray X = npz.get("X");
     * NDArray first = npz.get("arr_0");     // np.savez(f, a) names it arr_0
     * }</pre>
     *
     * @param key the key
     * @return the result
     */
    public NDArray get(String key) {
        ZipEntry e = entry(key);
        if (e == null) throw new NoSuchElementException(key + " is not a file in the archive");
        String member = name + "[" + e.getName() + "]";
        if (!e.getName().endsWith(".npy"))
            throw new IllegalArgumentException(member + ": not a .npy member, so not an array");
        synchronized (zip) {
            try (InputStream in = zip.getInputStream(e)) {
                long size = e.getSize();
                NpyHeader h = NpyHeader.read(in, size < 0 ? Long.MAX_VALUE : size, member);
                return Npy.read(in, h, size < 0 ? -1 : size - h.dataOffset(), member);
            } catch (ZipException ex) {
                throw new IllegalArgumentException(member + ": the zip member is damaged: " + ex.getMessage(), ex);
            } catch (IOException ex) {
                throw new UncheckedIOException("could not read " + member + ": " + ex.getMessage(), ex);
            }
        }
    }

    /**
     * Every array, read now, by name in archive order ({@code dict(np.load("f.npz"))}).
     * <pre>{@code
     * Map<String, NDArray> all = npz.toMap();
     * all.get("W1").shape();
     * }</pre>
     *
     * @return the map
     */
    public Map<String, NDArray> toMap() {
        Map<String, NDArray> m = new LinkedHashMap<>();
        for (String k : members.keySet()) m.put(k, get(k));
        return m;
    }

    private ZipEntry entry(String key) {
        ZipEntry e = members.get(key);
        if (e == null && key.endsWith(".npy")) {
            e = members.get(key.substring(0, key.length() - 4));
            if (e != null && !e.getName().equals(key)) e = null;
        }
        return e;
    }

    /** Releases the file (NumPy's {@code npz.close()}); arrays already read stay valid. Example: {@code npz.close()}, or try-with-resources. */
    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // the constructor is failing already
        }
    }

    @Override
    /** Like NumPy's {@code repr} of an {@code NpzFile}, with the keys. */
    public String toString() { return "NpzFile " + name + " with keys: " + String.join(", ", members.keySet()); }
}
