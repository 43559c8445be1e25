package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.shapeOf;import dev.numj.DType;
import dev.numj.NDArray;

/**
 * {@code np.isclose}, {@code np.allclose} and {@code np.array_equal}, composed from ufuncs exactly as
 * NumPy's {@code numpy/_core/numeric.py} composes them, so that the tolerance is computed in the same
 * dtype (b's float dtype) and the borderline cases agree.
 */
public final class Closeness {
    private Closeness() {}

    /** {@code (|a - y| <= atol + rtol * |y|) & isfinite(y) | (a == y)}, y = b as a float array; NaN only with equalNan. */
    public static NDArray isclose(NDArray a, NDArray b, double rtol, double atol, boolean equalNan) {
        NDArray y = b.dtype().isFloating() ? b : b.astype(DType.FLOAT64);
        NDArray close = a.sub(y).abs().le(y.abs().mul(rtol).add(atol)).and(y.isfinite()).or(a.eq(y));
        return equalNan ? close.or(a.isnan().and(y.isnan())) : close;
    }

    public static boolean allclose(NDArray a, NDArray b, double rtol, double atol, boolean equalNan) {
        return isclose(a, b, rtol, atol, equalNan).all().item() != 0;
    }

    /** {@code np.array_equal}: false for different shapes (no broadcasting), else every element equal. */
    public static boolean arrayEquals(NDArray a, NDArray b, boolean equalNan) {
        if (!java.util.Arrays.equals(shapeOf(a), shapeOf(b))) return false;
        NDArray eq = a.eq(b);
        if (equalNan) eq = eq.or(a.isnan().and(b.isnan()));
        return eq.all().item() != 0;
    }
}
