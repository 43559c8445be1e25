/*
 * SIMD math kernels (simd_math.cc, Google Highway) for unary.c's contiguous float loops, chosen at run time
 * for the CPU (AVX-512, AVX2, SSE4). NULL from numj_simd_f32/f64 means: keep the scalar libm loop.
 */
#ifndef NUMJ_SIMD_MATH_H
#define NUMJ_SIMD_MATH_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    NUMJ_SIMD_EXP, NUMJ_SIMD_LOG, NUMJ_SIMD_LOG1P, NUMJ_SIMD_EXPM1, NUMJ_SIMD_TANH, NUMJ_SIMD_SIGMOID,
    NUMJ_SIMD_SIN, NUMJ_SIMD_COS, NUMJ_SIMD_SIGMOIDD, NUMJ_SIMD_NOPS
};
enum { NUMJ_SIMD_NTARGETS = 3 };  // avx512, avx2, sse4

typedef void (*numj_simd_f32_fn)(const float *in, float *out, int64_t n);
typedef void (*numj_simd_f64_fn)(const double *in, double *out, int64_t n);

/* The kernel unary.c uses for op (NUMJ_SIMD_*) on n contiguous elements (in == out allowed; no other overlap),
 * or NULL. */
numj_simd_f32_fn numj_simd_f32(int op);
numj_simd_f64_fn numj_simd_f64(int op);
/* The best target the CPU runs, uncapped by NUMJ_SIMD: 0 = avx512 (F, VL, DQ, BW), 1 = avx2 (with FMA, BMI, BMI2,
 * F16C), 2 = sse4, NUMJ_SIMD_NTARGETS = none. Also gemm.cc's choice of its kernels. */
int numj_simd_cpu_best(void);
/* The target in use: "avx512", "avx2", "sse4", or "off" (no SIMD kernels: libm loops). */
const char *numj_simd_target(void);
/* Any kernel, for native/cpu/tests/simd_math_accuracy.c: variant 0 = float32, 1 = float32 through float64,
 * 2 = float64; target 0 = avx512, 1 = avx2, 2 = sse4 (the caller checks the CPU runs it). */
void *numj_simd_kernel(int op, int variant, int target);

#ifdef __cplusplus
}
#endif
#endif
