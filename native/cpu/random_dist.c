/*
 * The distributions beyond numj_random_fill's fixed-width ones (native/cpu/samplers.h gives each
 * value's place in the stream and the algorithms): numj_random_sample (one value per element from
 * parameters that broadcast), numj_random_choice (an index per element by the inverse of a CDF),
 * numj_random_multinomial (a row of counts per element) and numj_random_dirichlet (a row of
 * proportions). Every value is a pure function of (seed,
 * position), so the work splits across the pool's threads without changing a bit.
 */
#include "numj_cpu.h"
#include "dtypes.h"
#include "iter.h"
#include "pool.h"
#include "samplers.h"

#include <stddef.h>

typedef struct {
    int32_t kind, dt;
    uint64_t seed, block0;
    int64_t n;
    void *out;
    const double *p[4];
    int64_t s[4];
    const int64_t *ip;
    int64_t si;
    int parts;
} sample_job;

static void sample_part(void *arg, int part) {
    const sample_job *j = (const sample_job *)arg;
    const int64_t lo = j->n * part / j->parts, hi = j->n * (part + 1) / j->parts;
    const int np = numj_smp_nparams(j->kind);
    for (int64_t i = lo; i < hi; i++) {
        double v[4] = {0, 0, 0, 0};
        for (int q = 0; q < np; q++) v[q] = j->p[q][i * j->s[q]];
        numj_rng_sub s;
        numj_sub_init(&s, j->seed, j->block0 + (uint64_t)i);
        if (numj_smp_is_int(j->kind)) {
            int64_t x = numj_smp_int(j->kind, &s, v, j->ip ? j->ip[i * j->si] : 0);
            if (j->dt == NUMJ_INT64) ((int64_t *)j->out)[i] = x;
            else ((int32_t *)j->out)[i] = (int32_t)x;
        } else {
            double x = numj_smp_float(j->kind, &s, v);
            if (j->dt == NUMJ_FLOAT64) ((double *)j->out)[i] = x;
            else ((float *)j->out)[i] = (float)x;
        }
    }
}

/* work units for the thread split: a sampler costs tens of simple operations a value */
#define SAMPLE_COST 32

int32_t numj_random_sample(int32_t kind, int32_t dt, uint64_t seed, uint64_t offset, int64_t n, void *out,
                           const double *p0, int64_t s0, const double *p1, int64_t s1, const double *p2,
                           int64_t s2, const double *p3, int64_t s3, const int64_t *ip, int64_t si) {
    if (kind < NUMJ_RANDOM_GAMMA || kind > NUMJ_RANDOM_GEOMETRIC) return NUMJ_EOP;
    if (numj_smp_is_int(kind) ? (dt != NUMJ_INT64 && dt != NUMJ_INT32) : (dt != NUMJ_FLOAT64 && dt != NUMJ_FLOAT32))
        return NUMJ_EDTYPE;
    if (n < 0 || (n > 0 && !out) || (offset & 3)) return NUMJ_EARG;
    sample_job j = {kind, dt, seed, offset >> 2, n, out, {p0, p1, p2, p3}, {s0, s1, s2, s3}, ip, si, 1};
    for (int q = 0; q < numj_smp_nparams(kind); q++) if (!j.p[q]) return NUMJ_EARG;
    if (kind == NUMJ_RANDOM_BINOMIAL && !ip) return NUMJ_EARG;
    if (n == 0) return NUMJ_OK;
    j.parts = numj_parallel_parts(n > INT64_MAX / SAMPLE_COST ? INT64_MAX : n * SAMPLE_COST);
    if (j.parts > 1) numj_parallel(j.parts, sample_part, &j);
    else sample_part(&j, 0);
    return NUMJ_OK;
}

int32_t numj_random_choice(uint64_t seed, uint64_t offset, int64_t n, int64_t *out, const double *cdf, int64_t k) {
    if (n < 0 || k <= 0 || (n > 0 && (!out || !cdf))) return NUMJ_EARG;
    uint32_t w[8];
    for (int64_t i = 0; i < n; i++) {
        const uint64_t w0 = offset + 2 * (uint64_t)i;
        numj_philox_block(seed, w0 >> 2, w);
        if ((w0 & 3) == 3) numj_philox_block(seed, (w0 >> 2) + 1, w + 4);
        const double u = numj_rng_u01(w + (w0 & 3));
        int64_t lo = 0, hi = k;                  /* the first cdf entry above u (searchsorted, side right) */
        while (lo < hi) {
            int64_t mid = lo + (hi - lo) / 2;
            if (cdf[mid] <= u) lo = mid + 1;
            else hi = mid;
        }
        out[i] = lo < k ? lo : k - 1;
    }
    return NUMJ_OK;
}

int32_t numj_random_multinomial(uint64_t seed, uint64_t offset, int64_t rows, int64_t k, const int64_t *n, int64_t sn,
                                const double *pvals_all, int64_t sp, int64_t *out) {
    if (rows < 0 || k <= 0 || (offset & 3) || (rows > 0 && (!n || !pvals_all || !out))) return NUMJ_EARG;
    for (int64_t r = 0; r < rows; r++) {
        const double *pvals = pvals_all + r * sp;
        numj_rng_sub s;
        numj_sub_init(&s, seed, (offset >> 2) + (uint64_t)r);
        int64_t *o = out + r * k;
        int64_t left = n[r * sn];
        double rest = 1.0;
        for (int64_t j = 0; j < k; j++) o[j] = 0;
        for (int64_t j = 0; j < k - 1 && left > 0; j++) {
            double p = pvals[j] / rest;
            o[j] = numj_smp_binomial(&s, left, p > 1.0 ? 1.0 : p < 0.0 ? 0.0 : p);
            left -= o[j];
            rest -= pvals[j];
        }
        if (left > 0) o[k - 1] = left;
    }
    return NUMJ_OK;
}

int32_t numj_random_dirichlet(uint64_t seed, uint64_t offset, int64_t rows, int64_t k, const double *alpha, double *out) {
    if (rows < 0 || k <= 0 || (offset & 3) || (rows > 0 && (!alpha || !out))) return NUMJ_EARG;
    for (int64_t r = 0; r < rows; r++) {
        numj_rng_sub s;
        numj_sub_init(&s, seed, (offset >> 2) + (uint64_t)r);
        double *o = out + r * k;
        double m = -INFINITY, sum = 0.0;
        int nan = 0;
        for (int64_t j = 0; j < k; j++) {
            o[j] = numj_smp_log_gamma(&s, alpha[j]);
            if (o[j] != o[j]) nan = 1;
            else if (o[j] > m) m = o[j];
        }
        if (nan || m == -INFINITY) {                     /* a NaN alpha; or every alpha 0: zeros, as NumPy */
            for (int64_t j = 0; j < k; j++) o[j] = nan ? NAN : 0.0;
            continue;
        }
        for (int64_t j = 0; j < k; j++) sum += (o[j] = numj_rng_exp(o[j] - m));
        for (int64_t j = 0; j < k; j++) o[j] /= sum;
    }
    return NUMJ_OK;
}
