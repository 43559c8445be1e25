package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.shapeOf;

import dev.numj.DType;
import dev.numj.Index;
import dev.numj.NDArray;
import dev.numj.NumJTypeException;
import dev.numj.internal.linalg.Matmul;

import java.util.Arrays;
import java.util.List;

/**
 * {@code average}, {@code ptp}, {@code cov} and {@code corrcoef} as NumPy writes them
 * ({@code numpy/lib/_function_base_impl.py}, {@code numpy/_core/fromnumeric.py}), composed from the
 * reductions, the ufuncs and matmul so that dtypes and rounding follow NumPy's.
 */
public final class Statistics {
    private Statistics() {}

    /** NumPy {@code np.ptp(a, axis, keepdims)}: max - min (bool fails as NumPy's boolean subtract). */
    public static NDArray ptp(NDArray a, int[] axes, boolean keepdims) {
        return Ufuncs.binary(Ufuncs.SUB, Reductions.extreme(a, true, axes, keepdims), Reductions.extreme(a, false, axes, keepdims));
    }

    /**
     * NumPy {@code np.average(a, axis, weights, returned=True, keepdims)}: {avg, sum of weights}; {@code weights}
     * null is the mean (the second item is then the count); {@code axes} null = all.
     */
    public static NDArray[] average(NDArray a, NDArray weights, int[] axes, boolean keepdims) {
        if (axes != null) {
            // NumPy's normalize_axis_tuple(axis, a.ndim, argname="axis")
            boolean[] seen = new boolean[a.ndim()];
            for (int ax : axes) {
                if (ax < -a.ndim() || ax >= a.ndim())
                    throw new dev.numj.AxisException("axis: axis " + ax + " is out of bounds for array of dimension " + a.ndim());
                int k = ax < 0 ? ax + a.ndim() : ax;
                if (seen[k]) throw new IllegalArgumentException("repeated axis in `axis` argument");
                seen[k] = true;
            }
        }
        NDArray avg, scl;
        if (weights == null) {
            avg = Reductions.mean(a, axes, keepdims);
            // NumPy's a.size / avg.size in Python: an empty result divides by zero
            if (avg.size() == 0) throw new ArithmeticException("division by zero");
            scl = Creation.full(avg.dtype(), new long[0], (double) a.size() / avg.size());
        } else {
            DType rt = DType.promote(a.dtype(), weights.dtype());
            if (!rt.isFloating()) rt = DType.FLOAT64;
            if (!(a.dtype().isFloating())) rt = DType.promote(rt, DType.FLOAT64);
            NDArray w = weights;
            if (!Arrays.equals(shapeOf(a), shapeOf(w))) {
                if (axes == null) throw new NumJTypeException("Axis must be specified when shapes of a and weights differ.");
                int[] norm = new int[axes.length];
                for (int i = 0; i < axes.length; i++) norm[i] = Shapes.axis(axes[i], a.ndim());
                long[] along = new long[norm.length];
                for (int i = 0; i < norm.length; i++) along[i] = shapeOf(a)[norm[i]];
                if (!Arrays.equals(shapeOf(w), along))
                    throw new IllegalArgumentException("Shape of weights must be consistent with shape of a along specified axis.");
                // the weights' axes in increasing order of the axes they run along, then broadcast over the others
                Integer[] order = new Integer[norm.length];
                for (int i = 0; i < order.length; i++) order[i] = i;
                Arrays.sort(order, (x, y) -> Integer.compare(norm[x], norm[y]));
                int[] perm = new int[order.length];
                for (int i = 0; i < perm.length; i++) perm[i] = order[i];
                w = Views.transpose(w, perm);
                long[] bshape = new long[a.ndim()];
                Arrays.fill(bshape, 1);
                for (int ax : norm) bshape[ax] = shapeOf(a)[ax];
                w = Views.reshape(w, bshape);
            }
            NDArray wc = w.dtype() == rt ? w : Ufuncs.copyAs(w, rt);
            scl = Reductions.sum(wc, axes, keepdims);
            if (Elements.itemLong(Reductions.anyAll(Ufuncs.binary(Ufuncs.EQ, scl, 0.0), true, null, false)) != 0)
                throw new ArithmeticException("Weights sum to zero, can't be normalized");
            NDArray ac = a.dtype() == rt ? a : Ufuncs.copyAs(a, rt);
            avg = Ufuncs.binary(Ufuncs.DIV, Reductions.sum(Ufuncs.binary(Ufuncs.MUL, ac, wc), axes, keepdims), scl);
        }
        if (!Arrays.equals(shapeOf(scl), shapeOf(avg))) scl = Ufuncs.copyAs(Shaping.broadcastTo(scl, shapeOf(avg)), scl.dtype());
        return new NDArray[] {avg, scl};
    }

    /**
     * NumPy {@code np.cov(m, y, rowvar, bias, ddof)}: {@code y} may be null, {@code ddof} null means 1 (0 with
     * {@code bias}). The result is float64, squeezed (a 0-d array for one variable).
     */
    public static NDArray cov(NDArray m, NDArray y, boolean rowvar, boolean bias, Integer ddof) {
        if (m.ndim() > 2) throw new IllegalArgumentException("m has more than 2 dimensions");
        if (y != null && y.ndim() > 2) throw new IllegalArgumentException("y has more than 2 dimensions");
        NDArray x = asRows(m);
        if (!rowvar && m.ndim() != 1) x = Views.transpose(x, null);
        if (shapeOf(x)[0] == 0) return ArrayAccess.allocate(DType.FLOAT64, new long[] {0, 0});
        if (y != null) {
            NDArray yy = asRows(y);
            if (!rowvar && shapeOf(yy)[0] != 1) yy = Views.transpose(yy, null);
            x = Joining.concatenate(List.of(x, yy), 0);
        }
        int dd = ddof != null ? ddof : bias ? 0 : 1;
        NDArray avg = Reductions.mean(x, new int[] {1}, true);
        double fact = shapeOf(x)[1] - dd;
        if (fact <= 0) fact = 0.0;   // NumPy warns "Degrees of freedom <= 0 for slice"
        NDArray xc = Ufuncs.binary(Ufuncs.SUB, x, avg);
        NDArray c = Matmul.matmul(xc, Views.transpose(xc, null));
        c = Ufuncs.binary(Ufuncs.MUL, c, 1.0 / fact);
        return Shaping.squeeze(c);
    }

    /** m as a 2-D float64 array (NumPy's {@code array(m, ndmin=2, dtype=float64)}). */
    private static NDArray asRows(NDArray m) {
        NDArray x = m.dtype() == DType.FLOAT64 ? m : Ufuncs.copyAs(m, DType.FLOAT64);
        if (x.ndim() == 0) return Views.reshape(x, new long[] {1, 1});
        if (x.ndim() == 1) return Views.reshape(x, new long[] {1, shapeOf(x)[0]});
        return x;
    }

    /** NumPy {@code np.corrcoef(x, y, rowvar)}: the covariance scaled by the standard deviations, clipped to [-1, 1]. */
    public static NDArray corrcoef(NDArray x, NDArray y, boolean rowvar) {
        NDArray c = cov(x, y, rowvar, false, null);
        if (c.ndim() == 0) return Ufuncs.binary(Ufuncs.DIV, c, c);
        long k = shapeOf(c)[0];
        NDArray d = Views.index(Views.reshape(c, new long[] {-1}), new Index[] {new Index.Slice(null, null, k + 1)});
        NDArray sd = Ufuncs.unary(Ufuncs.SQRT, d);
        c = Ufuncs.binary(Ufuncs.DIV, c, Views.reshape(sd, new long[] {k, 1}));
        c = Ufuncs.binary(Ufuncs.DIV, c, Views.reshape(sd, new long[] {1, k}));
        return Clip.clip(c, -1.0, 1.0);
    }
}
