/*
 * Declarations of the cuBLAS functions NumJ uses, written from NVIDIA's documented API because
 * cuBLAS's headers are not installed on NumJ's build machines (cuBLAS exists only on GPU machines).
 * Bound by scripts/jextract.sh into dev.numj.internal.ffi.cublas (class Cublas).
 *
 * Loading: the bindings are generated WITHOUT a library name (no jextract -l). cuBLAS lives in
 * different places and versions on GPU machines (libcublas.so.12 or libcublas.so.13, under
 * /usr/local/cuda*, a pip nvidia-cublas wheel, ...), so NumJ's CUDA backend finds it and
 * System.load()s it by absolute path BEFORE first touching class Cublas; jextract's default
 * symbol lookup (the loader's lookup) then resolves these symbols. Never initialise Cublas on a
 * machine without a GPU.
 *
 * Symbol names are the real exported ones: cublas_v2.h #defines cublasCreate -> cublasCreate_v2,
 * cublasSgemm -> cublasSgemm_v2, etc.; the _v2 symbols exist in cuBLAS 11, 12 and 13.
 *
 * Every enum value and prototype below was checked against NVIDIA's cublas_api.h as shipped with
 * CUDA 13.0 (CUBLAS_VER 13.0.0; copy read at github.com/leomaxwell972/CU13ToolKit_Includes,
 * include/cublas_api.h @ aa0473e4f7472b5714bc6807dade70ec3d76734a) and, for the enums, also with
 * CUDA 12.6's (github.com/zspace/system.cuda-12.6, include/cublas_api.h @ b3d92c83): identical.
 * The cudaDataType_t values were checked against this machine's CUDA 13.0
 * /usr/local/cuda/include/library_types.h. Enumerators that only newer cuBLAS versions accept
 * (e.g. CUBLAS_COMPUTE_32F_EMULATED_16BFX9 = 78, CUBLAS 13) are left out on purpose.
 *
 * All enums are C ints at the ABI level. Handles are opaque pointers. Scalars alpha/beta are host
 * pointers (the default CUBLAS_POINTER_MODE_HOST); matrices are column-major device pointers.
 */
#ifndef NUMJ_CUBLAS_DECL_H
#define NUMJ_CUBLAS_DECL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* cublas_api.h: cublasStatus_t */
typedef enum {
    CUBLAS_STATUS_SUCCESS = 0,
    CUBLAS_STATUS_NOT_INITIALIZED = 1,
    CUBLAS_STATUS_ALLOC_FAILED = 3,
    CUBLAS_STATUS_INVALID_VALUE = 7,
    CUBLAS_STATUS_ARCH_MISMATCH = 8,
    CUBLAS_STATUS_MAPPING_ERROR = 11,
    CUBLAS_STATUS_EXECUTION_FAILED = 13,
    CUBLAS_STATUS_INTERNAL_ERROR = 14,
    CUBLAS_STATUS_NOT_SUPPORTED = 15,
    CUBLAS_STATUS_LICENSE_ERROR = 16
} cublasStatus_t;

/* cublas_api.h: cublasOperation_t (CUBLAS_OP_HERMITAN == CUBLAS_OP_C and the unsupported
 * CUBLAS_OP_CONJG are omitted) */
typedef enum {
    CUBLAS_OP_N = 0,
    CUBLAS_OP_T = 1,
    CUBLAS_OP_C = 2
} cublasOperation_t;

/* cublas_api.h: cublasMath_t (bit flags; DISALLOW_REDUCED_PRECISION_REDUCTION is or-ed in) */
typedef enum {
    CUBLAS_DEFAULT_MATH = 0,
    CUBLAS_TENSOR_OP_MATH = 1,          /* deprecated by NVIDIA */
    CUBLAS_PEDANTIC_MATH = 2,
    CUBLAS_TF32_TENSOR_OP_MATH = 3,
    CUBLAS_MATH_DISALLOW_REDUCED_PRECISION_REDUCTION = 16
} cublasMath_t;

/* library_types.h: cudaDataType_t (the subset NumJ passes; the full enum has many more) */
typedef enum cudaDataType_t {
    CUDA_R_32F = 0,
    CUDA_R_64F = 1,
    CUDA_R_16F = 2,
    CUDA_R_16BF = 14
} cudaDataType_t;
typedef cudaDataType_t cudaDataType;

/* cublas_api.h: cublasComputeType_t */
typedef enum {
    CUBLAS_COMPUTE_16F = 64,
    CUBLAS_COMPUTE_16F_PEDANTIC = 65,
    CUBLAS_COMPUTE_32F = 68,
    CUBLAS_COMPUTE_32F_PEDANTIC = 69,
    CUBLAS_COMPUTE_32F_FAST_16F = 74,
    CUBLAS_COMPUTE_32F_FAST_16BF = 75,
    CUBLAS_COMPUTE_32F_FAST_TF32 = 77,
    CUBLAS_COMPUTE_64F = 70,
    CUBLAS_COMPUTE_64F_PEDANTIC = 71,
    CUBLAS_COMPUTE_32I = 72,
    CUBLAS_COMPUTE_32I_PEDANTIC = 73
} cublasComputeType_t;

/* cublas_api.h: cublasGemmAlgo_t (the two algorithms NumJ may pick; -1 lets cuBLAS choose) */
typedef enum {
    CUBLAS_GEMM_DEFAULT = -1,
    CUBLAS_GEMM_DEFAULT_TENSOR_OP = 99
} cublasGemmAlgo_t;

/* Opaque handles. cudaStream_t is the runtime API's name for the driver's CUstream. */
struct cublasContext;
typedef struct cublasContext *cublasHandle_t;
struct CUstream_st;
typedef struct CUstream_st *cudaStream_t;

/* Helper functions */
cublasStatus_t cublasCreate_v2(cublasHandle_t *handle);
cublasStatus_t cublasDestroy_v2(cublasHandle_t handle);
cublasStatus_t cublasGetVersion_v2(cublasHandle_t handle, int *version);
cublasStatus_t cublasSetStream_v2(cublasHandle_t handle, cudaStream_t streamId);
cublasStatus_t cublasSetWorkspace_v2(cublasHandle_t handle, void *workspace, size_t workspaceSizeInBytes);
cublasStatus_t cublasSetMathMode(cublasHandle_t handle, cublasMath_t mode);
cublasStatus_t cublasGetMathMode(cublasHandle_t handle, cublasMath_t *mode);
const char *cublasGetStatusName(cublasStatus_t status);
const char *cublasGetStatusString(cublasStatus_t status);

/* Level 1 */
cublasStatus_t cublasSdot_v2(cublasHandle_t handle, int n, const float *x, int incx,
                             const float *y, int incy, float *result);
cublasStatus_t cublasDdot_v2(cublasHandle_t handle, int n, const double *x, int incx,
                             const double *y, int incy, double *result);

/* Level 2 */
cublasStatus_t cublasSgemv_v2(cublasHandle_t handle, cublasOperation_t trans, int m, int n,
                              const float *alpha, const float *A, int lda, const float *x, int incx,
                              const float *beta, float *y, int incy);
cublasStatus_t cublasDgemv_v2(cublasHandle_t handle, cublasOperation_t trans, int m, int n,
                              const double *alpha, const double *A, int lda, const double *x, int incx,
                              const double *beta, double *y, int incy);

/* Level 3 */
cublasStatus_t cublasSgemm_v2(cublasHandle_t handle, cublasOperation_t transa, cublasOperation_t transb,
                              int m, int n, int k, const float *alpha, const float *A, int lda,
                              const float *B, int ldb, const float *beta, float *C, int ldc);
cublasStatus_t cublasDgemm_v2(cublasHandle_t handle, cublasOperation_t transa, cublasOperation_t transb,
                              int m, int n, int k, const double *alpha, const double *A, int lda,
                              const double *B, int ldb, const double *beta, double *C, int ldc);
cublasStatus_t cublasSgemmStridedBatched(cublasHandle_t handle, cublasOperation_t transa,
                                         cublasOperation_t transb, int m, int n, int k,
                                         const float *alpha, const float *A, int lda, long long int strideA,
                                         const float *B, int ldb, long long int strideB,
                                         const float *beta, float *C, int ldc, long long int strideC,
                                         int batchCount);
cublasStatus_t cublasDgemmStridedBatched(cublasHandle_t handle, cublasOperation_t transa,
                                         cublasOperation_t transb, int m, int n, int k,
                                         const double *alpha, const double *A, int lda, long long int strideA,
                                         const double *B, int ldb, long long int strideB,
                                         const double *beta, double *C, int ldc, long long int strideC,
                                         int batchCount);
cublasStatus_t cublasGemmEx(cublasHandle_t handle, cublasOperation_t transa, cublasOperation_t transb,
                            int m, int n, int k, const void *alpha,
                            const void *A, cudaDataType Atype, int lda,
                            const void *B, cudaDataType Btype, int ldb, const void *beta,
                            void *C, cudaDataType Ctype, int ldc,
                            cublasComputeType_t computeType, cublasGemmAlgo_t algo);
cublasStatus_t cublasGemmStridedBatchedEx(cublasHandle_t handle, cublasOperation_t transa,
                                          cublasOperation_t transb, int m, int n, int k, const void *alpha,
                                          const void *A, cudaDataType Atype, int lda, long long int strideA,
                                          const void *B, cudaDataType Btype, int ldb, long long int strideB,
                                          const void *beta,
                                          void *C, cudaDataType Ctype, int ldc, long long int strideC,
                                          int batchCount, cublasComputeType_t computeType,
                                          cublasGemmAlgo_t algo);

#ifdef __cplusplus
}
#endif
#endif
