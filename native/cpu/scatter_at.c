/*
 * numj_scatter_at: NumPy's unbuffered ufunc.at (np.add.at(a, idx, v)): every position of the index
 * array applies the binary op to the element it names, in order, so repeated indices accumulate
 * (a[idx] += v would keep only the last). Embedding gradients are the use: a (V, D) table, an index
 * array of rows, one contiguous row of D elements per index.
 *
 * Every index is checked before anything is written, so an out-of-bounds index leaves dst untouched.
 * The inner loop is the binary op's own loop (binary.c), called with the output as its first input,
 * once per index over the collapsed block of the other axes. When the op runs in another dtype than
 * dst's (np.add.at(int32, idx, 1.5) adds in float64), each index's block is cast to the op's dtype,
 * combined and cast back (NumPy's unsafe cast) before the next index, as NumPy does.
 */
#include "numj_cpu.h"
#include "dtypes.h"
#include "iter.h"

#include <stddef.h>
#include <stdlib.h>

static inline int64_t at_wrap(int64_t v, int64_t extent) {
    v += v < 0 ? extent : 0;
    return (uint64_t)v < (uint64_t)extent ? v : -1;
}

static inline int64_t at_index(const void *idx, int32_t idx_dt, int64_t j) {
    return idx_dt == NUMJ_INT32 ? (int64_t)((const int32_t *)idx)[j] : ((const int64_t *)idx)[j];
}

/* The block of one index in the op's own dtype: dst's and src's elements copied to contiguous buffers. */
struct cast_block {
    int32_t nd;
    const int64_t *dims;
    const int64_t *dst_st, *src_st;
    int64_t tmp_st[NUMJ_MAX_DIMS];
    int64_t count;
    char *a, *b;
};

static int32_t apply_cast(const struct cast_block *c, numj_loop loop, int32_t dt, int32_t dst_dt, char *d0, const char *s0) {
    int32_t rc = numj_cast(dst_dt, dt, c->nd, c->dims, d0, c->dst_st, c->a, c->tmp_st);
    if (rc == NUMJ_OK) rc = numj_cast(dt, dt, c->nd, c->dims, s0, c->src_st, c->b, c->tmp_st);
    if (rc != NUMJ_OK) return rc;
    const int64_t w = numj_itemsize(dt), steps[3] = {w, w, w};
    char *args[3] = {c->a, c->b, c->a};
    loop(args, c->count, steps, NULL);
    return numj_cast(dt, dst_dt, c->nd, c->dims, c->a, c->tmp_st, d0, c->dst_st);
}

int32_t numj_scatter_at(int32_t op, int32_t dt, int32_t dst_dt, int32_t ndim, const int64_t *shape, int32_t axis,
                        int32_t idx_dt, const void *idx, int64_t extent, int64_t axis_stride, void *dst,
                        const int64_t *dst_strides, const void *src, const int64_t *src_strides, int64_t *bad) {
    if (ndim < 1 || ndim > NUMJ_MAX_DIMS) return NUMJ_ENDIM;
    if (axis < 0 || axis >= ndim || !shape || !bad || !dst_strides || !src_strides) return NUMJ_EARG;
    if (idx_dt != NUMJ_INT32 && idx_dt != NUMJ_INT64) return NUMJ_EDTYPE;
    if (dt < 0 || dt >= NUMJ_NDTYPES || dst_dt < 0 || dst_dt >= NUMJ_NDTYPES) return NUMJ_EDTYPE;
    numj_loop loop = numj_binary_loop(op, dt);
    if (!loop) return NUMJ_EDTYPE;
    const int64_t n = shape[axis];
    bad[0] = 0;
    for (int32_t d = 0; d < ndim; d++) if (shape[d] < 0) return NUMJ_EARG;
    if (n > 0 && (!idx || !dst || !src)) return NUMJ_EARG;
    for (int64_t j = 0; j < n; j++) {
        const int64_t v = at_index(idx, idx_dt, j);
        if (at_wrap(v, extent) < 0) {
            bad[0] = 1;
            bad[1] = v;
            return NUMJ_OK;
        }
    }
    /* the block under one index: every axis but `axis`, collapsed for both operands */
    int64_t rest[NUMJ_MAX_DIMS], rdst[NUMJ_MAX_DIMS], rsrc[NUMJ_MAX_DIMS];
    int32_t r = 0;
    for (int32_t d = 0; d < ndim; d++) {
        if (d == axis) continue;
        rest[r] = shape[d];
        rdst[r] = dst_strides[d];
        rsrc[r++] = src_strides[d];
    }
    const int64_t *strides[2] = {rdst, rsrc};
    int64_t dims[NUMJ_MAX_DIMS], st[2][NUMJ_MAX_DIMS];
    int nd;
    int32_t rc = numj_collapse(2, r, rest, strides, dims, st, &nd);
    if (rc != NUMJ_OK) return rc;
    if (nd < 0 || n == 0) return NUMJ_OK;   /* an empty block or no index: nothing to do */
    const int64_t src_step = src_strides[axis];

    if (dst_dt != dt) {
        struct cast_block c = {.nd = nd, .dims = dims, .dst_st = st[0], .src_st = st[1], .count = 1};
        const int64_t w = numj_itemsize(dt);
        for (int d = nd - 1; d >= 0; d--) {
            c.tmp_st[d] = c.count * w;
            c.count *= dims[d];
        }
        c.a = malloc((size_t)(2 * c.count * w));
        if (!c.a) return NUMJ_ENOMEM;
        c.b = c.a + c.count * w;
        for (int64_t j = 0; j < n && rc == NUMJ_OK; j++)
            rc = apply_cast(&c, loop, dt, dst_dt, (char *)dst + at_wrap(at_index(idx, idx_dt, j), extent) * axis_stride,
                            (const char *)src + j * src_step);
        free(c.a);
        return rc;
    }

    if (nd == 0 && op == NUMJ_ADD && dt != NUMJ_BOOL) {
        /* one element per index (bincount, a 1-D target): the add inlined, no call per element */
        switch (dt) {
#define AT_ADD_CASE(C, T, S, F)                                                                   \
            case C:                                                                               \
                for (int64_t j = 0; j < n; j++) {                                                 \
                    T *d = (T *)((char *)dst + at_wrap(at_index(idx, idx_dt, j), extent) * axis_stride); \
                    const T v = *(const T *)((const char *)src + j * src_step);                   \
                    /* integers wrap as NumPy's do: the sum taken unsigned */                     \
                    if (F) *d = (T)(*d + v);                                                      \
                    else *d = (T)((uint64_t)(int64_t)*d + (uint64_t)(int64_t)v);                  \
                }                                                                                 \
                return NUMJ_OK;
            NUMJ_FOR_EACH_INT(AT_ADD_CASE)
            NUMJ_FOR_EACH_FLOAT(AT_ADD_CASE)
#undef AT_ADD_CASE
            default:
                break;
        }
    }
    const int64_t inner = nd == 0 ? 1 : dims[nd - 1];
    const int64_t ds = nd == 0 ? 0 : st[0][nd - 1], ss = nd == 0 ? 0 : st[1][nd - 1];
    const int64_t steps[3] = {ds, ss, ds};
    for (int64_t j = 0; j < n; j++) {
        char *d0 = (char *)dst + at_wrap(at_index(idx, idx_dt, j), extent) * axis_stride;
        const char *s0 = (const char *)src + j * src_step;
        if (nd <= 1) {
            char *args[3] = {d0, (char *)s0, d0};
            loop(args, inner, steps, NULL);
            continue;
        }
        /* odometer over the outer axes of the block, last fastest */
        int64_t pos[NUMJ_MAX_DIMS] = {0};
        char *dp = d0;
        const char *sp = s0;
        for (;;) {
            char *args[3] = {dp, (char *)sp, dp};
            loop(args, inner, steps, NULL);
            int d = nd - 2;
            for (; d >= 0; d--) {
                dp += st[0][d];
                sp += st[1][d];
                if (++pos[d] < dims[d]) break;
                dp -= st[0][d] * dims[d];
                sp -= st[1][d] * dims[d];
                pos[d] = 0;
            }
            if (d < 0) break;
        }
    }
    return NUMJ_OK;
}
