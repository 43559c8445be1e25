package dev.numj.internal;

import dev.numj.DType;

/**
 * The primitive kernels a device answers (DESIGN.md layer 3). The array machinery above resolves
 * dtypes, broadcasting and output allocation; a backend only moves and computes bytes. Op codes are
 * those of {@link Ops} (numj_ops.h).
 */
public interface Backend {
    /** dst = (dst dtype) src, elementwise over {@code shape}. */
    void cast(DType srcType, Operand src, DType dstType, Operand dst, long[] shape);

    /** dst = value (value: one element of dtype dt, little-endian bytes in a long). */
    void fill(DType dt, Operand dst, long[] shape, long valueBits);

    /** out = a op b; a and b already in the computation dtype {@code dt}. */
    void binary(int op, DType dt, Operand a, Operand b, Operand out, long[] shape);

    /** out = op(a) with op parameters (round's decimals, clip's bounds, leaky relu's alpha). */
    void unary(int op, DType dt, DType outType, Operand a, Operand out, long[] shape, double... params);

    /** out = cond ? x : y. */
    void where(DType dt, Operand cond, Operand x, Operand y, Operand out, long[] shape);

    /** Reduction into {@code out} whose strides are 0 along the reduced axes of {@code shape}. */
    void reduce(int op, DType inType, DType outType, Operand in, Operand out, long[] shape);

    /**
     * C = A @ B for one 2-D problem in row-major terms; each of A, B is read as given when
     * {@code trans} is false or transposed otherwise, with leading dimension {@code ld} (elements).
     */
    void gemm(DType dt, boolean transA, boolean transB, int m, int n, int k,
              Operand a, long lda, Operand b, long ldb, Operand c, long ldc);
}
