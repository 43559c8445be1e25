/*
 * numj_sort: a stable sort of every lane (1-D run along `axis`), giving the sorted values, the
 * sorting permutation (np.argsort with kind='stable'), or both, in ascending order (NumPy's: NaN
 * after everything, -0.0 and 0.0 equal so they keep their order) or descending order (NaN first,
 * ties still in their original order: topk). Only the first k positions of each lane are written.
 *
 * Each lane is copied into the caller's work buffer with its positions, sorted there by a bottom-up
 * merge sort (insertion-sorted runs of SORT_RUN, then merges that take from the right run only when
 * strictly smaller: stable), and copied out. The sort is written once and instantiated per dtype and
 * per order; the position array is carried only when the permutation is wanted.
 */
#include "numj_cpu.h"
#include "dtypes.h"
#include "iter.h"

#include <stddef.h>
#include <string.h>

#define SORT_RUN 16

/* "a goes before b". Ascending puts NaN last; descending puts it first. For integers the NaN tests
 * are constant false and vanish. */
#define BEFORE_ASC(a, b) ((a) < (b) || ((b) != (b) && (a) == (a)))
#define BEFORE_DESC(a, b) ((a) > (b) || ((a) != (a) && (b) == (b)))

struct sort_lanes {
    int64_t len, k;                       /* lane length, positions written */
    int64_t in_step, val_step, idx_step;  /* byte strides along the axis */
    int want_values, want_indices;
    void *work;                           /* numj_sort's documented size */
};

/* Sorts v[0..n) (and its positions p when IDX) with t/q as scratch; returns where the result lies. */
#define MERGESORT(NAME, T, BEFORE, IDX)                                                           \
    static T *NAME(T *v, int64_t *p, T *t, int64_t *q, int64_t n, int64_t **pos) {                \
        for (int64_t lo = 0; lo < n; lo += SORT_RUN) {                                            \
            int64_t hi = lo + SORT_RUN < n ? lo + SORT_RUN : n;                                   \
            for (int64_t i = lo + 1; i < hi; i++) {                                               \
                T x = v[i]; int64_t xp = IDX ? p[i] : 0; int64_t j = i;                           \
                for (; j > lo && BEFORE(x, v[j - 1]); j--) { v[j] = v[j - 1]; if (IDX) p[j] = p[j - 1]; } \
                v[j] = x; if (IDX) p[j] = xp;                                                     \
            }                                                                                     \
        }                                                                                         \
        for (int64_t w = SORT_RUN; w < n; w *= 2) {                                               \
            for (int64_t lo = 0; lo < n; lo += 2 * w) {                                           \
                int64_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;      \
                int64_t i = lo, j = mid, o = lo;                                                  \
                if (mid < hi && BEFORE(v[mid], v[mid - 1])) {                                     \
                    while (i < mid && j < hi) {                                                   \
                        if (BEFORE(v[j], v[i])) { t[o] = v[j]; if (IDX) q[o] = p[j]; j++; }       \
                        else { t[o] = v[i]; if (IDX) q[o] = p[i]; i++; }                          \
                        o++;                                                                      \
                    }                                                                             \
                }                                                                                 \
                memcpy(t + o, v + i, (size_t)(mid - i) * sizeof(T));                              \
                if (IDX) memcpy(q + o, p + i, (size_t)(mid - i) * sizeof(int64_t));               \
                o += mid - i;                                                                     \
                memcpy(t + o, v + j, (size_t)(hi - j) * sizeof(T));                               \
                if (IDX) memcpy(q + o, p + j, (size_t)(hi - j) * sizeof(int64_t));                \
            }                                                                                     \
            T *sv = v; v = t; t = sv;                                                             \
            int64_t *sp = p; p = q; q = sp;                                                       \
        }                                                                                         \
        *pos = p;                                                                                 \
        return v;                                                                                 \
    }

#define SORT_LOOP(S, T, ORD, BEFORE)                                                              \
    MERGESORT(msort_##ORD##_##S, T, BEFORE, 0)                                                    \
    MERGESORT(margsort_##ORD##_##S, T, BEFORE, 1)                                                 \
    static void sort_##ORD##_##S(char **args, int64_t n, const int64_t *steps, const void *data) { \
        const struct sort_lanes *l = (const struct sort_lanes *)data;                             \
        const int64_t len = l->len, k = l->k;                                                     \
        T *v = (T *)l->work, *t = v + len;                                                        \
        int64_t *p = l->want_indices                                                              \
            ? (int64_t *)(void *)((char *)l->work + ((2 * len * (int64_t)sizeof(T) + 7) & ~(int64_t)7)) \
            : NULL;                                                                               \
        int64_t *q = p ? p + len : NULL;                                                          \
        for (int64_t lane = 0; lane < n; lane++) {                                                \
            const char *pi = args[0] + lane * steps[0];                                           \
            for (int64_t i = 0; i < len; i++) v[i] = *(const T *)(pi + i * l->in_step);           \
            int64_t *pos = NULL;                                                                  \
            T *sorted;                                                                            \
            if (l->want_indices) {                                                                \
                for (int64_t i = 0; i < len; i++) p[i] = i;                                       \
                sorted = margsort_##ORD##_##S(v, p, t, q, len, &pos);                             \
            } else {                                                                              \
                sorted = msort_##ORD##_##S(v, p, t, q, len, &pos);                                \
            }                                                                                     \
            if (l->want_values) {                                                                 \
                char *pv = args[1] + lane * steps[1];                                             \
                for (int64_t i = 0; i < k; i++) *(T *)(pv + i * l->val_step) = sorted[i];         \
            }                                                                                     \
            if (l->want_indices) {                                                                \
                char *px = args[2] + lane * steps[2];                                             \
                for (int64_t i = 0; i < k; i++) *(int64_t *)(px + i * l->idx_step) = pos[i];      \
            }                                                                                     \
        }                                                                                         \
    }

#define SORT_FOR(C, T, S, F) SORT_LOOP(S, T, asc, BEFORE_ASC) SORT_LOOP(S, T, desc, BEFORE_DESC)
NUMJ_FOR_EACH_DTYPE(SORT_FOR)

#define SORT_ENTRY(ORD) { sort_##ORD##_b, sort_##ORD##_i32, sort_##ORD##_i64, sort_##ORD##_f32, sort_##ORD##_f64 }
static const numj_loop sort_loops[2][5] = { SORT_ENTRY(asc), SORT_ENTRY(desc) };

int32_t numj_sort(int32_t dt, int32_t ndim, const int64_t *shape, int32_t axis, int32_t descending, int64_t k,
                  const void *in, const int64_t *in_strides, void *values, const int64_t *values_strides,
                  void *indices, const int64_t *indices_strides, void *work) {
    if (dt < 0 || dt > 4) return NUMJ_EDTYPE;
    if (ndim < 1 || ndim > NUMJ_MAX_DIMS) return NUMJ_ENDIM;
    if (axis < 0 || axis >= ndim || !shape || !in || !in_strides) return NUMJ_EARG;
    if ((!values && !indices) || (values && !values_strides) || (indices && !indices_strides)) return NUMJ_EARG;
    for (int d = 0; d < ndim; d++) if (shape[d] < 0) return NUMJ_EARG;
    if (k < 0 || k > shape[axis]) return NUMJ_EARG;
    if (k == 0) return NUMJ_OK;
    if (!work) return NUMJ_EARG;
    /* the lanes' iteration space: every axis but `axis`; a missing output rides on the input's strides */
    int64_t oshape[NUMJ_MAX_DIMS], ist[NUMJ_MAX_DIMS], vst[NUMJ_MAX_DIMS], xst[NUMJ_MAX_DIMS];
    for (int d = 0, j = 0; d < ndim; d++) {
        if (d == axis) continue;
        oshape[j] = shape[d];
        ist[j] = in_strides[d];
        vst[j] = values ? values_strides[d] : in_strides[d];
        xst[j] = indices ? indices_strides[d] : in_strides[d];
        j++;
    }
    struct sort_lanes l = {
        .len = shape[axis], .k = k, .in_step = in_strides[axis],
        .val_step = values ? values_strides[axis] : 0, .idx_step = indices ? indices_strides[axis] : 0,
        .want_values = values != NULL, .want_indices = indices != NULL, .work = work,
    };
    char *ptrs[3] = {(char *)in, values ? (char *)values : (char *)in, indices ? (char *)indices : (char *)in};
    const int64_t *strides[3] = {ist, vst, xst};
    return numj_iterate(3, ndim - 1, oshape, ptrs, strides, sort_loops[descending ? 1 : 0][dt], &l);
}
