#include "numj_cpu.h"

#include <stdlib.h>

void *numj_malloc(int64_t nbytes) {
    if (nbytes < 0) return NULL;
    size_t n = (size_t)(nbytes + 63) & ~(size_t)63;   /* aligned_alloc wants a multiple of 64 */
    if (n == 0) n = 64;
    return aligned_alloc(64, n);
}

void numj_free(void *p) { free(p); }
