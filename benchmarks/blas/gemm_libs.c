/*
 * Two OpenBLAS builds, one process, the same buffers: times cblas_?gemm of NumJ's OpenBLAS (the bundled
 * org.bytedeco:openblas library) and of NumPy's (scipy-openblas, whose symbols carry a scipy_ prefix and a
 * 64 suffix: 64-bit integers) on identical row-major operands, so that what differs is the library build
 * alone: no JVM, no Python, no allocation per call. benchmarks/blas/compare-openblas builds and runs it.
 *
 *   gemm_libs NUMJ_LIB NUMPY_LIB THREADS DTYPE M K N ROUNDS
 *
 * prints, per library, the best and the median over ROUNDS rounds of the mean time per call (each round
 * about 0.2 s of calls), alternating the libraries round by round.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef void (*sgemm32)(int, int, int, int, int, int, float, const float *, int, const float *, int, float, float *, int);
typedef void (*dgemm32)(int, int, int, int, int, int, double, const double *, int, const double *, int, double, double *, int);
typedef void (*sgemm64)(int, int, int, int64_t, int64_t, int64_t, float, const float *, int64_t, const float *, int64_t, float,
                        float *, int64_t);
typedef void (*dgemm64)(int, int, int, int64_t, int64_t, int64_t, double, const double *, int64_t, const double *, int64_t,
                        double, double *, int64_t);

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

struct lib {
    const char *name;
    void *gemm;
    int ilp64;
};

static void *must(void *h, const char *sym, const char *path) {
    void *p = h ? dlsym(h, sym) : NULL;
    if (!p) {
        fprintf(stderr, "gemm_libs: %s: %s\n", path, h ? dlerror() : "cannot open");
        exit(2);
    }
    return p;
}

int main(int argc, char **argv) {
    if (argc != 9) {
        fprintf(stderr, "usage: gemm_libs NUMJ_LIB NUMPY_LIB THREADS float32|float64 M K N ROUNDS\n");
        return 2;
    }
    int threads = atoi(argv[3]), f64 = strcmp(argv[4], "float64") == 0;
    int64_t M = atoll(argv[5]), K = atoll(argv[6]), N = atoll(argv[7]);
    int rounds = atoi(argv[8]);
    void *hj = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL), *hp = dlopen(argv[2], RTLD_NOW | RTLD_LOCAL);
    ((void (*)(int))must(hj, "openblas_set_num_threads", argv[1]))(threads);
    ((void (*)(int))must(hp, "scipy_openblas_set_num_threads64_", argv[2]))(threads);
    struct lib libs[2] = {{"numj", must(hj, f64 ? "cblas_dgemm" : "cblas_sgemm", argv[1]), 0},
                          {"numpy", must(hp, f64 ? "scipy_cblas_dgemm64_" : "scipy_cblas_sgemm64_", argv[2]), 1}};
    size_t item = f64 ? 8 : 4;
    char *a = aligned_alloc(64, ((size_t)(M * K) * item + 63) / 64 * 64), *b = aligned_alloc(64, ((size_t)(K * N) * item + 63) / 64 * 64),
         *c = aligned_alloc(64, ((size_t)(M * N) * item + 63) / 64 * 64);
    for (int64_t i = 0; i < M * K; i++) f64 ? (((double *)a)[i] = (double)(i % 7) / 7) : (((float *)a)[i] = (float)(i % 7) / 7);
    for (int64_t i = 0; i < K * N; i++) f64 ? (((double *)b)[i] = (double)(i % 5) / 5) : (((float *)b)[i] = (float)(i % 5) / 5);
    double flops = 2.0 * M * N * K;
    int calls = (int)(0.2 * 30e9 / flops) + 1;   /* about 0.2 s a round at 30 GFLOP/s */
    double *t[2] = {calloc(rounds, sizeof(double)), calloc(rounds, sizeof(double))};
    for (int r = 0; r < rounds; r++) {
        for (int l = 0; l < 2; l++) {
            double t0 = now();
            for (int i = 0; i < calls; i++) {
                if (libs[l].ilp64) {
                    if (f64) ((dgemm64)libs[l].gemm)(101, 111, 111, M, N, K, 1, (double *)a, K, (double *)b, N, 0, (double *)c, N);
                    else ((sgemm64)libs[l].gemm)(101, 111, 111, M, N, K, 1, (float *)a, K, (float *)b, N, 0, (float *)c, N);
                } else {
                    if (f64) ((dgemm32)libs[l].gemm)(101, 111, 111, (int)M, (int)N, (int)K, 1, (double *)a, (int)K, (double *)b, (int)N, 0,
                                                     (double *)c, (int)N);
                    else ((sgemm32)libs[l].gemm)(101, 111, 111, (int)M, (int)N, (int)K, 1, (float *)a, (int)K, (float *)b, (int)N, 0,
                                                 (float *)c, (int)N);
                }
            }
            t[l][r] = (now() - t0) / calls;
        }
    }
    for (int l = 0; l < 2; l++) {
        qsort(t[l], rounds, sizeof(double), cmp);
        printf("%-6s %s %lldx%lldx%lld, %d thread(s): best %.1f us, median %.1f us (%.1f GFLOP/s at best)\n", libs[l].name, argv[4],
               (long long)M, (long long)K, (long long)N, threads, t[l][0] * 1e6, t[l][rounds / 2] * 1e6, flops / t[l][0] / 1e9);
    }
    return 0;
}
