/*
 * numj_blas_load: loads OpenBLAS in one call from Java. Each foreign function the JVM links costs a
 * program milliseconds the first time (a stub class generated and loaded, then the call site's own): setting
 * OPENBLAS_CORETYPE through libc's setenv and handing OpenBLAS's threads to NumJ's pool were two such links,
 * 14-32 and 18-30 ms of a program's first matrix product, and reading /proc/cpuinfo from Java another 6-15 ms
 * (2-vCPU AMD EPYC VM, 2026-12-07). Here the core is chosen from cpuid, the variable set, the library opened
 * and its threads handed over (numj_blas_use_pool) in C, behind one link.
 */
#define _GNU_SOURCE
#include "numj_cpu.h"
#include "pool.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

const char *numj_blas_core_rule(const char *vendor, int32_t family, int32_t features) {
    const int zen3 = vendor && strcmp(vendor, "AuthenticAMD") == 0 && family == 25 && (features & NUMJ_CPU_AVX2)
                     && (features & NUMJ_CPU_FMA) && !(features & NUMJ_CPU_AVX512F);
    return zen3 ? "Haswell" : NULL;
}

/* numj_blas_core_rule for this CPU, from cpuid. */
static const char *core_rule(void) {
#if defined(__x86_64__) || defined(__i386__)
    unsigned a, b, c, d;
    if (!__get_cpuid(0, &a, &b, &c, &d) || a < 7) return NULL;
    char vendor[13];
    memcpy(vendor, &b, 4);
    memcpy(vendor + 4, &d, 4);
    memcpy(vendor + 8, &c, 4);
    vendor[12] = 0;
    __get_cpuid(1, &a, &b, &c, &d);
    int32_t family = (int32_t)((a >> 8) & 0xf);
    if (family == 0xf) family += (int32_t)((a >> 20) & 0xff);
    int32_t features = ((c >> 12) & 1) ? NUMJ_CPU_FMA : 0;
    __get_cpuid_count(7, 0, &a, &b, &c, &d);
    if ((b >> 5) & 1) features |= NUMJ_CPU_AVX2;
    if ((b >> 16) & 1) features |= NUMJ_CPU_AVX512F;
    return numj_blas_core_rule(vendor, family, features);
#else
    return NULL;
#endif
}

static void put(char *out, int64_t out_len, const char *s) {
    if (!out || out_len <= 0) return;
    size_t n = strlen(s);
    if (n >= (size_t)out_len) n = (size_t)out_len - 1;
    memcpy(out, s, n);
    out[n] = 0;
}

int32_t numj_blas_load(const char *path, const char *core, int32_t flags, char *out, int64_t out_len) {
    put(out, out_len, "");
    if (!path) return -1;
    const char *user = getenv("OPENBLAS_CORETYPE");
    if (core && (!user || !*user)) {
        const char *want = strcmp(core, "auto") == 0 ? core_rule() : core;
        if (want && *want) {
            if (setenv("OPENBLAS_CORETYPE", want, 1) != 0) {
                put(out, out_len, "setenv(OPENBLAS_CORETYPE) failed");
                return -1;
            }
            put(out, out_len, want);
        }
    }
    void *h = dlopen(path, RTLD_NOW | RTLD_GLOBAL);
    if (!h) {
        const char *e = dlerror();
        put(out, out_len, e ? e : "dlopen failed");
        return -1;
    }
    if (!(flags & NUMJ_BLAS_LOAD_POOL)) return 0;
    return numj_blas_use_pool(dlsym(h, "openblas_set_threads_callback_function"), dlsym(h, "openblas_get_config"),
                              dlsym(h, "openblas_get_num_threads"), dlsym(h, "openblas_set_num_threads"),
                              (flags & NUMJ_BLAS_LOAD_KEEP_THREADS) != 0);
}
