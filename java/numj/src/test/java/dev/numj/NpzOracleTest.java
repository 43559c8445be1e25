package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleArray;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

import static dev.numj.NpyOracleTest.bytesOf;
import static dev.numj.NpyOracleTest.randomBits;
import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.*;
import dev.numj.io.NpzFile;
import static dev.numj.io.IO.*;

/**
 * {@code np.savez} / {@code np.savez_compressed} / {@code np.load} of {@code .npz} archives against
 * real NumPy, both ways and bit for bit: positional ({@code arr_0 ...}) and named members, every
 * dtype, empty and 0-d arrays, Fortran-ordered and strided arrays, stored and deflated members, the
 * member names and order NumPy gives, and NumPy's errors for missing keys and non-archives.
 */
class NpzOracleTest {
    @TempDir
    Path dir;

    private static String py(Path p) { return p.toString(); }

    /** Arrays of every dtype and awkward shapes and layouts, by name. */
    private static Map<String, NDArray> sample(long seed) {
        Random rnd = new Random(seed);
        Map<String, NDArray> m = new LinkedHashMap<>();
        for (DType dt : DType.values()) {
            m.put("c_" + dt, randomBits(rnd, dt, 3, 4));
            m.put("f_" + dt, randomBits(rnd, dt, 2, 3, 4).T());
            m.put("s_" + dt, randomBits(rnd, dt, 6, 5).get("::2, 1::2"));
        }
        m.put("empty", randomBits(rnd, DType.FLOAT32, 0, 7));
        m.put("scalar", randomBits(rnd, DType.INT64));
        m.put("big", randomBits(rnd, DType.FLOAT64, 300, 500));   // 1.2 MB: crosses copy buffers
        return m;
    }

    @Test
    void numjArchivesLoadInNumpyWithTheSameNamesAndBits() {
        for (boolean compressed : new boolean[] {false, true}) {
            Map<String, NDArray> m = sample(compressed ? 1 : 2);
            Path named = dir.resolve("named" + compressed);         // .npz appended, as NumPy does
            Path positional = dir.resolve("pos" + compressed + ".npz");
            NDArray[] three = m.values().stream().limit(3).toArray(NDArray[]::new);
            if (compressed) {
                savezCompressed(named, m);
                savezCompressed(positional, three);
            } else {
                savez(named, m);
                savez(positional, three);
            }
            List<OracleResult> r = np().runBatch(List.of(
                    NumPyOracle.Case.of("import zipfile\nz = np.load(p)\nout = ','.join(z.files) + '|' + str(zipfile.ZipFile(p).infolist()[0].compress_type)",
                            "p", py(named) + ".npz"),
                    NumPyOracle.Case.of("z = np.load(p)\nout = [z[k] for k in z.files]", "p", py(named) + ".npz"),
                    NumPyOracle.Case.of("z = np.load(p)\nout = ','.join(z.files)", "p", py(positional)),
                    NumPyOracle.Case.of("z = np.load(p)\nout = [z[k] for k in z.files]", "p", py(positional))));
            List<String> keys = new ArrayList<>(m.keySet());
            assertEquals(String.join(",", keys) + "|" + (compressed ? 8 : 0), r.get(0).text(), "names, ZIP_DEFLATED or ZIP_STORED");
            List<OracleArray> arrays = r.get(1).values();
            for (int i = 0; i < keys.size(); i++)
                assertArrayEquals(bytesOf(m.get(keys.get(i))), arrays.get(i).data(), keys.get(i) + " compressed=" + compressed);
            assertEquals("arr_0,arr_1,arr_2", r.get(2).text());
            for (int i = 0; i < 3; i++) assertArrayEquals(bytesOf(three[i]), r.get(3).values().get(i).data());
        }
    }

    @Test
    void numpyArchivesLoadInNumjWithTheSameNamesAndBits() throws IOException {
        for (String fn : new String[] {"savez", "savez_compressed"}) {
            Map<String, NDArray> m = sample(fn.length());
            Path p = dir.resolve(fn + ".npz");
            Map<String, Object> inputs = new LinkedHashMap<>();
            StringBuilder kw = new StringBuilder();
            int i = 0;
            for (Map.Entry<String, NDArray> e : m.entrySet()) {
                inputs.put("x" + i, toOracle(e.getValue()));
                kw.append(", ").append(e.getKey()).append("=x").append(i++);
            }
            inputs.put("p", py(p));
            // positional arrays too: NumPy puts arr_0 and arr_1 after the named ones
            np().run("np." + fn + "(p, x0, x1" + kw + ")\nout = 1", inputs);
            try (NpzFile npz = loadz(p)) {
                List<String> want = new ArrayList<>(m.keySet());
                want.addAll(List.of("arr_0", "arr_1"));
                assertEquals(want, npz.files());
                assertEquals(want.size(), npz.size());
                assertTrue(npz.containsKey("c_float64") && npz.containsKey("c_float64.npy") && !npz.containsKey("nope"));
                for (Map.Entry<String, NDArray> e : m.entrySet()) {
                    NDArray got = npz.get(e.getKey());
                    assertArrayEquals(e.getValue().shape(), got.shape(), e.getKey());
                    assertEquals(e.getValue().dtype(), got.dtype(), e.getKey());
                    assertArrayEquals(bytesOf(e.getValue()), bytesOf(got), e.getKey());
                }
                assertArrayEquals(bytesOf(m.get("c_bool")), bytesOf(npz.get("arr_0")));
                assertArrayEquals(bytesOf(npz.get("big")), bytesOf(npz.get("big.npy")));
                Map<String, NDArray> all = npz.toMap();
                assertEquals(want, new ArrayList<>(all.keySet()));
            }
        }
    }

    @Test
    void missingKeysAndNonArchivesFailLikeNumpy() throws IOException {
        Path p = dir.resolve("k.npz");
        savez(p, Map.of("a", arange(3L)));
        Path notZip = dir.resolve("plain.npy");
        save(notZip, arange(3L));
        Path junk = dir.resolve("junk.npz");
        Files.write(junk, "PK\3\4 this is no archive".getBytes());
        List<OracleResult> r = np().runBatch(List.of(
                NumPyOracle.Case.of("out = np.load(p)['b']", "p", py(p))));
        assertTrue(r.get(0).isErrorOf("KeyError"), r.get(0).toString());
        try (NpzFile npz = loadz(p)) {
            NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> npz.get("b"));
            assertEquals("b is not a file in the archive", e.getMessage());
            assertTrue(r.get(0).errorMessage().contains(e.getMessage()));
        }
        IllegalArgumentException z = assertThrows(IllegalArgumentException.class, () -> loadz(notZip));
        assertTrue(z.getMessage().startsWith(notZip + ": not a .npz file"), z.getMessage());
        assertThrows(IllegalArgumentException.class, () -> loadz(junk).close());
        IllegalArgumentException l = assertThrows(IllegalArgumentException.class, () -> load(p));
        assertTrue(l.getMessage().contains("loadz"), l.getMessage());
    }

    @Test
    void aCorruptMemberFailsNamingTheArchiveAndTheMember() throws IOException {
        Path p = dir.resolve("trunc.npz");
        np().run("np.savez(p, good=np.arange(4), bad=np.arange(4))\nout = 1", NumPyOracle.inputs("p", py(p)));
        // rewrite 'bad' with a header that promises more data than the member has
        Path q = dir.resolve("broken.npz");
        np().run("""
                import zipfile, io
                buf = io.BytesIO()
                np.save(buf, np.arange(4))
                raw = buf.getvalue().replace(b"(4,)", b"(9,)")
                with zipfile.ZipFile(q, 'w') as z:
                    z.writestr('good.npy', zipfile.ZipFile(p).read('good.npy'))
                    z.writestr('bad.npy', raw)
                out = 1
                """, NumPyOracle.inputs("p", py(p), "q", py(q)));
        try (NpzFile npz = loadz(q)) {
            assertArrayEquals(new long[] {0, 1, 2, 3}, npz.get("good").toLongArray());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> npz.get("bad"));
            assertTrue(e.getMessage().startsWith(q + "[bad.npy]: Failed to read all data"), e.getMessage());
        }
    }
}
