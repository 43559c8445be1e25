package dev.numj.internal.cuda;

import dev.numj.internal.ffi.numj.NumjCpu;
import dev.numj.internal.backend.Status;
import dev.numj.DType;
import dev.numj.Device;
import dev.numj.internal.backend.Backend;
import dev.numj.internal.backend.DTypes;
import dev.numj.internal.backend.OpTable;
import dev.numj.internal.backend.Lapack;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.runtime.Storage;
import dev.numj.internal.cuda.KernelArgs.Iter;

import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CUDA backend (DESIGN.md layer 3): NumJ's kernels in native/cuda for elementwise work, casts,
 * fills, where and reductions, cuBLAS for matrix products. Operands must be on this backend's device,
 * except one-element CPU operands with all strides 0 (Java scalars, 0-d arrays), whose value travels
 * to the kernel by value. Everything is queued on the device's stream; nothing waits here.
 *
 * <p>What runs here is listed in docs/gpu.md; scans and indexing are launched by {@link CudaIndexing};
 * softmax, log-softmax and cross-entropy rows by {@link CudaSoftmax}; LAPACK runs as a CPU round trip
 * ({@link HostRoundTripLapack}); sorting axes longer than one block throws {@link UnsupportedOperationException} naming the
 * operation, never a wrong result.
 */
public final class CudaBackend implements Backend {
    private static final ConcurrentHashMap<Integer, CudaBackend> BACKENDS = new ConcurrentHashMap<>();

    private final CudaContext ctx;

    private CudaBackend(CudaContext ctx) { this.ctx = ctx; }

    /** The backend of an available CUDA device. */
    public static CudaBackend of(Device device) {
        return BACKENDS.computeIfAbsent(device.index(), i -> new CudaBackend(CudaContext.of(device)));
    }

    /** The device's context (transfers, allocator statistics). */
    public CudaContext context() { return ctx; }

    /** Device memory for an array, owned by {@code arena} (null: freed once unreachable). */
    public Storage allocate(long nbytes, Arena arena) { return ctx.allocate(nbytes, arena); }

    // ---- operands ----

    /** The device address of {@code op}, or 0 when it is a host scalar (all strides 0) passed by value. */
    private long pointer(Operand op, String what) {
        return op.storage().device().isCpu() && isScalar(op) ? 0 : onDevice(op, what);
    }

    /** The device address of an operand that must be on this device (outputs, reduction inputs, matrices). */
    private long onDevice(Operand op, String what) {
        Device d = op.storage().device();
        if (d.equals(ctx.device)) return op.deviceAddress();
        throw new IllegalArgumentException(what + ": an operand on " + d + " reached the " + ctx.device
                + " backend; move it with to(Device.cuda(" + ctx.device.index() + ")) first");
    }

    private static boolean isScalar(Operand op) {
        if (op.strides() != null) for (long s : op.strides()) if (s != 0) return false;
        return true;
    }

    /** The value of a host scalar operand as little-endian bits, 0 for a device operand. */
    private static long bits(Operand op, DType dt) {
        if (!op.storage().device().isCpu()) return 0;
        var m = op.address();
        return switch (dt.itemSize()) {
            case 1 -> m.get(ValueLayout.JAVA_BYTE, 0) & 0xffL;
            case 4 -> m.get(ValueLayout.JAVA_INT_UNALIGNED, 0) & 0xffffffffL;
            default -> m.get(ValueLayout.JAVA_LONG_UNALIGNED, 0);
        };
    }

    private static UnsupportedOperationException notYet(String op) {
        return new UnsupportedOperationException(op + " is not yet on cuda: move the arrays to the CPU "
                + "with to(Device.CPU) for this operation");
    }

    private static IllegalStateException noLoop(String what, DType dt) {
        // the CPU backend's words for the same case (Status.describe(NUMJ_EDTYPE))
        return new IllegalStateException("native kernel " + what + " failed: " + Status.describe(-1) + " [" + dt + ", cuda]");
    }

    // ---- elementwise ----

    @Override
    public void cast(DType srcType, Operand src, DType dstType, Operand dst, long[] shape) {
        Iter it = Iter.of(shape, src.strides(), dst.strides());
        if (it.n() == 0) return;
        ctx.launch("cast " + srcType + " -> " + dstType, "numj_cast", it.n(), 0, KernelArgs.start()
                .i32(DTypes.code(srcType)).i32(DTypes.code(dstType)).iter(it)
                .ptr(pointer(src, "cast")).ptr(onDevice(dst, "cast")).i64(bits(src, srcType)));
    }

    @Override
    public void fill(DType dt, Operand dst, long[] shape, long valueBits) {
        Iter it = Iter.of(shape, dst.strides());
        if (it.n() == 0) return;
        ctx.launch("fill " + dt, "numj_fill", it.n(), 0, KernelArgs.start()
                .i32(DTypes.code(dt)).iter(it).ptr(onDevice(dst, "fill")).i64(valueBits));
    }

    /** Whether numj_kernels.fatbin has a loop for (op, dt): the op table's answer (native/include/numj_ops.def). */
    static boolean binarySupported(int op, DType dt) {
        return OpTable.supports(NumjCpu.NUMJ_OP_BINARY(), op, NumjCpu.NUMJ_DEVICE_CUDA(), dt);
    }

    @Override
    public void binary(int op, DType dt, Operand a, Operand b, Operand out, long[] shape) {
        String what = OpTable.name(NumjCpu.NUMJ_OP_BINARY(), op);
        if (!binarySupported(op, dt)) throw noLoop(what, dt);
        Iter it = Iter.of(shape, a.strides(), b.strides(), out.strides());
        if (it.n() == 0) return;
        ctx.launch(what, "numj_binary", it.n(), 0, KernelArgs.start().i32(op).i32(DTypes.code(dt)).iter(it)
                .ptr(pointer(a, what)).ptr(pointer(b, what)).ptr(onDevice(out, what))
                .i64(bits(a, dt)).i64(bits(b, dt)));
    }

    /** Whether numj_kernels.fatbin has a loop for (op, dt): the op table's answer. */
    static boolean unarySupported(int op, DType dt) {
        return OpTable.supports(NumjCpu.NUMJ_OP_UNARY(), op, NumjCpu.NUMJ_DEVICE_CUDA(), dt);
    }

    @Override
    public void unary(int op, DType dt, DType outType, Operand a, Operand out, long[] shape, double... params) {
        String what = OpTable.name(NumjCpu.NUMJ_OP_UNARY(), op);
        if (!unarySupported(op, dt) || outType != (OpTable.boolResult(NumjCpu.NUMJ_OP_UNARY(), op) ? DType.BOOL : dt)) throw noLoop(what, dt);
        int need = OpTable.nparams(NumjCpu.NUMJ_OP_UNARY(), op);
        if (params.length < need)
            throw new IllegalStateException("native kernel " + what + " failed: " + Status.describe(-4) + " [cuda]");
        Iter it = Iter.of(shape, a.strides(), out.strides());
        if (it.n() == 0) return;
        ctx.launch(what, "numj_unary", it.n(), 0, KernelArgs.start().i32(op).i32(DTypes.code(dt)).iter(it)
                .ptr(pointer(a, what)).ptr(onDevice(out, what)).i64(bits(a, dt))
                .f64(params.length > 0 ? params[0] : 0).f64(params.length > 1 ? params[1] : 0));
    }

    @Override
    public void where(DType dt, Operand cond, Operand x, Operand y, Operand out, long[] shape) {
        Iter it = Iter.of(shape, cond.strides(), x.strides(), y.strides(), out.strides());
        if (it.n() == 0) return;
        ctx.launch("where", "numj_where", it.n(), 0, KernelArgs.start().i32(DTypes.code(dt)).iter(it)
                .ptr(pointer(cond, "where")).ptr(pointer(x, "where")).ptr(pointer(y, "where")).ptr(onDevice(out, "where"))
                .i64(bits(cond, DType.BOOL)).i64(bits(x, dt)).i64(bits(y, dt)));
    }

    // ---- reductions ----

    /** native/cpu/reduce.c's table of (op, input, output) dtypes. */
    static boolean reduceSupported(int op, DType in, DType out) {
        if (op == NumjCpu.NUMJ_RSUM() || op == NumjCpu.NUMJ_RPROD()) return out == DType.INT64 ? !in.isFloating() : out.isFloating();
        if (op == NumjCpu.NUMJ_RMAX() || op == NumjCpu.NUMJ_RMIN()) return out == in;
        if (op == NumjCpu.NUMJ_RANY() || op == NumjCpu.NUMJ_RALL()) return out == DType.BOOL;
        if (op == NumjCpu.NUMJ_RCOUNT_NONZERO() || op == NumjCpu.NUMJ_RARGMAX() || op == NumjCpu.NUMJ_RARGMIN())
            return out == DType.INT64;
        return false;
    }

    @Override
    public void reduce(int op, DType inType, DType outType, Operand in, Operand out, long[] shape) {
        String what = "reduce op " + op;
        if (!reduceSupported(op, inType, outType)) throw noLoop(what, inType);
        int nd = shape.length;
        boolean arg = op == NumjCpu.NUMJ_RARGMAX() || op == NumjCpu.NUMJ_RARGMIN();
        if (arg && (nd == 0 || out.strides()[nd - 1] != 0))
            throw new IllegalStateException("native kernel " + what + " failed: " + Status.describe(-4) + " [cuda]");
        // kept axes (the output advances) and reduced axes (its stride is 0); for an arg-reduction
        // every reduced axis but the last has extent 1, so the position along the last is the answer
        long[] keptShape = new long[nd], redShape = new long[nd];
        long[] keptIn = new long[nd], keptOut = new long[nd], redIn = new long[nd];
        for (int d = 0; d < nd; d++) {
            boolean reduced = out.strides()[d] == 0;
            keptShape[d] = reduced ? 1 : shape[d];
            redShape[d] = reduced ? shape[d] : 1;
            keptIn[d] = in.strides()[d];
            keptOut[d] = out.strides()[d];
            redIn[d] = in.strides()[d];
        }
        Iter outer = Iter.of(keptShape, keptIn, keptOut);
        Iter inner = Iter.of(redShape, redIn);
        if (outer.n() == 0) return;
        ctx.launch(what, "numj_reduce", outer.n(), Math.min(outer.n(), 65535L * 32), KernelArgs.start()
                .i32(op).i32(DTypes.code(inType)).i32(DTypes.code(outType)).iter(outer).iter(inner)
                .ptr(onDevice(in, what)).ptr(onDevice(out, what)));
    }

    // ---- matrix product ----

    @Override
    public void gemm(DType dt, boolean transA, boolean transB, int m, int n, int k,
                     Operand a, long lda, Operand b, long ldb, Operand c, long ldc, boolean accumulate) {
        CublasHandle.of(ctx).gemm(dt, transA, transB, m, n, k, onDevice(a, "matmul"), lda, onDevice(b, "matmul"), ldb,
                onDevice(c, "matmul"), ldc, accumulate);
    }

    /** One cuBLAS {@code ?gemmStridedBatched} for the whole stack. */
    @Override
    public void gemmStridedBatched(DType dt, boolean transA, boolean transB, int m, int n, int k,
                                   Operand a, long lda, long strideA, Operand b, long ldb, long strideB,
                                   Operand c, long ldc, long strideC, long batch) {
        if (batch > Integer.MAX_VALUE) {
            Backend.super.gemmStridedBatched(dt, transA, transB, m, n, k, a, lda, strideA, b, ldb, strideB, c, ldc, strideC, batch);
            return;
        }
        CublasHandle.of(ctx).gemmStridedBatched(dt, transA, transB, m, n, k, onDevice(a, "matmul"), lda, strideA,
                onDevice(b, "matmul"), ldb, strideB, onDevice(c, "matmul"), ldc, strideC, (int) batch);
    }

    // ---- boolean-mask and integer-array indexing (native/cuda/mask.cu, CudaIndexing) ----

    @Override
    public void compress(DType dt, Operand mask, Operand a, long[] shape, Operand dense, long count) {
        String what = "boolean-mask indexing (compress)";
        CudaIndexing.maskApply(ctx, what, CudaIndexing.COMPRESS, dt.itemSize(), onDevice(mask, what), mask.strides(),
                onDevice(a, what), a.strides(), shape, onDevice(dense, what), count);
    }

    @Override
    public void expand(DType dt, Operand mask, Operand a, long[] shape, Operand dense, long count) {
        String what = "boolean-mask assignment (expand)";
        CudaIndexing.maskApply(ctx, what, CudaIndexing.EXPAND, dt.itemSize(), onDevice(mask, what), mask.strides(),
                onDevice(a, what), a.strides(), shape, onDevice(dense, what), count);
    }

    @Override
    public void maskedFill(DType dt, Operand mask, Operand a, long[] shape, Operand value) {
        String what = "boolean-mask fill";
        CudaIndexing.maskedFill(ctx, dt.itemSize(), onDevice(mask, what), mask.strides(), onDevice(a, what), a.strides(),
                shape, pointer(value, what), bits(value, dt));
    }

    @Override
    public void maskOffsets(Operand mask, Operand base, long[] shape, Operand offsets, long count) {
        String what = "boolean-mask indexing (mask offsets)";
        // the kernel computes base's byte offsets from its strides and never reads base
        CudaIndexing.maskApply(ctx, what, CudaIndexing.OFFSETS, 8, onDevice(mask, what), mask.strides(),
                0, base.strides(), shape, onDevice(offsets, what), count);
    }

    @Override
    public OptionalLong indexOffsets(DType idxType, Operand idx, long[] shape, long extent, long byteStride,
                                     Operand offsets, boolean accumulate) {
        String what = "integer-array indexing (index offsets)";
        return CudaIndexing.indexOffsets(ctx, idxType, onDevice(idx, what), idx.strides(), shape, extent, byteStride,
                onDevice(offsets, what), offsets.strides(), accumulate);
    }

    @Override
    public void gather(DType dt, long[] shape, int axis, Operand offsets, Operand indexed, Operand dense) {
        String what = "integer-array indexing (gather)";
        CudaIndexing.take(ctx, false, dt.itemSize(), shape, axis, onDevice(offsets, what),
                onDevice(indexed, what), indexed.strides(), onDevice(dense, what), dense.strides());
    }

    /** {@link Backend#gatherIndex}'s two steps, with the offsets table on this device instead of the host. */
    @Override
    public OptionalLong gatherIndex(DType dt, long[] shape, int axis, DType idxType, Operand idx, long extent,
                                   long byteStride, Operand indexed, Operand dense) {
        String what = "integer-array indexing (gather)";
        long n = shape[axis];
        try (Arena arena = Arena.ofConfined()) {
            long table = ctx.allocate(Math.max(8, n * 8), arena).deviceAddress();
            OptionalLong bad = CudaIndexing.indexOffsets(ctx, idxType, onDevice(idx, what), new long[] {idxType.itemSize()},
                    new long[] {n}, extent, byteStride, table, new long[] {8}, false);
            if (bad.isEmpty())
                CudaIndexing.take(ctx, false, dt.itemSize(), shape, axis, table, onDevice(indexed, what), indexed.strides(),
                        onDevice(dense, what), dense.strides());
            return bad;
        }
    }

    @Override
    public void scatter(DType dt, long[] shape, int axis, Operand offsets, Operand indexed, Operand dense) {
        String what = "integer-array assignment (scatter)";
        CudaIndexing.take(ctx, true, dt.itemSize(), shape, axis, onDevice(offsets, what),
                onDevice(indexed, what), indexed.strides(), onDevice(dense, what), dense.strides());
    }

    @Override
    public java.util.OptionalLong scatterAt(int op, DType dt, DType indexedType, long[] shape, int axis, DType idxType, Operand idx, long extent,
                                            long byteStride, Operand indexed, Operand dense) {
        throw notYet("accumulating scatter (ufunc.at)");
    }

    @Override
    public void select(DType dt, Operand data, long m, long n, long[] ks) {
        throw notYet("partial selection (median, quantile)");
    }

    /** native/cpu/random.c's table of (distribution, dtype). */
    static boolean randomSupported(int kind, DType dt) {
        if (kind == NumjCpu.NUMJ_RANDOM_UNIFORM01() || kind == NumjCpu.NUMJ_RANDOM_NORMAL()
                || kind == NumjCpu.NUMJ_RANDOM_UNIFORM() || kind == NumjCpu.NUMJ_RANDOM_EXPONENTIAL()) return dt.isFloating();
        if (kind == NumjCpu.NUMJ_RANDOM_RANDINT() || kind == NumjCpu.NUMJ_RANDOM_BITS())
            return dt == DType.INT32 || dt == DType.INT64;
        return false;
    }

    /** The same stream and transforms as the CPU (native/cuda/random.cu includes native/cpu/philox.h). */
    @Override
    public void randomFill(int kind, DType dt, long seed, long offset, long n, Operand out, double[] params, long[] iparams) {
        String what = "random kind " + kind;
        if (!randomSupported(kind, dt)) throw noLoop(what, dt);
        boolean needsParams = kind == NumjCpu.NUMJ_RANDOM_NORMAL() || kind == NumjCpu.NUMJ_RANDOM_UNIFORM() || kind == NumjCpu.NUMJ_RANDOM_EXPONENTIAL();
        if (n < 0 || (needsParams && (params == null || params.length < (kind == NumjCpu.NUMJ_RANDOM_EXPONENTIAL() ? 1 : 2)))
                || (kind == NumjCpu.NUMJ_RANDOM_RANDINT() && (iparams == null || iparams.length < 2 || iparams[1] <= iparams[0])))
            throw new IllegalStateException("native kernel " + what + " failed: " + Status.describe(-4) + " [cuda]");
        if (n == 0) return;
        long units = kind == NumjCpu.NUMJ_RANDOM_NORMAL() ? (n + 1) / 2 : n;
        long low = kind == NumjCpu.NUMJ_RANDOM_RANDINT() ? iparams[0] : 0, range = kind == NumjCpu.NUMJ_RANDOM_RANDINT() ? iparams[1] - iparams[0] : 0;
        ctx.launch(what, "numj_random", units, 0, KernelArgs.start().i32(kind).i32(DTypes.code(dt)).i64(seed).i64(offset).i64(n)
                .ptr(onDevice(out, what))
                .f64(needsParams ? params[0] : 0).f64(needsParams && params.length > 1 ? params[1] : 0)
                .i64(low).i64(range));
    }

    @Override
    public void randomSample(int kind, DType dt, long seed, long offset, long n, Operand out, Operand[] params, Operand iparam) {
        String what = "random kind " + kind;
        boolean ints = kind == NumjCpu.NUMJ_RANDOM_BINOMIAL() || kind == NumjCpu.NUMJ_RANDOM_POISSON() || kind == NumjCpu.NUMJ_RANDOM_GEOMETRIC();
        if (kind < NumjCpu.NUMJ_RANDOM_GAMMA() || kind > NumjCpu.NUMJ_RANDOM_GEOMETRIC()
                || (ints ? dt != DType.INT32 && dt != DType.INT64 : !dt.isFloating()))
            throw noLoop(what, dt);
        if (n < 0 || (offset & 3) != 0 || (kind == NumjCpu.NUMJ_RANDOM_BINOMIAL() && iparam == null))
            throw new IllegalStateException("native kernel " + what + " failed: " + Status.describe(-4) + " [cuda]");
        if (n == 0) return;
        KernelArgs a = KernelArgs.start().i32(kind).i32(DTypes.code(dt)).i64(seed).i64(offset).i64(n).ptr(onDevice(out, what));
        for (int q = 0; q < 4; q++) {
            if (q < params.length) a.ptr(onDevice(params[q], what)).i64(params[q].strides()[0] / 8);
            else a.ptr(0).i64(0);
        }
        a.ptr(iparam == null ? 0 : onDevice(iparam, what)).i64(iparam == null ? 0 : iparam.strides()[0] / 8);
        ctx.launch(what, "numj_random_sample", n, 0, a);
    }

    @Override
    public void randomChoice(long seed, long offset, long n, Operand out, Operand cdf, long k) {
        throw notYet("choice with probabilities");
    }

    @Override
    public void randomMultinomial(long seed, long offset, long rows, long k, Operand n, Operand pvals, Operand out) {
        throw notYet("multinomial");
    }

    @Override
    public void randomDirichlet(long seed, long offset, long rows, long k, Operand alpha, Operand out) {
        throw notYet("dirichlet");
    }

    @Override
    public void scan(int op, DType dt, Operand in, Operand out, long[] shape, int axis) {
        String what = op == NumjCpu.NUMJ_RPROD() ? "cumprod" : "cumsum";
        if (!CudaIndexing.scanSupported(op, dt)) throw noLoop(what, dt);
        CudaIndexing.scan(ctx, op, dt, onDevice(in, what), in.strides(), onDevice(out, what), out.strides(), shape, axis);
    }

    @Override
    public void sort(DType dt, Operand in, Operand values, Operand indices, long[] shape, int axis, boolean descending, long k) {
        String what = descending ? "topk" : values == null ? "argsort" : "sort";
        if (!CudaIndexing.sortFits(shape[axis]))
            throw notYet(what + " along an axis of " + shape[axis] + " elements (at most " + CudaIndexing.SORT_TILE
                    + " on cuda so far)");
        CudaIndexing.sort(ctx, dt, descending, onDevice(in, what), in.strides(),
                values == null ? 0 : onDevice(values, what), values == null ? null : values.strides(),
                indices == null ? 0 : onDevice(indices, what), indices == null ? null : indices.strides(), shape, axis, k);
    }

    @Override
    public void searchsorted(DType dt, long n, Operand sorted, boolean right, Operand values, Operand out, long[] shape) {
        throw notYet("searchsorted");
    }

    // ---- fused row kernels (native/cuda/softmax.cu, CudaSoftmax) ----

    @Override
    public boolean fusesSoftmax(DType dt) { return CudaSoftmax.supported(dt); }

    @Override
    public void softmax(boolean log, DType dt, Operand in, Operand out, long[] shape, int axis) {
        String what = log ? "logSoftmax" : "softmax";
        if (!CudaSoftmax.supported(dt)) throw noLoop(what, dt);
        CudaSoftmax.softmax(ctx, log, dt, onDevice(in, what), in.strides(), onDevice(out, what), out.strides(), shape, axis);
    }

    @Override
    public void crossEntropyRows(DType dt, Operand logits, long m, long k, Operand y, boolean targets, Operand out) {
        String what = "crossEntropyFromLogits";
        if (!CudaSoftmax.supported(dt)) throw noLoop(what, dt);
        CudaSoftmax.crossEntropyRows(ctx, dt, onDevice(logits, what), logits.strides(), m, k, onDevice(y, what), y.strides(),
                targets, onDevice(out, what));
    }

    /** The CPU's LAPACK with each device operand copied to the host and back ({@link HostRoundTripLapack}). */
    @Override
    public Lapack lapack() { return new HostRoundTripLapack(ctx, dev.numj.internal.cpu.CpuBackend.INSTANCE.lapack()); }
}
