/*
 * numj_malloc / numj_free. Small blocks come from the C heap. Blocks of 256 KiB and more are mmapped
 * in size classes (four per power of two, so at most 25 % is rounded off) and, once freed, kept in a
 * cache bounded in bytes (least recently freed out first) and handed out again for the same class,
 * most recently freed first, already faulted in: Java frees
 * arrays in batches after a collection, and the next arrays of the same shape reuse that memory
 * (malloc would give blocks this size back to the kernel and fault them in again on every call).
 * Of a block mapped afresh the first 2 MiB are faulted in at once (MADV_POPULATE_WRITE, then a write
 * per 4 KiB) and that time is counted per kind of page (numj_alloc_stats): what fresh memory really
 * costs on this machine, which no start-up sample tells (a sample's pages were often just freed by
 * the JVM and come back cheap; on this project's VM a sample said huge pages cost 72 ns/KiB when the
 * arrays then paid 800-3,100). Blocks from 4 MiB on get whichever kind has cost less per byte so far,
 * each kind first tried on four blocks (NumPy asks for huge pages from 4 MiB; on bare metal they are
 * far cheaper, on some VMs dearer). numj_set_huge_page_threshold fixes a bound instead (tests);
 * NUMJ_HUGEPAGES=1 asks for huge pages on every cached block, =0 on none.
 */
#define _GNU_SOURCE
#include "numj_cpu.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define HEADER 64                       /* keeps the user pointer 64-byte aligned */
#define LARGE ((size_t)256 << 10)
#define LEARN_MIN ((size_t)4 << 20)      /* blocks from here on get the kind of page that has cost less */
#define LEARN_SAMPLE ((size_t)8 << 20)   /* bytes of fresh-block samples each kind is tried on first */
#define FAULT_SAMPLE ((size_t)2 << 20)  /* of a fresh block, this much is faulted in at once and timed */
#define HUGE_PAGE ((size_t)2 << 20)
#define NCLASS (64 * 4)
#define MAGIC_SMALL 0x4e554d4a534d4c4cULL
#define MAGIC_LARGE 0x4e554d4a4c524745ULL
#define MAGIC_CACHED 0x4e554d4a43414348ULL

/*
 * Every block starts with this header (at most HEADER bytes). A cached large block is on two doubly
 * linked lists: its size class's (most recently freed first, so the next array of that size gets
 * the block most likely still in cache and TLB) and the cache's whole (most recently freed first;
 * the least recently freed block of any size is unmapped first when the cache is full). Without the
 * second list, blocks of a size the program no longer uses would fill the cache for good and every
 * array of a new size would fault in fresh pages.
 */
typedef struct header {
    uint64_t magic;
    size_t mapped;
    struct header *cls_prev, *cls_next;
    struct header *lru_prev, *lru_next;
} header;
_Static_assert(sizeof(header) <= HEADER, "header must fit before the 64-byte aligned user pointer");

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static header *cls_head[NCLASS];
static header *lru_head, *lru_tail;
static size_t cache_bytes;
static size_t cache_limit = (size_t)512 << 20;
static uint64_t n_hits, n_misses, n_evicted;

/* The list of a mapped size (a size class below, possibly rounded to huge pages): four per power of two. */
static int class_of(size_t mapped) {
    int k = 63 - __builtin_clzll((unsigned long long)mapped);
    size_t pow = (size_t)1 << k;
    return k * 4 + (int)((mapped - pow) / (pow / 4));
}

static void cache_unlink(header *h) {
    int c = class_of(h->mapped);
    if (h->cls_prev) h->cls_prev->cls_next = h->cls_next; else cls_head[c] = h->cls_next;
    if (h->cls_next) h->cls_next->cls_prev = h->cls_prev;
    if (h->lru_prev) h->lru_prev->lru_next = h->lru_next; else lru_head = h->lru_next;
    if (h->lru_next) h->lru_next->lru_prev = h->lru_prev; else lru_tail = h->lru_prev;
    cache_bytes -= h->mapped;
}

/* Unlinks least recently freed blocks until `room` more bytes fit; returns them chained by cls_next. */
static header *cache_evict(size_t room) {
    header *victims = NULL;
    while (lru_tail && cache_bytes + room > cache_limit) {
        header *v = lru_tail;
        cache_unlink(v);
        v->cls_next = victims;
        victims = v;
        n_evicted++;
    }
    return victims;
}

static void unmap_all(header *victims) {
    while (victims) {
        header *next = victims->cls_next;
        munmap(victims, victims->mapped);
        victims = next;
    }
}

static header *cache_take(size_t mapped) {
    pthread_mutex_lock(&lock);
    header *h = cls_head[class_of(mapped)];
    while (h && h->mapped != mapped) h = h->cls_next;
    if (h) { cache_unlink(h); n_hits++; } else n_misses++;
    pthread_mutex_unlock(&lock);
    return h;
}

/* Keeps a freed block for reuse (evicting the least recently freed ones to make room), or unmaps it. */
static void cache_put(header *h) {
    size_t mapped = h->mapped;
    header *victims = NULL;
    int kept = 0;
    pthread_mutex_lock(&lock);
    if (mapped <= cache_limit) {
        victims = cache_evict(mapped);
        int c = class_of(mapped);
        h->magic = MAGIC_CACHED;
        h->cls_prev = NULL;
        h->cls_next = cls_head[c];
        if (cls_head[c]) cls_head[c]->cls_prev = h;
        cls_head[c] = h;
        h->lru_prev = NULL;
        h->lru_next = lru_head;
        if (lru_head) lru_head->lru_prev = h; else lru_tail = h;
        lru_head = h;
        cache_bytes += mapped;
        kept = 1;
    }
    pthread_mutex_unlock(&lock);
    unmap_all(victims);                 /* munmap outside the lock: other threads keep allocating */
    if (!kept) munmap(h, mapped);
}

/* The smallest block given huge pages when NUMJ_HUGEPAGES is unset and a bound was set
 * (numj_set_huge_page_threshold); SIZE_MAX: no bound set, the costs measured so far decide. */
static atomic_size_t huge_min = SIZE_MAX;

void numj_set_huge_page_threshold(int64_t nbytes) {
    atomic_store_explicit(&huge_min, nbytes < 0 ? SIZE_MAX : (size_t)nbytes, memory_order_relaxed);
}

/* Fresh blocks faulted in so far, per kind of page (0: 4 KiB, 1: huge): bytes and nanoseconds. */
static _Atomic int64_t fresh_bytes[2], fresh_ns[2];

/* The kind of page that has cost less per byte, after each was tried on LEARN_SAMPLE bytes. */
static int cheaper_kind(void) {
    int64_t b0 = atomic_load_explicit(&fresh_bytes[0], memory_order_relaxed);
    int64_t b1 = atomic_load_explicit(&fresh_bytes[1], memory_order_relaxed);
    if (b0 < (int64_t)LEARN_SAMPLE || b1 < (int64_t)LEARN_SAMPLE) return b1 <= b0;   /* the less tried */
    double c0 = (double)atomic_load_explicit(&fresh_ns[0], memory_order_relaxed) / (double)b0;
    double c1 = (double)atomic_load_explicit(&fresh_ns[1], memory_order_relaxed) / (double)b1;
    return c1 < c0;
}

/* Huge pages for a block of `mapped` bytes: NUMJ_HUGEPAGES=1 always, =0 never, else the bound if one was
 * set, else from 4 MiB whichever kind has cost less. */
static int use_huge_pages(size_t mapped) {
    /* Threads allocating at once may each read the variable (the same value): an atomic, since a plain
     * int was a data race (ThreadSanitizer, native/cpu/tests/tsan_gather.c). */
    static atomic_int setting = -1;
    int v = atomic_load_explicit(&setting, memory_order_relaxed);
    if (v < 0) {
        const char *e = getenv("NUMJ_HUGEPAGES");
        v = !e || !e[0] ? 2 : e[0] == '1';
        atomic_store_explicit(&setting, v, memory_order_relaxed);
    }
    if (v != 2) return v;
    size_t bound = atomic_load_explicit(&huge_min, memory_order_relaxed);
    if (bound != SIZE_MAX) return mapped >= bound;
    return mapped >= LEARN_MIN && cheaper_kind();
}

/* The size class of a block: four steps per power of two (1, 1.25, 1.5, 1.75 times 2^k), page-aligned. */
static size_t size_class(size_t want) {
    size_t pow = (size_t)1 << (63 - __builtin_clzll((unsigned long long)want));
    size_t step = pow / 4;
    size_t c = (want + step - 1) / step * step;
    return (c + 4095) & ~(size_t)4095;
}

static void *map_large_as(size_t mapped, int huge) {
    if (!huge) {
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

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* Maps a fresh block and faults in its first 2 MiB (one huge page, or 512 small ones), counting the time
 * against its kind of page. The rest faults in as the kernels write it, on as many threads as they run. */
static void *map_large(size_t mapped) {
    int huge = use_huge_pages(mapped);
    char *p = map_large_as(mapped, huge);
    if (!p) return p;
    size_t n = mapped < FAULT_SAMPLE ? mapped : FAULT_SAMPLE;
    int64_t t0 = now_ns();
#ifdef MADV_POPULATE_WRITE
    (void)madvise(p, n, MADV_POPULATE_WRITE);      /* on failure the writes below fault the pages in */
#endif
    /* A write per 4 KiB after populating: on some VMs populating small pages is cheap and the first
     * write to each still traps (Zen 5 VM, 2026-12-07: 0.15 ns/B to populate 4 KiB pages, then 1.15 ns/B
     * in those writes; huge pages 0.08-0.14 ns/B in all, where the guest had touched the memory before,
     * and 1.7 ns/B for either kind where it had not). The sample must hold what first use costs. */
    for (size_t i = 0; i < n; i += 4096) ((volatile char *)p)[i] = 0;
    atomic_fetch_add_explicit(&fresh_ns[huge], now_ns() - t0, memory_order_relaxed);
    atomic_fetch_add_explicit(&fresh_bytes[huge], (int64_t)n, memory_order_relaxed);
    return p;
}

/* Picoseconds per byte to fault in a fresh block of `bytes` (one write per 4 KiB), or -1. */
static int64_t fault_sample(size_t bytes, int huge) {
    char *p = map_large_as(bytes, huge);
    if (!p) return -1;
    int64_t t0 = now_ns();
    for (size_t i = 0; i < bytes; i += 4096) ((volatile char *)p)[i] = 1;
    int64_t t1 = now_ns();
    munmap(p, bytes);
    return (t1 - t0) * 1000 / (int64_t)bytes;
}

void numj_fault_costs(int64_t *out) {
    const size_t sample = (size_t)4 << 20;
    int64_t best[2] = {-1, -1};
    for (int round = 0; round < 2; round++)
        for (int k = 0; k < 2; k++) {
            int huge = round == 0 ? k : 1 - k;      /* alternate which kind goes first */
            int64_t c = fault_sample(sample, huge);
            if (c >= 0 && (best[huge] < 0 || c < best[huge])) best[huge] = c;
        }
    out[0] = best[0];
    out[1] = best[1];
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
        cache_put(h);
    } else if (h->magic == MAGIC_SMALL) {
        h->magic = 0;
        free(h);
    }
    /* any other magic: already freed (Java frees each block once; this only guards against a bug) */
}

void numj_set_cache_limit(int64_t nbytes) {
    if (nbytes < 0) return;
    pthread_mutex_lock(&lock);
    cache_limit = (size_t)nbytes;
    header *victims = cache_evict(0);   /* blocks over the new limit are unmapped now */
    pthread_mutex_unlock(&lock);
    unmap_all(victims);
}

void numj_alloc_stats(int64_t *out) {
    pthread_mutex_lock(&lock);
    out[0] = (int64_t)cache_bytes;
    out[1] = (int64_t)cache_limit;
    out[2] = (int64_t)n_hits;
    out[3] = (int64_t)n_misses;
    out[4] = (int64_t)n_evicted;
    pthread_mutex_unlock(&lock);
    for (int k = 0; k < 2; k++) {
        out[5 + 2 * k] = atomic_load_explicit(&fresh_bytes[k], memory_order_relaxed);
        out[6 + 2 * k] = atomic_load_explicit(&fresh_ns[k], memory_order_relaxed);
    }
}

int64_t numj_physical_memory(void) {
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
    return pages > 0 && size > 0 ? (int64_t)pages * size : -1;
}
