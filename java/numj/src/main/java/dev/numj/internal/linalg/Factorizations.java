package dev.numj.internal.linalg;

import dev.numj.Index;
import dev.numj.internal.Creation;
import dev.numj.internal.ArrayAccess;
import static dev.numj.internal.ArrayAccess.shapeOf;
import dev.numj.internal.Shapes;

import static dev.numj.internal.linalg.MatrixStack.*;
import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.internal.Shaping;
import dev.numj.internal.Ufuncs;
import dev.numj.internal.Reductions;
import dev.numj.internal.Views;

/**
 * {@code inv solve det slogdet cholesky qr lstsq} on LAPACK's LU, Cholesky, QR and SVD least squares,
 * following NumPy's {@code numpy/linalg/_linalg.py} and its {@code _umath_linalg} loops step by step:
 * the same routine on the same column-major matrix, the same checks in the same order, the same texts.
 */
public final class Factorizations {
    private Factorizations() {}

    public static NDArray inv(NDArray a) {
        checkSquare(a);
        Dims d = dims(a);
        int n = d.cols();
        NDArray f = fortran(a), x = identities(d.batch(), n);
        check(each(a, d.count(), (lp, t) -> lp.gesv(n, n, item(f, t, 2), ld(n), item(x, t, 2), ld(n))), "Singular matrix", "dgesv");
        return fromFortran(x, d.resultType());
    }

    public static NDArray solve(NDArray a, NDArray b) {
        checkSquare(a);
        boolean vec = b.ndim() == 1;   // NumPy 2: only an exactly 1-D b is a vector
        String name = vec ? "solve1" : "solve", sig = vec ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)";
        if (b.ndim() == 0)
            throw new IllegalArgumentException(name + ": Input operand 1 does not have enough dimensions (has 0, "
                    + "gufunc core with signature " + sig + " requires 2)");
        long m = cols(a), bm = vec ? shapeOf(b)[0] : rows(b), k = vec ? 1 : cols(b);
        if (bm != m)
            throw new IllegalArgumentException(name + ": Input operand 1 has a mismatch in its core dimension 0, "
                    + "with gufunc signature " + sig + " (size " + bm + " is different from " + m + ")");
        long[] ab = batchShape(a), bb = vec ? new long[0] : batchShape(b), batch;
        try {
            batch = Shapes.broadcast(ab, bb);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes "
                    + "[original->remapped]: " + remapped(a, ab) + " " + remapped(b, bb) + "  and requested shape "
                    + Shapes.compact(new long[] {m, k}));
        }
        DType rt = resultType(a, b);
        int n = dim(m), nrhs = dim(k);
        NDArray fa = fortran(Shaping.broadcastTo(a, shape(batch, m, m)));
        NDArray fb = fortran(Shaping.broadcastTo(vec ? Views.reshape(b, new long[] {m, 1L}) : b, shape(batch, m, k)));
        // OpenBLAS's dgesv returns at once when there is no right-hand side; NumPy still reports a singular a
        int[] pivots = new int[n];
        check(each(a, count(batch), (lp, t) -> nrhs == 0 ? lp.getrf(n, n, item(fa, t, 2), ld(n), pivots)
                : lp.gesv(n, nrhs, item(fa, t, 2), ld(n), item(fb, t, 2), ld(n))), "Singular matrix", "dgesv");
        NDArray x = fromFortran(fb, rt);
        return vec ? Views.reshape(x, shape(batch, m)) : x;
    }

    /** NumPy's "(2,3,3)->(2,newaxis,newaxis)": batch axes kept, core axes shown as newaxis. */
    private static String remapped(NDArray x, long[] batch) {
        StringBuilder s = new StringBuilder(Shapes.compact(shapeOf(x))).append("->(");
        for (long d : batch) s.append(d).append(',');
        return s.append("newaxis,newaxis)").toString();
    }

    /**
     * NumPy's {@code slogdet_single_element} for every matrix: LU (getrf); the sign from the pivots'
     * parity and the diagonal's signs; log|det| as the sum of log|u_ii| in order. A failed LU (an exact
     * zero pivot) gives sign 0 and log|det| -inf. Returns {sign[], logdet[]} over the batch.
     */
    private static double[][] signLogdet(NDArray a) {
        checkSquare(a);
        Dims d = dims(a);
        int n = d.cols();
        double[] sign = new double[Math.toIntExact(d.count())], logdet = new double[sign.length];
        NDArray f = fortran(a);
        int[][] ipiv = new int[sign.length][n];
        int[] info = infos(a, sign.length, (lp, t) -> lp.getrf(n, n, item(f, t, 2), ld(n), ipiv[(int) t]));
        for (int t = 0; t < sign.length; t++) {
            if (info[t] != 0) {
                sign[t] = 0;
                logdet[t] = Double.NEGATIVE_INFINITY;
                continue;
            }
            int swaps = 0;
            for (int i = 0; i < n; i++) if (ipiv[t][i] != i + 1) swaps++;
            double s = swaps % 2 == 1 ? -1 : 1, acc = 0;
            long base = (long) t * n * n;
            for (int i = 0; i < n; i++) {
                double u = at(f, base + (long) i * n + i);
                if (u < 0) {
                    s = -s;
                    u = -u;
                }
                acc += Math.log(u);
            }
            sign[t] = s;
            logdet[t] = acc;
        }
        return new double[][] {sign, logdet};
    }

    public static NDArray det(NDArray a) {
        double[][] sl = signLogdet(a);
        NDArray out = ArrayAccess.allocate(resultType(a), batchShape(a));
        for (int t = 0; t < sl[0].length; t++) put(out, t, sl[0][t] * Math.exp(sl[1][t]));
        return out;
    }

    public static Results.Slogdet slogdet(NDArray a) {
        double[][] sl = signLogdet(a);
        DType rt = resultType(a);
        NDArray sign = ArrayAccess.allocate(rt, batchShape(a)), logdet = ArrayAccess.allocate(rt, batchShape(a));
        for (int t = 0; t < sl[0].length; t++) {
            put(sign, t, sl[0][t]);
            put(logdet, t, sl[1][t]);
        }
        return new Results.Slogdet(sign, logdet);
    }

    public static NDArray cholesky(NDArray a, boolean upper) {
        checkSquare(a);
        Dims d = dims(a);
        int n = d.cols();
        NDArray f = fortran(a);
        check(each(a, d.count(), (lp, t) -> lp.potrf(!upper, n, item(f, t, 2), ld(n))), "Matrix is not positive definite", "dpotrf");
        // potrf leaves the other triangle as it was; NumPy zeroes it
        return triangle(fromFortran(f, d.resultType()), !upper);
    }

    public static Results.Qr qr(NDArray a, String mode) {
        java.util.Objects.requireNonNull(mode, "mode is null");
        boolean complete;
        switch (mode) {
            case "reduced", "f", "full" -> complete = false;    // 'f'/'full': NumPy's deprecated spellings of 'reduced'
            case "complete" -> complete = true;
            case "r" -> complete = false;
            case "raw", "e", "economic" -> throw new UnsupportedOperationException("qr mode '" + mode
                    + "' (LAPACK's raw Householder form) is not supported by NumJ: use 'reduced', 'complete' or 'r'");
            default -> throw new IllegalArgumentException("Unrecognized mode '" + mode + "'");
        }
        checkAtLeast2d(a);
        Dims d = dims(a);
        int m = d.rows(), n = d.cols(), mn = d.min();
        NDArray f = fortran(a), tau = zeros(shape(d.batch(), mn));
        String failed = "Incorrect argument found while performing QR factorization";
        check(each(a, d.count(), (lp, t) -> lp.geqrf(m, n, item(f, t, 2), ld(m), item(tau, t, 1))), failed, "dgeqrf");
        int mc = complete && m > n ? m : mn;
        NDArray rows = Views.index(fromFortran(f, WORK),
                new Index[] {new Index.Ellipsis(), new Index.Slice((long) 0, (long) mc, null), Index.ALL});
        NDArray r = Ufuncs.copyAs(triangle(rows, false), d.resultType());
        if (mode.equals("r")) return new Results.Qr(null, r);
        // Q (m x mc) from the reflectors: geqrf's first min(n, mc) columns, then orgqr
        NDArray q = fortranZeros(d.batch(), m, mc);
        int reflectorCols = Math.min(n, mc);
        Ufuncs.assign(Views.index(q, new Index[] {new Index.Ellipsis(), new Index.Slice((long) 0, (long) reflectorCols, null), Index.ALL}),
                Views.index(f, new Index[] {new Index.Ellipsis(), new Index.Slice((long) 0, (long) reflectorCols, null), Index.ALL}));
        if (m > 0 && mc > 0)
            check(each(a, d.count(), (lp, t) -> lp.orgqr(m, mc, mn, item(q, t, 2), ld(m), item(tau, t, 1))), failed, "dorgqr");
        return new Results.Qr(fromFortran(q, d.resultType()), r);
    }

    public static Results.Lstsq lstsq(NDArray a, NDArray b, Double rcond) {
        boolean vec = b.ndim() == 1;
        NDArray b2 = vec ? Views.reshape(b, new long[] {shapeOf(b)[0], 1L}) : b;
        check2d(a);
        check2d(b2);
        int m = dim(shapeOf(a)[0]), n = dim(shapeOf(a)[1]);
        if (shapeOf(b2)[0] != m) throw new LinAlgError("Incompatible dimensions");
        int k = dim(shapeOf(b2)[1]);
        DType rt = resultType(a, b);
        double rc = rcond != null ? rcond : Math.ulp(1.0) * Math.max(m, n);   // NumPy: finfo(float64).eps * max(n, m)
        int nrhs = Math.max(k, 1);                  // NumPy solves one zero column when b has none
        int ldb = Math.max(1, Math.max(m, n)), mn = Math.min(m, n);
        NDArray fa = fortran(a), fb = fortranZeros(new long[0], ldb, nrhs), s = zeros(mn);
        if (k > 0) Ufuncs.assign(Views.index(fb, new Index[] {Index.ALL, new Index.Slice((long) 0, (long) m, null)}), Views.transpose(b2, null));
        int[] rank = new int[1];
        check(each(a, 1, (lp, t) -> lp.gelsd(m, n, nrhs, item(fa, 0, 2), ld(m), item(fb, 0, 2), ldb, item(s, 0, 1), rc, rank)),
                "SVD did not converge in Linear Least Squares", "dgelsd");
        NDArray x = m == 0 ? Creation.zeros(WORK, n, k)
                : fromFortran(Views.index(fb, new Index[] {new Index.Slice((long) 0, (long) k, null), new Index.Slice((long) 0, (long) n, null)}), WORK);
        NDArray residuals;
        if (rank[0] == n && m > n) {
            // rows n..m-1 of each column: b - a x
            NDArray rest = Views.index(fb, new Index[] {new Index.Slice((long) 0, (long) k, null), new Index.Slice((long) n, (long) m, null)});
            NDArray squares = Ufuncs.binary(Ufuncs.MUL, rest, rest);
            residuals = Ufuncs.copyAs(Reductions.sum(squares, Reductions.intAxis(squares, 1), false), rt);
        } else {
            residuals = Creation.zeros(rt, 0);
        }
        if (vec) x = Views.reshape(x, new long[] {n});
        return new Results.Lstsq(Ufuncs.copyAs(x, rt), residuals, rank[0], Ufuncs.copyAs(s, rt));
    }
}
