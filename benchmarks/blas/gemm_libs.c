/*
 * Matrix products from three libraries on the same buffers: cblas_?gemm of NumJ's OpenBLAS (the bundled
 * org.bytedeco:openblas library), of NumPy's (scipy-openblas, whose symbols carry a scipy_ prefix and a 64
 * suffix: 64-bit integers) and NumJ's own kernel (numj_gemm in libnumj_cpu.so, forced on with
 * numj_gemm_mode(1)), on identical row-major operands: what differs is the library alone, with no JVM, no
 * Python and no allocation per call. benchmarks/blas/compare-openblas builds and runs it.
 *
 *   gemm_libs NUMJ_OPENBLAS NUMPY_OPENBLAS THREADS DTYPE M K N ROUNDS [NUMJ_CPU_LIB [TA TB [ONLY]]]
 *
 * TA / TB = 1 read A / B transposed (A given as K x M, B as N x K); ONLY = 0, 1 or 2 times only NumJ's kernel,
 * NumJ's OpenBLAS or NumPy's (run each in its own process for several threads: an idle OpenBLAS's threads
 * spin for a while after a call and take the cores from the next library). NumJ's kernel uses
 * NUMJ_NUM_THREADS threads (else the CPUs). Prints, per library, the largest difference from a float64
 * reference product, and the best and median over ROUNDS rounds of the mean time per call (each round about
 * 0.15 s of calls), alternating the libraries round by round.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <math.h>
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
typedef int32_t (*numj_gemm_fn)(int32_t, int32_t, int32_t, int64_t, int64_t, int64_t, const void *, int64_t, const void *,
                                int64_t, void *, int64_t, int32_t);

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void *must(void *h, const char *sym, const char *path) {
    void *p = h ? dlsym(h, sym) : NULL;
    if (!p) {
        fprintf(stderr, "gemm_libs: %s: %s\n", path, h ? dlerror() : "cannot open");
        exit(2);
    }
    return p;
}

/* One call of library l (0 NumJ's kernel, 1 NumJ's OpenBLAS, 2 NumPy's) for C = op(A) @ op(B). */
static void call(int l, void *fn, int f64, int ta, int tb, int64_t M, int64_t N, int64_t K, const void *a, int64_t lda,
                 const void *b, int64_t ldb, void *c) {
    const int cta = ta ? 112 : 111, ctb = tb ? 112 : 111;
    if (l == 0) {
        if (((numj_gemm_fn)fn)(f64 ? 4 : 3, ta, tb, M, N, K, a, lda, b, ldb, c, N, 0) != 1) {
            fprintf(stderr, "gemm_libs: numj_gemm did not take the product\n");
            exit(3);
        }
    } else if (l == 1) {
        if (f64) ((dgemm32)fn)(101, cta, ctb, (int)M, (int)N, (int)K, 1, a, (int)lda, b, (int)ldb, 0, c, (int)N);
        else ((sgemm32)fn)(101, cta, ctb, (int)M, (int)N, (int)K, 1, a, (int)lda, b, (int)ldb, 0, c, (int)N);
    } else {
        if (f64) ((dgemm64)fn)(101, cta, ctb, M, N, K, 1, a, lda, b, ldb, 0, c, N);
        else ((sgemm64)fn)(101, cta, ctb, M, N, K, 1, a, lda, b, ldb, 0, c, N);
    }
}

int main(int argc, char **argv) {
    if (argc < 9) {
        fprintf(stderr, "usage: gemm_libs NUMJ_OPENBLAS NUMPY_OPENBLAS THREADS float32|float64 M K N ROUNDS "
                        "[NUMJ_CPU_LIB [TA TB [ONLY]]]\n");
        return 2;
    }
    int threads = atoi(argv[3]), f64 = strcmp(argv[4], "float64") == 0;
    int64_t M = atoll(argv[5]), K = atoll(argv[6]), N = atoll(argv[7]);
    int rounds = atoi(argv[8]);
    const char *numj_cpu = argc > 9 ? argv[9] : NULL;
    int ta = argc > 11 ? atoi(argv[10]) : 0, tb = argc > 11 ? atoi(argv[11]) : 0, only = argc > 12 ? atoi(argv[12]) : -1;
    const char *names[3] = {"numj-kernel", "numj", "numpy"};
    void *fn[3] = {NULL, NULL, NULL};
    if (numj_cpu && (only < 0 || only == 0)) {
        void *h = dlopen(numj_cpu, RTLD_NOW | RTLD_LOCAL);
        ((int32_t(*)(int32_t))must(h, "numj_gemm_mode", numj_cpu))(1);
        fn[0] = must(h, "numj_gemm", numj_cpu);
    }
    if (only < 0 || only == 1) {
        void *h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
        ((void (*)(int))must(h, "openblas_set_num_threads", argv[1]))(threads);
        fn[1] = must(h, f64 ? "cblas_dgemm" : "cblas_sgemm", argv[1]);
    }
    if (only < 0 || only == 2) {
        void *h = dlopen(argv[2], RTLD_NOW | RTLD_LOCAL);
        ((void (*)(int))must(h, "scipy_openblas_set_num_threads64_", argv[2]))(threads);
        fn[2] = must(h, f64 ? "scipy_cblas_dgemm64_" : "scipy_cblas_sgemm64_", argv[2]);
    }
    size_t item = f64 ? 8 : 4;
    int64_t lda = ta ? M : K, ldb = tb ? K : N;
    char *a = aligned_alloc(64, ((size_t)(M * K) * item + 63) / 64 * 64), *b = aligned_alloc(64, ((size_t)(K * N) * item + 63) / 64 * 64),
         *c = aligned_alloc(64, ((size_t)(M * N) * item + 63) / 64 * 64);
    double *ref = malloc((size_t)(M * N) * sizeof(double));
    for (int64_t i = 0; i < M * K; i++) f64 ? (((double *)a)[i] = (double)(i % 7) / 7 - 0.4) : (((float *)a)[i] = (float)(i % 7) / 7 - 0.4f);
    for (int64_t i = 0; i < K * N; i++) f64 ? (((double *)b)[i] = (double)(i % 5) / 5 - 0.3) : (((float *)b)[i] = (float)(i % 5) / 5 - 0.3f);
#define AT(i, p) (f64 ? ((double *)a)[ta ? (p) * lda + (i) : (i) * lda + (p)] : ((float *)a)[ta ? (p) * lda + (i) : (i) * lda + (p)])
#define BT(p, j) (f64 ? ((double *)b)[tb ? (j) * ldb + (p) : (p) * ldb + (j)] : ((float *)b)[tb ? (j) * ldb + (p) : (p) * ldb + (j)])
    for (int64_t i = 0; i < M; i++)
        for (int64_t j = 0; j < N; j++) {
            double s = 0;
            for (int64_t p = 0; p < K; p++) s += (double)AT(i, p) * (double)BT(p, j);
            ref[i * N + j] = s;
        }
    double flops = 2.0 * M * N * K;
    double per_round = 0.15 * 30e9 / flops + 1;  /* about 0.15 s a round at 30 GFLOP/s */
    int calls = per_round > 1e6 ? 1000000 : (int)per_round;
    double *t[3];
    for (int l = 0; l < 3; l++) t[l] = calloc(rounds, sizeof(double));
    for (int r = 0; r < rounds; r++) {
        for (int l = 0; l < 3; l++) {
            if (!fn[l]) continue;
            double t0 = now();
            for (int i = 0; i < calls; i++) call(l, fn[l], f64, ta, tb, M, N, K, a, lda, b, ldb, c);
            t[l][r] = (now() - t0) / calls;
            if (r == 0) {
                double err = 0;
                for (int64_t i = 0; i < M * N; i++) {
                    double e = fabs((f64 ? ((double *)c)[i] : ((float *)c)[i]) - ref[i]);
                    if (!(e <= err)) err = e;
                }
                printf("  %s: largest difference from a float64 reference %.3g\n", names[l], err);
            }
        }
    }
    for (int l = 0; l < 3; l++) {
        if (!fn[l]) continue;
        qsort(t[l], rounds, sizeof(double), cmp);
        printf("%-11s %s %lldx%lldx%lld%s%s, %d thread(s): best %.1f us, median %.1f us (%.1f GFLOP/s at best)\n", names[l],
               argv[4], (long long)M, (long long)K, (long long)N, ta ? " A^T" : "", tb ? " B^T" : "", threads, t[l][0] * 1e6,
               t[l][rounds / 2] * 1e6, flops / t[l][0] / 1e9);
    }
    return 0;
}
