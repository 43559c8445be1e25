package dev.numj.linalg;
import dev.numj.NDArray;

/**
 * The result of {@link Linalg#slogdet(NDArray)}: NumPy's {@code SlogdetResult(sign, logabsdet)}, with
 * {@code det = sign * exp(logabsdet)} but without its overflow or underflow.
 *
 * <pre>{@code
 * SlogdetResult r = Linalg.slogdet(eye(3).mul(1e-200));
 * r.sign();  r.logabsdet();   // 1.0  -1381.551... (det itself underflows to 0)
 * }</pre>
 *
 * @param sign      1, -1, or 0 for a singular matrix; shape {@code (...)}
 * @param logabsdet the natural log of {@code |det|} ({@code -inf} for a singular matrix); shape {@code (...)}
 */
public record SlogdetResult(NDArray sign, NDArray logabsdet) {}
