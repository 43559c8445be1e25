package dev.numj.internal.linalg;

import dev.numj.internal.Creation;
import static dev.numj.internal.ArrayAccess.shapeOf;
import dev.numj.internal.Rearranging;
import dev.numj.internal.Reductions;
import dev.numj.internal.Shapes;
import dev.numj.internal.Shaping;
import dev.numj.internal.Ufuncs;
import dev.numj.internal.Views;
import dev.numj.DType;
import dev.numj.NDArray;

/**
 * NumPy's {@code np.linalg.norm}, composed from NumJ's ufuncs, reductions and {@link Spectral#svd}
 * exactly as {@code numpy/linalg/_linalg.py} composes it from NumPy's: the same cases in the same
 * order, the same dtypes (integers become float64, float32 stays float32), the same errors.
 * {@code ord} is null (NumPy's None), a {@link Double} or a {@link String}. The Array API's
 * {@code vector_norm} and {@code matrix_norm} are NumPy's wrappers around it, reproduced here.
 */
public final class Norms {
    private Norms() {}

    public static NDArray norm(NDArray x, Object ord, int[] axis, boolean keepdims) {
        if (!x.dtype().isFloating()) x = Ufuncs.copyAs(x, DType.FLOAT64);
        int nd = x.ndim();
        if (axis == null) {
            boolean fro = "f".equals(ord) || "fro".equals(ord);
            if (ord == null || (fro && nd == 2) || (isNumber(ord, 2) && nd == 1)) {
                NDArray v = Views.reshape(x, new long[] {-1});
                NDArray ret = Ufuncs.unary(Ufuncs.SQRT, Products.dot(v, v));
                return keepdims ? Views.reshape(ret, ones(nd)) : ret;
            }
            axis = new int[nd];
            for (int i = 0; i < nd; i++) axis[i] = i;
        }
        if (axis.length == 1) return vectorNormAlong(x, ord, Shapes.axis(axis[0], nd), keepdims);
        if (axis.length == 2) return matrixNormOver(x, ord, axis, keepdims);
        throw new IllegalArgumentException("Improper number of dimensions to norm.");
    }

    /**
     * NumPy's {@code np.linalg.vector_norm(x, axis=axes, keepdims=keepdims, ord=ord)}: axes null (None) norms the
     * flattened array; otherwise the axes (any number, NumPy's normalize_axis_tuple errors) are moved to the front
     * and merged into one, as NumPy does, and the norm is taken along it.
     */
    public static NDArray vectorNorm(NDArray x, double ord, int[] axes, boolean keepdims) {
        long[] shape = shapeOf(x);
        int nd = shape.length;
        int[] normed;
        NDArray merged;
        if (axes == null) {
            normed = new int[nd];
            for (int i = 0; i < nd; i++) normed[i] = i;
            merged = Views.reshape(x, new long[] {-1});
        } else {
            normed = Rearranging.axisTuple(axes, nd, null, "repeated axis");
            boolean[] in = new boolean[nd];
            for (int a : normed) in[a] = true;
            int[] perm = new int[nd];
            long[] mergedShape = new long[nd - normed.length + 1];
            mergedShape[0] = 1;
            int k = 0;
            for (int a : normed) {
                perm[k++] = a;
                mergedShape[0] *= shape[a];
            }
            for (int i = 0, j = 1; i < nd; i++)
                if (!in[i]) {
                    perm[k++] = i;
                    mergedShape[j++] = shape[i];
                }
            merged = Views.reshape(Views.transpose(x, perm), mergedShape);
        }
        NDArray ret = norm(merged, ord, new int[] {0}, false);
        if (!keepdims) return ret;
        long[] kept = shape.clone();
        for (int a : normed) kept[a] = 1;
        return Views.reshape(ret, kept);
    }

    /**
     * NumPy's {@code np.linalg.matrix_norm(x, keepdims=keepdims, ord=ord)}: the norm over the last two axes
     * ({@code norm(x, ord, axis=(-2, -1))}); ord null, a {@link Double} or a {@link String}.
     */
    public static NDArray matrixNorm(NDArray x, Object ord, boolean keepdims) { return norm(x, ord, new int[] {-2, -1}, keepdims); }

    private static boolean isNumber(Object ord, double v) { return ord instanceof Double d && d == v; }

    private static long[] ones(int n) {
        long[] s = new long[n];
        java.util.Arrays.fill(s, 1);
        return s;
    }

    private static NDArray vectorNormAlong(NDArray x, Object ord, int ax, boolean keepdims) {
        if (ord instanceof String s) throw new IllegalArgumentException("Invalid norm order '" + s + "' for vectors");
        int[] axes = {ax};
        double p = ord == null ? 2 : (Double) ord;
        if (p == Double.POSITIVE_INFINITY) return maxOrZero(Ufuncs.unary(Ufuncs.ABS, x), ax, keepdims);
        if (p == Double.NEGATIVE_INFINITY) return Reductions.extreme(Ufuncs.unary(Ufuncs.ABS, x), false, axes, keepdims);
        if (p == 0) return Reductions.sum(Ufuncs.copyAs(Ufuncs.binary(Ufuncs.NE, x, 0L), x.dtype()), axes, keepdims);
        if (p == 1) return Reductions.sum(Ufuncs.unary(Ufuncs.ABS, x), axes, keepdims);
        if (p == 2) return Ufuncs.unary(Ufuncs.SQRT, Reductions.sum(Ufuncs.binary(Ufuncs.MUL, x, x), axes, keepdims));
        NDArray ret = Reductions.sum(Ufuncs.binary(Ufuncs.POW, Ufuncs.unary(Ufuncs.ABS, x), p), axes, keepdims);
        // NumPy: ret **= reciprocal(ord, dtype=ret.dtype), the reciprocal rounded to ret's dtype
        double inv = ret.dtype() == DType.FLOAT32 ? 1f / (float) p : 1.0 / p;
        return Ufuncs.binary(Ufuncs.POW, ret, inv);
    }

    private static NDArray matrixNormOver(NDArray x, Object ord, int[] axis, boolean keepdims) {
        int nd = x.ndim();
        int row = Shapes.axis(axis[0], nd), col = Shapes.axis(axis[1], nd);
        if (row == col) throw new IllegalArgumentException("Duplicate axes given.");
        NDArray ret;
        if (ord == null || "f".equals(ord) || "fro".equals(ord)) {
            ret = Ufuncs.unary(Ufuncs.SQRT, Reductions.sum(Ufuncs.binary(Ufuncs.MUL, x, x), new int[] {row, col}, false));
        } else if ("nuc".equals(ord)) {
            ret = sum(singularValues(x, row, col), -1);
        } else if (ord instanceof Double p && (p == 2 || p == -2)) {
            NDArray s = singularValues(x, row, col);
            ret = p == 2 ? maxOrZero(s, s.ndim() - 1, false) : min(s, -1);
        } else if (ord instanceof Double p && (p == 1 || p == -1)) {
            NDArray sums = sum(Ufuncs.unary(Ufuncs.ABS, x), row);
            int c = col > row ? col - 1 : col;
            ret = p == 1 ? maxOrZero(sums, c, false) : min(sums, c);
        } else if (ord instanceof Double p && Double.isInfinite(p)) {
            NDArray sums = sum(Ufuncs.unary(Ufuncs.ABS, x), col);
            int r = row > col ? row - 1 : row;
            ret = p > 0 ? maxOrZero(sums, r, false) : min(sums, r);
        } else {
            throw new IllegalArgumentException("Invalid norm order for matrices.");
        }
        if (keepdims) {
            long[] shape = shapeOf(x).clone();
            shape[row] = 1;
            shape[col] = 1;
            ret = Views.reshape(ret, shape);
        }
        return ret;
    }

    /** NumPy's {@code _multi_svd_norm}: the singular values of x with (row, col) moved to the end. */
    private static NDArray singularValues(NDArray x, int row, int col) {
        int nd = x.ndim();
        int[] perm = new int[nd];
        for (int i = 0, k = 0; i < nd; i++) if (i != row && i != col) perm[k++] = i;
        perm[nd - 2] = row;
        perm[nd - 1] = col;
        return Spectral.svd(Views.transpose(x, perm), false, false).s();
    }

    /** NumPy's {@code max(axis=ax, initial=0)} of non-negative values: 0 over an empty axis. */
    private static NDArray maxOrZero(NDArray a, int ax, boolean keepdims) {
        if (shapeOf(a)[ax] > 0) return Reductions.extreme(a, true, new int[] {ax}, keepdims);
        long[] shape = shapeOf(a).clone();
        shape[ax] = 1;
        NDArray z = Creation.zeros(a.dtype(), shape);
        return keepdims ? z : Shaping.squeeze(z, new int[] {ax});
    }

    /** {@code a.sum(axis)}. */
    private static NDArray sum(NDArray a, int axis) { return Reductions.sum(a, Reductions.intAxis(a, axis), false); }

    /** {@code a.min(axis)}. */
    private static NDArray min(NDArray a, int axis) { return Reductions.extreme(a, false, Reductions.intAxis(a, axis), false); }
}
