// Element types and operand access shared by NumJ's CUDA kernels (the GPU twin of native/cpu/dtypes.h).
//
// dtype codes are numj_ops.h's enum numj_dtype; bool is one byte (0 or 1), as on the CPU.
// Scalar operands: a kernel argument pointer that is NULL means "this operand is one value, passed by
// value in the matching uint64 argument" (its little-endian bits in the low bytes). The host does
// this for a 0-d CPU array joining GPU arrays (a Java scalar), so no device allocation or copy is
// needed per call and the value cannot change before the kernel runs.
#ifndef NUMJ_DTYPES_CUH
#define NUMJ_DTYPES_CUH

#include <stdint.h>
#include <string.h>
#include <type_traits>
#include "strided.cuh"

// Calls f(T{}) with T the storage type of dtype code dt; unknown codes call nothing (the host
// validates dtypes before launching).
template <typename F>
__device__ __forceinline__ void numj_cu_with_dtype(int32_t dt, F &&f) {
    switch (dt) {
        case NUMJ_BOOL: f(bool()); break;
        case NUMJ_INT32: f(int32_t()); break;
        case NUMJ_INT64: f(int64_t()); break;
        case NUMJ_FLOAT32: f(float()); break;
        case NUMJ_FLOAT64: f(double()); break;
        default: break;
    }
}

template <typename T>
__device__ __forceinline__ T numj_cu_load(const char *base, int64_t off, uint64_t scalar_bits) {
    if (base == nullptr) {
        T v;
        memcpy(&v, &scalar_bits, sizeof(T));
        return v;
    }
    return *(const T *)(base + off);
}

// C conversion with NumPy's bool rule (nonzero, NaN included, is true).
template <typename To, typename From>
__device__ __forceinline__ To numj_cu_convert(From x) {
    if constexpr (std::is_same<To, bool>::value) return x != (From)0;
    else return (To)x;
}

template <typename T>
__device__ __forceinline__ bool numj_cu_isnan(T x) {
    if constexpr (std::is_floating_point<T>::value) return x != x;
    else return false;
}

// The unsigned twin of an integer dtype, for wrapping arithmetic (NumPy's integers wrap); uint8 for
// bool and the floats, which never use it.
template <typename T> struct numj_cu_unsigned { typedef uint8_t type; };
template <> struct numj_cu_unsigned<int32_t> { typedef uint32_t type; };
template <> struct numj_cu_unsigned<int64_t> { typedef uint64_t type; };

// Threads per block and the largest grid a launch uses; every kernel walks its range grid-stride.
#define NUMJ_CU_BLOCK 256

#endif
