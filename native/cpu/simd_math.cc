/*
 * SIMD exp, log, log1p, expm1, tanh, sigmoid, sin and cos for contiguous float32/float64 loops, from
 * Google Highway's contrib/math (header-only: nothing of libhwy is linked).
 *
 * Each kernel is compiled for three x86 targets (AVX-512 = Highway's AVX3, AVX2+FMA, SSE4) and picked once, at
 * the first call, from what the CPU supports (our own dispatch on __builtin_cpu_supports: Highway's
 * HWY_DYNAMIC_DISPATCH would need libhwy.so). A CPU below SSE4, NUMJ_SIMD=off, or an op/dtype listed as
 * scalar below, keeps the libm loops of unary.c.
 *
 * Accuracy: Highway's polynomials are used only on each function's "fast range", where they stay within
 * NumPy's documented tolerances (docs/performance.md; SimdMathAccuracyTest checks it against NumPy). Lanes
 * outside it (NaN, infinities, zeros and negatives for log, subnormal or overflowing results, |x| > 39000 for
 * sin/cos) get the very libm call the scalar loop makes, so special values are exactly libm's (NumPy's). The
 * float32 functions whose float32 polynomial is not accurate enough are computed in float64 and rounded.
 * A result depends only on its input and the CPU's target, never on the element's position in the array.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "simd_math.h"

/* The targets compiled; the static (baseline x86-64) pass is compiled too but not used. */
#define HWY_DISABLE_PCLMUL_AES 1  // not used: SSE4 then needs SSSE3, SSE4.1 and SSE4.2 only
#undef HWY_TARGETS
#define HWY_TARGETS (HWY_AVX3 | HWY_AVX2 | HWY_SSE4)
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "simd_math.cc"
#include <hwy/foreach_target.h>  // NOLINT

#include <hwy/highway.h>
#include <hwy/contrib/math/math-inl.h>

#ifndef NUMJ_SIMD_MATH_ONCE_PER_TARGET_
#define NUMJ_SIMD_MATH_ONCE_PER_TARGET_
/* libm, exactly as unary.c calls it (its uop_* functions): the result of every lane outside the fast range */
namespace numj_simd_scalar {
static inline float exp_(float x) { return expf(x); }
static inline double exp_(double x) { return exp(x); }
static inline float log_(float x) { return logf(x); }
static inline double log_(double x) { return log(x); }
static inline float log1p_(float x) { return log1pf(x); }
static inline double log1p_(double x) { return log1p(x); }
static inline float expm1_(float x) { return expm1f(x); }
static inline double expm1_(double x) { return expm1(x); }
static inline float tanh_(float x) { return tanhf(x); }
static inline double tanh_(double x) { return tanh(x); }
static inline float sin_(float x) { return sinf(x); }
static inline double sin_(double x) { return sin(x); }
static inline float cos_(float x) { return cosf(x); }
static inline double cos_(double x) { return cos(x); }
template <typename T> static inline T sigmoid_(T x) {
    T e = exp_(-fabs(x)), k = copysign((T)1, x);
    return (e > k ? e : k) / ((T)1 + e);
}
}  // namespace numj_simd_scalar
#endif

HWY_BEFORE_NAMESPACE();
namespace numj_simd {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

/* Each op: Ok<R>(d, x), the lanes Highway computes (NaN compares false, so NaN is never one of them), with the
 * thresholds Lim<R> of the result type R (float for float32 results computed in float64); Eval(d, x), Highway's
 * value there; Scalar(x), libm for the others. */
template <typename T> struct Lim;
template <> struct Lim<float> {
    static constexpr float exp_lo = -87.33f, exp_hi = 88.72f;  // exp(x) a normal float32
    static constexpr float min_normal = 1.17549435e-38f, max_finite = 3.40282347e38f;
    static constexpr float trig_max = 39000.0f;  // Highway's Sin/Cos range
};
template <> struct Lim<double> {
    static constexpr double exp_lo = -708.39, exp_hi = 706.0;  // Highway's Exp/Expm1 range ends at 706
    static constexpr double min_normal = 2.2250738585072014e-308, max_finite = 1.7976931348623157e308;
    static constexpr double trig_max = 39000.0;
};

struct OpExp {
    template <typename R, class D, class V> static HWY_INLINE auto Ok(D d, V x) {
        using T = hn::TFromD<D>;
        return hn::And(hn::Ge(x, hn::Set(d, (T)Lim<R>::exp_lo)), hn::Le(x, hn::Set(d, (T)Lim<R>::exp_hi)));
    }
    template <class D, class V> static HWY_INLINE V Eval(D d, V x) { return hn::Exp(d, x); }
    template <typename T> static T Scalar(T x) { return numj_simd_scalar::exp_(x); }
};
struct OpExpm1 {
    /* and |x| normal: expm1(x) = x for tiny x, keeping -0 (Highway's gives +0) */
    template <typename R, class D, class V> static HWY_INLINE auto Ok(D d, V x) {
        using T = hn::TFromD<D>;
        return hn::And(OpExp::Ok<R>(d, x), hn::Ge(hn::Abs(x), hn::Set(d, (T)Lim<R>::min_normal)));
    }
    template <class D, class V> static HWY_INLINE V Eval(D d, V x) { return hn::Expm1(d, x); }
    template <typename T> static T Scalar(T x) { return numj_simd_scalar::expm1_(x); }
};
struct OpLog {
    template <typename R, class D, class V> static HWY_INLINE auto Ok(D d, V x) {
        using T = hn::TFromD<D>;
        return hn::And(hn::Ge(x, hn::Set(d, (T)Lim<R>::min_normal)), hn::Le(x, hn::Set(d, (T)Lim<R>::max_finite)));
    }
    template <class D, class V> static HWY_INLINE V Eval(D d, V x) { return hn::Log(d, x); }
    template <typename T> static T Scalar(T x) { return numj_simd_scalar::log_(x); }
};
struct OpLog1p {
    /* x in (-1, max] with |x| normal (log1p(x) = x for tiny x, -0 included) */
    template <typename R, class D, class V> static HWY_INLINE auto Ok(D d, V x) {
        using T = hn::TFromD<D>;
        return hn::And(hn::And(hn::Gt(x, hn::Set(d, (T)-1)), hn::Le(x, hn::Set(d, (T)Lim<R>::max_finite))),
                       hn::Ge(hn::Abs(x), hn::Set(d, (T)Lim<R>::min_normal)));
    }
    template <class D, class V> static HWY_INLINE V Eval(D d, V x) { return hn::Log1p(d, x); }
    template <typename T> static T Scalar(T x) { return numj_simd_scalar::log1p_(x); }
};
struct OpTanh {
    template <typename R, class D, class V> static HWY_INLINE auto Ok(D d, V x) {
        using T = hn::TFromD<D>;
        const V a = hn::Abs(x);
        return hn::And(hn::Ge(a, hn::Set(d, (T)Lim<R>::min_normal)), hn::Le(a, hn::Set(d, (T)Lim<R>::max_finite)));
    }
    template <class D, class V> static HWY_INLINE V Eval(D d, V x) { return hn::Tanh(d, x); }
    template <typename T> static T Scalar(T x) { return numj_simd_scalar::tanh_(x); }
};
struct OpSigmoid {
    /* unary.c's formula: e = exp(-|x|), (x >= 0 ? 1 : e) / (1 + e); Highway's Exp where e is normal */
    template <typename R, class D, class V> static HWY_INLINE auto Ok(D d, V x) {
        using T = hn::TFromD<D>;
        return hn::Le(hn::Abs(x), hn::Set(d, (T)-Lim<R>::exp_lo));
    }
    template <class D, class V> static HWY_INLINE V Eval(D d, V x) {
        using T = hn::TFromD<D>;
        const V one = hn::Set(d, (T)1);
        const V e = hn::Exp(d, hn::Neg(hn::Abs(x)));
        return hn::Div(hn::Max(e, hn::CopySign(one, x)), hn::Add(one, e));
    }
    template <typename T> static T Scalar(T x) { return numj_simd_scalar::sigmoid_(x); }
};
struct OpSigmoidD {
    /* s * (1 - s) of that very sigmoid: the fused derivative equals the composition to the bit */
    template <typename R, class D, class V> static HWY_INLINE auto Ok(D d, V x) { return OpSigmoid::Ok<R>(d, x); }
    template <class D, class V> static HWY_INLINE V Eval(D d, V x) {
        using T = hn::TFromD<D>;
        const V s = OpSigmoid::Eval(d, x);
        return hn::Mul(s, hn::Sub(hn::Set(d, (T)1), s));
    }
    template <typename T> static T Scalar(T x) {
        const T s = numj_simd_scalar::sigmoid_(x);
        return s * ((T)1 - s);
    }
};
struct OpSin {
    /* |x| in [min normal, 39000]: sin(x) = x for tiny x, -0 included */
    template <typename R, class D, class V> static HWY_INLINE auto Ok(D d, V x) {
        using T = hn::TFromD<D>;
        const V a = hn::Abs(x);
        return hn::And(hn::Ge(a, hn::Set(d, (T)Lim<R>::min_normal)), hn::Le(a, hn::Set(d, (T)Lim<R>::trig_max)));
    }
    template <class D, class V> static HWY_INLINE V Eval(D d, V x) { return hn::Sin(d, x); }
    template <typename T> static T Scalar(T x) { return numj_simd_scalar::sin_(x); }
};
struct OpCos {
    template <typename R, class D, class V> static HWY_INLINE auto Ok(D d, V x) {
        using T = hn::TFromD<D>;
        return hn::Le(hn::Abs(x), hn::Set(d, (T)Lim<R>::trig_max));
    }
    template <class D, class V> static HWY_INLINE V Eval(D d, V x) { return hn::Cos(d, x); }
    template <typename T> static T Scalar(T x) { return numj_simd_scalar::cos_(x); }
};

/* n elements of T: the vector path on full vectors and on the tail (through a padded buffer), then libm on every
 * lane outside the fast range. */
template <class Op, typename T> HWY_NOINLINE void RunNative(const T *in, T *out, int64_t n) {
    const hn::ScalableTag<T> d;
    const size_t N = hn::Lanes(d);
    HWY_ALIGN T buf[hn::MaxLanes(d)];
    uint8_t bits[(hn::MaxLanes(d) + 7) / 8 + 8];
    for (int64_t i = 0; i < n; i += (int64_t)N) {
        const size_t m = (size_t)(n - i) < N ? (size_t)(n - i) : N;
        auto x = hn::Undefined(d);
        if (m == N) {
            x = hn::LoadU(d, in + i);
        } else {
            for (size_t j = 0; j < N; j++) buf[j] = j < m ? in[i + j] : (T)1;
            x = hn::Load(d, buf);
        }
        const auto ok = Op::template Ok<T>(d, x);
        if (HWY_LIKELY(hn::AllTrue(d, ok))) {
            if (m == N) {
                hn::StoreU(Op::Eval(d, x), d, out + i);
            } else {
                hn::Store(Op::Eval(d, x), d, buf);
                memcpy(out + i, buf, m * sizeof(T));
            }
            continue;
        }
        hn::StoreMaskBits(d, ok, bits);
        hn::Store(Op::Eval(d, hn::IfThenElse(ok, x, hn::Set(d, (T)1))), d, buf);
        for (size_t j = 0; j < m; j++) {
            const T v = in[i + j];  // read before out[i + j] is written (in == out)
            out[i + j] = (bits[j / 8] >> (j % 8)) & 1 ? buf[j] : Op::Scalar(v);
        }
    }
}

/* float32 through Highway's float64 polynomial: half as many lanes, but float32 results within 0.5 ULP plus a
 * hair, where the float32 polynomial would exceed NumPy's tolerance. */
template <class Op> HWY_NOINLINE void RunViaF64(const float *in, float *out, int64_t n) {
    const hn::ScalableTag<double> dd;
    const hn::Rebind<float, decltype(dd)> df;
    const size_t N = hn::Lanes(dd);
    HWY_ALIGN float buf[hn::MaxLanes(dd)];
    HWY_ALIGN double bufd[hn::MaxLanes(dd)];
    uint8_t bits[(hn::MaxLanes(dd) + 7) / 8 + 8];
    for (int64_t i = 0; i < n; i += (int64_t)N) {
        const size_t m = (size_t)(n - i) < N ? (size_t)(n - i) : N;
        for (size_t j = 0; j < N; j++) buf[j] = j < m ? in[i + j] : 1.0f;
        const auto xf = m == N ? hn::LoadU(df, in + i) : hn::Load(df, buf);
        const auto x = hn::PromoteTo(dd, xf);
        /* the float32 op's range, tested in float64 (every float32 is exactly a float64) */
        const auto ok = Op::template Ok<float>(dd, x);
        if (HWY_LIKELY(hn::AllTrue(dd, ok))) {
            const auto y = hn::DemoteTo(df, Op::Eval(dd, x));
            if (m == N) {
                hn::StoreU(y, df, out + i);
            } else {
                hn::Store(y, df, buf);
                memcpy(out + i, buf, m * sizeof(float));
            }
            continue;
        }
        hn::StoreMaskBits(dd, ok, bits);
        hn::Store(Op::Eval(dd, hn::IfThenElse(ok, x, hn::Set(dd, 1.0))), dd, bufd);
        for (size_t j = 0; j < m; j++) {
            const float v = in[i + j];
            out[i + j] = (bits[j / 8] >> (j % 8)) & 1 ? (float)bufd[j] : Op::Scalar(v);
        }
    }
}

#define NUMJ_SIMD_KERNELS(X)                                                                                 \
    X(exp, OpExp) X(log, OpLog) X(log1p, OpLog1p) X(expm1, OpExpm1) X(tanh, OpTanh) X(sigmoid, OpSigmoid)    \
    X(sin, OpSin) X(cos, OpCos) X(sigmoidd, OpSigmoidD)

#define NUMJ_SIMD_DEFINE(NAME, OP)                                                                           \
    void NAME##_f32(const float *in, float *out, int64_t n) { RunNative<OP, float>(in, out, n); }          \
    void NAME##_f64(const double *in, double *out, int64_t n) { RunNative<OP, double>(in, out, n); }        \
    void NAME##_f32d(const float *in, float *out, int64_t n) { RunViaF64<OP>(in, out, n); }
NUMJ_SIMD_KERNELS(NUMJ_SIMD_DEFINE)
#undef NUMJ_SIMD_DEFINE

}  // namespace HWY_NAMESPACE
}  // namespace numj_simd
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace {
using F32 = numj_simd_f32_fn;
using F64 = numj_simd_f64_fn;
struct Kernels { F32 f32[NUMJ_SIMD_NOPS]; F32 f32d[NUMJ_SIMD_NOPS]; F64 f64[NUMJ_SIMD_NOPS]; };
#define NUMJ_SIMD_ROW(NAME, OP) N::NAME##_f32,
#define NUMJ_SIMD_ROWD(NAME, OP) N::NAME##_f32d,
#define NUMJ_SIMD_ROW64(NAME, OP) N::NAME##_f64,
#define NUMJ_SIMD_TABLE(NS)                                                                                  \
    [] {                                                                                                     \
        namespace N = numj_simd::NS;                                                                         \
        return Kernels{{NUMJ_SIMD_KERNELS(NUMJ_SIMD_ROW)}, {NUMJ_SIMD_KERNELS(NUMJ_SIMD_ROWD)},             \
                       {NUMJ_SIMD_KERNELS(NUMJ_SIMD_ROW64)}};                                                \
    }()
const Kernels kTargets[NUMJ_SIMD_NTARGETS] = {NUMJ_SIMD_TABLE(N_AVX3), NUMJ_SIMD_TABLE(N_AVX2), NUMJ_SIMD_TABLE(N_SSE4)};
const char *const kTargetNames[NUMJ_SIMD_NTARGETS + 1] = {"avx512", "avx2", "sse4", "off"};

/* What each op uses per dtype: 0 = libm (unary.c's loop), 1 = Highway in the dtype, 2 = float32 through Highway's
 * float64 (docs/performance.md has the measured errors that chose these). */
const uint8_t kUseF32[NUMJ_SIMD_NOPS] = {1, 1, 2, 2, 2, 1, 2, 2, 1};
const uint8_t kUseF64[NUMJ_SIMD_NOPS] = {1, 1, 0, 0, 0, 1, 0, 0, 1};

/* The best target this CPU runs (each needs every instruction set its code was compiled for), or
 * NUMJ_SIMD_NTARGETS (none); NUMJ_SIMD=avx512|avx2|sse4|off caps it (tests, benchmarks). */
int detect(void) {
    int t = numj_simd_cpu_best();
    const char *cap = getenv("NUMJ_SIMD");
    if (cap)
        for (int k = 0; k <= NUMJ_SIMD_NTARGETS; k++)
            if (strcmp(cap, kTargetNames[k]) == 0 && k > t) t = k;
    return t;
}

int g_target = -1;

/* Racing first calls all compute and store the same value: an atomic int suffices (no C++ runtime needed). */
int target(void) {
    int t = __atomic_load_n(&g_target, __ATOMIC_RELAXED);
    if (t < 0) {
        t = detect();
        __atomic_store_n(&g_target, t, __ATOMIC_RELAXED);
    }
    return t;
}
}  // namespace

extern "C" {
int numj_simd_cpu_best(void) {
    __builtin_cpu_init();
    int t = NUMJ_SIMD_NTARGETS;
    if (__builtin_cpu_supports("ssse3") && __builtin_cpu_supports("sse4.1") && __builtin_cpu_supports("sse4.2")) {
        t = 2;
        if (__builtin_cpu_supports("avx") && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi")
            && __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("f16c")) {
            t = 1;
            if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl")
                && __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512bw"))
                t = 0;
        }
    }
    return t;
}

numj_simd_f32_fn numj_simd_f32(int op) {
    const int t = target();
    if (op < 0 || op >= NUMJ_SIMD_NOPS || t >= NUMJ_SIMD_NTARGETS) return nullptr;
    return kUseF32[op] == 1 ? kTargets[t].f32[op] : kUseF32[op] == 2 ? kTargets[t].f32d[op] : nullptr;
}

numj_simd_f64_fn numj_simd_f64(int op) {
    const int t = target();
    if (op < 0 || op >= NUMJ_SIMD_NOPS || t >= NUMJ_SIMD_NTARGETS) return nullptr;
    return kUseF64[op] ? kTargets[t].f64[op] : nullptr;
}

const char *numj_simd_target(void) { return kTargetNames[target()]; }

void *numj_simd_kernel(int op, int variant, int tgt) {
    if (op < 0 || op >= NUMJ_SIMD_NOPS || tgt < 0 || tgt >= NUMJ_SIMD_NTARGETS) return nullptr;
    const Kernels &k = kTargets[tgt];
    return variant == 0 ? (void *)k.f32[op] : variant == 1 ? (void *)k.f32d[op] : variant == 2 ? (void *)k.f64[op] : nullptr;
}
}
#endif  // HWY_ONCE
