/* Internal to NumJ's CPU library: a persistent pool of worker threads for kernels that split their work. */
#ifndef NUMJ_POOL_H
#define NUMJ_POOL_H

/* One part of a job: fn(arg, part) for part in [0, parts). */
typedef void (*numj_part_fn)(void *arg, int part);

/*
 * The threads a kernel may use: NUMJ_NUM_THREADS, else the online CPUs, from 1 to NUMJ_POOL_MAX.
 * Read once.
 */
int numj_pool_threads(void);

/*
 * Runs fn(arg, 0) ... fn(arg, parts - 1) and returns when all have finished: part 0 on the calling
 * thread, the others on the pool's workers (started once, at the first call, and kept: starting and
 * joining a thread per call cost 60-70 us on this project's VM, a tenth of an 8 MB gather). When the
 * pool is busy with another caller's job, or its threads could not be started, every part runs on
 * the calling thread, in order. parts must not exceed numj_pool_threads().
 */
void numj_parallel(int parts, numj_part_fn fn, void *arg);

#define NUMJ_POOL_MAX 8

#endif
