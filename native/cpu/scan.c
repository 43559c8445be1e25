/*
 * numj_scan: inclusive scans along one axis, NumPy's add.accumulate and multiply.accumulate (behind
 * np.cumsum and np.cumprod). Input and output share one dtype (the Java layer casts bool and int32
 * to int64 first, as NumPy does) and may be the same memory: lane element k reads in[k] before it
 * writes out[k]. Floats accumulate sequentially in their own precision, integers wrap like NumPy's.
 *
 * Lanes (1-D runs along `axis`) are independent. The iterator walks every other axis; each call of
 * the inner loop gets a batch of n lanes. When neighbouring lanes sit closer in memory than
 * neighbouring elements of one lane (the scanned axis is not the innermost), the batch advances all
 * its lanes one step at a time, so the innermost loop runs over contiguous memory and vectorises;
 * otherwise each lane is scanned on its own.
 */
#include "numj_cpu.h"
#include "dtypes.h"
#include "iter.h"

#include <stddef.h>

struct scan_lane {
    int64_t len;        /* elements per lane */
    int64_t in_step;    /* byte stride along the scanned axis */
    int64_t out_step;
};

/* combine(acc, x) in type T; F is 1 for floats. Integers go through uint64_t so overflow wraps. */
#define S_SUM(T, F, a, b) ((F) ? (T)((a) + (b)) : (T)((uint64_t)(a) + (uint64_t)(b)))
#define S_PROD(T, F, a, b) ((F) ? (T)((a) * (b)) : (T)((uint64_t)(a) * (uint64_t)(b)))

#define SCAN_LOOP(NAME, S, T, F, OP)                                                              \
    static void scan_##NAME##_##S(char **args, int64_t n, const int64_t *steps, const void *data) { \
        const struct scan_lane *l = (const struct scan_lane *)data;                               \
        const char *pi = args[0]; char *po = args[1];                                             \
        const int64_t li = steps[0], lo = steps[1], si = l->in_step, so = l->out_step, len = l->len; \
        if (n > 1 && (li < 0 ? -li : li) < (si < 0 ? -si : si)) {                                 \
            for (int64_t j = 0; j < n; j++) *(T *)(po + j * lo) = *(const T *)(pi + j * li);      \
            for (int64_t k = 1; k < len; k++) {                                                   \
                const char *a = pi + k * si; const char *prev = po + (k - 1) * so;                \
                char *o = po + k * so;                                                            \
                if (li == (int64_t)sizeof(T) && lo == (int64_t)sizeof(T)) {                       \
                    const T *av = (const T *)a, *pv = (const T *)prev; T *ov = (T *)o;            \
                    for (int64_t j = 0; j < n; j++) ov[j] = OP(T, F, pv[j], av[j]);               \
                } else {                                                                          \
                    for (int64_t j = 0; j < n; j++)                                               \
                        *(T *)(o + j * lo) = OP(T, F, *(const T *)(prev + j * lo), *(const T *)(a + j * li)); \
                }                                                                                 \
            }                                                                                     \
        } else {                                                                                  \
            for (int64_t j = 0; j < n; j++) {                                                     \
                const char *a = pi + j * li; char *o = po + j * lo;                               \
                T acc = *(const T *)a;                                                            \
                *(T *)o = acc;                                                                    \
                for (int64_t k = 1; k < len; k++) {                                               \
                    acc = OP(T, F, acc, *(const T *)(a + k * si));                                \
                    *(T *)(o + k * so) = acc;                                                     \
                }                                                                                 \
            }                                                                                     \
        }                                                                                         \
    }

#define SCAN_FOR(C, T, S, F) SCAN_LOOP(sum, S, T, F, S_SUM) SCAN_LOOP(prod, S, T, F, S_PROD)
NUMJ_FOR_EACH_INT(SCAN_FOR)
NUMJ_FOR_EACH_FLOAT(SCAN_FOR)

/* [op][dt]; bool has no scan of its own (NumPy's cumsum of bool is int64) */
static const numj_loop scan_loops[2][NUMJ_NDTYPES] = {
    { NULL, scan_sum_i32, scan_sum_i64, scan_sum_f32, scan_sum_f64 },
    { NULL, scan_prod_i32, scan_prod_i64, scan_prod_f32, scan_prod_f64 },
};

int32_t numj_scan(int32_t op, int32_t dt, int32_t ndim, const int64_t *shape, int32_t axis,
                  const void *in, const int64_t *in_strides, void *out, const int64_t *out_strides) {
    if (op != NUMJ_RSUM && op != NUMJ_RPROD) return NUMJ_EOP;
    if (dt < 0 || dt >= NUMJ_NDTYPES || !scan_loops[op][dt]) return NUMJ_EDTYPE;
    if (ndim < 1 || ndim > NUMJ_MAX_DIMS) return NUMJ_ENDIM;
    if (axis < 0 || axis >= ndim || !shape || !in || !out || !in_strides || !out_strides) return NUMJ_EARG;
    int64_t oshape[NUMJ_MAX_DIMS], ist[NUMJ_MAX_DIMS], ost[NUMJ_MAX_DIMS];
    for (int d = 0, k = 0; d < ndim; d++) {
        if (shape[d] < 0) return NUMJ_EARG;
        if (d == axis) continue;
        oshape[k] = shape[d]; ist[k] = in_strides[d]; ost[k] = out_strides[d]; k++;
    }
    if (shape[axis] == 0) return NUMJ_OK;
    struct scan_lane lane = {shape[axis], in_strides[axis], out_strides[axis]};
    char *ptrs[2] = {(char *)in, (char *)out};
    const int64_t *strides[2] = {ist, ost};
    return numj_iterate_serial(2, ndim - 1, oshape, ptrs, strides, scan_loops[op][dt], &lane);
}
