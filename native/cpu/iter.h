/*
 * The one strided iterator behind every CPU kernel (NumPy's ufunc split): it drops size-1 axes,
 * merges axes that are contiguous for every operand, then calls a 1-D inner loop over the last axis
 * with uniform signature `loop(args, n, steps, data)`. Kernels never see more than this.
 */
#ifndef NUMJ_ITER_H
#define NUMJ_ITER_H

#include <stdint.h>
#include "numj_ops.h"

#define NUMJ_MAX_OPERANDS 4

typedef void (*numj_loop)(char **args, int64_t n, const int64_t *steps, const void *data);

/* Put before an inner loop's definition: GCC compiles the loop twice, for AVX2 and for baseline
 * x86-64 (SSE2), and the dynamic loader binds the one the CPU runs (an ifunc), so the library still
 * runs on any x86-64. "avx2" enables no FMA and -ffp-contract=off holds for both copies: the two give
 * bit-identical results. Define NUMJ_NO_CLONES to build one baseline copy only. */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(NUMJ_NO_CLONES)
#define NUMJ_LOOP_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define NUMJ_LOOP_CLONES
#endif

/* The iteration space numj_iterate walks: size-1 axes dropped, axes contiguous for every operand
 * merged. Fills dims[0..nd) and st[k][0..nd) and sets *nd_out = nd (0 for a single element, -1 when
 * some extent is 0: nothing to do). Kernels that need more than a 1-D inner loop (a reduction that
 * blocks over rows) read the collapsed space from here. Returns NUMJ_OK or a negative status. */
int32_t numj_collapse(int nargs, int32_t ndim, const int64_t *shape, const int64_t *const *strides,
                      int64_t *dims, int64_t st[][NUMJ_MAX_DIMS], int *nd_out);

/* Calls `loop` over the broadcast n-d iteration space. Returns NUMJ_OK or a negative status. */
int32_t numj_iterate(int nargs, int32_t ndim, const int64_t *shape, char *const *ptrs,
                     const int64_t *const *strides, numj_loop loop, const void *data);

#endif
