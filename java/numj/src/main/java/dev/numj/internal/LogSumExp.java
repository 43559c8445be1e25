package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.shapeOf;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.internal.ffi.numj.NumjCpu;

/**
 * {@code scipy.special.logsumexp(a, axis, keepdims)}: {@code log(sum(exp(a - m))) + m} with m the maximum along
 * the reduced axes where it is finite (0 where it is not), so no exp overflows and all -inf gives log(0) = -inf;
 * a NaN makes the maximum NaN, then 0, and the NaN reaches the sum. An empty reduction sums nothing: -inf.
 */
public final class LogSumExp {
    private LogSumExp() {}

    public static NDArray logsumexp(NDArray a, int[] axes, boolean keepdims) {
        DType t = a.dtype().isFloating() ? a.dtype() : DType.FLOAT64;
        NDArray x = a.dtype() == t ? a : Ufuncs.copyAs(a, t);
        boolean[] red = Reductions.axes(x, axes);
        boolean empty = false;
        for (int i = 0; i < red.length; i++) empty |= red[i] && shapeOf(x)[i] == 0;
        if (empty) return Ufuncs.unaryInPlace(Ufuncs.LOG, Reductions.reduce(NumjCpu.NUMJ_RSUM(), t, x, red, keepdims));
        NDArray m = Reductions.reduce(NumjCpu.NUMJ_RMAX(), t, x, red, true);
        m = Select.where(Ufuncs.unary(Ufuncs.ISFINITE, m), m, 0.0);
        NDArray e = Ufuncs.unaryInPlace(Ufuncs.EXP, Ufuncs.binary(Ufuncs.SUB, x, m));
        NDArray r = Ufuncs.unaryInPlace(Ufuncs.LOG, Reductions.reduce(NumjCpu.NUMJ_RSUM(), t, e, red, keepdims));
        if (!keepdims) {
            int n = 0;
            for (boolean b : red) if (b) n++;
            int[] squeezed = new int[n];
            for (int i = 0, j = 0; i < red.length; i++) if (red[i]) squeezed[j++] = i;
            m = Shaping.squeeze(m, squeezed);
        }
        return Ufuncs.inPlace(Ufuncs.ADD, r, m);
    }
}
