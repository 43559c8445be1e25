// Binary elementwise kernels: out[i] = a[i] op b[i] over a strided (broadcast) iteration space, the GPU
// twin of native/cpu/binary.c. Written once as a template over the element type and the op; each
// extern "C" entry point below instantiates it for one dtype and dispatches the op once per thread.
//
// Entry points (stable names, looked up with cuModuleGetFunction):
//   numj_binary_f32(int32 op, numj_iter3 it, const float *a, const float *b, float *out)
//   numj_binary_f64(int32 op, numj_iter3 it, const double *a, const double *b, double *out)
// op: NUMJ_ADD, NUMJ_SUB, NUMJ_MUL, NUMJ_DIV, NUMJ_MAXIMUM, NUMJ_MINIMUM (numj_ops.h). The caller checks
// the op before launching; should another op arrive anyway, out is filled with NaN, never left as is.
// Pointers are the operands' base addresses; it.strides are in bytes (see strided.cuh).
#include "strided.cuh"

namespace numj_binary_detail {

template <typename T, int OP>
struct op;

template <typename T> struct op<T, NUMJ_ADD> { __device__ static T apply(T a, T b) { return a + b; } };
template <typename T> struct op<T, NUMJ_SUB> { __device__ static T apply(T a, T b) { return a - b; } };
template <typename T> struct op<T, NUMJ_MUL> { __device__ static T apply(T a, T b) { return a * b; } };
template <typename T> struct op<T, NUMJ_DIV> { __device__ static T apply(T a, T b) { return a / b; } };
// NumPy's maximum/minimum propagate NaN from either side (fmax/fmin are the NaN-ignoring ones).
template <typename T> struct op<T, NUMJ_MAXIMUM> {
    __device__ static T apply(T a, T b) { return (a >= b || isnan(a)) ? a : b; }
};
template <typename T> struct op<T, NUMJ_MINIMUM> {
    __device__ static T apply(T a, T b) { return (a <= b || isnan(a)) ? a : b; }
};

template <typename T, int OP>
__device__ void run(const numj_iter3 &it, const char *a, const char *b, char *out) {
    if (it.ndim == 1 && it.strides[0][0] == (int64_t)sizeof(T) && it.strides[1][0] == (int64_t)sizeof(T)
        && it.strides[2][0] == (int64_t)sizeof(T)) {
        const T *pa = (const T *)a, *pb = (const T *)b;
        T *po = (T *)out;
        NUMJ_GRID_STRIDE_LOOP(i, it.n) { po[i] = op<T, OP>::apply(pa[i], pb[i]); }
        return;
    }
    NUMJ_GRID_STRIDE_LOOP(i, it.n) {
        int64_t off[3];
        numj_offsets<3>(it, i, off);
        *(T *)(out + off[2]) = op<T, OP>::apply(*(const T *)(a + off[0]), *(const T *)(b + off[1]));
    }
}

template <typename T>
__device__ void fill_nan(const numj_iter3 &it, char *out) {
    NUMJ_GRID_STRIDE_LOOP(i, it.n) {
        int64_t off[3];
        numj_offsets<3>(it, i, off);
        *(T *)(out + off[2]) = (T)NAN;
    }
}

template <typename T>
__device__ void dispatch(int32_t op, const numj_iter3 &it, const char *a, const char *b, char *out) {
    switch (op) {
        case NUMJ_ADD: run<T, NUMJ_ADD>(it, a, b, out); break;
        case NUMJ_SUB: run<T, NUMJ_SUB>(it, a, b, out); break;
        case NUMJ_MUL: run<T, NUMJ_MUL>(it, a, b, out); break;
        case NUMJ_DIV: run<T, NUMJ_DIV>(it, a, b, out); break;
        case NUMJ_MAXIMUM: run<T, NUMJ_MAXIMUM>(it, a, b, out); break;
        case NUMJ_MINIMUM: run<T, NUMJ_MINIMUM>(it, a, b, out); break;
        default: fill_nan<T>(it, out); break;
    }
}

}  // namespace numj_binary_detail

extern "C" __global__ void numj_binary_f32(int32_t op, numj_iter3 it, const float *a, const float *b, float *out) {
    numj_binary_detail::dispatch<float>(op, it, (const char *)a, (const char *)b, (char *)out);
}

extern "C" __global__ void numj_binary_f64(int32_t op, numj_iter3 it, const double *a, const double *b, double *out) {
    numj_binary_detail::dispatch<double>(op, it, (const char *)a, (const char *)b, (char *)out);
}
