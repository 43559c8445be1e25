package dev.numj.internal.linalg;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import static dev.numj.internal.ArrayAccess.viewOf;
import static dev.numj.internal.linalg.MatrixStack.*;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.internal.Creation;
import dev.numj.internal.Elements;
import dev.numj.internal.Reductions;
import dev.numj.internal.Select;
import dev.numj.internal.Shaping;
import dev.numj.internal.Ufuncs;
import dev.numj.internal.Views;

/**
 * {@code matrix_power} and {@code cond}, step by step as {@code numpy/linalg/_linalg.py} composes them from
 * matmul, inv, svd and norm: the same cases in the same order, the same dtypes and the same errors.
 */
public final class MatrixFunctions {
    private MatrixFunctions() {}

    /** NumPy's matrix_power: the identity for 0, inv first for a negative n, then repeated squaring. */
    public static NDArray matrixPower(NDArray a, long n) {
        checkSquare(a);
        if (n == 0) {
            long m = rows(a);
            NDArray eye = Creation.eye(m, m, 0, a.dtype());
            return Ufuncs.copyAs(Shaping.broadcastTo(eye, shapeOf(a)), a.dtype());
        }
        if (n < 0) {
            a = Factorizations.inv(a);
            n = n == Long.MIN_VALUE ? Long.MAX_VALUE : -n;   // abs(n); the last bit hardly matters at that power
        }
        if (n == 1) return a;
        if (n == 2) return Matmul.matmul(a, a);
        if (n == 3) return Matmul.matmul(Matmul.matmul(a, a), a);
        NDArray z = null, result = null;
        while (n > 0) {
            z = z == null ? a : Matmul.matmul(z, z);
            long bit = n % 2;
            n /= 2;
            if (bit == 1) result = result == null ? z : Matmul.matmul(result, z);
        }
        return result;
    }

    /**
     * NumPy's cond: {@code p} null (NumPy's None), a Double (2, -2 by the singular values; 1, -1, inf, -inf by
     * {@code norm(x, p) * norm(inv(x), p)}) or a String ('fro', 'nuc'). A singular matrix gives inf (its inverse
     * is NaN and a NaN result becomes inf unless x itself holds a NaN).
     */
    public static NDArray cond(NDArray x, Object p) {
        long[] s = shapeOf(x);
        long tail = 1;
        for (int i = Math.max(0, s.length - 2); i < s.length; i++) tail *= s[i];
        if (x.size() == 0 && tail == 0) throw new LinAlgError("cond is not defined on empty arrays");
        NDArray r;
        if (p == null || (p instanceof Double d && (d == 2 || d == -2))) {
            NDArray sv = Spectral.svd(x, false, false).s();
            NDArray first = lastAt(sv, 0), end = lastAt(sv, shapeOf(sv)[sv.ndim() - 1] - 1);
            r = p != null && (Double) p == -2 ? Ufuncs.binary(Ufuncs.DIV, end, first) : Ufuncs.binary(Ufuncs.DIV, first, end);
        } else {
            checkAtLeast2d(x);
            checkSquare(x);
            DType rt = resultType(x);
            NDArray invx = invOrNan(x);
            int[] axes = {-2, -1};
            r = Ufuncs.copyAs(Ufuncs.binary(Ufuncs.MUL, Norms.norm(x, p, axes, false), Norms.norm(invx, p, axes, false)), rt);
        }
        NDArray nan = Ufuncs.unary(Ufuncs.ISNAN, r);
        if (Elements.item(Reductions.anyAll(nan, true, null, false)) != 0) {
            NDArray xNan = Reductions.anyAll(Ufuncs.unary(Ufuncs.ISNAN, x), true, new int[] {x.ndim() - 2, x.ndim() - 1}, false);
            NDArray mask = Ufuncs.binary(Ufuncs.LOGICAL_AND, nan, Ufuncs.unary(Ufuncs.LOGICAL_NOT, xNan));
            r = Select.where(mask, Creation.full(r.dtype(), new long[0], Double.POSITIVE_INFINITY), r);
        }
        return r;
    }

    /** {@code s[..., k]}: a view. */
    private static NDArray lastAt(NDArray s, long k) {
        int nd = s.ndim();
        long[] st = stridesOf(s);
        return viewOf(s, java.util.Arrays.copyOf(shapeOf(s), nd - 1), java.util.Arrays.copyOf(st, nd - 1), offsetOf(s) + k * st[nd - 1]);
    }

    /** NumPy's {@code _umath_linalg.inv} under {@code errstate(all='ignore')}: a singular matrix's inverse is all NaN. */
    private static NDArray invOrNan(NDArray a) {
        Dims d = dims(a);
        int n = d.cols();
        NDArray f = fortran(a), x = identities(d.batch(), n);
        int count = Math.toIntExact(d.count());
        int[] info = infos(a, count, (lp, t) -> lp.gesv(n, n, item(f, t, 2), ld(n), item(x, t, 2), ld(n)));
        NDArray x3 = Views.reshape(x, new long[] {count, n, n});
        for (int t = 0; t < count; t++) if (info[t] != 0) Ufuncs.fill(Views.at(x3, t), Double.NaN);
        return fromFortran(x, WORK);
    }
}
