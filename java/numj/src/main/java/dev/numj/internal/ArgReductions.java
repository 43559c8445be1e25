package dev.numj.internal;

import dev.numj.internal.ffi.numj.NumjCpu;
import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.Shapes;
import dev.numj.DType;
import dev.numj.NDArray;

/**
 * {@code argmax} / {@code argmin}: the backend's arg-reduction reduces the innermost axis, so the
 * reduced axis is moved last in the (view) strides handed to it. The first extreme wins; a NaN is
 * an extreme and the first NaN wins, as in NumPy.
 */
public final class ArgReductions {
    private ArgReductions() {}

    /** {@code a.argmax()} / {@code a.argmin()} of the flattened array: a 0-d int64 array. */
    public static NDArray flat(NDArray a, boolean max) {
        if (a.size() == 0) throw empty(max);
        return along(Views.reshape(a, new long[] {-1}), 0, max, false);
    }

    /** {@code a.argmax(axis=axis, keepdims=keepdims)}. */
    public static NDArray axis(NDArray a, int axis, boolean max, boolean keepdims) {
        if (a.ndim() == 0) {
            // NumPy treats a 0-d array as 1-D here (its AxisError says "dimension 1") and returns 0-d
            Shapes.axis(axis, 1);
            return flat(a, max);
        }
        int ax = Shapes.axis(axis, a.ndim());
        if (shapeOf(a)[ax] == 0) throw empty(max);
        return along(a, ax, max, keepdims);
    }

    private static IllegalArgumentException empty(boolean max) {
        return new IllegalArgumentException("attempt to get " + (max ? "argmax" : "argmin") + " of an empty sequence");
    }

    private static NDArray along(NDArray a, int ax, boolean max, boolean keepdims) {
        int n = a.ndim();
        long[] outShape = new long[keepdims ? n : n - 1];
        for (int i = 0, j = 0; i < n; i++) {
            if (i != ax) outShape[j++] = shapeOf(a)[i];
            else if (keepdims) outShape[j++] = 1;
        }
        NDArray out = ArrayAccess.allocate(a.device(), DType.INT64, outShape);
        // input and output seen over the input's axes with `ax` moved last (output stride 0 there)
        long[] shape = new long[n], in = new long[n], ost = new long[n];
        for (int i = 0, j = 0, o = 0; i < n; i++) {
            if (i == ax) {
                if (keepdims) o++;
                continue;
            }
            shape[j] = shapeOf(a)[i];
            in[j] = stridesOf(a)[i];
            ost[j++] = stridesOf(out)[o++];
        }
        shape[n - 1] = shapeOf(a)[ax];
        in[n - 1] = stridesOf(a)[ax];
        ost[n - 1] = 0;
        Backends.of(a).reduce(max ? NumjCpu.NUMJ_RARGMAX() : NumjCpu.NUMJ_RARGMIN(), a.dtype(), DType.INT64,
                new Operand(storageOf(a), offsetOf(a), in), new Operand(storageOf(out), offsetOf(out), ost), shape);
        return out;
    }
}
