package dev.numj.internal.backend;

/**
 * The LAPACK-class routines a backend answers (DESIGN.md layer 3), one matrix per call. Like NumPy's
 * {@code numpy.linalg}, NumJ runs every factorisation in float64 (float32 input is widened and the
 * result rounded back by the caller), so these take float64 operands only.
 *
 * <p>Conventions, LAPACK's own: matrices are column-major with a leading dimension {@code ld >= max(1,
 * rows)}, overwritten in place; each method returns LAPACK's {@code info} (0 success, &gt; 0 the
 * routine's failure: singular pivot, not positive definite, no convergence; &lt; 0 an illegal
 * argument). Workspace is the backend's business. The caller validates shapes first; an
 * implementation still checks that every operand is large enough for what the routine will touch,
 * and throws rather than let native code write outside an array.
 *
 * <p>The routines run only inside {@link #run}: a backend may need them on particular threads (the
 * CPU backend does, see {@code CpuLapack}), so every operand used there must be memory any thread
 * may access (not a {@code Scope}'s, which belongs to its thread).
 */
public interface Lapack {
    /**
     * Runs {@code calls}, a group of this backend's routines, where they can run, waits for it (not
     * interruptibly: native code may be writing into the operands) and returns its result; an
     * exception it throws is rethrown.
     */
    <T> T run(java.util.function.Function<Lapack, T> calls);

    /** LU factorisation with partial pivoting of the m x n matrix a (?getrf); ipiv (length min(m, n)) gets 1-based pivots. */
    public int getrf(int m, int n, Operand a, int lda, int[] ipiv);

    /** Solves A X = B (?gesv): a (n x n) is overwritten by its LU factors, b (n x nrhs) by X. */
    public int gesv(int n, int nrhs, Operand a, int lda, Operand b, int ldb);

    /** Cholesky factorisation (?potrf) of the lower (or upper) triangle of a; the other triangle is left as it was. */
    public int potrf(boolean lower, int n, Operand a, int lda);

    /** QR factorisation (?geqrf): R on and above the diagonal of a, Householder reflectors below, min(m, n) scalars in tau. */
    public int geqrf(int m, int n, Operand a, int lda, Operand tau);

    /** Forms the m x n matrix Q (?orgqr) from the first k reflectors that geqrf left in a's columns and tau. */
    public int orgqr(int m, int n, int k, Operand a, int lda, Operand tau);

    /**
     * Symmetric eigen-decomposition by divide and conquer (?syevd) of a's lower (or upper) triangle:
     * ascending eigenvalues into w (n); with {@code vectors}, a is overwritten by the orthonormal eigenvectors (columns).
     */
    public int syevd(boolean vectors, boolean lower, int n, Operand a, int lda, Operand w);

    /**
     * General eigen-decomposition (?geev): eigenvalues wr + i*wi (n each, conjugate pairs adjacent, positive
     * imaginary part first); with {@code vectors}, right eigenvectors into vr (n x n, LAPACK's packed
     * real form: a complex pair j, j+1 is vr[:, j] +- i vr[:, j+1]).
     */
    public int geev(boolean vectors, int n, Operand a, int lda, Operand wr, Operand wi, Operand vr, int ldvr);

    /**
     * SVD by divide and conquer (?gesdd): descending singular values into s (min(m, n)); jobz 'A' (all
     * of U, m x m, and V^T, n x n), 'S' (the first min(m, n) columns of U and rows of V^T) or 'N' (none:
     * u and vt are not touched and may be null).
     */
    public int gesdd(char jobz, int m, int n, Operand a, int lda, Operand s, Operand u, int ldu, Operand vt, int ldvt);

    /**
     * Minimum-norm least squares by SVD (?gelsd): b (ldb x nrhs, ldb >= max(m, n)) is overwritten by the
     * solution in its first n rows; singular values into s (min(m, n)); rank[0] gets the effective rank
     * for relative threshold rcond (negative: machine precision).
     */
    public int gelsd(int m, int n, int nrhs, Operand a, int lda, Operand b, int ldb, Operand s, double rcond, int[] rank);
}
