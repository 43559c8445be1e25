package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.shapeOf;

import dev.numj.DType;
import dev.numj.Index;
import dev.numj.NDArray;
import dev.numj.NumJTypeException;
import dev.numj.internal.Ufuncs.Ufunc;
import dev.numj.internal.ffi.numj.NumjCpu;

import java.util.Arrays;

/**
 * NumPy's ufunc methods {@code reduce}, {@code accumulate}, {@code outer} and {@code reduceat} for the
 * binary ufuncs. add, multiply, maximum and minimum reduce with the native reduction kernels (add and
 * multiply accumulate with the native scan), in NumPy's dtypes (bool and int32 add and multiply in
 * int64); any other ufunc folds along the axis one slice at a time, each step a native binary op, in
 * the order NumPy applies it.
 */
public final class UfuncMethods {
    private UfuncMethods() {}

    /** The dtype add/multiply reduce and accumulate in (NumPy's int64 for bool and int32). */
    private static DType foldType(Ufunc f, DType dt) {
        if (f == Ufuncs.ADD || f == Ufuncs.MUL) return Reductions.sumType(dt);
        return Ufuncs.resolve(f, dt, dt)[1];
    }

    private static IllegalArgumentException noIdentity(Ufunc f) {
        return new IllegalArgumentException("zero-size array to reduction operation " + f.name() + " which has no identity");
    }

    /** The ufuncs NumPy may reduce over several axes at once (associative and commutative). */
    private static boolean reorderable(Ufunc f) {
        return f == Ufuncs.ADD || f == Ufuncs.MUL || f == Ufuncs.MAXIMUM || f == Ufuncs.MINIMUM || f == Ufuncs.FMAX
                || f == Ufuncs.FMIN || f == Ufuncs.BITWISE_AND || f == Ufuncs.BITWISE_OR || f == Ufuncs.BITWISE_XOR
                || f == Ufuncs.LOGICAL_AND || f == Ufuncs.LOGICAL_OR || f == Ufuncs.LOGICAL_XOR;
    }

    /** The value an empty reduction gives (NumPy's ufunc identity), or null where it has none. */
    private static Object identity(Ufunc f, DType t) {
        if (f == Ufuncs.BITWISE_AND) return t.isBool() ? (Object) Boolean.TRUE : (Object) (-1L);
        if (f == Ufuncs.BITWISE_OR || f == Ufuncs.BITWISE_XOR || f == Ufuncs.LOGICAL_OR || f == Ufuncs.LOGICAL_XOR) return 0L;
        if (f == Ufuncs.LOGICAL_AND) return 1L;
        return null;
    }

    /** NumPy {@code f.reduce(a, axis=axes, keepdims=keepdims)}; {@code axes} null = all. */
    public static NDArray reduce(Ufunc f, NDArray a, int[] axes, boolean keepdims) {
        boolean[] red = Reductions.axes(a, axes);   // NumPy's AxisError, then its type errors
        DType t = foldType(f, a.dtype());
        int count = 0;
        for (boolean r : red) if (r) count++;
        if (count > 1 && !reorderable(f))
            throw new IllegalArgumentException("reduction operation '" + f.name() + "' is not reorderable, so at most one axis may be specified");
        if (f == Ufuncs.ADD) return Reductions.sum(a, axes, keepdims);
        if (f == Ufuncs.MUL) return Reductions.prod(a, axes, keepdims);
        if (f == Ufuncs.MAXIMUM || f == Ufuncs.MINIMUM) {
            for (int i = 0; i < red.length; i++) if (red[i] && shapeOf(a)[i] == 0) throw noIdentity(f);
            return Reductions.reduce(f == Ufuncs.MAXIMUM ? NumjCpu.NUMJ_RMAX() : NumjCpu.NUMJ_RMIN(), a.dtype(), a, red, keepdims);
        }
        NDArray r = a;
        // reduce one axis at a time, the last first, so earlier axis numbers stay valid
        for (int ax = red.length - 1; ax >= 0; ax--) if (red[ax]) r = foldAxis(f, t, r, ax, keepdims);
        if (r == a) r = Ufuncs.copyAs(a, t);
        return r;
    }

    private static NDArray foldAxis(Ufunc f, DType t, NDArray a, int ax, boolean keepdims) {
        long n = shapeOf(a)[ax];
        long[] kept = shapeOf(a).clone();
        kept[ax] = 1;
        if (n == 0) {
            Object id = identity(f, t);
            if (id == null && Shapes.size(kept) > 0) throw noIdentity(f);
            NDArray r = ArrayAccess.allocate(t, kept);
            if (id != null) Ufuncs.fill(r, id);
            return keepdims ? r : Views.reshape(r, without(kept, ax));
        }
        NDArray acc = Ufuncs.copyAs(slice(a, ax, 0), t);
        for (long i = 1; i < n; i++) {
            NDArray next = Ufuncs.binary(f, acc, slice(a, ax, i));
            acc = next.dtype() == t ? next : Ufuncs.copyAs(next, t);
        }
        return keepdims ? Views.reshape(acc, kept) : acc;
    }

    private static long[] without(long[] s, int ax) {
        long[] t = new long[s.length - 1];
        for (int i = 0, j = 0; i < s.length; i++) if (i != ax) t[j++] = s[i];
        return t;
    }

    /** a[..., i, ...] along axis ax: a view without that axis. */
    private static NDArray slice(NDArray a, int ax, long i) {
        Index[] items = new Index[ax + 1];
        Arrays.fill(items, Index.ALL);
        items[ax] = new Index.At(i);
        return Views.index(a, items);
    }

    /** NumPy {@code f.accumulate(a, axis=axis)}: the running results, a's shape. */
    public static NDArray accumulate(Ufunc f, NDArray a, int axis) {
        if (a.ndim() == 0) throw new NumJTypeException("cannot accumulate on a scalar");
        int ax = Shapes.axis(axis, a.ndim());
        if (f == Ufuncs.ADD) return Scans.cumsum(a, ax);
        if (f == Ufuncs.MUL) return Scans.cumprod(a, ax);
        DType t = foldType(f, a.dtype());
        NDArray out = ArrayAccess.allocate(t, shapeOf(a));
        long n = shapeOf(a)[ax];
        if (out.size() == 0) return out;
        NDArray acc = Ufuncs.copyAs(slice(a, ax, 0), t);
        Ufuncs.assign(slice(out, ax, 0), acc);
        for (long i = 1; i < n; i++) {
            acc = Ufuncs.binary(f, acc, slice(a, ax, i));
            Ufuncs.assign(slice(out, ax, i), acc);
        }
        return out;
    }

    /** NumPy {@code f.outer(a, b)}: {@code f(a[..., None, ...], b)}, shape a.shape + b.shape. */
    public static NDArray outer(Ufunc f, NDArray a, NDArray b) {
        long[] s = Arrays.copyOf(shapeOf(a), a.ndim() + b.ndim());
        Arrays.fill(s, a.ndim(), s.length, 1);
        return Ufuncs.binary(f, Views.reshape(a, s), b);
    }

    /**
     * NumPy {@code f.reduceat(a, indices, axis)}: for each i, the reduction of {@code a[indices[i]:indices[i+1]]}
     * along the axis, or {@code a[indices[i]]} where the next index is not larger; the last runs to the end.
     */
    public static NDArray reduceat(Ufunc f, NDArray a, long[] indices, int axis) {
        if (a.ndim() == 0) throw new NumJTypeException("cannot reduceat on a scalar");
        int ax = Shapes.axis(axis, a.ndim());
        long n = shapeOf(a)[ax];
        for (long i : indices)
            if (i < 0 || i >= n)
                throw new IndexOutOfBoundsException("index " + i + " out-of-bounds in " + f.name() + ".reduceat [0, " + n + ")");
        DType t = foldType(f, a.dtype());
        long[] s = shapeOf(a).clone();
        s[ax] = indices.length;
        NDArray out = ArrayAccess.allocate(t, s);
        for (int k = 0; k < indices.length; k++) {
            long lo = indices[k], hi = k + 1 < indices.length ? indices[k + 1] : n;
            NDArray seg;
            if (hi > lo) {
                Index[] items = new Index[ax + 1];
                Arrays.fill(items, Index.ALL);
                items[ax] = new Index.Slice(lo, hi, null);
                seg = reduce(f, Views.index(a, items), new int[] {ax}, false);
            } else {
                seg = slice(a, ax, lo);
            }
            Ufuncs.assign(slice(out, ax, k), seg);
        }
        return out;
    }
}
