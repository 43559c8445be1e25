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
#include "pool.h"

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

/* max/min over a contiguous run in 32-byte vectors (AVX2 through NUMJ_LOOP_CLONES): four sets of
 * lanes, each keeping its best, then the lanes merged. Returns how many leading elements it folded
 * into *res (a multiple of the vector block), or 0 to leave the whole run to the scalar loop: when
 * a NaN is present (the scalar loop returns the first NaN, as NumPy does) or, for floats, when the
 * best is zero (the scalar loop's ties take the later element, which decides the sign of a zero;
 * every other tie is between equal bits). The fold of a prefix combined into the accumulator with
 * COMBINE equals the scalar fold of that prefix, so the result does not change. */
#define MM_GT(x, b) ((x) > (b))
#define MM_LT(x, b) ((x) < (b))
#define MM_VEC_STEP(BETTER, b, off)                                                               \
    memcpy(&x, a + i + (off) * L, sizeof x);                                                      \
    nan |= x != x;                                                                                \
    m = BETTER(x, b);                                                                             \
    b = (VT)(((MT)x & m) | ((MT)b & ~m));
#define MAXMIN_VEC(NAME, IS, IT, BETTER, IF)                                                      \
    typedef IT numj_mm_##NAME##_##IS __attribute__((vector_size(32)));                            \
    NUMJ_LOOP_CLONES                                                                              \
    static int64_t mmvec_##NAME##_##IS(const IT *a, int64_t n, IT *res) {                         \
        typedef numj_mm_##NAME##_##IS VT;                                                         \
        enum { L = (int)(sizeof(VT) / sizeof(IT)) };                                              \
        if (n < 8 * L) return 0;                                                                  \
        VT b0, b1, b2, b3, x;                                                                     \
        typedef __typeof__(b0 != b0) MT;                                                          \
        MT m, nan;                                                                                \
        memcpy(&b0, a, sizeof x); memcpy(&b1, a + L, sizeof x);                                   \
        memcpy(&b2, a + 2 * L, sizeof x); memcpy(&b3, a + 3 * L, sizeof x);                       \
        nan = (b0 != b0) | (b1 != b1) | (b2 != b2) | (b3 != b3);                                  \
        int64_t i;                                                                                \
        for (i = 4 * L; i + 4 * L <= n; i += 4 * L) {                                             \
            MM_VEC_STEP(BETTER, b0, 0) MM_VEC_STEP(BETTER, b1, 1)                                 \
            MM_VEC_STEP(BETTER, b2, 2) MM_VEC_STEP(BETTER, b3, 3)                                 \
        }                                                                                         \
        for (int k = 0; k < L; k++) if (nan[k]) return 0;                                         \
        m = BETTER(b1, b0); b0 = (VT)(((MT)b1 & m) | ((MT)b0 & ~m));                              \
        m = BETTER(b3, b2); b2 = (VT)(((MT)b3 & m) | ((MT)b2 & ~m));                              \
        m = BETTER(b2, b0); b0 = (VT)(((MT)b2 & m) | ((MT)b0 & ~m));                              \
        IT r = b0[0];                                                                             \
        for (int k = 1; k < L; k++) if (BETTER(b0[k], r)) r = b0[k];                              \
        if (IF && r == 0) return 0;                                                               \
        *res = r;                                                                                 \
        return i;                                                                                 \
    }
#define MAXMIN_RUN(NAME, IS, IT, COMBINE)                                                         \
    int64_t done = 0;                                                                             \
    IT best;                                                                                      \
    if (si == (int64_t)sizeof(IT)) done = mmvec_##NAME##_##IS((const IT *)(const void *)pi, n, &best); \
    if (done) { acc = COMBINE(IT, acc, best); pi += done * si; }                                  \
    for (int64_t i = done; i < n; i++, pi += si) acc = COMBINE(IT, acc, *(const IT *)pi);
#define VEC_MAX(IS, IT, OS, OT, COMBINE) MAXMIN_RUN(max, IS, IT, COMBINE)
#define VEC_MIN(IS, IT, OS, OT, COMBINE) MAXMIN_RUN(min, IS, IT, COMBINE)

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
    MAXMIN_VEC(max, IS, IT, MM_GT, IF) MAXMIN_VEC(min, IS, IT, MM_LT, IF)                         \
    RED_LOOP(max, IS, IT, IS, IT, C_MAX, VEC_MAX)                                                 \
    RED_LOOP(min, IS, IT, IS, IT, C_MIN, VEC_MIN)                                                 \
    RED_LOOP(any, IS, IT, b, numj_bool, C_ANY, NO_PAIRWISE)                                       \
    RED_LOOP(all, IS, IT, b, numj_bool, C_ALL, NO_PAIRWISE)                                       \
    RED_LOOP(cnz, IS, IT, i64, int64_t, C_CNZ, NO_PAIRWISE)
NUMJ_FOR_EACH_DTYPE(SUM_PROD_FOR)

/* argmax/argmin over a contiguous run in 32-byte vectors (AVX2 through NUMJ_LOOP_CLONES): four independent sets of vector lanes
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
    typedef IT numj_vec_##NAME##_##IS __attribute__((vector_size(32)));                          \
    NUMJ_LOOP_CLONES                                                                              \
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
            idx += (__typeof__(idx[0]))(4 * L);   /* (never 1-byte lanes: those return above) */ \
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


/* ---- one reduction of a long 1-D run into one value, split across the worker pool --------------- */

/* The run [0, n) of `in` (byte step `step`) split into parts; each part folds its sub-run into its
 * own partial, and the partials are combined in part order, so the result depends only on n and the
 * number of parts: exactly the single-threaded result for every op split here (see split_ok). */
struct red_split {
    int32_t op, in_dt, out_dt;
    int pairwise;                       /* a float sum: parts are the leaves of the pairwise tree */
    numj_loop loop;                     /* otherwise the op's loop, into the part's partial */
    const char *in;
    int64_t step;
    int64_t lo[NUMJ_POOL_MAX], n[NUMJ_POOL_MAX];
    union { double f64; float f32; int64_t i64; int32_t i32; numj_bool b; } part[NUMJ_POOL_MAX];
};

static void red_split_part(void *arg, int t) {
    struct red_split *r = (struct red_split *)arg;
    if (r->n[t] == 0) return;
    const char *a = r->in + r->lo[t] * r->step;
    if (r->pairwise) {
        if (r->out_dt == NUMJ_FLOAT32) r->part[t].f32 = pairwise_any_f32_f32(a, r->n[t], r->step);
        else r->part[t].f64 = pairwise_any_f64_f64(a, r->n[t], r->step);
        return;
    }
    char *args[2] = {(char *)a, (char *)&r->part[t]};
    const int64_t steps[2] = {r->step, 0};
    r->loop(args, r->n[t], steps, NULL);
}

/* The leaves of NumPy's pairwise recursion (pairwise_contig/PAIRWISE: n2 = n / 2 rounded down to a
 * multiple of 8) `depth` levels down from [off, off + n), in order; and their sum, added up the tree. */
static void pairwise_leaves(int64_t off, int64_t n, int depth, struct red_split *r, int *k) {
    if (depth == 0) { r->lo[*k] = off; r->n[*k] = n; (*k)++; return; }
    int64_t n2 = n / 2;
    n2 -= n2 % 8;
    pairwise_leaves(off, n2, depth - 1, r, k);
    pairwise_leaves(off + n2, n - n2, depth - 1, r, k);
}
#define PAIRWISE_TREE(OS, OT)                                                                     \
    static OT pairwise_tree_##OS(const struct red_split *r, int depth, int *k) {                  \
        if (depth == 0) return r->part[(*k)++].OS;                                                \
        OT lo = pairwise_tree_##OS(r, depth - 1, k);                                              \
        return lo + pairwise_tree_##OS(r, depth - 1, k);                                          \
    }
PAIRWISE_TREE(f32, float)
PAIRWISE_TREE(f64, double)

/* Whether a reduction of (op, in_dt -> out_dt) may be split: integer sums and products wrap
 * (associative), max/min keep the first NaN and the later of equal values whichever way the run is
 * cut, any/all/count_nonzero are exact; float sums with in_dt == out_dt split along the pairwise
 * tree. Float products and mixed-type float sums are left to one thread. */
static int split_ok(int32_t op, int32_t in_dt, int32_t out_dt) {
    switch (op) {
        case NUMJ_RSUM: return out_dt == NUMJ_INT64 || (in_dt == out_dt && (in_dt == NUMJ_FLOAT32 || in_dt == NUMJ_FLOAT64));
        case NUMJ_RPROD: return out_dt == NUMJ_INT64;
        case NUMJ_RMAX: case NUMJ_RMIN: case NUMJ_RANY: case NUMJ_RALL: case NUMJ_RCOUNT_NONZERO: return 1;
        default: return 0;
    }
}

/* acc = acc (op) x for two partials of dtype dt */
static void combine_partial(int32_t op, int32_t dt, void *acc, const void *x) {
#define COMBINE_AS(C, T) { T a_, x_; memcpy(&a_, acc, sizeof a_); memcpy(&x_, x, sizeof x_); a_ = C(T, a_, x_); \
                           memcpy(acc, &a_, sizeof a_); return; }
    switch (op) {
        case NUMJ_RSUM: case NUMJ_RCOUNT_NONZERO: COMBINE_AS(C_ISUM, int64_t)
        case NUMJ_RPROD: COMBINE_AS(C_IPROD, int64_t)
        case NUMJ_RANY: COMBINE_AS(C_ANY, numj_bool)
        case NUMJ_RALL: COMBINE_AS(C_ALL, numj_bool)
        default: break;
    }
#define MAXMIN_AS(DC, T, S, F) case DC: if (op == NUMJ_RMAX) COMBINE_AS(C_MAX, T) else COMBINE_AS(C_MIN, T)
    switch (dt) { NUMJ_FOR_EACH_DTYPE(MAXMIN_AS) }
#undef MAXMIN_AS
#undef COMBINE_AS
}

/* Cuts [0, n) into `parts` runs at multiples of 64 elements (fewer parts when n is short); returns
 * how many. */
static int cut(struct red_split *r, int64_t n, int parts) {
    const int64_t units = (n + 63) / 64;
    if (parts > units) parts = (int)units;
    for (int t = 0; t < parts; t++) {
        int64_t a = units * t / parts * 64, b = units * (t + 1) / parts * 64;
        r->lo[t] = a < n ? a : n;
        r->n[t] = (b < n ? b : n) - r->lo[t];
    }
    return parts;
}

/* Reduces the run into *out (already holding the op's start value) on `parts` threads. */
static void reduce_split(int32_t op, int32_t in_dt, int32_t out_dt, numj_loop loop, const char *in, int64_t n,
                         int64_t step, void *out, int parts) {
    struct red_split r = {.op = op, .in_dt = in_dt, .out_dt = out_dt, .loop = loop, .in = in, .step = step};
    r.pairwise = op == NUMJ_RSUM && (out_dt == NUMJ_FLOAT32 || out_dt == NUMJ_FLOAT64);
    if (r.pairwise) {
        int depth = 0;
        while ((2 << depth) <= parts && depth < 3) depth++;
        parts = 1 << depth;
        if (n <= (int64_t)PW_BLOCKSIZE << (depth + 1)) {   /* the recursion must split as deep as the parts */
            char *args[2] = {(char *)in, (char *)out};
            const int64_t steps[2] = {step, 0};
            loop(args, n, steps, NULL);
            return;
        }
        int k = 0;
        pairwise_leaves(0, n, depth, &r, &k);
        numj_parallel(parts, red_split_part, &r);
        k = 0;
        /* as the single-threaded loop: the slot's start value (0) plus the run's pairwise sum */
        if (out_dt == NUMJ_FLOAT32) *(float *)out = *(float *)out + pairwise_tree_f32(&r, depth, &k);
        else *(double *)out = *(double *)out + pairwise_tree_f64(&r, depth, &k);
        return;
    }
    parts = cut(&r, n, parts);
    for (int t = 0; t < parts; t++) initial_value(op, out_dt, &r.part[t]);
    numj_parallel(parts, red_split_part, &r);
    for (int t = 0; t < parts; t++) if (r.n[t] > 0) combine_partial(op, out_dt, out, &r.part[t]);
}

/* argmax/argmin of a long 1-D run: each part finds its first extreme (or first NaN); the earliest
 * part holding a NaN wins, else the first strictly better partial, in part order (ties keep the
 * earlier), which is the single-threaded answer. */
#define ARG_PICK(DC, T, S, F)                                                                     \
    case DC: {                                                                                    \
        T bv = *(const T *)(in + best * step);                                                    \
        for (int t = 1; t < parts && bv == bv; t++) {                                             \
            if (r.n[t] == 0) continue;                                                            \
            const int64_t at = r.lo[t] + r.part[t].i64;                                           \
            const T v = *(const T *)(in + at * step);                                             \
            if (v != v || (argmax ? v > bv : v < bv)) { bv = v; best = at; }                      \
        }                                                                                         \
        break;                                                                                    \
    }
static void arg_split(int argmax, int32_t in_dt, numj_loop loop, const char *in, int64_t n, int64_t step,
                      int64_t *out, int parts) {
    struct red_split r = {.loop = loop, .in = in, .step = step};
    parts = cut(&r, n, parts);
    numj_parallel(parts, red_split_part, &r);
    int64_t best = r.lo[0] + r.part[0].i64;
    switch (in_dt) { NUMJ_FOR_EACH_DTYPE(ARG_PICK) }
    *out = best;
}
#undef ARG_PICK

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
    if (arg) {
        int64_t dims[NUMJ_MAX_DIMS], cst[2][NUMJ_MAX_DIMS];
        int nd;
        int32_t st = numj_collapse(2, ndim, shape, strides, dims, cst, &nd);
        if (st != NUMJ_OK || nd < 0) return st;
        int parts = nd == 1 && cst[1][0] == 0 ? numj_parallel_parts(dims[0]) : 1;
        if (parts > 1) {
            arg_split(op == NUMJ_RARGMAX, in_dt, arg, (const char *)in, dims[0], cst[0][0], (int64_t *)out, parts);
            return NUMJ_OK;
        }
        /* rows of the reduced inner axis, split across the pool by whole rows when there are many */
        return numj_iterate(2, ndim, shape, ptrs, strides, arg, NULL);
    }

    /* set every output slot to the starting value: iterate the output alone (one slot, the whole
     * reduction into one value: written directly, a 16-element sum spent a tenth of its time here) */
    unsigned char init[8];
    initial_value(op, out_dt, init);
    int one_slot = 1;
    for (int d = 0; one_slot && d < ndim; d++) one_slot = out_strides[d] == 0 || shape[d] == 1;
    int32_t st;
    if (one_slot) {
        memcpy(out, init, (size_t)numj_itemsize(out_dt));
    } else {
        int64_t oshape[NUMJ_MAX_DIMS];
        for (int d = 0; d < ndim; d++) oshape[d] = out_strides[d] == 0 ? 1 : shape[d];
        st = numj_fill(out_dt, ndim, oshape, out, out_strides, init);
        if (st != NUMJ_OK) return st;
    }

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
        return numj_iterate_cost(2, nd - 1, dims, ptrs, cstrides, red->block, &rows, rows.rows);
    }
    if (nd >= 2 && op == NUMJ_RSUM && in_dt == out_dt && (in_dt == NUMJ_FLOAT32 || in_dt == NUMJ_FLOAT64)
        && cst[1][nd - 1] == 0 && cst[0][nd - 1] == numj_itemsize(in_dt) && cst[1][nd - 2] != 0) {
        /* a float sum over a contiguous inner axis, rows kept: pairwise sums of four rows at a time */
        struct rows2d len = {dims[nd - 1], 0};
        const int64_t *cstrides[2] = {cst[0], cst[1]};
        return numj_iterate_cost(2, nd - 1, dims, ptrs, cstrides,
                                 in_dt == NUMJ_FLOAT32 ? rloop_pwrows_f32 : rloop_pwrows_f64, &len, len.rows);
    }
    if (nd == 1 && cst[1][0] == 0) {
        /* the whole reduction is one run into one value */
        int parts = split_ok(op, in_dt, out_dt) ? numj_parallel_parts(dims[0]) : 1;
        if (parts > 1) {
            reduce_split(op, in_dt, out_dt, red->rows, (const char *)in, dims[0], cst[0][0], out, parts);
            return NUMJ_OK;
        }
        /* one run on this thread: the loop itself, as numj_iterate's walk calls it (a single row is
         * never split there either) */
        char *args[2] = {(char *)in, (char *)out};
        const int64_t steps[2] = {cst[0][0], 0};
        red->rows(args, dims[0], steps, NULL);
        return NUMJ_OK;
    }
    /* split across the pool by whole rows (a reduced inner axis) or by output elements when large */
    const int64_t *cstrides[2] = {cst[0], cst[1]};
    return numj_iterate(2, nd, dims, ptrs, cstrides, red->rows, NULL);
}

/* ---- the squared deviations of var/std over axis 0, in one pass (numj_sqdev_rows) ----------------------------- */

#define SQDEV(T, S)                                                                                   \
    NUMJ_LOOP_CLONES                                                                                  \
    static void sqdev_##S(int64_t rows, int64_t lo, int64_t hi, const char *a, int64_t rs, const T *m, T *out) { \
        for (int64_t j = lo; j < hi; j++) out[j] = 0;                                                 \
        int64_t i = 0;                                                                                \
        for (; i + 4 <= rows; i += 4) {                                                               \
            const T *restrict a0 = (const T *)(a + i * rs), *restrict a1 = (const T *)(a + (i + 1) * rs); \
            const T *restrict a2 = (const T *)(a + (i + 2) * rs), *restrict a3 = (const T *)(a + (i + 3) * rs); \
            T *restrict o = out;                                                                      \
            const T *restrict mm = m;                                                                 \
            for (int64_t j = lo; j < hi; j++) {                                                       \
                const T mj = mm[j];                                                                   \
                T d0 = a0[j] - mj, d1 = a1[j] - mj, d2 = a2[j] - mj, d3 = a3[j] - mj;                 \
                T acc = o[j];                                                                         \
                acc = acc + d0 * d0;                                                                  \
                acc = acc + d1 * d1;                                                                  \
                acc = acc + d2 * d2;                                                                  \
                acc = acc + d3 * d3;                                                                  \
                o[j] = acc;                                                                           \
            }                                                                                         \
        }                                                                                             \
        for (; i < rows; i++) {                                                                       \
            const T *restrict ai = (const T *)(a + i * rs);                                           \
            for (int64_t j = lo; j < hi; j++) {                                                       \
                const T d = ai[j] - m[j];                                                             \
                out[j] = out[j] + d * d;                                                              \
            }                                                                                         \
        }                                                                                             \
    }
SQDEV(float, f32)
SQDEV(double, f64)
#undef SQDEV

struct sqdev_job {
    int32_t dt;
    int64_t rows, cols, rs;
    const char *a;
    const void *m;
    void *out;
    int parts;
};

static void sqdev_part(void *arg, int t) {
    const struct sqdev_job *j = (const struct sqdev_job *)arg;
    /* column boundaries on 64-element multiples: no two parts write one cache line of the output */
    const int64_t units = (j->cols + 63) / 64;
    int64_t lo = units * t / j->parts * 64, hi = units * (t + 1) / j->parts * 64;
    if (lo > j->cols) lo = j->cols;
    if (hi > j->cols) hi = j->cols;
    if (lo >= hi) return;
    if (j->dt == NUMJ_FLOAT32) sqdev_f32(j->rows, lo, hi, j->a, j->rs, (const float *)j->m, (float *)j->out);
    else sqdev_f64(j->rows, lo, hi, j->a, j->rs, (const double *)j->m, (double *)j->out);
}

int32_t numj_sqdev_rows(int32_t dt, int64_t rows, int64_t cols, const void *a, int64_t row_stride, const void *mean,
                        void *out) {
    if (dt != NUMJ_FLOAT32 && dt != NUMJ_FLOAT64) return NUMJ_EDTYPE;
    if (rows < 0 || cols < 0) return NUMJ_EARG;
    if (cols == 0) return NUMJ_OK;
    if (!out || !mean || (rows > 0 && !a)) return NUMJ_EARG;
    struct sqdev_job j = {dt, rows, cols, row_stride, (const char *)a, mean, out, 1};
    /* about three cheap ops an element */
    const int64_t work = rows > INT64_MAX / 3 / cols ? INT64_MAX : rows * cols * 3;
    int parts = numj_parallel_parts(work);
    const int64_t units = (cols + 63) / 64;
    if (parts > units) parts = (int)units;
    j.parts = parts < 1 ? 1 : parts;
    numj_parallel(j.parts, sqdev_part, &j);
    return NUMJ_OK;
}
