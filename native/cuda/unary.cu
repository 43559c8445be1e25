// Unary elementwise kernels: out = op(a), the GPU twin of native/cpu/unary.c with its formulas
// (overflow-free sigmoid, NaN-keeping relu and clip, NumPy's round recipe). Float-only functions
// receive float operands: the Java layer casts integer inputs to the computation dtype first.
//
// Entry point:
//   numj_unary(int32 op, int32 dt, numj_iter2 it, const void *a, void *out, uint64 a_scalar,
//              double p0, double p1)
//       out has dtype dt, or bool for isnan/isinf/isfinite/logical_not. p0, p1: round's decimals,
//       clip's bounds, leaky relu's alpha. Which (op, dtype) pairs have a loop is numj_ops.def's CUDA
//       column (ops.cuh): the host rejects the others before launching, and they store nothing here.
#include "dtypes.cuh"
#include "ops.cuh"

namespace numj_unary_detail {

template <typename T>
__device__ __forceinline__ T sigmoid(T x) {
    T e = exp(-fabs(x)), k = copysign((T)1, x);
    return (e > k ? e : k) / ((T)1 + e);
}

template <typename T>
__device__ __forceinline__ T round_float(T x, double decimals) {
    int d = (int)decimals;
    if (d == 0) return rint(x);
    if (d > 0) { T f = (T)pow(10.0, d); return rint(x * f) / f; }
    T f = (T)pow(10.0, -d);
    return rint(x / f) * f;
}

template <typename T>
__device__ __forceinline__ T round_int(T x, double decimals) {
    typedef typename numj_cu_unsigned<T>::type U;
    int d = (int)decimals;
    if (d >= 0) return x;
    if (-d >= 19) return 0;
    T f = 1;
    for (int i = 0; i < -d; i++) f *= 10;
    T q = x / f, r = x % f;
    if (r < 0) { r += f; q -= 1; }
    if (2 * (U)r > (U)f || (2 * (U)r == (U)f && (q & 1))) q += 1;
    return (T)((U)q * (U)f);
}

// One element; stores nothing for an op/dtype pair without a loop (dispatch returns before that).
template <typename T>
__device__ __forceinline__ void store(int32_t op, T x, char *out, double p0, double p1) {
    constexpr bool is_float = std::is_floating_point<T>::value;
    constexpr bool is_bool = std::is_same<T, bool>::value;
    typedef typename numj_cu_unsigned<T>::type U;
    switch (op) {
        case NUMJ_LOGICAL_NOT: *(bool *)out = !(x != (T)0); return;
        case NUMJ_ISNAN: *(bool *)out = numj_cu_isnan(x); return;
        case NUMJ_ISINF:
            if constexpr (is_float) *(bool *)out = fabs(x) == (T)INFINITY;
            else *(bool *)out = false;
            return;
        case NUMJ_ISFINITE:
            if constexpr (is_float) *(bool *)out = x - x == 0;
            else *(bool *)out = true;
            return;
        case NUMJ_SIGNBIT:
            if constexpr (is_float) *(bool *)out = signbit(x) != 0;
            else if constexpr (is_bool) *(bool *)out = false;
            else *(bool *)out = x < 0;
            return;
        default: break;
    }
    T r;
    if constexpr (is_bool) {
        switch (op) {
            case NUMJ_ABS: case NUMJ_SQUARE: case NUMJ_FLOOR: case NUMJ_CEIL: case NUMJ_TRUNC: case NUMJ_RINT:
                r = x; break;
            case NUMJ_BIT_NOT: r = !x; break;
            default: return;
        }
    } else if constexpr (is_float) {
        switch (op) {
            case NUMJ_NEG: r = -x; break;
            case NUMJ_ABS: r = fabs(x); break;
            case NUMJ_SIGN: r = x > 0 ? (T)1 : x < 0 ? (T)-1 : x == 0 ? (T)0 : x; break;
            case NUMJ_SQRT: r = sqrt(x); break;
            case NUMJ_SQUARE: r = x * x; break;
            case NUMJ_EXP: r = exp(x); break;
            case NUMJ_LOG: r = log(x); break;
            case NUMJ_LOG1P: r = log1p(x); break;
            case NUMJ_EXPM1: r = expm1(x); break;
            case NUMJ_TANH: r = tanh(x); break;
            case NUMJ_SIGMOID: r = sigmoid(x); break;
            case NUMJ_SIGMOID_DERIVATIVE: { T s = sigmoid(x); r = s * ((T)1 - s); break; }
            case NUMJ_RELU: r = (x >= 0 || x != x) ? x : (T)0; break;
            case NUMJ_LEAKY_RELU: r = x > 0 ? x : (T)p0 * x; break;
            case NUMJ_SIN: r = sin(x); break;
            case NUMJ_COS: r = cos(x); break;
            case NUMJ_TAN: r = tan(x); break;
            case NUMJ_FLOOR: r = floor(x); break;
            case NUMJ_CEIL: r = ceil(x); break;
            case NUMJ_TRUNC: r = trunc(x); break;
            case NUMJ_RINT: r = rint(x); break;
            case NUMJ_RECIPROCAL: r = (T)1 / x; break;
            case NUMJ_LOG2: r = log2(x); break;
            case NUMJ_LOG10: r = log10(x); break;
            case NUMJ_ARCSIN: r = asin(x); break;
            case NUMJ_ARCCOS: r = acos(x); break;
            case NUMJ_ARCTAN: r = atan(x); break;
            case NUMJ_SINH: r = sinh(x); break;
            case NUMJ_COSH: r = cosh(x); break;
            case NUMJ_ARCSINH: r = asinh(x); break;
            case NUMJ_ARCCOSH: r = acosh(x); break;
            case NUMJ_ARCTANH: r = atanh(x); break;
            case NUMJ_POSITIVE: r = x; break;
            case NUMJ_ERF: r = erf(x); break;
            case NUMJ_SOFTPLUS: r = log1p(exp(-fabs(x))) + (x > 0 ? x : (T)0); break;
            case NUMJ_ROUND: r = round_float(x, p0); break;
            case NUMJ_CLIP: {
                T lo = (T)p0, hi = (T)p1;
                T y = (x >= lo || x != x) ? x : lo;
                r = (y <= hi || y != y) ? y : hi;
                break;
            }
            default: return;
        }
    } else {
        switch (op) {
            case NUMJ_NEG: r = (T)((U)0 - (U)x); break;
            case NUMJ_ABS: r = x < 0 ? (T)((U)0 - (U)x) : x; break;
            case NUMJ_SIGN: r = (T)((x > 0) - (x < 0)); break;
            case NUMJ_SQUARE: r = (T)((U)x * (U)x); break;
            case NUMJ_RELU: r = x > 0 ? x : (T)0; break;
            case NUMJ_FLOOR: case NUMJ_CEIL: case NUMJ_TRUNC: case NUMJ_RINT: case NUMJ_POSITIVE: r = x; break;
            case NUMJ_BIT_NOT: r = (T)~x; break;
            // NumPy's (T)(1.0 / x) with x86's conversion of inf (native/cpu/unary.c)
            case NUMJ_RECIPROCAL: r = x == 0 ? (T)((U)1 << (sizeof(T) * 8 - 1)) : (x == 1 || x == -1) ? x : (T)0; break;
            case NUMJ_ROUND: r = round_int(x, p0); break;
            default: return;
        }
    }
    *(T *)out = r;
}

template <typename T>
__device__ void dispatch(int32_t op, const numj_iter2 &it, const char *a, char *out, uint64_t as, double p0, double p1) {
    if (!numj_cu_has_dtype<T>(numj_cu_unary_dtypes(op))) return;
    const bool bool_out = numj_cu_unary_bool(op);
    const int64_t st = (int64_t)sizeof(T), so = bool_out ? 1 : st;
    if (it.ndim == 1 && a && it.strides[0][0] == st && it.strides[1][0] == so) {
        const T *pa = (const T *)a;
        NUMJ_GRID_STRIDE_LOOP(i, it.n) { store<T>(op, pa[i], out + i * so, p0, p1); }
        return;
    }
    NUMJ_GRID_STRIDE_LOOP(i, it.n) {
        int64_t off[2];
        numj_offsets<2>(it, i, off);
        store<T>(op, numj_cu_load<T>(a, off[0], as), out + off[1], p0, p1);
    }
}

}  // namespace numj_unary_detail

extern "C" __global__ void numj_unary(int32_t op, int32_t dt, numj_iter2 it, const void *a, void *out,
                                      uint64_t a_scalar, double p0, double p1) {
    numj_cu_with_dtype(dt, [&](auto tag) {
        numj_unary_detail::dispatch<decltype(tag)>(op, it, (const char *)a, (char *)out, a_scalar, p0, p1);
    });
}
