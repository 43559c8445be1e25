package dev.numj.internal.cuda;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code kernelParams} array of one cuLaunchKernel: each argument's bytes in a per-thread native
 * block and a pointer to each. The driver copies the arguments at launch, so the block is reused by the
 * thread's next launch at once. Iteration spaces are written in native/cuda/strided.cuh's layout.
 */
final class KernelArgs {
    /** Threads per block of every NumJ kernel (NUMJ_CU_BLOCK in native/cuda/dtypes.cuh). */
    static final int BLOCK = 256;
    static final int MAX_DIMS = 32;
    private static final int VALUES = 16 << 10, MAX_ARGS = 32;

    private static final ThreadLocal<KernelArgs> ARGS = ThreadLocal.withInitial(KernelArgs::new);

    private final MemorySegment values = Arena.ofAuto().allocate(VALUES, 16);
    private final MemorySegment pointers = Arena.ofAuto().allocate(8L * MAX_ARGS, 8);
    private long used;
    private int count;

    /** This thread's (emptied) argument block. */
    static KernelArgs start() {
        KernelArgs a = ARGS.get();
        a.used = 0;
        a.count = 0;
        return a;
    }

    private MemorySegment slot(long bytes, long align) {
        used = (used + align - 1) / align * align;
        if (used + bytes > VALUES || count == MAX_ARGS) throw new IllegalStateException("kernel arguments overflow");
        MemorySegment s = values.asSlice(used, bytes);
        pointers.setAtIndex(ValueLayout.ADDRESS, count++, s);
        used += bytes;
        return s;
    }

    KernelArgs i32(int v) { slot(4, 4).set(ValueLayout.JAVA_INT, 0, v); return this; }

    KernelArgs i64(long v) { slot(8, 8).set(ValueLayout.JAVA_LONG, 0, v); return this; }

    KernelArgs f64(double v) { slot(8, 8).set(ValueLayout.JAVA_DOUBLE, 0, v); return this; }

    /** A device pointer (0 for NULL). */
    KernelArgs ptr(long address) { return i64(address); }

    /** A numj_iter&lt;N&gt; struct by value, N = it.strides().length. */
    KernelArgs iter(Iter it) {
        int n = it.strides().length;
        MemorySegment s = slot(16 + 8L * MAX_DIMS * (1 + n), 8);
        s.fill((byte) 0);
        s.set(ValueLayout.JAVA_INT, 0, it.ndim());
        s.set(ValueLayout.JAVA_LONG, 8, it.n());
        for (int d = 0; d < it.ndim(); d++) {
            s.set(ValueLayout.JAVA_LONG, 16 + 8L * d, it.shape()[d]);
            for (int k = 0; k < n; k++) s.set(ValueLayout.JAVA_LONG, 16 + 8L * MAX_DIMS * (1 + k) + 8L * d, it.strides()[k][d]);
        }
        return this;
    }

    MemorySegment pointers() { return pointers; }

    /**
     * An iteration space: extents and per-operand byte strides, after dropping length-1 axes and merging
     * axes that every operand walks contiguously (so a contiguous array is one axis).
     */
    record Iter(int ndim, long n, long[] shape, long[][] strides) {
        /** {@code strides[k]} may be null or shorter than shape (missing entries are 0: broadcast). */
        static Iter of(long[] shape, long[]... strides) {
            int ops = strides.length;
            List<long[]> axes = new ArrayList<>();   // {extent, stride_0, ..., stride_ops-1}
            long n = 1;
            for (int d = 0; d < shape.length; d++) {
                n *= shape[d];
                if (shape[d] == 1) continue;
                long[] ax = new long[1 + ops];
                ax[0] = shape[d];
                for (int k = 0; k < ops; k++)
                    ax[1 + k] = strides[k] != null && d < strides[k].length ? strides[k][d] : 0;
                if (!axes.isEmpty()) {
                    long[] prev = axes.get(axes.size() - 1);
                    boolean merge = true;
                    for (int k = 0; k < ops && merge; k++) merge = prev[1 + k] == ax[1 + k] * ax[0];
                    if (merge) {
                        prev[0] *= ax[0];
                        for (int k = 0; k < ops; k++) prev[1 + k] = ax[1 + k];
                        continue;
                    }
                }
                axes.add(ax);
            }
            if (axes.size() > MAX_DIMS) throw new IllegalArgumentException("more than " + MAX_DIMS + " dimensions");
            int nd = axes.size();
            long[] sh = new long[nd];
            long[][] st = new long[ops][nd];
            for (int d = 0; d < nd; d++) {
                sh[d] = axes.get(d)[0];
                for (int k = 0; k < ops; k++) st[k][d] = axes.get(d)[1 + k];
            }
            return new Iter(nd, shape.length == 0 ? 1 : n, sh, st);
        }
    }
}
