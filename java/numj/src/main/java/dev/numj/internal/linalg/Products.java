package dev.numj.internal.linalg;

import static dev.numj.internal.ArrayAccess.shapeOf;
import dev.numj.internal.Shapes;
import dev.numj.internal.Ufuncs;
import dev.numj.internal.Views;
import dev.numj.NDArray;

/**
 * {@code np.dot}, {@code np.inner} and {@code np.outer}, reduced to {@link Matmul} (OpenBLAS gemm for
 * floats) by reshaping: NumPy's dot sums over the last axis of a and the second-to-last of b, so for
 * b of three or more dimensions it is not matmul's batch broadcasting but one large product.
 */
public final class Products {
    private Products() {}

    public static NDArray dot(NDArray a, NDArray b) {
        if (a.ndim() == 0 || b.ndim() == 0) return Ufuncs.binary(Ufuncs.MUL, a, b);
        int ad = a.ndim() - 1, bd = b.ndim() == 1 ? 0 : b.ndim() - 2;
        checkAligned(a, shapeOf(b), shapeOf(a)[ad], shapeOf(b)[bd], ad, bd);
        // with b 1-D or 2-D, matmul's result (a.shape[:-1] + b.shape[-1:]) is dot's
        if (b.ndim() <= 2) return Matmul.matmul(a, b);
        long k = shapeOf(a)[ad];
        long[] out = new long[a.ndim() - 1 + b.ndim() - 1];
        System.arraycopy(shapeOf(a), 0, out, 0, ad);
        System.arraycopy(shapeOf(b), 0, out, ad, bd);
        out[out.length - 1] = shapeOf(b)[b.ndim() - 1];
        // b (J..., K, M) -> (K, J..., M) -> (K, J*M): one (P, K) @ (K, J*M) product
        int[] perm = new int[b.ndim()];
        perm[0] = bd;
        for (int i = 0; i < bd; i++) perm[i + 1] = i;
        perm[b.ndim() - 1] = b.ndim() - 1;
        NDArray a2 = Views.reshape(a, new long[] {lead(shapeOf(a), ad), k});
        NDArray b2 = Views.reshape(Views.transpose(b, perm), new long[] {k, lead(shapeOf(b), bd) * shapeOf(b)[b.ndim() - 1]});
        return Views.reshape(Matmul.matmul(a2, b2), out);
    }

    /** The product of the first {@code n} extents. */
    private static long lead(long[] shape, int n) {
        long p = 1;
        for (int i = 0; i < n; i++) p *= shape[i];
        return p;
    }

    /** NumPy's dot error: {@code shapes (2,3) and (4,5) not aligned: 3 (dim 1) != 4 (dim 0)}. */
    private static void checkAligned(NDArray a, long[] bShape, long ka, long kb, int ad, int bd) {
        if (ka != kb)
            throw new IllegalArgumentException("shapes " + Shapes.compact(shapeOf(a)) + " and " + Shapes.compact(bShape)
                    + " not aligned: " + ka + " (dim " + ad + ") != " + kb + " (dim " + bd + ")");
    }

    public static NDArray inner(NDArray a, NDArray b) {
        if (a.ndim() == 0 || b.ndim() == 0) return Ufuncs.binary(Ufuncs.MUL, a, b);
        int ad = a.ndim() - 1, bd = b.ndim() - 1;
        long k = shapeOf(a)[ad];
        // NumPy computes inner as dot(a, swapaxes(b, -1, -2)) and words its error that way
        long[] bt = shapeOf(b).clone();
        if (bd > 0) {
            bt[bd] = shapeOf(b)[bd - 1];
            bt[bd - 1] = shapeOf(b)[bd];
        }
        checkAligned(a, bt, k, shapeOf(b)[bd], ad, Math.max(bd - 1, 0));
        long[] out = new long[ad + bd];
        System.arraycopy(shapeOf(a), 0, out, 0, ad);
        System.arraycopy(shapeOf(b), 0, out, ad, bd);
        NDArray a2 = Views.reshape(a, new long[] {lead(shapeOf(a), ad), k}), b2 = Views.reshape(b, new long[] {lead(shapeOf(b), bd), k});
        return Views.reshape(Matmul.matmul(a2, Views.transpose(b2, null)), out);
    }

    public static NDArray outer(NDArray a, NDArray b) {
        return Ufuncs.binary(Ufuncs.MUL, Views.reshape(a, new long[] {a.size(), 1L}), Views.reshape(b, new long[] {1L, b.size()}));
    }
}
