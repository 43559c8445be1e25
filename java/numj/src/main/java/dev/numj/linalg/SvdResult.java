package dev.numj.linalg;
import dev.numj.NDArray;

/**
 * The result of {@link Linalg#svd(NDArray)}: NumPy's {@code SVDResult(U, S, Vh)} with
 * {@code a == u @ diag(s) @ vh} (for the reduced form, {@code fullMatrices = false}).
 *
 * <pre>{@code
 * SvdResult r = Linalg.svd(X, false);
 * NDArray back = r.u().mul(r.s()).matmul(r.vh());   // X again, to rounding
 * }</pre>
 *
 * @param u  left singular vectors as columns, {@code (..., M, M)} or {@code (..., M, K)} with
 *           {@code K = min(M, N)}; null when computed with {@code computeUv = false}
 * @param s  singular values in descending order, {@code (..., K)}
 * @param vh right singular vectors as rows, {@code (..., N, N)} or {@code (..., K, N)}; null when
 *           computed with {@code computeUv = false}. A singular pair's sign ({@code u[:, i]},
 *           {@code vh[i]}) is LAPACK's choice.
 */
public record SvdResult(NDArray u, NDArray s, NDArray vh) {}
