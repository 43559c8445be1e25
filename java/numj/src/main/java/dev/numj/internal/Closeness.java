package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.shapeOf;
import dev.numj.DType;
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
        NDArray y = b.dtype().isFloating() ? b : Ufuncs.copyAs(b, DType.FLOAT64);
        NDArray diff = Ufuncs.unary(Ufuncs.ABS, Ufuncs.binary(Ufuncs.SUB, a, y));
        NDArray within = Ufuncs.binary(Ufuncs.LE, diff,
                Ufuncs.binary(Ufuncs.ADD, Ufuncs.binary(Ufuncs.MUL, Ufuncs.unary(Ufuncs.ABS, y), rtol), atol));
        NDArray close = Ufuncs.binary(Ufuncs.LOGICAL_OR,
                Ufuncs.binary(Ufuncs.LOGICAL_AND, within, Ufuncs.unary(Ufuncs.ISFINITE, y)), Ufuncs.binary(Ufuncs.EQ, a, y));
        return equalNan ? Ufuncs.binary(Ufuncs.LOGICAL_OR, close, bothNan(a, y)) : close;
    }

    public static boolean allclose(NDArray a, NDArray b, double rtol, double atol, boolean equalNan) {
        return allTrue(isclose(a, b, rtol, atol, equalNan));
    }

    /** {@code np.array_equal}: false for different shapes (no broadcasting), else every element equal. */
    public static boolean arrayEquals(NDArray a, NDArray b, boolean equalNan) {
        if (!java.util.Arrays.equals(shapeOf(a), shapeOf(b))) return false;
        NDArray eq = Ufuncs.binary(Ufuncs.EQ, a, b);
        if (equalNan) eq = Ufuncs.binary(Ufuncs.LOGICAL_OR, eq, bothNan(a, b));
        return allTrue(eq);
    }

    /** {@code isnan(a) & isnan(b)}. */
    private static NDArray bothNan(NDArray a, NDArray b) {
        return Ufuncs.binary(Ufuncs.LOGICAL_AND, Ufuncs.unary(Ufuncs.ISNAN, a), Ufuncs.unary(Ufuncs.ISNAN, b));
    }

    /** {@code bool(np.all(a))}. */
    private static boolean allTrue(NDArray a) { return Elements.item(Reductions.anyAll(a, false, null, false)) != 0; }
}
