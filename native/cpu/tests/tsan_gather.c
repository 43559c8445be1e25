/*
 * A ThreadSanitizer driver for the threaded native paths: the worker pool (pool.c) and the threaded
 * gathers (gather.c, 1 MiB and more along the first axis). Not part of the library or the build; run it
 * by hand (docs/reliability.md, "Threads"):
 *   cmake -S . -B build/tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNUMJ_CUDA=OFF -DNUMJ_SANITIZE=thread \
 *         -DCMAKE_C_FLAGS=-DNUMJ_NO_CLONES
 *   cmake --build build/tsan -j2
 *   cc -std=c11 -O1 -g -fsanitize=thread -Inative/include native/cpu/tests/tsan_gather.c \
 *      -Lbuild/tsan/stage/dev/numj/natives/linux-x86_64 -lnumj_cpu -lpthread -o build/tsan/tsan_gather
 *   NUMJ_NUM_THREADS=4 LD_LIBRARY_PATH=build/tsan/stage/dev/numj/natives/linux-x86_64 \
 *      TSAN_OPTIONS=halt_on_error=1 build/tsan/tsan_gather
 * Several callers start at once (the pool's first use races with itself), each runs gathers of 8 MiB
 * (numj_gather and numj_gather_index, split over the pool when it is free, on the caller when another
 * caller holds it) and small ones, from one shared source into its own destination (from numj_malloc,
 * freed and taken again every few rounds: alloc.c's shared block cache), and checks every element.
 */
#define _DEFAULT_SOURCE
#include "numj_cpu.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

enum { CALLERS = 4, ROUNDS = 20, N = 1 << 20 };   /* N float64: 8 MiB */

static double *src;
static pthread_barrier_t go;
static int failures;   /* written under fail_lock */
static pthread_mutex_t fail_lock = PTHREAD_MUTEX_INITIALIZER;

static void fail(const char *what, int caller, int64_t i) {
    pthread_mutex_lock(&fail_lock);
    if (failures++ < 10) fprintf(stderr, "caller %d: %s wrong at %lld\n", caller, what, (long long)i);
    pthread_mutex_unlock(&fail_lock);
}

static void *caller(void *p) {
    const int c = (int)(intptr_t)p;
    double *dst = NULL;
    int64_t *offsets = malloc((size_t)N * sizeof(int64_t));
    int64_t *idx = malloc((size_t)N * sizeof(int64_t));
    for (int64_t j = 0; j < N; j++) {   /* a permutation of the source, different per caller */
        int64_t k = (j * 7919 + c * 104729) % N;
        offsets[j] = k * (int64_t)sizeof(double);
        idx[j] = k;
    }
    const int64_t strides[1] = {sizeof(double)};
    pthread_barrier_wait(&go);
    for (int r = 0; r < ROUNDS; r++) {
        if (r % 5 == 0) {   /* alloc.c's block cache, shared by the callers */
            numj_free(dst);
            dst = numj_malloc((int64_t)N * (int64_t)sizeof(double));
        }
        int64_t n = r % 3 == 2 ? 1000 : N;   /* a small one now and then: the one-thread path */
        const int64_t sh[1] = {n};
        int32_t st = r % 2 ? numj_gather(NUMJ_FLOAT64, 1, sh, 0, offsets, src, strides, dst, strides)
                           : numj_gather_index(NUMJ_FLOAT64, 1, sh, 0, NUMJ_INT64, idx, N, sizeof(double), src,
                                               strides, dst, strides, (int64_t[2]){0, 0});
        if (st != NUMJ_OK) fail("status", c, st);
        for (int64_t j = 0; j < n; j++)
            if (dst[j] != (double)idx[j]) { fail(r % 2 ? "numj_gather" : "numj_gather_index", c, j); break; }
    }
    numj_free(dst);
    free(offsets);
    free(idx);
    return NULL;
}

int main(void) {
    src = malloc((size_t)N * sizeof(double));
    for (int64_t i = 0; i < N; i++) src[i] = (double)i;
    pthread_barrier_init(&go, NULL, CALLERS);
    pthread_t t[CALLERS];
    for (int c = 0; c < CALLERS; c++) pthread_create(&t[c], NULL, caller, (void *)(intptr_t)c);
    for (int c = 0; c < CALLERS; c++) pthread_join(t[c], NULL);
    free(src);
    printf("tsan_gather: %d callers x %d gathers of %d float64: %s\n", CALLERS, ROUNDS, N,
           failures ? "WRONG RESULTS" : "all correct");
    return failures != 0;
}
