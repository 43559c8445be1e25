package dev.numj.internal.cpu;

import dev.numj.internal.backend.Status;
import dev.numj.DType;
import dev.numj.internal.backend.Backend;
import dev.numj.internal.backend.DTypes;
import dev.numj.internal.runtime.Memory;
import dev.numj.internal.runtime.NativeLoader;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.ffi.numj.NumjCpu;
import dev.numj.internal.ffi.openblas.OpenBlas;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The CPU backend: NumJ's own C kernels (native/cpu) for elementwise work and reductions, OpenBLAS
 * for matrix products, all through the jextract bindings. Shapes and strides travel in a per-thread
 * native scratch block, so a call allocates nothing off-heap.
 */
public final class CpuBackend implements Backend {
    public static final CpuBackend INSTANCE = new CpuBackend();

    private static final int SLOT = 8 * 32;          // bytes for one long[32]
    private static final int CBLAS_ROW_MAJOR = 101, CBLAS_NO_TRANS = 111, CBLAS_TRANS = 112;

    private static final ThreadLocal<MemorySegment> SCRATCH =
            ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(SLOT * 6L, 64));

    private CpuBackend() { NativeLoader.ensureLoaded(); }

    private static MemorySegment put(MemorySegment scratch, int slot, long[] values) {
        if (values.length > SLOT / 8) throw new IllegalArgumentException(values.length + " values do not fit a kernel argument slot");
        // one bulk copy: a loop of setAtIndex is a VarHandle call per value, slow before the JIT has compiled it
        MemorySegment.copy(values, 0, scratch, ValueLayout.JAVA_LONG, (long) slot * SLOT, values.length);
        return scratch.asSlice((long) slot * SLOT, SLOT);
    }

    private static void check(int status, String what) {
        if (status != 0) throw new IllegalStateException("native kernel " + what + " failed: " + Status.describe(status));
    }

    @Override
    public void cast(DType srcType, Operand src, DType dstType, Operand dst, long[] shape) {
        if (Critical.small(shape)) {
            check(Critical.cast(DTypes.code(srcType), DTypes.code(dstType), shape.length, shape, src.address(), src.strides(),
                    dst.writeAddress(), dst.strides()), "cast");
            return;
        }
        MemorySegment s = SCRATCH.get();
        check(NumjCpu.numj_cast(DTypes.code(srcType), DTypes.code(dstType), shape.length, put(s, 0, shape),
                src.address(), put(s, 1, src.strides()), dst.writeAddress(), put(s, 2, dst.strides())), "cast");
    }

    @Override
    public void fill(DType dt, Operand dst, long[] shape, long valueBits) {
        MemorySegment s = SCRATCH.get();
        MemorySegment v = s.asSlice(SLOT * 5L, 8);
        v.set(ValueLayout.JAVA_LONG, 0, valueBits);
        check(NumjCpu.numj_fill(DTypes.code(dt), shape.length, put(s, 0, shape), dst.writeAddress(),
                put(s, 1, dst.strides()), v), "fill");
    }

    @Override
    public void binary(int op, DType dt, Operand a, Operand b, Operand out, long[] shape) {
        if (Critical.small(shape)) {
            check(Critical.binary(op, DTypes.code(dt), shape.length, shape, a.address(), a.strides(), b.address(), b.strides(),
                    out.writeAddress(), out.strides()), "binary op " + op);
            return;
        }
        MemorySegment s = SCRATCH.get();
        check(NumjCpu.numj_binary(op, DTypes.code(dt), shape.length, put(s, 0, shape),
                a.address(), put(s, 1, a.strides()), b.address(), put(s, 2, b.strides()),
                out.writeAddress(), put(s, 3, out.strides())), "binary op " + op);
    }

    @Override
    public void unary(int op, DType dt, DType outType, Operand a, Operand out, long[] shape, double... params) {
        if (Critical.small(shape)) {
            check(Critical.unary(op, DTypes.code(dt), DTypes.code(outType), shape.length, shape, a.address(), a.strides(),
                    out.writeAddress(), out.strides(), params.length > 0 ? MemorySegment.ofArray(params) : MemorySegment.NULL),
                    "unary op " + op);
            return;
        }
        MemorySegment s = SCRATCH.get();
        MemorySegment p = MemorySegment.NULL;
        if (params.length > 0) {
            p = s.asSlice(SLOT * 4L, SLOT);
            for (int i = 0; i < params.length; i++) p.setAtIndex(ValueLayout.JAVA_DOUBLE, i, params[i]);
        }
        check(NumjCpu.numj_unary(op, DTypes.code(dt), DTypes.code(outType), shape.length, put(s, 0, shape),
                a.address(), put(s, 1, a.strides()), out.writeAddress(), put(s, 2, out.strides()), p),
                "unary op " + op);
    }

    @Override
    public void where(DType dt, Operand cond, Operand x, Operand y, Operand out, long[] shape) {
        MemorySegment s = SCRATCH.get();
        check(NumjCpu.numj_where(DTypes.code(dt), shape.length, put(s, 0, shape),
                cond.address(), put(s, 1, cond.strides()), x.address(), put(s, 2, x.strides()),
                y.address(), put(s, 3, y.strides()), out.writeAddress(), put(s, 4, out.strides())), "where");
    }

    @Override
    public void reduce(int op, DType inType, DType outType, Operand in, Operand out, long[] shape) {
        if (Critical.small(shape)) {
            check(Critical.reduce(op, DTypes.code(inType), DTypes.code(outType), shape.length, shape, in.address(), in.strides(),
                    out.writeAddress(), out.strides()), "reduce op " + op);
            return;
        }
        MemorySegment s = SCRATCH.get();
        check(NumjCpu.numj_reduce(op, DTypes.code(inType), DTypes.code(outType), shape.length, put(s, 0, shape),
                in.address(), put(s, 1, in.strides()), out.writeAddress(), put(s, 2, out.strides())),
                "reduce op " + op);
    }

    @Override
    public boolean sqdevRows(DType dt, long rows, long cols, Operand a, long rowStride, Operand mean, Operand out) {
        check(NumjCpu.numj_sqdev_rows(DTypes.code(dt), rows, cols, a.address(), rowStride, mean.address(), out.writeAddress()),
                "var over axis 0");
        return true;
    }

    @Override
    public void gemm(DType dt, boolean transA, boolean transB, int m, int n, int k,
                     Operand a, long lda, Operand b, long ldb, Operand c, long ldc, boolean accumulate) {
        if (dt == DType.FLOAT32 || dt == DType.FLOAT64) {
            // NumJ's own kernel takes the products it is measured faster at (native/cpu/gemm.cc); 0: OpenBLAS's
            int done = NumjCpu.numj_gemm(DTypes.code(dt), transA ? 1 : 0, transB ? 1 : 0, m, n, k, a.address(), lda,
                    b.address(), ldb, c.writeAddress(), ldc, accumulate ? 1 : 0);
            if (done == 1) return;
            if (done < 0) check(done, "matmul of (" + m + "," + k + ") and (" + k + "," + n + ") " + dt);
        }
        NativeLoader.ensureBlas();
        int ta = transA ? CBLAS_TRANS : CBLAS_NO_TRANS, tb = transB ? CBLAS_TRANS : CBLAS_NO_TRANS;
        if (dt == DType.FLOAT32) {
            OpenBlas.cblas_sgemm(CBLAS_ROW_MAJOR, ta, tb, m, n, k, 1f, a.address(), (int) lda,
                    b.address(), (int) ldb, accumulate ? 1f : 0f, c.writeAddress(), (int) ldc);
        } else if (dt == DType.FLOAT64) {
            OpenBlas.cblas_dgemm(CBLAS_ROW_MAJOR, ta, tb, m, n, k, 1d, a.address(), (int) lda,
                    b.address(), (int) ldb, accumulate ? 1d : 0d, c.writeAddress(), (int) ldc);
        } else {
            throw new IllegalArgumentException("gemm is float32/float64 only, got " + dt);
        }
    }

    @Override
    public void dot(DType dt, int n, Operand x, long incx, Operand y, long incy, Operand c) {
        NativeLoader.ensureBlas();
        if (dt == DType.FLOAT32) {
            c.writeAddress().set(ValueLayout.JAVA_FLOAT, 0,
                    OpenBlas.cblas_sdot(n, x.address(), (int) incx, y.address(), (int) incy));
        } else if (dt == DType.FLOAT64) {
            c.writeAddress().set(ValueLayout.JAVA_DOUBLE, 0,
                    OpenBlas.cblas_ddot(n, x.address(), (int) incx, y.address(), (int) incy));
        } else {
            throw new IllegalArgumentException("dot is float32/float64 only, got " + dt);
        }
    }

    // ---- boolean-mask and integer-array indexing ----

    @Override
    public void compress(DType dt, Operand mask, Operand a, long[] shape, Operand dense, long count) {
        MemorySegment s = SCRATCH.get();
        check(NumjCpu.numj_compress(DTypes.code(dt), shape.length, put(s, 0, shape), mask.address(), put(s, 1, mask.strides()),
                a.address(), put(s, 2, a.strides()), dense.writeAddress(), count), "compress");
    }

    @Override
    public void expand(DType dt, Operand mask, Operand a, long[] shape, Operand dense, long count) {
        MemorySegment s = SCRATCH.get();
        check(NumjCpu.numj_expand(DTypes.code(dt), shape.length, put(s, 0, shape), mask.address(), put(s, 1, mask.strides()),
                a.writeAddress(), put(s, 2, a.strides()), dense.address(), count), "expand");
    }

    @Override
    public void maskedFill(DType dt, Operand mask, Operand a, long[] shape, Operand value) {
        MemorySegment s = SCRATCH.get();
        check(NumjCpu.numj_masked_fill(DTypes.code(dt), shape.length, put(s, 0, shape), mask.address(), put(s, 1, mask.strides()),
                a.writeAddress(), put(s, 2, a.strides()), value.address()), "masked fill");
    }

    @Override
    public void maskOffsets(Operand mask, Operand base, long[] shape, Operand offsets, long count) {
        MemorySegment s = SCRATCH.get();
        check(NumjCpu.numj_mask_offsets(shape.length, put(s, 0, shape), mask.address(), put(s, 1, mask.strides()),
                base.address(), put(s, 2, base.strides()), offsets.writeAddress(), count), "mask offsets");
    }

    @Override
    public java.util.OptionalLong indexOffsets(DType idxType, Operand idx, long[] shape, long extent, long byteStride,
                                               Operand offsets, boolean accumulate) {
        MemorySegment s = SCRATCH.get();
        MemorySegment bad = s.asSlice(SLOT * 3L, 16);
        check(NumjCpu.numj_index_offsets(DTypes.code(idxType), shape.length, put(s, 0, shape), idx.address(),
                put(s, 1, idx.strides()), extent, byteStride, offsets.writeAddress(), put(s, 2, offsets.strides()),
                accumulate ? 1 : 0, bad), "index offsets");
        return bad.get(ValueLayout.JAVA_LONG, 0) != 0
                ? java.util.OptionalLong.of(bad.get(ValueLayout.JAVA_LONG, 8)) : java.util.OptionalLong.empty();
    }

    @Override
    public void gather(DType dt, long[] shape, int axis, Operand offsets, Operand indexed, Operand dense) {
        MemorySegment s = SCRATCH.get();
        check(NumjCpu.numj_gather(DTypes.code(dt), shape.length, put(s, 0, shape), axis, offsets.address(),
                indexed.address(), put(s, 1, indexed.strides()), dense.writeAddress(), put(s, 2, dense.strides())), "gather");
    }

    @Override
    public java.util.OptionalLong gatherIndex(DType dt, long[] shape, int axis, DType idxType, Operand idx, long extent,
                                              long byteStride, Operand indexed, Operand dense) {
        MemorySegment s = SCRATCH.get();
        MemorySegment bad = s.asSlice(SLOT * 3L, 16);
        check(NumjCpu.numj_gather_index(DTypes.code(dt), shape.length, put(s, 0, shape), axis, DTypes.code(idxType), idx.address(),
                extent, byteStride, indexed.address(), put(s, 1, indexed.strides()), dense.writeAddress(),
                put(s, 2, dense.strides()), bad), "gather");
        return bad.get(ValueLayout.JAVA_LONG, 0) != 0
                ? java.util.OptionalLong.of(bad.get(ValueLayout.JAVA_LONG, 8)) : java.util.OptionalLong.empty();
    }

    @Override
    public java.util.OptionalLong scatterAt(int op, DType dt, DType indexedType, long[] shape, int axis, DType idxType, Operand idx, long extent,
                                            long byteStride, Operand indexed, Operand dense) {
        MemorySegment s = SCRATCH.get();
        MemorySegment bad = s.asSlice(SLOT * 3L, 16);
        check(NumjCpu.numj_scatter_at(op, DTypes.code(dt), DTypes.code(indexedType), shape.length, put(s, 0, shape), axis, DTypes.code(idxType), idx.address(),
                extent, byteStride, indexed.writeAddress(), put(s, 1, indexed.strides()), dense.address(),
                put(s, 2, dense.strides()), bad), "ufunc.at");
        return bad.get(ValueLayout.JAVA_LONG, 0) != 0
                ? java.util.OptionalLong.of(bad.get(ValueLayout.JAVA_LONG, 8)) : java.util.OptionalLong.empty();
    }

    @Override
    public void scatter(DType dt, long[] shape, int axis, Operand offsets, Operand indexed, Operand dense) {
        MemorySegment s = SCRATCH.get();
        check(NumjCpu.numj_scatter(DTypes.code(dt), shape.length, put(s, 0, shape), axis, offsets.address(),
                indexed.writeAddress(), put(s, 1, indexed.strides()), dense.address(), put(s, 2, dense.strides())), "scatter");
    }

    // ---- random numbers ----

    @Override
    public void randomFill(int kind, DType dt, long seed, long offset, long n, Operand out, double[] params, long[] iparams) {
        MemorySegment s = SCRATCH.get();
        MemorySegment p = MemorySegment.NULL, ip = MemorySegment.NULL;
        if (params.length > 0) {
            p = s.asSlice(SLOT * 4L, SLOT);
            for (int i = 0; i < params.length; i++) p.setAtIndex(ValueLayout.JAVA_DOUBLE, i, params[i]);
        }
        if (iparams.length > 0) ip = put(s, 3, iparams);
        check(NumjCpu.numj_random_fill(kind, DTypes.code(dt), seed, offset, n, out.writeAddress(), p, ip), "random kind " + kind);
    }

    @Override
    public void randomSample(int kind, DType dt, long seed, long offset, long n, Operand out, Operand[] params, Operand iparam) {
        MemorySegment[] p = new MemorySegment[4];
        long[] st = new long[4];
        for (int i = 0; i < 4; i++) {
            p[i] = i < params.length ? params[i].address() : MemorySegment.NULL;
            st[i] = i < params.length ? params[i].strides()[0] / 8 : 0;
        }
        MemorySegment ip = iparam == null ? MemorySegment.NULL : iparam.address();
        long si = iparam == null ? 0 : iparam.strides()[0] / 8;
        check(NumjCpu.numj_random_sample(kind, DTypes.code(dt), seed, offset, n, out.writeAddress(), p[0], st[0], p[1], st[1],
                p[2], st[2], p[3], st[3], ip, si), "random kind " + kind);
    }

    @Override
    public void randomChoice(long seed, long offset, long n, Operand out, Operand cdf, long k) {
        check(NumjCpu.numj_random_choice(seed, offset, n, out.writeAddress(), cdf.address(), k), "random choice");
    }

    @Override
    public void randomMultinomial(long seed, long offset, long rows, long k, Operand n, Operand pvals, Operand out) {
        check(NumjCpu.numj_random_multinomial(seed, offset, rows, k, n.address(), n.strides()[0] / 8, pvals.address(),
                pvals.strides()[0] / 8, out.writeAddress()), "random multinomial");
    }

    @Override
    public void randomDirichlet(long seed, long offset, long rows, long k, Operand alpha, Operand out) {
        check(NumjCpu.numj_random_dirichlet(seed, offset, rows, k, alpha.address(), out.writeAddress()), "random dirichlet");
    }

    // ---- reductions and search ----

    @Override
    public void select(DType dt, Operand data, long m, long n, long[] ks) {
        try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
            MemorySegment k = arena.allocate(8L * Math.max(ks.length, 1), 8);
            for (int i = 0; i < ks.length; i++) k.setAtIndex(ValueLayout.JAVA_LONG, i, ks[i]);
            check(NumjCpu.numj_select(DTypes.code(dt), m, n, data.writeAddress(), ks.length, k), "select");
        }
    }

    @Override
    public void scan(int op, DType dt, Operand in, Operand out, long[] shape, int axis) {
        MemorySegment s = SCRATCH.get();
        check(NumjCpu.numj_scan(op, DTypes.code(dt), shape.length, put(s, 0, shape), axis,
                in.address(), put(s, 1, in.strides()), out.writeAddress(), put(s, 2, out.strides())), "scan op " + op);
    }

    @Override
    public void sort(DType dt, Operand in, Operand values, Operand indices, long[] shape, int axis, boolean descending, long k) {
        MemorySegment s = SCRATCH.get();
        long n = shape[axis];
        long work = (Math.multiplyExact(n, 2L * dt.itemSize()) + 7) / 8 * 8 + Math.multiplyExact(n, 16L);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment w = Memory.allocate(Math.max(work, 1), arena).segment();
            check(NumjCpu.numj_sort(DTypes.code(dt), shape.length, put(s, 0, shape), axis, descending ? 1 : 0, k,
                    in.address(), put(s, 1, in.strides()),
                    values == null ? MemorySegment.NULL : values.writeAddress(), values == null ? MemorySegment.NULL : put(s, 2, values.strides()),
                    indices == null ? MemorySegment.NULL : indices.writeAddress(), indices == null ? MemorySegment.NULL : put(s, 3, indices.strides()),
                    w), "sort");
        }
    }

    @Override
    public void searchsorted(DType dt, long n, Operand sorted, boolean right, Operand values, Operand out, long[] shape) {
        MemorySegment s = SCRATCH.get();
        check(NumjCpu.numj_searchsorted(DTypes.code(dt), n, sorted.address(), n > 0 ? sorted.strides()[0] : 0, right ? 1 : 0,
                shape.length, put(s, 0, shape), values.address(), put(s, 1, values.strides()),
                out.writeAddress(), put(s, 2, out.strides())), "searchsorted");
    }

    // ---- linear algebra ----

    @Override
    public dev.numj.internal.backend.Lapack lapack() { return CpuLapack.INSTANCE; }
}
