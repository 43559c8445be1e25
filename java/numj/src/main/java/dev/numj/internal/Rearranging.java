package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import static dev.numj.internal.ArrayAccess.viewOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import dev.numj.AxisException;
import dev.numj.DType;
import dev.numj.Index;
import dev.numj.NDArray;

/**
 * NumPy's rearranging functions: {@code moveaxis}, {@code flip}, {@code rot90}, {@code atleast_1d/2d/3d},
 * {@code broadcast_arrays}, {@code broadcast_shapes} and {@code unstack} as views (NumPy's views),
 * {@code tile}, {@code repeat}, {@code roll} and {@code diff} as new arrays. The copies are a broadcast
 * view (stride 0 on the repeated axes) written out by the backend's copy, the gather kernel, or
 * ufuncs over slices, with NumPy's error texts.
 */
public final class Rearranging {
    private Rearranging() {}

    /** NumPy's normalize_axis_tuple: AxisError (prefixed with the argument's name when given) and "repeated axis". */
    public static int[] axisTuple(int[] axes, int ndim, String argName, String repeated) {
        int[] r = new int[axes.length];
        boolean[] seen = new boolean[Math.max(ndim, 0)];
        for (int i = 0; i < axes.length; i++) {
            int ax = axes[i];
            if (ax < -ndim || ax >= ndim)
                throw new AxisException((argName == null ? "" : argName + ": ") + "axis " + ax
                        + " is out of bounds for array of dimension " + ndim);
            r[i] = ax < 0 ? ax + ndim : ax;
        }
        for (int x : r) {
            if (seen[x]) throw new IllegalArgumentException(repeated);
            seen[x] = true;
        }
        return r;
    }

    /** NumPy {@code np.moveaxis(a, source, destination)}: a view. */
    public static NDArray moveaxis(NDArray a, int[] source, int[] destination) {
        int n = a.ndim();
        int[] src = axisTuple(source, n, "source", "repeated axis in `source` argument");
        int[] dst = axisTuple(destination, n, "destination", "repeated axis in `destination` argument");
        if (src.length != dst.length)
            throw new IllegalArgumentException("`source` and `destination` arguments must have the same number of elements");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean moved = false;
            for (int s : src) moved |= s == i;
            if (!moved) order.add(i);
        }
        Integer[] pairs = new Integer[src.length];
        for (int i = 0; i < pairs.length; i++) pairs[i] = i;
        Arrays.sort(pairs, (x, y) -> dst[x] != dst[y] ? Integer.compare(dst[x], dst[y]) : Integer.compare(src[x], src[y]));
        for (int p : pairs) order.add(dst[p], src[p]);
        return Views.transpose(a, order.stream().mapToInt(Integer::intValue).toArray());
    }

    /** NumPy {@code np.flip(a, axis)}: a view reversed along the given axes (every axis when null). */
    public static NDArray flip(NDArray a, int[] axes) {
        int n = a.ndim();
        int[] ax;
        if (axes == null) {
            ax = new int[n];
            for (int i = 0; i < n; i++) ax[i] = i;
        } else {
            ax = axisTuple(axes, n, null, "repeated axis");
        }
        long[] sh = shapeOf(a).clone(), st = stridesOf(a).clone();
        long off = offsetOf(a);
        for (int d : ax) {
            if (sh[d] > 0) off += (sh[d] - 1) * st[d];
            st[d] = -st[d];
        }
        return viewOf(a, sh, st, off);
    }

    /** NumPy {@code np.rot90(m, k, axes)}: a view rotating from the first axis towards the second. */
    public static NDArray rot90(NDArray m, int k, int[] axes) {
        if (axes.length != 2) throw new IllegalArgumentException("len(axes) must be 2.");
        int n = m.ndim();
        if (axes[0] == axes[1] || Math.abs(axes[0] - axes[1]) == n) throw new IllegalArgumentException("Axes must be different.");
        if (axes[0] >= n || axes[0] < -n || axes[1] >= n || axes[1] < -n)
            throw new IllegalArgumentException("Axes=(" + axes[0] + ", " + axes[1] + ") out of range for array of ndim=" + n + ".");
        k = Math.floorMod(k, 4);
        if (k == 0) return viewOf(m, shapeOf(m).clone(), stridesOf(m).clone(), offsetOf(m));
        if (k == 2) return flip(flip(m, new int[] {axes[0]}), new int[] {axes[1]});
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        int a0 = axes[0] < 0 ? axes[0] + n : axes[0], a1 = axes[1] < 0 ? axes[1] + n : axes[1];
        perm[a0] = a1;
        perm[a1] = a0;
        if (k == 1) return Views.transpose(flip(m, new int[] {axes[1]}), perm);
        return flip(Views.transpose(m, perm), new int[] {axes[1]});
    }

    /** NumPy {@code np.atleast_1d}, {@code atleast_2d}, {@code atleast_3d} (by {@code dims}): a itself or a view. */
    public static NDArray atleast(NDArray a, int dims) {
        long[] s = shapeOf(a);
        if (s.length >= dims) return a;
        long[] ns = switch (dims) {
            case 1 -> new long[] {1};
            case 2 -> s.length == 0 ? new long[] {1, 1} : new long[] {1, s[0]};
            default -> s.length == 0 ? new long[] {1, 1, 1} : s.length == 1 ? new long[] {1, s[0], 1} : new long[] {s[0], s[1], 1};
        };
        return Views.reshape(a, ns);
    }

    /**
     * NumPy {@code np.broadcast_shapes(*shapes)}, with its message naming the first two arguments that
     * disagree.
     */
    public static long[] broadcastShapes(long[]... shapes) {
        int nd = 0;
        for (long[] s : shapes) nd = Math.max(nd, s.length);
        long[] out = new long[nd];
        for (int i = 0; i < nd; i++) {
            long tmp = 1;
            int src = -1;
            for (int j = 0; j < shapes.length; j++) {
                int k = i + shapes[j].length - nd;
                if (k < 0) continue;
                long d = shapes[j][k];
                if (d == 1) continue;
                if (src < 0 || tmp == 1) {
                    tmp = d;
                    src = j;
                } else if (tmp != d) {
                    throw new IllegalArgumentException("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg "
                            + src + " with shape " + Shapes.str(shapes[src]) + " and arg " + j + " with shape " + Shapes.str(shapes[j]) + ".");
                }
            }
            out[i] = tmp;
        }
        return out;
    }

    /**
     * NumPy {@code np.broadcast_arrays(*arrays)}: the inputs themselves when they all have the broadcast
     * shape already, else views of it; a view that repeats memory (a stride 0 where the input had none) is
     * read-only, NumPy's announced rule (NumPy 2 still returns it writeable, with a warning on write).
     */
    public static List<NDArray> broadcastArrays(List<NDArray> arrays) {
        long[][] shapes = new long[arrays.size()][];
        for (int i = 0; i < shapes.length; i++) shapes[i] = shapeOf(java.util.Objects.requireNonNull(arrays.get(i), "array " + i + " is null"));
        long[] shape = broadcastShapes(shapes);
        boolean same = true;
        for (long[] s : shapes) same &= Arrays.equals(s, shape);
        if (same) return new ArrayList<>(arrays);
        List<NDArray> out = new ArrayList<>(arrays.size());
        for (NDArray a : arrays) {
            if (Arrays.equals(shapeOf(a), shape)) out.add(viewOf(a, shapeOf(a).clone(), stridesOf(a).clone(), offsetOf(a)));
            else out.add(Shaping.broadcastTo(a, shape));
        }
        return out;
    }

    /** NumPy {@code np.unstack(x, axis)}: the views {@code x[..., i, ...]} along {@code axis}. */
    public static List<NDArray> unstack(NDArray x, int axis) {
        if (x.ndim() == 0) throw new IllegalArgumentException("Input array must be at least 1-d.");
        int ax = axisTuple(new int[] {axis}, x.ndim(), "source", "repeated axis")[0];   // NumPy moves the axis first
        List<NDArray> out = new ArrayList<>();
        for (long i = 0; i < shapeOf(x)[ax]; i++) {
            Index[] items = new Index[ax + 1];
            Arrays.fill(items, Index.ALL);
            items[ax] = new Index.At(i);
            out.add(Views.index(x, items));
        }
        return out;
    }

    // ---- copies ------------------------------------------------------------------------------------

    /** NumPy {@code np.tile(A, reps)}: the array repeated {@code reps[i]} times along each (right-aligned) axis. */
    public static NDArray tile(NDArray a, long[] reps) {
        int nd = Math.max(reps.length, a.ndim());
        long[] sh = new long[nd], st = new long[nd], tup = new long[nd];
        int lead = nd - a.ndim(), rlead = nd - reps.length;
        for (int i = 0; i < nd; i++) {
            sh[i] = i < lead ? 1 : shapeOf(a)[i - lead];
            st[i] = i < lead ? 0 : stridesOf(a)[i - lead];
            tup[i] = i < rlead ? 1 : reps[i - rlead];
        }
        long[] bshape = new long[2 * nd], bstrides = new long[2 * nd], out = new long[nd];
        for (int i = 0; i < nd; i++) {
            bshape[2 * i] = tup[i];
            bshape[2 * i + 1] = sh[i];
            bstrides[2 * i + 1] = st[i];
            out[i] = Math.multiplyExact(tup[i], sh[i]);
        }
        // NumPy repeats axis by axis and only a repeat of something non-empty rejects a negative count;
        // an emptied array then fails in the final reshape
        long left = a.size();
        for (long t : tup) {
            if (t == 1 || left == 0) continue;
            if (t < 0) throw new IllegalArgumentException("negative dimensions are not allowed");
            left = Math.multiplyHigh(left, t) != 0 || left * t < 0 ? Long.MAX_VALUE : left * t;   // too big: Shapes.checked says so
        }
        int unknown = 0;
        for (long o : out) if (o < 0) unknown++;
        // NumPy's reshape reads every negative extent as an unknown one
        if (unknown > 1) throw new IllegalArgumentException("can only specify one unknown dimension");
        if (unknown == 1) throw new IllegalArgumentException("cannot reshape array of size 0 into shape " + Views.shapeText(out));
        if (left == 0) return ArrayAccess.allocate(a.dtype(), Shapes.checked(out, a.dtype().itemSize()));
        Shapes.checked(out, a.dtype().itemSize());
        NDArray b = viewOf(a, bshape, bstrides, offsetOf(a));
        return Views.reshape(Ufuncs.copyAs(b, a.dtype()), out);
    }

    /** NumPy {@code np.repeat(a, repeats, axis)} with one count for every element; a null axis flattens first. */
    public static NDArray repeat(NDArray a, long repeats, Integer axis) {
        NDArray src = axis == null ? Views.reshape(a, new long[] {-1}) : a;
        if (axis != null && a.ndim() == 0) Shapes.axis(axis, 1);   // NumPy takes a 0-d array as shape (1,)
        if (src.ndim() == 0) src = Views.reshape(src, new long[] {1});
        int ax = axis == null ? 0 : Shapes.axis(axis, src.ndim());
        // NumPy broadcasts the count to the axis and checks each copy: an empty axis has none to check
        if (repeats < 0 && shapeOf(src)[ax] > 0) throw new IllegalArgumentException("negative dimensions are not allowed");
        if (repeats < 0) repeats = 0;
        int nd = src.ndim();
        long[] bshape = new long[nd + 1], bstrides = new long[nd + 1], out = shapeOf(src).clone();
        for (int i = 0, j = 0; i < nd; i++) {
            bshape[j] = shapeOf(src)[i];
            bstrides[j++] = stridesOf(src)[i];
            if (i == ax) bshape[j++] = repeats;   // stride 0
        }
        out[ax] = Math.multiplyExact(out[ax], repeats);
        Shapes.checked(out, a.dtype().itemSize());
        return Views.reshape(Ufuncs.copyAs(viewOf(src, bshape, bstrides, offsetOf(src)), a.dtype()), out);
    }

    /** NumPy {@code np.repeat(a, repeats, axis)} with a count per element along the axis (size 1 broadcasts). */
    public static NDArray repeat(NDArray a, NDArray repeats, Integer axis) {
        if (!repeats.dtype().isInteger() && !repeats.dtype().isBool())
            throw new dev.numj.NumJTypeException("Cannot cast array data from dtype('" + repeats.dtype()
                    + "') to dtype('int64') according to the rule 'safe'");
        if (repeats.size() == 1) return repeat(a, Elements.itemLong(repeats), axis);
        NDArray src = axis == null ? Views.reshape(a, new long[] {-1}) : a;
        if (src.ndim() == 0) {
            if (axis != null) Shapes.axis(axis, 1);
            src = Views.reshape(src, new long[] {1});
        }
        int ax = axis == null ? 0 : Shapes.axis(axis, src.ndim());
        long n = shapeOf(src)[ax];
        if (repeats.ndim() > 1 || repeats.size() != n)
            throw new IllegalArgumentException("operands could not be broadcast together with shape (" + n + ",) "
                    + Shapes.str(new long[] {repeats.size()}).replace(" ", ""));
        NDArray r = Ufuncs.copyAs(Views.reshape(repeats, new long[] {-1}), DType.INT64);
        if (n > 0 && Elements.itemLong(Reductions.extreme(r, false, null, false)) < 0)
            throw new IllegalArgumentException("repeats may not contain negative values.");
        NDArray ends = Scans.cumsum(r, 0);
        long total = n == 0 ? 0 : Elements.getLong(ends, n - 1);
        // output position p reads source element searchsorted(ends, p, 'right')
        NDArray idx = Searching.searchsorted(ends, Creation.arange(0, total, 1, DType.INT64), "right", null);
        return AdvancedIndex.take(src, idx, ax);
    }

    /** NumPy {@code np.roll(a, shift, axis)}: a copy shifted along each axis (the flattened array when axes is null). */
    public static NDArray roll(NDArray a, long[] shifts, int[] axes) {
        if (axes == null) return Views.reshape(roll(Views.reshape(a, new long[] {-1}), shifts, new int[] {0}), shapeOf(a).clone());
        int n = a.ndim();
        for (int ax : axes) Shapes.axis(ax, n);
        int len = Math.max(shifts.length, axes.length);
        if ((shifts.length != 1 && shifts.length != len) || (axes.length != 1 && axes.length != len))
            throw new IllegalArgumentException("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ("
                    + shifts.length + ",) and arg 1 with shape (" + axes.length + ",).");
        long[] net = new long[n];
        for (int i = 0; i < len; i++) {
            int ax = Shapes.axis(axes[axes.length == 1 ? 0 : i], n);
            net[ax] += shifts[shifts.length == 1 ? 0 : i];
        }
        NDArray r = a;
        boolean copied = false;
        for (int ax = 0; ax < n; ax++) {
            long len0 = shapeOf(a)[ax];
            if (len0 == 0) continue;
            long s = Math.floorMod(net[ax], len0);
            if (s == 0) continue;
            Index[] head = new Index[ax + 1], tail = new Index[ax + 1];
            Arrays.fill(head, Index.ALL);
            Arrays.fill(tail, Index.ALL);
            head[ax] = new Index.Slice(len0 - s, null, null);
            tail[ax] = new Index.Slice(null, len0 - s, null);
            r = Joining.concatenate(List.of(Views.index(r, head), Views.index(r, tail)), ax);
            copied = true;
        }
        return copied ? r : Ufuncs.copyAs(a, a.dtype());
    }

    /** NumPy {@code np.diff(a, n, axis, prepend, append)}; prepend and append may be null (not given). */
    public static NDArray diff(NDArray a, int n, int axis, NDArray prepend, NDArray append) {
        if (n == 0) return a;
        if (n < 0) throw new IllegalArgumentException("order must be non-negative but got " + n);
        if (a.ndim() == 0) throw new IllegalArgumentException("diff requires input that is at least one dimensional");
        int ax = Shapes.axis(axis, a.ndim());
        List<NDArray> combined = new ArrayList<>();
        if (prepend != null) combined.add(edge(a, prepend, ax));
        combined.add(a);
        if (append != null) combined.add(edge(a, append, ax));
        NDArray r = combined.size() > 1 ? Joining.concatenate(combined, ax) : a;
        Index[] hi = new Index[ax + 1], lo = new Index[ax + 1];
        Arrays.fill(hi, Index.ALL);
        Arrays.fill(lo, Index.ALL);
        hi[ax] = new Index.Slice(1L, null, null);
        lo[ax] = new Index.Slice(null, -1L, null);
        for (int i = 0; i < n; i++)
            r = Ufuncs.binary(r.dtype().isBool() ? Ufuncs.NE : Ufuncs.SUB, Views.index(r, hi), Views.index(r, lo));
        return r;
    }

    /** A 0-d prepend/append broadcast to a's shape with length 1 along the axis (NumPy's rule). */
    private static NDArray edge(NDArray a, NDArray v, int ax) {
        if (v.ndim() > 0) return v;
        long[] s = shapeOf(a).clone();
        s[ax] = 1;
        return Shaping.broadcastTo(v, s);
    }
}
