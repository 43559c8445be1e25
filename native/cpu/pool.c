/*
 * numj_parallel: a fixed pool of worker threads (numj_pool_threads() - 1 of them, started at the first
 * call) that run the parts of one job at a time. A job is published under `m` with a new generation
 * number; each worker runs its part (if the job has one for it) and counts itself off `pending`;
 * the caller runs part 0 and waits for `pending` to reach 0. A worker that finishes spins briefly for
 * the next job (kernels are often called back to back) before it sleeps on the condition variable.
 */
#include "pool.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

static pthread_mutex_t submit = PTHREAD_MUTEX_INITIALIZER;   /* one job at a time */
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER, done = PTHREAD_COND_INITIALIZER;
static pthread_once_t started = PTHREAD_ONCE_INIT;
static int workers;                       /* running workers (ids 1..workers) */
static atomic_uint_fast64_t generation;   /* written under m */
static numj_part_fn job_fn;
static void *job_arg;
static int job_parts;
static atomic_int pending;

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

int numj_pool_threads(void) {
    /* Callers on several threads may all find it unset and each work it out (the same value): an atomic,
     * since a plain int here was a data race (ThreadSanitizer, native/cpu/tests/tsan_gather.c). */
    static atomic_int n;
    int threads = atomic_load_explicit(&n, memory_order_relaxed);
    if (threads == 0) {
        const char *e = getenv("NUMJ_NUM_THREADS");
        long v = e && *e ? strtol(e, NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);
        threads = v < 1 ? 1 : v > NUMJ_POOL_MAX ? NUMJ_POOL_MAX : (int)v;
        atomic_store_explicit(&n, threads, memory_order_relaxed);
    }
    return threads;
}

static void *worker(void *p) {
    const int id = (int)(intptr_t)p;
    uint_fast64_t seen = 0;
    for (;;) {
        /* spin a little for the next job, then sleep */
        for (int k = 0; k < 2000 && atomic_load(&generation) == seen; k++) cpu_relax();
        pthread_mutex_lock(&m);
        while (atomic_load(&generation) == seen) pthread_cond_wait(&wake, &m);
        seen = atomic_load(&generation);
        numj_part_fn fn = job_fn;
        void *arg = job_arg;
        int parts = job_parts;
        pthread_mutex_unlock(&m);
        if (id < parts) fn(arg, id);
        if (atomic_fetch_sub(&pending, 1) == 1) {
            pthread_mutex_lock(&m);
            pthread_cond_signal(&done);
            pthread_mutex_unlock(&m);
        }
    }
    return NULL;
}

static void start_workers(void) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, (size_t)256 << 10);
    int want = numj_pool_threads() - 1;
    for (int i = 1; i <= want; i++) {
        pthread_t t;
        if (pthread_create(&t, &attr, worker, (void *)(intptr_t)i) != 0) break;
        workers = i;
    }
    pthread_attr_destroy(&attr);
}

void numj_parallel(int parts, numj_part_fn fn, void *arg) {
    if (parts > 1) pthread_once(&started, start_workers);
    if (parts <= 1 || workers + 1 < parts || pthread_mutex_trylock(&submit) != 0) {
        for (int i = 0; i < parts; i++) fn(arg, i);
        return;
    }
    pthread_mutex_lock(&m);
    job_fn = fn;
    job_arg = arg;
    job_parts = parts;
    atomic_store(&pending, workers);
    atomic_fetch_add(&generation, 1);
    pthread_cond_broadcast(&wake);
    pthread_mutex_unlock(&m);
    fn(arg, 0);
    for (int k = 0; k < 20000 && atomic_load(&pending) > 0; k++) cpu_relax();
    if (atomic_load(&pending) > 0) {
        pthread_mutex_lock(&m);
        while (atomic_load(&pending) > 0) pthread_cond_wait(&done, &m);
        pthread_mutex_unlock(&m);
    }
    pthread_mutex_unlock(&submit);
}
