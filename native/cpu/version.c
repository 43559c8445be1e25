/* numj_version() and numj_build_info() (numj_cpu.h). CMake recompiles this file whenever any other CPU
 * source changes, so __DATE__/__TIME__ say when the library's code last changed. */
#include "numj_cpu.h"
#include "pool.h"
#ifdef NUMJ_HAVE_SIMD_MATH
#include "simd_math.h"
#endif

#ifndef NUMJ_BUILD_DESC
#define NUMJ_BUILD_DESC "unknown compiler"
#endif

/* Bump when the C ABI in native/include changes, so Java can refuse a mismatched library. */
#define NUMJ_ABI_VERSION 1
#define NUMJ_STR_(x) #x
#define NUMJ_STR(x) NUMJ_STR_(x)

int32_t numj_version(void) { return NUMJ_ABI_VERSION; }

const char *numj_build_info(void) {
    return "libnumj_cpu ABI " NUMJ_STR(NUMJ_ABI_VERSION) " (" NUMJ_BUILD_DESC ") built " __DATE__ " " __TIME__;
}

const char *numj_simd_kernels(void) {
#ifdef NUMJ_HAVE_SIMD_MATH
    return numj_simd_target();
#else
    return "none";
#endif
}

int32_t numj_threads(void) { return numj_pool_threads(); }

#ifndef NUMJ_HAVE_SIMD_MATH
/* Built without Highway (-DNUMJ_SIMD_MATH=OFF): no gemm.cc, every product goes to OpenBLAS. */
int32_t numj_gemm(int32_t dt, int32_t trans_a, int32_t trans_b, int64_t m, int64_t n, int64_t k, const void *a,
                  int64_t lda, const void *b, int64_t ldb, void *c, int64_t ldc, int32_t accumulate) {
    (void)dt, (void)trans_a, (void)trans_b, (void)m, (void)n, (void)k, (void)a, (void)lda, (void)b, (void)ldb, (void)c,
        (void)ldc, (void)accumulate;
    return 0;
}

int32_t numj_gemm_mode(int32_t mode_or_query) {
    (void)mode_or_query;
    return 2;
}

const char *numj_gemm_kernel(void) { return "none (built without Highway): OpenBLAS runs every product"; }
#endif
