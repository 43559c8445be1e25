/*
 * ns/element of numj_unary's exp, log, log1p, expm1, tanh, sigmoid, sin and cos on 1e6 contiguous elements
 * (best and median of 25 runs), for the libnumj_cpu.so named on the command line (compare two builds, or one
 * under NUMJ_SIMD=off). A diagnostic, not part of the build:
 *   cc -O2 native/cpu/tests/simd_math_bench.c -ldl -o /tmp/simd_bench
 *   /tmp/simd_bench build/native/stage/dev/numj/natives/linux-x86_64/libnumj_cpu.so
 */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef int32_t (*unary_fn)(int32_t, int32_t, int32_t, int32_t, const int64_t *, const void *, const int64_t *,
                            void *, const int64_t *, const double *);

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: %s libnumj_cpu.so\n", argv[0]); return 2; }
    void *h = dlopen(argv[1], RTLD_NOW);
    if (!h) { fprintf(stderr, "%s\n", dlerror()); return 2; }
    unary_fn un = (unary_fn)dlsym(h, "numj_unary");
    /* op codes (numj_ops.def) and input ranges */
    static const struct { const char *name; int op; double lo, hi; } OPS[] = {
        {"exp", 5, -5, 5}, {"log", 6, 0.01, 100}, {"log1p", 7, -0.5, 10}, {"expm1", 8, -5, 5},
        {"tanh", 9, -5, 5}, {"sigmoid", 10, -6, 6}, {"sin", 12, -10, 10}, {"cos", 13, -10, 10}};
    enum { N = 1000000, REPS = 25 };
    float *af = malloc(N * sizeof(float)), *of = malloc(N * sizeof(float));
    double *ad = malloc(N * sizeof(double)), *od = malloc(N * sizeof(double));
    int64_t shape[1] = {N};
    printf("%-8s %-7s %9s %9s\n", "op", "dtype", "best ns", "median");
    for (size_t k = 0; k < sizeof OPS / sizeof OPS[0]; k++)
        for (int dt = 3; dt <= 4; dt++) {
            srand(1);
            for (int i = 0; i < N; i++) {
                double u = OPS[k].lo + (OPS[k].hi - OPS[k].lo) * rand() / (double)RAND_MAX;
                af[i] = (float)u;
                ad[i] = u;
            }
            int64_t st[1] = {dt == 3 ? 4 : 8};
            double t[REPS];
            for (int r = 0; r < REPS; r++) {
                double t0 = now();
                int rc = un(OPS[k].op, dt, dt, 1, shape, dt == 3 ? (void *)af : (void *)ad, st,
                            dt == 3 ? (void *)of : (void *)od, st, NULL);
                t[r] = (now() - t0) * 1e9 / N;
                if (rc) { fprintf(stderr, "rc %d\n", rc); return 1; }
            }
            qsort(t, REPS, sizeof t[0], cmp);
            printf("%-8s %-7s %9.3f %9.3f\n", OPS[k].name, dt == 3 ? "float32" : "float64", t[0], t[REPS / 2]);
        }
    return 0;
}
