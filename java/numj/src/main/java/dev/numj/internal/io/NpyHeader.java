package dev.numj.internal.io;

import dev.numj.internal.Shapes;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.numj.DType;

/**
 * The header of a {@code .npy} file (NEP 1 / {@code numpy.lib.format}): the magic string, the format
 * version, and a Python dict literal with {@code descr}, {@code fortran_order} and {@code shape}.
 * Reading validates it the way {@code numpy.lib.format.read_array} does and reports problems in
 * NumPy's words; writing produces NumPy's bytes exactly (keys sorted, 21 spare columns for the
 * growth axis, padded with spaces to a multiple of 64 bytes, ending in a newline).
 */
public record NpyHeader(DType dtype, boolean bigEndian, boolean fortranOrder, long[] shape, int major, int minor,
                 long dataOffset, long count) {

    public static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** NumPy's {@code ARRAY_ALIGN}. */
    private static final int ALIGN = 64;
    /** NumPy's {@code GROWTH_AXIS_MAX_DIGITS}: room to rewrite the header of a growing array in place. */
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;
    /** NumPy's default {@code max_header_size}. */
    public static final int MAX_HEADER_SIZE = 10000;

    public long nbytes() { return count * dtype.itemSize(); }

    /** The shape the data have in the file: reversed for Fortran order. */
    public long[] storedShape() {
        if (!fortranOrder) return shape.clone();
        long[] r = new long[shape.length];
        for (int i = 0; i < shape.length; i++) r[i] = shape[shape.length - 1 - i];
        return r;
    }

    // ---- writing ---------------------------------------------------------------------------------

    /** The header NumPy's {@code np.save} writes for such an array, byte for byte. */
    public static byte[] encode(DType dt, long[] shape, boolean fortran) {
        StringBuilder h = new StringBuilder(128);
        h.append("{'descr': '").append(descr(dt)).append("', 'fortran_order': ").append(fortran ? "True" : "False")
                .append(", 'shape': ").append(shapeRepr(shape)).append(", }");
        if (shape.length > 0)
            h.repeat(' ', Math.max(0, GROWTH_AXIS_MAX_DIGITS - Long.toString(shape[fortran ? shape.length - 1 : 0]).length()));
        byte[] text = h.toString().getBytes(StandardCharsets.ISO_8859_1);   // always ASCII: version 1.0 or 2.0
        int hlen = text.length + 1;
        int major = hlen + ALIGN > 65535 ? 2 : 1;
        int prefix = MAGIC.length + 2 + (major == 1 ? 2 : 4);
        int pad = ALIGN - ((prefix + hlen) % ALIGN);
        ByteBuffer b = ByteBuffer.allocate(prefix + hlen + pad).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) b.putShort((short) (hlen + pad));
        else b.putInt(hlen + pad);
        b.put(text);
        for (int i = 0; i < pad; i++) b.put((byte) ' ');
        b.put((byte) '\n');
        return b.array();
    }

    /** NumPy's {@code descr} of a native-order NumJ dtype: {@code '<f8'}, {@code '|b1'}. */
    public static String descr(DType dt) {
        char order = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? '<' : '>';
        return switch (dt) {
            case BOOL -> "|b1";
            case INT32 -> order + "i4";
            case INT64 -> order + "i8";
            case FLOAT32 -> order + "f4";
            case FLOAT64 -> order + "f8";
        };
    }

    /** Python's repr of a shape tuple: {@code ()}, {@code (3,)}, {@code (3, 4)}. */
    public static String shapeRepr(long[] shape) { return Shapes.str(shape); }

    // ---- reading ---------------------------------------------------------------------------------

    /**
     * Reads and validates a header from {@code in}, which holds {@code available} more bytes.
     * Errors are {@link IllegalArgumentException}s whose message starts with {@code name}.
     */
    public static NpyHeader read(InputStream in, long available, String name) throws IOException {
        byte[] magic = readBytes(in, 8, "magic string", name);
        if (magic[0] == 'P' && magic[1] == 'K' && (magic[2] == 3 || magic[2] == 5) && (magic[3] == 4 || magic[3] == 6))
            throw fail(name, "this is a .npz (zip) archive, not a .npy file: open it with loadz(path)");
        for (int i = 0; i < MAGIC.length; i++) {
            if (magic[i] != MAGIC[i]) {
                byte[] got = java.util.Arrays.copyOf(magic, 6);
                throw fail(name, "the magic string is not correct; expected " + PyLiteral.reprBytes(MAGIC) + ", got "
                        + PyLiteral.reprBytes(got) + " (not a .npy file)");
            }
        }
        int major = magic[6] & 0xff, minor = magic[7] & 0xff;
        if (!(minor == 0 && major >= 1 && major <= 3))
            throw fail(name, "we only support format version (1,0), (2,0), and (3,0), not (" + major + ", " + minor + ")");
        byte[] len = readBytes(in, major == 1 ? 2 : 4, "array header length", name);
        long hlen = (len[0] & 0xff) | (len[1] & 0xff) << 8;
        if (major > 1) hlen |= (long) (len[2] & 0xff) << 16 | (long) (len[3] & 0xff) << 24;
        long prefix = 8 + len.length;
        if (hlen > 1 << 20 && hlen <= available - prefix)   // would fail the size check below; do not read it first
            throw fail(name, "Header info length (" + hlen + ") is large and may not be safe to load securely."
                    + " NumJ, like NumPy's default max_header_size, reads headers of up to " + MAX_HEADER_SIZE + " characters");
        if (hlen > available - prefix)
            throw fail(name, "EOF: reading array header, expected " + hlen + " bytes got " + Math.max(0, available - prefix));
        byte[] raw = readBytes(in, (int) hlen, "array header", name);
        String header;
        if (major == 3) {
            try {
                header = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
            } catch (CharacterCodingException e) {
                throw fail(name, "the array header of a version 3.0 file is not valid UTF-8");
            }
        } else header = new String(raw, StandardCharsets.ISO_8859_1);
        if (header.length() > MAX_HEADER_SIZE)
            throw fail(name, "Header info length (" + header.length() + ") is large and may not be safe to load securely."
                    + " NumJ, like NumPy's default max_header_size, reads headers of up to " + MAX_HEADER_SIZE + " characters");
        Object d;
        try {
            d = PyLiteral.parse(header, major < 3);
        } catch (PyLiteral.SyntaxError e) {
            throw fail(name, "Cannot parse header: " + PyLiteral.reprStr(header));
        }
        if (!(d instanceof Map<?, ?> m)) throw fail(name, "Header is not a dictionary: " + PyLiteral.repr(d));
        if (!m.keySet().equals(Set.of("descr", "fortran_order", "shape"))) {
            List<Object> keys = new ArrayList<>(m.keySet());
            keys.sort((a, b) -> a instanceof String x && b instanceof String y ? x.compareTo(y)
                    : PyLiteral.repr(a).compareTo(PyLiteral.repr(b)));
            throw fail(name, "Header does not contain the correct keys: " + PyLiteral.repr(keys));
        }
        Object shapeObj = m.get("shape");
        if (!(shapeObj instanceof PyLiteral.Tuple t) || !t.items().stream().allMatch(x -> x instanceof BigInteger))
            throw fail(name, "shape is not valid: " + PyLiteral.repr(shapeObj));
        if (!(m.get("fortran_order") instanceof Boolean fortran))
            throw fail(name, "fortran_order is not a valid bool: " + PyLiteral.repr(m.get("fortran_order")));
        Object descr = m.get("descr");
        DType dt = dtypeOf(descr, name);
        boolean big = descr instanceof String s && isBigEndian(s);

        List<Object> dims = t.items();
        if (dims.size() > Shapes.MAX_DIMS)
            throw fail(name, "the array has " + dims.size() + " dimensions; NumJ's maximum is " + Shapes.MAX_DIMS);
        long[] shape = new long[dims.size()];
        boolean tooBig = false, empty = false;
        for (int i = 0; i < shape.length; i++) {
            BigInteger v = (BigInteger) dims.get(i);
            if (v.signum() < 0) throw fail(name, "negative dimensions are not allowed: shape " + PyLiteral.repr(shapeObj));
            if (v.bitLength() > 62) tooBig = true;
            else shape[i] = v.longValue();
            if (v.signum() == 0) empty = true;
        }
        long count = 1;
        try {
            if (tooBig) throw new ArithmeticException();
            for (long s : shape) count = Math.multiplyExact(count, s);
            Math.multiplyExact(count, (long) dt.itemSize());
        } catch (ArithmeticException e) {
            if (tooBig || !empty)
                throw fail(name, "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size"
                        + " (shape " + PyLiteral.repr(shapeObj) + ")");
        }
        if (empty) count = 0;
        return new NpyHeader(dt, big, fortran, shape, major, minor, prefix + hlen, count);
    }

    private static byte[] readBytes(InputStream in, int n, String what, String name) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length != n) throw fail(name, "EOF: reading " + what + ", expected " + n + " bytes got " + b.length);
        return b;
    }

    public static IllegalArgumentException fail(String name, String message) {
        return new IllegalArgumentException(name + ": " + message);
    }

    /** {@code [<>|=]kind size}, NumPy's one-letter codes, or a dtype name. */
    /** {@code '8f8'}: a fixed-size sub-array of 8 float64, which NumPy reads as extra trailing axes. */
    private static final Pattern SUBARRAY = Pattern.compile("([1-9]\\d*)([<>|=]?[a-zA-Z?]\\d*(\\[\\w+\\])?)");
    private static final Pattern TYPESTR = Pattern.compile("([<>|=]?)([a-zA-Z?])(\\d*)(\\[\\w+\\])?");

    private static boolean isBigEndian(String s) {
        return s.startsWith(">") && ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
                || !s.startsWith("<") && !s.startsWith(">") && ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN;
    }

    /** NumJ's dtype for a header's descr, or NumPy's message / a clear "unsupported" one. */
    public static DType dtypeOf(Object descr, String name) {
        if (descr instanceof List<?> || descr instanceof PyLiteral.Tuple)
            throw fail(name, "unsupported dtype " + PyLiteral.repr(descr)
                    + ": structured (record) and sub-array dtypes are not NumJ dtypes; NumJ reads bool, int32, int64, float32 and float64");
        if (!(descr instanceof String s)) throw fail(name, "descr is not a valid dtype descriptor: " + PyLiteral.repr(descr));
        String numpyName = numpyName(s);
        if (numpyName == null) throw fail(name, "descr is not a valid dtype descriptor: " + PyLiteral.reprStr(s));
        if (numpyName.equals("structured"))
            throw fail(name, "unsupported dtype " + PyLiteral.reprStr(s)
                    + ": structured (record) dtypes are not NumJ dtypes; NumJ reads bool, int32, int64, float32 and float64");
        return switch (numpyName) {
            case "bool" -> DType.BOOL;
            case "int32" -> DType.INT32;
            case "int64" -> DType.INT64;
            case "float32" -> DType.FLOAT32;
            case "float64" -> DType.FLOAT64;
            default -> throw fail(name, "unsupported dtype " + PyLiteral.reprStr(s) + " (" + numpyName
                    + "): NumJ reads bool, int32, int64, float32 and float64");
        };
    }

    /** The NumPy name of a dtype string as {@code np.dtype} reads it (Linux x86-64), or null if NumPy rejects it. */
    public static String numpyName(String s) {
        switch (s) {
            case "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32",
                 "float64", "longdouble", "complex64", "complex128", "clongdouble", "object", "bytes", "str", "void",
                 "datetime64", "timedelta64" -> { return s; }
            case "float128" -> { return "longdouble"; }
            case "complex256" -> { return "clongdouble"; }
            case "float", "double" -> { return "float64"; }
            case "single" -> { return "float32"; }
            case "half" -> { return "float16"; }
            case "int", "intp", "long", "longlong" -> { return "int64"; }
            case "intc" -> { return "int32"; }
            case "short" -> { return "int16"; }
            case "byte" -> { return "int8"; }
            case "uint", "uintp", "ulong", "ulonglong" -> { return "uint64"; }
            case "uintc" -> { return "uint32"; }
            case "ushort" -> { return "uint16"; }
            case "ubyte" -> { return "uint8"; }
            case "complex", "cdouble" -> { return "complex128"; }
            case "csingle" -> { return "complex64"; }
            default -> { }
        }
        if (s.indexOf(',') > 0) {   // 'f8,i4': NumPy's comma-string spelling of a structured dtype
            for (String part : s.split(",")) if (!part.isBlank() && numpyName(part.strip()) == null) return null;
            return "structured";
        }
        Matcher sub = SUBARRAY.matcher(s);
        if (sub.matches()) {
            String inner = numpyName(sub.group(2));
            return inner == null ? null : "sub-array of " + sub.group(1) + " " + inner;
        }
        Matcher m = TYPESTR.matcher(s);
        if (!m.matches()) return null;
        char kind = m.group(2).charAt(0);
        String size = m.group(3);
        boolean unit = m.group(4) != null;
        if (unit && (kind != 'M' && kind != 'm' || !m.group(4).matches("\\[\\d*(Y|M|W|D|h|m|s|ms|us|\u03bcs|ns|ps|fs|as|generic)\\]")))
            return null;
        if (size.isEmpty()) {
            return switch (kind) {
                case '?' -> "bool";
                case 'b' -> "int8";
                case 'B' -> "uint8";
                case 'h' -> "int16";
                case 'H' -> "uint16";
                case 'i' -> "int32";
                case 'I' -> "uint32";
                case 'l', 'q', 'p', 'n' -> "int64";
                case 'L', 'Q', 'P', 'N' -> "uint64";
                case 'e' -> "float16";
                case 'f' -> "float32";
                case 'd' -> "float64";
                case 'g' -> "longdouble";
                case 'F' -> "complex64";
                case 'D' -> "complex128";
                case 'G' -> "clongdouble";
                case 'O' -> "object";
                case 'S', 'a' -> "bytes";
                case 'U' -> "str";
                case 'V' -> "void";
                case 'M' -> "datetime64";
                case 'm' -> "timedelta64";
                default -> null;
            };
        }
        int n;
        try {
            n = Integer.parseInt(size);
        } catch (NumberFormatException e) {
            return null;
        }
        return switch (kind) {
            case 'b' -> n == 1 ? "bool" : null;
            case '?' -> n == 1 ? "bool" : null;
            case 'i' -> switch (n) { case 1 -> "int8"; case 2 -> "int16"; case 4 -> "int32"; case 8 -> "int64"; default -> null; };
            case 'u' -> switch (n) { case 1 -> "uint8"; case 2 -> "uint16"; case 4 -> "uint32"; case 8 -> "uint64"; default -> null; };
            case 'f' -> switch (n) { case 2 -> "float16"; case 4 -> "float32"; case 8 -> "float64"; case 16 -> "longdouble"; default -> null; };
            case 'c' -> switch (n) { case 8 -> "complex64"; case 16 -> "complex128"; case 32 -> "clongdouble"; default -> null; };
            case 'S', 'a' -> "bytes" + (n * 8);
            case 'U' -> "str" + (n * 32);
            case 'V' -> "void" + (n * 8);
            case 'M' -> n == 8 ? "datetime64" + (unit ? m.group(4) : "") : null;
            case 'm' -> n == 8 ? "timedelta64" + (unit ? m.group(4) : "") : null;
            case 'O' -> n == 8 ? "object" : null;
            default -> null;
        };
    }
}
