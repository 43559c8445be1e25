package dev.numj;

import dev.numj.internal.Operand;
import dev.numj.internal.Ops;
import dev.numj.internal.Shapes;

/**
 * {@code argmax} / {@code argmin}: the backend's arg-reduction reduces the innermost axis, so the
 * reduced axis is moved last in the (view) strides handed to it. The first extreme wins; a NaN is
 * an extreme and the first NaN wins, as in NumPy.
 */
final class ArgReductions {
    private ArgReductions() {}

    /** {@code a.argmax()} / {@code a.argmin()} of the flattened array: a 0-d int64 array. */
    static NDArray flat(NDArray a, boolean max) {
        if (a.size == 0) throw empty(max);
        return along(a.ravel(), 0, max, false);
    }

    /** {@code a.argmax(axis=axis, keepdims=keepdims)}. */
    static NDArray axis(NDArray a, int axis, boolean max, boolean keepdims) {
        if (a.ndim() == 0) {
            // NumPy treats a 0-d array as 1-D here (its AxisError says "dimension 1") and returns 0-d
            Shapes.axis(axis, 1);
            return flat(a, max);
        }
        int ax = Shapes.axis(axis, a.ndim());
        if (a.shape[ax] == 0) throw empty(max);
        return along(a, ax, max, keepdims);
    }

    private static IllegalArgumentException empty(boolean max) {
        return new IllegalArgumentException("attempt to get " + (max ? "argmax" : "argmin") + " of an empty sequence");
    }

    private static NDArray along(NDArray a, int ax, boolean max, boolean keepdims) {
        int n = a.ndim();
        long[] outShape = new long[keepdims ? n : n - 1];
        for (int i = 0, j = 0; i < n; i++) {
            if (i != ax) outShape[j++] = a.shape[i];
            else if (keepdims) outShape[j++] = 1;
        }
        NDArray out = NDArray.allocate(a.device(), DType.INT64, outShape);
        // input and output seen over the input's axes with `ax` moved last (output stride 0 there)
        long[] shape = new long[n], in = new long[n], ost = new long[n];
        for (int i = 0, j = 0, o = 0; i < n; i++) {
            if (i == ax) {
                if (keepdims) o++;
                continue;
            }
            shape[j] = a.shape[i];
            in[j] = a.strides[i];
            ost[j++] = out.strides[o++];
        }
        shape[n - 1] = a.shape[ax];
        in[n - 1] = a.strides[ax];
        ost[n - 1] = 0;
        Ufuncs.backend(a).reduce(max ? Ops.RARGMAX : Ops.RARGMIN, a.dtype, DType.INT64,
                new Operand(a.storage, a.offset, in), new Operand(out.storage, out.offset, ost), shape);
        return out;
    }
}
