package dev.numj;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleArray;
import dev.numj.oracle.OracleAssert;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.*;
import dev.numj.internal.io.Npy;
import dev.numj.internal.io.NpyHeader;
import dev.numj.io.MmapMode;
import static dev.numj.io.IO.*;
import static dev.numj.random.Random.*;

/**
 * {@code np.save} / {@code np.load} of {@code .npy} files against real NumPy, both ways and bit for
 * bit: every NumJ dtype (floats as random bit patterns, so NaN payloads, signed zeros, subnormals and
 * infinities all travel), ranks 0 to 3 with empty axes, format versions 1.0, 2.0 and 3.0, both byte
 * orders, C and Fortran order; NumJ's files equal NumPy's byte for byte. Corrupt files fail with
 * NumPy's message and the file name; a fuzzer flips header bits and checks NumJ fails exactly when
 * NumPy does (or when NumPy reads a dtype NumJ lacks) and otherwise reads the same array. Memory
 * mapping: all three modes, read-only enforcement, a 2 GiB sparse file opened in constant time.
 */
class NpyOracleTest {
    static final DType[] DTYPES = DType.values();
    static final long[][] SHAPES = {{}, {0}, {1}, {7}, {3, 4}, {2, 0, 3}, {2, 3, 4}, {1, 1}, {4, 1, 3}};

    @TempDir
    Path dir;

    /** Random elements; floats and ints as random bit patterns, bools 0/1. */
    static NDArray randomBits(Random rnd, DType dt, long... shape) {
        NDArray a = NDArray.allocate(dt, shape);
        byte[] b = new byte[(int) a.nbytes()];
        rnd.nextBytes(b);
        if (dt == DType.BOOL) for (int i = 0; i < b.length; i++) b[i] = (byte) (b[i] & 1);
        java.lang.foreign.MemorySegment.copy(b, 0, storageOf(a).segment(), java.lang.foreign.ValueLayout.JAVA_BYTE, offsetOf(a), b.length);
        return a;
    }

    static byte[] bytesOf(NDArray a) { return toOracle(a).data(); }

    private static String py(Path p) { return p.toString(); }

    // ---- NumPy writes, NumJ reads -----------------------------------------------------------------

    @Test
    void numpyFilesOfEveryDtypeVersionByteOrderAndLayoutLoadBitForBit() {
        Random rnd = new Random(1);
        record F(Path path, NDArray expected, boolean fortran, String what) {}
        List<F> files = new ArrayList<>();
        List<NumPyOracle.Case> cases = new ArrayList<>();
        int k = 0;
        for (DType dt : DTYPES)
            for (long[] shape : SHAPES)
                for (String order : new String[] {"<", ">"})
                    for (boolean fortran : new boolean[] {false, true})
                        for (int v = 1; v <= 3; v++) {
                            if (fortran && shape.length == 0) continue;   // np.asfortranarray makes a 0-d array 1-d
                            NDArray x = randomBits(rnd, dt, shape);
                            Path p = dir.resolve("np" + (k++) + ".npy");
                            String what = dt + Arrays.toString(shape) + " " + order + (fortran ? " F" : " C") + " v" + v;
                            files.add(new F(p, x, fortran, what));
                            cases.add(NumPyOracle.Case.of("""
                                    a = x.astype(x.dtype.newbyteorder(bo))
                                    a = np.asfortranarray(a) if fortran else a
                                    with open(p, 'wb') as f:
                                        np.lib.format.write_array(f, a, version=(v, 0))
                                    out = np.lib.format.read_magic(open(p, 'rb'))[0]
                                    """, "x", toOracle(x), "bo", order, "fortran", fortran, "p", py(p), "v", v));
                        }
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < files.size(); i++) {
            F f = files.get(i);
            assertTrue(f.what.endsWith("v" + res.get(i).value().getLong(0)), f.what + ": NumPy wrote another version");
            NDArray got = load(f.path);
            assertEquals(f.expected.dtype(), got.dtype(), f.what);
            assertArrayEquals(f.expected.shape(), got.shape(), f.what);
            assertArrayEquals(bytesOf(f.expected), bytesOf(got), f.what + ": elements differ");
            // NumPy gives a Fortran-ordered array for a Fortran file
            if (f.fortran && got.ndim() > 1 && got.size() > 1)
                assertTrue(Npy.isFortranContiguous(got) && !got.isContiguous() || got.isContiguous(), f.what);
        }
        assertEquals(DTYPES.length * (SHAPES.length * 12 - 6), files.size());
    }

    @Test
    void npSaveOfNumpyDtypesAndNamesLoadsLikeNumpy() {
        // what np.save itself writes (not write_array): the usual route of a user's file
        Random rnd = new Random(2);
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<NDArray> xs = new ArrayList<>();
        List<Path> ps = new ArrayList<>();
        for (DType dt : DTYPES) {
            NDArray x = OracleSupport.random(rnd, dt, 5, 3);
            Path p = dir.resolve("plain_" + dt);   // np.save adds .npy
            xs.add(x);
            ps.add(dir.resolve("plain_" + dt + ".npy"));
            cases.add(NumPyOracle.Case.of("np.save(p, x); out = x", "x", toOracle(x), "p", py(p)));
        }
        np().runBatch(cases);
        for (int i = 0; i < xs.size(); i++) assertArrayEquals(bytesOf(xs.get(i)), bytesOf(load(ps.get(i))));
    }

    // ---- NumJ writes, NumPy reads -----------------------------------------------------------------

    @Test
    void numjFilesAreNumpysBytesAndLoadInNumpy() {
        Random rnd = new Random(3);
        record W(Path path, NDArray written, String what) {}
        List<W> ws = new ArrayList<>();
        List<NumPyOracle.Case> cases = new ArrayList<>();
        int k = 0;
        String[] layouts = {"x", "x.T", "x[..., ::2]", "x[::-1]"};
        for (DType dt : DTYPES)
            for (long[] shape : SHAPES)
                for (String layout : layouts) {
                    if (shape.length == 0 && !layout.equals("x") && !layout.equals("x.T")) continue;
                    NDArray x = randomBits(rnd, dt, shape);
                    NDArray v = switch (layout) {
                        case "x" -> x;
                        case "x.T" -> x.T();
                        case "x[..., ::2]" -> x.get("..., ::2");
                        default -> x.get("::-1");
                    };
                    Path mine = dir.resolve("nj" + k + ".npy");
                    Path theirs = dir.resolve("ref" + k++ + ".npy");
                    save(mine, v);
                    ws.add(new W(mine, v, dt + Arrays.toString(shape) + " " + layout));
                    cases.add(NumPyOracle.Case.of(
                            "v = " + layout + "\n"
                                    + "np.save(ref, v)\n"
                                    + "same = open(mine, 'rb').read() == open(ref, 'rb').read()\n"
                                    + "b = np.load(mine)\n"
                                    + "out = (np.array(same), b)",
                            "x", toOracle(x), "mine", py(mine), "ref", py(theirs)));
                }
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < ws.size(); i++) {
            W w = ws.get(i);
            List<OracleArray> r = res.get(i).values();
            assertEquals(1, r.get(0).getLong(0), w.what + ": the file differs from np.save's");
            OracleAssert.assertArrayMatches(r.get(1), toOracle(w.written), w.what);
            assertArrayEquals(bytesOf(w.written), r.get(1).data(), w.what + ": NumPy read other bits");
        }
    }

    @Test
    void saveAppendsNpyLikeNumpyAndRoundTripsEveryDtype() {
        for (DType dt : DTYPES) {
            NDArray x = randomBits(new Random(dt.ordinal()), dt, 4, 5);
            save(dir.resolve("rt_" + dt), x);
            assertTrue(Files.exists(dir.resolve("rt_" + dt + ".npy")));
            NDArray y = load(dir.resolve("rt_" + dt + ".npy"));
            assertArrayEquals(bytesOf(x), bytesOf(y));
            assertTrue(y.isWriteable());
            assertNull(y.base());
        }
    }

    @Test
    void version3HeaderIsUtf8AndPython2LongsLoad() throws IOException {
        // a comment with a non-ASCII character needs version 3.0's UTF-8; np.load accepts it too
        Path v3 = dir.resolve("v3.npy");
        Files.write(v3, npy(3, "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), } # größe", longBytes(7, -9)));
        Path v1 = dir.resolve("py2.npy");
        Files.write(v1, npy(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (2L,), }", longBytes(7, -9)));
        List<OracleResult> r = np().runBatch(List.of(
                NumPyOracle.Case.of("import warnings\nwarnings.simplefilter('ignore')\nout = np.load(p)", "p", py(v3)),
                NumPyOracle.Case.of("import warnings\nwarnings.simplefilter('ignore')\nout = np.load(p)", "p", py(v1))));
        assertMatches(r.get(0), load(v3), "version 3.0");
        assertMatches(r.get(1), load(v1), "version 1.0 with 2L");
    }

    // ---- corrupt and unsupported files -------------------------------------------------------------

    static byte[] longBytes(long... v) {
        ByteBuffer b = ByteBuffer.allocate(8 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long x : v) b.putLong(x);
        return b.array();
    }

    /** A .npy image with this header text (a newline is appended) and data, length field computed. */
    static byte[] npy(int major, String header, byte[] data) {
        byte[] h = (header + "\n").getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        if (major == 1) o.writeBytes(new byte[] {(byte) h.length, (byte) (h.length >> 8)});
        else o.writeBytes(new byte[] {(byte) h.length, (byte) (h.length >> 8), (byte) (h.length >> 16), (byte) (h.length >> 24)});
        o.writeBytes(h);
        o.writeBytes(data);
        return o.toByteArray();
    }

    static String hdr(String descr, String fortran, String shape) {
        return "{'descr': " + descr + ", 'fortran_order': " + fortran + ", 'shape': " + shape + ", }";
    }

    @Test
    void corruptFilesFailWithNumpysMessageAndTheFileName() throws IOException {
        byte[] good = npy(1, hdr("'<f8'", "False", "(3, 4)"), new byte[96]);
        record Bad(String what, byte[] bytes, String numjOnly) {}
        List<Bad> bad = new ArrayList<>(List.of(
                new Bad("empty file", new byte[0], null),
                new Bad("5 bytes", Arrays.copyOf(good, 5), null),
                new Bad("bad magic", patch(good, 5, 'X'), null),
                new Bad("version 4.0", patch(good, 6, 4), null),
                new Bad("version 1.1", patch(good, 7, 1), null),
                new Bad("no header length", Arrays.copyOf(good, 9), null),
                new Bad("short header", Arrays.copyOf(good, 40), null),
                // NumPy's tokenizer fallback for Python 2 headers words this one "EOF in multi-line statement"
                new Bad("unclosed dict", npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), ", new byte[96]),
                        "Cannot parse header"),
                new Bad("garbage", npy(1, "not python at all", new byte[96]), null),
                new Bad("a list", npy(1, "[1, 2]", new byte[96]), null),
                new Bad("missing key", npy(1, "{'descr': '<f8', 'shape': (3, 4)}", new byte[96]), null),
                new Bad("extra key", npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), 'x': 1}", new byte[96]), null),
                new Bad("shape list", npy(1, hdr("'<f8'", "False", "[3, 4]"), new byte[96]), null),
                new Bad("shape float", npy(1, hdr("'<f8'", "False", "(3.0,)"), new byte[96]), null),
                new Bad("shape str", npy(1, hdr("'<f8'", "False", "'3'"), new byte[96]), null),
                new Bad("fortran 1", npy(1, hdr("'<f8'", "1", "(3, 4)"), new byte[96]), null),
                new Bad("fortran str", npy(1, hdr("'<f8'", "'no'", "(3, 4)"), new byte[96]), null),
                new Bad("descr q9", npy(1, hdr("'<q9'", "False", "(3, 4)"), new byte[96]), null),
                new Bad("descr int", npy(1, hdr("5", "False", "(3, 4)"), new byte[96]), null),
                new Bad("truncated data", Arrays.copyOf(good, good.length - 50), null),
                new Bad("empty data", Arrays.copyOf(good, good.length - 96), null),
                new Bad("negative dims", npy(1, hdr("'<f8'", "False", "(-2, 6)"), new byte[96]), "negative dimensions are not allowed"),
                new Bad("huge dims", npy(1, hdr("'<f8'", "False", "(1000000000000, 1000000000000)"), new byte[96]),
                        "array is too big"),
                new Bad("huge header length", patchLength(good), null),
                new Bad("npz", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0}, ".npz (zip) archive")));
        // dtypes NumPy reads and NumJ does not: the error names the dtype
        String[][] unsupported = {{"'<c16'", "complex128"}, {"'|u1'", "uint8"}, {"'<f2'", "float16"}, {"'|O'", "object"},
                {"'<U5'", "str"}, {"'|i1'", "int8"}, {"'<u8'", "uint64"}, {"'>c8'", "complex64"}, {"'<M8[ns]'", "datetime64"},
                {"[('a', '<f8')]", "structured"}, {"'3f8'", "sub-array"}};
        for (String[] u : unsupported)
            bad.add(new Bad("dtype " + u[0], npy(1, hdr(u[0], "False", "(2,)"), new byte[400]), u[1]));
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < bad.size(); i++) {
            Path p = dir.resolve("bad" + i + ".npy");
            Files.write(p, bad.get(i).bytes);
            paths.add(p);
            cases.add(NumPyOracle.Case.of("out = np.lib.format.read_array(open(p, 'rb'))", "p", py(p)));
        }
        List<OracleResult> res = np().runBatch(cases);
        int numpyWords = 0;
        for (int i = 0; i < bad.size(); i++) {
            Bad b = bad.get(i);
            Path p = paths.get(i);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load(p), b.what);
            assertTrue(e.getMessage().startsWith(p + ": "), b.what + ": the message names the file: " + e.getMessage());
            IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> load(p, MmapMode.READ_ONLY), b.what);
            assertTrue(m.getMessage().startsWith(p + ": "), b.what + " (mmap): " + m.getMessage());
            if (b.numjOnly != null) {
                assertTrue(e.getMessage().contains(b.numjOnly), b.what + ": " + e.getMessage());
            } else {
                OracleResult r = res.get(i);
                assertTrue(r.isError(), b.what + ": NumPy read it: " + r);
                OracleAssert.assertErrorMatches(r, e);
                numpyWords++;
            }
        }
        assertEquals(21, numpyWords);
    }

    private static byte[] patch(byte[] b, int at, int value) {
        byte[] c = b.clone();
        c[at] = (byte) value;
        return c;
    }

    private static byte[] patchLength(byte[] good) {
        byte[] c = npy(2, hdr("'<f8'", "False", "(3, 4)"), new byte[96]);
        c[8] = c[9] = c[10] = c[11] = (byte) 0xff;   // 4 GiB of header declared
        return c;
    }

    /**
     * A hostile header nesting brackets (or signs) thousands deep is refused in NumPy's words, not by a
     * StackOverflowError. NumPy 2.4.6 on the same files: "Cannot parse header" for 4,000 brackets and for
     * 250 parentheses (CPython's parser stops at 200), MemoryError for 9,000 minus signs, and (1,) for
     * 150 parentheses around 1.
     */
    @Test
    void deeplyNestedHeadersFailWithCannotParseHeader() throws IOException {
        String[] shapes = {"[".repeat(4000) + "]".repeat(4000), "(" + "-".repeat(9000) + "1,)",
                "(" + "(".repeat(250) + "1" + ")".repeat(250) + ",)"};
        Path p = dir.resolve("nested.npy");
        for (String shape : shapes) {
            Files.write(p, npy(2, hdr("'<f8'", "False", shape), new byte[8]));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load(p));
            assertTrue(e.getMessage().contains("Cannot parse header"), e.getMessage());
        }
        Files.write(p, npy(2, hdr("'<f8'", "False", "(" + "(".repeat(150) + "1" + ")".repeat(150) + ",)"), new byte[8]));
        assertArrayEquals(new long[] {1}, load(p).shape());
    }

    @Test
    void fuzzedHeadersFailOrLoadExactlyAsInNumpy() throws IOException {
        Random rnd = new Random(4);
        List<byte[]> seeds = new ArrayList<>();
        for (DType dt : DTYPES) {
            for (long[] shape : new long[][] {{3, 4}, {5}, {2, 1, 3}}) {
                Path p = dir.resolve("seed.npy");
                NDArray x = randomBits(rnd, dt, shape);
                save(p, x);
                seeds.add(Files.readAllBytes(p));
                save(p, x.T());   // a Fortran-order header
                seeds.add(Files.readAllBytes(p));
            }
        }
        List<Path> paths = new ArrayList<>();
        List<NumPyOracle.Case> cases = new ArrayList<>();
        int n = 600;
        for (int i = 0; i < n; i++) {
            byte[] m = seeds.get(rnd.nextInt(seeds.size())).clone();
            int kind = rnd.nextInt(3);
            if (kind == 2) {
                // a well-formed header that says something else about the same bytes: other dtypes and
                // byte orders, shapes that need fewer or more elements than there are, either order
                int start = 10 + ((m[8] & 0xff) | (m[9] & 0xff) << 8);
                String[] descrs = {"'<f8'", "'>f8'", "'<i4'", "'|b1'", "'<f4'", "'>i8'", "'=f4'", "'|u1'", "'<c8'", "'>i4'", "'<i8'", "'|f8'"};
                int nd = rnd.nextInt(4);
                StringBuilder shape = new StringBuilder("(");
                for (int d = 0; d < nd; d++) shape.append(rnd.nextInt(nd == 1 ? 40 : 7)).append(", ");
                shape.append(")");
                m = npy(1 + rnd.nextInt(3), hdr(descrs[rnd.nextInt(descrs.length)], rnd.nextBoolean() ? "True" : "False",
                        shape.toString().replace(", )", nd == 1 ? ",)" : ")")), Arrays.copyOfRange(m, start, m.length));
            } else if (kind == 0) {
                int flips = 1 + rnd.nextInt(2);   // random bit flips anywhere in the header
                for (int f = 0; f < flips; f++) {
                    int at = rnd.nextInt(Math.min(m.length, 128));
                    m[at] ^= (byte) (1 << rnd.nextInt(8));
                }
            } else {
                // a character of the dict replaced by one that often keeps it valid: other shapes,
                // byte orders, kinds and sizes, or a header that parses but means something else
                int end = new String(m, 10, 118, StandardCharsets.ISO_8859_1).indexOf('}') + 10;
                int at = 10 + rnd.nextInt(end - 10);
                m[at] = (byte) "0123456789<>|=(),' fibu".charAt(rnd.nextInt(23));
            }
            if (rnd.nextInt(10) == 0) m = Arrays.copyOf(m, rnd.nextInt(m.length + 1));   // and sometimes truncate
            Path p = dir.resolve("fuzz" + i + ".npy");
            Files.write(p, m);
            paths.add(p);
            cases.add(NumPyOracle.Case.of("""
                    import warnings
                    with warnings.catch_warnings():
                        warnings.simplefilter('ignore')
                        f = open(p, 'rb')
                    v = np.lib.format.read_magic(f)
                    from numpy.lib import _format_impl as fi
                    sub = fi._read_array_header(f, v)[2].subdtype is not None
                    a = np.lib.format.read_array(open(p, 'rb'))
                    ok = not sub and a.dtype.kind in 'biuf' and a.dtype.name in ('bool', 'int32', 'int64', 'float32', 'float64') and a.dtype.fields is None
                    out = a.astype(a.dtype.newbyteorder('='), order='C') if ok else 'unsupported ' + a.dtype.name
                    """, "p", py(p)));
        }
        List<OracleResult> res = np().runBatch(cases);
        int loaded = 0, failed = 0, unsupported = 0;
        for (int i = 0; i < n; i++) {
            Path p = paths.get(i);
            OracleResult r = res.get(i);
            if (r.isError() || r.isText()) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load(p),
                        "NumPy said " + r + "; NumJ must fail");
                assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
                if (r.isText()) unsupported++;
                else failed++;
            } else {
                NDArray got;
                try {
                    got = load(p);
                } catch (RuntimeException e) {
                    throw new AssertionError("NumPy read " + r + " but NumJ threw " + e, e);
                }
                byte[] want = r.value().data();
                if (got.dtype() == DType.BOOL) {   // a corrupt bool byte (say 108) is True in both; copies make it 1
                    want = want.clone();
                    for (int b = 0; b < want.length; b++) want[b] = (byte) (want[b] != 0 ? 1 : 0);
                }
                assertArrayEquals(want, bytesOf(got), "NumPy read " + r);
                assertEquals(r.value().dtype(), got.dtype().toString());
                assertArrayEquals(r.value().shape(), got.shape());
                loaded++;
            }
        }
        assertTrue(loaded > 50 && failed > 200 && unsupported > 5, "loaded " + loaded + ", failed " + failed + ", unsupported " + unsupported);
    }

    @Test
    void descrMutationsAreReadAsNumpyReadsThem() {
        // every one-bit change of each descr NumJ writes, against np.dtype
        List<String> descrs = new ArrayList<>();
        for (String s : new String[] {"<f8", "<f4", "<i8", "<i4", "|b1", ">f8", "float64", "<M8[ns]"})
            for (int i = 0; i < s.length(); i++)
                for (int b = 0; b < 7; b++) {
                    char[] c = s.toCharArray();
                    c[i] ^= (char) (1 << b);
                    descrs.add(new String(c));
                }
        List<NumPyOracle.Case> cases = new ArrayList<>();
        for (String d : descrs)
            cases.add(NumPyOracle.Case.of("""
                    import warnings
                    with warnings.catch_warnings():
                        warnings.simplefilter('ignore')
                        try:
                            t = np.dtype(s)
                            out = 'sub-array' if t.subdtype else t.name
                        except Exception:
                            out = 'invalid'
                    """, "s", d));
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < descrs.size(); i++) {
            String numpy = res.get(i).text();
            String mine = NpyHeader.numpyName(descrs.get(i));
            if (numpy.equals("invalid")) assertNull(mine, descrs.get(i));
            else if (numpy.equals("sub-array")) assertTrue(mine != null && mine.startsWith("sub-array"), descrs.get(i) + " " + mine);
            else assertEquals(numpy, mine, descrs.get(i));
        }
    }

    // ---- memory mapping ----------------------------------------------------------------------------

    @Test
    void memoryMappedLoadsShareTheFileInAllThreeModes() throws IOException {
        Random rnd = new Random(5);
        NDArray x = OracleSupport.random(rnd, DType.FLOAT64, 6, 5);
        Path p = dir.resolve("m.npy");
        np().run("np.save(p, x)", NumPyOracle.inputs("p", py(p), "x", toOracle(x)));

        NDArray ro = load(p, MmapMode.READ_ONLY);
        assertArrayEquals(bytesOf(x), bytesOf(ro));
        assertFalse(ro.isWriteable());
        assertFalse(ro.get("1:3").isWriteable(), "views of a read-only map are read-only");
        assertThrows(IllegalArgumentException.class, () -> ro.setDouble(1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> ro.addi(1.0));
        assertThrows(IllegalArgumentException.class, () -> ro.set(":", 0.0));
        assertThrows(IllegalArgumentException.class, () -> ro.set(ro.gt(0.0), 0.0));
        assertThrows(IllegalArgumentException.class, () -> random(1).shuffle(ro));
        assertEquals(x.sum().item(), ro.sum().item(), 0.0);   // native kernels read the mapping

        NDArray cow = load(p, MmapMode.COPY_ON_WRITE);
        assertTrue(cow.isWriteable());
        cow.setDouble(123.0, 2, 3);
        cow.addi(1.0);
        NDArray rw = load(p, MmapMode.READ_WRITE);
        rw.setDouble(-7.5, 0, 1);
        rw.get("5").muli(2.0);
        OracleResult after = np().run("out = np.load(p)", NumPyOracle.inputs("p", py(p)));
        NDArray expect = x.copy();
        expect.setDouble(-7.5, 0, 1);
        expect.get("5").muli(2.0);
        assertArrayEquals(bytesOf(expect), after.value().data(), "r+ writes reach the file, c writes do not");
        assertEquals(124.0, cow.getDouble(2, 3), 0.0);
        assertArrayEquals(bytesOf(expect), bytesOf(ro), "a read-only map sees r+ writes (one page cache)");
    }

    @Test
    void memoryMappedFortranAndEmptyArraysAndErrors() throws IOException {
        NDArray x = arange(24L).reshape(2, 3, 4);
        Path f = dir.resolve("f.npy");
        np().run("np.save(p, np.asfortranarray(np.arange(24).reshape(2, 3, 4)))", NumPyOracle.inputs("p", py(f)));
        NDArray m = load(f, MmapMode.READ_ONLY);
        assertArrayEquals(x.toLongArray(), m.toLongArray());
        assertTrue(Npy.isFortranContiguous(m));
        Path e = dir.resolve("e.npy");
        save(e, zeros(0, 3));
        NDArray em = load(e, MmapMode.READ_ONLY);
        assertArrayEquals(new long[] {0, 3}, em.shape());
        assertFalse(em.isWriteable());
        Path be = dir.resolve("be.npy");
        np().run("np.save(p, np.arange(3.0).astype('>f8'))", NumPyOracle.inputs("p", py(be)));
        assertArrayEquals(new double[] {0, 1, 2}, load(be).toDoubleArray());
        IllegalArgumentException b = assertThrows(IllegalArgumentException.class, () -> load(be, MmapMode.READ_ONLY));
        assertTrue(b.getMessage().contains("big-endian"), b.getMessage());
        byte[] full = Files.readAllBytes(f);
        Path t = dir.resolve("t.npy");
        Files.write(t, Arrays.copyOf(full, full.length - 8));
        IllegalArgumentException tr = assertThrows(IllegalArgumentException.class, () -> load(t, MmapMode.READ_WRITE));
        assertTrue(tr.getMessage().contains("mmap length is greater than file size"), tr.getMessage());
    }

    @Test
    void aTwoGigabyteSparseFileMapsInConstantTime() throws IOException {
        long n = 1L << 28;   // 2 GiB of float64
        Path p = dir.resolve("sparse.npy");
        byte[] header = NpyHeader.encode(DType.FLOAT64, new long[] {n}, false);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.write(header);
            f.setLength(header.length + n * 8);
        }
        long t0 = System.nanoTime();
        NDArray a = load(p, MmapMode.READ_WRITE);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 500, "mapping 2 GiB took " + ms + " ms");
        assertArrayEquals(new long[] {n}, a.shape());
        assertEquals(0.0, a.getDouble(n - 1), 0.0);
        a.setDouble(42.0, n - 1);
        a.setDouble(-1.0, 1000);
        OracleResult r = np().run("m = np.load(p, mmap_mode='r')\nout = np.array([m[-1], m[1000], m[5], m.shape[0]])",
                NumPyOracle.inputs("p", py(p)));
        assertArrayEquals(new double[] {42.0, -1.0, 0.0, n}, fromOracle(r.value()).toDoubleArray());
    }

    @Test
    void aMappingInAScopeEndsWithTheScope() throws IOException {
        Path p = dir.resolve("s.npy");
        save(p, arange(10.0));
        NDArray m;
        try (Scope s = scope()) {
            m = load(p, MmapMode.READ_ONLY);
            assertEquals(45.0, m.sum().item(), 0.0);
        }
        assertThrows(IllegalStateException.class, () -> m.getDouble(0));
    }
}
