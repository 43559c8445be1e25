/*
 * NumJ's random stream: Philox4x32-10 (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3",
 * SC'11; the generator of Random123, cuRAND's PHILOX4_32_10 and JAX) and the transforms that turn its
 * words into numbers. Everything here is a pure function of (seed, position), written with integer
 * operations and IEEE +, -, *, / and sqrt only (no libm), so every platform and a CUDA kernel that
 * #includes this header compute the same bits. random.c runs it on the CPU.
 *
 * The stream (the contract the Java layer, the tests' Java reference and any GPU kernel share):
 *  - Block b (a uint64) is Philox4x32-10 of counter {lo32(b), hi32(b), 0, 0} under key
 *    {lo32(seed), hi32(seed)}; its four output words are stream words 4b, 4b+1, 4b+2, 4b+3.
 *  - A draw of n values at word offset W gives value i the words W + k*i ... W + k*i + k-1, k below.
 *    The Java layer starts every draw on a block boundary (W a multiple of 4), so with k in {1, 2, 4}
 *    value i lies in one block: a GPU thread computes block W/4 + (k*i)/4 and nothing else.
 *  - Two words (w0, w1) form the uint64 w0 | w1 << 32 (Philox's output read as little-endian uint64s).
 *
 *  kind         dtype     k   value
 *  UNIFORM01    float64   2   (u64 >> 11) * 2^-53                      53 bits, in [0, 1)
 *               float32   1   (w >> 8) * 2^-24                         24 bits, in [0, 1)
 *  UNIFORM      float64   2   low + (high - low) * u                   u as UNIFORM01, in double
 *               float32   1   (float)(low + (high - low) * u)          u the 24-bit uniform, in double
 *  NORMAL       both      4 per pair   Box-Muller on block-sized pairs: values 2p and 2p+1 come from
 *               words W+4p..W+4p+3: v = 1 - u1 in (0, 1] from words 0-1 (53 bits), angle 2*pi*u2 from
 *               words 2-3 (53 bits); value 2p = mu + sd * sqrt(-2 ln v) * cos(angle), value 2p+1 the same
 *               with sin. Both outputs are used; an odd n drops the last sin. float32 is the float64
 *               value rounded, so randn(FLOAT32) == randn().astype(FLOAT32) for the same stream position.
 *  EXPONENTIAL  both      2   scale * -ln(1 - u), u as UNIFORM01 (float32: the float64 value rounded)
 *  RANDINT      int32/64  2   low + floor(u64 * r / 2^64), r = high - low, when r <= 2^32
 *                         4   low + floor(u128 * r / 2^128) otherwise (words 0-1 the low half)
 *               Multiply-shift without rejection keeps one value per fixed number of words (Lemire's
 *               rejection step would not); the cost is a bias of at most r / 2^64 (<= 2^-32 for r <= 2^32)
 *               or r / 2^128 (<= 2^-64) in any value's probability, relative to 1/r.
 *  BITS         int64     2   the uint64 itself; int32: 1, the word itself
 *  GAMMA ... GEOMETRIC    4   one block a value, read as that value's own sub-stream (counters
 *                             {block, j, 0}, j = 0, 1, ...): samplers.h
 *
 * ln, sin and cos are fdlibm's (e_log.c exactly, so ln equals Java's StrictMath.log bit for bit; the
 * k_sin.c / k_cos.c kernels after an exact reduction of the angle by octants, which the 53-bit u2
 * allows: 8 * u2 splits into the octant and an exact fraction). Arithmetic must not be contracted to
 * FMA: the CPU library builds with -ffp-contract=off; a CUDA build needs -fmad=false.
 */
#ifndef NUMJ_PHILOX_H
#define NUMJ_PHILOX_H

#include <stdint.h>
#include <math.h>
#include <string.h>

#ifdef __CUDACC__
#define NUMJ_RNG_FN __host__ __device__ static inline
#else
#define NUMJ_RNG_FN static inline
#endif

/* ---- Philox4x32-10 ---------------------------------------------------------------------------- */

/* Philox4x32-10 of counter {c0, c1, c2, c3} under key {lo32(seed), hi32(seed)} */
NUMJ_RNG_FN void numj_philox4x32(uint64_t seed, uint32_t c0, uint32_t c1, uint32_t c2, uint32_t c3, uint32_t out[4]) {
    uint32_t k0 = (uint32_t)seed, k1 = (uint32_t)(seed >> 32);
    for (int r = 0; r < 10; r++) {
        uint64_t p0 = (uint64_t)0xD2511F53u * c0, p1 = (uint64_t)0xCD9E8D57u * c2;
        uint32_t n0 = (uint32_t)(p1 >> 32) ^ c1 ^ k0, n2 = (uint32_t)(p0 >> 32) ^ c3 ^ k1;
        c1 = (uint32_t)p1;
        c3 = (uint32_t)p0;
        c0 = n0;
        c2 = n2;
        k0 += 0x9E3779B9u;
        k1 += 0xBB67AE85u;
    }
    out[0] = c0;
    out[1] = c1;
    out[2] = c2;
    out[3] = c3;
}

/* Block `block` of the stream: counter {lo32(block), hi32(block), 0, 0} (samplers.h's sub-streams use
 * the other counters) */
NUMJ_RNG_FN void numj_philox_block(uint64_t seed, uint64_t block, uint32_t out[4]) {
    numj_philox4x32(seed, (uint32_t)block, (uint32_t)(block >> 32), 0, 0, out);
}

/* ---- words to numbers ------------------------------------------------------------------------- */

NUMJ_RNG_FN uint64_t numj_rng_u64(const uint32_t *w) { return (uint64_t)w[0] | ((uint64_t)w[1] << 32); }

/* [0, 1), 53 bits */
NUMJ_RNG_FN double numj_rng_u01(const uint32_t *w) { return (double)(numj_rng_u64(w) >> 11) * 0x1.0p-53; }

/* [0, 1), 24 bits */
NUMJ_RNG_FN float numj_rng_u01f(const uint32_t *w) { return (float)(w[0] >> 8) * 0x1.0p-24f; }

/* 1 - u for the 53-bit u of w: (0, 1], exact */
NUMJ_RNG_FN double numj_rng_one_minus_u01(const uint32_t *w) {
    return (double)(((uint64_t)1 << 53) - (numj_rng_u64(w) >> 11)) * 0x1.0p-53;
}

NUMJ_RNG_FN uint64_t numj_rng_dbits(double x) { uint64_t b; memcpy(&b, &x, 8); return b; }
NUMJ_RNG_FN double numj_rng_bitsd(uint64_t b) { double x; memcpy(&x, &b, 8); return x; }

/* fdlibm e_log.c (__ieee754_log), unchanged in its arithmetic. */
NUMJ_RNG_FN double numj_rng_log(double x) {
    const double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10,
                 two54 = 1.80143985094819840000e+16,
                 Lg1 = 6.666666666666735130e-01, Lg2 = 3.999999999940941908e-01, Lg3 = 2.857142874366239149e-01,
                 Lg4 = 2.222219843214978396e-01, Lg5 = 1.818357216161805012e-01, Lg6 = 1.531383769920937332e-01,
                 Lg7 = 1.479819860511658591e-01;
    uint64_t bits = numj_rng_dbits(x);
    int32_t hx = (int32_t)(bits >> 32);
    uint32_t lx = (uint32_t)bits;
    int32_t k = 0;
    if (hx < 0x00100000) {                       /* x < 2^-1022 */
        if (((hx & 0x7fffffff) | lx) == 0) return -INFINITY;   /* fdlibm: -two54 / 0 */
        if (hx < 0) return NAN;                                  /* fdlibm: (x - x) / 0 */
        k -= 54;
        x *= two54;
        hx = (int32_t)(numj_rng_dbits(x) >> 32);
    }
    if (hx >= 0x7ff00000) return x + x;
    k += (hx >> 20) - 1023;
    hx &= 0x000fffff;
    int32_t i = (hx + 0x95f64) & 0x100000;
    x = numj_rng_bitsd(((uint64_t)(uint32_t)(hx | (i ^ 0x3ff00000)) << 32) | (numj_rng_dbits(x) & 0xffffffffu));
    k += (i >> 20);
    double f = x - 1.0, dk;
    if ((0x000fffff & (2 + hx)) < 3) {           /* |f| < 2^-20 */
        if (f == 0.0) {
            if (k == 0) return 0.0;
            dk = (double)k;
            return dk * ln2_hi + dk * ln2_lo;
        }
        double R = f * f * (0.5 - 0.33333333333333333 * f);
        if (k == 0) return f - R;
        dk = (double)k;
        return dk * ln2_hi - ((R - dk * ln2_lo) - f);
    }
    double s = f / (2.0 + f);
    dk = (double)k;
    double z = s * s;
    i = hx - 0x6147a;
    double w = z * z;
    int32_t j = 0x6b851 - hx;
    double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
    double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
    i |= j;
    double R = t2 + t1;
    if (i > 0) {
        double hfsq = 0.5 * f * f;
        if (k == 0) return f - (hfsq - s * (hfsq + R));
        return dk * ln2_hi - ((hfsq - (s * (hfsq + R) + dk * ln2_lo)) - f);
    }
    if (k == 0) return f - s * (f - R);
    return dk * ln2_hi - ((s * (f - R) - dk * ln2_lo) - f);
}

/* fdlibm k_sin.c for |x| <= pi/4 (tail y = 0) */
NUMJ_RNG_FN double numj_rng_ksin(double x) {
    const double S1 = -1.66666666666666324348e-01, S2 = 8.33333333332248946124e-03,
                 S3 = -1.98412698298579493134e-04, S4 = 2.75573137070700676789e-06,
                 S5 = -2.50507602534068634195e-08, S6 = 1.58969099521155010221e-10;
    double z = x * x, v = z * x;
    double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    return x + v * (S1 + z * r);
}

/* fdlibm k_cos.c for |x| <= pi/4 (tail y = 0) */
NUMJ_RNG_FN double numj_rng_kcos(double x) {
    const double C1 = 4.16666666666666019037e-02, C2 = -1.38888888888741095749e-03,
                 C3 = 2.48015872894767294178e-05, C4 = -2.75573143513906633035e-07,
                 C5 = 2.08757232129817482790e-09, C6 = -1.13596475577881948265e-11;
    int32_t ix = (int32_t)(numj_rng_dbits(x) >> 32) & 0x7fffffff;
    double z = x * x;
    double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if (ix < 0x3FD33333) return 1.0 - (0.5 * z - z * r);           /* |x| < 0.3 */
    double qx = ix > 0x3fe90000 ? 0.28125 : numj_rng_bitsd((uint64_t)(uint32_t)(ix - 0x00200000) << 32);
    double hz = 0.5 * z - qx, a = 1.0 - qx;
    return a - (hz - z * r);
}

/* Standard normal pair from one block's words: z[0] = R cos(2 pi u2), z[1] = R sin(2 pi u2). */
NUMJ_RNG_FN void numj_rng_normal_pair(const uint32_t *w, double z[2]) {
    const double PIO4 = 7.85398163397448278999e-01;
    double e = 0.0 - numj_rng_log(numj_rng_one_minus_u01(w));       /* in [0, 36.8]; +0 when u1 = 0 */
    double R = sqrt(2.0 * e);
    uint64_t m = numj_rng_u64(w + 2) >> 11;                          /* angle = 2 pi m / 2^53 */
    int oct = (int)(m >> 50);                                        /* = (pi/4) (oct + f / 2^50) */
    uint64_t f = m & (((uint64_t)1 << 50) - 1);
    if (oct & 1) f = ((uint64_t)1 << 50) - f;                        /* odd octant: measure from its end */
    double a = PIO4 * ((double)f * 0x1.0p-50);                       /* in [0, pi/4] */
    double s = numj_rng_ksin(a), c = numj_rng_kcos(a);
    if (oct & 1) { double t = s; s = c; c = t; }                     /* sin/cos of the quadrant angle */
    double sn, cs;
    switch (oct >> 1) {                                              /* + q pi/2 */
        case 0: sn = s; cs = c; break;
        case 1: sn = c; cs = -s; break;
        case 2: sn = -s; cs = -c; break;
        default: sn = -c; cs = s; break;
    }
    z[0] = R * cs;
    z[1] = R * sn;
}

/* Standard exponential -ln(1 - u) from two words; +0 (never -0) when u = 0. */
NUMJ_RNG_FN double numj_rng_exponential(const uint32_t *w) {
    return 0.0 - numj_rng_log(numj_rng_one_minus_u01(w));
}

/* floor(v * r / 2^64) */
NUMJ_RNG_FN uint64_t numj_rng_mulhi64(uint64_t v, uint64_t r) {
#if defined(__CUDA_ARCH__)
    return __umul64hi(v, r);
#elif defined(__SIZEOF_INT128__)
    return (uint64_t)(((unsigned __int128)v * r) >> 64);
#else
    uint64_t vl = (uint32_t)v, vh = v >> 32, rl = (uint32_t)r, rh = r >> 32;
    uint64_t ll = vl * rl, lh = vl * rh, hl = vh * rl, hh = vh * rh;
    uint64_t mid = (ll >> 32) + (uint32_t)lh + (uint32_t)hl;
    return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
#endif
}

/* floor(u * r / 2^w) for u the 64-bit (r <= 2^32) or 128-bit value of w: uniform in [0, r) */
NUMJ_RNG_FN uint64_t numj_rng_below(const uint32_t *w, uint64_t r) {
    if (r <= ((uint64_t)1 << 32)) return numj_rng_mulhi64(numj_rng_u64(w), r);
    /* (hi * 2^64 + lo) * r / 2^128 = (hi * r + mulhi(lo, r)) / 2^64; the sum fits in 128 bits */
    uint64_t lo = numj_rng_u64(w), hi = numj_rng_u64(w + 2);
    uint64_t a_lo = hi * r, a_hi = numj_rng_mulhi64(hi, r);
    uint64_t b = numj_rng_mulhi64(lo, r);
    uint64_t sum_lo = a_lo + b;
    return a_hi + (sum_lo < a_lo);
}

#endif
