package dev.numj.linalg;
import dev.numj.NDArray;

/**
 * The result of {@link Linalg#qr(NDArray)}: NumPy's {@code QRResult(Q, R)} with {@code a == q @ r}.
 *
 * <pre>{@code
 * QrResult f = Linalg.qr(X);          // X: (M, N)
 * f.q().T().matmul(f.q());            // the identity (K x K), K = min(M, N)
 * }</pre>
 *
 * @param q orthonormal columns, {@code (..., M, K)} ({@code (..., M, M)} in mode "complete"); null
 *          in mode "r", where NumPy returns R alone
 * @param r upper triangular, {@code (..., K, N)} ({@code (..., M, N)} in mode "complete")
 */
public record QrResult(NDArray q, NDArray r) {}
