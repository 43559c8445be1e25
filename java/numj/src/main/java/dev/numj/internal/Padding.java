package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.shapeOf;

import dev.numj.DType;
import dev.numj.Index;
import dev.numj.NDArray;

/**
 * NumPy's {@code np.pad} in modes constant, edge and reflect. Constant writes the input into the middle
 * of a filled array; edge and reflect gather each axis in turn through an index map (position to source
 * position) built once per axis, so the element moves are the gather kernel's.
 */
public final class Padding {
    private Padding() {}

    /**
     * NumPy's pad_width as NumPy accepts it: {@code {{n}}} or {@code {{before, after}}} for every axis,
     * {@code {{b0, a0}, {b1, a1}, ...}} per axis, {@code {{n0}, {n1}, ...}} one width per axis on both sides.
     */
    static long[][] widths(long[][] w, int ndim) {
        int rows = w.length, cols = rows == 0 ? 0 : w[0].length;
        for (long[] r : w) if (r.length != cols) throw new IllegalArgumentException("pad_width rows must all have the same length");
        for (long[] r : w) for (long x : r) if (x < 0) throw new IllegalArgumentException("index can't contain negative values");
        boolean fits = (rows == 1 || rows == ndim) && (cols == 1 || cols == 2);
        if (!fits)
            throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes [original->remapped]: "
                    + Shapes.compact(new long[] {rows, cols}) + "  and requested shape " + Shapes.compact(new long[] {ndim, 2}));
        long[][] r = new long[ndim][2];
        for (int i = 0; i < ndim; i++) {
            long[] row = w[rows == 1 ? 0 : i];
            r[i][0] = row[0];
            r[i][1] = row[cols == 1 ? 0 : 1];
        }
        return r;
    }

    /**
     * NumPy {@code np.pad(a, pad_width, 'constant', constant_values=values)} with values per side and axis, given
     * as NumPy takes them ({@code {{v}}}, {{@code {before, after}}}, one row per axis): NumPy fills axis by axis,
     * each axis's sides spanning the padding of the axes before it, so later axes own the corners.
     */
    public static NDArray padConstant(NDArray a, long[][] padWidth, double[][] values) {
        long[][] w = widths(padWidth, a.ndim());
        int rows = values.length, cols = rows == 0 ? 0 : values[0].length;
        for (double[] r : values) if (r.length != cols) throw new IllegalArgumentException("constant_values rows must all have the same length");
        if (!((rows == 1 || rows == a.ndim()) && (cols == 1 || cols == 2)))
            throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes [original->remapped]: "
                    + Shapes.compact(new long[] {rows, cols}) + "  and requested shape " + Shapes.compact(new long[] {a.ndim(), 2}));
        NDArray out = pad(a, padWidth, "constant", 0);
        int n = a.ndim();
        for (int d = 0; d < n; d++) {
            double[] row = values[rows == 1 ? 0 : d];
            for (int side = 0; side < 2; side++) {
                long width = w[d][side];
                if (width == 0) continue;
                long len = shapeOf(out)[d];
                Index[] items = new Index[d + 1];
                java.util.Arrays.fill(items, Index.ALL);
                items[d] = side == 0 ? new Index.Slice(0L, width, null) : new Index.Slice(len - width, len, null);
                Ufuncs.assign(Views.index(out, items), Creation.full(DType.FLOAT64, new long[0], row[cols == 1 ? 0 : side]));
            }
        }
        return out;
    }

    /** NumPy {@code np.pad(a, pad_width, mode, constant_values=value)}. */
    public static NDArray pad(NDArray a, long[][] padWidth, String mode, double value) {
        long[][] w = widths(padWidth, a.ndim());
        if (!"constant".equals(mode) && !"edge".equals(mode) && !"reflect".equals(mode))
            throw new IllegalArgumentException("mode '" + mode + "' is not supported");
        int n = a.ndim();
        if ("constant".equals(mode)) {
            long[] shape = new long[n];
            Index[] middle = new Index[n];
            for (int d = 0; d < n; d++) {
                shape[d] = Math.addExact(Math.addExact(shapeOf(a)[d], w[d][0]), w[d][1]);
                middle[d] = new Index.Slice(w[d][0], w[d][0] + shapeOf(a)[d], null);
            }
            NDArray out = ArrayAccess.allocate(a.dtype(), Shapes.checked(shape, a.dtype().itemSize()));
            Ufuncs.assign(out, Creation.full(DType.FLOAT64, new long[0], value));   // NumPy's unsafe cast of the value
            Ufuncs.assign(Views.index(out, middle), a);
            return out;
        }
        for (int d = 0; d < n; d++)
            if (shapeOf(a)[d] == 0 && (w[d][0] > 0 || w[d][1] > 0))
                throw new IllegalArgumentException("can't extend empty axis " + d + " using modes other than 'constant' or 'empty'");
        NDArray r = a;
        boolean copied = false;
        for (int d = 0; d < n; d++) {
            if (w[d][0] == 0 && w[d][1] == 0) continue;
            long len = shapeOf(a)[d], total = Math.addExact(Math.addExact(len, w[d][0]), w[d][1]);
            long[] map = new long[Math.toIntExact(total)];
            for (int p = 0; p < map.length; p++) map[p] = source(p - w[d][0], len, "reflect".equals(mode));
            r = AdvancedIndex.take(r, Creation.fromNested(map, DType.INT64), d);
            copied = true;
        }
        return copied ? r : Ufuncs.copyAs(a, a.dtype());
    }

    /** The source position of padded position p (relative to the first input element) along an axis of length n. */
    private static long source(long p, long n, boolean reflect) {
        if (p >= 0 && p < n) return p;
        if (!reflect || n == 1) return p < 0 ? 0 : n - 1;
        long period = 2 * (n - 1);
        long q = Math.floorMod(p, period);
        return q < n ? q : period - q;
    }
}
