/*
 * A driver for the split element-wise walk (iter.c) and the split reductions (reduce.c): prints one
 * line per case with a hash of the result's bytes, so two runs under different thread counts can be
 * diffed (the results must be bit-identical), and with `hammer` runs every case from several threads
 * at once (ThreadSanitizer; each caller checks its hashes against a run of its own on one thread).
 * Not part of the library or the build; run it by hand (docs/reliability.md, "Threads"):
 *   cmake -S . -B build/tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNUMJ_CUDA=OFF -DNUMJ_SANITIZE=thread \
 *         "-DCMAKE_C_FLAGS=-DNUMJ_NO_CLONES -DNUMJ_PARALLEL_MIN=1000"
 *   cmake --build build/tsan -j2
 *   cc -std=c11 -O1 -g -fsanitize=thread -Inative/include native/cpu/tests/tsan_iterate.c \
 *      -Lbuild/tsan/stage/dev/numj/natives/linux-x86_64 -lnumj_cpu -lpthread -o build/tsan/tsan_iterate
 *   export LD_LIBRARY_PATH=build/tsan/stage/dev/numj/natives/linux-x86_64 TSAN_OPTIONS=halt_on_error=1
 *   NUMJ_NUM_THREADS=1 build/tsan/tsan_iterate > one.txt; NUMJ_NUM_THREADS=4 build/tsan/tsan_iterate > four.txt
 *   cmp one.txt four.txt && NUMJ_NUM_THREADS=2 build/tsan/tsan_iterate hammer
 * Cases: add/exp/cast/where over contiguous, strided, broadcast and negative-stride operands, in
 * place (out == a) and on overlapping views (must stay on one thread); sum/max/min/argmax/argmin/
 * prod/any/count_nonzero over whole runs (contiguous and strided, with NaN and signed zeros) and
 * over either axis of a matrix.
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#include "numj_cpu.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { R = 300, C = 1000, N = R * C, CALLERS = 3 };

static double *src64;   /* N + 64 doubles, read-only once set up */
static float *src32;
static double *z64;      /* -|src| with zeros of both signs: max is a zero */
static float *z32;
static int64_t *srci;

static uint64_t fnv(const void *p, size_t n, uint64_t h) {
    const unsigned char *b = (const unsigned char *)p;
    for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 1099511628211ull;
    return h;
}

/* Runs every case; hashes[k] gets case k's hash; prints them when `print`. Returns the case count. */
static int run_cases(uint64_t *hashes, int print) {
    int k = 0;
    double *o = numj_malloc((N + 64) * 8), *w = numj_malloc((N + 64) * 8);
    float *o32 = numj_malloc((N + 64) * 4);
    char *b = numj_malloc(N + 64);
    int64_t sh1[1] = {N}, s8[1] = {8}, s4[1] = {4}, s1[1] = {1};
#define EMIT(NAME, PTR, BYTES) do {                                                              \
        hashes[k] = fnv(PTR, BYTES, 14695981039346656037ull);                                     \
        if (print) printf("%-28s %016llx\n", NAME, (unsigned long long)hashes[k]);               \
        k++;                                                                                      \
    } while (0)
    /* element-wise, 1-D */
    numj_binary(NUMJ_ADD, NUMJ_FLOAT64, 1, sh1, src64, s8, src64 + 7, s8, o, s8);
    EMIT("add f64 contiguous", o, N * 8);
    numj_binary(NUMJ_ADD, NUMJ_FLOAT32, 1, sh1, src32, s4, src32 + 3, s4, o32, s4);
    EMIT("add f32 contiguous", o32, N * 4);
    int64_t half[1] = {N / 2}, s16[1] = {16}, sneg[1] = {-8};
    numj_binary(NUMJ_MUL, NUMJ_FLOAT64, 1, half, src64, s16, src64 + N - 1, sneg, o, s8);
    EMIT("mul f64 strided/negative", o, N / 2 * 8);
    numj_unary(NUMJ_EXP, NUMJ_FLOAT64, NUMJ_FLOAT64, 1, sh1, src64, s8, o, s8, NULL);
    EMIT("exp f64", o, N * 8);
    numj_unary(NUMJ_EXP, NUMJ_FLOAT32, NUMJ_FLOAT32, 1, sh1, src32, s4, o32, s4, NULL);
    EMIT("exp f32", o32, N * 4);
    numj_cast(NUMJ_FLOAT64, NUMJ_FLOAT32, 1, sh1, src64, s8, o32, s4);
    EMIT("cast f64->f32", o32, N * 4);
    numj_binary(NUMJ_GT, NUMJ_FLOAT64, 1, sh1, src64, s8, src64 + 1, s8, b, s1);
    EMIT("gt f64 -> bool", b, N);
    numj_where(NUMJ_FLOAT64, 1, sh1, b, s1, src64, s8, src64 + 5, s8, o, s8);
    EMIT("where f64", o, N * 8);
    /* in place: o = src; o += src (out is exactly an input) */
    memcpy(w, src64, N * 8);
    numj_binary(NUMJ_ADD, NUMJ_FLOAT64, 1, sh1, w, s8, src64 + 2, s8, w, s8);
    EMIT("iadd f64", w, N * 8);
    /* overlapping views: w[1:] = w[:-1] + 1 reads what the walk writes; one thread, in order */
    memcpy(w, src64, (N + 1) * 8);
    double one = 1.0;
    int64_t s0[1] = {0};
    numj_binary(NUMJ_ADD, NUMJ_FLOAT64, 1, sh1, w, s8, &one, s0, w + 1, s8);
    EMIT("overlap f64", w, (N + 1) * 8);
    /* 2-D: broadcast a row and a column, a transposed output */
    int64_t sh2[2] = {R, C}, rowb[2] = {0, 8}, colb[2] = {8, 0}, tr[2] = {8, R * 8}, cc[2] = {C * 8, 8};
    numj_binary(NUMJ_SUB, NUMJ_FLOAT64, 2, sh2, src64, rowb, src64 + 3, colb, o, tr);
    EMIT("sub f64 broadcast->T", o, N * 8);
    numj_binary(NUMJ_MAXIMUM, NUMJ_FLOAT64, 2, sh2, src64, cc, src64 + 11, tr, o, cc);
    EMIT("maximum f64 mixed order", o, N * 8);
    /* reductions over a whole run */
    static const int32_t ops[] = {NUMJ_RSUM, NUMJ_RMAX, NUMJ_RMIN, NUMJ_RARGMAX, NUMJ_RARGMIN, NUMJ_RANY,
                                  NUMJ_RCOUNT_NONZERO};
    static const char *names[] = {"sum", "max", "min", "argmax", "argmin", "any", "count_nonzero"};
    for (unsigned i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        int32_t odt64 = ops[i] == NUMJ_RARGMAX || ops[i] == NUMJ_RARGMIN || ops[i] == NUMJ_RCOUNT_NONZERO ? NUMJ_INT64
                      : ops[i] == NUMJ_RANY ? NUMJ_BOOL : NUMJ_FLOAT64;
        int32_t odt32 = odt64 == NUMJ_FLOAT64 ? NUMJ_FLOAT32 : odt64;
        char name[64];
        unsigned char r[8];
        for (int v = 0; v < 4; v++) {   /* contiguous; strided; with a NaN late; tail and signed zeros */
            int64_t n[1] = {v == 1 ? N / 3 : N}, st64[1] = {v == 1 ? 24 : 8};
            const double *p = v == 2 ? src64 + 64 : v == 3 ? z64 : src64;
            memset(r, 0, 8);
            numj_reduce(ops[i], NUMJ_FLOAT64, odt64, 1, n, p, st64, r, s0);
            snprintf(name, sizeof name, "%s f64 run %d", names[i], v);
            EMIT(name, r, 8);
            int64_t st32[1] = {v == 1 ? 12 : 4};
            const float *q = v == 2 ? src32 + 64 : v == 3 ? z32 : src32;
            memset(r, 0, 8);
            numj_reduce(ops[i], NUMJ_FLOAT32, odt32, 1, n, q, st32, r, s0);
            snprintf(name, sizeof name, "%s f32 run %d", names[i], v);
            EMIT(name, r, 8);
        }
        /* matrix, each axis */
        if (odt64 == NUMJ_INT64 && ops[i] == NUMJ_RCOUNT_NONZERO) continue;
        int64_t out0[2] = {0, 8}, out1[2] = {8, 0};
        memset(o, 0, N * 8);
        if (ops[i] != NUMJ_RARGMAX && ops[i] != NUMJ_RARGMIN) {
            numj_reduce(ops[i], NUMJ_FLOAT64, odt64, 2, sh2, src64, cc, o, out0);
            snprintf(name, sizeof name, "%s f64 axis 0", names[i]);
            EMIT(name, o, C * 8);
        }
        memset(o, 0, N * 8);
        numj_reduce(ops[i], NUMJ_FLOAT64, odt64, 2, sh2, src64, cc, o, out1);
        snprintf(name, sizeof name, "%s f64 axis 1", names[i]);
        EMIT(name, o, R * 8);
        int64_t sh2t[2] = {C, R}, ct[2] = {8, C * 8};   /* the transposed matrix, reduced along its rows */
        memset(o, 0, N * 8);
        numj_reduce(ops[i], NUMJ_FLOAT64, odt64, 2, sh2t, src64, ct, o, out1);
        snprintf(name, sizeof name, "%s f64 T axis 1", names[i]);
        EMIT(name, o, C * 8);
    }
    int64_t ri[8] = {0};
    numj_reduce(NUMJ_RSUM, NUMJ_INT64, NUMJ_INT64, 1, sh1, srci, s8, ri, s0);
    numj_reduce(NUMJ_RPROD, NUMJ_INT64, NUMJ_INT64, 1, sh1, srci, s8, ri + 1, s0);
    numj_reduce(NUMJ_RMAX, NUMJ_INT64, NUMJ_INT64, 1, sh1, srci, s8, ri + 2, s0);
    numj_reduce(NUMJ_RARGMIN, NUMJ_INT64, NUMJ_INT64, 1, sh1, srci, s8, ri + 3, s0);
    EMIT("int64 sum/prod/max/argmin", ri, 4 * 8);
    numj_free(o); numj_free(w); numj_free(o32); numj_free(b);
    return k;
}

static uint64_t alone[256];
static int failures;
static pthread_mutex_t fail_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t go;

static void *caller(void *arg) {
    (void)arg;
    uint64_t mine[256];
    pthread_barrier_wait(&go);
    for (int round = 0; round < 3; round++) {
        int n = run_cases(mine, 0);
        for (int i = 0; i < n; i++)
            if (mine[i] != alone[i]) {
                pthread_mutex_lock(&fail_lock);
                failures++;
                pthread_mutex_unlock(&fail_lock);
            }
    }
    return NULL;
}

int main(int argc, char **argv) {
    src64 = numj_malloc((N + 64) * 8);
    src32 = numj_malloc((N + 64) * 4);
    srci = numj_malloc((N + 64) * 8);
    z64 = numj_malloc((N + 64) * 8);
    z32 = numj_malloc((N + 64) * 4);
    uint64_t x = 12345;
    for (int i = 0; i < N + 64; i++) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        double v = (double)(x >> 11) / 9007199254740992.0 * 4 - 2;
        src64[i] = v;
        src32[i] = (float)v;
        srci[i] = (int64_t)(x >> 20) | 1;
        z64[i] = -fabs(v);
        z32[i] = -fabsf((float)v);
    }
    for (int i = 100; i < N; i += N / 7) { z64[i] = 0.0; z32[i] = 0.0f; z64[i + 50] = -0.0; z32[i + 50] = -0.0f; }
    /* run variant 2 reads from +64 (a NaN late on, a repeated max), variant 3 from z64/z32 */
    src64[N - 10] = NAN; src32[N - 10] = NAN;
    src64[N / 2] = 7.0; src32[N / 2] = 7.0f; src64[N / 2 + 1] = 7.0; src32[N / 2 + 1] = 7.0f;
    if (argc > 1 && strcmp(argv[1], "hammer") == 0) {
        run_cases(alone, 0);
        pthread_t t[CALLERS];
        pthread_barrier_init(&go, NULL, CALLERS);
        for (int i = 0; i < CALLERS; i++) pthread_create(&t[i], NULL, caller, NULL);
        for (int i = 0; i < CALLERS; i++) pthread_join(t[i], NULL);
        printf("%s: %d callers x 3 rounds, %d mismatches\n", failures ? "FAIL" : "ok", CALLERS, failures);
        return failures != 0;
    }
    run_cases(alone, 1);
    return 0;
}
