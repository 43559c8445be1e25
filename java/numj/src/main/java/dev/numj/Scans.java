package dev.numj;

import dev.numj.internal.Shapes;

/**
 * {@code cumsum} / {@code cumprod} (NumPy's {@code add.accumulate} / {@code multiply.accumulate}):
 * bool and int32 accumulate in int64 as NumPy does on 64-bit Linux, floats in their own dtype,
 * sequentially. Without an axis the array is flattened in C order first.
 */
final class Scans {
    private Scans() {}

    /** {@code op}: Ops.RSUM or Ops.RPROD; {@code axis} null flattens. */
    static NDArray scan(NDArray a, int op, Integer axis) {
        NDArray src = a;
        int ax = 0;
        if (axis == null) {
            src = a.ravel();
        } else if (a.ndim() == 0) {
            Shapes.axis(axis, 1);   // NumPy scans a 0-d array as shape (1,): its AxisError says "dimension 1"
            src = a.reshape(1L);
        } else {
            ax = Shapes.axis(axis, a.ndim());
        }
        DType t = a.dtype.isFloating() ? a.dtype : DType.INT64;
        // a cast copy is scanned in place; otherwise the scan reads the input and writes a new array
        NDArray out = src.dtype == t ? NDArray.allocate(t, src.shape) : Ufuncs.copyAs(src, t);
        NDArray in = src.dtype == t ? src : out;
        if (out.size > 0) Ufuncs.backend(a).scan(op, t, in.operand(), out.operand(), out.shape, ax);
        return out;
    }
}
