package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import static dev.numj.internal.ArrayAccess.viewOf;
import dev.numj.internal.Shapes;

import java.util.ArrayList;
import java.util.List;
import dev.numj.Index;
import dev.numj.NDArray;

/** Views that share memory: basic indexing, transpose, reshape (NumPy's rules and error texts). */
public final class Views {
    private Views() {}

    public static NDArray transpose(NDArray a, int[] axes) {
        int n = a.ndim();
        int[] perm = new int[n];
        if (axes == null) {
            for (int i = 0; i < n; i++) perm[i] = n - 1 - i;
        } else {
            if (axes.length != n) throw new IllegalArgumentException("axes don't match array");
            boolean[] seen = new boolean[n];
            for (int i = 0; i < n; i++) {
                int ax = Shapes.axis(axes[i], n);
                if (seen[ax]) throw new IllegalArgumentException("repeated axis in transpose");
                seen[ax] = true;
                perm[i] = ax;
            }
        }
        long[] sh = new long[n], st = new long[n];
        for (int i = 0; i < n; i++) {
            sh[i] = shapeOf(a)[perm[i]];
            st[i] = stridesOf(a)[perm[i]];
        }
        return viewOf(a, sh, st, offsetOf(a));
    }

    /** Resolves one -1 and checks the size, with NumPy's message. */
    public static long[] resolveShape(long size, long[] req) {
        long[] s = req.clone();
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == -1) {
                if (unknown >= 0) throw new IllegalArgumentException("can only specify one unknown dimension");
                unknown = i;
            } else if (s[i] < 0) {
                throw new IllegalArgumentException("negative dimensions not allowed");
            } else if (s[i] == 0 || known == 0) {
                known = 0;
            } else {
                // a product past the long range is no array's size (NumPy: "cannot reshape ..."); a later 0 still makes it 0
                known = known > Long.MAX_VALUE / s[i] ? Long.MAX_VALUE : known * s[i];
            }
        }
        if (known == Long.MAX_VALUE && size != Long.MAX_VALUE)
            throw new IllegalArgumentException("cannot reshape array of size " + size + " into shape " + shapeText(req));
        if (unknown >= 0) {
            if (known == 0 || size % known != 0)
                throw new IllegalArgumentException("cannot reshape array of size " + size + " into shape " + shapeText(req));
            s[unknown] = size / known;
        } else if (known != size) {
            throw new IllegalArgumentException("cannot reshape array of size " + size + " into shape " + shapeText(req));
        }
        return s;
    }

    /** NumPy 2's text for a requested shape: {@code (5,newaxis)} for (5, -1). */
    static String shapeText(long[] req) {
        int first = 0;
        while (first < req.length && req[first] < 0) first++;   // NumPy skips leading unknowns: (-1, 4) prints (4)
        if (first == req.length) return "()";
        StringBuilder b = new StringBuilder("(");
        for (int i = first; i < req.length; i++) {
            if (i > first) b.append(',');
            b.append(req[i] < 0 ? "newaxis" : Long.toString(req[i]));
        }
        if (req.length == 1) b.append(',');
        return b.append(')').toString();
    }

    public static NDArray reshape(NDArray a, long[] req) {
        long[] ns = resolveShape(a.size(), req);
        long[] st = viewStrides(a, ns);
        if (st != null) return viewOf(a, ns, st, offsetOf(a));
        NDArray c = Ufuncs.copyAs(a, a.dtype());
        return ArrayAccess.create(storageOf(c), c.dtype(), ns, Shapes.cStrides(ns, c.dtype().itemSize()), 0, null);
    }

    /** Strides that read {@code a} in C order as {@code ns}, or null when a copy is needed (NumPy's _attempt_nocopy_reshape). */
    private static long[] viewStrides(NDArray a, long[] ns) {
        if (a.size() == 0 || a.isContiguous()) return Shapes.cStrides(ns, a.dtype().itemSize());
        // drop size-1 axes of the old shape
        List<long[]> old = new ArrayList<>();
        for (int i = 0; i < shapeOf(a).length; i++) if (shapeOf(a)[i] != 1) old.add(new long[] {shapeOf(a)[i], stridesOf(a)[i]});
        long[] st = new long[ns.length];
        int oi = 0, oj = 1, ni = 0, nj = 1;
        int on = old.size(), nn = ns.length;
        long[] od = new long[on], os = new long[on];
        for (int i = 0; i < on; i++) { od[i] = old.get(i)[0]; os[i] = old.get(i)[1]; }
        while (ni < nn && oi < on) {
            long np = ns[ni], op = od[oi];
            while (np != op) {
                if (np < op) np *= ns[nj++];
                else op *= od[oj++];
            }
            for (int k = oi; k < oj - 1; k++) if (os[k] != od[k + 1] * os[k + 1]) return null;
            st[nj - 1] = os[oj - 1];
            for (int k = nj - 1; k > ni; k--) st[k - 1] = st[k] * ns[k];
            ni = nj++;
            oi = oj++;
        }
        long last = ni > 0 ? st[ni - 1] : a.dtype().itemSize();
        for (int k = ni; k < nn; k++) st[k] = last;   // trailing size-1 axes
        return st;
    }

    /** NumPy basic indexing {@code a[i, j, ...]} with integers: a view (0-d for a full index). */
    public static NDArray at(NDArray a, long... index) {
        Index[] items = new Index[index.length];
        for (int i = 0; i < index.length; i++) items[i] = new Index.At(index[i]);
        return index(a, items);
    }

    /** NumPy basic indexing: integers, slices, ellipsis and new axes give a view. */
    public static NDArray index(NDArray a, Index[] items) {
        if (AdvancedIndex.isAdvanced(items)) return AdvancedIndex.get(a, items);   // masks, integer arrays: a copy
        int consumed = 0, ellipses = 0;
        for (Index it : items) {
            if (it instanceof Index.Ellipsis) ellipses++;
            else if (!(it instanceof Index.NewAxis)) consumed++;
        }
        if (ellipses > 1) throw new IndexOutOfBoundsException("an index can only have a single ellipsis ('...')");
        if (consumed > a.ndim())
            throw new IndexOutOfBoundsException("too many indices for array: array is " + a.ndim()
                    + "-dimensional, but " + consumed + " were indexed");
        List<Long> sh = new ArrayList<>(), st = new ArrayList<>();
        long off = offsetOf(a);
        int dim = 0;
        for (Index it : items) {
            switch (it) {
                case Index.Ellipsis e -> {
                    for (int k = 0; k < a.ndim() - consumed; k++, dim++) {
                        sh.add(shapeOf(a)[dim]);
                        st.add(stridesOf(a)[dim]);
                    }
                }
                case Index.NewAxis n -> {
                    sh.add(1L);
                    st.add(0L);
                }
                case Index.At at -> off += integerOffset(a, dim++, at.index());
                case Index.Array x -> throw new IllegalStateException("index arrays are handled by AdvancedIndex");
                case Index.Slice s -> {
                    long[] r = sliceIndices(s, shapeOf(a)[dim]);
                    off += r[0] * stridesOf(a)[dim];
                    sh.add(r[3]);
                    st.add(stridesOf(a)[dim] * r[2]);
                    dim++;
                }
            }
        }
        for (; dim < a.ndim(); dim++) {
            sh.add(shapeOf(a)[dim]);
            st.add(stridesOf(a)[dim]);
        }
        return viewOf(a, sh.stream().mapToLong(Long::longValue).toArray(),
                st.stream().mapToLong(Long::longValue).toArray(), off);
    }

    /** The byte offset of position {@code k} (negative from the end) along {@code axis}, with NumPy's IndexError. */
    public static long integerOffset(NDArray a, int axis, long k) {
        long len = shapeOf(a)[axis];
        if (k < -len || k >= len)
            throw new IndexOutOfBoundsException("index " + k + " is out of bounds for axis " + axis + " with size " + len);
        return (k < 0 ? k + len : k) * stridesOf(a)[axis];
    }

    /**
     * Python's slice.indices(len): {start, stop, step, length}, as CPython's PySlice_Unpack (a step of
     * Long.MIN_VALUE is taken as -Long.MAX_VALUE, so that -step exists) and PySlice_AdjustIndices
     * (the length as (stop - start - 1) / step + 1, which cannot overflow as stop - start + step - 1 can).
     */
    public static long[] sliceIndices(Index.Slice s, long len) {
        long step = s.step() == null ? 1 : s.step();
        if (step == 0) throw new IllegalArgumentException("slice step cannot be zero");
        if (step == Long.MIN_VALUE) step = -Long.MAX_VALUE;
        long lower = step < 0 ? -1 : 0, upper = step < 0 ? len - 1 : len;
        long start = clampSlice(s.start(), len, lower, upper, step < 0 ? upper : lower);
        long stop = clampSlice(s.stop(), len, lower, upper, step < 0 ? lower : upper);
        long n = step > 0 ? (stop > start ? (stop - start - 1) / step + 1 : 0)
                : (start > stop ? (start - stop - 1) / (-step) + 1 : 0);
        return new long[] {start, stop, step, n};
    }

    private static long clampSlice(Long v, long len, long lower, long upper, long dflt) {
        if (v == null) return dflt;
        long x = v;
        if (x < 0) {
            x += len;
            if (x < lower) x = lower;
        } else if (x > upper) {
            x = upper;
        }
        return x;
    }
}
