/*
 * numj_iterate: the collapsed n-d walk behind every CPU kernel, and its split across the worker pool
 * (pool.c) when the iteration space is large. A split hands each part a range [lo, hi) of the
 * collapsed space's elements in C order; the part walks its range with the same 1-D inner loop, so
 * each element is computed by exactly the code the single-threaded walk runs: results are
 * bit-identical whatever the thread count. When the written operand (the last one) does not move
 * along the inner axis (a reduction into a register), ranges hold whole inner rows.
 */
#include "iter.h"
#include "pool.h"

#include <stddef.h>

int32_t numj_collapse(int nargs, int32_t ndim, const int64_t *shape, const int64_t *const *strides,
                      int64_t *dims, int64_t st[][NUMJ_MAX_DIMS], int *nd_out) {
    if (ndim < 0 || ndim > NUMJ_MAX_DIMS) return NUMJ_ENDIM;
    if (nargs < 1 || nargs > NUMJ_MAX_OPERANDS) return NUMJ_EARG;
    int nd = 0;
    *nd_out = -1;
    for (int d = 0; d < ndim; d++) if (shape[d] < 0) return NUMJ_EARG;
    for (int d = 0; d < ndim; d++) {
        if (shape[d] == 0) return NUMJ_OK;           /* empty: nothing to do */
        if (shape[d] == 1) continue;                  /* size-1 axes never move a pointer */
        /* merge with the previous kept axis when every operand is contiguous across the pair */
        int merge = nd > 0;
        for (int k = 0; merge && k < nargs; k++)
            merge = st[k][nd - 1] == strides[k][d] * shape[d];
        if (merge) {
            dims[nd - 1] *= shape[d];
            for (int k = 0; k < nargs; k++) st[k][nd - 1] = strides[k][d];
        } else {
            dims[nd] = shape[d];
            for (int k = 0; k < nargs; k++) st[k][nd] = strides[k][d];
            nd++;
        }
    }
    *nd_out = nd;
    return NUMJ_OK;
}

/* The collapsed space and everything a part needs to walk a range of it. */
struct iter_job {
    int nargs, nd;
    const int64_t *dims;
    int64_t (*st)[NUMJ_MAX_DIMS];
    char *const *ptrs;
    numj_loop loop;
    const void *data;
    int64_t bounds[NUMJ_POOL_MAX + 1];   /* part t walks elements [bounds[t], bounds[t + 1]) */
};

/* Walks elements [lo, hi) of the collapsed space (C order), calling the inner loop on each piece of
 * an inner row. */
static void walk_range(const struct iter_job *j, int64_t lo, int64_t hi) {
    const int nd = j->nd, nargs = j->nargs;
    const int64_t inner = j->dims[nd - 1];
    int64_t idx[NUMJ_MAX_DIMS], rem = lo / inner;
    for (int d = nd - 2; d >= 0; d--) { idx[d] = rem % j->dims[d]; rem /= j->dims[d]; }
    char *q[NUMJ_MAX_OPERANDS], *p[NUMJ_MAX_OPERANDS];
    int64_t steps[NUMJ_MAX_OPERANDS];
    for (int k = 0; k < nargs; k++) {
        q[k] = j->ptrs[k];
        for (int d = 0; d < nd - 1; d++) q[k] += idx[d] * j->st[k][d];
        steps[k] = j->st[k][nd - 1];
    }
    int64_t i = lo % inner;
    for (;;) {
        const int64_t n = inner - i < hi - lo ? inner - i : hi - lo;
        for (int k = 0; k < nargs; k++) p[k] = q[k] + i * steps[k];
        j->loop(p, n, steps, j->data);
        lo += n;
        if (lo >= hi) return;
        i = 0;
        for (int d = nd - 2; d >= 0; d--) {   /* odometer over the outer axes, last fastest */
            for (int k = 0; k < nargs; k++) q[k] += j->st[k][d];
            if (++idx[d] < j->dims[d]) break;
            for (int k = 0; k < nargs; k++) q[k] -= j->st[k][d] * j->dims[d];
            idx[d] = 0;
        }
    }
}

static void run_part(void *arg, int part) {
    const struct iter_job *j = (const struct iter_job *)arg;
    if (j->bounds[part] < j->bounds[part + 1]) walk_range(j, j->bounds[part], j->bounds[part + 1]);
}

/* The lowest and one past the highest byte address operand k can touch (8 bytes a element, the
 * widest dtype: a guess on the safe side). */
static void extent(const struct iter_job *j, int k, uintptr_t *lo, uintptr_t *hi) {
    uintptr_t a = (uintptr_t)j->ptrs[k], b = a;
    for (int d = 0; d < j->nd; d++) {
        const int64_t span = j->st[k][d] * (j->dims[d] - 1);
        if (span < 0) a -= (uintptr_t)-span; else b += (uintptr_t)span;
    }
    *lo = a;
    *hi = b + 8;
}

/* Whether parts may run concurrently: the written operand (the last) must not read what another
 * part writes. It may be exactly an input (same start, same strides: a += b), but no other overlap,
 * and it must move along every axis a part boundary can cross (no two parts write one element). */
static int split_safe(const struct iter_job *j, int whole_rows) {
    const int w = j->nargs - 1, nd = j->nd;
    for (int d = 0; d < nd - (whole_rows ? 1 : 0); d++) if (j->st[w][d] == 0) return 0;
    uintptr_t wlo, whi;
    extent(j, w, &wlo, &whi);
    for (int k = 0; k < w; k++) {
        int same = j->ptrs[k] == j->ptrs[w];
        for (int d = 0; same && d < nd; d++) same = j->st[k][d] == j->st[w][d];
        if (same) continue;
        uintptr_t lo, hi;
        extent(j, k, &lo, &hi);
        if (lo < whi && wlo < hi) return 0;
    }
    return 1;
}

/* The single-threaded walk over a collapsed space of nd >= 0 axes. */
static int32_t walk_all(int nargs, int nd, const int64_t *dims, int64_t st[][NUMJ_MAX_DIMS], char *const *ptrs,
                        numj_loop loop, const void *data) {
    char *p[NUMJ_MAX_OPERANDS];
    for (int k = 0; k < nargs; k++) p[k] = ptrs[k];
    if (nd == 0) {
        int64_t steps[NUMJ_MAX_OPERANDS] = {0};
        loop(p, 1, steps, data);
        return NUMJ_OK;
    }
    int64_t inner = dims[nd - 1];
    int64_t steps[NUMJ_MAX_OPERANDS];
    for (int k = 0; k < nargs; k++) steps[k] = st[k][nd - 1];
    int outer = nd - 1;
    if (outer == 0) {   /* one run (contiguous operands always collapse to one): the loop alone */
        loop(p, inner, steps, data);
        return NUMJ_OK;
    }
    int64_t idx[NUMJ_MAX_DIMS];
    for (int d = 0; d < outer; d++) idx[d] = 0;
    for (;;) {
        loop(p, inner, steps, data);
        /* odometer over the outer axes, last fastest */
        int d = outer - 1;
        for (; d >= 0; d--) {
            for (int k = 0; k < nargs; k++) p[k] += st[k][d];
            if (++idx[d] < dims[d]) break;
            for (int k = 0; k < nargs; k++) p[k] -= st[k][d] * dims[d];
            idx[d] = 0;
        }
        if (d < 0) return NUMJ_OK;
    }
}

int32_t numj_iterate_serial(int nargs, int32_t ndim, const int64_t *shape, char *const *ptrs,
                            const int64_t *const *strides, numj_loop loop, const void *data) {
    int64_t dims[NUMJ_MAX_DIMS];
    int64_t st[NUMJ_MAX_OPERANDS][NUMJ_MAX_DIMS];
    int nd;
    int32_t status = numj_collapse(nargs, ndim, shape, strides, dims, st, &nd);
    if (status != NUMJ_OK || nd < 0) return status;
    return walk_all(nargs, nd, dims, st, ptrs, loop, data);
}

#ifdef NUMJ_TUNING   /* measurement builds only: the threshold from the environment */
#include <stdlib.h>
static int64_t parallel_min(void) {
    static int64_t v;
    if (!v) { const char *e = getenv("NUMJ_PARALLEL_MIN"); v = e ? atoll(e) : NUMJ_PARALLEL_MIN; }
    return v;
}
#else
#define parallel_min() ((int64_t)NUMJ_PARALLEL_MIN)
#endif

int numj_parallel_parts(int64_t work) {
    if (work < parallel_min()) return 1;
    int parts = numj_pool_threads();
    const int64_t half = parallel_min() / 2 > 0 ? parallel_min() / 2 : 1;
    const int64_t most = work / half;   /* at least half the minimum a part */
    return parts > most ? (int)most : parts;
}

int32_t numj_iterate_cost(int nargs, int32_t ndim, const int64_t *shape, char *const *ptrs,
                          const int64_t *const *strides, numj_loop loop, const void *data, int64_t cost) {
    int64_t dims[NUMJ_MAX_DIMS];
    int64_t st[NUMJ_MAX_OPERANDS][NUMJ_MAX_DIMS];
    int nd;
    int32_t status = numj_collapse(nargs, ndim, shape, strides, dims, st, &nd);
    if (status != NUMJ_OK || nd < 0) return status;
    if (nd > 0 && cost > 0) {
        int64_t total = 1;
        for (int d = 0; d < nd; d++) total *= dims[d];
        /* work in units of a cheap element-wise op's element; saturate rather than overflow */
        int parts = numj_parallel_parts(total > INT64_MAX / cost ? INT64_MAX : total * cost);
        if (parts > 1) {
            struct iter_job j = {nargs, nd, dims, st, ptrs, loop, data, {0}};
            const int whole_rows = st[nargs - 1][nd - 1] == 0;
            /* boundaries: whole rows, or multiples of 64 elements (a whole cache line of the output
             * at every item size, for an aligned output) */
            const int64_t unit = whole_rows ? dims[nd - 1] : 64;
            const int64_t units = (total + unit - 1) / unit;
            if (parts > units) parts = (int)units;
            if (parts > 1 && split_safe(&j, whole_rows)) {
                for (int t = 0; t <= parts; t++) {
                    const int64_t b = units * t / parts * unit;
                    j.bounds[t] = b < total ? b : total;
                }
                numj_parallel(parts, run_part, &j);
                return NUMJ_OK;
            }
        }
    }
    return walk_all(nargs, nd, dims, st, ptrs, loop, data);
}

int32_t numj_iterate(int nargs, int32_t ndim, const int64_t *shape, char *const *ptrs,
                     const int64_t *const *strides, numj_loop loop, const void *data) {
    return numj_iterate_cost(nargs, ndim, shape, ptrs, strides, loop, data, 1);
}

