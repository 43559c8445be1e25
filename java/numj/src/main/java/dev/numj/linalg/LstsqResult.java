package dev.numj.linalg;
import dev.numj.NDArray;

/**
 * The result of {@link Linalg#lstsq(NDArray, NDArray)}: NumPy's tuple
 * {@code (x, residuals, rank, s)}.
 *
 * <pre>{@code
 * LstsqResult fit = Linalg.lstsq(Xb, y);
 * fit.x();  fit.rank();               // the weights minimising |y - Xb @ x|, and Xb's rank
 * }</pre>
 *
 * @param x              the minimum-norm least-squares solution, {@code (N,)} or {@code (N, K)}
 * @param residuals      the squared 2-norm of each column's residual {@code b - a @ x}, shape
 *                       {@code (K,)} ({@code (1,)} for a 1-D b); empty when the rank is below N or
 *                       {@code M <= N}, as in NumPy
 * @param rank           the effective rank of {@code a}
 * @param singularValues the singular values of {@code a}, descending, {@code (min(M, N),)}
 */
public record LstsqResult(NDArray x, NDArray residuals, int rank, NDArray singularValues) {}
