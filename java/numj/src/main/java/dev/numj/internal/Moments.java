package dev.numj.internal;

import dev.numj.internal.ffi.numj.NumjCpu;
import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import dev.numj.DType;
import dev.numj.NDArray;

/**
 * {@code var} and {@code std} by NumPy's two-pass algorithm ({@code numpy/_core/_methods.py}
 * {@code _var}): the mean (a sum with keepdims, divided by the count), the sum of squared deviations
 * from it, divided by {@code max(count - ddof, 0)}. Floats keep their dtype; bool and integers work
 * in float64. A count of 0, or ddof at least the count, gives NaN or inf as in NumPy (which also
 * warns); nothing throws.
 */
public final class Moments {
    private Moments() {}

    public static NDArray var(NDArray a, int[] axes, double ddof, boolean keepdims, boolean std) {
        boolean[] red = Reductions.axes(a, axes);
        long count = 1;
        for (int i = 0; i < red.length; i++) if (red[i]) count *= shapeOf(a)[i];
        DType t = a.dtype().isFloating() ? a.dtype() : DType.FLOAT64;
        NDArray mean = Ufuncs.inPlace(Ufuncs.DIV, Reductions.reduce(NumjCpu.NUMJ_RSUM(), t, a, red, true), (double) count);
        NDArray ret = overRows(a, t, red, mean, keepdims);
        if (ret == null) {
            NDArray x = Ufuncs.binary(Ufuncs.SUB, a, mean);
            // a deferred (fusible) x squares in the same pass that subtracts: one pass over a full-size array less
            // than squaring it in place; the bits are the same loops' either way
            if (storageOf(x).isDeferred()) x = Ufuncs.binary(Ufuncs.MUL, x, x);
            else Ufuncs.inPlace(Ufuncs.MUL, x, x);
            ret = Reductions.reduce(NumjCpu.NUMJ_RSUM(), t, x, red, keepdims);
        }
        Ufuncs.inPlace(Ufuncs.DIV, ret, Math.max(count - ddof, 0));
        if (std) Backends.of(ret).unary(NumjCpu.NUMJ_SQRT(), t, t, operandOf(ret), operandOf(ret), shapeOf(ret));
        return ret;
    }

    /**
     * The sum of squared deviations over axis 0 of a float matrix with contiguous rows, in one pass (the backend's
     * {@code sqdevRows}: no full-size temporary; standardising a 4096x1024 matrix reads 64 MB instead of 112), or
     * null where that does not apply. The bits are the two passes' (each step rounded the same, the rows summed in
     * order from 0, as the sum over axis 0 does).
     */
    private static NDArray overRows(NDArray a, DType t, boolean[] red, NDArray mean, boolean keepdims) {
        if (a.ndim() != 2 || !red[0] || red[1] || a.dtype() != t || !t.isFloating() || !a.device().isCpu()) return null;
        long[] sh = shapeOf(a);
        if (stridesOf(a)[1] != t.itemSize() || stridesOf(mean)[1] != t.itemSize() || sh[1] == 0) return null;
        NDArray out = ArrayAccess.allocate(a.device(), t, keepdims ? new long[] {1, sh[1]} : new long[] {sh[1]});
        return Backends.of(a).sqdevRows(t, sh[0], sh[1], operandOf(a), stridesOf(a)[0], operandOf(mean), operandOf(out)) ? out : null;
    }
}
