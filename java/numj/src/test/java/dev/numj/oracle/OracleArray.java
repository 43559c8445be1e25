package dev.numj.oracle;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A NumPy-neutral array value exchanged with the NumPy oracle: the dtype name as NumPy spells it
 * ({@code "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16",
 * "float32", "float64", "complex64", "complex128"}), a C-order shape ({@code long[0]} for a 0-d array) and
 * the raw little-endian C-order bytes.
 *
 * <p>The {@code data} array is not copied (neither by the constructor nor by the accessor): an
 * 8M-element result is not duplicated. Do not mutate it after handing it over. {@code shape} is
 * copied both ways. {@code equals}/{@code hashCode} compare contents (dtype, shape, bytes).
 */
public record OracleArray(String dtype, long[] shape, byte[] data) {

    private static final Map<String, Integer> ITEM_SIZES = Map.ofEntries(
            Map.entry("bool", 1),
            Map.entry("int8", 1), Map.entry("int16", 2), Map.entry("int32", 4), Map.entry("int64", 8),
            Map.entry("uint8", 1), Map.entry("uint16", 2), Map.entry("uint32", 4), Map.entry("uint64", 8),
            Map.entry("float16", 2), Map.entry("float32", 4), Map.entry("float64", 8),
            Map.entry("complex64", 8), Map.entry("complex128", 16));

    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle F32 = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle F64 = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    /** Validates dtype, shape and the byte count. */
    public OracleArray {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(data, "data");
        Integer itemSize = ITEM_SIZES.get(dtype);
        if (itemSize == null) {
            throw new IllegalArgumentException("unsupported dtype '" + dtype + "' (supported: " + supportedDtypes() + ")");
        }
        shape = shape.clone();
        long size = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + formatShape(shape));
            }
            size = Math.multiplyExact(size, d);
        }
        if ((long) data.length != size * itemSize) {
            throw new IllegalArgumentException("dtype " + dtype + " shape " + formatShape(shape) + " needs "
                    + size * itemSize + " bytes but data has " + data.length);
        }
    }

    /** The dtype names this class accepts, sorted. */
    public static java.util.List<String> supportedDtypes() {
        return ITEM_SIZES.keySet().stream().sorted().toList();
    }

    /** Item size in bytes of a NumPy dtype name, or throws {@link IllegalArgumentException}. */
    public static int itemSizeOf(String dtype) {
        Integer s = ITEM_SIZES.get(dtype);
        if (s == null) {
            throw new IllegalArgumentException("unsupported dtype '" + dtype + "'");
        }
        return s;
    }

    // ------------------------------------------------------------------ factories

    /**
     * float64 array of the given C-order shape. An empty shape (none given, or {@code new long[0]}) means 0-d
     * when there is exactly one value and 1-d of length {@code values.length} otherwise; pass
     * {@code 1} for a 1-d array of one element.
     */
    public static OracleArray of(double[] values, long... shape) {
        long[] s = shapeFor(values.length, shape);
        ByteBuffer b = buffer(values.length, 8);
        b.asDoubleBuffer().put(values);
        return new OracleArray("float64", s, b.array());
    }

    /**
     * float32 array of the given C-order shape. An empty shape (none given, or {@code new long[0]}) means 0-d
     * when there is exactly one value and 1-d of length {@code values.length} otherwise; pass
     * {@code 1} for a 1-d array of one element.
     */
    public static OracleArray of(float[] values, long... shape) {
        long[] s = shapeFor(values.length, shape);
        ByteBuffer b = buffer(values.length, 4);
        b.asFloatBuffer().put(values);
        return new OracleArray("float32", s, b.array());
    }

    /**
     * int64 array of the given C-order shape. An empty shape (none given, or {@code new long[0]}) means 0-d
     * when there is exactly one value and 1-d of length {@code values.length} otherwise; pass
     * {@code 1} for a 1-d array of one element.
     */
    public static OracleArray of(long[] values, long... shape) {
        long[] s = shapeFor(values.length, shape);
        ByteBuffer b = buffer(values.length, 8);
        b.asLongBuffer().put(values);
        return new OracleArray("int64", s, b.array());
    }

    /**
     * int32 array of the given C-order shape. An empty shape (none given, or {@code new long[0]}) means 0-d
     * when there is exactly one value and 1-d of length {@code values.length} otherwise; pass
     * {@code 1} for a 1-d array of one element.
     */
    public static OracleArray of(int[] values, long... shape) {
        long[] s = shapeFor(values.length, shape);
        ByteBuffer b = buffer(values.length, 4);
        b.asIntBuffer().put(values);
        return new OracleArray("int32", s, b.array());
    }

    /**
     * bool array of the given C-order shape. An empty shape (none given, or {@code new long[0]}) means 0-d
     * when there is exactly one value and 1-d of length {@code values.length} otherwise; pass
     * {@code 1} for a 1-d array of one element.
     */
    public static OracleArray of(boolean[] values, long... shape) {
        long[] s = shapeFor(values.length, shape);
        byte[] d = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = (byte) (values[i] ? 1 : 0);
        }
        return new OracleArray("bool", s, d);
    }

    /** 0-d float64 array. */
    public static OracleArray scalar(double value) {
        return of(new double[] {value}, new long[0]);
    }

    /** 0-d float32 array. */
    public static OracleArray scalar(float value) {
        return of(new float[] {value}, new long[0]);
    }

    /** 0-d int64 array. */
    public static OracleArray scalar(long value) {
        return of(new long[] {value}, new long[0]);
    }

    /** 0-d int32 array. */
    public static OracleArray scalar(int value) {
        return of(new int[] {value}, new long[0]);
    }

    /** 0-d bool array. */
    public static OracleArray scalar(boolean value) {
        return of(new boolean[] {value}, new long[0]);
    }

    private static long[] shapeFor(int n, long[] shape) {
        if (shape == null || shape.length == 0) {
            return n == 1 ? new long[0] : new long[] {n};
        }
        long size = 1;
        for (long d : shape) {
            size = Math.multiplyExact(size, d);
        }
        if (size != n) {
            throw new IllegalArgumentException(n + " values do not fill shape " + formatShape(shape));
        }
        return shape;
    }

    private static ByteBuffer buffer(int n, int itemSize) {
        return ByteBuffer.allocate(Math.multiplyExact(n, itemSize)).order(ByteOrder.LITTLE_ENDIAN);
    }

    // ------------------------------------------------------------------ accessors

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Number of elements (1 for a 0-d array). */
    public long size() {
        long s = 1;
        for (long d : shape) {
            s *= d;
        }
        return s;
    }

    public int ndim() {
        return shape.length;
    }

    public int itemSize() {
        return ITEM_SIZES.get(dtype);
    }

    /** NumPy's dtype kind: 'b' bool, 'i' signed int, 'u' unsigned int, 'f' float, 'c' complex. */
    public char kind() {
        return switch (dtype) {
            case "bool" -> 'b';
            case "int8", "int16", "int32", "int64" -> 'i';
            case "uint8", "uint16", "uint32", "uint64" -> 'u';
            case "float16", "float32", "float64" -> 'f';
            default -> 'c';
        };
    }

    public boolean isComplex() {
        return kind() == 'c';
    }

    private int offset(long flatIndex) {
        long size = size();
        if (flatIndex < 0 || flatIndex >= size) {
            throw new IndexOutOfBoundsException("flat index " + flatIndex + " out of range for size " + size);
        }
        return Math.toIntExact(flatIndex * itemSize());
    }

    /**
     * Element as a double: bool gives 1/0, integers are converted (uint64 as unsigned), float16/32 are
     * widened. Complex dtypes throw: use {@link #getReal} / {@link #getImag}.
     */
    public double getDouble(long flatIndex) {
        int o = offset(flatIndex);
        return switch (dtype) {
            case "bool" -> data[o] != 0 ? 1.0 : 0.0;
            case "int8" -> data[o];
            case "uint8" -> data[o] & 0xFF;
            case "int16" -> (short) I16.get(data, o);
            case "uint16" -> ((short) I16.get(data, o)) & 0xFFFF;
            case "int32" -> (int) I32.get(data, o);
            case "uint32" -> Integer.toUnsignedLong((int) I32.get(data, o));
            case "int64" -> (double) (long) I64.get(data, o);
            case "uint64" -> unsignedToDouble((long) I64.get(data, o));
            case "float16" -> Float.float16ToFloat((short) I16.get(data, o));
            case "float32" -> (float) F32.get(data, o);
            case "float64" -> (double) F64.get(data, o);
            default -> throw new UnsupportedOperationException(
                    "getDouble on a " + dtype + " array: use getReal/getImag");
        };
    }

    /** Real part of an element (the value itself for non-complex dtypes). */
    public double getReal(long flatIndex) {
        int o = offset(flatIndex);
        return switch (dtype) {
            case "complex64" -> (float) F32.get(data, o);
            case "complex128" -> (double) F64.get(data, o);
            default -> getDouble(flatIndex);
        };
    }

    /** Imaginary part of an element (0 for non-complex dtypes). */
    public double getImag(long flatIndex) {
        int o = offset(flatIndex);
        return switch (dtype) {
            case "complex64" -> (float) F32.get(data, o + 4);
            case "complex128" -> (double) F64.get(data, o + 8);
            default -> 0.0;
        };
    }

    /**
     * Element as a long: exact for bool and integer dtypes (uint64 returns the raw 64 bits); a float
     * element must hold an integral value in range, else {@link ArithmeticException}.
     */
    public long getLong(long flatIndex) {
        int o = offset(flatIndex);
        return switch (dtype) {
            case "bool" -> data[o] != 0 ? 1 : 0;
            case "int8" -> data[o];
            case "uint8" -> data[o] & 0xFF;
            case "int16" -> (short) I16.get(data, o);
            case "uint16" -> ((short) I16.get(data, o)) & 0xFFFF;
            case "int32" -> (int) I32.get(data, o);
            case "uint32" -> Integer.toUnsignedLong((int) I32.get(data, o));
            case "int64", "uint64" -> (long) I64.get(data, o);
            case "float16", "float32", "float64" -> {
                double v = getDouble(flatIndex);
                if (v != Math.rint(v) || v < -0x1p63 || v >= 0x1p63) {
                    throw new ArithmeticException(dtype + " element " + v + " at " + flatIndex + " is not an integral long");
                }
                yield (long) v;
            }
            default -> throw new UnsupportedOperationException("getLong on a " + dtype + " array");
        };
    }

    /** Element truthiness as NumPy defines it (non-zero; NaN is true; complex: either part non-zero). */
    public boolean getBoolean(long flatIndex) {
        int o = offset(flatIndex);
        return switch (kind()) {
            case 'b' -> data[o] != 0;
            case 'i', 'u' -> getLong(flatIndex) != 0;
            case 'f' -> getDouble(flatIndex) != 0.0;
            default -> getReal(flatIndex) != 0.0 || getImag(flatIndex) != 0.0;
        };
    }

    /** All elements as doubles (see {@link #getDouble}). */
    public double[] toDoubleArray() {
        double[] r = new double[Math.toIntExact(size())];
        for (int i = 0; i < r.length; i++) {
            r[i] = getDouble(i);
        }
        return r;
    }

    /** All elements as longs (see {@link #getLong}). */
    public long[] toLongArray() {
        long[] r = new long[Math.toIntExact(size())];
        for (int i = 0; i < r.length; i++) {
            r[i] = getLong(i);
        }
        return r;
    }

    /** All elements as booleans (see {@link #getBoolean}). */
    public boolean[] toBooleanArray() {
        boolean[] r = new boolean[Math.toIntExact(size())];
        for (int i = 0; i < r.length; i++) {
            r[i] = getBoolean(i);
        }
        return r;
    }

    /** The element formatted for messages: True/False, integers (unsigned where unsigned), floats, (re+imj). */
    public String formatElement(long flatIndex) {
        return switch (kind()) {
            case 'b' -> getBoolean(flatIndex) ? "True" : "False";
            case 'i' -> Long.toString(getLong(flatIndex));
            case 'u' -> Long.toUnsignedString(getLong(flatIndex));
            case 'f' -> dtype.equals("float64") ? Double.toString(getDouble(flatIndex))
                    : Float.toString((float) getDouble(flatIndex));
            default -> {
                double re = getReal(flatIndex);
                double im = getImag(flatIndex);
                boolean f32 = dtype.equals("complex64");
                String r = f32 ? Float.toString((float) re) : Double.toString(re);
                String i = f32 ? Float.toString((float) Math.abs(im)) : Double.toString(Math.abs(im));
                yield "(" + r + (im < 0 || (im == 0 && 1 / im < 0) ? "-" : "+") + i + "j)";
            }
        };
    }

    /** The multi-index of a flat C-order index, formatted like a NumPy tuple, e.g. {@code (1, 2)}. */
    public String formatIndex(long flatIndex) {
        long[] idx = new long[shape.length];
        long rest = flatIndex;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] == 0) {
                break;
            }
            idx[d] = rest % shape[d];
            rest /= shape[d];
        }
        return formatShape(idx);
    }

    /** Formats a shape like NumPy: {@code ()}, {@code (3,)}, {@code (3, 4)}. */
    public static String formatShape(long[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        return sb.append(')').toString();
    }

    // ------------------------------------------------------------------ Object

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof OracleArray a && dtype.equals(a.dtype)
                && Arrays.equals(shape, a.shape) && Arrays.equals(data, a.data));
    }

    @Override
    public int hashCode() {
        return (dtype.hashCode() * 31 + Arrays.hashCode(shape)) * 31 + Arrays.hashCode(data);
    }

    /** E.g. {@code OracleArray[float64 (2, 3): 1.0, 2.0, 3.0, 4.0, 5.0, 6.0]}, at most 24 elements shown. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("OracleArray[").append(dtype).append(' ').append(formatShape(shape)).append(':');
        long n = size();
        long shown = Math.min(n, 24);
        for (long i = 0; i < shown; i++) {
            sb.append(i == 0 ? " " : ", ").append(formatElement(i));
        }
        if (shown < n) {
            sb.append(", ... (").append(n - shown).append(" more)");
        }
        return sb.append(']').toString();
    }

    private static double unsignedToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        // round-half-even like a hardware uint64 -> double conversion
        return ((double) ((v >>> 1) | (v & 1))) * 2.0;
    }
}
