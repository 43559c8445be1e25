/*
 * The one strided iterator behind every CPU kernel (NumPy's ufunc split): it drops size-1 axes,
 * merges axes that are contiguous for every operand, then calls a 1-D inner loop over the last axis
 * with uniform signature `loop(args, n, steps, data)`. Kernels never see more than this.
 */
#ifndef NUMJ_ITER_H
#define NUMJ_ITER_H

#include <stdint.h>
#include "numj_ops.h"

#define NUMJ_MAX_OPERANDS 8

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

/* Element-wise work (in units of one element of a cheap op such as add) from which numj_iterate
 * splits the iteration space across the worker pool (pool.c); below it one thread runs everything.
 * Measured on a 2-vCPU AMD EPYC (Zen 5) VM: see docs/performance.md, "Both cores and vectorised
 * reductions". Tests may build with a smaller value to exercise the split on small arrays. */
#ifndef NUMJ_PARALLEL_MIN
#define NUMJ_PARALLEL_MIN 65536
#endif

/* How many parts (1: run on the calling thread) work of `work` cheap-op elements is split into. */
int numj_parallel_parts(int64_t work);

/*
 * Calls `loop` over the broadcast n-d iteration space. Returns NUMJ_OK or a negative status.
 * Large spaces are split across the worker pool, so the loop must be element-wise: every call may
 * run on any thread, on any sub-range of the space, concurrently with other calls, and `data` is
 * only read. The last operand is the one written. The space is split only where no part can read
 * what another writes (the written operand may be exactly an input, as in a += b, but not overlap
 * it otherwise) and no two parts write one element; when the written operand does not move along
 * the inner axis (a reduction into one slot per inner row) the parts hold whole inner rows. Each
 * element sees exactly the inner-loop code it sees single-threaded, so results do not depend on
 * the thread count.
 */
int32_t numj_iterate(int nargs, int32_t ndim, const int64_t *shape, char *const *ptrs,
                     const int64_t *const *strides, numj_loop loop, const void *data);

/* numj_iterate for a loop whose element costs about `cost` elements of a cheap op (a reduction loop
 * whose "element" is a whole row, a transcendental function): the split starts at proportionally
 * smaller spaces. cost 0 never splits. */
int32_t numj_iterate_cost(int nargs, int32_t ndim, const int64_t *shape, char *const *ptrs,
                          const int64_t *const *strides, numj_loop loop, const void *data, int64_t cost);

/* numj_iterate on the calling thread only, in C order: for loops that carry state through `data`
 * (cursors, scratch buffers) or whose calls must come in order. */
int32_t numj_iterate_serial(int nargs, int32_t ndim, const int64_t *shape, char *const *ptrs,
                            const int64_t *const *strides, numj_loop loop, const void *data);

/* The inner loops behind numj_unary and numj_binary (NULL where the op has none for dt), for kernels
 * that chain them (fused.c). */
numj_loop numj_unary_loop(int32_t op, int32_t dt);
numj_loop numj_binary_loop(int32_t op, int32_t dt);

#endif
