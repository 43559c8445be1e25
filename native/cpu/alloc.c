/*
 * numj_malloc / numj_free. Small blocks come from the C heap. Blocks of 256 KiB and more are mmapped
 * in size classes (four per power of two, so at most 25 % is rounded off) and, once freed, kept in a
 * cache bounded in bytes and handed out again for the same class, already faulted in: Java frees
 * arrays in batches after a collection, and the next arrays of the same shape reuse that memory
 * (malloc would give blocks this size back to the kernel and fault them in again on every call).
 * Blocks of 64 MiB and more are 2 MiB-aligned with MADV_HUGEPAGE, as NumPy does for big arrays: a
 * fresh 1 GiB array then costs 512 page faults instead of 262,144. Smaller blocks keep 4 KiB pages:
 * they are recycled through the cache, and on this project's VM a never-touched huge page costs
 * about 4.6 times as much to fault in as the same bytes of small pages (docs/performance.md).
 * NUMJ_HUGEPAGES=1 asks for huge pages on every cached block, =0 on none.
 */
#define _GNU_SOURCE
#include "numj_cpu.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define HEADER 64                       /* keeps the user pointer 64-byte aligned */
#define LARGE ((size_t)256 << 10)
#define HUGE_MIN ((size_t)64 << 20)
#define HUGE_PAGE ((size_t)2 << 20)
#define CACHE_SLOTS 512
#define MAGIC_SMALL 0x4e554d4a534d4c4cULL
#define MAGIC_LARGE 0x4e554d4a4c524745ULL

typedef struct { uint64_t magic; size_t mapped; } header;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static void *cache_block[CACHE_SLOTS];
static size_t cache_size[CACHE_SLOTS];
static size_t cache_bytes;
static size_t cache_limit = (size_t)512 << 20;

static void *cache_take(size_t mapped) {
    void *p = NULL;
    pthread_mutex_lock(&lock);
    for (int i = 0; i < CACHE_SLOTS; i++) {
        if (cache_block[i] && cache_size[i] == mapped) {
            p = cache_block[i];
            cache_block[i] = NULL;
            cache_bytes -= mapped;
            break;
        }
    }
    pthread_mutex_unlock(&lock);
    return p;
}

/* Returns 1 when the block was cached, 0 when the caller must unmap it. */
static int cache_put(void *p, size_t mapped) {
    int kept = 0;
    pthread_mutex_lock(&lock);
    if (cache_bytes + mapped <= cache_limit) {
        for (int i = 0; i < CACHE_SLOTS; i++) {
            if (!cache_block[i]) {
                cache_block[i] = p;
                cache_size[i] = mapped;
                cache_bytes += mapped;
                kept = 1;
                break;
            }
        }
    }
    pthread_mutex_unlock(&lock);
    return kept;
}

/* Huge pages for a block of `mapped` bytes: NUMJ_HUGEPAGES=1 always, =0 never, else from HUGE_MIN. */
static int use_huge_pages(size_t mapped) {
    static int v = -1;
    if (v < 0) { const char *e = getenv("NUMJ_HUGEPAGES"); v = !e || !e[0] ? 2 : e[0] == '1'; }
    return v == 2 ? mapped >= HUGE_MIN : v;
}

/* The size class of a block: four steps per power of two (1, 1.25, 1.5, 1.75 times 2^k), page-aligned. */
static size_t size_class(size_t want) {
    size_t pow = (size_t)1 << (63 - __builtin_clzll((unsigned long long)want));
    size_t step = pow / 4;
    size_t c = (want + step - 1) / step * step;
    return (c + 4095) & ~(size_t)4095;
}

static void *map_large(size_t mapped) {
    if (!use_huge_pages(mapped)) {
        void *p = mmap(NULL, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        return p == MAP_FAILED ? NULL : p;
    }
    /* over-allocate by one huge page, then trim so the block starts on a 2 MiB boundary */
    size_t len = mapped + HUGE_PAGE;
    char *raw = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return NULL;
    uintptr_t a = ((uintptr_t)raw + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
    size_t head = (size_t)(a - (uintptr_t)raw), tail = len - head - mapped;
    if (head) munmap(raw, head);
    if (tail) munmap((char *)a + mapped, tail);
#ifdef MADV_HUGEPAGE
    madvise((void *)a, mapped, MADV_HUGEPAGE);
#endif
    return (void *)a;
}

void *numj_malloc(int64_t nbytes) {
    if (nbytes < 0) return NULL;
    size_t want = (size_t)nbytes + HEADER;
    if (want < LARGE) {
        size_t n = (want + 63) & ~(size_t)63;
        header *h = aligned_alloc(64, n);
        if (!h) return NULL;
        h->magic = MAGIC_SMALL;
        h->mapped = 0;
        return (char *)h + HEADER;
    }
    size_t mapped = size_class(want);
    if (use_huge_pages(mapped)) mapped = (mapped + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    header *h = cache_take(mapped);
    if (!h) h = map_large(mapped);
    if (!h) return NULL;
    h->magic = MAGIC_LARGE;
    h->mapped = mapped;
    return (char *)h + HEADER;
}

void numj_free(void *p) {
    if (!p) return;
    header *h = (header *)((char *)p - HEADER);
    if (h->magic == MAGIC_LARGE) {
        size_t mapped = h->mapped;
        if (!cache_put(h, mapped)) munmap(h, mapped);
    } else {
        h->magic = 0;
        free(h);
    }
}

void numj_set_cache_limit(int64_t nbytes) {
    if (nbytes < 0) return;
    pthread_mutex_lock(&lock);
    cache_limit = (size_t)nbytes;
    /* blocks over the new limit are unmapped now */
    for (int i = 0; i < CACHE_SLOTS && cache_bytes > cache_limit; i++) {
        if (cache_block[i]) {
            munmap(cache_block[i], cache_size[i]);
            cache_bytes -= cache_size[i];
            cache_block[i] = NULL;
        }
    }
    pthread_mutex_unlock(&lock);
}

int64_t numj_physical_memory(void) {
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
    return pages > 0 && size > 0 ? (int64_t)pages * size : -1;
}
