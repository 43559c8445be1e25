package dev.numj.internal.backend;

import dev.numj.internal.ffi.numj.NumjCpu;
import dev.numj.DType;
import dev.numj.internal.runtime.Memory;
import dev.numj.internal.runtime.Storage;

/**
 * The primitive kernels a device answers (DESIGN.md layer 3). The array machinery above resolves
 * dtypes, broadcasting and output allocation; a backend only moves and computes bytes. Op codes are
 * those of native/include/numj_ops.def (jextract's NumjCpu.NUMJ_*).
 */
public interface Backend {
    /** dst = (dst dtype) src, elementwise over {@code shape}. */
    public void cast(DType srcType, Operand src, DType dstType, Operand dst, long[] shape);

    /** dst = value (value: one element of dtype dt, little-endian bytes in a long). */
    public void fill(DType dt, Operand dst, long[] shape, long valueBits);

    /** out = a op b; a and b already in the computation dtype {@code dt}. */
    public void binary(int op, DType dt, Operand a, Operand b, Operand out, long[] shape);

    /** out = op(a) with op parameters (round's decimals, clip's bounds, leaky relu's alpha). */
    public void unary(int op, DType dt, DType outType, Operand a, Operand out, long[] shape, double... params);

    /** out = cond ? x : y. */
    public void where(DType dt, Operand cond, Operand x, Operand y, Operand out, long[] shape);

    /** Reduction into {@code out} whose strides are 0 along the reduced axes of {@code shape}. */
    public void reduce(int op, DType inType, DType outType, Operand in, Operand out, long[] shape);

    /**
     * out[j] = the sum over i of (a[i, j] - mean[j])^2 in one pass, every step rounded in {@code dt} as NumPy's two
     * passes round it (var and std over axis 0): {@code a} is rows x cols with contiguous rows {@code rowStride}
     * bytes apart, mean and out contiguous. Returns false where the backend has no such kernel (the caller then
     * takes the two passes).
     */
    public default boolean sqdevRows(DType dt, long rows, long cols, Operand a, long rowStride, Operand mean, Operand out) {
        return false;
    }

    /**
     * C = A @ B for one 2-D problem in row-major terms; each of A, B is read as given when
     * {@code trans} is false or transposed otherwise, with leading dimension {@code ld} (elements).
     * With {@code accumulate}, C += A @ B (BLAS beta 1), for a product split along k.
     */
    public void gemm(DType dt, boolean transA, boolean transB, int m, int n, int k,
              Operand a, long lda, Operand b, long ldb, Operand c, long ldc, boolean accumulate);

    /**
     * {@code batch} independent {@link #gemm}s (no accumulation), the t-th reading A at {@code a}'s offset
     * plus {@code t * strideA} elements, B likewise, and writing C at {@code c}'s offset plus
     * {@code t * strideC} (a stride 0 shares one matrix): cuBLAS's {@code ?gemmStridedBatched}. This
     * default makes the same gemm calls one matrix at a time, in order.
     */
    public default void gemmStridedBatched(DType dt, boolean transA, boolean transB, int m, int n, int k,
                                           Operand a, long lda, long strideA, Operand b, long ldb, long strideB,
                                           Operand c, long ldc, long strideC, long batch) {
        long item = dt.itemSize();
        for (long t = 0; t < batch; t++)
            gemm(dt, transA, transB, m, n, k, new Operand(a.storage(), a.offset() + t * strideA * item, null), lda,
                    new Operand(b.storage(), b.offset() + t * strideB * item, null), ldb,
                    new Operand(c.storage(), c.offset() + t * strideC * item, null), ldc, false);
    }

    /**
     * c[0] = sum of x[i * incx] * y[i * incy] for i < n (increments in elements, at least 1): BLAS
     * {@code ?dot}, for NumPy's 1-D {@code dot}. This default runs it as a 1×1 gemm over x read as an
     * n×1 matrix (transposed) and y as an n×1 matrix.
     */
    public default void dot(DType dt, int n, Operand x, long incx, Operand y, long incy, Operand c) {
        gemm(dt, true, false, 1, 1, n, x, incx, y, incy, c, 1, false);
    }

    // ---- boolean-mask and integer-array indexing ----
    // The caller validates indices and counts the mask's true elements; `dense` operands are
    // C-contiguous buffers of `count` elements.

    /** dense[k] = a[i] for the k-th true element of {@code mask} over {@code shape}, in C order. */
    public void compress(DType dt, Operand mask, Operand a, long[] shape, Operand dense, long count);

    /** a[i] = dense[k] for the k-th true element of {@code mask} over {@code shape}, in C order. */
    public void expand(DType dt, Operand mask, Operand a, long[] shape, Operand dense, long count);

    /** a[i] = value wherever {@code mask} is true over {@code shape}; {@code value} is one element of dtype dt. */
    public void maskedFill(DType dt, Operand mask, Operand a, long[] shape, Operand value);

    /**
     * offsets[k] = byte offset, from {@code base}'s own offset, of the k-th true element of
     * {@code mask} when {@code base} is walked with its strides over {@code shape}.
     */
    public void maskOffsets(Operand mask, Operand base, long[] shape, Operand offsets, long count);

    /**
     * offsets (+)= wrap(idx) * byteStride over {@code shape} (idx of an integer dtype, negatives
     * adding {@code extent}; {@code accumulate} adds instead of setting). Returns the first index
     * outside [-extent, extent), or empty when all are in bounds (nothing is then guaranteed
     * written).
     */
    public java.util.OptionalLong indexOffsets(DType idxType, Operand idx, long[] shape, long extent, long byteStride,
                                        Operand offsets, boolean accumulate);

    /** dense[..., j, ...] = indexed[..., offsets[j], ...] over {@code shape}; axis {@code axis} is the indexed one. */
    public void gather(DType dt, long[] shape, int axis, Operand offsets, Operand indexed, Operand dense);

    /** indexed[..., offsets[j], ...] = dense[..., j, ...], in order (the last repeated offset wins). */
    public void scatter(DType dt, long[] shape, int axis, Operand offsets, Operand indexed, Operand dense);

    /**
     * NumPy's unbuffered {@code ufunc.at}: for j in order, {@code indexed[..., wrap(idx[j]), ...] =
     * op(indexed[..., wrap(idx[j]), ...], dense[..., j, ...])} over {@code shape} (the dense side), with
     * binary op {@code op} computed in dtype {@code dt} (dense's dtype; the result cast back to
     * {@code indexedType} unsafely, index by index), {@code idx} a C-contiguous int32 or
     * int64 array of {@code shape[axis]} elements and {@code byteStride} the indexed axis's stride. Repeated
     * indices accumulate. Returns the first index outside [-extent, extent), in which case nothing is
     * written, or empty.
     */
    public java.util.OptionalLong scatterAt(int op, DType dt, DType indexedType, long[] shape, int axis, DType idxType, Operand idx, long extent,
                                     long byteStride, Operand indexed, Operand dense);

    /**
     * {@link #gather} with {@code offsets[j] = wrap(idx[j]) * byteStride}, the index array (int32 or
     * int64, {@code shape[axis]} elements, read C-contiguous from {@code idx}'s address) taking the
     * offsets table's place. Returns the first index outside [-extent, extent), or empty when all
     * are in bounds (dense is then only partly written). This default builds the table with
     * {@link #indexOffsets} and gathers; a backend may do both in one pass.
     */
    public default java.util.OptionalLong gatherIndex(DType dt, long[] shape, int axis, DType idxType, Operand idx, long extent,
                                               long byteStride, Operand indexed, Operand dense) {
        long n = shape[axis];
        dev.numj.internal.runtime.Storage table = Memory.allocate(n * 8);
        Operand offsets = new Operand(table, 0, new long[] {8});
        java.util.OptionalLong bad = indexOffsets(idxType, new Operand(idx.storage(), idx.offset(),
                new long[] {idxType.itemSize()}), new long[] {n}, extent, byteStride, offsets, false);
        if (bad.isEmpty()) gather(dt, shape, axis, offsets, indexed, dense);
        return bad;
    }

    // ---- random numbers ----

    /**
     * out[0..n) = n values of distribution {@code kind} (NumjCpu.NUMJ_RANDOM_()*) in dtype {@code dt}, from the
     * counter-based stream of {@code seed} starting at 32-bit word {@code offset}; the mapping from
     * stream to values is native/cpu/philox.h's, the same on every backend. {@code out} is
     * C-contiguous. params: NORMAL {mu, sd}, UNIFORM {low, high}, EXPONENTIAL {scale}; iparams:
     * RANDINT {low, high}.
     */
    public void randomFill(int kind, DType dt, long seed, long offset, long n, Operand out, double[] params, long[] iparams);

    /**
     * out[0..n) = n values of sampler {@code kind} (NumjCpu.NUMJ_RANDOM_GAMMA() ... NUMJ_RANDOM_GEOMETRIC()) in
     * {@code dt}; value i reads the sub-stream of Philox block offset / 4 + i (native/cpu/samplers.h), so
     * {@code offset} is a multiple of 4. {@code params}: the kind's float64 parameters, each a 1-D operand
     * whose byte stride is 8 (n values) or 0 (one value for all); {@code iparam}: binomial's int64 n
     * the same way, else null. {@code out} is C-contiguous.
     */
    public void randomSample(int kind, DType dt, long seed, long offset, long n, Operand out, Operand[] params, Operand iparam);

    /**
     * out[0..n) (int64) = for each value, the index of the first of the float64 {@code cdf[0..k)} above the
     * uniform of stream words offset + 2i, offset + 2i + 1 (NumPy's {@code cdf.searchsorted(u, 'right')}).
     */
    public void randomChoice(long seed, long offset, long n, Operand out, Operand cdf, long k);

    /**
     * out (int64, rows x k, C-contiguous) = multinomial counts of {@code n[r]} trials (int64, byte stride 8
     * or 0) over the float64 row r of {@code pvals} (k values; byte stride between rows 8k, or 0 for one
     * row for all); row r reads the sub-stream of block offset / 4 + r.
     */
    public void randomMultinomial(long seed, long offset, long rows, long k, Operand n, Operand pvals, Operand out);

    /** out (float64, rows x k, C-contiguous) = Dirichlet rows of the float64 {@code alpha[0..k)}; row r reads block offset / 4 + r's sub-stream. */
    public void randomDirichlet(long seed, long offset, long rows, long k, Operand alpha, Operand out);

    // ---- reductions and search ----

    /**
     * Inclusive scan along {@code axis} of {@code shape}: op NUMJ_RSUM (cumsum) or
     * NUMJ_RPROD (cumprod); in and out both of dtype {@code dt} (int32, int64, float32,
     * float64), out may be the same memory as in.
     */
    public void scan(int op, DType dt, Operand in, Operand out, long[] shape, int axis);

    /**
     * Stable sort along {@code axis} of {@code shape} (ascending with NaN last, or descending with NaN
     * first; ties keep their order): the first {@code k} sorted values into {@code values} and/or their
     * int64 positions into {@code indices} (either may be null, not both), whose strides are given
     * over {@code shape}.
     */
    public void sort(DType dt, Operand in, Operand values, Operand indices, long[] shape, int axis, boolean descending, long k);

    /**
     * out[i] = the insertion point of values[i] (over {@code shape}, dtype dt) in the {@code n} ascending
     * elements of {@code sorted} (dtype dt, 1-D with its stride): NumPy's {@code searchsorted} with
     * side 'left' ({@code right} false) or 'right', in {@link #sort}'s order (NaN last). out is int64.
     */
    public void searchsorted(DType dt, long n, Operand sorted, boolean right, Operand values, Operand out, long[] shape);

    /**
     * Partial selection along the rows of the C-contiguous (m, n) block {@code data}, in place: position
     * {@code ks[q]} of every row ends up holding the value a sort (NaN last) puts there, nothing before it
     * larger and nothing after it smaller. {@code ks} strictly increasing in [0, n).
     */
    public void select(DType dt, Operand data, long m, long n, long[] ks);

    // ---- fused row kernels (softmax, losses) ----

    /**
     * Whether {@link #softmax} and {@link #crossEntropyRows} have a fused kernel for dtype {@code dt}.
     * Without one (this default, and the CPU) layer 2 composes them from ufuncs and reductions.
     */
    public default boolean fusesSoftmax(DType dt) { return false; }

    /**
     * Softmax along {@code axis} of {@code shape} ({@code shape[axis] >= 1}), or log-softmax when
     * {@code log}: with {@code s = in - max(in)} along the axis, {@code exp(s) / sum(exp(s))} or
     * {@code s - log(sum(exp(s)))}, computed in {@code dt} (float32 or float64), into out of the same
     * dtype and shape (out may be in). Only where {@link #fusesSoftmax} says so.
     */
    public default void softmax(boolean log, DType dt, Operand in, Operand out, long[] shape, int axis) {
        throw new UnsupportedOperationException("fused softmax is not on this backend");
    }

    /**
     * The per-row terms of a cross-entropy from logits (m, k) of dtype {@code dt}, read as float64, with
     * {@code logp = s - log(sum(exp(s)))}, {@code s = x - max(x)} per row: {@code out[i] = logp[i, y[i]]}
     * for int64 labels y (m,) already checked against [0, k), or {@code out[i] = sum_j y[i, j] * logp[i, j]}
     * for float64 targets y (m, k) when {@code targets}. out: m float64 values, C-contiguous; k &gt;= 1.
     */
    public default void crossEntropyRows(DType dt, Operand logits, long m, long k, Operand y, boolean targets, Operand out) {
        throw new UnsupportedOperationException("fused cross-entropy is not on this backend");
    }

    // ---- linear algebra ----

    /** This device's LAPACK-class routines (float64, one column-major matrix per call). */
    public Lapack lapack();
}
