/*
 * numj_unary: out = op(a). Float-only functions (sqrt, exp, ...) receive float operands: the Java
 * layer casts integer inputs to the computation dtype first, as NumPy's type resolution does.
 */
#include "numj_cpu.h"
#include "dtypes.h"
#include "iter.h"
#include "simd_math.h"

#include <stddef.h>

#define FLOAT_UOPS(S, T, M)                                                                       \
    static inline T uop_neg_##S(T x, const double *p) { (void)p; return -x; }                      \
    static inline T uop_abs_##S(T x, const double *p) { (void)p; return M(fabs)(x); }              \
    static inline T uop_sign_##S(T x, const double *p) { (void)p; return x > 0 ? 1 : x < 0 ? -1 : x == 0 ? 0 : x; } \
    static inline T uop_sqrt_##S(T x, const double *p) { (void)p; return M(sqrt)(x); }             \
    static inline T uop_square_##S(T x, const double *p) { (void)p; return x * x; }                \
    static inline T uop_exp_##S(T x, const double *p) { (void)p; return M(exp)(x); }               \
    static inline T uop_log_##S(T x, const double *p) { (void)p; return M(log)(x); }               \
    static inline T uop_log1p_##S(T x, const double *p) { (void)p; return M(log1p)(x); }           \
    static inline T uop_expm1_##S(T x, const double *p) { (void)p; return M(expm1)(x); }           \
    static inline T uop_tanh_##S(T x, const double *p) { (void)p; return M(tanh)(x); }             \
    /* 1/(1+exp(-x)) for x >= 0, exp(x)/(1+exp(x)) below, so exp never overflows; e = exp(-|x|) is \
     * that exp either way. Without a branch, as random signs mispredict it: the numerator         \
     * max(e, copysign(1, x)) is 1 for x >= 0 (e <= 1; at -0, e = 1) and e for x < 0. */           \
    static inline T uop_sigmoid_##S(T x, const double *p) {                                       \
        (void)p;                                                                                  \
        T e = M(exp)(-M(fabs)(x)), k = M(copysign)((T)1, x);                                      \
        return (e > k ? e : k) / ((T)1 + e);                                                      \
    }                                                                                             \
    static inline T uop_sigmoidd_##S(T x, const double *p) {                                      \
        T s = uop_sigmoid_##S(x, p); return s * ((T)1 - s);                                       \
    }                                                                                             \
    static inline T uop_relu_##S(T x, const double *p) { (void)p; return (x >= 0 || x != x) ? x : 0; } \
    static inline T uop_leaky_##S(T x, const double *p) { return x > 0 ? x : (T)p[0] * x; }       \
    static inline T uop_sin_##S(T x, const double *p) { (void)p; return M(sin)(x); }               \
    static inline T uop_cos_##S(T x, const double *p) { (void)p; return M(cos)(x); }               \
    static inline T uop_tan_##S(T x, const double *p) { (void)p; return M(tan)(x); }               \
    static inline T uop_floor_##S(T x, const double *p) { (void)p; return M(floor)(x); }           \
    static inline T uop_ceil_##S(T x, const double *p) { (void)p; return M(ceil)(x); }             \
    static inline T uop_trunc_##S(T x, const double *p) { (void)p; return M(trunc)(x); }           \
    static inline T uop_rint_##S(T x, const double *p) { (void)p; return M(rint)(x); }             \
    static inline T uop_recip_##S(T x, const double *p) { (void)p; return (T)1 / x; }              \
    static inline T uop_log2_##S(T x, const double *p) { (void)p; return M(log2)(x); }             \
    static inline T uop_log10_##S(T x, const double *p) { (void)p; return M(log10)(x); }           \
    static inline T uop_asin_##S(T x, const double *p) { (void)p; return M(asin)(x); }             \
    static inline T uop_acos_##S(T x, const double *p) { (void)p; return M(acos)(x); }             \
    static inline T uop_atan_##S(T x, const double *p) { (void)p; return M(atan)(x); }             \
    static inline T uop_sinh_##S(T x, const double *p) { (void)p; return M(sinh)(x); }             \
    static inline T uop_cosh_##S(T x, const double *p) { (void)p; return M(cosh)(x); }             \
    static inline T uop_asinh_##S(T x, const double *p) { (void)p; return M(asinh)(x); }           \
    static inline T uop_acosh_##S(T x, const double *p) { (void)p; return M(acosh)(x); }           \
    static inline T uop_atanh_##S(T x, const double *p) { (void)p; return M(atanh)(x); }           \
    static inline T uop_pos_##S(T x, const double *p) { (void)p; return x; }                       \
    static inline T uop_erf_##S(T x, const double *p) { (void)p; return M(erf)(x); }               \
    /* log(1 + exp(x)) as log1p(exp(-|x|)) + max(x, 0): exp never overflows, NaN stays NaN */     \
    static inline T uop_softplus_##S(T x, const double *p) {                                      \
        (void)p; return M(log1p)(M(exp)(-M(fabs)(x))) + (x > 0 ? x : (T)0);                       \
    }                                                                                             \
    static inline numj_bool uop_signbit_##S(T x, const double *p) { (void)p; return signbit(x) != 0; } \
    /* np.round: scale by 10**decimals, round half to even, scale back (NumPy's own recipe) */    \
    static inline T uop_round_##S(T x, const double *p) {                                         \
        int d = (int)p[0];                                                                        \
        if (d == 0) return M(rint)(x);                                                            \
        if (d > 0) { T f = (T)pow(10.0, d); return M(rint)(x * f) / f; }                          \
        T f = (T)pow(10.0, -d); return M(rint)(x / f) * f;                                        \
    }                                                                                             \
    /* np.clip = minimum(maximum(x, lo), hi), NaN-propagating like those ufuncs */                \
    static inline T uop_clip_##S(T x, const double *p) {                                          \
        T lo = (T)p[0], hi = (T)p[1];                                                             \
        T y = (x >= lo || x != x) ? x : lo;                                                       \
        return (y <= hi || y != y) ? y : hi;                                                      \
    }                                                                                             \
    static inline numj_bool uop_isnan_##S(T x, const double *p) { (void)p; return x != x; }       \
    static inline numj_bool uop_isinf_##S(T x, const double *p) { (void)p; return M(fabs)(x) == (T)INFINITY; } \
    static inline numj_bool uop_isfinite_##S(T x, const double *p) { (void)p; return x - x == 0; }

#define MF(name) name##f
#define MD(name) name
FLOAT_UOPS(f32, float, MF)
FLOAT_UOPS(f64, double, MD)

#define INT_UOPS(S, T, U)                                                                         \
    static inline T uop_neg_##S(T x, const double *p) { (void)p; return (T)((U)0 - (U)x); }        \
    static inline T uop_abs_##S(T x, const double *p) { (void)p; return x < 0 ? (T)((U)0 - (U)x) : x; } \
    static inline T uop_sign_##S(T x, const double *p) { (void)p; return (T)((x > 0) - (x < 0)); } \
    static inline T uop_square_##S(T x, const double *p) { (void)p; return (T)((U)x * (U)x); }     \
    static inline T uop_relu_##S(T x, const double *p) { (void)p; return x > 0 ? x : 0; }          \
    static inline T uop_ident_##S(T x, const double *p) { (void)p; return x; }                     \
    static inline T uop_bitnot_##S(T x, const double *p) { (void)p; return (T)~x; }                \
    /* NumPy's integer reciprocal is (T)(1.0 / x): 0 below |x| = 1, and for x = 0 the x86 conversion \
     * of inf, the most negative T (spelled out here, as the C conversion is undefined) */        \
    static inline T uop_recip_##S(T x, const double *p) {                                         \
        (void)p; return x == 0 ? (T)((U)1 << (sizeof(T) * 8 - 1)) : (x == 1 || x == -1) ? x : 0;  \
    }                                                                                             \
    /* integer np.round with negative decimals: round half to even at 10**-decimals */            \
    static inline T uop_round_##S(T x, const double *p) {                                         \
        int d = (int)p[0];                                                                        \
        if (d >= 0) return x;                                                                     \
        if (-d >= 19) return 0;                                                                   \
        T f = 1; for (int i = 0; i < -d; i++) f *= 10;                                            \
        T q = x / f, r = x % f;                                                                   \
        if (r < 0) { r += f; q -= 1; }                                                            \
        if (2 * (U)r > (U)f || (2 * (U)r == (U)f && (q & 1))) q += 1;                             \
        return (T)((U)q * (U)f);                                                                  \
    }                                                                                             \
    static inline numj_bool uop_isnan_##S(T x, const double *p) { (void)x; (void)p; return 0; }   \
    static inline numj_bool uop_isinf_##S(T x, const double *p) { (void)x; (void)p; return 0; }   \
    static inline numj_bool uop_isfinite_##S(T x, const double *p) { (void)x; (void)p; return 1; } \
    static inline numj_bool uop_signbit_##S(T x, const double *p) { (void)p; return x < 0; }

INT_UOPS(i32, int32_t, uint32_t)
INT_UOPS(i64, int64_t, uint64_t)

static inline numj_bool uop_ident_b(numj_bool x, const double *p) { (void)p; return x; }
static inline numj_bool uop_isnan_b(numj_bool x, const double *p) { (void)x; (void)p; return 0; }
static inline numj_bool uop_isinf_b(numj_bool x, const double *p) { (void)x; (void)p; return 0; }
static inline numj_bool uop_isfinite_b(numj_bool x, const double *p) { (void)x; (void)p; return 1; }
static inline numj_bool uop_signbit_b(numj_bool x, const double *p) { (void)x; (void)p; return 0; }

#define LNOT(C, T, S, F) static inline numj_bool uop_lnot_##S(T x, const double *p) { (void)p; return x == 0; }
NUMJ_FOR_EACH_DTYPE(LNOT)

#define UN_LOOP(OP, S, T, OT) UN_LOOP_NAMED(uloop_##OP##_##S, OP, S, T, OT)
#define UN_LOOP_NAMED(NAME, OP, S, T, OT)                                                         \
    NUMJ_LOOP_CLONES                                                                              \
    static void NAME(char **args, int64_t n, const int64_t *steps, const void *p) {               \
        char *pa = args[0], *po = args[1];                                                        \
        const int64_t sa = steps[0], so = steps[1];                                               \
        if (sa == (int64_t)sizeof(T) && so == (int64_t)sizeof(OT)) {                              \
            const T *a = (const T *)pa; OT *o = (OT *)po;                                         \
            for (int64_t i = 0; i < n; i++) o[i] = uop_##OP##_##S(a[i], (const double *)p);       \
        } else {                                                                                  \
            for (int64_t i = 0; i < n; i++, pa += sa, po += so)                                   \
                *(OT *)po = uop_##OP##_##S(*(const T *)pa, (const double *)p);                    \
        }                                                                                         \
    }

/* exp, log, log1p, expm1, tanh, sigmoid, sigmoid_derivative, sin, cos: the SIMD kernel chosen for this CPU
 * (simd_math.cc), where there is one, on contiguous non-overlapping operands directly and on any others through
 * a small buffer, so that a result depends on its input alone, not on the layout; the libm loop where there is
 * none (no Highway in the build, NUMJ_SIMD=off, a CPU below SSE4, or an op/dtype whose SIMD version is not
 * accurate enough). */
#ifdef NUMJ_HAVE_SIMD_MATH
#define UN_LOOP_SIMD(OP, S, T, K)                                                                 \
    UN_LOOP_NAMED(uloop_##OP##_##S##_libm, OP, S, T, T)                                           \
    static void uloop_##OP##_##S(char **args, int64_t n, const int64_t *steps, const void *p) {   \
        numj_simd_##S##_fn f = numj_simd_##S(K);                                                  \
        if (!f) { uloop_##OP##_##S##_libm(args, n, steps, p); return; }                           \
        char *pa = args[0], *po = args[1];                                                        \
        const int64_t sa = steps[0], so = steps[1];                                               \
        const uintptr_t ua = (uintptr_t)pa, uo = (uintptr_t)po, nb = (uintptr_t)n * sizeof(T);    \
        if (sa == (int64_t)sizeof(T) && so == (int64_t)sizeof(T) && (ua == uo || ua + nb <= uo || uo + nb <= ua)) { \
            f((const T *)pa, (T *)po, n);                                                         \
            return;                                                                               \
        }                                                                                         \
        T buf[256];                                                                               \
        for (int64_t i = 0; i < n; i += 256) {                                                    \
            const int64_t m = n - i < 256 ? n - i : 256;                                          \
            for (int64_t j = 0; j < m; j++) buf[j] = *(const T *)(pa + (i + j) * sa);             \
            f(buf, buf, m);                                                                       \
            for (int64_t j = 0; j < m; j++) *(T *)(po + (i + j) * so) = buf[j];                   \
        }                                                                                         \
    }
#else
#define UN_LOOP_SIMD(OP, S, T, K) UN_LOOP(OP, S, T, T)
#endif

#define FLOAT_ULOOPS(C, T, S, F)                                                                  \
    UN_LOOP(neg, S, T, T) UN_LOOP(abs, S, T, T) UN_LOOP(sign, S, T, T) UN_LOOP(sqrt, S, T, T)     \
    UN_LOOP(square, S, T, T) UN_LOOP_SIMD(exp, S, T, NUMJ_SIMD_EXP)                               \
    UN_LOOP_SIMD(log, S, T, NUMJ_SIMD_LOG) UN_LOOP_SIMD(log1p, S, T, NUMJ_SIMD_LOG1P)             \
    UN_LOOP_SIMD(expm1, S, T, NUMJ_SIMD_EXPM1) UN_LOOP_SIMD(tanh, S, T, NUMJ_SIMD_TANH)           \
    UN_LOOP_SIMD(sigmoid, S, T, NUMJ_SIMD_SIGMOID)                                                \
    UN_LOOP_SIMD(sigmoidd, S, T, NUMJ_SIMD_SIGMOIDD)                                              \
    UN_LOOP(relu, S, T, T) UN_LOOP(leaky, S, T, T)                                                \
    UN_LOOP_SIMD(sin, S, T, NUMJ_SIMD_SIN) UN_LOOP_SIMD(cos, S, T, NUMJ_SIMD_COS)                 \
    UN_LOOP(tan, S, T, T) UN_LOOP(floor, S, T, T)                                                 \
    UN_LOOP(ceil, S, T, T) UN_LOOP(trunc, S, T, T) UN_LOOP(rint, S, T, T) UN_LOOP(recip, S, T, T) \
    UN_LOOP(log2, S, T, T) UN_LOOP(log10, S, T, T) UN_LOOP(round, S, T, T) UN_LOOP(clip, S, T, T) \
    UN_LOOP(isnan, S, T, numj_bool) UN_LOOP(isinf, S, T, numj_bool)                               \
    UN_LOOP(isfinite, S, T, numj_bool) UN_LOOP(lnot, S, T, numj_bool)                             \
    UN_LOOP(asin, S, T, T) UN_LOOP(acos, S, T, T) UN_LOOP(atan, S, T, T) UN_LOOP(sinh, S, T, T)   \
    UN_LOOP(cosh, S, T, T) UN_LOOP(asinh, S, T, T) UN_LOOP(acosh, S, T, T) UN_LOOP(atanh, S, T, T) \
    UN_LOOP(signbit, S, T, numj_bool) UN_LOOP(pos, S, T, T) UN_LOOP(erf, S, T, T)                 \
    UN_LOOP(softplus, S, T, T)
NUMJ_FOR_EACH_FLOAT(FLOAT_ULOOPS)

#define INT_ULOOPS(C, T, S, F)                                                                    \
    UN_LOOP(neg, S, T, T) UN_LOOP(abs, S, T, T) UN_LOOP(sign, S, T, T) UN_LOOP(square, S, T, T)   \
    UN_LOOP(relu, S, T, T) UN_LOOP(ident, S, T, T) UN_LOOP(bitnot, S, T, T) UN_LOOP(recip, S, T, T) \
    UN_LOOP(round, S, T, T) UN_LOOP(isnan, S, T, numj_bool) UN_LOOP(isinf, S, T, numj_bool)       \
    UN_LOOP(isfinite, S, T, numj_bool) UN_LOOP(lnot, S, T, numj_bool) UN_LOOP(signbit, S, T, numj_bool)
NUMJ_FOR_EACH_INT(INT_ULOOPS)

UN_LOOP(ident, b, numj_bool, numj_bool)
UN_LOOP(lnot, b, numj_bool, numj_bool)
UN_LOOP(isnan, b, numj_bool, numj_bool)
UN_LOOP(isinf, b, numj_bool, numj_bool)
UN_LOOP(isfinite, b, numj_bool, numj_bool)
UN_LOOP(signbit, b, numj_bool, numj_bool)

/* ---- dispatch table [op][dtype], one row per numj_ops.def line; NULL = not defined for that dtype - */

#define UROW_ALL(OP) { uloop_##OP##_b, uloop_##OP##_i32, uloop_##OP##_i64, uloop_##OP##_f32, uloop_##OP##_f64 }
#define UROW_NUM(OP) { NULL, uloop_##OP##_i32, uloop_##OP##_i64, uloop_##OP##_f32, uloop_##OP##_f64 }
#define UROW_INT(OP) { uloop_##OP##_b, uloop_##OP##_i32, uloop_##OP##_i64, NULL, NULL }
#define UROW_SINT(OP) { NULL, uloop_##OP##_i32, uloop_##OP##_i64, NULL, NULL }
#define UROW_FLT(OP) { NULL, NULL, NULL, uloop_##OP##_f32, uloop_##OP##_f64 }

/* Rows name uloop_<kernel>_<dtype>; where that is another op's loop, these name it: bool abs and
 * square, and bool and integer floor/ceil/trunc/rint, are the identity (NumPy 2 keeps the dtype);
 * bool invert is logical not. */
#define uloop_abs_b uloop_ident_b
#define uloop_square_b uloop_ident_b
#define uloop_floor_b uloop_ident_b
#define uloop_floor_i32 uloop_ident_i32
#define uloop_floor_i64 uloop_ident_i64
#define uloop_ceil_b uloop_ident_b
#define uloop_ceil_i32 uloop_ident_i32
#define uloop_ceil_i64 uloop_ident_i64
#define uloop_trunc_b uloop_ident_b
#define uloop_trunc_i32 uloop_ident_i32
#define uloop_trunc_i64 uloop_ident_i64
#define uloop_rint_b uloop_ident_b
#define uloop_rint_i32 uloop_ident_i32
#define uloop_rint_i64 uloop_ident_i64
#define uloop_bitnot_b uloop_lnot_b
#define uloop_pos_i32 uloop_ident_i32
#define uloop_pos_i64 uloop_ident_i64

static const numj_loop unary_loops[][NUMJ_NDTYPES] = {
#define NUMJ_UNARY_OP(NAME, CODE, KERNEL, NUMPY, KIND, CPU, CUDA, RESULT, NPARAMS) \
    [NUMJ_##NAME] = UROW_##CPU(KERNEL),
#include "numj_ops.def"
};

int32_t numj_unary(int32_t op, int32_t dt, int32_t out_dt, int32_t ndim, const int64_t *shape,
                   const void *a, const int64_t *a_strides, void *out, const int64_t *out_strides,
                   const double *param) {
    if (op < 0 || op >= (int32_t)(sizeof unary_loops / sizeof unary_loops[0])) return NUMJ_EOP;
    if (dt < 0 || dt >= NUMJ_NDTYPES) return NUMJ_EDTYPE;
    if (out_dt != (numj_op_result(NUMJ_OP_UNARY, op) == NUMJ_RESULT_BOOL ? NUMJ_BOOL : dt)) return NUMJ_EDTYPE;
    numj_loop loop = unary_loops[op][dt];
    if (!loop) return NUMJ_EDTYPE;
    if (numj_op_nparams(NUMJ_OP_UNARY, op) > 0 && !param) return NUMJ_EARG;
    if (!a || !out || (ndim > 0 && (!shape || !a_strides || !out_strides))) return NUMJ_EARG;
    char *ptrs[2] = {(char *)a, (char *)out};
    const int64_t *strides[2] = {a_strides, out_strides};
    return numj_iterate(2, ndim, shape, ptrs, strides, loop, param);
}

numj_loop numj_unary_loop(int32_t op, int32_t dt) {
    if (op < 0 || op >= (int32_t)(sizeof unary_loops / sizeof unary_loops[0]) || dt < 0 || dt >= NUMJ_NDTYPES) return NULL;
    return unary_loops[op][dt];
}
