/*
 * NumJ's samplers that need more than a fixed number of stream words: gamma (and beta, chisquare,
 * standard_t through it), binomial, poisson, geometric, laplace, logistic, lognormal and the truncated
 * normal. Like philox.h (which defines the stream), everything is a pure function of (seed, position)
 * written with integer operations and IEEE +, -, *, /, sqrt, floor and ceil and fdlibm's log, exp and
 * log1p below (the same bits as Java's StrictMath), so the CPU (random_dist.c) and a CUDA kernel that
 * #includes this header compute the same values.
 *
 * Where the values come from (the contract shared with the tests' Java reference):
 *  - A draw of n values at word offset W (a multiple of 4) gives value i the Philox block b = W/4 + i of
 *    the main stream: the draw reserves 4 words a value, so what follows it starts after n blocks.
 *  - Value i reads its own sub-stream: sub-block j (j = 0, 1, 2, ...) is Philox4x32-10 of counter
 *    {lo32(b), hi32(b), j, 0} under the seed's key. Sub-block 0 is main-stream block b itself; the
 *    others have a non-zero third counter word, which the main stream never uses, so no two values and
 *    no other draw ever share a word. A rejection loop takes as many sub-blocks as it needs: how many
 *    words value i consumed never moves value i + 1.
 *  - A sub-stream is read as uint64s (w0 | w1 << 32), two a sub-block, in order. From them:
 *      u01:          (u >> 11) * 2^-53, in [0, 1)
 *      exponential:  -ln(1 - u01), with 1 - u01 formed exactly (one uint64)
 *      normal:       philox.h's Box-Muller cosine output from two consecutive uint64s (the sine dropped)
 *  - The samplers follow NumPy's distributions.c (BTPE and inversion for binomial, PTRS and
 *    multiplication for poisson, search and inversion for geometric, Johnk and gamma ratios for beta),
 *    with Marsaglia-Tsang for gamma (shape < 1 by the boost G(a+1) * U^(1/a)) and Robert (1995) for the
 *    truncated normal. pow(x, y) is written exp(y * ln x).
 *  - A loop gives up after NUMJ_RNG_MAX_TRIES proposals and returns NaN (0 for the integer samplers);
 *    no valid parameter comes near it (the worst acceptance rate here is above 1/4).
 */
#ifndef NUMJ_SAMPLERS_H
#define NUMJ_SAMPLERS_H

#include "philox.h"
#include "numj_ops.h"

#define NUMJ_RNG_MAX_TRIES (1 << 24)

/* ---- fdlibm e_exp.c and s_log1p.c (as in Java's FdLibm: StrictMath.exp, StrictMath.log1p) ---------- */

NUMJ_RNG_FN double numj_rng_sethi(double x, int32_t hi) {
    return numj_rng_bitsd(((uint64_t)(uint32_t)hi << 32) | (numj_rng_dbits(x) & 0xffffffffu));
}

NUMJ_RNG_FN double numj_rng_exp(double x) {
    const double huge = 1.0e+300, twom1000 = 0x1.0p-1000, o_threshold = 0x1.62e42fefa39efp9,
                 u_threshold = -0x1.74910d52d3051p9, ln2HI = 0x1.62e42feep-1, ln2LO = 0x1.a39ef35793c76p-33,
                 invln2 = 0x1.71547652b82fep0, P1 = 0x1.555555555553ep-3, P2 = -0x1.6c16c16bebd93p-9,
                 P3 = 0x1.1566aaf25de2cp-14, P4 = -0x1.bbd41c5d26bf1p-20, P5 = 0x1.6376972bea4d0p-25;
    double y, hi = 0.0, lo = 0.0, c, t;
    int32_t k = 0;
    int32_t hx = (int32_t)(numj_rng_dbits(x) >> 32);
    int32_t xsb = (hx >> 31) & 1;
    hx &= 0x7fffffff;
    if (hx >= 0x40862E42) {                              /* |x| >= 709.78... */
        if (hx >= 0x7ff00000) {
            if (((hx & 0xfffff) | (uint32_t)numj_rng_dbits(x)) != 0) return x + x;   /* NaN */
            return xsb == 0 ? x : 0.0;
        }
        if (x > o_threshold) return INFINITY;            /* fdlibm: huge * huge */
        if (x < u_threshold) return 0.0;                 /* fdlibm: twom1000 * twom1000 */
    }
    if (hx > 0x3fd62e42) {                               /* |x| > 0.5 ln2 */
        if (hx < 0x3FF0A2B2) {                           /* and |x| < 1.5 ln2 */
            hi = xsb ? x + ln2HI : x - ln2HI;
            lo = xsb ? -ln2LO : ln2LO;
            k = 1 - xsb - xsb;
        } else {
            k = (int32_t)(invln2 * x + (xsb ? -0.5 : 0.5));
            t = k;
            hi = x - t * ln2HI;
            lo = t * ln2LO;
        }
        x = hi - lo;
    } else if (hx < 0x3e300000) {                        /* |x| < 2^-28 */
        if (huge + x > 1.0) return 1.0 + x;
    } else {
        k = 0;
    }
    t = x * x;
    c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
    y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
    int32_t yhi = (int32_t)(numj_rng_dbits(y) >> 32);
    if (k >= -1021) return numj_rng_sethi(y, yhi + (int32_t)((uint32_t)k << 20));
    return numj_rng_sethi(y, yhi + (int32_t)((uint32_t)(k + 1000) << 20)) * twom1000;
}

NUMJ_RNG_FN double numj_rng_log1p(double x) {
    const double ln2_hi = 0x1.62e42feep-1, ln2_lo = 0x1.a39ef35793c76p-33, two54 = 0x1.0p54,
                 Lp1 = 0x1.5555555555593p-1, Lp2 = 0x1.999999997fa04p-2, Lp3 = 0x1.2492494229359p-2,
                 Lp4 = 0x1.c71c51d8e78afp-3, Lp5 = 0x1.7466496cb03dep-3, Lp6 = 0x1.39a09d078c69fp-3,
                 Lp7 = 0x1.2f112df3e5244p-3;
    double hfsq, f = 0, c = 0, s, z, R, u;
    int32_t k, hu = 0;
    int32_t hx = (int32_t)(numj_rng_dbits(x) >> 32);
    int32_t ax = hx & 0x7fffffff;
    k = 1;
    if (hx < 0x3FDA827A) {                               /* x < 0.41422 */
        if (ax >= 0x3ff00000) {                          /* x <= -1.0 */
            if (x == -1.0) return -INFINITY;
            return NAN;
        }
        if (ax < 0x3e200000) {                           /* |x| < 2^-29 */
            if (two54 + x > 0.0 && ax < 0x3c900000) return x;
            return x - x * x * 0.5;
        }
        if (hx > 0 || hx <= (int32_t)0xbfd2bec3) {       /* -0.2929 < x < 0.41422 */
            k = 0;
            f = x;
            hu = 1;
        }
    }
    if (hx >= 0x7ff00000) return x + x;
    if (k != 0) {
        if (hx < 0x43400000) {
            u = 1.0 + x;
            hu = (int32_t)(numj_rng_dbits(u) >> 32);
            k = (hu >> 20) - 1023;
            c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
            c /= u;
        } else {
            u = x;
            hu = (int32_t)(numj_rng_dbits(u) >> 32);
            k = (hu >> 20) - 1023;
            c = 0;
        }
        hu &= 0x000fffff;
        if (hu < 0x6a09e) {
            u = numj_rng_sethi(u, hu | 0x3ff00000);
        } else {
            k += 1;
            u = numj_rng_sethi(u, hu | 0x3fe00000);
            hu = (0x00100000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    hfsq = 0.5 * f * f;
    if (hu == 0) {                                       /* |f| < 2^-20 */
        if (f == 0.0) {
            if (k == 0) return 0.0;
            c += k * ln2_lo;
            return k * ln2_hi + c;
        }
        R = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0) return f - R;
        return k * ln2_hi - ((R - (k * ln2_lo + c)) - f);
    }
    s = f / (2.0 + f);
    z = s * s;
    R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
    if (k == 0) return f - (hfsq - s * (hfsq + R));
    return k * ln2_hi - ((hfsq - (s * (hfsq + R) + (k * ln2_lo + c))) - f);
}

/* ---- a value's sub-stream ---------------------------------------------------------------------- */

typedef struct {
    uint64_t seed, block;
    uint32_t j;          /* the next sub-block */
    int pos;             /* the next uint64 of w (2: w is used up) */
    uint32_t w[4];
} numj_rng_sub;

NUMJ_RNG_FN void numj_sub_init(numj_rng_sub *s, uint64_t seed, uint64_t block) {
    s->seed = seed;
    s->block = block;
    s->j = 0;
    s->pos = 2;
}

NUMJ_RNG_FN uint64_t numj_sub_u64(numj_rng_sub *s) {
    if (s->pos == 2) {
        numj_philox4x32(s->seed, (uint32_t)s->block, (uint32_t)(s->block >> 32), s->j++, 0, s->w);
        s->pos = 0;
    }
    uint64_t v = numj_rng_u64(s->w + 2 * s->pos);
    s->pos++;
    return v;
}

NUMJ_RNG_FN double numj_sub_u01(numj_rng_sub *s) { return (double)(numj_sub_u64(s) >> 11) * 0x1.0p-53; }

NUMJ_RNG_FN double numj_sub_exponential(numj_rng_sub *s) {
    return 0.0 - numj_rng_log((double)(((uint64_t)1 << 53) - (numj_sub_u64(s) >> 11)) * 0x1.0p-53);
}

NUMJ_RNG_FN double numj_sub_normal(numj_rng_sub *s) {
    uint64_t a = numj_sub_u64(s), b = numj_sub_u64(s);
    uint32_t w[4] = {(uint32_t)a, (uint32_t)(a >> 32), (uint32_t)b, (uint32_t)(b >> 32)};
    double z[2];
    numj_rng_normal_pair(w, z);
    return z[0];
}

/* ---- continuous samplers ------------------------------------------------------------------------ */

/* Marsaglia-Tsang, a >= 1 */
NUMJ_RNG_FN double numj_smp_gamma_mt(numj_rng_sub *s, double a) {
    const double d = a - 1.0 / 3.0, c = 1.0 / sqrt(9.0 * d);
    for (int32_t t = 0; t < NUMJ_RNG_MAX_TRIES; t++) {
        double x, v;
        do {
            x = numj_sub_normal(s);
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        double u = numj_sub_u01(s);
        if (u < 1.0 - 0.0331 * (x * x) * (x * x)) return d * v;
        if (numj_rng_log(u) < 0.5 * x * x + d * (1.0 - v + numj_rng_log(v))) return d * v;
    }
    return NAN;
}

NUMJ_RNG_FN double numj_smp_standard_gamma(numj_rng_sub *s, double a) {
    if (a != a) return a;
    if (a <= 0.0) return a == 0.0 ? 0.0 : NAN;
    if (a == 1.0) return numj_sub_exponential(s);
    if (a < 1.0) {
        double g = numj_smp_gamma_mt(s, a + 1.0);
        double u = (double)(((uint64_t)1 << 53) - (numj_sub_u64(s) >> 11)) * 0x1.0p-53;   /* (0, 1] */
        return g * numj_rng_exp(numj_rng_log(u) / a);
    }
    return numj_smp_gamma_mt(s, a);
}

/* ln G for G standard gamma(a): finite where G itself underflows (a far below 1); -inf for a = 0 */
NUMJ_RNG_FN double numj_smp_log_gamma(numj_rng_sub *s, double a) {
    if (a != a) return a;
    if (a == 0.0) return -INFINITY;
    if (a < 1.0) {
        double g = numj_smp_gamma_mt(s, a + 1.0);
        double u = (double)(((uint64_t)1 << 53) - (numj_sub_u64(s) >> 11)) * 0x1.0p-53;   /* (0, 1] */
        return numj_rng_log(g) + numj_rng_log(u) / a;
    }
    return numj_rng_log(numj_smp_standard_gamma(s, a));
}

NUMJ_RNG_FN double numj_smp_beta(numj_rng_sub *s, double a, double b) {
    if (a <= 1.0 && b <= 1.0) {                          /* Johnk */
        for (int32_t t = 0; t < NUMJ_RNG_MAX_TRIES; t++) {
            double U = numj_sub_u01(s), V = numj_sub_u01(s);
            double lu = numj_rng_log(U) / a, lv = numj_rng_log(V) / b;
            double X = numj_rng_exp(lu), Y = numj_rng_exp(lv), XpY = X + Y;
            if (XpY <= 1.0 && U + V > 0.0) {
                if (XpY > 0.0) return X / XpY;
                double m = lu > lv ? lu : lv;            /* both underflowed: in logs */
                lu -= m;
                lv -= m;
                return numj_rng_exp(lu - numj_rng_log(numj_rng_exp(lu) + numj_rng_exp(lv)));
            }
        }
        return NAN;
    }
    double ga = numj_smp_standard_gamma(s, a), gb = numj_smp_standard_gamma(s, b);
    return ga / (ga + gb);
}

NUMJ_RNG_FN double numj_smp_standard_t(numj_rng_sub *s, double df) {
    double num = numj_sub_normal(s);
    double denom = numj_smp_standard_gamma(s, df / 2.0);
    return sqrt(df / 2.0) * num / sqrt(denom);
}

NUMJ_RNG_FN double numj_smp_laplace(numj_rng_sub *s, double loc, double scale) {
    for (int32_t t = 0; t < NUMJ_RNG_MAX_TRIES; t++) {
        double U = numj_sub_u01(s);
        if (U >= 0.5) return loc - scale * numj_rng_log(2.0 - U - U);
        if (U > 0.0) return loc + scale * numj_rng_log(U + U);
    }
    return NAN;
}

NUMJ_RNG_FN double numj_smp_logistic(numj_rng_sub *s, double loc, double scale) {
    for (int32_t t = 0; t < NUMJ_RNG_MAX_TRIES; t++) {
        double U = numj_sub_u01(s);
        if (U > 0.0) return loc + scale * numj_rng_log(U / (1.0 - U));
    }
    return NAN;
}

/*
 * Standard normal truncated to [lo, hi], 0 <= lo < hi (Robert 1995): a uniform proposal on a window
 * narrow for its height, else lo + Exp(lam) / lam with lam = (lo + sqrt(lo^2 + 4)) / 2.
 */
NUMJ_RNG_FN double numj_smp_tn_tail(numj_rng_sub *s, double lo, double hi) {
    const double r = sqrt(lo * lo + 4.0);
    const double two_sqrt_e = 3.297442541400256;
    if (hi - lo <= two_sqrt_e / (lo + r) * numj_rng_exp((lo * lo - lo * r) / 4.0)) {
        for (int32_t t = 0; t < NUMJ_RNG_MAX_TRIES; t++) {
            double z = lo + (hi - lo) * numj_sub_u01(s);
            if (numj_sub_u01(s) <= numj_rng_exp((lo * lo - z * z) / 2.0)) return z;
        }
        return NAN;
    }
    const double lam = (lo + r) / 2.0;
    for (int32_t t = 0; t < NUMJ_RNG_MAX_TRIES; t++) {
        double z = lo + numj_sub_exponential(s) / lam;
        double u = numj_sub_u01(s);
        if (z <= hi && u <= numj_rng_exp(-(z - lam) * (z - lam) / 2.0)) return z;
    }
    return NAN;
}

/* mean + std * Z, Z standard normal conditioned on a <= mean + std * Z <= b (a < b, std >= 0) */
NUMJ_RNG_FN double numj_smp_truncated_normal(numj_rng_sub *s, double mean, double std, double a, double b) {
    if (mean != mean || std != std || a != a || b != b) return NAN;
    if (std == 0.0) return mean < a ? a : mean > b ? b : mean;
    const double alpha = (a - mean) / std, beta = (b - mean) / std;
    double z = NAN;
    if (alpha >= 0.0) {
        z = numj_smp_tn_tail(s, alpha, beta);
    } else if (beta <= 0.0) {
        z = -numj_smp_tn_tail(s, -beta, -alpha);
    } else if (beta - alpha >= 2.5066282746310002) {     /* sqrt(2 pi): plain normals accept often */
        for (int32_t t = 0; t < NUMJ_RNG_MAX_TRIES; t++) {
            double x = numj_sub_normal(s);
            if (x >= alpha && x <= beta) { z = x; break; }
        }
    } else {
        for (int32_t t = 0; t < NUMJ_RNG_MAX_TRIES; t++) {
            double x = alpha + (beta - alpha) * numj_sub_u01(s);
            if (numj_sub_u01(s) <= numj_rng_exp(-x * x / 2.0)) { z = x; break; }
        }
    }
    double v = mean + std * z;
    return v < a ? a : v > b ? b : v;                    /* rounding of mean + std * z */
}

/* ---- discrete samplers -------------------------------------------------------------------------- */

/* NumPy's random_loggam: ln Gamma(x) for x > 0 */
NUMJ_RNG_FN double numj_rng_loggam(double x) {
    const double a[10] = {8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
                          -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
                          6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
                          -1.39243221690590e+00};
    if (x == 1.0 || x == 2.0) return 0.0;
    int64_t n = x < 7.0 ? (int64_t)(7 - x) : 0;
    double x0 = x + (double)n, x2 = (1.0 / x0) * (1.0 / x0);
    double gl0 = a[9];
    for (int k = 8; k >= 0; k--) {
        gl0 *= x2;
        gl0 += a[k];
    }
    double gl = gl0 / x0 + 0.5 * 1.8378770664093453e+00 + (x0 - 0.5) * numj_rng_log(x0) - x0;
    if (x < 7.0) {
        for (int64_t k = 1; k <= n; k++) {
            gl -= numj_rng_log(x0 - 1.0);
            x0 -= 1.0;
        }
    }
    return gl;
}

/* lam >= 0 and below NumPy's POISSON_LAM_MAX (checked by the caller) */
NUMJ_RNG_FN int64_t numj_smp_poisson(numj_rng_sub *s, double lam) {
    if (lam == 0.0) return 0;
    if (lam < 10.0) {                                    /* multiplication */
        const double enlam = numj_rng_exp(-lam);
        double prod = 1.0;
        for (int64_t X = 0; X < NUMJ_RNG_MAX_TRIES; X++) {
            prod *= numj_sub_u01(s);
            if (!(prod > enlam)) return X;
        }
        return 0;
    }
    /* PTRS (Hormann 1993) */
    const double slam = sqrt(lam), loglam = numj_rng_log(lam);
    const double b = 0.931 + 2.53 * slam, a = -0.059 + 0.02483 * b;
    const double invalpha = 1.1239 + 1.1328 / (b - 3.4), vr = 0.9277 - 3.6224 / (b - 2);
    for (int32_t t = 0; t < NUMJ_RNG_MAX_TRIES; t++) {
        double U = numj_sub_u01(s) - 0.5, V = numj_sub_u01(s);
        double us = 0.5 - fabs(U);
        if (us <= 0.0) continue;                         /* U = -0.5: k would be infinite */
        double k = floor((2 * a / us + b) * U + lam + 0.43);
        if (us >= 0.07 && V <= vr) return (int64_t)k;
        if (k < 0 || (us < 0.013 && V > us)) continue;
        if (numj_rng_log(V) + numj_rng_log(invalpha) - numj_rng_log(a / (us * us) + b)
                <= -lam + k * loglam - numj_rng_loggam(k + 1))
            return k >= 9.2233720368547758e18 ? INT64_MAX : (int64_t)k;
    }
    return 0;
}

NUMJ_RNG_FN int64_t numj_smp_binomial_inversion(numj_rng_sub *s, int64_t n, double p) {
    const double q = 1.0 - p, qn = numj_rng_exp((double)n * numj_rng_log(q)), np = (double)n * p;
    const double bd = np + 10.0 * sqrt(np * q + 1);
    const int64_t bound = (double)n < bd ? n : (int64_t)bd;
    int64_t X = 0;
    double px = qn, U = numj_sub_u01(s);
    for (int32_t t = 0; U > px && t < NUMJ_RNG_MAX_TRIES; t++) {
        X++;
        if (X > bound) {
            X = 0;
            px = qn;
            U = numj_sub_u01(s);
        } else {
            U -= px;
            px = ((double)(n - X + 1) * p * px) / ((double)X * q);
        }
    }
    return X;
}

/* BTPE (Kachitvichyanukul and Schmeiser 1988) as NumPy writes it, p <= 0.5, n * p > 30 */
NUMJ_RNG_FN int64_t numj_smp_binomial_btpe(numj_rng_sub *s, int64_t n, double p) {
    const double r = p, q = 1.0 - r, fm = (double)n * r + r;
    const int64_t m = (int64_t)floor(fm);
    const double p1 = floor(2.195 * sqrt((double)n * r * q) - 4.6 * q) + 0.5;
    const double xm = (double)m + 0.5, xl = xm - p1, xr = xm + p1, c = 0.134 + 20.5 / (15.3 + (double)m);
    double a = (fm - xl) / (fm - xl * r);
    const double laml = a * (1.0 + a / 2.0);
    a = (xr - fm) / (xr * q);
    const double lamr = a * (1.0 + a / 2.0);
    const double p2 = p1 * (1.0 + 2.0 * c), p3 = p2 + c / laml, p4 = p3 + c / lamr;
    const double nrq = (double)n * r * q;
    for (int32_t t = 0; t < NUMJ_RNG_MAX_TRIES; t++) {
        double u = numj_sub_u01(s) * p4, v = numj_sub_u01(s);
        int64_t y;
        if (u <= p1) return (int64_t)floor(xm - p1 * v + u);                 /* the triangle */
        if (u <= p2) {                                                        /* the parallelograms */
            double x = xl + (u - p1) / c;
            v = v * c + 1.0 - fabs((double)m - x + 0.5) / p1;
            if (v > 1.0) continue;
            y = (int64_t)floor(x);
        } else if (u <= p3) {                                                 /* left tail */
            if (v == 0.0) continue;
            double yd = floor(xl + numj_rng_log(v) / laml);
            if (yd < 0) continue;
            y = (int64_t)yd;
            v = v * (u - p2) * laml;
        } else {                                                              /* right tail */
            if (v == 0.0) continue;
            double yd = floor(xr - numj_rng_log(v) / lamr);
            if (yd > (double)n) continue;
            y = (int64_t)yd;
            v = v * (u - p3) * lamr;
        }
        int64_t k = y > m ? y - m : m - y;
        if (!(k > 20 && (double)k < nrq / 2.0 - 1)) {                       /* explicit ratio */
            const double sr = r / q, aa = sr * (double)(n + 1);
            double F = 1.0;
            if (m < y) {
                for (int64_t i = m + 1; i <= y; i++) F *= (aa / (double)i - sr);
            } else if (m > y) {
                for (int64_t i = y + 1; i <= m; i++) F /= (aa / (double)i - sr);
            }
            if (v > F) continue;
            return y;
        }
        const double kd = (double)k;                                          /* squeeze, then Stirling */
        double rho = (kd / nrq) * ((kd * (kd / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
        double tt = -(double)(k * k) / (2 * nrq);
        double A = numj_rng_log(v);
        if (A < tt - rho) return y;
        if (A > tt + rho) continue;
        double x1 = (double)(y + 1), f1 = (double)(m + 1), z = (double)(n + 1 - m), w = (double)(n - y + 1);
        double x2 = x1 * x1, f2 = f1 * f1, z2 = z * z, w2 = w * w;
        double bound = xm * numj_rng_log(f1 / x1) + ((double)(n - m) + 0.5) * numj_rng_log(z / w)
                + (double)(y - m) * numj_rng_log(w * r / (x1 * q))
                + (13680. - (462. - (132. - (99. - 140. / f2) / f2) / f2) / f2) / f1 / 166320.
                + (13680. - (462. - (132. - (99. - 140. / z2) / z2) / z2) / z2) / z / 166320.
                + (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x1 / 166320.
                + (13680. - (462. - (132. - (99. - 140. / w2) / w2) / w2) / w2) / w / 166320.;
        if (A > bound) continue;
        return y;
    }
    return 0;
}

/* n >= 0, 0 <= p <= 1 (checked by the caller) */
NUMJ_RNG_FN int64_t numj_smp_binomial(numj_rng_sub *s, int64_t n, double p) {
    if (n == 0 || p == 0.0) return 0;
    if (p <= 0.5) {
        if (p * (double)n <= 30.0) return numj_smp_binomial_inversion(s, n, p);
        return numj_smp_binomial_btpe(s, n, p);
    }
    const double q = 1.0 - p;
    if (q * (double)n <= 30.0) return n - numj_smp_binomial_inversion(s, n, q);
    return n - numj_smp_binomial_btpe(s, n, q);
}

/* 0 < p <= 1 (checked by the caller): trials up to and including the first success */
NUMJ_RNG_FN int64_t numj_smp_geometric(numj_rng_sub *s, double p) {
    if (p >= 0.333333333333333333333333) {               /* search */
        const double q = 1.0 - p;
        double sum = p, prod = p, U = numj_sub_u01(s);
        int64_t X = 1;
        while (U > sum && prod > 0.0) {
            prod *= q;
            sum += prod;
            X++;
        }
        return X;
    }
    double z = ceil(-numj_sub_exponential(s) / numj_rng_log1p(-p));          /* inversion */
    if (z >= 9.2233720368547758e18) return INT64_MAX;
    return z < 1.0 ? 1 : (int64_t)z;
}

/* ---- one value of a numj_random_sample kind ------------------------------------------------------ */

NUMJ_RNG_FN int numj_smp_is_int(int32_t kind) {
    return kind == NUMJ_RANDOM_BINOMIAL || kind == NUMJ_RANDOM_POISSON || kind == NUMJ_RANDOM_GEOMETRIC;
}

/* how many double parameters a kind reads (binomial's n is the int64 one) */
NUMJ_RNG_FN int numj_smp_nparams(int32_t kind) {
    switch (kind) {
        case NUMJ_RANDOM_STANDARD_T: case NUMJ_RANDOM_CHISQUARE: case NUMJ_RANDOM_POISSON:
        case NUMJ_RANDOM_GEOMETRIC: case NUMJ_RANDOM_BINOMIAL: return 1;
        case NUMJ_RANDOM_TRUNCATED_NORMAL: return 4;
        default: return 2;
    }
}

NUMJ_RNG_FN double numj_smp_float(int32_t kind, numj_rng_sub *s, const double *v) {
    switch (kind) {
        case NUMJ_RANDOM_GAMMA: return v[1] * numj_smp_standard_gamma(s, v[0]);
        case NUMJ_RANDOM_BETA: return numj_smp_beta(s, v[0], v[1]);
        case NUMJ_RANDOM_STANDARD_T: return numj_smp_standard_t(s, v[0]);
        case NUMJ_RANDOM_CHISQUARE: return 2.0 * numj_smp_standard_gamma(s, v[0] / 2.0);
        case NUMJ_RANDOM_LOGNORMAL: return numj_rng_exp(v[0] + v[1] * numj_sub_normal(s));
        case NUMJ_RANDOM_LAPLACE: return numj_smp_laplace(s, v[0], v[1]);
        case NUMJ_RANDOM_LOGISTIC: return numj_smp_logistic(s, v[0], v[1]);
        default: return numj_smp_truncated_normal(s, v[0], v[1], v[2], v[3]);
    }
}

NUMJ_RNG_FN int64_t numj_smp_int(int32_t kind, numj_rng_sub *s, const double *v, int64_t iv) {
    switch (kind) {
        case NUMJ_RANDOM_BINOMIAL: return numj_smp_binomial(s, iv, v[0]);
        case NUMJ_RANDOM_POISSON: return numj_smp_poisson(s, v[0]);
        default: return numj_smp_geometric(s, v[0]);
    }
}

#endif
