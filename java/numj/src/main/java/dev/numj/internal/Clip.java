package dev.numj.internal;

import dev.numj.internal.ffi.numj.NumjCpu;
import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import dev.numj.internal.Shapes;
import dev.numj.DType;
import dev.numj.NDArray;

/**
 * {@code np.clip(a, lo, hi)}: {@code minimum(maximum(a, lo), hi)} with NumPy 2's dtype rules (the
 * bounds are weak like Python scalars: an int array clipped by ints stays int, by floats becomes
 * float64). Float results run the one-pass clip kernel; integer and bool ones compose the maximum and
 * minimum ufuncs.
 */
public final class Clip {
    private Clip() {}

    /** {@code np.clip(a, lo, hi)} with Python-float bounds. */
    public static NDArray clip(NDArray a, double lo, double hi) {
        DType dt = a.dtype().isFloating() ? a.dtype() : DType.FLOAT64;
        return kernel(a, dt, lo, hi);
    }

    /** {@code np.clip(a, lo, hi)} with Python-int bounds. */
    public static NDArray clip(NDArray a, long lo, long hi) {
        if (a.dtype().isFloating()) {
            // the bound converts to the array's dtype directly, as a Python int does (no double rounding)
            return a.dtype() == DType.FLOAT32 ? kernel(a, a.dtype(), (float) lo, (float) hi) : kernel(a, a.dtype(), (double) lo, (double) hi);
        }
        boolean hasLo = true, hasHi = true;
        if (a.dtype().isInteger()) {
            // numpy/_core/_methods.py _clip: an int bound past the dtype's range in its own direction is dropped
            long min = a.dtype() == DType.INT32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
            long max = a.dtype() == DType.INT32 ? Integer.MAX_VALUE : Long.MAX_VALUE;
            hasLo = lo > min;
            hasHi = hi < max;
        }
        // NumPy's OverflowError for a bound the dtype cannot hold, before any work
        if (hasLo) Ufuncs.weak(a.dtype(), lo);
        if (hasHi) Ufuncs.weak(a.dtype(), hi);
        if (!hasLo && !hasHi) return Ufuncs.copyAs(a, a.dtype());
        if (!hasLo) return Ufuncs.binary(Ufuncs.MINIMUM, a, hi);
        NDArray r = Ufuncs.binary(Ufuncs.MAXIMUM, a, lo);
        return hasHi ? Ufuncs.inPlace(Ufuncs.MINIMUM, r, hi) : r;
    }

    /** {@code np.clip(a, lo, hi)} with array bounds: all three broadcast, the dtype is their promotion. */
    public static NDArray clip(NDArray a, NDArray lo, NDArray hi) {
        try {
            Shapes.broadcast(Shapes.broadcast(shapeOf(a), shapeOf(lo)), shapeOf(hi));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("operands could not be broadcast together with shapes " + Shapes.compact(shapeOf(a))
                    + " " + Shapes.compact(shapeOf(lo)) + " " + Shapes.compact(shapeOf(hi)) + " ");
        }
        return Ufuncs.binary(Ufuncs.MINIMUM, Ufuncs.binary(Ufuncs.MAXIMUM, a, lo), hi);
    }

    private static NDArray kernel(NDArray a, DType dt, double lo, double hi) {
        NDArray ac = a.dtype() == dt ? a : Ufuncs.copyAs(a, dt);
        NDArray out = ArrayAccess.allocate(a.device(), dt, shapeOf(a));
        Backends.of(a).unary(NumjCpu.NUMJ_CLIP(), dt, dt, operandOf(ac), operandOf(out), shapeOf(a), lo, hi);
        return out;
    }
}
