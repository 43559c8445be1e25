package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.numj.linalg.EigResult;
import dev.numj.linalg.EighResult;
import dev.numj.linalg.LinAlgException;
import dev.numj.linalg.Linalg;
import dev.numj.linalg.QrResult;
import dev.numj.linalg.SvdResult;
import static dev.numj.random.Random.*;

/**
 * numpy.linalg against NumPy: inv, solve, det, slogdet, cholesky, qr, eigh, eig, svd, pinv,
 * matrix_rank, lstsq and norm, plus dot, inner and outer, for float64, float32 (computed in float64
 * and rounded, as NumPy does), int64 and bool input; sizes 0, 1, 2, 5 and 50; stacks of matrices;
 * well- and ill-conditioned matrices (Hilbert, nearly singular); and every LinAlgError and ValueError
 * NumPy raises, with its text.
 *
 * <p>Where LAPACK's answer is unique only up to signs (eigenvectors, singular vectors), both sides
 * are normalised the same way (each vector's largest-magnitude entry made positive) and the
 * reconstructions ({@code V diag(w) V^T}, {@code U diag(s) Vh}, {@code Q R}) are compared too.
 */
class LinalgOracleTest {
    static final int[] SIZES = {0, 1, 2, 5, 50};

    /** Python helpers every case may use: sign normalisation of column vectors, as {@link #sn}. */
    static final String PY = """
            def sn(v):
                if v.size == 0:
                    return v
                i = np.argmax(np.abs(v), axis=-2)
                s = np.sign(np.take_along_axis(v, i[..., None, :], axis=-2))
                s[s == 0] = 1
                return v * s
            """;

    /** Each column of every matrix of {@code v} multiplied by the sign of its largest-magnitude entry. */
    static NDArray sn(NDArray v) {
        if (v.size() == 0) return v;
        long r = v.shape(-2), c = v.shape(-1), b = v.size() / (r * c);
        NDArray w = v.reshape(b, r, c).copy();
        for (long t = 0; t < b; t++)
            for (long j = 0; j < c; j++) {
                long best = 0;
                for (long i = 1; i < r; i++) if (Math.abs(w.getDouble(t, i, j)) > Math.abs(w.getDouble(t, best, j))) best = i;
                if (w.getDouble(t, best, j) < 0)
                    for (long i = 0; i < r; i++) w.setDouble(-w.getDouble(t, i, j), t, i, j);
            }
        return w.reshape(v.shape());
    }

    /** A random matrix stack made well-conditioned: random + n * I. */
    static NDArray wellConditioned(Random rnd, DType dt, long... shape) {
        long n = shape[shape.length - 1];
        NDArray a = random(rnd, DType.FLOAT64, shape).add(eye(n).mul((double) Math.max(n, 1) * 3));
        return a.astype(dt);
    }

    /** A symmetric positive-definite stack: a a^T + n I. */
    static NDArray spd(Random rnd, DType dt, long... shape) {
        long n = shape[shape.length - 1];
        NDArray a = random(rnd, DType.FLOAT64, shape);
        return a.matmul(a.swapaxes(-1, -2)).add(eye(n).mul((double) n + 1)).astype(dt);
    }

    static NDArray hilbert(int n) {
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) h[i][j] = 1.0 / (i + j + 1);
        return array(h);
    }

    static String d(NDArray a) { return a.dtype() + Arrays.toString(a.shape()); }

    /** The square stacks to test: every size, float64 and float32, one and (2, 3) or (4,) stacks. */
    static java.util.List<NDArray> squares(Random rnd, boolean symmetric) {
        java.util.List<NDArray> r = new java.util.ArrayList<>();
        for (int n : SIZES)
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
                r.add(symmetric ? spd(rnd, dt, n, n) : wellConditioned(rnd, dt, n, n));
                if (n <= 5) r.add(symmetric ? spd(rnd, dt, 2, 3, n, n) : wellConditioned(rnd, dt, 2, 3, n, n));
            }
        r.add(symmetric ? spd(rnd, DType.FLOAT64, 0, 3, 3) : wellConditioned(rnd, DType.FLOAT64, 0, 3, 3));
        NDArray ints = random(rnd, DType.INT64, 4, 4);
        r.add(symmetric ? ints.matmul(ints.T()).add(eye(INT64, 4).mul(20L)) : ints.add(eye(INT64, 4).mul(20L)));
        return r;
    }

    @Test
    void invSolveDetSlogdet() {
        Random rnd = new Random(41);
        OracleCases c = new OracleCases().tolerances(2e-6, 1e-6, 1e-10, 1e-12);
        for (NDArray a : squares(rnd, false)) {
            c.add("inv " + d(a), "out = np.linalg.inv(a)", () -> Linalg.inv(a), "a", a);
            c.add("det " + d(a), "out = np.linalg.det(a)", () -> Linalg.det(a), "a", a);
            c.add("slogdet sign " + d(a), "out = np.linalg.slogdet(a).sign", () -> Linalg.slogdet(a).sign(), "a", a);
            c.add("slogdet log " + d(a), "out = np.linalg.slogdet(a).logabsdet", () -> Linalg.slogdet(a).logabsdet(), "a", a);
            long n = a.shape(-1);
            NDArray b1 = random(rnd, a.dtype(), n), b2 = random(rnd, a.dtype(), n, 3);
            c.add("solve vec " + d(a), "out = np.linalg.solve(a, b)", () -> Linalg.solve(a, b1), "a", a, "b", b1);
            c.add("solve mat " + d(a), "out = np.linalg.solve(a, b)", () -> Linalg.solve(a, b2), "a", a, "b", b2);
            NDArray bb = random(rnd, DType.FLOAT64, 4, 1, n, 2);   // batch axes broadcast against a's
            if (a.ndim() == 2 || a.shape(0) == 2)
                c.add("solve broadcast " + d(a), "out = np.linalg.solve(a, b)", () -> Linalg.solve(a, bb), "a", a, "b", bb);
        }
        // a negative and a zero determinant, a pivoting sign, a bool and an int32 matrix
        NDArray[] special = {array(new double[][] {{1, 2}, {3, 4}}), array(new double[][] {{1, 2}, {2, 4}}),
                array(new double[][] {{0, 1}, {1, 0}}), array(new boolean[][] {{true, false}, {true, true}}),
                array(INT32, new int[][] {{2, 1}, {1, 3}}), eye(3).mul(1e-200), eye(3).mul(1e200), zeros(3, 3)};
        for (NDArray a : special) {
            c.add("det " + a.repr(), "out = np.linalg.det(a)", () -> Linalg.det(a), "a", a);
            c.add("slogdet " + a.repr(), "out = np.linalg.slogdet(a).logabsdet", () -> Linalg.slogdet(a).logabsdet(), "a", a);
        }
        // ill-conditioned: results agree to about cond * eps
        for (int n : new int[] {5, 8}) {
            NDArray h = hilbert(n), rhs = ones(n);
            OracleCases ill = new OracleCases().tolerances(1e-3, 1e-6, 1e-6, 1e-9);
            ill.add("inv hilbert " + n, "out = np.linalg.inv(a)", () -> Linalg.inv(h), "a", h);
            ill.add("solve hilbert " + n, "out = np.linalg.solve(a, b)", () -> Linalg.solve(h, rhs), "a", h, "b", rhs);
            ill.add("det hilbert " + n, "out = np.linalg.det(a)", () -> Linalg.det(h), "a", h);
            ill.add("inv hilbert f32 " + n, "out = np.linalg.inv(a)", () -> Linalg.inv(h.astype(FLOAT32)), "a", h.astype(FLOAT32));
            ill.run();
        }
        NDArray near = array(new double[][] {{1, 1}, {1, 1 + 1e-10}});
        c.add("inv nearly singular", "out = np.linalg.inv(a) * 1e-10", () -> Linalg.inv(near).mul(1e-10), "a", near);
        c.run();
    }

    @Test
    void choleskyAndQr() {
        Random rnd = new Random(42);
        OracleCases c = new OracleCases().tolerances(2e-6, 1e-6, 1e-10, 1e-12);
        for (NDArray a : squares(rnd, true)) {
            c.add("cholesky " + d(a), "out = np.linalg.cholesky(a)", () -> Linalg.cholesky(a), "a", a);
            c.add("cholesky upper " + d(a), "out = np.linalg.cholesky(a, upper=True)", () -> Linalg.cholesky(a, true), "a", a);
        }
        long[][] shapes = {{0, 0}, {1, 1}, {2, 2}, {5, 5}, {50, 50}, {5, 3}, {3, 5}, {50, 7}, {0, 3}, {3, 0}, {2, 3, 4, 2}, {2, 2, 4}};
        for (long[] sh : shapes)
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT64}) {
                NDArray a = random(rnd, dt, sh);
                for (String mode : new String[] {"reduced", "complete"}) {
                    c.add("qr Q " + mode + " " + d(a), "out = np.linalg.qr(a, '" + mode + "').Q", () -> Linalg.qr(a, mode).q(), "a", a);
                    c.add("qr R " + mode + " " + d(a), "out = np.linalg.qr(a, '" + mode + "').R", () -> Linalg.qr(a, mode).r(), "a", a);
                }
                c.add("qr r " + d(a), "out = np.linalg.qr(a, 'r')", () -> Linalg.qr(a, "r").r(), "a", a);
                c.add("qr QR " + d(a), "q, r = np.linalg.qr(a)\nout = q @ r", () -> {
                    QrResult f = Linalg.qr(a);
                    return f.q().matmul(f.r());
                }, "a", a);
            }
        c.run();
        assertNull(Linalg.qr(eye(2), "r").q());
    }

    @Test
    void eighAndSvd() {
        Random rnd = new Random(43);
        OracleCases c = new OracleCases().tolerances(2e-5, 2e-5, 1e-9, 1e-11);
        for (NDArray a : squares(rnd, true)) {
            c.add("eigh w " + d(a), "out = np.linalg.eigh(a).eigenvalues", () -> Linalg.eigh(a).eigenvalues(), "a", a);
            c.add("eigh v " + d(a), PY + "out = sn(np.linalg.eigh(a).eigenvectors)", () -> sn(Linalg.eigh(a).eigenvectors()), "a", a);
            c.add("eigh U v " + d(a), PY + "out = sn(np.linalg.eigh(a, 'U').eigenvectors)", () -> sn(Linalg.eigh(a, "U").eigenvectors()), "a", a);
            c.add("eigh V diag(w) V^T " + d(a), "w, v = np.linalg.eigh(a)\nout = (v * w[..., None, :]) @ np.swapaxes(v, -1, -2)", () -> {
                EighResult r = Linalg.eigh(a);
                return r.eigenvectors().mul(r.eigenvalues().expandDims(-2)).matmul(r.eigenvectors().swapaxes(-1, -2));
            }, "a", a);
        }
        // eigh reads one triangle only
        NDArray lopsided = array(new double[][] {{2, 100}, {1, 2}});
        c.add("eigh lower", "out = np.linalg.eigh(a).eigenvalues", () -> Linalg.eigh(lopsided).eigenvalues(), "a", lopsided);
        c.add("eigh upper", "out = np.linalg.eigh(a, UPLO='u').eigenvalues", () -> Linalg.eigh(lopsided, "u").eigenvalues(), "a", lopsided);
        long[][] shapes = {{0, 0}, {1, 1}, {2, 2}, {5, 5}, {50, 50}, {5, 3}, {3, 5}, {50, 7}, {0, 3}, {3, 0}, {2, 3, 4, 2}, {4, 3, 5}};
        for (long[] sh : shapes)
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT64}) {
                NDArray a = random(rnd, dt, sh);
                c.add("svd s " + d(a), "out = np.linalg.svd(a).S", () -> Linalg.svd(a).s(), "a", a);
                c.add("svdvals " + d(a), "out = np.linalg.svd(a, compute_uv=False)", () -> Linalg.svd(a, true, false).s(), "a", a);
                for (boolean full : new boolean[] {true, false}) {
                    String fm = full ? "True" : "False";
                    c.add("svd U " + fm + " " + d(a), PY + "out = sn(np.linalg.svd(a, full_matrices=" + fm + ").U)",
                            () -> sn(Linalg.svd(a, full).u()), "a", a);
                    c.add("svd Vh " + fm + " " + d(a), PY + "out = sn(np.swapaxes(np.linalg.svd(a, full_matrices=" + fm + ").Vh, -1, -2))",
                            () -> sn(Linalg.svd(a, full).vh().swapaxes(-1, -2)), "a", a);
                }
                c.add("svd U S Vh " + d(a), "u, s, vh = np.linalg.svd(a, full_matrices=False)\nout = (u * s[..., None, :]) @ vh", () -> {
                    SvdResult r = Linalg.svd(a, false);
                    return r.u().mul(r.s().expandDims(-2)).matmul(r.vh());
                }, "a", a);
            }
        c.run();
        SvdResult noUv = Linalg.svd(ones(2, 3), false, false);
        assertNull(noUv.u());
        assertNull(noUv.vh());
    }

    @Test
    void eigAsRealAndImaginaryParts() {
        Random rnd = new Random(44);
        OracleCases c = new OracleCases().tolerances(2e-5, 2e-5, 1e-9, 1e-11);
        java.util.List<NDArray> inputs = new java.util.ArrayList<>();
        for (int n : SIZES)
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32}) inputs.add(random(rnd, dt, n, n));   // complex pairs likely
        inputs.add(random(rnd, DType.FLOAT64, 2, 3, 4, 4));
        inputs.add(random(rnd, DType.INT64, 3, 3));
        inputs.add(array(new double[][] {{0, -1}, {1, 0}}));                     // rotation: +-i
        inputs.add(array(new double[][] {{2, 0, 0}, {0, 3, 4}, {0, 4, 9}}));     // all real
        inputs.add(array(new double[][] {{1, 2}, {3, 4}}).astype(FLOAT32));
        for (NDArray a : inputs) {
            c.add("eig w.real " + d(a), "out = np.linalg.eig(a).eigenvalues.real", () -> Linalg.eig(a).eigenvalues(), "a", a);
            c.add("eig w.imag " + d(a), "out = np.linalg.eig(a).eigenvalues.imag", () -> Linalg.eig(a).eigenvaluesImag(), "a", a);
            c.add("eig v.real " + d(a), "out = np.linalg.eig(a).eigenvectors.real", () -> Linalg.eig(a).eigenvectors(), "a", a);
            c.add("eig v.imag " + d(a), "out = np.linalg.eig(a).eigenvectors.imag", () -> Linalg.eig(a).eigenvectorsImag(), "a", a);
            c.add("eig is real " + d(a), "out = np.array(not np.iscomplexobj(np.linalg.eig(a).eigenvalues))",
                    () -> array(Linalg.eig(a).isReal()).reshape(new long[0]), "a", a);
            // A v = w v, on both sides, in complex arithmetic written with real parts
            c.add("eig A v - v w " + d(a), "w, v = np.linalg.eig(a)\nr = a @ v - v * w[..., None, :]\nout = np.abs(r).max(initial=0) < 1e-3",
                    () -> array(residual(a, Linalg.eig(a)) < 1e-3).reshape(new long[0]), "a", a);
        }
        c.run();
    }

    /** max |A v - v w| over real and imaginary parts, in float64. */
    static double residual(NDArray a, EigResult r) {
        NDArray A = a.astype(FLOAT64), vr = r.eigenvectors().astype(FLOAT64), vi = r.eigenvectorsImag().astype(FLOAT64);
        NDArray wr = r.eigenvalues().astype(FLOAT64).expandDims(-2), wi = r.eigenvaluesImag().astype(FLOAT64).expandDims(-2);
        NDArray re = A.matmul(vr).sub(vr.mul(wr).sub(vi.mul(wi)));
        NDArray im = A.matmul(vi).sub(vr.mul(wi).add(vi.mul(wr)));
        return re.size() == 0 ? 0 : Math.max(re.abs().max().item(), im.abs().max().item());
    }

    @Test
    void lstsqPinvMatrixRank() {
        Random rnd = new Random(45);
        OracleCases c = new OracleCases().tolerances(2e-5, 2e-5, 1e-9, 1e-11);
        long[][] shapes = {{0, 0}, {1, 1}, {2, 2}, {5, 5}, {50, 50}, {5, 3}, {3, 5}, {50, 7}, {0, 3}, {3, 0}};
        for (long[] sh : shapes)
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT64}) {
                NDArray a = random(rnd, dt, sh);
                NDArray b1 = random(rnd, dt, sh[0]), b2 = random(rnd, dt, sh[0], 2), b0 = random(rnd, dt, sh[0], 0);
                for (NDArray b : new NDArray[] {b1, b2, b0}) {
                    String w = d(a) + " b" + d(b);
                    c.add("lstsq x " + w, "out = np.linalg.lstsq(a, b)[0]", () -> Linalg.lstsq(a, b).x(), "a", a, "b", b);
                    c.add("lstsq residuals " + w, "out = np.linalg.lstsq(a, b)[1]", () -> Linalg.lstsq(a, b).residuals(), "a", a, "b", b);
                    c.add("lstsq rank " + w, "out = np.int64(np.linalg.lstsq(a, b)[2])", () -> full(INT64, new long[0], Linalg.lstsq(a, b).rank()),
                            "a", a, "b", b);
                    c.add("lstsq s " + w, "out = np.linalg.lstsq(a, b)[3]", () -> Linalg.lstsq(a, b).singularValues(), "a", a, "b", b);
                }
                c.add("lstsq rcond " + d(a), "out = np.linalg.lstsq(a, b, rcond=0.5)[0]", () -> Linalg.lstsq(a, b1, 0.5).x(), "a", a, "b", b1);
                c.add("pinv " + d(a), "out = np.linalg.pinv(a)", () -> Linalg.pinv(a), "a", a);
                c.add("pinv rcond " + d(a), "out = np.linalg.pinv(a, rcond=0.3)", () -> Linalg.pinv(a, 0.3), "a", a);
                c.add("matrix_rank " + d(a), "out = np.linalg.matrix_rank(a)", () -> Linalg.matrixRank(a), "a", a);
                c.add("matrix_rank tol " + d(a), "out = np.linalg.matrix_rank(a, tol=2.0)", () -> Linalg.matrixRank(a, 2.0), "a", a);
            }
        // rank-deficient: a column repeated; stacks; 0-d and 1-D input
        NDArray deficient = random(rnd, DType.FLOAT64, 6, 3).matmul(random(rnd, DType.FLOAT64, 3, 4));
        NDArray y = random(rnd, DType.FLOAT64, 6);
        c.add("lstsq rank-deficient x", "out = np.linalg.lstsq(a, b)[0]", () -> Linalg.lstsq(deficient, y).x(), "a", deficient, "b", y);
        c.add("lstsq rank-deficient residuals", "out = np.linalg.lstsq(a, b)[1]", () -> Linalg.lstsq(deficient, y).residuals(), "a", deficient, "b", y);
        c.add("lstsq rank-deficient rank", "out = np.int64(np.linalg.lstsq(a, b)[2])",
                () -> full(INT64, new long[0], Linalg.lstsq(deficient, y).rank()), "a", deficient, "b", y);
        c.add("matrix_rank deficient", "out = np.linalg.matrix_rank(a)", () -> Linalg.matrixRank(deficient), "a", deficient);
        c.add("pinv deficient", "out = np.linalg.pinv(a)", () -> Linalg.pinv(deficient), "a", deficient);
        NDArray stack = random(rnd, DType.FLOAT64, 2, 3, 4, 3);
        stack.set("0, 0, :, 2", 0.0);
        c.add("pinv stack", "out = np.linalg.pinv(a)", () -> Linalg.pinv(stack), "a", stack);
        c.add("matrix_rank stack", "out = np.linalg.matrix_rank(a)", () -> Linalg.matrixRank(stack), "a", stack);
        for (NDArray v : new NDArray[] {zeros(3), array(0.0, 2.0), array(5.0).reshape(new long[0]), zeros(0)})
            c.add("matrix_rank " + v.repr(), "out = np.int64(np.linalg.matrix_rank(a))", () -> Linalg.matrixRank(v), "a", v);
        NDArray emptyBatch = zeros(INT64, 0, 2, 3);
        c.add("pinv empty batch", "out = np.linalg.pinv(a)", () -> Linalg.pinv(emptyBatch), "a", emptyBatch);
        c.run();
    }

    @Test
    void norms() {
        Random rnd = new Random(46);
        OracleCases c = new OracleCases().tolerances(2e-5, 2e-6, 1e-10, 1e-12);
        String[] vectorOrds = {"None", "1", "2", "np.inf", "-np.inf", "0", "3", "0.5", "-1", "-3"};
        double[] vectorOrdsJ = {Double.NaN, 1, 2, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 3, 0.5, -1, -3};
        java.util.List<NDArray> vectors = new java.util.ArrayList<>();
        for (DType dt : DType.values()) vectors.add(random(rnd, dt, 7));
        vectors.add(zeros(0));
        vectors.add(random(rnd, FLOAT64, 200).get("::3"));
        for (NDArray v : vectors)
            for (int k = 0; k < vectorOrds.length; k++) {
                double o = vectorOrdsJ[k];
                Supplier<Object> numj = Double.isNaN(o) ? () -> Linalg.norm(v) : () -> Linalg.norm(v, o);
                c.add("norm " + d(v) + " ord " + vectorOrds[k], "out = np.linalg.norm(a, " + vectorOrds[k] + ")", numj, "a", v);
            }
        String[] matrixOrds = {"None", "'fro'", "'nuc'", "1", "-1", "2", "-2", "np.inf", "-np.inf"};
        java.util.List<NDArray> matrices = new java.util.ArrayList<>();
        for (DType dt : DType.values()) matrices.add(random(rnd, dt, 4, 6));
        matrices.add(random(rnd, FLOAT64, 50, 30).T());
        matrices.add(zeros(2, 0));
        matrices.add(zeros(0, 0));
        for (NDArray m : matrices)
            for (String o : matrixOrds)
                c.add("norm " + d(m) + " ord " + o, "out = np.linalg.norm(a, " + o + ")", () -> matrixNorm(m, o, null, false), "a", m);
        // axes and keepdims on a 3-D array
        NDArray x = random(rnd, FLOAT64, 3, 4, 5), x32 = x.astype(FLOAT32);
        for (NDArray t : new NDArray[] {x, x32}) {
            for (int ax = -3; ax < 3; ax++)
                for (int k = 0; k < vectorOrds.length; k++) {
                    int axis = ax;
                    double o = vectorOrdsJ[k];
                    for (boolean keep : new boolean[] {false, true}) {
                        String py = "out = np.linalg.norm(a, " + vectorOrds[k] + ", axis=" + axis + ", keepdims=" + (keep ? "True" : "False") + ")";
                        Supplier<Object> numj = Double.isNaN(o) ? () -> Linalg.norm(t, (String) null, new int[] {axis}, keep)
                                : () -> Linalg.norm(t, o, new int[] {axis}, keep);
                        c.add("norm " + d(t) + " " + py, py, numj, "a", t);
                    }
                }
            int[][] pairs = {{0, 1}, {1, 0}, {2, 0}, {-1, -2}, {0, 2}};
            for (int[] p : pairs)
                for (String o : matrixOrds)
                    for (boolean keep : new boolean[] {false, true}) {
                        String py = "out = np.linalg.norm(a, " + o + ", axis=(" + p[0] + ", " + p[1] + "), keepdims=" + (keep ? "True" : "False") + ")";
                        c.add("norm " + d(t) + " " + py, py, () -> matrixNorm(t, o, p, keep), "a", t);
                    }
            c.add("norm 3-D default", "out = np.linalg.norm(a)", () -> Linalg.norm(t), "a", t);
            c.add("norm 3-D keepdims", "out = np.linalg.norm(a, keepdims=True)", () -> Linalg.norm(t, (String) null, null, true), "a", t);
            c.add("norm 1-int axis", "out = np.linalg.norm(a, 1, axis=2)", () -> Linalg.norm(t, 1, 2), "a", t);
        }
        // every error
        NDArray m = ones(2, 2), v = ones(3), cube = ones(2, 2, 2);
        c.add("norm vector 'fro'", "out = np.linalg.norm(a, 'fro')", () -> Linalg.norm(v, "fro"), "a", v);
        c.add("norm vector 'nuc' axis", "out = np.linalg.norm(a, 'nuc', axis=0)", () -> Linalg.norm(m, "nuc", new int[] {0}, false), "a", m);
        c.add("norm 3-D ord 2", "out = np.linalg.norm(a, 2)", () -> Linalg.norm(cube, 2), "a", cube);
        c.add("norm 3-D 'fro'", "out = np.linalg.norm(a, 'fro')", () -> Linalg.norm(cube, "fro"), "a", cube);
        c.add("norm matrix ord 3", "out = np.linalg.norm(a, 3)", () -> Linalg.norm(m, 3), "a", m);
        c.add("norm matrix 'bad'", "out = np.linalg.norm(a, 'bad')", () -> Linalg.norm(m, "bad"), "a", m);
        c.add("norm duplicate axes", "out = np.linalg.norm(a, 'nuc', axis=(0, 0))", () -> Linalg.norm(m, "nuc", new int[] {0, 0}, false), "a", m);
        c.add("norm axis out of range", "out = np.linalg.norm(a, 'nuc', axis=(0, 2))", () -> Linalg.norm(m, "nuc", new int[] {0, 2}, false), "a", m);
        c.add("norm vector axis out of range", "out = np.linalg.norm(a, 1, axis=2)", () -> Linalg.norm(m, 1, 2), "a", m);
        c.add("norm three axes", "out = np.linalg.norm(a, axis=(0, 1, 1))", () -> Linalg.norm(m, (String) null, new int[] {0, 1, 1}, false), "a", m);
        c.add("norm 0-d ord 1", "out = np.linalg.norm(a, 1)", () -> Linalg.norm(array(3.0).reshape(new long[0]), 1), "a", array(3.0).reshape(new long[0]));
        c.add("norm empty -inf", "out = np.linalg.norm(a, -np.inf)", () -> Linalg.norm(zeros(0), Double.NEGATIVE_INFINITY), "a", zeros(0));
        c.add("norm empty matrix -2", "out = np.linalg.norm(a, -2)", () -> Linalg.norm(zeros(2, 0), -2), "a", zeros(2, 0));
        c.run();
    }

    /** Linalg.norm with NumPy's spelling of a matrix order. */
    static NDArray matrixNorm(NDArray a, String ord, int[] axes, boolean keep) {
        return switch (ord) {
            case "None" -> Linalg.norm(a, (String) null, axes, keep);
            case "'fro'" -> Linalg.norm(a, "fro", axes, keep);
            case "'nuc'" -> Linalg.norm(a, "nuc", axes, keep);
            case "np.inf" -> Linalg.norm(a, Double.POSITIVE_INFINITY, axes, keep);
            case "-np.inf" -> Linalg.norm(a, Double.NEGATIVE_INFINITY, axes, keep);
            default -> Linalg.norm(a, Double.parseDouble(ord), axes, keep);
        };
    }

    @Test
    void dotInnerOuter() {
        Random rnd = new Random(47);
        OracleCases c = new OracleCases().tolerances(1e-5, 1e-5, 1e-10, 1e-12);
        long[][][] dots = {{{3}, {3}}, {{2, 3}, {3}}, {{3}, {3, 4}}, {{2, 3}, {3, 4}}, {{2, 3, 4}, {4}}, {{4}, {2, 4, 5}},
                {{2, 3, 4}, {4, 5}}, {{2, 3, 4}, {2, 4, 5}}, {{5, 2, 3}, {4, 2, 3, 6}}, {{2, 0}, {0, 3}}, {{0, 3}, {2, 3, 4}},
                {{2, 3, 0}, {5, 0, 2}}, {{}, {3, 2}}, {{2, 3}, {}}, {{3, 4}, {4, 1, 2}}};
        for (long[][] s : dots)
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32, DType.BOOL}) {
                NDArray a = random(rnd, dt, s[0]), b = random(rnd, dt, s[1]);
                c.add("dot " + d(a) + " " + d(b), "out = np.dot(a, b)", () -> dot(a, b), "a", a, "b", b);
                c.add("a.dot " + d(a) + " " + d(b), "out = a.dot(b)", () -> a.dot(b), "a", a, "b", b);
            }
        NDArray f = random(rnd, FLOAT32, 2, 3), g = random(rnd, INT64, 3, 2, 2);
        c.add("dot mixed dtypes", "out = np.dot(a, b)", () -> dot(f, g), "a", f, "b", g);
        NDArray t = random(rnd, FLOAT64, 4, 3).T();
        c.add("dot transposed view", "out = np.dot(a, b)", () -> dot(t, g.astype(FLOAT64)), "a", t, "b", g.astype(FLOAT64));
        // 1-D . 1-D runs one BLAS ?dot: strided, reversed and broadcast (stride 0) views, length 0 and 1, a long vector
        NDArray v = random(rnd, FLOAT64, 9), w = random(rnd, FLOAT32, 9), big = random(rnd, FLOAT32, 100_003);
        NDArray vs = v.get("::2"), vr = v.get("::-1"), ws = w.get("1::2"), zero = random(rnd, FLOAT64, 0);
        NDArray one = random(rnd, FLOAT64, 1), bcast = broadcastTo(array(FLOAT32, new float[] {1.5f}), 9);
        c.add("dot strided", "out = np.dot(a, b)", () -> dot(vs, ws.astype(FLOAT64).get(":5")), "a", vs, "b", ws.astype(FLOAT64).get(":5"));
        c.add("dot reversed", "out = np.dot(a, b)", () -> dot(vr, v), "a", vr, "b", v);
        c.add("dot float32 strided x reversed", "out = np.dot(a, b)", () -> dot(ws, w.get("::-2").get(":4")), "a", ws,
                "b", w.get("::-2").get(":4"));
        c.add("dot broadcast view", "out = np.dot(a, b)", () -> dot(bcast, w), "a", bcast, "b", w);
        c.add("dot float32 . float64", "out = np.dot(a, b)", () -> dot(w, v), "a", w, "b", v);
        c.add("dot empty", "out = np.dot(a, b)", () -> dot(zero, zero), "a", zero, "b", zero);
        c.add("dot one", "out = np.dot(a, b)", () -> dot(one, one), "a", one, "b", one);
        c.add("dot 1e5 float32", "out = np.dot(a, b)", () -> dot(big, big.get("::-1")), "a", big, "b", big.get("::-1"));
        long[][][] inners = {{{3}, {3}}, {{2, 3}, {4, 3}}, {{2, 3, 4}, {4}}, {{4}, {2, 5, 4}}, {{2, 3}, {5, 6, 3}}, {{2, 0}, {3, 0}},
                {{}, {2, 3}}, {{2, 3}, {}}};
        for (long[][] s : inners)
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.BOOL}) {
                NDArray a = random(rnd, dt, s[0]), b = random(rnd, dt, s[1]);
                c.add("inner " + d(a) + " " + d(b), "out = np.inner(a, b)", () -> inner(a, b), "a", a, "b", b);
            }
        long[][][] outers = {{{3}, {4}}, {{2, 3}, {2}}, {{0}, {3}}, {{}, {3}}, {{2, 2}, {3, 1}}};
        for (long[][] s : outers)
            for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT32, DType.BOOL}) {
                NDArray a = random(rnd, dt, s[0]), b = random(rnd, dt, s[1]);
                c.add("outer " + d(a) + " " + d(b), "out = np.outer(a, b)", () -> outer(a, b), "a", a, "b", b);
            }
        long[][][] misaligned = {{{2, 3}, {4, 5}}, {{2, 3, 4}, {5, 6, 7}}, {{2, 3, 4}, {5}}, {{3}, {2, 4, 5}}, {{3}, {4}}, {{2, 3}, {3, 2, 4}}};
        for (long[][] s : misaligned) {
            NDArray a = ones(s[0]), b = ones(s[1]);
            c.add("dot misaligned " + d(a) + " " + d(b), "out = np.dot(a, b)", () -> dot(a, b), "a", a, "b", b);
        }
        long[][][] innerBad = {{{2, 3}, {2, 4}}, {{3}, {4}}, {{2, 3}, {5, 6, 4}}, {{2, 3, 7}, {5, 6, 4}}, {{7}, {5, 6, 4}}};
        for (long[][] s : innerBad) {
            NDArray a = ones(s[0]), b = ones(s[1]);
            c.add("inner misaligned " + d(a) + " " + d(b), "out = np.inner(a, b)", () -> inner(a, b), "a", a, "b", b);
        }
        c.run();
    }

    @Test
    void everyLinAlgErrorAndValueError() {
        OracleCases c = new OracleCases();
        NDArray v = ones(3), s0 = array(1.0).reshape(new long[0]), rect = ones(2, 3), sing = array(new double[][] {{1, 2}, {2, 4}});
        NDArray notPd = array(new double[][] {{1, 2}, {2, 1}}), nan = array(new double[][] {{Double.NaN, 1}, {1, 1}});
        NDArray inf = array(new double[][] {{Double.POSITIVE_INFINITY, 0}, {0, 1}});
        String[] squareFns = {"inv", "det", "slogdet", "cholesky", "eigh", "eig"};
        java.util.Map<String, java.util.function.Function<NDArray, Object>> fns = java.util.Map.of(
                "inv", Linalg::inv, "det", Linalg::det, "slogdet", a -> Linalg.slogdet(a).sign(),
                "cholesky", Linalg::cholesky, "eigh", a -> Linalg.eigh(a).eigenvalues(), "eig", a -> Linalg.eig(a).eigenvalues());
        for (String fn : squareFns)
            for (NDArray a : new NDArray[] {v, s0, rect, ones(2, 2, 3)}) {
                String code = "out = np.linalg." + fn + "(a)" + (fn.equals("slogdet") ? "[0]" : fn.startsWith("eig") ? "[0]" : "");
                c.add(fn + " " + d(a), code, () -> fns.get(fn).apply(a), "a", a);
            }
        c.add("inv singular", "out = np.linalg.inv(a)", () -> Linalg.inv(sing), "a", sing);
        c.add("inv singular in a stack", "out = np.linalg.inv(a)", () -> Linalg.inv(stack(java.util.List.of(eye(2), sing))),
                "a", stack(java.util.List.of(eye(2), sing)));
        c.add("inv zeros", "out = np.linalg.inv(a)", () -> Linalg.inv(zeros(3, 3)), "a", zeros(3, 3));
        NDArray nanBelow = array(new double[][] {{1, 1}, {Double.NaN, 1}});
        c.add("inv NaN", "out = np.linalg.inv(a)", () -> Linalg.inv(nanBelow), "a", nanBelow);
        c.add("solve NaN", "out = np.linalg.solve(a, b)", () -> Linalg.solve(nanBelow, ones(2)), "a", nanBelow, "b", ones(2));
        c.add("solve singular", "out = np.linalg.solve(a, b)", () -> Linalg.solve(sing, ones(2)), "a", sing, "b", ones(2));
        c.add("solve singular, no right-hand side", "out = np.linalg.solve(a, b)", () -> Linalg.solve(sing, ones(2, 0)), "a", sing, "b", ones(2, 0));
        c.add("solve 1-D a", "out = np.linalg.solve(a, b)", () -> Linalg.solve(v, v), "a", v, "b", v);
        c.add("solve rectangular a", "out = np.linalg.solve(a, b)", () -> Linalg.solve(rect, v), "a", rect, "b", v);
        c.add("solve 0-d b", "out = np.linalg.solve(a, b)", () -> Linalg.solve(eye(3), s0), "a", eye(3), "b", s0);
        c.add("solve1 mismatch", "out = np.linalg.solve(a, b)", () -> Linalg.solve(eye(3), ones(4)), "a", eye(3), "b", ones(4));
        c.add("solve mismatch", "out = np.linalg.solve(a, b)", () -> Linalg.solve(eye(3), ones(4, 2)), "a", eye(3), "b", ones(4, 2));
        c.add("solve stacked b as matrices", "out = np.linalg.solve(a, b)", () -> Linalg.solve(ones(2, 3, 3), ones(2, 3)), "a", ones(2, 3, 3), "b", ones(2, 3));
        c.add("solve batch mismatch", "out = np.linalg.solve(a, b)", () -> Linalg.solve(ones(2, 3, 3), ones(4, 3, 1)), "a", ones(2, 3, 3), "b", ones(4, 3, 1));
        c.add("cholesky not PD", "out = np.linalg.cholesky(a)", () -> Linalg.cholesky(notPd), "a", notPd);
        c.add("cholesky upper not PD", "out = np.linalg.cholesky(a, upper=True)", () -> Linalg.cholesky(notPd, true), "a", notPd);
        c.add("cholesky singular", "out = np.linalg.cholesky(a)", () -> Linalg.cholesky(sing), "a", sing);
        c.add("eigh bad UPLO", "out = np.linalg.eigh(a, 'X')[0]", () -> Linalg.eigh(eye(2), "X").eigenvalues(), "a", eye(2));
        c.add("eig NaN", "out = np.linalg.eig(a)[0]", () -> Linalg.eig(nan).eigenvalues(), "a", nan);
        c.add("eig inf", "out = np.linalg.eig(a)[0]", () -> Linalg.eig(inf).eigenvalues(), "a", inf);
        c.add("svd 1-D", "out = np.linalg.svd(a)[1]", () -> Linalg.svd(v).s(), "a", v);
        c.add("svd NaN", "out = np.linalg.svd(a)[1]", () -> Linalg.svd(nan).s(), "a", nan);
        c.add("svdvals NaN", "out = np.linalg.svd(a, compute_uv=False)", () -> Linalg.svdvals(nan), "a", nan);
        c.add("pinv 1-D", "out = np.linalg.pinv(a)", () -> Linalg.pinv(v), "a", v);
        c.add("pinv NaN", "out = np.linalg.pinv(a)", () -> Linalg.pinv(nan), "a", nan);
        c.add("matrix_rank NaN", "out = np.linalg.matrix_rank(a)", () -> Linalg.matrixRank(nan), "a", nan);
        c.add("norm 2 NaN", "out = np.linalg.norm(a, 2)", () -> Linalg.norm(nan, 2), "a", nan);
        c.add("qr 1-D", "out = np.linalg.qr(a)[0]", () -> Linalg.qr(v).q(), "a", v);
        c.add("qr bad mode", "out = np.linalg.qr(a, 'bad')[0]", () -> Linalg.qr(rect, "bad").q(), "a", rect);
        c.add("lstsq 1-D a", "out = np.linalg.lstsq(a, b)[0]", () -> Linalg.lstsq(v, v).x(), "a", v, "b", v);
        c.add("lstsq 3-D a", "out = np.linalg.lstsq(a, b)[0]", () -> Linalg.lstsq(ones(2, 3, 2), v).x(), "a", ones(2, 3, 2), "b", v);
        c.add("lstsq 3-D b", "out = np.linalg.lstsq(a, b)[0]", () -> Linalg.lstsq(ones(3, 2), ones(3, 2, 1)).x(), "a", ones(3, 2), "b", ones(3, 2, 1));
        c.add("lstsq mismatch", "out = np.linalg.lstsq(a, b)[0]", () -> Linalg.lstsq(ones(3, 2), ones(4)).x(), "a", ones(3, 2), "b", ones(4));
        c.add("lstsq NaN", "out = np.linalg.lstsq(a, b)[0]", () -> Linalg.lstsq(nan, ones(2)).x(), "a", nan, "b", ones(2));
        c.run();
        assertThrows(UnsupportedOperationException.class, () -> Linalg.qr(rect, "raw"));
        LinAlgException e = assertThrows(LinAlgException.class, () -> Linalg.inv(sing));
        assertEquals("Singular matrix", e.getMessage());
    }

    /**
     * OpenBLAS's parallel LU needs more stack than a Java thread has (see CpuLapack): a 300 x 300 inverse
     * from a plain thread must work; arrays in a Scope (confined to their thread) must work; callers on
     * several threads at once must each get their own answer.
     */
    @Test
    void largeMatricesScopesAndThreads() throws Exception {
        Random rnd = new Random(48);
        NDArray big = wellConditioned(rnd, FLOAT64, 300, 300), rhs = random(rnd, FLOAT64, 300, 2);
        OracleCases c = new OracleCases().tolerances(1e-5, 1e-6, 1e-9, 1e-12);
        c.add("inv 300", "out = np.linalg.inv(a)", () -> Linalg.inv(big), "a", big);
        c.add("solve 300", "out = np.linalg.solve(a, b)", () -> Linalg.solve(big, rhs), "a", big, "b", rhs);
        c.add("det 300", "out = np.linalg.slogdet(a).logabsdet", () -> Linalg.slogdet(big).logabsdet(), "a", big);
        c.add("inv of a transposed view", "out = np.linalg.inv(a.T)", () -> Linalg.inv(big.T()), "a", big);
        c.add("svd of a strided view", "out = np.linalg.svd(a[::3, 1::4], compute_uv=False)", () -> Linalg.svdvals(big.get("::3, 1::4")), "a", big);
        c.add("eigh of a reversed view", "out = np.linalg.eigh(a[::-1, ::-1])[0]", () -> Linalg.eigh(big.get("::-1, ::-1")).eigenvalues(), "a", big);
        NDArray small = wellConditioned(rnd, FLOAT32, 6, 6);
        NDArray[] inScope = new NDArray[4];
        try (Scope s = scope()) {
            NDArray a = small.copy();                         // confined to this thread's scope
            inScope[0] = s.keep(Linalg.inv(a));
            inScope[1] = s.keep(Linalg.eig(a).eigenvalues());
            inScope[2] = s.keep(Linalg.lstsq(a, a.get(":, 0")).x());
            inScope[3] = s.keep(Linalg.qr(a).r());
        }
        c.add("inv in a scope", "out = np.linalg.inv(a)", () -> inScope[0], "a", small);
        c.add("eig in a scope", "out = np.linalg.eig(a).eigenvalues.real", () -> inScope[1], "a", small);
        c.add("lstsq in a scope", "out = np.linalg.lstsq(a, a[:, 0])[0]", () -> inScope[2], "a", small);
        c.add("qr in a scope", "out = np.linalg.qr(a).R", () -> inScope[3], "a", small);
        c.run();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<double[]>> fs = new java.util.ArrayList<>();
            for (int k = 0; k < 8; k++) {
                double scale = k + 1;
                fs.add(pool.submit(() -> Linalg.inv(big.mul(scale)).mul(scale).toDoubleArray()));
            }
            double[] expected = Linalg.inv(big).toDoubleArray();
            for (var f : fs) {
                double[] got = f.get();
                for (int i = 0; i < got.length; i++) assertEquals(expected[i], got[i], 1e-12 * (1 + Math.abs(expected[i])));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Results of the same dtype as NumPy's for every input dtype, and NumPy's values for the results NaN gives. */
    @Test
    void resultDtypesAndNonFiniteInput() {
        OracleCases c = new OracleCases();
        for (DType dt : DType.values()) {
            NDArray a = array(new double[][] {{3, 1}, {1, 2}}).astype(dt == DType.BOOL ? DType.FLOAT64 : dt);
            NDArray in = dt == DType.BOOL ? array(new boolean[][] {{true, false}, {true, true}}) : a;
            c.add("inv dtype " + dt, "out = np.linalg.inv(a)", () -> Linalg.inv(in), "a", in);
            c.add("det dtype " + dt, "out = np.linalg.det(a)", () -> Linalg.det(in), "a", in);
            c.add("eigh dtype " + dt, "out = np.linalg.eigh(a)[0]", () -> Linalg.eigh(in).eigenvalues(), "a", in);
            c.add("svd dtype " + dt, "out = np.linalg.svd(a)[1]", () -> Linalg.svd(in).s(), "a", in);
            c.add("norm dtype " + dt, "out = np.linalg.norm(a)", () -> Linalg.norm(in), "a", in);
            c.add("cholesky dtype " + dt, "out = np.linalg.cholesky(a)", () -> Linalg.cholesky(in), "a", in);
        }
        NDArray f32 = array(new float[][] {{3, 1}, {1, 2}}), f64 = array(new double[][] {{3, 1}, {1, 2}});
        c.add("solve float32 with float64", "out = np.linalg.solve(a, b)", () -> Linalg.solve(f32, f64.get(0)), "a", f32, "b", f64.get(0));
        c.add("solve float32 with int32", "out = np.linalg.solve(a, b)", () -> Linalg.solve(f32, array(INT32, new int[] {1, 2})),
                "a", f32, "b", array(INT32, new int[] {1, 2}));
        NDArray nan = array(new double[][] {{Double.NaN, 1}, {1, 1}}), infm = array(new double[][] {{Double.POSITIVE_INFINITY, 1}, {1, 1}});
        NDArray nanLast = array(new double[][] {{1, 2}, {3, Double.NaN}});
        c.add("det NaN", "out = np.linalg.det(a)", () -> Linalg.det(nanLast), "a", nanLast);
        c.add("inv NaN last", "out = np.linalg.inv(a)", () -> Linalg.inv(nanLast), "a", nanLast);
        c.add("det inf", "out = np.linalg.det(a)", () -> Linalg.det(infm), "a", infm);
        c.add("cholesky NaN", "out = np.linalg.cholesky(a)", () -> Linalg.cholesky(nan), "a", nan);
        c.add("qr NaN", "out = np.linalg.qr(a).R", () -> Linalg.qr(nan).r(), "a", nan);
        c.run();
        // A NaN pivot: NumPy 2.4's bundled OpenBLAS 0.3.31 reports it as a zero pivot (inv raises "Singular
        // matrix", det gives 0), Debian's OpenBLAS 0.3.21 does not (NaN results). NumJ follows the system's
        // LAPACK, as NumPy follows its own; either way the answer is never a finite number.
        try {
            assertTrue(Linalg.inv(nan).isnan().all().item() != 0);
        } catch (LinAlgException e) {
            assertEquals("Singular matrix", e.getMessage());
        }
        double det = Linalg.det(nan).item();
        assertTrue(Double.isNaN(det) || det == 0, "det of a NaN matrix: " + det);
    }
}
