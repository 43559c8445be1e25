/*
 * numj_sort: a stable sort of every lane (1-D run along `axis`), giving the sorted values, the
 * sorting permutation (np.argsort with kind='stable'), or both, in ascending order (NumPy's: NaN
 * after everything, -0.0 and 0.0 equal so they keep their order) or descending order (NaN first,
 * ties still in their original order: topk). Only the first k positions of each lane are written.
 * A stable sort's result is unique, so the two algorithms below give identical answers:
 *
 *  - lanes of at least RADIX_MIN elements: an LSD radix sort, one pass per byte of an unsigned key
 *    that orders like the values (sign bit flipped for integers, the IEEE bits turned monotonic for
 *    floats with -0.0 read as 0.0 and every NaN as the largest key; all bits inverted when
 *    descending), carrying each element's position (or its value, when no positions are wanted);
 *    passes whose byte is the same for the whole lane are skipped, so small integers take one or
 *    two passes.
 *  - shorter lanes: a bottom-up merge sort on a copy (insertion-sorted runs of SORT_RUN, then merges
 *    that take from the right run only when strictly smaller), carrying positions when wanted.
 *
 * Everything is written once and instantiated per dtype and per order by the X-macros of dtypes.h.
 */
#include "numj_cpu.h"
#include "dtypes.h"
#include "iter.h"

#include <stddef.h>
#include <string.h>

#define SORT_RUN 16
#define RADIX_MIN 256

/* the radix key's unsigned type, per dtype suffix */
#define KT_b uint8_t
#define KT_i32 uint32_t
#define KT_i64 uint64_t
#define KT_f32 uint32_t
#define KT_f64 uint64_t

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

/* key_S(x, desc): the unsigned key of x whose order is the sort order (see the top of the file);
 * then the radix sorts of those keys with positions and with values */
#define RADIX_FOR(S, T, F)                                                                        \
    static inline KT_##S key_##S(T x, int desc) {                                                 \
        KT_##S k;                                                                                 \
        const KT_##S top = (KT_##S)((KT_##S)1 << (8 * sizeof(KT_##S) - 1));                      \
        if (F) {                                                                                  \
            if (x != x) return desc ? (KT_##S)0 : (KT_##S)~(KT_##S)0;                             \
            if (x == 0) x = 0;                                                                    \
            memcpy(&k, &x, sizeof k);                                                             \
            k = (k & top) ? (KT_##S)~k : (KT_##S)(k ^ top);                                       \
        } else if (sizeof(T) == 1) {                                                              \
            k = (KT_##S)x;                                                                        \
        } else {                                                                                  \
            memcpy(&k, &x, sizeof k);                                                             \
            k = (KT_##S)(k ^ top);                                                                \
        }                                                                                         \
        return desc ? (KT_##S)~k : k;                                                             \
    }                                                                                             \
    RADIX_SORT(radix_pos_##S, KT_##S, int64_t)                                                    \
    RADIX_SORT(radix_val_##S, KT_##S, T)

/* LSD radix sort of keys k carrying payloads p (positions, or the values themselves when no
 * positions are wanted), scratch kt/pt; returns where the payloads end up. */
#define RADIX_SORT(NAME, KT, PT)                                                                  \
    static PT *NAME(KT *k, PT *p, KT *kt, PT *pt, int64_t n) {                                    \
        enum { D = (int)sizeof(KT) };                                                             \
        int64_t count[D][256];                                                                    \
        memset(count, 0, sizeof count);                                                           \
        for (int64_t i = 0; i < n; i++)                                                           \
            for (int d = 0; d < D; d++) count[d][(k[i] >> (8 * d)) & 255]++;                      \
        for (int d = 0; d < D; d++) {                                                             \
            if (count[d][(k[0] >> (8 * d)) & 255] == n) continue;   /* one byte value: no-op */   \
            int64_t off[256], sum = 0;                                                            \
            for (int b = 0; b < 256; b++) { off[b] = sum; sum += count[d][b]; }                   \
            for (int64_t i = 0; i < n; i++) {                                                     \
                int64_t o = off[(k[i] >> (8 * d)) & 255]++;                                       \
                kt[o] = k[i];                                                                     \
                pt[o] = p[i];                                                                     \
            }                                                                                     \
            KT *sk = k; k = kt; kt = sk;                                                          \
            PT *sp = p; p = pt; pt = sp;                                                          \
        }                                                                                         \
        return p;                                                                                 \
    }

#define SORT_LOOP(S, T, ORD, BEFORE, DESC)                                                        \
    MERGESORT(msort_##ORD##_##S, T, BEFORE, 0)                                                    \
    MERGESORT(margsort_##ORD##_##S, T, BEFORE, 1)                                                 \
    static void sort_##ORD##_##S(char **args, int64_t n, const int64_t *steps, const void *data) { \
        const struct sort_lanes *l = (const struct sort_lanes *)data;                             \
        const int64_t len = l->len, k = l->k, step = l->in_step;                                  \
        T *v = (T *)l->work, *t = v + len;                                                        \
        int64_t *p = (int64_t *)(void *)((char *)l->work + ((2 * len * (int64_t)sizeof(T) + 7) & ~(int64_t)7)); \
        int64_t *q = p + len;                                                                     \
        for (int64_t lane = 0; lane < n; lane++) {                                                \
            const char *pi = args[0] + lane * steps[0];                                           \
            int64_t *pos = NULL;                                                                  \
            const T *sorted = NULL;                                                               \
            if (len >= RADIX_MIN && l->want_indices) {                                            \
                KT_##S *key = (KT_##S *)(void *)v, *kt = (KT_##S *)(void *)t;                     \
                for (int64_t i = 0; i < len; i++) {                                               \
                    key[i] = key_##S(*(const T *)(pi + i * step), DESC);                          \
                    p[i] = i;                                                                     \
                }                                                                                 \
                pos = radix_pos_##S(key, p, kt, q, len);                                          \
            } else if (len >= RADIX_MIN) {                                                        \
                KT_##S *key = (KT_##S *)(void *)v, *kt = (KT_##S *)(void *)t;                     \
                T *x = (T *)(void *)p, *xt = (T *)(void *)q;                                      \
                for (int64_t i = 0; i < len; i++) {                                               \
                    x[i] = *(const T *)(pi + i * step);                                           \
                    key[i] = key_##S(x[i], DESC);                                                 \
                }                                                                                 \
                sorted = radix_val_##S(key, x, kt, xt, len);                                      \
            } else {                                                                              \
                for (int64_t i = 0; i < len; i++) v[i] = *(const T *)(pi + i * step);             \
                if (l->want_indices) {                                                            \
                    for (int64_t i = 0; i < len; i++) p[i] = i;                                   \
                    sorted = margsort_##ORD##_##S(v, p, t, q, len, &pos);                         \
                } else {                                                                          \
                    sorted = msort_##ORD##_##S(v, NULL, t, NULL, len, &pos);                      \
                }                                                                                 \
            }                                                                                     \
            if (l->want_values) {                                                                 \
                char *pv = args[1] + lane * steps[1];                                             \
                if (sorted)                                                                       \
                    for (int64_t i = 0; i < k; i++) *(T *)(pv + i * l->val_step) = sorted[i];     \
                else                                                                              \
                    for (int64_t i = 0; i < k; i++)                                               \
                        *(T *)(pv + i * l->val_step) = *(const T *)(pi + pos[i] * step);          \
            }                                                                                     \
            if (l->want_indices) {                                                                \
                char *px = args[2] + lane * steps[2];                                             \
                for (int64_t i = 0; i < k; i++) *(int64_t *)(px + i * l->idx_step) = pos[i];      \
            }                                                                                     \
        }                                                                                         \
    }

#define SORT_FOR(C, T, S, F) RADIX_FOR(S, T, F) SORT_LOOP(S, T, asc, BEFORE_ASC, 0) SORT_LOOP(S, T, desc, BEFORE_DESC, 1)
NUMJ_FOR_EACH_DTYPE(SORT_FOR)

#define SORT_ENTRY(ORD) { sort_##ORD##_b, sort_##ORD##_i32, sort_##ORD##_i64, sort_##ORD##_f32, sort_##ORD##_f64 }
static const numj_loop sort_loops[2][NUMJ_NDTYPES] = { SORT_ENTRY(asc), SORT_ENTRY(desc) };

int32_t numj_sort(int32_t dt, int32_t ndim, const int64_t *shape, int32_t axis, int32_t descending, int64_t k,
                  const void *in, const int64_t *in_strides, void *values, const int64_t *values_strides,
                  void *indices, const int64_t *indices_strides, void *work) {
    if (dt < 0 || dt >= NUMJ_NDTYPES) return NUMJ_EDTYPE;
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
    return numj_iterate_serial(3, ndim - 1, oshape, ptrs, strides, sort_loops[descending ? 1 : 0][dt], &l);
}
