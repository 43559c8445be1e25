// Binary elementwise kernels: out[i] = a[i] op b[i] over a strided (broadcast) iteration space, the GPU
// twin of native/cpu/binary.c, with the same per-dtype semantics (NumPy's: Python's sign rules for
// floor division and remainder, NaN-propagating maximum/minimum, wrapping integer arithmetic,
// x // 0 == x % 0 == 0 for integers).
//
// Entry points (stable names, looked up with cuModuleGetFunction):
//   numj_binary(int32 op, int32 dt, numj_iter3 it, const void *a, const void *b, void *out,
//               uint64 a_scalar, uint64 b_scalar)
//       a or b NULL: that operand is the scalar passed by value (dtypes.cuh). out is of dtype dt, or
//       bool for the comparisons and logical ops. Which (op, dtype) pairs have a loop is numj_ops.def's
//       CUDA column (ops.cuh): the host rejects the others before launching, and such a pair leaves out
//       unwritten here.
#include "dtypes.cuh"
#include "ops.cuh"

namespace numj_binary_detail {

// Whether (T, OP) has a loop: numj_ops.def's CUDA column.
template <typename T, int OP>
struct valid {
    static constexpr bool value = numj_cu_has_dtype<T>(numj_cu_binary_dtypes(OP));
};

// NumPy's npy_divmod for floats: the floor quotient, and the remainder in *modulus.
template <typename T>
__device__ __forceinline__ T divmod(T a, T b, T *modulus) {
    T mod = fmod(a, b);
    if (b == 0) { *modulus = mod; return a / b; }
    T div = (a - mod) / b;
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) { mod += b; div -= 1; }
    } else {
        mod = copysign((T)0, b);
    }
    T floordiv;
    if (div != 0) {
        floordiv = floor(div);
        if (div - floordiv > (T)0.5) floordiv += 1;
    } else {
        floordiv = copysign((T)0, a / b);
    }
    *modulus = mod;
    return floordiv;
}

template <typename T, int OP>
__device__ __forceinline__ auto apply(T a, T b) {
    constexpr bool is_float = std::is_floating_point<T>::value;
    typedef typename numj_cu_unsigned<T>::type U;
    if constexpr (OP >= NUMJ_EQ && OP <= NUMJ_LOGICAL_XOR) {
        if constexpr (OP == NUMJ_EQ) return (bool)(a == b);
        if constexpr (OP == NUMJ_NE) return (bool)(a != b);
        if constexpr (OP == NUMJ_LT) return (bool)(a < b);
        if constexpr (OP == NUMJ_LE) return (bool)(a <= b);
        if constexpr (OP == NUMJ_GT) return (bool)(a > b);
        if constexpr (OP == NUMJ_GE) return (bool)(a >= b);
        if constexpr (OP == NUMJ_LOGICAL_AND) return (bool)((a != (T)0) && (b != (T)0));
        if constexpr (OP == NUMJ_LOGICAL_OR) return (bool)((a != (T)0) || (b != (T)0));
        if constexpr (OP == NUMJ_LOGICAL_XOR) return (bool)((a != (T)0) != (b != (T)0));
    } else if constexpr (std::is_same<T, bool>::value) {
        if constexpr (OP == NUMJ_ADD || OP == NUMJ_BIT_OR || OP == NUMJ_MAXIMUM || OP == NUMJ_FMAX) return (bool)(a || b);
        if constexpr (OP == NUMJ_MUL || OP == NUMJ_BIT_AND || OP == NUMJ_MINIMUM || OP == NUMJ_FMIN) return (bool)(a && b);
        if constexpr (OP == NUMJ_BIT_XOR) return (bool)(a != b);
        return false;
    } else if constexpr (is_float) {
        if constexpr (OP == NUMJ_ADD) return (T)(a + b);
        if constexpr (OP == NUMJ_SUB) return (T)(a - b);
        if constexpr (OP == NUMJ_MUL) return (T)(a * b);
        if constexpr (OP == NUMJ_DIV) return (T)(a / b);
        if constexpr (OP == NUMJ_FLOOR_DIV) { T m; return divmod(a, b, &m); }
        if constexpr (OP == NUMJ_MOD) { T m; divmod(a, b, &m); return m; }
        if constexpr (OP == NUMJ_POW) return (T)pow(a, b);
        // NumPy's maximum/minimum propagate NaN from either side (fmax/fmin are the NaN-ignoring ones).
        if constexpr (OP == NUMJ_MAXIMUM) return (a >= b || a != a) ? a : b;
        if constexpr (OP == NUMJ_MINIMUM) return (a <= b || a != a) ? a : b;
        if constexpr (OP == NUMJ_ARCTAN2) return (T)atan2(a, b);
        if constexpr (OP == NUMJ_FMAX) return (T)fmax(a, b);
        if constexpr (OP == NUMJ_FMIN) return (T)fmin(a, b);
        if constexpr (OP == NUMJ_HYPOT) return (T)hypot(a, b);
        if constexpr (OP == NUMJ_COPYSIGN) return (T)copysign(a, b);
        // NumPy's npy_logaddexp / npy_logaddexp2 / npy_heaviside, as native/cpu/binary.c
        if constexpr (OP == NUMJ_LOGADDEXP) {
            if (a == b) return (T)(a + (T)0.693147180559945309417232121458176568);
            T d = a - b;
            if (d > 0) return (T)(a + log1p(exp(-d)));
            if (d <= 0) return (T)(b + log1p(exp(d)));
            return d;
        }
        if constexpr (OP == NUMJ_LOGADDEXP2) {
            const T log2e = (T)1.442695040888963407359924681001892137;
            if (a == b) return (T)(a + 1);
            T d = a - b;
            if (d > 0) return (T)(a + log2e * log1p(exp2(-d)));
            if (d <= 0) return (T)(b + log2e * log1p(exp2(d)));
            return d;
        }
        if constexpr (OP == NUMJ_NEXTAFTER) return (T)nextafter(a, b);
        if constexpr (OP == NUMJ_HEAVISIDE) {
            if (a != a) return (T)NAN;
            return a == 0 ? b : a < 0 ? (T)0 : (T)1;
        }
        return (T)0;
    } else {
        if constexpr (OP == NUMJ_ADD) return (T)((U)a + (U)b);
        if constexpr (OP == NUMJ_SUB) return (T)((U)a - (U)b);
        if constexpr (OP == NUMJ_MUL) return (T)((U)a * (U)b);
        if constexpr (OP == NUMJ_FLOOR_DIV) {
            if (b == 0) return (T)0;
            if (b == -1) return (T)((U)0 - (U)a);
            T q = a / b;
            return (a % b != 0 && ((a < 0) != (b < 0))) ? (T)(q - 1) : q;
        }
        if constexpr (OP == NUMJ_MOD) {
            if (b == 0 || b == -1) return (T)0;
            T r = a % b;
            return (r != 0 && ((r < 0) != (b < 0))) ? (T)(r + b) : r;
        }
        if constexpr (OP == NUMJ_POW) {
            U r = 1, base = (U)a;
            for (U e = (U)b; e; e >>= 1) { if (e & 1) r *= base; base *= base; }
            return (T)r;
        }
        // fmax/fmin differ from maximum/minimum only for NaN, which integers lack
        if constexpr (OP == NUMJ_MAXIMUM || OP == NUMJ_FMAX) return a >= b ? a : b;
        if constexpr (OP == NUMJ_MINIMUM || OP == NUMJ_FMIN) return a <= b ? a : b;
        if constexpr (OP == NUMJ_BIT_AND) return (T)(a & b);
        if constexpr (OP == NUMJ_BIT_OR) return (T)(a | b);
        if constexpr (OP == NUMJ_BIT_XOR) return (T)(a ^ b);
        // NumPy's npy_lshift / npy_rshift: a count of the width or more (or negative, as unsigned) saturates
        if constexpr (OP == NUMJ_LEFT_SHIFT) return (U)b < sizeof(T) * 8 ? (T)((U)a << (U)b) : (T)0;
        if constexpr (OP == NUMJ_RIGHT_SHIFT) return (U)b < sizeof(T) * 8 ? (T)(a >> (U)b) : (a < 0 ? (T)-1 : (T)0);
        return (T)0;
    }
}

// One element: out = a op b, stored as T or as bool. The op is uniform across a launch, so this switch
// never diverges; one loop per dtype (not per op) keeps the fatbin small and nvcc fast.
template <typename T>
__device__ __forceinline__ void store(int32_t op, T a, T b, char *out) {
    switch (op) {
#define NUMJ_BINARY_CASE(OP)                                                      \
        case OP:                                                                  \
            if constexpr (valid<T, OP>::value) {                                  \
                typedef decltype(apply<T, OP>(T(), T())) OT;                      \
                static_assert(std::is_same<OT, typename std::conditional<         \
                                  numj_cu_binary_bool(OP), bool, T>::type>::value, \
                              "apply's result type differs from numj_ops.def's"); \
                *(OT *)out = apply<T, OP>(a, b);                                  \
            }                                                                     \
            break;
        NUMJ_BINARY_CASE(NUMJ_ADD) NUMJ_BINARY_CASE(NUMJ_SUB) NUMJ_BINARY_CASE(NUMJ_MUL)
        NUMJ_BINARY_CASE(NUMJ_DIV) NUMJ_BINARY_CASE(NUMJ_FLOOR_DIV) NUMJ_BINARY_CASE(NUMJ_MOD)
        NUMJ_BINARY_CASE(NUMJ_POW) NUMJ_BINARY_CASE(NUMJ_MAXIMUM) NUMJ_BINARY_CASE(NUMJ_MINIMUM)
        NUMJ_BINARY_CASE(NUMJ_EQ) NUMJ_BINARY_CASE(NUMJ_NE) NUMJ_BINARY_CASE(NUMJ_LT)
        NUMJ_BINARY_CASE(NUMJ_LE) NUMJ_BINARY_CASE(NUMJ_GT) NUMJ_BINARY_CASE(NUMJ_GE)
        NUMJ_BINARY_CASE(NUMJ_LOGICAL_AND) NUMJ_BINARY_CASE(NUMJ_LOGICAL_OR) NUMJ_BINARY_CASE(NUMJ_LOGICAL_XOR)
        NUMJ_BINARY_CASE(NUMJ_BIT_AND) NUMJ_BINARY_CASE(NUMJ_BIT_OR) NUMJ_BINARY_CASE(NUMJ_BIT_XOR)
        NUMJ_BINARY_CASE(NUMJ_ARCTAN2) NUMJ_BINARY_CASE(NUMJ_FMAX) NUMJ_BINARY_CASE(NUMJ_FMIN)
        NUMJ_BINARY_CASE(NUMJ_HYPOT) NUMJ_BINARY_CASE(NUMJ_COPYSIGN) NUMJ_BINARY_CASE(NUMJ_LOGADDEXP)
        NUMJ_BINARY_CASE(NUMJ_LOGADDEXP2) NUMJ_BINARY_CASE(NUMJ_NEXTAFTER) NUMJ_BINARY_CASE(NUMJ_HEAVISIDE)
        NUMJ_BINARY_CASE(NUMJ_LEFT_SHIFT) NUMJ_BINARY_CASE(NUMJ_RIGHT_SHIFT)
#undef NUMJ_BINARY_CASE
        default: break;
    }
}

template <typename T>
__device__ void dispatch(int32_t op, const numj_iter3 &it, const char *a, const char *b, char *out,
                         uint64_t as, uint64_t bs) {
    const int64_t st = (int64_t)sizeof(T);
    const int64_t so = numj_cu_binary_bool(op) ? 1 : st;
    if (it.ndim == 1 && a && b && it.strides[0][0] == st && it.strides[1][0] == st && it.strides[2][0] == so) {
        const T *pa = (const T *)a, *pb = (const T *)b;
        NUMJ_GRID_STRIDE_LOOP(i, it.n) { store<T>(op, pa[i], pb[i], out + i * so); }
        return;
    }
    NUMJ_GRID_STRIDE_LOOP(i, it.n) {
        int64_t off[3];
        numj_offsets<3>(it, i, off);
        store<T>(op, numj_cu_load<T>(a, off[0], as), numj_cu_load<T>(b, off[1], bs), out + off[2]);
    }
}

}  // namespace numj_binary_detail

extern "C" __global__ void numj_binary(int32_t op, int32_t dt, numj_iter3 it, const void *a, const void *b,
                                       void *out, uint64_t a_scalar, uint64_t b_scalar) {
    numj_cu_with_dtype(dt, [&](auto tag) {
        numj_binary_detail::dispatch<decltype(tag)>(op, it, (const char *)a, (const char *)b, (char *)out,
                                                   a_scalar, b_scalar);
    });
}
