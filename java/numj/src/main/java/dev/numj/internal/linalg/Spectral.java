package dev.numj.internal.linalg;

import dev.numj.internal.Creation;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.linalg.MatrixStack.*;
import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.internal.Select;
import dev.numj.internal.Shaping;
import dev.numj.internal.Ufuncs;
import dev.numj.internal.Elements;
import dev.numj.internal.Reductions;
import dev.numj.internal.Views;

/**
 * {@code eigh eigvalsh eig eigvals svd pinv matrixRank}: LAPACK's symmetric (syevd) and general (geev) eigensolvers and
 * divide-and-conquer SVD (gesdd), and NumPy's compositions on top of the SVD, step by step as in
 * {@code numpy/linalg/_linalg.py}.
 */
public final class Spectral {
    private Spectral() {}

    public static Results.Eigh eigh(NDArray a, String uplo) {
        NDArray[] fw = syevd(a, uplo, true);
        DType rt = dims(a).resultType();
        return new Results.Eigh(Ufuncs.copyAs(fw[1], rt), fromFortran(fw[0], rt));
    }

    /** LAPACK syevd over the stack: {the Fortran copy (the vectors when asked), the eigenvalues ascending}. */
    private static NDArray[] syevd(NDArray a, String uplo, boolean vectors) {
        String u = uplo.toUpperCase(java.util.Locale.ROOT);
        if (!u.equals("L") && !u.equals("U")) throw new IllegalArgumentException("UPLO argument must be 'L' or 'U'");
        checkSquare(a);
        Dims d = dims(a);
        int n = d.cols();
        NDArray f = fortran(a), w = zeros(shape(d.batch(), n));
        boolean lower = u.equals("L");
        check(each(a, d.count(), (lp, t) -> lp.syevd(vectors, lower, n, item(f, t, 2), ld(n), item(w, t, 1))),
                "Eigenvalues did not converge", "dsyevd");
        return new NDArray[] {f, w};
    }

    public static Results.Eig eig(NDArray a) {
        checkSquare(a);
        if (Elements.item(Reductions.anyAll(Ufuncs.unary(Ufuncs.ISFINITE, a), false, null, false)) == 0)
            throw new LinAlgError("Array must not contain infs or NaNs");
        Dims d = dims(a);
        DType rt = d.resultType();
        int n = d.cols();
        long count = d.count();
        NDArray f = fortran(a), wr = zeros(shape(d.batch(), n)), wi = zeros(shape(d.batch(), n)), vr = fortranZeros(d.batch(), n, n);
        check(each(a, count, (lp, t) -> lp.geev(true, n, item(f, t, 2), ld(n), item(wr, t, 1), item(wi, t, 1), item(vr, t, 2), ld(n))),
                "Eigenvalues did not converge", "dgeev");
        // LAPACK packs a conjugate pair's vectors as columns j (real part) and j+1 (imaginary part); NumPy's
        // mk_geev_complex_eigenvectors unpacks them into v_j = re + i im and v_{j+1} = re - i im
        NDArray vre = Ufuncs.copyAs(vr, vr.dtype()), vim = Creation.zeros(WORK, shapeOf(vr));
        NDArray r3 = Views.reshape(vr, new long[] {count, n, n}), re3 = Views.reshape(vre, new long[] {count, n, n});
        NDArray im3 = Views.reshape(vim, new long[] {count, n, n});
        for (long t = 0; t < count; t++)
            for (int j = 0; j < n; j++) {
                if (at(wi, t * n + j) == 0) continue;
                if (j + 1 < n) {
                    Ufuncs.assign(Views.at(im3, t, j), Views.at(r3, t, j + 1));
                    Ufuncs.assign(Views.at(im3, t, j + 1), Ufuncs.unary(Ufuncs.NEG, Views.at(r3, t, j + 1)));
                    Ufuncs.assign(Views.at(re3, t, j + 1), Views.at(r3, t, j));
                }
                j++;
            }
        return new Results.Eig(Ufuncs.copyAs(wr, rt), fromFortran(vre, rt), Ufuncs.copyAs(wi, rt), fromFortran(vim, rt));
    }

    /** NumPy's eigvalsh: syevd without vectors; the eigenvalues ascending. */
    public static NDArray eigvalsh(NDArray a, String uplo) {
        NDArray w = syevd(a, uplo, false)[1];
        return Ufuncs.copyAs(w, dims(a).resultType());
    }

    /** NumPy's eigvals: geev without vectors; the real and imaginary parts of the eigenvalues, vectors null. */
    public static Results.Eig eigvals(NDArray a) {
        checkSquare(a);
        if (Elements.item(Reductions.anyAll(Ufuncs.unary(Ufuncs.ISFINITE, a), false, null, false)) == 0)
            throw new LinAlgError("Array must not contain infs or NaNs");
        Dims d = dims(a);
        int n = d.cols();
        NDArray f = fortran(a), wr = zeros(shape(d.batch(), n)), wi = zeros(shape(d.batch(), n));
        check(each(a, d.count(), (lp, t) -> lp.geev(false, n, item(f, t, 2), ld(n), item(wr, t, 1), item(wi, t, 1), null, 1)),
                "Eigenvalues did not converge", "dgeev");
        return new Results.Eig(Ufuncs.copyAs(wr, d.resultType()), null, Ufuncs.copyAs(wi, d.resultType()), null);
    }

    public static Results.Svd svd(NDArray a, boolean fullMatrices, boolean computeUv) {
        checkAtLeast2d(a);
        Dims d = dims(a);
        DType rt = d.resultType();
        long[] batch = d.batch();
        long count = d.count();
        int m = d.rows(), n = d.cols(), k = d.min();
        NDArray f = fortran(a), s = zeros(shape(batch, k));
        String failed = "SVD did not converge";
        if (!computeUv) {
            if (k > 0) check(each(a, count, (lp, t) -> lp.gesdd('N', m, n, item(f, t, 2), ld(m), item(s, t, 1), null, 1, null, 1)), failed, "dgesdd");
            return new Results.Svd(null, Ufuncs.copyAs(s, rt), null);
        }
        int uCols = fullMatrices ? m : k, vtRows = fullMatrices ? n : k;
        NDArray u, vt;
        if (k == 0) {
            // LAPACK returns at once for an empty matrix; NumPy gives identities for the full U and V^T
            u = fullMatrices ? identities(batch, m) : fortranZeros(batch, m, uCols);
            vt = fullMatrices ? identities(batch, n) : fortranZeros(batch, vtRows, n);
        } else {
            NDArray ub = fortranZeros(batch, m, uCols), vb = fortranZeros(batch, vtRows, n);
            char jobz = fullMatrices ? 'A' : 'S';
            check(each(a, count, (lp, t) -> lp.gesdd(jobz, m, n, item(f, t, 2), ld(m), item(s, t, 1), item(ub, t, 2), ld(m),
                    item(vb, t, 2), ld(vtRows))), failed, "dgesdd");
            u = ub;
            vt = vb;
        }
        return new Results.Svd(fromFortran(u, rt), Ufuncs.copyAs(s, rt), fromFortran(vt, rt));
    }

    /** NumPy's pinv: 1/s for s above rcond * max(s), 0 below; then vh^T @ (s_inv[..., None] * u^T). */
    public static NDArray pinv(NDArray a, double rcond) {
        checkAtLeast2d(a);
        long m = rows(a), n = cols(a);
        if (m * n == 0) return Creation.zeros(a.dtype(), shape(batchShape(a), n, m));   // NumPy: empty(..., dtype=a.dtype)
        Results.Svd r = svd(a, false, true);
        NDArray s = r.s();
        // NumPy's cutoff is float64 (rcond is a float64 array); the comparison promotes s to it
        NDArray cutoff = Ufuncs.binary(Ufuncs.MUL, Ufuncs.copyAs(Reductions.extreme(s, true, Reductions.intAxis(s, -1), true), DType.FLOAT64), rcond);
        NDArray sInv = Select.where(Ufuncs.binary(Ufuncs.GT, s, cutoff), Ufuncs.binary(Ufuncs.DIV, 1.0, s), Creation.zeros(s.dtype(), new long[0]));
        return Matmul.matmul(Shaping.swapaxes(r.vh(), -1, -2),
                Ufuncs.binary(Ufuncs.MUL, Shaping.expandDims(sInv, new int[] {-1}), Shaping.swapaxes(r.u(), -1, -2)));
    }

    public static NDArray matrixRank(NDArray a, Double tol) {
        if (a.ndim() < 2) {
            boolean allZero = Elements.item(Reductions.anyAll(Ufuncs.binary(Ufuncs.EQ, a, 0L), false, null, false)) != 0;
            return Creation.full(DType.INT64, new long[0], allZero ? 0L : 1L);
        }
        NDArray s = svd(a, false, false).s();
        NDArray threshold;
        if (tol == null) {
            double eps = s.dtype() == DType.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0);
            double rtol = Math.max(rows(a), cols(a)) * eps;
            // NumPy: S.max(axis=-1, keepdims=True, initial=0) * rtol
            long[] topShape = shapeOf(s).clone();
            topShape[topShape.length - 1] = 1;
            NDArray top = cols(s) == 0 ? Creation.zeros(s.dtype(), topShape) : Reductions.extreme(s, true, Reductions.intAxis(s, -1), true);
            threshold = Ufuncs.binary(Ufuncs.MUL, top, rtol);
        } else {
            threshold = Creation.full(DType.FLOAT64, new long[] {1}, tol);
        }
        NDArray above = Ufuncs.binary(Ufuncs.GT, s, threshold);
        return Reductions.countNonzero(above, Reductions.intAxis(above, -1), false);
    }
}
