package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import dev.numj.internal.Shapes;
import dev.numj.DType;
import dev.numj.Device;
import dev.numj.NDArray;

/** {@code np.where(cond, x, y)}. */
public final class Select {
    private Select() {}

    private static void nonNull(Object cond, Object x, Object y) {
        java.util.Objects.requireNonNull(cond, "where: condition is null");
        java.util.Objects.requireNonNull(x, "where: x is null");
        java.util.Objects.requireNonNull(y, "where: y is null");
    }

    public static NDArray where(NDArray cond, NDArray x, NDArray y) {
        nonNull(cond, x, y);
        DType dt = DType.promote(x.dtype(), y.dtype());
        long[] shape = Shapes.broadcastAll(shapeOf(cond), shapeOf(x), shapeOf(y));
        NDArray c = cond.dtype().isBool() ? cond : Ufuncs.binary(Ufuncs.NE, cond, 0L);
        NDArray xc = x.dtype() == dt ? x : Ufuncs.copyAs(x, dt), yc = y.dtype() == dt ? y : Ufuncs.copyAs(y, dt);
        Device d = Devices.common("where", cond, x, y);
        NDArray out = ArrayAccess.allocate(d, dt, shape);
        Backends.of(d).where(dt, operandOf(c, shape), operandOf(xc, shape), operandOf(yc, shape), operandOf(out), shape);
        return out;
    }

    /**
     * {@code np.where(cond, x, y)} where x or y (or both) is a Java scalar (Long, Double or Boolean),
     * weak like a Python scalar: beside an array it takes the array's kind when it fits
     * ({@code where(c, int32Array, 2)} is int32); two scalars give int64, float64 or bool as two
     * Python scalars do. As in NumPy 2, an int scalar is converted without a range check (an int32
     * branch with 3000000000 wraps, which is what np.where does).
     */
    public static NDArray where(NDArray cond, Object x, Object y) {
        nonNull(cond, x, y);
        if (x instanceof NDArray xa && y instanceof NDArray ya) return where(cond, xa, ya);
        DType dt;
        if (x instanceof NDArray xa) dt = DType.promote(xa.dtype(), weakUnchecked(xa.dtype(), y));
        else if (y instanceof NDArray ya) dt = DType.promote(ya.dtype(), weakUnchecked(ya.dtype(), x));
        else if (x instanceof Double || y instanceof Double) dt = DType.FLOAT64;
        else if (x instanceof Long || y instanceof Long) dt = DType.INT64;
        else dt = DType.BOOL;
        return where(cond, x instanceof NDArray xa ? xa : scalar(dt, x), y instanceof NDArray ya ? ya : scalar(dt, y));
    }

    private static DType weakUnchecked(DType arr, Object scalar) {
        if (scalar instanceof Double) return arr.isFloating() ? arr : DType.FLOAT64;
        if (scalar instanceof Long) return arr.isBool() ? DType.INT64 : arr;
        return arr;
    }

    private static NDArray scalar(DType dt, Object value) {
        NDArray s = ArrayAccess.allocate(dt, new long[0]);
        Ufuncs.fill(s, value);
        return s;
    }
}
