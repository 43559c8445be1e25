/*
 * numj_binary: out = a OP b for every op of numj_binary_op, each op written once per dtype family
 * (bool / signed integer / float) and instantiated per C type by the X-macros of dtypes.h.
 * Semantics follow NumPy's loops: integer arithmetic wraps, integer division by zero gives 0,
 * floor division and remainder follow Python's sign rules (npy_divmod), maximum/minimum propagate
 * NaN, fmax/fmin ignore it.
 */
#include "numj_cpu.h"
#include "dtypes.h"
#include "iter.h"

#include <stddef.h>

/* ---- scalar op definitions ------------------------------------------------------------------ */

#define INT_OPS(S, T, U)                                                                          \
    static inline T op_add_##S(T a, T b) { return (T)((U)a + (U)b); }                             \
    static inline T op_sub_##S(T a, T b) { return (T)((U)a - (U)b); }                             \
    static inline T op_mul_##S(T a, T b) { return (T)((U)a * (U)b); }                             \
    static inline T op_floordiv_##S(T a, T b) {                                                   \
        if (b == 0) return 0;                                                                     \
        if (b == -1) return (T)((U)0 - (U)a);                                                     \
        T q = a / b;                                                                              \
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;                                  \
    }                                                                                             \
    static inline T op_mod_##S(T a, T b) {                                                        \
        if (b == 0 || b == -1) return 0;                                                          \
        T r = a % b;                                                                              \
        return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;                                      \
    }                                                                                             \
    static inline T op_pow_##S(T a, T b) {                                                        \
        U r = 1, base = (U)a;                                                                     \
        for (U e = (U)b; e; e >>= 1) { if (e & 1) r *= base; base *= base; }                      \
        return (T)r;                                                                              \
    }                                                                                             \
    static inline T op_maximum_##S(T a, T b) { return a >= b ? a : b; }                           \
    static inline T op_minimum_##S(T a, T b) { return a <= b ? a : b; }                           \
    static inline T op_bitand_##S(T a, T b) { return a & b; }                                     \
    static inline T op_bitor_##S(T a, T b) { return a | b; }                                      \
    static inline T op_bitxor_##S(T a, T b) { return a ^ b; }                                     \
    /* NumPy's npy_lshift / npy_rshift: a shift by the width or more (or by a negative count, as    \
     * unsigned) gives 0, or -1 for a negative a shifted right */                                  \
    static inline T op_lshift_##S(T a, T b) {                                                     \
        return (U)b < sizeof(T) * 8 ? (T)((U)a << (U)b) : 0;                                      \
    }                                                                                             \
    static inline T op_rshift_##S(T a, T b) {                                                     \
        return (U)b < sizeof(T) * 8 ? (T)(a >> (U)b) : (a < 0 ? (T)-1 : 0);                       \
    }

INT_OPS(i32, int32_t, uint32_t)
INT_OPS(i64, int64_t, uint64_t)

/* NumPy's npy_divmod for floats; returns the floor quotient and stores the remainder. */
#define FLOAT_OPS(S, T, FMOD, FLOOR, COPYSIGN, POW, ATAN2, FMAX, FMIN, HYPOT)                     \
    static inline T divmod_##S(T a, T b, T *modulus) {                                            \
        T mod = FMOD(a, b);                                                                       \
        if (b == 0) { *modulus = mod; return a / b; }                                             \
        T div = (a - mod) / b;                                                                    \
        if (mod != 0) {                                                                           \
            if ((b < 0) != (mod < 0)) { mod += b; div -= 1; }                                     \
        } else {                                                                                  \
            mod = COPYSIGN((T)0, b);                                                              \
        }                                                                                         \
        T floordiv;                                                                               \
        if (div != 0) {                                                                           \
            floordiv = FLOOR(div);                                                                \
            if (div - floordiv > (T)0.5) floordiv += 1;                                           \
        } else {                                                                                  \
            floordiv = COPYSIGN((T)0, a / b);                                                     \
        }                                                                                         \
        *modulus = mod;                                                                           \
        return floordiv;                                                                          \
    }                                                                                             \
    static inline T op_add_##S(T a, T b) { return a + b; }                                        \
    static inline T op_sub_##S(T a, T b) { return a - b; }                                        \
    static inline T op_mul_##S(T a, T b) { return a * b; }                                        \
    static inline T op_div_##S(T a, T b) { return a / b; }                                        \
    static inline T op_floordiv_##S(T a, T b) {                                                   \
        if (b == 0) return a / b;                                                                 \
        T m; return divmod_##S(a, b, &m);                                                         \
    }                                                                                             \
    static inline T op_mod_##S(T a, T b) {                                                        \
        if (b == 0) return FMOD(a, b);                                                            \
        T m; divmod_##S(a, b, &m); return m;                                                      \
    }                                                                                             \
    static inline T op_pow_##S(T a, T b) { return POW(a, b); }                                    \
    static inline T op_maximum_##S(T a, T b) { return (a > b || a != a) ? a : b; } /* ties: b */  \
    static inline T op_minimum_##S(T a, T b) { return (a < b || a != a) ? a : b; }                \
    static inline T op_arctan2_##S(T a, T b) { return ATAN2(a, b); }                              \
    static inline T op_fmax_##S(T a, T b) { return FMAX(a, b); }                                  \
    static inline T op_fmin_##S(T a, T b) { return FMIN(a, b); }                                  \
    static inline T op_hypot_##S(T a, T b) { return HYPOT(a, b); }                                \
    static inline T op_copysign_##S(T a, T b) { return COPYSIGN(a, b); }

FLOAT_OPS(f32, float, fmodf, floorf, copysignf, powf, atan2f, fmaxf, fminf, hypotf)
FLOAT_OPS(f64, double, fmod, floor, copysign, pow, atan2, fmax, fmin, hypot)

/* NumPy's npy_logaddexp, npy_logaddexp2 and npy_heaviside (npy_math_internal.h): equal operands
 * (infinities of one sign too) short-cut, a NaN difference is returned as is. M(name) is the C
 * library function for T (logf or log). */
#define FLOAT_MATH_OPS(S, T, M)                                                                   \
    static inline T op_logaddexp_##S(T a, T b) {                                                  \
        if (a == b) return a + (T)0.693147180559945309417232121458176568;                         \
        T d = a - b;                                                                              \
        if (d > 0) return a + M(log1p)(M(exp)(-d));                                               \
        if (d <= 0) return b + M(log1p)(M(exp)(d));                                               \
        return d;                                                                                 \
    }                                                                                             \
    static inline T op_logaddexp2_##S(T a, T b) {                                                 \
        const T log2e = (T)1.442695040888963407359924681001892137;                                \
        if (a == b) return a + 1;                                                                 \
        T d = a - b;                                                                              \
        if (d > 0) return a + log2e * M(log1p)(M(exp2)(-d));                                      \
        if (d <= 0) return b + log2e * M(log1p)(M(exp2)(d));                                      \
        return d;                                                                                 \
    }                                                                                             \
    static inline T op_nextafter_##S(T a, T b) { return M(nextafter)(a, b); }                     \
    static inline T op_heaviside_##S(T a, T b) {                                                  \
        if (a != a) return (T)NAN;                                                                \
        return a == 0 ? b : a < 0 ? (T)0 : (T)1;                                                  \
    }

#define MF(name) name##f
#define MD(name) name
FLOAT_MATH_OPS(f32, float, MF)
FLOAT_MATH_OPS(f64, double, MD)

/* bool: + is or, * is and (NumPy's bool loops) */
static inline numj_bool op_add_b(numj_bool a, numj_bool b) { return a | b; }
static inline numj_bool op_mul_b(numj_bool a, numj_bool b) { return a & b; }
static inline numj_bool op_maximum_b(numj_bool a, numj_bool b) { return a | b; }
static inline numj_bool op_minimum_b(numj_bool a, numj_bool b) { return a & b; }
static inline numj_bool op_bitand_b(numj_bool a, numj_bool b) { return a & b; }
static inline numj_bool op_bitor_b(numj_bool a, numj_bool b) { return a | b; }
static inline numj_bool op_bitxor_b(numj_bool a, numj_bool b) { return a ^ b; }

/* comparisons and logical ops exist for every dtype and return bool */
#define CMP_OPS(C, T, S, F)                                                                       \
    static inline numj_bool op_eq_##S(T a, T b) { return a == b; }                                \
    static inline numj_bool op_ne_##S(T a, T b) { return a != b; }                                \
    static inline numj_bool op_lt_##S(T a, T b) { return a < b; }                                 \
    static inline numj_bool op_le_##S(T a, T b) { return a <= b; }                                \
    static inline numj_bool op_gt_##S(T a, T b) { return a > b; }                                 \
    static inline numj_bool op_ge_##S(T a, T b) { return a >= b; }                                \
    static inline numj_bool op_land_##S(T a, T b) { return (a != 0) & (b != 0); }                 \
    static inline numj_bool op_lor_##S(T a, T b) { return (a != 0) | (b != 0); }                  \
    static inline numj_bool op_lxor_##S(T a, T b) { return (a != 0) ^ (b != 0); }
NUMJ_FOR_EACH_DTYPE(CMP_OPS)

/* ---- the one inner-loop shape, instantiated per (op, dtype) ------------------------------------ */

/* Contiguous and scalar-operand cases get their own loops so the compiler vectorises them (for SSE2
 * and, through NUMJ_LOOP_CLONES, for AVX2). */
#define BIN_LOOP(OP, S, T, OT)                                                                    \
    NUMJ_LOOP_CLONES                                                                              \
    static void loop_##OP##_##S(char **args, int64_t n, const int64_t *steps, const void *d) {    \
        (void)d;                                                                                  \
        char *pa = args[0], *pb = args[1], *po = args[2];                                         \
        const int64_t sa = steps[0], sb = steps[1], so = steps[2];                                \
        const int64_t z = (int64_t)sizeof(T), zo = (int64_t)sizeof(OT);                           \
        if (sa == z && sb == z && so == zo) {                                                     \
            const T *a = (const T *)pa, *b = (const T *)pb; OT *o = (OT *)po;                     \
            for (int64_t i = 0; i < n; i++) o[i] = op_##OP##_##S(a[i], b[i]);                      \
        } else if (sa == z && sb == 0 && so == zo) {                                              \
            const T *a = (const T *)pa; const T b = *(const T *)pb; OT *o = (OT *)po;             \
            for (int64_t i = 0; i < n; i++) o[i] = op_##OP##_##S(a[i], b);                         \
        } else if (sa == 0 && sb == z && so == zo) {                                              \
            const T a = *(const T *)pa; const T *b = (const T *)pb; OT *o = (OT *)po;             \
            for (int64_t i = 0; i < n; i++) o[i] = op_##OP##_##S(a, b[i]);                         \
        } else {                                                                                  \
            for (int64_t i = 0; i < n; i++, pa += sa, pb += sb, po += so)                         \
                *(OT *)po = op_##OP##_##S(*(const T *)pa, *(const T *)pb);                        \
        }                                                                                         \
    }

#define CMP_LOOPS(C, T, S, F)                                                                     \
    BIN_LOOP(eq, S, T, numj_bool) BIN_LOOP(ne, S, T, numj_bool) BIN_LOOP(lt, S, T, numj_bool)     \
    BIN_LOOP(le, S, T, numj_bool) BIN_LOOP(gt, S, T, numj_bool) BIN_LOOP(ge, S, T, numj_bool)     \
    BIN_LOOP(land, S, T, numj_bool) BIN_LOOP(lor, S, T, numj_bool) BIN_LOOP(lxor, S, T, numj_bool)
NUMJ_FOR_EACH_DTYPE(CMP_LOOPS)

#define ARITH_LOOPS(C, T, S, F)                                                                   \
    BIN_LOOP(add, S, T, T) BIN_LOOP(sub, S, T, T) BIN_LOOP(mul, S, T, T)                          \
    BIN_LOOP(floordiv, S, T, T) BIN_LOOP(mod, S, T, T) BIN_LOOP(pow, S, T, T)                     \
    BIN_LOOP(maximum, S, T, T) BIN_LOOP(minimum, S, T, T)
NUMJ_FOR_EACH_INT(ARITH_LOOPS)
NUMJ_FOR_EACH_FLOAT(ARITH_LOOPS)

#define INT_ONLY_LOOPS(C, T, S, F)                                                                \
    BIN_LOOP(bitand, S, T, T) BIN_LOOP(bitor, S, T, T) BIN_LOOP(bitxor, S, T, T)                  \
    BIN_LOOP(lshift, S, T, T) BIN_LOOP(rshift, S, T, T)
NUMJ_FOR_EACH_INT(INT_ONLY_LOOPS)

#define FLOAT_ONLY_LOOPS(C, T, S, F)                                                              \
    BIN_LOOP(div, S, T, T) BIN_LOOP(arctan2, S, T, T) BIN_LOOP(fmax, S, T, T) BIN_LOOP(fmin, S, T, T) \
    BIN_LOOP(hypot, S, T, T) BIN_LOOP(copysign, S, T, T) BIN_LOOP(logaddexp, S, T, T)             \
    BIN_LOOP(logaddexp2, S, T, T) BIN_LOOP(nextafter, S, T, T) BIN_LOOP(heaviside, S, T, T)
NUMJ_FOR_EACH_FLOAT(FLOAT_ONLY_LOOPS)

BIN_LOOP(add, b, numj_bool, numj_bool)
BIN_LOOP(mul, b, numj_bool, numj_bool)
BIN_LOOP(maximum, b, numj_bool, numj_bool)
BIN_LOOP(minimum, b, numj_bool, numj_bool)
BIN_LOOP(bitand, b, numj_bool, numj_bool)
BIN_LOOP(bitor, b, numj_bool, numj_bool)
BIN_LOOP(bitxor, b, numj_bool, numj_bool)

/* fmax/fmin differ from maximum/minimum only for NaN: bool and integer loops are theirs (NumPy's too) */
#define loop_fmax_b loop_maximum_b
#define loop_fmax_i32 loop_maximum_i32
#define loop_fmax_i64 loop_maximum_i64
#define loop_fmin_b loop_minimum_b
#define loop_fmin_i32 loop_minimum_i32
#define loop_fmin_i64 loop_minimum_i64

/* ---- dispatch table [op][dtype], one row per numj_ops.def line; NULL = not defined for that dtype - */

#define ROW_ALL(OP) { loop_##OP##_b, loop_##OP##_i32, loop_##OP##_i64, loop_##OP##_f32, loop_##OP##_f64 }
#define ROW_NUM(OP) { NULL, loop_##OP##_i32, loop_##OP##_i64, loop_##OP##_f32, loop_##OP##_f64 }
#define ROW_INT(OP) { loop_##OP##_b, loop_##OP##_i32, loop_##OP##_i64, NULL, NULL }
#define ROW_SINT(OP) { NULL, loop_##OP##_i32, loop_##OP##_i64, NULL, NULL }
#define ROW_FLT(OP) { NULL, NULL, NULL, loop_##OP##_f32, loop_##OP##_f64 }

static const numj_loop binary_loops[][NUMJ_NDTYPES] = {
#define NUMJ_BINARY_OP(NAME, CODE, KERNEL, NUMPY, KIND, CPU, CUDA, RESULT, NPARAMS) \
    [NUMJ_##NAME] = ROW_##CPU(KERNEL),
#include "numj_ops.def"
};

int32_t numj_binary(int32_t op, int32_t dt, int32_t ndim, const int64_t *shape,
                    const void *a, const int64_t *a_strides, const void *b, const int64_t *b_strides,
                    void *out, const int64_t *out_strides) {
    if (op < 0 || op >= (int32_t)(sizeof binary_loops / sizeof binary_loops[0])) return NUMJ_EOP;
    if (dt < 0 || dt >= NUMJ_NDTYPES) return NUMJ_EDTYPE;
    numj_loop loop = binary_loops[op][dt];
    if (!loop) return NUMJ_EDTYPE;
    if (!a || !b || !out || (ndim > 0 && (!shape || !a_strides || !b_strides || !out_strides)))
        return NUMJ_EARG;
    char *ptrs[3] = {(char *)a, (char *)b, (char *)out};
    const int64_t *strides[3] = {a_strides, b_strides, out_strides};
    return numj_iterate(3, ndim, shape, ptrs, strides, loop, NULL);
}

numj_loop numj_binary_loop(int32_t op, int32_t dt) {
    if (op < 0 || op >= (int32_t)(sizeof binary_loops / sizeof binary_loops[0]) || dt < 0 || dt >= NUMJ_NDTYPES) return NULL;
    return binary_loops[op][dt];
}
