/*
 * numj_reduce: reductions over any set of axes, expressed by output strides that are 0 along the
 * reduced axes. The output is first set to the op's identity, then every input element is combined
 * into its output slot. When the innermost axis is reduced (output step 0) the loop accumulates in a
 * register; floating sums then use NumPy's pairwise summation so results match NumPy's rounding.
 * When the innermost axis is kept and contiguous and the next one is reduced (a sum over axis 0 of
 * a C-contiguous matrix), a row-blocked loop combines several input rows into each output element
 * while it sits in a register: the same order of operations as row by row, without storing and
 * reloading the output after every row.
 */
#include "numj_cpu.h"
#include "dtypes.h"
#include "iter.h"

#include <float.h>
#include <stddef.h>
#include <string.h>

#define PW_BLOCKSIZE 128

/* What the row-blocked loops get as `data`: an extent and, for RED_LOOP2, the byte stride along it. */
struct rows2d { int64_t rows, stride; };

/* NumPy's pairwise summation over a contiguous run of OT (IT == OT): the same eight accumulators and
 * the same order of additions as PAIRWISE below, held in one 8-lane vector VT (two SSE registers for
 * float, four for double) so the block loop runs vector additions instead of eight scalar ones. */
typedef float numj_v8f __attribute__((vector_size(32)));
typedef double numj_v8d __attribute__((vector_size(64)));
#define PAIRWISE_CONTIG(OS, OT, VT)                                                               \
    static OT pairwise_contig_##OS(const OT *a, int64_t n) {                                      \
        if (n < 8) {                                                                              \
            OT res = 0;                                                                           \
            for (int64_t i = 0; i < n; i++) res += a[i];                                          \
            return res;                                                                           \
        } else if (n <= PW_BLOCKSIZE) {                                                           \
            VT r, x;                                                                              \
            memcpy(&r, a, sizeof r);                                                              \
            int64_t i;                                                                            \
            for (i = 8; i < n - (n % 8); i += 8) {                                                \
                memcpy(&x, a + i, sizeof x);                                                      \
                r += x;                                                                           \
            }                                                                                     \
            OT res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));           \
            for (; i < n; i++) res += a[i];                                                       \
            return res;                                                                           \
        } else {                                                                                  \
            int64_t n2 = n / 2;                                                                   \
            n2 -= n2 % 8;                                                                         \
            return pairwise_contig_##OS(a, n2) + pairwise_contig_##OS(a + n2, n - n2);            \
        }                                                                                         \
    }
PAIRWISE_CONTIG(f32, float, numj_v8f)
PAIRWISE_CONTIG(f64, double, numj_v8d)

/* Four rows summed in lockstep, each exactly as pairwise_contig sums it (res[k] gets row k's sum):
 * one row's eight accumulators form only two or four dependency chains, too few to keep the adder
 * busy, so interleaving four independent rows lets a row-wise sum (axis -1) run at memory speed. */
#define PAIRWISE_ROWS4(OS, OT, VT)                                                                \
    static void pairwise_rows4_##OS(const OT *const *a, int64_t n, OT *res) {                     \
        if (n < 8) {                                                                              \
            for (int k = 0; k < 4; k++) res[k] = pairwise_contig_##OS(a[k], n);                   \
        } else if (n <= PW_BLOCKSIZE) {                                                           \
            VT r0, r1, r2, r3, x;                                                                 \
            memcpy(&r0, a[0], sizeof x); memcpy(&r1, a[1], sizeof x);                             \
            memcpy(&r2, a[2], sizeof x); memcpy(&r3, a[3], sizeof x);                             \
            int64_t i;                                                                            \
            for (i = 8; i < n - (n % 8); i += 8) {                                                \
                memcpy(&x, a[0] + i, sizeof x); r0 += x;                                          \
                memcpy(&x, a[1] + i, sizeof x); r1 += x;                                          \
                memcpy(&x, a[2] + i, sizeof x); r2 += x;                                          \
                memcpy(&x, a[3] + i, sizeof x); r3 += x;                                          \
            }                                                                                     \
            VT r[4] = {r0, r1, r2, r3};                                                           \
            for (int k = 0; k < 4; k++) {                                                         \
                OT t = ((r[k][0] + r[k][1]) + (r[k][2] + r[k][3])) + ((r[k][4] + r[k][5]) + (r[k][6] + r[k][7])); \
                for (int64_t j = i; j < n; j++) t += a[k][j];                                     \
                res[k] = t;                                                                       \
            }                                                                                     \
        } else {                                                                                  \
            int64_t n2 = n / 2;                                                                   \
            n2 -= n2 % 8;                                                                         \
            OT lo[4], hi[4];                                                                      \
            const OT *b[4] = {a[0] + n2, a[1] + n2, a[2] + n2, a[3] + n2};                        \
            pairwise_rows4_##OS(a, n2, lo);                                                       \
            pairwise_rows4_##OS(b, n - n2, hi);                                                   \
            for (int k = 0; k < 4; k++) res[k] = lo[k] + hi[k];                                   \
        }                                                                                         \
    }                                                                                             \
    /* the loop of a float sum over a contiguous inner axis of data->rows elements: n output    \
     * elements, input rows steps[0] apart */                                                      \
    static void rloop_pwrows_##OS(char **args, int64_t n, const int64_t *steps, const void *d) {  \
        const int64_t len = ((const struct rows2d *)d)->rows;                                     \
        const char *pi = args[0]; char *po = args[1];                                             \
        const int64_t si = steps[0], so = steps[1];                                               \
        int64_t i = 0;                                                                            \
        for (; i + 4 <= n; i += 4) {                                                              \
            const OT *rows[4];                                                                    \
            OT res[4];                                                                            \
            for (int k = 0; k < 4; k++) rows[k] = (const OT *)(const void *)(pi + (i + k) * si);  \
            pairwise_rows4_##OS(rows, len, res);                                                  \
            for (int k = 0; k < 4; k++) *(OT *)(po + (i + k) * so) += res[k];                     \
        }                                                                                         \
        for (; i < n; i++)                                                                        \
            *(OT *)(po + i * so) += pairwise_contig_##OS((const OT *)(const void *)(pi + i * si), len); \
    }
PAIRWISE_ROWS4(f32, float, numj_v8f)
PAIRWISE_ROWS4(f64, double, numj_v8d)

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
    }                                                                                             \
    static OT pairwise_any_##IS##_##OS(const char *a, int64_t n, int64_t s) {                     \
        if (__builtin_types_compatible_p(IT, OT) && s == (int64_t)sizeof(IT))                    \
            return pairwise_contig_##OS((const OT *)(const void *)a, n);                          \
        return pairwise_##IS##_##OS(a, n, s);                                                     \
    }

/* combine(acc, x): x is the raw input value of type IT, acc of type OT */
#define C_SUM(OT, acc, x) ((acc) + (OT)(x))
#define C_PROD(OT, acc, x) ((acc) * (OT)(x))
/* integer accumulators wrap around like NumPy's (through unsigned arithmetic: no C overflow) */
#define C_ISUM(OT, acc, x) ((OT)((uint64_t)(acc) + (uint64_t)(OT)(x)))
#define C_IPROD(OT, acc, x) ((OT)((uint64_t)(acc) * (uint64_t)(OT)(x)))
/* ties take the later element, as NumPy's maximum.reduce does (np.max([-0.0, 0.0]) is 0.0) */
#define C_MAX(OT, acc, x) (((acc) > (OT)(x) || (acc) != (acc)) ? (acc) : (OT)(x))
#define C_MIN(OT, acc, x) (((acc) < (OT)(x) || (acc) != (acc)) ? (acc) : (OT)(x))
#define C_ANY(OT, acc, x) ((OT)((acc) | ((x) != 0)))
#define C_ALL(OT, acc, x) ((OT)((acc) & ((x) != 0)))
#define C_CNZ(OT, acc, x) ((acc) + (OT)((x) != 0))

/* how a register accumulates a whole inner run: element by element, or pairwise for float sums */
#define NO_PAIRWISE(IS, IT, OS, OT, COMBINE) \
    for (int64_t i = 0; i < n; i++, pi += si) acc = COMBINE(OT, acc, *(const IT *)pi);
#define USE_PAIRWISE(IS, IT, OS, OT, COMBINE) acc = acc + pairwise_any_##IS##_##OS(pi, n, si);

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
    }                                                                                             \
    RED_LOOP2(NAME, IS, IT, OS, OT, COMBINE)

/* The row-blocked loop: `data` is a struct rows2d (the reduced axis just outside the inner one);
 * each call reduces `rows` input rows of n elements into one output row of n. Blocks of ROWS2D
 * rows are combined in a register, in row order, per output element. */
#define ROWS2D 8
#define RED_LOOP2(NAME, IS, IT, OS, OT, COMBINE)                                                  \
    static void rloop2_##NAME##_##IS##_##OS(char **args, int64_t n, const int64_t *steps, const void *d) { \
        const struct rows2d *r = (const struct rows2d *)d;                                        \
        const char *pi = args[0];                                                                 \
        const int64_t rs = r->stride, rows = r->rows;                                             \
        int64_t i = 0;                                                                            \
        if (steps[0] == (int64_t)sizeof(IT) && steps[1] == (int64_t)sizeof(OT)) {                 \
            OT *restrict out = (OT *)args[1];                                                     \
            for (; i + ROWS2D <= rows; i += ROWS2D) {                                             \
                const IT *restrict a0 = (const IT *)(pi + i * rs);                                \
                const IT *restrict a1 = (const IT *)(pi + (i + 1) * rs);                          \
                const IT *restrict a2 = (const IT *)(pi + (i + 2) * rs);                          \
                const IT *restrict a3 = (const IT *)(pi + (i + 3) * rs);                          \
                const IT *restrict a4 = (const IT *)(pi + (i + 4) * rs);                          \
                const IT *restrict a5 = (const IT *)(pi + (i + 5) * rs);                          \
                const IT *restrict a6 = (const IT *)(pi + (i + 6) * rs);                          \
                const IT *restrict a7 = (const IT *)(pi + (i + 7) * rs);                          \
                for (int64_t j = 0; j < n; j++) {                                                 \
                    OT acc = out[j];                                                              \
                    acc = COMBINE(OT, acc, a0[j]);                                                \
                    acc = COMBINE(OT, acc, a1[j]);                                                \
                    acc = COMBINE(OT, acc, a2[j]);                                                \
                    acc = COMBINE(OT, acc, a3[j]);                                                \
                    acc = COMBINE(OT, acc, a4[j]);                                                \
                    acc = COMBINE(OT, acc, a5[j]);                                                \
                    acc = COMBINE(OT, acc, a6[j]);                                                \
                    acc = COMBINE(OT, acc, a7[j]);                                                \
                    out[j] = acc;                                                                 \
                }                                                                                 \
            }                                                                                     \
        }                                                                                         \
        for (; i < rows; i++) {                                                                   \
            const char *p = pi + i * rs; char *po = args[1];                                      \
            for (int64_t j = 0; j < n; j++, p += steps[0], po += steps[1])                        \
                *(OT *)po = COMBINE(OT, *(OT *)po, *(const IT *)p);                               \
        }                                                                                         \
    }

/* sum/prod: every input dtype into an int64, float32 or float64 accumulator */
#define SUM_PROD_FOR(IC, IT, IS, IF)                                                              \
    PAIRWISE(IS, IT, f32, float) PAIRWISE(IS, IT, f64, double)                                    \
    RED_LOOP(sum, IS, IT, i64, int64_t, C_ISUM, NO_PAIRWISE)                                      \
    RED_LOOP(sum, IS, IT, f32, float, C_SUM, USE_PAIRWISE)                                        \
    RED_LOOP(sum, IS, IT, f64, double, C_SUM, USE_PAIRWISE)                                       \
    RED_LOOP(prod, IS, IT, i64, int64_t, C_IPROD, NO_PAIRWISE)                                    \
    RED_LOOP(prod, IS, IT, f32, float, C_PROD, NO_PAIRWISE)                                       \
    RED_LOOP(prod, IS, IT, f64, double, C_PROD, NO_PAIRWISE)                                      \
    RED_LOOP(max, IS, IT, IS, IT, C_MAX, NO_PAIRWISE)                                             \
    RED_LOOP(min, IS, IT, IS, IT, C_MIN, NO_PAIRWISE)                                             \
    RED_LOOP(any, IS, IT, b, numj_bool, C_ANY, NO_PAIRWISE)                                       \
    RED_LOOP(all, IS, IT, b, numj_bool, C_ALL, NO_PAIRWISE)                                       \
    RED_LOOP(cnz, IS, IT, i64, int64_t, C_CNZ, NO_PAIRWISE)
NUMJ_FOR_EACH_DTYPE(SUM_PROD_FOR)

/* argmax/argmin over a contiguous run in 16-byte vectors: four independent sets of vector lanes
 * (so the compare-and-select chains overlap) each keep their first best value and its position (a
 * strict comparison, as in the scalar loop); the candidates are then merged taking the smallest
 * position among equal bests, which is the scalar loop's answer. Returns -1 when a NaN is present
 * (the scalar loop then finds the first one) or the run does not suit the vectors. */
#define ARG_VEC_STEP(BETTER, b, at, off)                                                          \
    memcpy(&x, a + i + (off) * L, sizeof x);                                                      \
    nan |= x != x;                                                                                \
    m = BETTER(x, b);                                                                             \
    b = (VT)(((MT)x & m) | ((MT)b & ~m));                                                         \
    at = ((idx + (off) * L) & m) | (at & ~m);
#define ARG_VEC(NAME, IS, IT, BETTER)                                                             \
    typedef IT numj_vec_##NAME##_##IS __attribute__((vector_size(16)));                          \
    static int64_t argvec_##NAME##_##IS(const IT *a, int64_t n) {                                 \
        typedef numj_vec_##NAME##_##IS VT;                                                        \
        enum { L = (int)(sizeof(VT) / sizeof(IT)) };                                              \
        /* positions live in the comparison-mask type: 32-bit lanes for 4-byte elements */        \
        if (sizeof(IT) < 4 || n < 4 * L || (sizeof(IT) == 4 && n > INT32_MAX - 8 * L)) return -1; \
        VT b0, b1, b2, b3, x;                                                                     \
        typedef __typeof__(b0 != b0) MT;                                                          \
        MT a0, a1, a2, a3, idx, m, nan;                                                           \
        for (int k = 0; k < L; k++) idx[k] = k;                                                   \
        memcpy(&b0, a, sizeof x); memcpy(&b1, a + L, sizeof x);                                   \
        memcpy(&b2, a + 2 * L, sizeof x); memcpy(&b3, a + 3 * L, sizeof x);                       \
        a0 = idx; a1 = idx + L; a2 = idx + 2 * L; a3 = idx + 3 * L;                               \
        nan = (b0 != b0) | (b1 != b1) | (b2 != b2) | (b3 != b3);                                  \
        int64_t i;                                                                                \
        for (i = 4 * L; i + 4 * L <= n; i += 4 * L) {                                             \
            idx += 4 * L;                                                                         \
            ARG_VEC_STEP(BETTER, b0, a0, 0) ARG_VEC_STEP(BETTER, b1, a1, 1)                       \
            ARG_VEC_STEP(BETTER, b2, a2, 2) ARG_VEC_STEP(BETTER, b3, a3, 3)                       \
        }                                                                                         \
        for (int k = 0; k < L; k++) if (nan[k]) return -1;                                        \
        VT bs[4] = {b0, b1, b2, b3};                                                              \
        MT ats[4] = {a0, a1, a2, a3};                                                             \
        IT bv = b0[0]; int64_t bi = a0[0];                                                        \
        for (int v = 0; v < 4; v++)                                                               \
            for (int k = 0; k < L; k++) {                                                         \
                IT c = bs[v][k]; int64_t ci = ats[v][k];                                          \
                if (BETTER(c, bv) || (c == bv && ci < bi)) { bv = c; bi = ci; }                   \
            }                                                                                     \
        for (; i < n; i++) {                                                                      \
            IT y = a[i];                                                                          \
            if (y != y) return -1;                                                                \
            if (BETTER(y, bv)) { bv = y; bi = i; }                                                \
        }                                                                                         \
        return bi;                                                                                \
    }

/* argmax/argmin: the reduced axis is the innermost; the first extreme wins, NaN counts as extreme */
#define ARG_LOOP(NAME, IS, IT, BETTER)                                                            \
    ARG_VEC(NAME, IS, IT, BETTER)                                                                 \
    static void aloop_##NAME##_##IS(char **args, int64_t n, const int64_t *steps, const void *d) { \
        (void)d;                                                                                  \
        const char *pi = args[0]; char *po = args[1];                                             \
        const int64_t si = steps[0], so = steps[1];                                               \
        if (so != 0) { /* a reduced axis of length 1 was dropped: every index is 0 */             \
            for (int64_t i = 0; i < n; i++, po += so) *(int64_t *)po = 0;                         \
            return;                                                                               \
        }                                                                                         \
        if (si == (int64_t)sizeof(IT)) {                                                          \
            int64_t v = argvec_##NAME##_##IS((const IT *)(const void *)pi, n);                    \
            if (v >= 0) { *(int64_t *)po = v; return; }                                           \
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

/* each reduction's element-by-element loop and its row-blocked twin */
typedef struct { numj_loop rows, block; } red_loops;
#define PAIR(NAME, IS, OS) { rloop_##NAME##_##IS##_##OS, rloop2_##NAME##_##IS##_##OS }
#define BY_IN(NAME, OS) { PAIR(NAME, b, OS), PAIR(NAME, i32, OS), PAIR(NAME, i64, OS), PAIR(NAME, f32, OS), PAIR(NAME, f64, OS) }
#define SAME(NAME) { PAIR(NAME, b, b), PAIR(NAME, i32, i32), PAIR(NAME, i64, i64), PAIR(NAME, f32, f32), PAIR(NAME, f64, f64) }
static const red_loops sum_loops[3][NUMJ_NDTYPES] = { BY_IN(sum, i64), BY_IN(sum, f32), BY_IN(sum, f64) };
static const red_loops prod_loops[3][NUMJ_NDTYPES] = { BY_IN(prod, i64), BY_IN(prod, f32), BY_IN(prod, f64) };
static const red_loops any_loops[NUMJ_NDTYPES] = BY_IN(any, b);
static const red_loops all_loops[NUMJ_NDTYPES] = BY_IN(all, b);
static const red_loops cnz_loops[NUMJ_NDTYPES] = BY_IN(cnz, i64);
static const red_loops max_loops[NUMJ_NDTYPES] = SAME(max);
static const red_loops min_loops[NUMJ_NDTYPES] = SAME(min);
static const numj_loop argmax_loops[NUMJ_NDTYPES] = { aloop_argmax_b, aloop_argmax_i32, aloop_argmax_i64, aloop_argmax_f32, aloop_argmax_f64 };
static const numj_loop argmin_loops[NUMJ_NDTYPES] = { aloop_argmin_b, aloop_argmin_i32, aloop_argmin_i64, aloop_argmin_f32, aloop_argmin_f64 };

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
    if (in_dt < 0 || in_dt >= NUMJ_NDTYPES || out_dt < 0 || out_dt >= NUMJ_NDTYPES) return NUMJ_EDTYPE;
    if (ndim < 0 || ndim > NUMJ_MAX_DIMS) return NUMJ_ENDIM;
    if (!in || !out || (ndim > 0 && (!shape || !in_strides || !out_strides))) return NUMJ_EARG;
    const red_loops *red = NULL;
    numj_loop arg = NULL;
    int acc = acc_index(out_dt);
    switch (op) {
        case NUMJ_RSUM: if (acc >= 0) red = &sum_loops[acc][in_dt]; break;
        case NUMJ_RPROD: if (acc >= 0) red = &prod_loops[acc][in_dt]; break;
        case NUMJ_RMAX: if (out_dt == in_dt) red = &max_loops[in_dt]; break;
        case NUMJ_RMIN: if (out_dt == in_dt) red = &min_loops[in_dt]; break;
        case NUMJ_RANY: if (out_dt == NUMJ_BOOL) red = &any_loops[in_dt]; break;
        case NUMJ_RALL: if (out_dt == NUMJ_BOOL) red = &all_loops[in_dt]; break;
        case NUMJ_RCOUNT_NONZERO: if (out_dt == NUMJ_INT64) red = &cnz_loops[in_dt]; break;
        case NUMJ_RARGMAX: if (out_dt == NUMJ_INT64) arg = argmax_loops[in_dt]; break;
        case NUMJ_RARGMIN: if (out_dt == NUMJ_INT64) arg = argmin_loops[in_dt]; break;
        default: return NUMJ_EOP;
    }
    if (!red && !arg) return NUMJ_EDTYPE;
    if (arg && (ndim == 0 || out_strides[ndim - 1] != 0)) return NUMJ_EARG;
    for (int d = 0; d < ndim; d++) if (shape[d] < 0) return NUMJ_EARG;
    char *ptrs[2] = {(char *)in, (char *)out};
    const int64_t *strides[2] = {in_strides, out_strides};
    if (arg) return numj_iterate(2, ndim, shape, ptrs, strides, arg, NULL);

    /* set every output slot to the starting value: iterate the output alone */
    int64_t oshape[NUMJ_MAX_DIMS];
    for (int d = 0; d < ndim; d++) oshape[d] = out_strides[d] == 0 ? 1 : shape[d];
    unsigned char init[8];
    initial_value(op, out_dt, init);
    int32_t st = numj_fill(out_dt, ndim, oshape, out, out_strides, init);
    if (st != NUMJ_OK) return st;

    int64_t dims[NUMJ_MAX_DIMS], cst[2][NUMJ_MAX_DIMS];
    int nd;
    st = numj_collapse(2, ndim, shape, strides, dims, cst, &nd);
    if (st != NUMJ_OK || nd < 0) return st;
    if (nd >= 2 && cst[1][nd - 2] == 0 && cst[1][nd - 1] == numj_itemsize(out_dt)
        && cst[0][nd - 1] == numj_itemsize(in_dt)) {
        /* inner axis kept and contiguous, the next one reduced: the row-blocked loop takes that axis */
        struct rows2d rows = {dims[nd - 2], cst[0][nd - 2]};
        dims[nd - 2] = dims[nd - 1];
        cst[0][nd - 2] = cst[0][nd - 1];
        cst[1][nd - 2] = cst[1][nd - 1];
        const int64_t *cstrides[2] = {cst[0], cst[1]};
        return numj_iterate(2, nd - 1, dims, ptrs, cstrides, red->block, &rows);
    }
    if (nd >= 2 && op == NUMJ_RSUM && in_dt == out_dt && (in_dt == NUMJ_FLOAT32 || in_dt == NUMJ_FLOAT64)
        && cst[1][nd - 1] == 0 && cst[0][nd - 1] == numj_itemsize(in_dt) && cst[1][nd - 2] != 0) {
        /* a float sum over a contiguous inner axis, rows kept: pairwise sums of four rows at a time */
        struct rows2d len = {dims[nd - 1], 0};
        const int64_t *cstrides[2] = {cst[0], cst[1]};
        return numj_iterate(2, nd - 1, dims, ptrs, cstrides,
                            in_dt == NUMJ_FLOAT32 ? rloop_pwrows_f32 : rloop_pwrows_f64, &len);
    }
    const int64_t *cstrides[2] = {cst[0], cst[1]};
    return numj_iterate(2, nd, dims, ptrs, cstrides, red->rows, NULL);
}
