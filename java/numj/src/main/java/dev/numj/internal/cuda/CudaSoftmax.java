package dev.numj.internal.cuda;

import dev.numj.DType;
import dev.numj.internal.backend.DTypes;
import dev.numj.internal.cuda.KernelArgs.Iter;

import java.util.Arrays;

/**
 * The launches of native/cuda/softmax.cu: fused row softmax and log-softmax along an axis, and the
 * per-row terms of a cross-entropy from logits. One block per row, grid-stride over rows. The planning
 * (rows, checks) is in static methods tested without a GPU.
 */
final class CudaSoftmax {
    private CudaSoftmax() {}

    /** The dtypes numj_softmax and numj_cross_entropy have a loop for. */
    static boolean supported(DType dt) { return dt == DType.FLOAT32 || dt == DType.FLOAT64; }

    /** The rows of a softmax along {@code axis}: every axis but it, the input's and the output's strides. */
    static Iter rows(long[] shape, int axis, long[] inStrides, long[] outStrides) {
        if (axis < 0 || axis >= shape.length || shape[axis] < 1)
            throw new IllegalArgumentException("softmax needs an axis of at least one element, not axis " + axis + " of "
                    + Arrays.toString(shape));
        return Iter.of(CudaIndexing.scanRows(shape, axis), inStrides, outStrides);
    }

    /** numj_softmax: softmax (or log-softmax) of in along {@code axis} into out; in may be out. */
    static void softmax(CudaContext ctx, boolean log, DType dt, long in, long[] inStrides, long out, long[] outStrides,
                        long[] shape, int axis) {
        Iter rows = rows(shape, axis, inStrides, outStrides);
        if (rows.n() == 0) return;
        ctx.launch((log ? "logSoftmax " : "softmax ") + dt, "numj_softmax", rows.n(), CudaIndexing.grid(rows.n()), KernelArgs.start()
                .i32(log ? 1 : 0).i32(DTypes.code(dt)).iter(rows).i64(shape[axis]).i64(inStrides[axis]).i64(outStrides[axis])
                .ptr(in).ptr(out));
    }

    /**
     * numj_cross_entropy: out[i] (m contiguous float64) = logp[i, y[i]] for int64 labels, or
     * sum_j y[i, j] * logp[i, j] for float64 targets, logp the log-softmax of the logits' row i.
     */
    static void crossEntropyRows(CudaContext ctx, DType dt, long logits, long[] logitStrides, long m, long k, long y, long[] yStrides,
                                 boolean targets, long out) {
        if (logitStrides.length != 2 || yStrides.length != (targets ? 2 : 1) || k < 1)
            throw new IllegalArgumentException("cross-entropy rows need logits (m, k) with k >= 1 and " + (targets ? "targets (m, k)" : "labels (m,)"));
        if (m == 0) return;
        ctx.launch("crossEntropyFromLogits " + dt, "numj_cross_entropy", m, CudaIndexing.grid(m), KernelArgs.start()
                .i32(DTypes.code(dt)).i32(targets ? 1 : 0).i64(m).i64(k).i64(logitStrides[0]).i64(logitStrides[1])
                .ptr(logits).ptr(y).i64(yStrides[0]).i64(targets ? yStrides[1] : 0).ptr(out));
    }
}
