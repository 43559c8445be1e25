/* Internal to NumJ's CPU library: a persistent pool of worker threads for kernels that split their work. */
#ifndef NUMJ_POOL_H
#define NUMJ_POOL_H

#include <stddef.h>
#include <stdint.h>

/* One part of a job: fn(arg, part) for part in [0, parts). */
typedef void (*numj_part_fn)(void *arg, int part);

/*
 * The threads a kernel may use: NUMJ_NUM_THREADS, else the online CPUs, from 1 to NUMJ_POOL_MAX.
 * Read once.
 */
int numj_pool_threads(void);

/*
 * Runs fn(arg, 0) ... fn(arg, parts - 1) and returns when all have finished: each part on whichever of the
 * calling thread and the pool's workers claims it first (the workers are started once, at the first call,
 * and kept: starting and joining a thread per call cost 60-70 us on this project's VM, a tenth of an 8 MB
 * gather). When the
 * pool is busy with another caller's job, or its threads could not be started, every part runs on
 * the calling thread, in order. parts must not exceed numj_pool_threads().
 */
void numj_parallel(int parts, numj_part_fn fn, void *arg);

#define NUMJ_POOL_MAX 8

/* ---- OpenBLAS's threads (pool.c; numj_blas_load calls numj_blas_use_pool) ------------------------
 * numj_blas_use_pool: given OpenBLAS's openblas_set_threads_callback_function (OpenBLAS >= 0.3.27),
 * openblas_get_config, openblas_get_num_threads and openblas_set_num_threads, makes OpenBLAS run its threaded
 * jobs on NumJ's worker pool (numj_blas_threads) instead of a pool of its own; call it once, before any other
 * OpenBLAS call. The jobs' parts use OpenBLAS's per-thread slots above its own threads' (up to its MAX_THREADS),
 * so it needs MAX_THREADS at least twice the thread count. Unless keep_thread_count, OpenBLAS then uses no more
 * threads than the pool (numj_pool_threads). Returns OpenBLAS's thread count, or 0 (nothing done).
 * numj_blas_threads: the callback (OpenBLAS's openblas_threads_callback): runs every part of a job at the
 * same time, dojob(slot, jobdata + i * jobdata_elsize, dojob_data) for part i, and returns when all are done. */
typedef void (*numj_blas_dojob)(int thread_num, void *jobdata, int dojob_data);
typedef void (*numj_blas_threads_fn)(int sync, numj_blas_dojob dojob, int numjobs, size_t jobdata_elsize,
                                     void *jobdata, int dojob_data);
int32_t numj_blas_use_pool(void *set_threads_callback, void *get_config, void *get_num_threads, void *set_num_threads,
                           int32_t keep_thread_count);
void numj_blas_threads(int sync, numj_blas_dojob dojob, int numjobs, size_t jobdata_elsize, void *jobdata,
                       int dojob_data);

#endif
