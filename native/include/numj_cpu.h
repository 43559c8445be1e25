/*
 * NumJ CPU kernels: the C ABI that Java reaches through jextract-generated bindings
 * (dev.numj.internal.ffi.numj). One op vocabulary (numj_ops.h) is shared with the CUDA backend.
 *
 * Conventions, modelled on NumPy's ufunc machinery:
 *  - Every array argument is (pointer, strides) with strides in BYTES; the shape is shared by all
 *    operands of a call. Broadcasting is expressed by stride 0. The Java layer resolves dtypes,
 *    broadcasting and output allocation before calling; kernels never allocate.
 *  - Binary/unary kernels take operands already in the computation dtype `dt`; the output dtype is
 *    `dt` for arithmetic ops and NUMJ_BOOL for comparisons/logical ops. Casting is numj_cast.
 *  - Every entry point returns NUMJ_OK (0) or a negative NUMJ_E* code; it never aborts.
 */
#ifndef NUMJ_CPU_H
#define NUMJ_CPU_H

#include <stdint.h>
#include "numj_ops.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Library version, for a Java-side check that the loaded library matches the bindings. */
int32_t numj_version(void);

/* Aligned (64-byte) uninitialised allocation and its release; NULL when out of memory. */
void *numj_malloc(int64_t nbytes);
void numj_free(void *p);

/* dst[i] = (dst dtype) src[i] over an n-d strided iteration (also a plain strided copy when dtypes agree). */
int32_t numj_cast(int32_t src_dt, int32_t dst_dt, int32_t ndim, const int64_t *shape,
                  const void *src, const int64_t *src_strides, void *dst, const int64_t *dst_strides);

/* dst[i] = *value (value points at one element of dtype dt). */
int32_t numj_fill(int32_t dt, int32_t ndim, const int64_t *shape, void *dst, const int64_t *dst_strides,
                  const void *value);

/* out[i] = a[i] op b[i]; op is a numj_binary_op. */
int32_t numj_binary(int32_t op, int32_t dt, int32_t ndim, const int64_t *shape,
                    const void *a, const int64_t *a_strides, const void *b, const int64_t *b_strides,
                    void *out, const int64_t *out_strides);

/* out[i] = op(a[i]); op is a numj_unary_op. `param` carries op arguments (e.g. decimals for ROUND,
 * lo/hi for CLIP as param[0]/param[1], alpha for LEAKY_RELU); may be NULL when unused. */
int32_t numj_unary(int32_t op, int32_t dt, int32_t out_dt, int32_t ndim, const int64_t *shape,
                   const void *a, const int64_t *a_strides, void *out, const int64_t *out_strides,
                   const double *param);

/* out[i] = cond[i] ? x[i] : y[i]; cond is bool, x/y/out of dtype dt. */
int32_t numj_where(int32_t dt, int32_t ndim, const int64_t *shape,
                   const void *cond, const int64_t *cond_strides, const void *x, const int64_t *x_strides,
                   const void *y, const int64_t *y_strides, void *out, const int64_t *out_strides);

/* Reduction: `shape`/`in_strides` describe the input; `out_strides` are the output's strides
 * broadcast to the input's shape (0 along every reduced axis). The kernel initialises the output
 * with the op's identity (or the first element for MAX/MIN/ARGMAX/ARGMIN) itself. `in_dt` is the
 * input dtype, `out_dt` the accumulator/output dtype (int64 for ARG* and COUNT_NONZERO). Floating
 * SUM over a contiguous axis uses pairwise summation like NumPy. ARGMAX/ARGMIN reduce exactly one
 * axis, which the caller moves last; the index written is the position along it. */
int32_t numj_reduce(int32_t op, int32_t in_dt, int32_t out_dt, int32_t ndim, const int64_t *shape,
                    const void *in, const int64_t *in_strides, void *out, const int64_t *out_strides);

/* Last-modified wall-clock of the build, for diagnostics. */
const char *numj_build_info(void);

#ifdef __cplusplus
}
#endif
#endif
