#include "iter.h"

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

int32_t numj_iterate(int nargs, int32_t ndim, const int64_t *shape, char *const *ptrs,
                     const int64_t *const *strides, numj_loop loop, const void *data) {
    int64_t dims[NUMJ_MAX_DIMS];
    int64_t st[NUMJ_MAX_OPERANDS][NUMJ_MAX_DIMS];
    int nd;
    int32_t status = numj_collapse(nargs, ndim, shape, strides, dims, st, &nd);
    if (status != NUMJ_OK || nd < 0) return status;
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
    int64_t idx[NUMJ_MAX_DIMS] = {0};
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
