package dev.numj.internal;

import dev.numj.internal.ffi.numj.NumjCpu;

import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import dev.numj.internal.Shapes;
import dev.numj.DType;
import dev.numj.NDArray;

/**
 * {@code cumsum} / {@code cumprod} (NumPy's {@code add.accumulate} / {@code multiply.accumulate}):
 * bool and int32 accumulate in int64 as NumPy does on 64-bit Linux, floats in their own dtype,
 * sequentially. Without an axis the array is flattened in C order first.
 */
public final class Scans {
    private Scans() {}

    /** NumPy {@code np.cumsum(a, axis)}; {@code axis} null flattens. */
    public static NDArray cumsum(NDArray a, Integer axis) { return scan(a, NumjCpu.NUMJ_RSUM(), axis); }

    /** NumPy {@code np.cumprod(a, axis)}; {@code axis} null flattens. */
    public static NDArray cumprod(NDArray a, Integer axis) { return scan(a, NumjCpu.NUMJ_RPROD(), axis); }

    /** {@code op}: NUMJ_RSUM or NUMJ_RPROD; {@code axis} null flattens. */
    public static NDArray scan(NDArray a, int op, Integer axis) {
        NDArray src = a;
        int ax = 0;
        if (axis == null) {
            src = Views.reshape(a, new long[] {-1});
        } else if (a.ndim() == 0) {
            Shapes.axis(axis, 1);   // NumPy scans a 0-d array as shape (1,): its AxisError says "dimension 1"
            src = Views.reshape(a, new long[] {1L});
        } else {
            ax = Shapes.axis(axis, a.ndim());
        }
        DType t = a.dtype().isFloating() ? a.dtype() : DType.INT64;
        // a cast copy is scanned in place; otherwise the scan reads the input and writes a new array
        NDArray out = src.dtype() == t ? ArrayAccess.allocate(a.device(), t, shapeOf(src)) : Ufuncs.copyAs(src, t);
        NDArray in = src.dtype() == t ? src : out;
        if (out.size() > 0) Backends.of(a).scan(op, t, operandOf(in), operandOf(out), shapeOf(out), ax);
        return out;
    }

    /**
     * The Array API's {@code cumulative_sum} / {@code cumulative_prod} (NumPy 2.1): {@code axis} null is only
     * allowed for arrays of at most one dimension (a 0-d array scans as shape (1,)); with
     * {@code includeInitial} the result starts with the identity (0 or 1), one longer along the axis.
     */
    public static NDArray cumulative(NDArray a, boolean sum, Integer axis, boolean includeInitial) {
        int op = sum ? NumjCpu.NUMJ_RSUM() : NumjCpu.NUMJ_RPROD();
        if (axis == null && a.ndim() > 1)
            throw new IllegalArgumentException("For arrays which have more than one dimension ``axis`` argument is required.");
        NDArray src = a.ndim() == 0 ? Views.reshape(a, new long[] {1L}) : a;
        int ax = Shapes.axis(axis == null ? 0 : axis, src.ndim());
        NDArray r = scan(src, op, ax);
        if (!includeInitial) return r;
        long[] s = shapeOf(r).clone();
        s[ax] += 1;
        NDArray out = Creation.full(r.dtype(), s, sum ? 0L : 1L);
        dev.numj.Index[] items = new dev.numj.Index[ax + 1];
        java.util.Arrays.fill(items, dev.numj.Index.ALL);
        items[ax] = new dev.numj.Index.Slice(1L, null, null);
        Ufuncs.assign(Views.index(out, items), r);
        return out;
    }
}
