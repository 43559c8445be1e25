/*
 * numj_searchsorted: np.searchsorted(a, v, side) for a 1-D sorted `a`, one binary search per value
 * of `v` in the order numj_sort sorts (NaN after everything, -0.0 equal to 0.0). side 'left' gives
 * the number of elements of `a` ordered strictly before v, 'right' the number not ordered after it.
 * Written once and instantiated per dtype by the X-macros of dtypes.h.
 */
#include "numj_cpu.h"
#include "dtypes.h"
#include "iter.h"

#include <stddef.h>

/* "x goes before y" in ascending sort order: NaN last. For integers the NaN tests vanish. */
#define SS_BEFORE(x, y) ((x) < (y) || ((y) != (y) && (x) == (x)))

struct search_state {
    const char *sorted;
    int64_t n, step;
    int right;
};

#define SEARCH_LOOP(C, T, S, F)                                                                   \
    static void search_##S(char **args, int64_t n, const int64_t *steps, const void *data) {      \
        const struct search_state *st = (const struct search_state *)data;                       \
        const char *pv = args[0];                                                                 \
        char *po = args[1];                                                                       \
        for (int64_t i = 0; i < n; i++) {                                                         \
            const T v = *(const T *)(pv + i * steps[0]);                                          \
            int64_t lo = 0, hi = st->n;                                                           \
            while (lo < hi) {                                                                     \
                const int64_t mid = lo + (hi - lo) / 2;                                           \
                const T x = *(const T *)(st->sorted + mid * st->step);                            \
                const int go_right = st->right ? !SS_BEFORE(v, x) : SS_BEFORE(x, v);              \
                if (go_right) lo = mid + 1;                                                       \
                else hi = mid;                                                                    \
            }                                                                                     \
            *(int64_t *)(po + i * steps[1]) = lo;                                                 \
        }                                                                                         \
    }
NUMJ_FOR_EACH_DTYPE(SEARCH_LOOP)

static const numj_loop search_loops[NUMJ_NDTYPES] = {search_b, search_i32, search_i64, search_f32, search_f64};

int32_t numj_searchsorted(int32_t dt, int64_t n, const void *sorted, int64_t sorted_stride, int32_t right,
                          int32_t ndim, const int64_t *shape, const void *values, const int64_t *values_strides,
                          int64_t *out, const int64_t *out_strides) {
    if (dt < 0 || dt >= NUMJ_NDTYPES) return NUMJ_EDTYPE;
    if (ndim < 0 || ndim > NUMJ_MAX_DIMS) return NUMJ_ENDIM;
    if (n < 0 || (n > 0 && !sorted) || !values || !out || (ndim > 0 && (!shape || !values_strides || !out_strides)))
        return NUMJ_EARG;
    for (int d = 0; d < ndim; d++) if (shape[d] < 0) return NUMJ_EARG;
    struct search_state st = {.sorted = (const char *)sorted, .n = n, .step = sorted_stride, .right = right != 0};
    char *ptrs[2] = {(char *)values, (char *)out};
    const int64_t *strides[2] = {values_strides, out_strides};
    int64_t cost = 1;
    for (int64_t m = n; m > 1; m >>= 1) cost++;
    return numj_iterate_cost(2, ndim, shape, ptrs, strides, search_loops[dt], &st, cost);
}
