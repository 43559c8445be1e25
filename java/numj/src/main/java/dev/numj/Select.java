package dev.numj;

import dev.numj.internal.Shapes;

/** {@code np.where(cond, x, y)}. */
final class Select {
    private Select() {}

    static NDArray where(NDArray cond, NDArray x, NDArray y) {
        DType dt = DType.promote(x.dtype, y.dtype);
        long[] shape = Shapes.broadcast(Shapes.broadcast(cond.shape, x.shape), y.shape);
        NDArray c = cond.dtype.isBool() ? cond : cond.ne(0L);
        NDArray xc = x.dtype == dt ? x : x.astype(dt), yc = y.dtype == dt ? y : y.astype(dt);
        NDArray out = NDArray.allocate(dt, shape);
        Ufuncs.backend(x).where(dt, c.operand(shape), xc.operand(shape), yc.operand(shape), out.operand(), shape);
        return out;
    }
}
