package dev.numj.linalg;
import dev.numj.NDArray;
import dev.numj.internal.linalg.Einsum;
import dev.numj.internal.linalg.Factorizations;
import dev.numj.internal.linalg.LinAlgError;
import dev.numj.internal.linalg.MatrixFunctions;
import dev.numj.internal.linalg.Norms;
import dev.numj.internal.linalg.Products;
import dev.numj.internal.linalg.Results;
import dev.numj.internal.linalg.Spectral;

/**
 * NumPy's {@code numpy.linalg} on OpenBLAS's LAPACK: {@code Linalg.inv(a)} is {@code np.linalg.inv(a)}.
 *
 * <p>As in NumPy: every routine works in float64 and returns float32 only when every input is float32
 * (integers and bools give float64); functions on square or rectangular matrices take stacks
 * {@code (..., M, N)} and treat each matrix on its own; a singular, non-positive-definite or
 * non-converging input throws {@link LinAlgException} with NumPy's {@code LinAlgError} text
 * ("Singular matrix", "Matrix is not positive definite", "SVD did not converge", ...), never a silently
 * wrong result. {@code dot}, {@code inner}, {@code outer} and {@code matmul} are in {@link dev.numj.NumJ} and
 * {@link NDArray}. See docs/linalg.md.
 *
 * <pre>{@code
 * NDArray w = Linalg.inv(Xb.T().matmul(Xb)).matmul(Xb.T()).matmul(y);   // the normal equation
 * NDArray w2 = Linalg.lstsq(Xb, y).x();                                 // the same weights, stabler
 * }</pre>
 */
public final class Linalg {
    private Linalg() {}

    /**
     * NumPy {@code np.linalg.inv(a)}: the inverse of each square matrix of {@code (..., M, M)}, by LU
     * with partial pivoting (LAPACK gesv against the identity, as NumPy). A singular matrix throws
     * "Singular matrix".
     * <pre>{@code
     * Linalg.inv(array(new double[][] {{4, 7}, {2, 6}}));   // [[ 0.6 -0.7]\n [-0.2  0.4]]
     * Linalg.inv(stackOf3x3);                              // (k, 3, 3): every matrix inverted
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray inv(NDArray a) { return run(() -> Factorizations.inv(a)); }

    /**
     * NumPy {@code np.linalg.solve(a, b)}: x with {@code a @ x == b} for square {@code a (..., M, M)};
     * {@code b} is one vector {@code (M,)} (only when exactly 1-D, as in NumPy 2) or a stack
     * {@code (..., M, K)}; the batch axes broadcast. A singular matrix throws "Singular matrix".
     * <pre>{@code
     * Linalg.solve(array(new double[][] {{1, 2}, {3, 5}}), array(1.0, 2.0));   // [-1.  1.]
     * Linalg.solve(A, B);                                                   // A (n, n), B (n, k): (n, k)
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static NDArray solve(NDArray a, NDArray b) { return run(() -> Factorizations.solve(a, b)); }

    /**
     * NumPy {@code np.linalg.det(a)}: the determinant of each matrix of {@code (..., M, M)} (shape
     * {@code (...)}, 0-d for one matrix), as NumPy computes it: {@code sign * exp(log|det|)} from the LU
     * factors. A singular matrix gives 0, not an error.
     * <pre>{@code
     * Linalg.det(array(new double[][] {{1, 2}, {3, 4}}));   // -2.0000000000000004
     * Linalg.det(eye(3)).item();                          // 1.0
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray det(NDArray a) { return run(() -> Factorizations.det(a)); }

    /**
     * NumPy {@code np.linalg.slogdet(a)}: the sign and natural log of |det| of each matrix, free of the
     * overflow and underflow of {@link #det}.
     * <pre>{@code
     * SlogdetResult r = Linalg.slogdet(eye(500).mul(0.1));
     * r.sign();  r.logabsdet();          // 1.0  -1151.29... (det itself underflows to 0)
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static SlogdetResult slogdet(NDArray a) { return run(() -> result(Factorizations.slogdet(a))); }

    /**
     * NumPy {@code np.linalg.lstsq(a, b)} (NumPy 2's default {@code rcond = eps * max(M, N)}): the
     * minimum-norm x minimising {@code |b - a @ x|} for 2-D {@code a (M, N)} and {@code b (M,)} or
     * {@code (M, K)}, by LAPACK gelsd, with NumPy's residuals, rank and singular values.
     * <pre>{@code
     * LstsqResult fit = Linalg.lstsq(columnStack(ones(n), x), y);
     * double slope = fit.x().getDouble(1);
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @return the result
     */
    public static LstsqResult lstsq(NDArray a, NDArray b) { return run(() -> result(Factorizations.lstsq(a, b, null))); }

    /**
     * NumPy {@code np.linalg.lstsq(a, b, rcond=rcond)}: singular values below {@code rcond * max(s)}
     * count as zero (a negative rcond means machine precision, as in LAPACK).
     * <pre>{@code
     * Linalg.lstsq(A, y, 1e-10).rank();   // rank with a looser cut-off
     * Linalg.lstsq(A, y, -1).x();         // NumPy's old default rcond=-1
     * }</pre>
     *
     * @param a the array
     * @param b the second operand, broadcast against the first
     * @param rcond the cut-off for small singular values
     * @return the result
     */
    public static LstsqResult lstsq(NDArray a, NDArray b, double rcond) { return run(() -> result(Factorizations.lstsq(a, b, rcond))); }

    /**
     * NumPy {@code np.linalg.norm(x)}: the 2-norm of the flattened array (Frobenius for a matrix), a 0-d
     * array; float32 stays float32, integers give float64.
     * <pre>{@code
     * Linalg.norm(array(3.0, 4.0));        // 5.0
     * Linalg.norm(W).item();               // Frobenius norm of a weight matrix
     * }</pre>
     *
     * @param x the values taken where the condition is true, or the input
     * @return the result
     */
    public static NDArray norm(NDArray x) { return run(() -> Norms.norm(x, null, null, false)); }

    /**
     * NumPy {@code np.linalg.norm(x, ord)} for a 1-D or 2-D x. Vectors: {@code 1}, {@code 2},
     * {@code Double.POSITIVE_INFINITY} (max |x|), {@code NEGATIVE_INFINITY} (min |x|), {@code 0} (count of
     * nonzeros), any other p ({@code sum(|x|^p)^(1/p)}). Matrices: {@code 2} (largest singular value),
     * {@code -2} (smallest), {@code 1} (max column sum), {@code -1}, {@code POSITIVE_INFINITY} (max row sum),
     * {@code NEGATIVE_INFINITY}. Other orders fail with NumPy's message.
     * <pre>{@code
     * Linalg.norm(array(3.0, -4.0), 1);                        // 7.0
     * Linalg.norm(A, Double.POSITIVE_INFINITY);                // max row sum of |A|
     * }</pre>
     *
     * @param x the values taken where the condition is true, or the input
     * @param ord the order of the norm (NumPy's {@code ord})
     * @return the result
     */
    public static NDArray norm(NDArray x, double ord) { return run(() -> Norms.norm(x, ord, null, false)); }

    /**
     * NumPy {@code np.linalg.norm(x, 'fro')} or {@code 'nuc'} (sum of singular values) of a 2-D x;
     * {@code 'f'} is 'fro'. A string order for a vector fails as in NumPy.
     * <pre>{@code
     * Linalg.norm(A, "fro");               // sqrt(sum(A**2))
     * Linalg.norm(A, "nuc");               // the nuclear norm
     * }</pre>
     *
     * @param x the values taken where the condition is true, or the input
     * @param ord the order of the norm (NumPy's {@code ord})
     * @return the result
     */
    public static NDArray norm(NDArray x, String ord) { return run(() -> Norms.norm(x, ord, null, false)); }

    /**
     * NumPy {@code np.linalg.norm(x, ord, axis=axis)}: vector norms along one axis.
     * <pre>{@code
     * Linalg.norm(X, 2, 1);                // the length of every row of X
     * Linalg.norm(X, 1, 0);                // the L1 norm of every column
     * }</pre>
     *
     * @param x the values taken where the condition is true, or the input
     * @param ord the order of the norm (NumPy's {@code ord})
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray norm(NDArray x, double ord, int axis) { return run(() -> Norms.norm(x, ord, new int[] {axis}, false)); }

    /**
     * NumPy {@code np.linalg.norm(x, ord, axis=axes, keepdims=keepdims)}: one axis gives vector norms,
     * two axes (row, column) matrix norms of every such matrix; null axes = NumPy's None.
     * <pre>{@code
     * Linalg.norm(X, 2, new int[] {1}, true);          // row lengths, shape (n, 1): X.div(that) normalises rows
     * Linalg.norm(stack, 2, new int[] {-2, -1}, false); // spectral norm of each matrix in a stack
     * }</pre>
     *
     * @param x the values taken where the condition is true, or the input
     * @param ord the order of the norm (NumPy's {@code ord})
     * @param axes the axes (negative ones count from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray norm(NDArray x, double ord, int[] axes, boolean keepdims) { return run(() -> Norms.norm(x, ord, axes, keepdims)); }

    /**
     * NumPy {@code np.linalg.norm(x, ord, axis=axes, keepdims=keepdims)} with a string order
     * ({@code "fro"}, {@code "nuc"}) or {@code null} for NumPy's default ({@code ord=None}).
     * <pre>{@code
     * Linalg.norm(stack, "fro", new int[] {1, 2}, false);   // Frobenius norm of each matrix
     * Linalg.norm(X, null, new int[] {1}, true);            // np.linalg.norm(X, axis=1, keepdims=True)
     * }</pre>
     *
     * @param x the values taken where the condition is true, or the input
     * @param ord the order of the norm (NumPy's {@code ord})
     * @param axes the axes (negative ones count from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public static NDArray norm(NDArray x, String ord, int[] axes, boolean keepdims) { return run(() -> Norms.norm(x, ord, axes, keepdims)); }

    /**
     * NumPy {@code np.linalg.vector_norm(x)}: the 2-norm of all of x's elements (as if flattened), a 0-d array;
     * float32 stays float32, integers and bools give float64. Unlike {@link #norm(NDArray)} it never takes a
     * matrix norm, whatever x's rank.
     * <pre>{@code
     * Linalg.vectorNorm(array(new double[][] {{3, 0}, {0, 4}}));   // 5.0
     * Linalg.vectorNorm(zeros(0));                                  // 0.0
     * }</pre>
     *
     * @param x the array, of any rank
     * @return the norm, a 0-d array
     */
    public static NDArray vectorNorm(NDArray x) { return run(() -> Norms.vectorNorm(x, 2, null, false)); }

    /**
     * NumPy {@code np.linalg.vector_norm(x, ord=ord)} over all of x's elements: {@code ord} any double;
     * {@code Double.POSITIVE_INFINITY} is max |x| (0 for no elements), {@code NEGATIVE_INFINITY} min |x|, {@code 0}
     * the count of nonzeros (as a float), any other p {@code sum(|x|^p)^(1/p)}.
     * <pre>{@code
     * Linalg.vectorNorm(array(3.0, -4.0), 1);                          // 7.0
     * Linalg.vectorNorm(array(3.0, -4.0), Double.POSITIVE_INFINITY);   // 4.0
     * }</pre>
     *
     * @param x the array, of any rank
     * @param ord the order of the norm (NumPy's {@code ord}, default 2)
     * @return the norm, a 0-d array
     */
    public static NDArray vectorNorm(NDArray x, double ord) { return run(() -> Norms.vectorNorm(x, ord, null, false)); }

    /**
     * NumPy {@code np.linalg.vector_norm(x, ord, axis, keepdims)}: vector norms over {@code axes}, any number of
     * them taken together (null is NumPy's None: every axis; an empty array no axis), with NumPy's errors for
     * an axis out of range ({@link dev.numj.AxisException}) or repeated ("repeated axis"); {@code keepdims} leaves
     * the normed axes as length 1.
     * <pre>{@code
     * Linalg.vectorNorm(X, 2, new int[] {1}, true);          // row lengths, (n, 1): X.div(that) normalises rows
     * Linalg.vectorNorm(batch, 2, new int[] {-2, -1}, false); // the 2-norm of each matrix's entries (Frobenius)
     * }</pre>
     *
     * @param x the array
     * @param ord the order of the norm (NumPy's {@code ord}, default 2)
     * @param axes the axes normed over (negative ones count from the last), or null for all
     * @param keepdims whether the normed axes stay, with length 1
     * @return the norms, x's shape without (or with length 1 at) the normed axes
     */
    public static NDArray vectorNorm(NDArray x, double ord, int[] axes, boolean keepdims) {
        int[] ax = axes == null ? null : axes.clone();
        return run(() -> Norms.vectorNorm(x, ord, ax, keepdims));
    }

    /**
     * NumPy {@code np.linalg.matrix_norm(x)}: the Frobenius norm of each matrix of {@code (..., M, N)}, shape
     * {@code (...)} (0-d for one matrix); fewer than two axes fail with NumPy's AxisError.
     * <pre>{@code
     * Linalg.matrixNorm(array(new double[][] {{1, 2}, {3, 4}}));   // 5.477225575051661
     * Linalg.matrixNorm(zeros(5, 3, 3)).shape();                    // [5]
     * }</pre>
     *
     * @param x a stack of matrices {@code (..., M, N)}
     * @return the norms, {@code (...)}
     */
    public static NDArray matrixNorm(NDArray x) { return run(() -> Norms.matrixNorm(x, null, false)); }

    /**
     * NumPy {@code np.linalg.matrix_norm(x, ord=ord)} with a numeric order: {@code 2} (largest singular value),
     * {@code -2} (smallest), {@code 1} (max column sum of |x|), {@code -1} (min column sum),
     * {@code Double.POSITIVE_INFINITY} (max row sum), {@code NEGATIVE_INFINITY} (min row sum), over the last two
     * axes. Any other order fails with NumPy's "Invalid norm order for matrices."
     * <pre>{@code
     * Linalg.matrixNorm(A, 2);                          // the spectral norm of A
     * Linalg.matrixNorm(A, Double.POSITIVE_INFINITY);   // the max row sum
     * }</pre>
     *
     * @param x a stack of matrices {@code (..., M, N)}
     * @param ord the order of the norm (NumPy's {@code ord})
     * @return the norms, {@code (...)}
     */
    public static NDArray matrixNorm(NDArray x, double ord) { return run(() -> Norms.matrixNorm(x, ord, false)); }

    /**
     * NumPy {@code np.linalg.matrix_norm(x, ord=ord)} with a string order: {@code "fro"} (the default; also
     * {@code "f"} or null) or {@code "nuc"} (the sum of singular values). Other strings fail with NumPy's message.
     * <pre>{@code
     * Linalg.matrixNorm(A, "nuc");                      // the nuclear norm
     * Linalg.matrixNorm(A, "fro");                      // the same as matrixNorm(A)
     * }</pre>
     *
     * @param x a stack of matrices {@code (..., M, N)}
     * @param ord {@code "fro"}, {@code "nuc"} or null (NumPy's {@code ord})
     * @return the norms, {@code (...)}
     */
    public static NDArray matrixNorm(NDArray x, String ord) { return run(() -> Norms.matrixNorm(x, ord, false)); }

    /**
     * NumPy {@code np.linalg.matrix_norm(x, keepdims=keepdims, ord=ord)}: as {@link #matrixNorm(NDArray, double)},
     * and with {@code keepdims} the last two axes stay, with length 1 ({@code (..., 1, 1)}), so the result
     * broadcasts against x.
     * <pre>{@code
     * NDArray unit = A.div(Linalg.matrixNorm(A, 2, true));   // each matrix scaled to spectral norm 1
     * Linalg.matrixNorm(zeros(4, 2, 3), 1, true).shape();     // [4, 1, 1]
     * }</pre>
     *
     * @param x a stack of matrices {@code (..., M, N)}
     * @param ord the order of the norm (NumPy's {@code ord})
     * @param keepdims whether the last two axes stay, with length 1
     * @return the norms, {@code (...)} or {@code (..., 1, 1)}
     */
    public static NDArray matrixNorm(NDArray x, double ord, boolean keepdims) { return run(() -> Norms.matrixNorm(x, ord, keepdims)); }

    /**
     * NumPy {@code np.linalg.matrix_norm(x, keepdims=keepdims, ord=ord)} with a string order ({@code "fro"},
     * {@code "nuc"}, or null for NumPy's default {@code 'fro'}).
     * <pre>{@code
     * Linalg.matrixNorm(batch, "fro", true);   // (k, 1, 1): batch.div(that) gives unit Frobenius norms
     * Linalg.matrixNorm(A, "nuc", false);       // the nuclear norm
     * }</pre>
     *
     * @param x a stack of matrices {@code (..., M, N)}
     * @param ord {@code "fro"}, {@code "nuc"} or null (NumPy's {@code ord})
     * @param keepdims whether the last two axes stay, with length 1
     * @return the norms, {@code (...)} or {@code (..., 1, 1)}
     */
    public static NDArray matrixNorm(NDArray x, String ord, boolean keepdims) { return run(() -> Norms.matrixNorm(x, ord, keepdims)); }

    /**
     * NumPy {@code np.linalg.eigh(a)}: eigenvalues (ascending) and orthonormal eigenvectors (columns) of
     * each symmetric matrix of {@code (..., M, M)}, by LAPACK syevd on the lower triangle (the upper one is
     * not read). An eigenvector's sign is LAPACK's choice, as in NumPy.
     * <pre>{@code
     * EighResult r = Linalg.eigh(cov);
     * NDArray top = r.eigenvectors().get(":, -1");      // principal component
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static EighResult eigh(NDArray a) { return run(() -> result(Spectral.eigh(a, "L"))); }

    /**
     * NumPy {@code np.linalg.eigh(a, UPLO=uplo)}: {@code "L"} or {@code "U"} picks the triangle read.
     * <pre>{@code
     * Linalg.eigh(a, "U").eigenvalues();   // from the upper triangle
     * Linalg.eigh(a, "l");                 // case-insensitive, as NumPy
     * }</pre>
     *
     * @param a the array
     * @param uplo which triangle ({@code "L"} or {@code "U"})
     * @return the result
     */
    public static EighResult eigh(NDArray a, String uplo) { return run(() -> result(Spectral.eigh(a, uplo))); }

    /**
     * NumPy {@code np.linalg.eig(a)}: eigenvalues and right eigenvectors (unit columns) of each general
     * square matrix, by LAPACK geev. NumJ has no complex dtype: complex results come as real and
     * imaginary parts ({@link EigResult}; all-real results in {@code eigenvalues()}/{@code eigenvectors()}
     * exactly as NumPy's). Infinite or NaN input fails like NumPy.
     * <pre>{@code
     * EigResult r = Linalg.eig(array(new double[][] {{0, -1}, {1, 0}}));
     * r.isReal();  r.eigenvaluesImag();    // false  [ 1. -1.]
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static EigResult eig(NDArray a) { return run(() -> result(Spectral.eig(a))); }

    /**
     * NumPy {@code np.linalg.svd(a)} ({@code full_matrices=True}): {@code a = u @ diag(s) @ vh} for each
     * matrix of {@code (..., M, N)} by LAPACK gesdd; u is {@code (M, M)}, vh {@code (N, N)}.
     * <pre>{@code
     * SvdResult r = Linalg.svd(X);
     * r.s();                              // singular values, descending
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static SvdResult svd(NDArray a) { return run(() -> result(Spectral.svd(a, true, true))); }

    /**
     * NumPy {@code np.linalg.svd(a, full_matrices=fullMatrices)}: false gives the reduced u
     * {@code (M, K)} and vh {@code (K, N)}, {@code K = min(M, N)}.
     * <pre>{@code
     * SvdResult r = Linalg.svd(X, false);
     * NDArray back = r.u().mul(r.s()).matmul(r.vh());   // X
     * }</pre>
     *
     * @param a the array
     * @param fullMatrices whether to return the full matrices
     * @return the result
     */
    public static SvdResult svd(NDArray a, boolean fullMatrices) { return run(() -> result(Spectral.svd(a, fullMatrices, true))); }

    /**
     * NumPy {@code np.linalg.svd(a, full_matrices, compute_uv)}: with {@code computeUv = false} only the
     * singular values are computed, and {@code u()} and {@code vh()} of the result are null (NumPy returns s alone).
     * <pre>{@code
     * Linalg.svd(X, false, false).s();    // np.linalg.svd(X, compute_uv=False)
     * Linalg.svd(X, true, true).vh();     // as svd(X)
     * }</pre>
     *
     * @param a the array
     * @param fullMatrices whether to return the full matrices
     * @param computeUv whether to compute U and V
     * @return the result
     */
    public static SvdResult svd(NDArray a, boolean fullMatrices, boolean computeUv) { return run(() -> result(Spectral.svd(a, fullMatrices, computeUv))); }

    /**
     * NumPy {@code np.linalg.svdvals(a)}: the singular values only, descending, {@code (..., K)}.
     * <pre>{@code
     * NDArray s = Linalg.svdvals(X);
     * double cond = s.getDouble(0) / s.getDouble(-1);   // 2-norm condition number
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray svdvals(NDArray a) { return run(() -> Spectral.svd(a, false, false).s()); }

    /**
     * NumPy {@code np.linalg.pinv(a)}: the Moore-Penrose pseudo-inverse {@code (..., N, M)} by SVD, with
     * NumPy's default cut-off {@code rcond = 1e-15} (relative to the largest singular value).
     * <pre>{@code
     * NDArray w = Linalg.pinv(Xb).matmul(y);            // least squares through the pseudo-inverse
     * Linalg.pinv(array(new double[][] {{1, 2}, {2, 4}}));   // works for singular matrices
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray pinv(NDArray a) { return run(() -> Spectral.pinv(a, 1e-15)); }

    /**
     * NumPy {@code np.linalg.pinv(a, rcond=rcond)}: singular values at or below {@code rcond * max(s)} are dropped.
     * <pre>{@code
     * Linalg.pinv(A, 1e-10);               // truncate tiny singular values
     * Linalg.pinv(A, 0.0);                 // keep every nonzero one
     * }</pre>
     *
     * @param a the array
     * @param rcond the cut-off for small singular values
     * @return the result
     */
    public static NDArray pinv(NDArray a, double rcond) { return run(() -> Spectral.pinv(a, rcond)); }

    /**
     * NumPy {@code np.linalg.qr(a)} ({@code mode='reduced'}): {@code a = q @ r} for each matrix of
     * {@code (..., M, N)} by LAPACK geqrf and orgqr; q {@code (M, K)} with orthonormal columns, r
     * {@code (K, N)} upper triangular, {@code K = min(M, N)}. Signs are LAPACK's (r's diagonal may be negative), as in NumPy.
     * <pre>{@code
     * QrResult f = Linalg.qr(X);
     * NDArray w = Linalg.solve(f.r(), f.q().T().matmul(y));   // least squares via QR (X full rank, M >= N)
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static QrResult qr(NDArray a) { return run(() -> result(Factorizations.qr(a, "reduced"))); }

    /**
     * NumPy {@code np.linalg.qr(a, mode)}: {@code "reduced"}, {@code "complete"} (q {@code (M, M)}, r
     * {@code (M, N)}) or {@code "r"} (r only; q is null). NumPy's {@code "raw"} and deprecated
     * {@code "economic"} are not offered (UnsupportedOperationException); an unknown mode fails as in NumPy.
     * <pre>{@code
     * Linalg.qr(X, "complete").q();        // a full orthonormal basis (M x M)
     * Linalg.qr(X, "r").r();               // R alone
     * }</pre>
     *
     * @param a the array
     * @param mode the mode
     * @return the result
     */
    public static QrResult qr(NDArray a, String mode) { return run(() -> result(Factorizations.qr(a, mode))); }

    /**
     * NumPy {@code np.linalg.cholesky(a)}: the lower-triangular L with {@code a = L @ L.T} for each
     * symmetric positive-definite matrix (only its lower triangle is read). Otherwise throws
     * "Matrix is not positive definite".
     * <pre>{@code
     * NDArray L = Linalg.cholesky(array(new double[][] {{4, 2}, {2, 3}}));   // [[2. 0.] [1. 1.414...]]
     * NDArray z = L.matmul(rng.randn(2));                                    // a correlated sample
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray cholesky(NDArray a) { return run(() -> Factorizations.cholesky(a, false)); }

    /**
     * NumPy {@code np.linalg.cholesky(a, upper=upper)}: with {@code upper}, the upper-triangular U with
     * {@code a = U.T @ U} (from the upper triangle).
     * <pre>{@code
     * NDArray U = Linalg.cholesky(A, true);
     * U.T().matmul(U);                     // A
     * }</pre>
     *
     * @param a the array
     * @param upper whether to use the upper triangle
     * @return the result
     */
    public static NDArray cholesky(NDArray a, boolean upper) { return run(() -> Factorizations.cholesky(a, upper)); }

    /**
     * NumPy {@code np.linalg.matrix_rank(a)}: the number of singular values above
     * {@code max(s) * max(M, N) * eps} for each matrix of {@code (..., M, N)} (int64; 0-d for one matrix);
     * for a 0-d or 1-D {@code a}, 1 unless every element is zero.
     * <pre>{@code
     * Linalg.matrixRank(array(new double[][] {{1, 2}, {2, 4}}));   // 1
     * Linalg.matrixRank(eye(4)).itemLong();                       // 4
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray matrixRank(NDArray a) { return run(() -> Spectral.matrixRank(a, null)); }

    /**
     * NumPy {@code np.linalg.matrix_rank(a, tol=tol)}: singular values above the absolute threshold {@code tol} count.
     * <pre>{@code
     * Linalg.matrixRank(noisy, 1e-6);      // rank ignoring singular values up to 1e-6
     * Linalg.matrixRank(A, 0.0);           // the count of nonzero singular values
     * }</pre>
     *
     * @param a the array
     * @param tol the tolerance
     * @return the result
     */
    public static NDArray matrixRank(NDArray a, double tol) { return run(() -> Spectral.matrixRank(a, tol)); }

    /**
     * NumPy {@code np.linalg.eigvals(a)}: the eigenvalues alone of each general square matrix, by LAPACK geev
     * without vectors. As for {@link #eig}, NumJ has no complex dtype: the result's {@code eigenvalues()} and
     * {@code eigenvaluesImag()} are the real and imaginary parts (NumPy returns real values when
     * {@code isReal()}), and its {@code eigenvectors()} and {@code eigenvectorsImag()} are null.
     * <pre>{@code
     * EigResult r = Linalg.eigvals(array(new double[][] {{0, -1}, {1, 0}}));
     * r.eigenvalues();  r.eigenvaluesImag();    // [0. 0.]  [ 1. -1.]   (NumPy: [0.+1.j 0.-1.j])
     * }</pre>
     *
     * @param a a stack of square matrices {@code (..., M, M)}
     * @return the eigenvalues' real and imaginary parts, {@code (..., M)} each, in LAPACK's order
     */
    public static EigResult eigvals(NDArray a) { return run(() -> result(Spectral.eigvals(a))); }

    /**
     * NumPy {@code np.linalg.eigvalsh(a)}: the eigenvalues (ascending, real) of each symmetric matrix, from
     * its lower triangle, by LAPACK syevd without vectors.
     * <pre>{@code
     * Linalg.eigvalsh(array(new double[][] {{2, 1}, {1, 2}}));   // [1. 3.]
     * Linalg.eigvalsh(cov).get("-1");                            // the largest variance
     * }</pre>
     *
     * @param a a stack of symmetric matrices {@code (..., M, M)}
     * @return the eigenvalues, {@code (..., M)}
     */
    public static NDArray eigvalsh(NDArray a) { return run(() -> Spectral.eigvalsh(a, "L")); }

    /**
     * NumPy {@code np.linalg.eigvalsh(a, UPLO=uplo)}: {@code "L"} or {@code "U"} (either case) picks the triangle read.
     * <pre>{@code
     * Linalg.eigvalsh(a, "U");             // from the upper triangle
     * Linalg.eigvalsh(a, "X");             // IllegalArgumentException: UPLO argument must be 'L' or 'U'
     * }</pre>
     *
     * @param a    a stack of symmetric matrices {@code (..., M, M)}
     * @param uplo {@code "L"} or {@code "U"}
     * @return the eigenvalues, {@code (..., M)}
     */
    public static NDArray eigvalsh(NDArray a, String uplo) { return run(() -> Spectral.eigvalsh(a, uplo)); }

    /**
     * NumPy {@code np.linalg.cond(x)}: the 2-norm condition number of each matrix of {@code (..., M, N)},
     * {@code s[..., 0] / s[..., -1]} of its singular values (inf for a singular matrix, as NumPy). An
     * empty matrix fails with "cond is not defined on empty arrays".
     * <pre>{@code
     * Linalg.cond(array(new double[][] {{1, 0}, {0, 1e-3}}));   // 1000.0
     * Linalg.cond(hilbert8).item() > 1e10;                       // ill-conditioned
     * }</pre>
     *
     * @param x a stack of matrices
     * @return the condition numbers, {@code (...)} (0-d for one matrix)
     */
    public static NDArray cond(NDArray x) { return run(() -> MatrixFunctions.cond(x, null)); }

    /**
     * NumPy {@code np.linalg.cond(x, p)}: {@code p} 2 or -2 from the singular values (-2: the smallest over the
     * largest, of any {@code (M, N)}); 1, -1, {@code Double.POSITIVE_INFINITY} or {@code NEGATIVE_INFINITY}
     * as {@code norm(x, p) * norm(inv(x), p)} of square matrices, a singular one giving inf. Any other p fails
     * with NumPy's "Invalid norm order for matrices."
     * <pre>{@code
     * Linalg.cond(A, 1);                          // the 1-norm condition number
     * Linalg.cond(A, Double.POSITIVE_INFINITY);   // the inf-norm one
     * }</pre>
     *
     * @param x a stack of matrices
     * @param p the norm order
     * @return the condition numbers, {@code (...)}
     */
    public static NDArray cond(NDArray x, double p) { return run(() -> MatrixFunctions.cond(x, p)); }

    /**
     * NumPy {@code np.linalg.cond(x, p)} with a string order: {@code "fro"} (Frobenius) or {@code "nuc"}
     * (nuclear), as {@code norm(x, p) * norm(inv(x), p)} of square matrices.
     * <pre>{@code
     * Linalg.cond(A, "fro");
     * Linalg.cond(A, "nuc");
     * }</pre>
     *
     * @param x a stack of square matrices
     * @param p {@code "fro"} or {@code "nuc"}
     * @return the condition numbers, {@code (...)}
     */
    public static NDArray cond(NDArray x, String p) { return run(() -> MatrixFunctions.cond(x, p)); }

    /**
     * NumPy {@code np.linalg.matrix_power(a, n)}: {@code a} multiplied by itself n times by repeated squaring
     * ({@code matmul}, so integer matrices stay integer); n = 0 gives identities of a's dtype, a negative n
     * the power of {@code inv(a)} (float64, "Singular matrix" when there is none); n = 1 returns a itself, as NumPy.
     * <pre>{@code
     * Linalg.matrixPower(array(new long[][] {{1, 1}, {1, 0}}), 10);   // [[89 55] [55 34]]: Fibonacci
     * Linalg.matrixPower(A, -2);                                      // inv(A) @ inv(A)
     * }</pre>
     *
     * @param a a stack of square matrices
     * @param n the exponent
     * @return the power, a's shape
     */
    public static NDArray matrixPower(NDArray a, long n) { return run(() -> MatrixFunctions.matrixPower(a, n)); }

    /**
     * NumPy {@code np.linalg.matrix_transpose(x)}: each matrix of {@code (..., M, N)} transposed, a view
     * (as {@link NDArray#mT()}; this one's error is the Array API's).
     * <pre>{@code
     * Linalg.matrixTranspose(zeros(2, 3, 4)).shape();   // [2, 4, 3]
     * }</pre>
     *
     * @param x an array of at least two dimensions
     * @return the view with the last two axes swapped
     */
    public static NDArray matrixTranspose(NDArray x) { return Products.matrixTranspose(x, true); }

    /**
     * NumPy {@code np.linalg.diagonal(x)}: the main diagonal of each matrix of {@code (..., M, N)}, a view (the
     * Array API's form of {@code np.diagonal}, over the last two axes instead of the first two).
     * <pre>{@code
     * Linalg.diagonal(arange(8).reshape(2, 2, 2));   // [[0 3]\n [4 7]]
     * }</pre>
     *
     * @param x an array of at least two dimensions
     * @return the view of the diagonals, shape {@code (..., min(M, N))}
     */
    public static NDArray diagonal(NDArray x) { return diagonal(x, 0); }

    /**
     * NumPy {@code np.linalg.diagonal(x, offset=k)}: the k-th diagonal of each matrix (above the main one for
     * k &gt; 0, below for k &lt; 0), a view.
     *
     * @param x      an array of at least two dimensions
     * @param offset which diagonal
     * @return the view of the diagonals
     */
    public static NDArray diagonal(NDArray x, long offset) { return x.diagonal(offset, -2, -1); }

    /**
     * NumPy {@code np.linalg.trace(x)}: the sum of each matrix's main diagonal over the last two axes (int64 for
     * bool and int32, as {@code np.sum}).
     * <pre>{@code
     * Linalg.trace(arange(8).reshape(2, 2, 2));   // [ 3 11]
     * }</pre>
     *
     * @param x an array of at least two dimensions
     * @return the sums, shape {@code x.shape[:-2]}
     */
    public static NDArray trace(NDArray x) { return trace(x, 0); }

    /**
     * NumPy {@code np.linalg.trace(x, offset=k)}: the sums of the k-th diagonals over the last two axes.
     *
     * @param x      an array of at least two dimensions
     * @param offset which diagonal
     * @return the sums
     */
    public static NDArray trace(NDArray x, long offset) { return x.trace(offset, -2, -1); }

    /**
     * NumPy {@code np.linalg.tensordot(a, b)} ({@code axes=2}): see {@link dev.numj.NumJ#tensordot(NDArray, NDArray, int)}.
     * <pre>{@code
     * Linalg.tensordot(ones(2, 3, 4), ones(3, 4, 5)).shape();   // [2, 5]
     * }</pre>
     *
     * @param a first operand
     * @param b second operand
     * @return the contraction over a's last two axes and b's first two
     */
    public static NDArray tensordot(NDArray a, NDArray b) { return Products.tensordot(a, b, 2); }

    /**
     * NumPy {@code np.linalg.tensordot(a, b, axes=n)}: the sum over a's last n axes and b's first n.
     * <pre>{@code
     * Linalg.tensordot(x, y, 0);   // the outer product, x.shape + y.shape
     * }</pre>
     *
     * @param a    first operand
     * @param b    second operand
     * @param axes how many axes to contract
     * @return the contraction
     */
    public static NDArray tensordot(NDArray a, NDArray b, int axes) { return Products.tensordot(a, b, axes); }

    /**
     * NumPy {@code np.linalg.tensordot(a, b, axes=(axesA, axesB))}: the sum over the paired axes.
     * <pre>{@code
     * Linalg.tensordot(a, b, new int[] {1, 0}, new int[] {0, 1});   // a (3, 4, 5), b (4, 3, 2): (5, 2)
     * }</pre>
     *
     * @param a     first operand
     * @param b     second operand
     * @param axesA a's axes to contract
     * @param axesB b's axes, paired with axesA
     * @return the contraction: a's other axes, then b's
     */
    public static NDArray tensordot(NDArray a, NDArray b, int[] axesA, int[] axesB) { return Products.tensordot(a, b, axesA, axesB); }

    /**
     * NumPy {@code np.linalg.vecdot(x1, x2)}: the dot product along the last axis, the other axes broadcast.
     * <pre>{@code
     * Linalg.vecdot(X, w);   // X (n, k), w (k,): (n,)
     * }</pre>
     *
     * @param x1 first operand
     * @param x2 second operand
     * @return the dot products
     */
    public static NDArray vecdot(NDArray x1, NDArray x2) { return Products.vecdot(x1, x2, null); }

    /**
     * NumPy {@code np.linalg.vecdot(x1, x2, axis=axis)}: the dot product along {@code axis} of both.
     * <pre>{@code
     * Linalg.vecdot(X, Y, 0);   // column-wise dot products
     * }</pre>
     *
     * @param x1   first operand
     * @param x2   second operand
     * @param axis the axis summed over, in each operand
     * @return the dot products
     */
    public static NDArray vecdot(NDArray x1, NDArray x2, int axis) { return Products.vecdot(x1, x2, axis); }

    /**
     * NumPy {@code np.linalg.cross(x1, x2)} (the Array API's): cross products of 3-vectors along the last
     * axis, the other axes broadcast; any other length fails, as NumPy's. {@link dev.numj.NumJ#cross} also
     * takes 2-vectors.
     * <pre>{@code
     * Linalg.cross(array(1.0, 0, 0), array(0.0, 1, 0));   // [0. 0. 1.]
     * }</pre>
     *
     * @param x1 first operand
     * @param x2 second operand
     * @return the cross products
     */
    public static NDArray cross(NDArray x1, NDArray x2) { return cross(x1, x2, -1); }

    /**
     * NumPy {@code np.linalg.cross(x1, x2, axis=axis)}: the vectors along {@code axis} of both, and of the result.
     * <pre>{@code
     * Linalg.cross(P, Q, 0);   // P, Q (3, n): n cross products, as columns
     * }</pre>
     *
     * @param x1   first operand
     * @param x2   second operand
     * @param axis the axis of the vectors
     * @return the cross products
     */
    public static NDArray cross(NDArray x1, NDArray x2, int axis) { return Products.arrayApiCross(x1, x2, axis); }

    /**
     * NumPy {@code np.einsum(subscripts, *operands)} (a top-level NumPy function, here too for discovery):
     * see {@link dev.numj.NumJ#einsum(String, NDArray...)}.
     * <pre>{@code
     * Linalg.einsum("ij,jk->ik", a, b);   // a @ b
     * }</pre>
     *
     * @param subscripts NumPy's subscripts string
     * @param operands   the arrays
     * @return the contraction
     */
    public static NDArray einsum(String subscripts, NDArray... operands) { return Einsum.einsum(subscripts, operands); }

    /**
     * NumPy {@code np.kron(a, b)} (top-level in NumPy, here too for discovery): see {@link dev.numj.NumJ#kron}.
     * <pre>{@code
     * Linalg.kron(eye(2), ones(2, 2));   // a 4 x 4 block-diagonal matrix
     * }</pre>
     *
     * @param a first operand
     * @param b second operand
     * @return the Kronecker product
     */
    public static NDArray kron(NDArray a, NDArray b) { return Products.kron(a, b); }

    // ---- the boundary: the machinery's errors and results under their public names ----

    /** Runs a machinery call, turning its {@link LinAlgError} into NumPy's {@link LinAlgException}. */
    private static <T> T run(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (LinAlgError e) {
            LinAlgException x = new LinAlgException(e.getMessage());
            x.setStackTrace(e.getStackTrace());
            throw x;
        }
    }

    private static SlogdetResult result(Results.Slogdet r) { return new SlogdetResult(r.sign(), r.logabsdet()); }

    private static QrResult result(Results.Qr r) { return new QrResult(r.q(), r.r()); }

    private static LstsqResult result(Results.Lstsq r) {
        return new LstsqResult(r.x(), r.residuals(), r.rank(), r.singularValues());
    }

    private static EighResult result(Results.Eigh r) { return new EighResult(r.eigenvalues(), r.eigenvectors()); }

    private static EigResult result(Results.Eig r) {
        return new EigResult(r.eigenvalues(), r.eigenvectors(), r.eigenvaluesImag(), r.eigenvectorsImag());
    }

    private static SvdResult result(Results.Svd r) { return new SvdResult(r.u(), r.s(), r.vh()); }
}
