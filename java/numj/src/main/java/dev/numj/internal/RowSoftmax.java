package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.internal.backend.Backend;

/**
 * Softmax, log-softmax and the cross-entropy from logits as one fused kernel per row block, where the
 * array's backend has one ({@link Backend#fusesSoftmax}: CUDA). The callers ({@code dev.numj.nn}) ask
 * {@link #fuses} first and otherwise compose the same formulas from ufuncs and reductions, which is also
 * the path that raises NumPy's errors (a bad axis, an empty axis): the fused path takes only the cases
 * with nothing to report.
 */
public final class RowSoftmax {
    private RowSoftmax() {}

    /**
     * Whether the softmax of {@code z} along {@code axis} runs fused: z float32 or float64 with at least one
     * element, axis valid, on a backend with the kernel.
     */
    public static boolean fuses(NDArray z, int axis) {
        int nd = z.ndim();
        if (nd == 0 || axis < -nd || axis >= nd || z.size() == 0) return false;
        return (z.dtype() == DType.FLOAT32 || z.dtype() == DType.FLOAT64) && Backends.of(z).fusesSoftmax(z.dtype());
    }

    /** {@code exp(s) / sum(exp(s))}, or {@code s - log(sum(exp(s)))} when {@code log}, s = z - max(z) along axis; see {@link #fuses}. */
    public static NDArray softmax(NDArray z, int axis, boolean log) {
        int ax = Shapes.axis(axis, z.ndim());
        NDArray out = ArrayAccess.allocate(z.device(), z.dtype(), shapeOf(z));
        Backends.of(z).softmax(log, z.dtype(), operandOf(z), operandOf(out), shapeOf(z), ax);
        return out;
    }

    /**
     * The rows of a cross-entropy from logits (m, k) that {@link #fuses} along axis 1: float64 (m,) holding
     * {@code logp[i, labels[i]]} for int64 labels (m,) (checked against [0, k) by the caller), or
     * {@code sum_j y[i, j] * logp[i, j]} for float64 targets (m, k). The loss is minus their mean.
     */
    public static NDArray crossEntropyRows(NDArray logits, NDArray y, boolean targets) {
        Devices.common("crossEntropyFromLogits", logits, y);
        long[] shape = shapeOf(logits);
        if (shape.length != 2 || y.dtype() != (targets ? DType.FLOAT64 : DType.INT64) || y.ndim() != (targets ? 2 : 1))
            throw new IllegalArgumentException("crossEntropyRows: logits (m, k) with int64 labels (m,) or float64 targets (m, k)");
        NDArray out = ArrayAccess.allocate(logits.device(), DType.FLOAT64, new long[] {shape[0]});
        Backends.of(logits).crossEntropyRows(logits.dtype(), operandOf(logits), shape[0], shape[1], operandOf(y), targets, operandOf(out));
        return out;
    }
}
