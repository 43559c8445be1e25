/*
 * numj_random_fill: n values of one distribution from NumJ's counter-based stream (philox.h, which
 * documents the exact mapping from stream words to values). The stream is generated a chunk of
 * Philox blocks at a time into a stack buffer, then each distribution's loop (written once, one
 * instance per output dtype through dtypes.h's X-macros) turns the words into values.
 */
#include "numj_cpu.h"
#include "dtypes.h"
#include "philox.h"

#include <math.h>
#include <stddef.h>

#define CHUNK_BLOCKS 512                       /* 8 KiB of words per refill */
#define CHUNK_WORDS (4 * CHUNK_BLOCKS)

typedef struct {
    double p0, p1;                             /* low/high, mu/sd or scale */
    int64_t low;                               /* randint: low, and r = high - low as unsigned */
    uint64_t range;
} rng_params;

/* out + first (in values of the loop's type), `count` units; w holds the units' words back to back */
typedef void (*rng_loop)(const uint32_t *w, int64_t first, int64_t count, int64_t n, void *out,
                         const rng_params *p);

/* words of one uniform: float32 takes 24 bits of one word, float64 53 bits of two */
#define UWORDS_f32 1
#define UWORDS_f64 2
#define U01_f32(w) numj_rng_u01f(w)
#define U01_f64(w) numj_rng_u01(w)

#define FLOAT_RNG_LOOPS(C, T, S, F)                                                               \
    static void rng_uniform01_##S(const uint32_t *w, int64_t first, int64_t count, int64_t n,     \
                                  void *out, const rng_params *p) {                              \
        (void)n; (void)p;                                                                         \
        T *o = (T *)out + first;                                                                  \
        for (int64_t i = 0; i < count; i++) o[i] = (T)U01_##S(w + UWORDS_##S * i);               \
    }                                                                                             \
    static void rng_uniform_##S(const uint32_t *w, int64_t first, int64_t count, int64_t n,       \
                                void *out, const rng_params *p) {                                \
        (void)n;                                                                                  \
        T *o = (T *)out + first;                                                                  \
        const double low = p->p0, range = p->p1 - p->p0;                                          \
        for (int64_t i = 0; i < count; i++) o[i] = (T)(low + range * (double)U01_##S(w + UWORDS_##S * i)); \
    }                                                                                             \
    static void rng_exponential_##S(const uint32_t *w, int64_t first, int64_t count, int64_t n,   \
                                    void *out, const rng_params *p) {                            \
        (void)n;                                                                                  \
        T *o = (T *)out + first;                                                                  \
        for (int64_t i = 0; i < count; i++) o[i] = (T)(p->p0 * numj_rng_exponential(w + 2 * i));  \
    }                                                                                             \
    /* units are pairs: pair q writes values 2(first+q) and, inside n, the one after it */        \
    static void rng_normal_##S(const uint32_t *w, int64_t first, int64_t count, int64_t n,        \
                               void *out, const rng_params *p) {                                 \
        T *o = (T *)out;                                                                          \
        for (int64_t q = 0; q < count; q++) {                                                     \
            double z[2];                                                                          \
            numj_rng_normal_pair(w + 4 * q, z);                                                   \
            int64_t e = 2 * (first + q);                                                          \
            o[e] = (T)(p->p0 + p->p1 * z[0]);                                                     \
            if (e + 1 < n) o[e + 1] = (T)(p->p0 + p->p1 * z[1]);                                  \
        }                                                                                         \
    }
NUMJ_FOR_EACH_FLOAT(FLOAT_RNG_LOOPS)

/* BITS: the word itself (int32), or the uint64 of two words (int64), as two's complement */
#define BITS_i32(w, i) ((int32_t)(w)[i])
#define BITS_i64(w, i) ((int64_t)numj_rng_u64((w) + 2 * (i)))

#define INT_RNG_LOOPS(C, T, S, F)                                                                 \
    static void rng_randint_##S(const uint32_t *w, int64_t first, int64_t count, int64_t n,       \
                                void *out, const rng_params *p) {                                \
        (void)n;                                                                                  \
        T *o = (T *)out + first;                                                                  \
        const int k = p->range <= ((uint64_t)1 << 32) ? 2 : 4;                                   \
        for (int64_t i = 0; i < count; i++)                                                       \
            o[i] = (T)((uint64_t)p->low + numj_rng_below(w + k * i, p->range));                   \
    }                                                                                             \
    static void rng_bits_##S(const uint32_t *w, int64_t first, int64_t count, int64_t n,          \
                             void *out, const rng_params *p) {                                   \
        (void)n; (void)p;                                                                         \
        T *o = (T *)out + first;                                                                  \
        for (int64_t i = 0; i < count; i++) o[i] = BITS_##S(w, i);                                \
    }
NUMJ_FOR_EACH_INT(INT_RNG_LOOPS)

/* [kind][dtype]: the loop, or NULL where the pair is not defined */
static const rng_loop rng_loops[][NUMJ_NDTYPES] = {
    [NUMJ_RANDOM_UNIFORM01] = { NULL, NULL, NULL, rng_uniform01_f32, rng_uniform01_f64 },
    [NUMJ_RANDOM_NORMAL] = { NULL, NULL, NULL, rng_normal_f32, rng_normal_f64 },
    [NUMJ_RANDOM_UNIFORM] = { NULL, NULL, NULL, rng_uniform_f32, rng_uniform_f64 },
    [NUMJ_RANDOM_EXPONENTIAL] = { NULL, NULL, NULL, rng_exponential_f32, rng_exponential_f64 },
    [NUMJ_RANDOM_RANDINT] = { NULL, rng_randint_i32, rng_randint_i64, NULL, NULL },
    [NUMJ_RANDOM_BITS] = { NULL, rng_bits_i32, rng_bits_i64, NULL, NULL },
};

/* Stream words per unit (a value, or a pair of values for NORMAL); philox.h's table. */
static int words_per_unit(int32_t kind, int32_t dt, uint64_t range) {
    switch (kind) {
        case NUMJ_RANDOM_UNIFORM01: case NUMJ_RANDOM_UNIFORM: return dt == NUMJ_FLOAT32 ? 1 : 2;
        case NUMJ_RANDOM_NORMAL: return 4;
        case NUMJ_RANDOM_EXPONENTIAL: return 2;
        case NUMJ_RANDOM_RANDINT: return range <= ((uint64_t)1 << 32) ? 2 : 4;
        default: return numj_itemsize(dt) / 4;  /* BITS */
    }
}

int32_t numj_random_fill(int32_t kind, int32_t dt, uint64_t seed, uint64_t offset, int64_t n, void *out,
                         const double *params, const int64_t *iparams) {
    if (kind < 0 || kind >= (int32_t)(sizeof rng_loops / sizeof rng_loops[0])) return NUMJ_EOP;
    if (dt < 0 || dt >= NUMJ_NDTYPES || !rng_loops[kind][dt]) return NUMJ_EDTYPE;
    if (n < 0 || (n > 0 && !out)) return NUMJ_EARG;
    rng_params p = {0, 0, 0, 0};
    switch (kind) {
        case NUMJ_RANDOM_UNIFORM: case NUMJ_RANDOM_NORMAL:
            if (!params) return NUMJ_EARG;
            p.p0 = params[0];
            p.p1 = params[1];
            break;
        case NUMJ_RANDOM_EXPONENTIAL:
            if (!params) return NUMJ_EARG;
            p.p0 = params[0];
            break;
        case NUMJ_RANDOM_RANDINT:
            if (!iparams || iparams[1] <= iparams[0]) return NUMJ_EARG;
            p.low = iparams[0];
            p.range = (uint64_t)iparams[1] - (uint64_t)iparams[0];
            break;
        default: break;
    }
    rng_loop loop = rng_loops[kind][dt];
    const int k = words_per_unit(kind, dt, p.range);
    const int64_t units = kind == NUMJ_RANDOM_NORMAL ? (n + 1) / 2 : n;
    const int64_t per_chunk = (CHUNK_WORDS - 4) / k;   /* room for a start inside a block */
    uint32_t buf[CHUNK_WORDS + 4];
    for (int64_t u = 0; u < units; u += per_chunk) {
        int64_t count = units - u < per_chunk ? units - u : per_chunk;
        uint64_t w0 = offset + (uint64_t)u * (uint64_t)k;
        uint64_t b0 = w0 >> 2;
        int64_t blocks = ((int64_t)(w0 & 3) + count * k + 3) >> 2;
        for (int64_t b = 0; b < blocks; b++) numj_philox_block(seed, b0 + (uint64_t)b, buf + 4 * b);
        loop(buf + (w0 & 3), u, count, n, out, &p);
    }
    return NUMJ_OK;
}
