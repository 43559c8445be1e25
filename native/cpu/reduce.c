/*
 * numj_reduce: reductions over any set of axes, expressed by output strides that are 0 along the
 * reduced axes. The output is first set to the op's identity, then every input element is combined
 * into its output slot. When the innermost axis is reduced (output step 0) the loop accumulates in a
 * register; floating sums then use NumPy's pairwise summation so results match NumPy's rounding.
 */
#include "numj_cpu.h"
#include "dtypes.h"
#include "iter.h"

#include <float.h>
#include <stddef.h>

#define PW_BLOCKSIZE 128

/* NumPy's pairwise summation (numpy/_core/src/umath/loops_utils.h.src), reading IT, summing in OT. */
#define PAIRWISE(IS, IT, OS, OT)                                                                  \
    static OT pairwise_##IS##_##OS(const char *a, int64_t n, int64_t s) {                         \
        if (n < 8) {                                                                              \
            OT res = 0;                                                                           \
            for (int64_t i = 0; i < n; i++) res += (OT)*(const IT *)(a + i * s);                  \
            return res;                                                                           \
        } else if (n <= PW_BLOCKSIZE) {                                                           \
            OT r[8];                                                                              \
            for (int j = 0; j < 8; j++) r[j] = (OT)*(const IT *)(a + j * s);                      \
            int64_t i;                                                                            \
            for (i = 8; i < n - (n % 8); i += 8)                                                  \
                for (int j = 0; j < 8; j++) r[j] += (OT)*(const IT *)(a + (i + j) * s);           \
            OT res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));           \
            for (; i < n; i++) res += (OT)*(const IT *)(a + i * s);                               \
            return res;                                                                           \
        } else {                                                                                  \
            int64_t n2 = n / 2;                                                                   \
            n2 -= n2 % 8;                                                                         \
            return pairwise_##IS##_##OS(a, n2, s) + pairwise_##IS##_##OS(a + n2 * s, n - n2, s);  \
        }                                                                                         \
    }

/* combine(acc, x): x is the raw input value of type IT, acc of type OT */
#define C_SUM(OT, acc, x) ((acc) + (OT)(x))
#define C_PROD(OT, acc, x) ((acc) * (OT)(x))
#define C_MAX(OT, acc, x) (((acc) >= (OT)(x) || (acc) != (acc)) ? (acc) : (OT)(x))
#define C_MIN(OT, acc, x) (((acc) <= (OT)(x) || (acc) != (acc)) ? (acc) : (OT)(x))
#define C_ANY(OT, acc, x) ((OT)((acc) | ((x) != 0)))
#define C_ALL(OT, acc, x) ((OT)((acc) & ((x) != 0)))
#define C_CNZ(OT, acc, x) ((acc) + (OT)((x) != 0))

/* how a register accumulates a whole inner run: element by element, or pairwise for float sums */
#define NO_PAIRWISE(IS, IT, OS, OT, COMBINE) \
    for (int64_t i = 0; i < n; i++, pi += si) acc = COMBINE(OT, acc, *(const IT *)pi);
#define USE_PAIRWISE(IS, IT, OS, OT, COMBINE) acc = acc + pairwise_##IS##_##OS(pi, n, si);

#define RED_LOOP(NAME, IS, IT, OS, OT, COMBINE, PW)                                               \
    static void rloop_##NAME##_##IS##_##OS(char **args, int64_t n, const int64_t *steps, const void *d) { \
        (void)d;                                                                                  \
        const char *pi = args[0]; char *po = args[1];                                             \
        const int64_t si = steps[0], so = steps[1];                                               \
        if (so == 0) {                                                                            \
            OT acc = *(OT *)po;                                                                   \
            PW(IS, IT, OS, OT, COMBINE)                                                           \
            *(OT *)po = acc;                                                                      \
        } else if (si == (int64_t)sizeof(IT) && so == (int64_t)sizeof(OT)) {                      \
            const IT *in = (const IT *)pi; OT *out = (OT *)po;                                    \
            for (int64_t i = 0; i < n; i++) out[i] = COMBINE(OT, out[i], in[i]);                   \
        } else {                                                                                  \
            for (int64_t i = 0; i < n; i++, pi += si, po += so)                                   \
                *(OT *)po = COMBINE(OT, *(OT *)po, *(const IT *)pi);                              \
        }                                                                                         \
    }

/* sum/prod: every input dtype into an int64, float32 or float64 accumulator */
#define SUM_PROD_FOR(IC, IT, IS, IF)                                                              \
    PAIRWISE(IS, IT, f32, float) PAIRWISE(IS, IT, f64, double)                                    \
    RED_LOOP(sum, IS, IT, i64, int64_t, C_SUM, NO_PAIRWISE)                                       \
    RED_LOOP(sum, IS, IT, f32, float, C_SUM, USE_PAIRWISE)                                        \
    RED_LOOP(sum, IS, IT, f64, double, C_SUM, USE_PAIRWISE)                                       \
    RED_LOOP(prod, IS, IT, i64, int64_t, C_PROD, NO_PAIRWISE)                                     \
    RED_LOOP(prod, IS, IT, f32, float, C_PROD, NO_PAIRWISE)                                       \
    RED_LOOP(prod, IS, IT, f64, double, C_PROD, NO_PAIRWISE)                                      \
    RED_LOOP(max, IS, IT, IS, IT, C_MAX, NO_PAIRWISE)                                             \
    RED_LOOP(min, IS, IT, IS, IT, C_MIN, NO_PAIRWISE)                                             \
    RED_LOOP(any, IS, IT, b, numj_bool, C_ANY, NO_PAIRWISE)                                       \
    RED_LOOP(all, IS, IT, b, numj_bool, C_ALL, NO_PAIRWISE)                                       \
    RED_LOOP(cnz, IS, IT, i64, int64_t, C_CNZ, NO_PAIRWISE)
NUMJ_FOR_EACH_DTYPE(SUM_PROD_FOR)

/* argmax/argmin: the reduced axis is the innermost; the first extreme wins, NaN counts as extreme */
#define ARG_LOOP(NAME, IS, IT, BETTER)                                                            \
    static void aloop_##NAME##_##IS(char **args, int64_t n, const int64_t *steps, const void *d) { \
        (void)d;                                                                                  \
        const char *pi = args[0]; char *po = args[1];                                             \
        const int64_t si = steps[0], so = steps[1];                                               \
        if (so != 0) { /* a reduced axis of length 1 was dropped: every index is 0 */             \
            for (int64_t i = 0; i < n; i++, po += so) *(int64_t *)po = 0;                         \
            return;                                                                               \
        }                                                                                         \
        IT best = *(const IT *)pi; int64_t at = 0;                                                \
        if (best == best) {                                                                       \
            for (int64_t i = 1; i < n; i++) {                                                     \
                IT x = *(const IT *)(pi + i * si);                                                \
                if (x != x) { at = i; break; }                                                    \
                if (BETTER(x, best)) { best = x; at = i; }                                        \
            }                                                                                     \
        }                                                                                         \
        *(int64_t *)po = at;                                                                      \
    }
#define GT(x, b) ((x) > (b))
#define LT(x, b) ((x) < (b))
#define ARG_FOR(IC, IT, IS, IF) ARG_LOOP(argmax, IS, IT, GT) ARG_LOOP(argmin, IS, IT, LT)
NUMJ_FOR_EACH_DTYPE(ARG_FOR)

#define BY_IN(NAME, OS) { rloop_##NAME##_b_##OS, rloop_##NAME##_i32_##OS, rloop_##NAME##_i64_##OS, rloop_##NAME##_f32_##OS, rloop_##NAME##_f64_##OS }
static const numj_loop sum_loops[3][5] = { BY_IN(sum, i64), BY_IN(sum, f32), BY_IN(sum, f64) };
static const numj_loop prod_loops[3][5] = { BY_IN(prod, i64), BY_IN(prod, f32), BY_IN(prod, f64) };
static const numj_loop any_loops[5] = BY_IN(any, b);
static const numj_loop all_loops[5] = BY_IN(all, b);
static const numj_loop cnz_loops[5] = BY_IN(cnz, i64);
static const numj_loop max_loops[5] = { rloop_max_b_b, rloop_max_i32_i32, rloop_max_i64_i64, rloop_max_f32_f32, rloop_max_f64_f64 };
static const numj_loop min_loops[5] = { rloop_min_b_b, rloop_min_i32_i32, rloop_min_i64_i64, rloop_min_f32_f32, rloop_min_f64_f64 };
static const numj_loop argmax_loops[5] = { aloop_argmax_b, aloop_argmax_i32, aloop_argmax_i64, aloop_argmax_f32, aloop_argmax_f64 };
static const numj_loop argmin_loops[5] = { aloop_argmin_b, aloop_argmin_i32, aloop_argmin_i64, aloop_argmin_f32, aloop_argmin_f64 };

static int acc_index(int32_t out_dt) {
    return out_dt == NUMJ_INT64 ? 0 : out_dt == NUMJ_FLOAT32 ? 1 : out_dt == NUMJ_FLOAT64 ? 2 : -1;
}

/* Writes the op's starting value (identity, or the lowest/highest value for max/min). */
static void initial_value(int32_t op, int32_t dt, void *v) {
    int one = op == NUMJ_RPROD || op == NUMJ_RALL;
    switch (dt) {
        case NUMJ_BOOL: *(numj_bool *)v = op == NUMJ_RMIN ? 1 : (numj_bool)one; break;
        case NUMJ_INT32: *(int32_t *)v = op == NUMJ_RMAX ? INT32_MIN : op == NUMJ_RMIN ? INT32_MAX : one; break;
        case NUMJ_INT64: *(int64_t *)v = op == NUMJ_RMAX ? INT64_MIN : op == NUMJ_RMIN ? INT64_MAX : one; break;
        case NUMJ_FLOAT32: *(float *)v = op == NUMJ_RMAX ? -INFINITY : op == NUMJ_RMIN ? INFINITY : (float)one; break;
        case NUMJ_FLOAT64: *(double *)v = op == NUMJ_RMAX ? -INFINITY : op == NUMJ_RMIN ? INFINITY : (double)one; break;
    }
}

int32_t numj_reduce(int32_t op, int32_t in_dt, int32_t out_dt, int32_t ndim, const int64_t *shape,
                    const void *in, const int64_t *in_strides, void *out, const int64_t *out_strides) {
    if (in_dt < 0 || in_dt > 4 || out_dt < 0 || out_dt > 4) return NUMJ_EDTYPE;
    if (ndim < 0 || ndim > NUMJ_MAX_DIMS) return NUMJ_ENDIM;
    if (!in || !out || (ndim > 0 && (!shape || !in_strides || !out_strides))) return NUMJ_EARG;
    numj_loop loop = NULL;
    int arg = 0;
    switch (op) {
        case NUMJ_RSUM: if (acc_index(out_dt) >= 0) loop = sum_loops[acc_index(out_dt)][in_dt]; break;
        case NUMJ_RPROD: if (acc_index(out_dt) >= 0) loop = prod_loops[acc_index(out_dt)][in_dt]; break;
        case NUMJ_RMAX: if (out_dt == in_dt) loop = max_loops[in_dt]; break;
        case NUMJ_RMIN: if (out_dt == in_dt) loop = min_loops[in_dt]; break;
        case NUMJ_RANY: if (out_dt == NUMJ_BOOL) loop = any_loops[in_dt]; break;
        case NUMJ_RALL: if (out_dt == NUMJ_BOOL) loop = all_loops[in_dt]; break;
        case NUMJ_RCOUNT_NONZERO: if (out_dt == NUMJ_INT64) loop = cnz_loops[in_dt]; break;
        case NUMJ_RARGMAX: arg = 1; if (out_dt == NUMJ_INT64) loop = argmax_loops[in_dt]; break;
        case NUMJ_RARGMIN: arg = 1; if (out_dt == NUMJ_INT64) loop = argmin_loops[in_dt]; break;
        default: return NUMJ_EOP;
    }
    if (!loop) return NUMJ_EDTYPE;
    if (arg && (ndim == 0 || out_strides[ndim - 1] != 0)) return NUMJ_EARG;
    for (int d = 0; d < ndim; d++) if (shape[d] < 0) return NUMJ_EARG;
    if (!arg) {
        /* set every output slot to the starting value: iterate the output alone */
        int64_t oshape[NUMJ_MAX_DIMS];
        for (int d = 0; d < ndim; d++) oshape[d] = out_strides[d] == 0 ? 1 : shape[d];
        unsigned char init[8];
        initial_value(op, out_dt, init);
        int32_t st = numj_fill(out_dt, ndim, oshape, out, out_strides, init);
        if (st != NUMJ_OK) return st;
    }
    char *ptrs[2] = {(char *)in, (char *)out};
    const int64_t *strides[2] = {in_strides, out_strides};
    return numj_iterate(2, ndim, shape, ptrs, strides, loop, NULL);
}
