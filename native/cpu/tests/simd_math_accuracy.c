/*
 * Max ULP error of the SIMD math kernels (simd_math.cc) against long-double libm, for every kernel variant on
 * every target this CPU runs, next to plain libm's (the scalar loops'). A diagnostic, not part of the build:
 *   L=build/native/stage/dev/numj/natives/linux-x86_64
 *   cc -O2 -Inative/cpu native/cpu/tests/simd_math_accuracy.c -L$L -lnumj_cpu -lm -o /tmp/simd_acc
 *   LD_LIBRARY_PATH=$L /tmp/simd_acc          (WORST=1 also prints the worst input)
 * Exit status 1 when a special value (NaN, infinity, zero sign) differs from libm's.
 */
#include "simd_math.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *NAMES[NUMJ_SIMD_SIGMOIDD] = {"exp", "log", "log1p", "expm1", "tanh", "sigmoid", "sin", "cos"};

static long double ref(int op, long double x) {
    switch (op) {
    case NUMJ_SIMD_EXP: return expl(x);
    case NUMJ_SIMD_LOG: return logl(x);
    case NUMJ_SIMD_LOG1P: return log1pl(x);
    case NUMJ_SIMD_EXPM1: return expm1l(x);
    case NUMJ_SIMD_TANH: return tanhl(x);
    case NUMJ_SIMD_SIGMOID: { long double e = expl(-fabsl(x)); return (x >= 0 ? 1 : e) / (1 + e); }
    case NUMJ_SIMD_SIN: return sinl(x);
    default: return cosl(x);
    }
}

static float libm32(int op, float x) {
    switch (op) {
    case NUMJ_SIMD_EXP: return expf(x);
    case NUMJ_SIMD_LOG: return logf(x);
    case NUMJ_SIMD_LOG1P: return log1pf(x);
    case NUMJ_SIMD_EXPM1: return expm1f(x);
    case NUMJ_SIMD_TANH: return tanhf(x);
    case NUMJ_SIMD_SIGMOID: { float e = expf(-fabsf(x)), k = copysignf(1, x); return (e > k ? e : k) / (1 + e); }
    case NUMJ_SIMD_SIN: return sinf(x);
    default: return cosf(x);
    }
}

static double libm64(int op, double x) {
    switch (op) {
    case NUMJ_SIMD_EXP: return exp(x);
    case NUMJ_SIMD_LOG: return log(x);
    case NUMJ_SIMD_LOG1P: return log1p(x);
    case NUMJ_SIMD_EXPM1: return expm1(x);
    case NUMJ_SIMD_TANH: return tanh(x);
    case NUMJ_SIMD_SIGMOID: { double e = exp(-fabs(x)), k = copysign(1, x); return (e > k ? e : k) / (1 + e); }
    case NUMJ_SIMD_SIN: return sin(x);
    default: return cos(x);
    }
}

/* |y - r| in units of the last place of the float (mant = 24) or double (53) nearest r; specials: 0 when y is
 * exactly what rounding r gives (NaN for NaN), else 1e9 */
static double ulp_err(long double y, long double r, int mant, int emin) {
    long double rt = mant == 24 ? (long double)(float)r : (long double)(double)r;
    if (isnan(r) || isnan(y)) return isnan(r) && isnan(y) ? 0 : 1e9;
    if (isinf(rt) || isinf(y)) return y == rt ? 0 : 1e9;
    if (rt == 0 && y == 0 && signbit(rt) != signbit(y) && r == 0) return 1e9;
    int e;
    frexpl(r == 0 ? 1e-300L : r, &e);
    e -= 1;
    if (e < emin) e = emin;
    return (double)(fabsl(y - r) / ldexpl(1, e - (mant - 1)));
}

static uint64_t rng = 88172645463325252ull;
static uint64_t next(void) { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return rng; }
static double unif(double lo, double hi) { return lo + (hi - lo) * (double)(next() >> 11) * 0x1p-53; }

enum { N = 1 << 20 };

/* Inputs: random bit patterns, then uniform samples in [lo, hi] (two ranges per op), then special values. */
static void inputs(int op, int f32, double *x) {
    static const double R[NUMJ_SIMD_SIGMOIDD][4] = {
        {-110, 90, -760, 710}, {0, 10, 0, 1e6}, {-1, 10, -1e-6, 1e-6}, {-5, 5, -110, 90},
        {-20, 20, -1e-3, 1e-3}, {-20, 20, -760, 760}, {-10, 10, -40000, 40000}, {-10, 10, -40000, 40000}};
    static const double S[] = {0.0, -0.0, INFINITY, -INFINITY, NAN, -NAN, 1, -1, 0x1p-149, -0x1p-149, 0x1p-1074,
                               FLT_MIN, DBL_MIN, FLT_MAX, -FLT_MAX, DBL_MAX, -DBL_MAX, 88.72, 88.7228, 88.73, 89,
                               -87.33, -87.34, -103, -104, -150, 706, 709.78, 709.79, 710, -708.39, -708.4, -745.1,
                               -746, 1e-30, -1e-30, 1e-300, 39000, 39001, -39000, 1e6, 1e22, M_PI, M_PI / 2, -0.5,
                               -0.9999999, 1e-8, -1e-8, 0.5, 20, -20, 9.01, 19.06, 350, -350};
    const int ns = (int)(sizeof S / sizeof S[0]);
    for (int i = 0; i < N; i++) {
        uint64_t b = next();
        if (i < N / 4) {
            if (f32) { uint32_t u = (uint32_t)b; float f; memcpy(&f, &u, 4); x[i] = f; }
            else memcpy(&x[i], &b, 8);
        } else if (i < N / 2 + N / 4) {
            int k = i < N / 2 ? 0 : 2;
            x[i] = unif(R[op][k], R[op][k + 1]);
        } else if (i < N - ns) {
            x[i] = unif(-1, 1) * pow(10, unif(-40, 5));
        } else {
            x[i] = S[i - (N - ns)];
        }
        if (f32) x[i] = (float)x[i];
    }
}

int main(int argc, char **argv) {
    int ntargets = NUMJ_SIMD_NTARGETS;
    const char *t = numj_simd_target();
    int first = strcmp(t, "avx512") == 0 ? 0 : strcmp(t, "avx2") == 0 ? 1 : strcmp(t, "sse4") == 0 ? 2 : 3;
    (void)argc; (void)argv;
    printf("target in use: %s\n%-8s %-6s %10s", t, "op", "dtype", "libm");
    static const char *TN[] = {"avx512", "avx2", "sse4"};
    for (int k = first; k < ntargets; k++) printf(" %10s %10s", TN[k], "(via f64)");
    printf("\n");
    static double x[N];
    static float xf[N], yf[N];
    static double y[N];
    int bad = 0;
    for (int op = 0; op < NUMJ_SIMD_SIGMOIDD; op++)  // sigmoid_derivative: s * (1 - s) of sigmoid's s
        for (int f32 = 1; f32 >= 0; f32--) {
            inputs(op, f32, x);
            double e = 0;
            for (int i = 0; i < N; i++) {
                double u = f32 ? ulp_err(libm32(op, (float)x[i]), ref(op, x[i]), 24, -126)
                               : ulp_err(libm64(op, x[i]), ref(op, x[i]), 53, -1022);
                if (u > e) e = u;
            }
            printf("%-8s %-6s %10.3f", NAMES[op], f32 ? "f32" : "f64", e);
            for (int k = first; k < ntargets; k++)
                for (int v = f32 ? 0 : 2; v <= (f32 ? 1 : 2); v++) {
                    double m = 0, worst = 0;
                    if (f32) {
                        for (int i = 0; i < N; i++) xf[i] = (float)x[i];
                        ((numj_simd_f32_fn)numj_simd_kernel(op, v, k))(xf, yf, N);
                    } else {
                        ((numj_simd_f64_fn)numj_simd_kernel(op, v, k))(x, y, N);
                    }
                    for (int i = 0; i < N; i++) {
                        double u = f32 ? ulp_err(yf[i], ref(op, x[i]), 24, -126) : ulp_err(y[i], ref(op, x[i]), 53, -1022);
                        if (u > m) { m = u; worst = x[i]; }
                        /* special results must be libm's, bit for bit */
                        if (f32) {
                            float l = libm32(op, xf[i]);
                            if ((!isfinite(l) || l == 0) && !(isnan(l) && isnan(yf[i])) && memcmp(&l, &yf[i], 4) != 0
                                && bad++ < 20)
                                fprintf(stderr, "%s f32 x=%a: %a, libm %a\n", NAMES[op], x[i], yf[i], l);
                        } else {
                            double l = libm64(op, x[i]);
                            if ((!isfinite(l) || l == 0) && !(isnan(l) && isnan(y[i])) && memcmp(&l, &y[i], 8) != 0
                                && bad++ < 20)
                                fprintf(stderr, "%s f64 x=%a: %a, libm %a\n", NAMES[op], x[i], y[i], l);
                        }
                    }
                    printf(" %10.3f", m);
                    if (getenv("WORST")) printf("[%a]", worst);
                }
            printf("\n");
            fflush(stdout);
        }
    return bad ? 1 : 0;
}
