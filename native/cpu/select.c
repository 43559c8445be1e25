/*
 * numj_select: partial selection along the rows of a C-contiguous (m, n) block, in place (NumPy's
 * np.partition with several kth), for median and quantiles: after it, position k of each row holds
 * the value a full sort would put there, everything before it is not larger and everything after it
 * not smaller. NaN orders last, as in the sort. Quickselect (Hoare partition around a median of
 * three) per k, the ks ascending so that each search starts after the previous k; a range that
 * keeps failing to shrink is sorted instead, so no input costs more than a sort.
 */
#include "numj_cpu.h"
#include "dtypes.h"

#include <stdlib.h>

/* v[i] < v[j] in the sort's order: NaN after every number (x != x only for NaN). */
#define SEL_LT(F, a, b) ((F) ? ((a) < (b) || ((b) != (b) && (a) == (a))) : ((a) < (b)))

#define SELECT_FUNCS(C, T, S, F)                                                                   \
    static int cmp_##S(const void *pa, const void *pb) {                                           \
        const T a = *(const T *)pa, b = *(const T *)pb;                                            \
        return SEL_LT(F, a, b) ? -1 : SEL_LT(F, b, a) ? 1 : 0;                                     \
    }                                                                                              \
    static void select_##S(T *v, int64_t lo, int64_t hi, int64_t k) {                              \
        int budget = 64;                                                                           \
        while (hi > lo) {                                                                          \
            if (--budget == 0) {                                                                   \
                qsort(v + lo, (size_t)(hi - lo + 1), sizeof(T), cmp_##S);                          \
                return;                                                                            \
            }                                                                                      \
            const int64_t mid = lo + (hi - lo) / 2;                                                \
            T t;                                                                                   \
            if (SEL_LT(F, v[mid], v[lo])) { t = v[mid]; v[mid] = v[lo]; v[lo] = t; }               \
            if (SEL_LT(F, v[hi], v[lo])) { t = v[hi]; v[hi] = v[lo]; v[lo] = t; }                  \
            if (SEL_LT(F, v[hi], v[mid])) { t = v[hi]; v[hi] = v[mid]; v[mid] = t; }               \
            const T pivot = v[mid];                                                                \
            int64_t i = lo, j = hi;                                                                \
            while (i <= j) {                                                                       \
                while (SEL_LT(F, v[i], pivot)) i++;                                                \
                while (SEL_LT(F, pivot, v[j])) j--;                                                \
                if (i <= j) { t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }                         \
            }                                                                                      \
            if (k <= j) hi = j;                                                                    \
            else if (k >= i) lo = i;                                                               \
            else return;                                                                           \
        }                                                                                          \
    }                                                                                              \
    static void rows_##S(char *data, int64_t m, int64_t n, int64_t nk, const int64_t *ks) {         \
        for (int64_t r = 0; r < m; r++) {                                                          \
            T *v = (T *)data + r * n;                                                              \
            int64_t start = 0;                                                                     \
            for (int64_t q = 0; q < nk; q++) {                                                     \
                select_##S(v, start, n - 1, ks[q]);                                                \
                start = ks[q] + 1;                                                                 \
            }                                                                                      \
        }                                                                                          \
    }
NUMJ_FOR_EACH_DTYPE(SELECT_FUNCS)

int32_t numj_select(int32_t dt, int64_t m, int64_t n, void *data, int64_t nk, const int64_t *ks) {
    if (m < 0 || n < 0 || nk < 0 || (m > 0 && n > 0 && !data) || (nk > 0 && !ks)) return NUMJ_EARG;
    for (int64_t q = 0; q < nk; q++)
        if (ks[q] < 0 || ks[q] >= n || (q > 0 && ks[q] <= ks[q - 1])) return NUMJ_EARG;
    if (m == 0 || n == 0 || nk == 0) return NUMJ_OK;
    switch (dt) {
#define SELECT_CASE(C, T, S, F) case C: rows_##S((char *)data, m, n, nk, ks); return NUMJ_OK;
        NUMJ_FOR_EACH_DTYPE(SELECT_CASE)
#undef SELECT_CASE
        default:
            return NUMJ_EDTYPE;
    }
}
