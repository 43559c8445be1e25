package dev.numj.internal;

/** Shape and stride arithmetic shared by every operation (device-agnostic). */
public final class Shapes {
    /** The native kernels' limit on dimensions (NUMJ_MAX_DIMS); NumPy's is 64. */
    public static final int MAX_DIMS = 32;

    private Shapes() {}

    public static long size(long[] shape) {
        long n = 1;
        for (long d : shape) n = Math.multiplyExact(n, d);
        return n;
    }

    /** C-order byte strides for {@code shape}. */
    public static long[] cStrides(long[] shape, int itemSize) {
        long[] s = new long[shape.length];
        long acc = itemSize;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= Math.max(shape[i], 1);
        }
        return s;
    }

    /** NumPy's tuple text: {@code (3,)}, {@code (3, 4)}, {@code ()}. */
    public static String str(long[] shape) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) b.append(", ");
            b.append(shape[i]);
        }
        if (shape.length == 1) b.append(',');
        return b.append(')').toString();
    }

    /** NumPy's broadcast-error spelling of a shape: {@code (3,4)} with no spaces. */
    public static String compact(long[] shape) {
        return str(shape).replace(" ", "");
    }

    /** The broadcast shape of two shapes, or NumPy's error. */
    public static long[] broadcast(long[] a, long[] b) {
        if (java.util.Arrays.equals(a, b)) return a;
        int n = Math.max(a.length, b.length);
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            long x = i < n - a.length ? 1 : a[i - (n - a.length)];
            long y = i < n - b.length ? 1 : b[i - (n - b.length)];
            if (x == y || y == 1) r[i] = x;
            else if (x == 1) r[i] = y;
            else throw new IllegalArgumentException("operands could not be broadcast together with shapes "
                    + compact(a) + " " + compact(b) + " ");
        }
        return r;
    }

    /**
     * The broadcast shape of several operands. NumPy's error then lists every operand's shape, as
     * {@code np.where} and a ufunc with an {@code out} operand (in-place ops) report it.
     */
    public static long[] broadcastAll(long[]... shapes) {
        long[] r = shapes[0];
        try {
            for (int i = 1; i < shapes.length; i++) r = broadcast(r, shapes[i]);
        } catch (IllegalArgumentException e) {
            StringBuilder b = new StringBuilder("operands could not be broadcast together with shapes ");
            for (long[] s : shapes) b.append(compact(s)).append(' ');
            throw new IllegalArgumentException(b.toString());
        }
        return r;
    }

    /** Byte strides that read an array of {@code shape}/{@code strides} as {@code target} (0 on broadcast axes). */
    public static long[] broadcastStrides(long[] shape, long[] strides, long[] target) {
        if (shape.length == target.length && java.util.Arrays.equals(shape, target)) return strides;
        long[] r = new long[target.length];
        int off = target.length - shape.length;
        for (int i = 0; i < shape.length; i++) {
            long d = shape[i];
            if (d == target[i + off]) r[i + off] = strides[i];
            else if (d == 1) r[i + off] = 0;
            else throw new IllegalArgumentException("input operand has a shape " + compact(shape)
                    + " that cannot be broadcast to " + compact(target));
        }
        return r;
    }

    /** Normalises a possibly negative axis, with NumPy's AxisError text. */
    public static int axis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim)
            throw new dev.numj.AxisException("axis " + axis + " is out of bounds for array of dimension " + ndim);
        return axis < 0 ? axis + ndim : axis;
    }

    /** The arrays one after another (shapes joined: batch axes, then a core's). */
    public static long[] concat(long[]... parts) {
        int n = 0;
        for (long[] p : parts) n += p.length;
        long[] r = new long[n];
        int i = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, r, i, p.length);
            i += p.length;
        }
        return r;
    }

    public static long[] toLong(int[] shape) {
        long[] r = new long[shape.length];
        for (int i = 0; i < shape.length; i++) r[i] = shape[i];
        return r;
    }

    /** NumPy's ValueError for a new array whose bytes would pass the largest intp. */
    public static final String TOO_BIG =
            "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.";

    /** Validates a requested shape (no negative sizes, a size a long can count), NumPy's texts. */
    public static long[] checked(long[] shape) { return checked(shape, 1); }

    /**
     * Validates the shape of a new array of {@code itemSize}-byte elements as NumPy's
     * PyArray_NewFromDescr does: no negative extent, and the nonzero extents' product times the item
     * size within a long (zero extents are skipped, so (0, 2^62, 2^62) is too big there too).
     */
    public static long[] checked(long[] shape, long itemSize) {
        for (long d : shape)
            if (d < 0) throw new IllegalArgumentException("negative dimensions are not allowed");
        if (overflows(shape, itemSize)) throw new IllegalArgumentException(TOO_BIG);
        return shape;
    }

    /** Whether the product of the nonzero extents of {@code shape}, times {@code factor}, passes Long.MAX_VALUE. */
    public static boolean overflows(long[] shape, long factor) {
        long p = factor;
        for (long d : shape) {
            if (d == 0) continue;
            long lo = p * d;
            if (Math.multiplyHigh(p, d) != 0 || lo < 0) return true;
            p = lo;
        }
        return false;
    }
}
