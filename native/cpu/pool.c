/*
 * numj_parallel: a fixed pool of worker threads (numj_pool_threads() - 1 of them, started at the first
 * call) that run the parts of one job at a time. A job is published under `m` with a new generation
 * number. NumJ's own kernels' parts go to whichever thread claims them first (`claim`: the job's
 * generation and its next unclaimed part in one word): the caller claims parts too, so a part whose
 * worker has no core at that moment (the JIT's compiler threads share the two cores in a JVM's first
 * seconds) or is still waking runs on the caller instead of being waited for; each finished part counts
 * itself off `pending` and the caller waits for `pending` to reach 0 only after the last part was
 * claimed. Results cannot depend on who ran a part: every part computes the same elements with the
 * same code, and a kernel combines the parts' results in part order after all are done. OpenBLAS's
 * parts (below) must all run at the same time, so there part i belongs to worker i and every worker
 * counts itself off. A worker that finishes spins briefly for the next job (kernels are often called
 * back to back) before it sleeps on the condition variable.
 *
 * OpenBLAS runs its threaded jobs here too (numj_blas_use_pool): with a pool of its own, its threads
 * spin-wait for the next gemm while NumJ's workers run the elementwise ops between them, two pools
 * fighting for two cores (the seeds' MLP step: 350-362 us best, 493-582 us median with both pools;
 * 283-286 / 374-382 us with NumJ's kernels on one thread, 2026-12-07).
 */
#include "numj_cpu.h"
#include "pool.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
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
static int job_claimed;                   /* 1: parts go to the first thread to claim them; 0: part i to worker i */
static atomic_int pending;
/* For a claimed job: (generation << 8) | the next unclaimed part (parts <= NUMJ_POOL_MAX < 256). */
static atomic_uint_fast64_t claim;

/* Claims the next part of the job of generation `gen`, or returns -1 when it has none left (or a newer job
 * replaced it: a late worker then does nothing). */
static int claim_part(uint_fast64_t gen, int parts) {
    uint_fast64_t v = atomic_load(&claim);
    for (;;) {
        if ((v >> 8) != (gen & (UINT64_MAX >> 8)) || (int)(v & 0xff) >= parts) return -1;
        if (atomic_compare_exchange_weak(&claim, &v, v + 1)) return (int)(v & 0xff);
    }
}

/* Counts a finished claimed part off; the last one wakes the caller if it sleeps. */
static void part_done(void) {
    if (atomic_fetch_sub(&pending, 1) == 1) {
        pthread_mutex_lock(&m);
        pthread_cond_signal(&done);
        pthread_mutex_unlock(&m);
    }
}

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* How long an idle worker yields its core, checking for the next job, before it sleeps. The seeds' MLP step
 * (UserBench mlp_b64/mlp_b256 float32, fresh JVMs, three runs each, 2026-12-07 17:43 UTC): steady median 441-583
 * and 1604-1738 us with 500 us, 565-904 and 1832-2371 us without (a worker woken from its condition variable
 * starts tens of microseconds late, and the MLP's products come a few hundred microseconds apart). */
#define YIELD_SPIN_NS 500000

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

/* Set on the pool's workers, and on a caller while its own part of a job runs: a BLAS job that starts
 * there cannot wait for the pool (numj_blas_threads). */
static _Thread_local int in_pool;

static void *worker(void *p) {
    const int id = (int)(intptr_t)p;
    uint_fast64_t seen = 0;
    in_pool = 1;
    for (;;) {
        /* spin a little for the next job, then yield the core for a while (a matrix product's next job
         * usually comes within a few hundred microseconds, after the elementwise ops between products, and a
         * sleeping worker takes tens of microseconds to wake), then sleep */
        for (int k = 0; k < 2000 && atomic_load(&generation) == seen; k++) cpu_relax();
        if (atomic_load(&generation) == seen) {
            const int64_t until = now_ns() + YIELD_SPIN_NS;
            while (atomic_load(&generation) == seen && now_ns() < until) sched_yield();
        }
        pthread_mutex_lock(&m);
        while (atomic_load(&generation) == seen) pthread_cond_wait(&wake, &m);
        seen = atomic_load(&generation);
        numj_part_fn fn = job_fn;
        void *arg = job_arg;
        int parts = job_parts;
        const int claimed = job_claimed;
        pthread_mutex_unlock(&m);
        if (claimed) {
            for (int i; (i = claim_part(seen, parts)) >= 0;) {
                fn(arg, i);
                part_done();
            }
            continue;
        }
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

/* Publishes a job of `parts` parts to the workers, runs part 0 (and, `claimed`, every part no worker
 * claimed first) and waits for the others. The caller holds `submit` and there are at least parts - 1
 * workers. */
static void run_job(int parts, numj_part_fn fn, void *arg, int claimed) {
    pthread_mutex_lock(&m);
    job_fn = fn;
    job_arg = arg;
    job_parts = parts;
    job_claimed = claimed;
    atomic_store(&pending, claimed ? parts : workers);
    const uint_fast64_t gen = atomic_load(&generation) + 1;
    if (claimed) atomic_store(&claim, gen << 8);
    atomic_store(&generation, gen);
    pthread_cond_broadcast(&wake);
    pthread_mutex_unlock(&m);
    const int was = in_pool;
    in_pool = 1;
    if (claimed) {
        for (int i; (i = claim_part(gen, parts)) >= 0;) {
            fn(arg, i);
            atomic_fetch_sub(&pending, 1);
        }
    } else {
        fn(arg, 0);
    }
    in_pool = was;
    for (int k = 0; k < 20000 && atomic_load(&pending) > 0; k++) cpu_relax();
    if (atomic_load(&pending) > 0) {
        pthread_mutex_lock(&m);
        while (atomic_load(&pending) > 0) pthread_cond_wait(&done, &m);
        pthread_mutex_unlock(&m);
    }
}

void numj_parallel(int parts, numj_part_fn fn, void *arg) {
    if (parts > 1) pthread_once(&started, start_workers);
    if (parts <= 1 || workers + 1 < parts || pthread_mutex_trylock(&submit) != 0) {
        for (int i = 0; i < parts; i++) fn(arg, i);
        return;
    }
    run_job(parts, fn, arg, 1);
    pthread_mutex_unlock(&submit);
}

/* ---- OpenBLAS's jobs on this pool ----------------------------------------------------------------- */

/*
 * OpenBLAS hands a threaded job to numj_blas_threads as `numjobs` parts; part i must run as dojob(slot,
 * jobdata + i * elsize, dojob_data) with every part running at the same time (a gemm's parts wait for one
 * another's packed panels). dojob (OpenBLAS's exec_threads) uses `slot` to index its per-thread arrays
 * (thread_status, blas_thread_buffer: MAX_CPU_NUMBER entries, "MAX_THREADS" in openblas_get_config()). Its
 * own server threads, which some routines still use (exec_blas_async: the parallel LU of dgesv and dgetrf),
 * own the slots below the thread count, so NumJ's parts take slots from [first, limit) above them, and
 * two jobs running at once (from two Java threads) never share a slot: a slot's buffer is one part's scratch.
 */
static pthread_mutex_t slot_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t slot_freed = PTHREAD_COND_INITIALIZER;
static int slot_first, slot_limit;
static unsigned char slot_used[1024];

static void claim_slots(int n, int *out) {
    pthread_mutex_lock(&slot_lock);
    for (;;) {
        int free_slots = 0;
        for (int s = slot_first; s < slot_limit; s++) free_slots += !slot_used[s];
        if (free_slots >= n) break;
        pthread_cond_wait(&slot_freed, &slot_lock);
    }
    for (int s = slot_first, k = 0; k < n; s++)
        if (!slot_used[s]) {
            slot_used[s] = 1;
            out[k++] = s;
        }
    pthread_mutex_unlock(&slot_lock);
}

static void release_slots(int n, const int *slots) {
    pthread_mutex_lock(&slot_lock);
    for (int k = 0; k < n; k++) slot_used[slots[k]] = 0;
    pthread_cond_broadcast(&slot_freed);
    pthread_mutex_unlock(&slot_lock);
}

struct blas_job {
    numj_blas_dojob dojob;
    char *data;
    size_t elsize;
    int dojob_data;
    const int *slots;
};

static void blas_part(void *arg, int i) {
    const struct blas_job *j = (const struct blas_job *)arg;
    j->dojob(j->slots[i], j->data + (size_t)i * j->elsize, j->dojob_data);
}

struct blas_extra {
    struct blas_job *job;
    int part;
};

static void *blas_extra_run(void *p) {
    const struct blas_extra *e = (const struct blas_extra *)p;
    blas_part(e->job, e->part);
    return NULL;
}

/* Every part at once, parts 1.. on threads of their own: for a job the pool cannot take (it is busy with
 * another caller's job, or the job starts from inside the pool). Slower by a thread start per part. */
static void blas_on_new_threads(int parts, struct blas_job *j) {
    pthread_t *t = malloc(sizeof(pthread_t) * (size_t)parts);
    struct blas_extra *e = malloc(sizeof(struct blas_extra) * (size_t)parts);
    int started_parts = 1;
    for (int i = 1; t && e && i < parts; i++) {
        e[i] = (struct blas_extra){j, i};
        if (pthread_create(&t[i], NULL, blas_extra_run, &e[i]) != 0) break;
        started_parts = i + 1;
    }
    blas_part(j, 0);
    /* Parts no thread could be started for (the system refused one) run here, after part 0: the only
     * way left, though a gemm's parts wait for one another's panels and such a job may then not end. */
    for (int i = started_parts; i < parts; i++) blas_part(j, i);
    for (int i = 1; i < started_parts; i++) pthread_join(t[i], NULL);
    free(t);
    free(e);
}

void numj_blas_threads(int sync, numj_blas_dojob dojob, int numjobs, size_t jobdata_elsize, void *jobdata,
                       int dojob_data) {
    (void)sync;   /* OpenBLAS passes 1: every part is done when this returns, as here always */
    if (numjobs <= 0) return;
    int slots[1024];
    if (numjobs > slot_limit - slot_first) {
        /* cannot happen: OpenBLAS splits into at most its thread count, which numj_blas_use_pool checked */
        fprintf(stderr, "numj_blas_threads: OpenBLAS asked for %d parts, more than the %d slots NumJ set aside\n", numjobs,
                slot_limit - slot_first);
        abort();
    }
    claim_slots(numjobs, slots);
    struct blas_job j = {dojob, (char *)jobdata, jobdata_elsize, dojob_data, slots};
    if (numjobs == 1) {
        blas_part(&j, 0);
    } else {
        pthread_once(&started, start_workers);
        /* never one part after another on this thread, as numj_parallel does when the pool is busy */
        if (in_pool || workers + 1 < numjobs || pthread_mutex_trylock(&submit) != 0) {
            blas_on_new_threads(numjobs, &j);
        } else {
            run_job(numjobs, blas_part, &j, 0);
            pthread_mutex_unlock(&submit);
        }
    }
    release_slots(numjobs, slots);
}

int32_t numj_blas_use_pool(void *set_threads_callback, void *get_config, void *get_num_threads, void *set_num_threads,
                           int32_t keep_thread_count) {
    if (!set_threads_callback || !get_config || !get_num_threads) return 0;
    const char *config = ((const char *(*)(void))get_config)();
    const char *max = config ? strstr(config, "MAX_THREADS=") : NULL;
    const int limit = max ? atoi(max + strlen("MAX_THREADS=")) : 0;
    int threads = ((int (*)(void))get_num_threads)();
    /* the parts take slots [threads, limit): room for a whole job is needed, and the slot table holds 1024 */
    if (threads < 1 || limit > (int)sizeof slot_used || limit - threads < threads) return 0;
    slot_first = threads;
    slot_limit = limit;
    ((void (*)(numj_blas_threads_fn))set_threads_callback)(numj_blas_threads);
    /* one pool, one thread count: fewer OpenBLAS threads than its slots keeps every job's parts in range */
    const int pool = numj_pool_threads();
    if (!keep_thread_count && set_num_threads && pool < threads) {
        ((void (*)(int))set_num_threads)(pool);
        threads = pool;
    }
    return threads;
}
