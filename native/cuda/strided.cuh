// The strided iteration every NumJ CUDA kernel shares, the GPU twin of native/cpu/iter.c.
//
// A kernel receives its iteration space as one struct passed BY VALUE (it lands in the kernel's
// parameter space, so no device allocation per call). Layout, fixed for the Java side
// (cuLaunchKernel's kernelParams points at a host copy of it), all little-endian:
//   offset 0    int32 ndim                       0..NUMJ_MAX_DIMS; 0 means one element (a scalar)
//   offset 4    int32 reserved                   0
//   offset 8    int64 n                          product of shape[0..ndim)
//   offset 16   int64 shape[NUMJ_MAX_DIMS]       extents, row-major; entries past ndim ignored
//   then        int64 strides[N][NUMJ_MAX_DIMS]  per operand, in BYTES (0 = broadcast), operands in
//                                                argument order with the output last
// numj_iter3 (a, b, out) is 16 + 32*8 + 3*32*8 = 1040 bytes, well under the 4 KiB parameter limit.
// The host collapses contiguous axes first (as the CPU iterator does): a contiguous array arrives as
// ndim = 1, which takes the kernels' fast path with no index arithmetic.
#ifndef NUMJ_STRIDED_CUH
#define NUMJ_STRIDED_CUH

#include <stdint.h>
#include "numj_ops.h"

template <int N>
struct numj_iter {
    int32_t ndim;
    int32_t reserved;
    int64_t n;
    int64_t shape[NUMJ_MAX_DIMS];
    int64_t strides[N][NUMJ_MAX_DIMS];
};

typedef numj_iter<1> numj_iter1;   // fill: out; reductions: the reduced axes of the input
typedef numj_iter<2> numj_iter2;   // unary, cast: a, out; reductions: the kept axes of input and output
typedef numj_iter<3> numj_iter3;   // binary: a, b, out
typedef numj_iter<4> numj_iter4;   // where: cond, x, y, out

static_assert(sizeof(numj_iter3) == 16 + 8 * NUMJ_MAX_DIMS * 4, "numj_iter3 layout is part of the ABI");

// Byte offsets of element i (row-major linear index) in each of the N operands.
template <int N>
__host__ __device__ __forceinline__ void numj_offsets(const numj_iter<N> &it, int64_t i, int64_t (&off)[N]) {
#pragma unroll
    for (int k = 0; k < N; k++) off[k] = 0;
    if (it.ndim == 1) {
#pragma unroll
        for (int k = 0; k < N; k++) off[k] = i * it.strides[k][0];
        return;
    }
    for (int d = it.ndim - 1; d >= 0; d--) {
        const int64_t extent = it.shape[d];
        const int64_t q = i / extent;
        const int64_t idx = i - q * extent;
        i = q;
#pragma unroll
        for (int k = 0; k < N; k++) off[k] += idx * it.strides[k][d];
    }
}

// Grid-stride loop bounds: every kernel is launched with any grid; each thread walks its share.
#define NUMJ_GRID_STRIDE_LOOP(i, n)                                                           \
    for (int64_t i = (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i < (n);                 \
         i += (int64_t)blockDim.x * gridDim.x)

#endif
