// numj_ops.def as constexpr lookups for the kernels: which dtypes this device has a loop for, and
// whether an op's result is bool. The host asks the same table (numj_op_dtypes in the CPU library)
// before launching; binary.cu and unary.cu check it again so a pair the table rejects stores nothing.
#ifndef NUMJ_OPS_CUH
#define NUMJ_OPS_CUH

#include <stdint.h>
#include <type_traits>
#include "numj_ops.h"

// The NUMJ_<dtype> code of a kernel's element type.
template <typename T> struct numj_cu_dtype;
template <> struct numj_cu_dtype<bool> { static constexpr int32_t code = NUMJ_BOOL; };
template <> struct numj_cu_dtype<int32_t> { static constexpr int32_t code = NUMJ_INT32; };
template <> struct numj_cu_dtype<int64_t> { static constexpr int32_t code = NUMJ_INT64; };
template <> struct numj_cu_dtype<float> { static constexpr int32_t code = NUMJ_FLOAT32; };
template <> struct numj_cu_dtype<double> { static constexpr int32_t code = NUMJ_FLOAT64; };

// numj_ops.def's CUDA column: a bitmask of (1 << dtype); 0 for an unknown op.
__host__ __device__ constexpr int32_t numj_cu_binary_dtypes(int32_t op) {
    switch (op) {
#define NUMJ_BINARY_OP(NAME, CODE, KERNEL, NUMPY, KIND, CPU, CUDA, RESULT, NPARAMS) \
        case NUMJ_##NAME: return NUMJ_DTYPES_##CUDA;
#include "numj_ops.def"
        default: return 0;
    }
}

__host__ __device__ constexpr int32_t numj_cu_unary_dtypes(int32_t op) {
    switch (op) {
#define NUMJ_UNARY_OP(NAME, CODE, KERNEL, NUMPY, KIND, CPU, CUDA, RESULT, NPARAMS) \
        case NUMJ_##NAME: return NUMJ_DTYPES_##CUDA;
#include "numj_ops.def"
        default: return 0;
    }
}

// numj_ops.def's RESULT column: whether the output is bool rather than the operands' dtype.
__host__ __device__ constexpr bool numj_cu_binary_bool(int32_t op) {
    switch (op) {
#define NUMJ_BINARY_OP(NAME, CODE, KERNEL, NUMPY, KIND, CPU, CUDA, RESULT, NPARAMS) \
        case NUMJ_##NAME: return NUMJ_RESULT_##RESULT == NUMJ_RESULT_BOOL;
#include "numj_ops.def"
        default: return false;
    }
}

__host__ __device__ constexpr bool numj_cu_unary_bool(int32_t op) {
    switch (op) {
#define NUMJ_UNARY_OP(NAME, CODE, KERNEL, NUMPY, KIND, CPU, CUDA, RESULT, NPARAMS) \
        case NUMJ_##NAME: return NUMJ_RESULT_##RESULT == NUMJ_RESULT_BOOL;
#include "numj_ops.def"
        default: return false;
    }
}

// Whether dtype set `dtypes` holds T.
template <typename T>
__host__ __device__ constexpr bool numj_cu_has_dtype(int32_t dtypes) {
    return (dtypes >> numj_cu_dtype<T>::code) & 1;
}

#endif
