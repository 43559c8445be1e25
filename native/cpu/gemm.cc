/*
 * NumJ's own float32/float64 matrix product for small and mid-sized products (numj_gemm), written with Google
 * Highway's vector types (header-only, as simd_math.cc), compiled for AVX2+FMA and chosen at run time.
 *
 * Why: NumJ's OpenBLAS (org.bytedeco 0.3.31) runs the same Haswell kernel as NumPy's scipy-openblas but packs its
 * operands 1.2-1.3x slower (a compiler difference in its C copy routines; docs/performance.md, "The two builds of
 * 0.3.31"), a fifth of a 64-row product such as the MLP's. This product packs only B, and only into the small
 * panels its inner loop reads; A is read in place (its rows, or its columns for a transposed A), so a 64x784 @
 * 784x128 product copies 400 KB where OpenBLAS copies both operands.
 *
 * The layout is BLIS's: a 6 x 2-vector register tile (6x16 float32, 6x8 float64 on AVX2) accumulates over a
 * block of KC steps of k from one packed panel of B (KC x 2 vectors, 16 KB, kept in L1) and six rows of A; the
 * tiles sweep MC rows (A's block kept in L2) for each panel. k is summed in blocks of KC in order, each block's
 * sum added to C as BLAS's beta = 1 adds it, so the rounding is that of a blocked BLAS product (not NumPy's bits:
 * neither is OpenBLAS's; tests compare with NumPy within the product's rounding).
 *
 * Work is split across the pool (pool.h) by column panels, or by row tiles when the panels do not share out evenly;
 * each part packs the B panels it reads, so nothing is shared but the read-only operands.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "numj_cpu.h"
#include "simd_math.h"
extern "C" {
#include "pool.h"
}

#define HWY_DISABLE_PCLMUL_AES 1  // as simd_math.cc: not used
#undef HWY_TARGETS
#define HWY_TARGETS (HWY_AVX3 | HWY_AVX2)
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "gemm.cc"
#include <hwy/foreach_target.h>  // NOLINT

#include <hwy/highway.h>

#ifndef NUMJ_GEMM_ONCE_
#define NUMJ_GEMM_ONCE_
namespace numj_gemm_common {
/* One product: C[i, j] (+)= sum_p A[i, p] * B[p, j]; A's (i, p) at a + i * rsa + p * csa (elements), B's (p, j)
 * at b + p * rsb + j * csb, C row-major with row stride ldc. */
struct Job {
    const void *a, *b;
    void *c;
    int64_t m, n, k, rsa, csa, rsb, csb, ldc;
    int acc;
    int parts, by_cols;  // how the work is split: parts ranges of column panels (by_cols) or of row tiles
};

constexpr int64_t MR = 6;  // rows per register tile
constexpr int64_t KC = 256;  // k per block: a packed B panel of 2 vectors x KC is 16 KB
constexpr int64_t MC = 96;  // rows of A per block (L2)

/* Each thread's packing buffer, grown as needed and freed when the thread ends. */
pthread_key_t g_key;
pthread_once_t g_key_once = PTHREAD_ONCE_INIT;
struct Buf {
    void *p;
    size_t bytes;
};
void free_buf(void *v) {
    Buf *b = (Buf *)v;
    free(b->p);
    free(b);
}
void make_key(void) { pthread_key_create(&g_key, free_buf); }
void *buffer(size_t bytes) {
    pthread_once(&g_key_once, make_key);
    Buf *b = (Buf *)pthread_getspecific(g_key);
    if (!b) {
        b = (Buf *)calloc(1, sizeof(Buf));
        if (!b) return nullptr;
        pthread_setspecific(g_key, b);
    }
    if (b->bytes < bytes) {
        free(b->p);
        b->bytes = (bytes + 4095) / 4096 * 4096;
        b->p = aligned_alloc(64, b->bytes);
        if (!b->p) b->bytes = 0;
    }
    return b->p;
}
}  // namespace numj_gemm_common
#endif

HWY_BEFORE_NAMESPACE();
namespace numj_gemm_hwy {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;
using namespace numj_gemm_common;

/* One register tile: the mr x nr corner of C at c gets the sum over p < kc of A's six rows at arow (element
 * (r, p) at arow[r][p * acs]; kRows: acs == 1) times the packed panel bp (kc rows of 2 vectors), added to C when
 * acc. Rows of the tile past mr read a valid row again (arow repeats it) and are not written. */
template <typename T, bool kRows>
HWY_NOINLINE void Tile(int64_t kc, const T *const *arow, int64_t acs, const T *HWY_RESTRICT bp, T *c, int64_t ldc,
                       int64_t mr, int64_t nr, int acc) {
    const hn::ScalableTag<T> d;
    const int64_t L = (int64_t)hn::Lanes(d);
    const T *a0 = arow[0], *a1 = arow[1], *a2 = arow[2], *a3 = arow[3], *a4 = arow[4], *a5 = arow[5];
    auto c00 = hn::Zero(d), c01 = hn::Zero(d), c10 = hn::Zero(d), c11 = hn::Zero(d), c20 = hn::Zero(d),
         c21 = hn::Zero(d), c30 = hn::Zero(d), c31 = hn::Zero(d), c40 = hn::Zero(d), c41 = hn::Zero(d),
         c50 = hn::Zero(d), c51 = hn::Zero(d);
    int64_t off = 0;
    for (int64_t p = 0; p < kc; p++) {
        const auto b0 = hn::Load(d, bp), b1 = hn::Load(d, bp + L);
        bp += 2 * L;
        auto x = hn::Set(d, a0[off]);
        c00 = hn::MulAdd(x, b0, c00);
        c01 = hn::MulAdd(x, b1, c01);
        x = hn::Set(d, a1[off]);
        c10 = hn::MulAdd(x, b0, c10);
        c11 = hn::MulAdd(x, b1, c11);
        x = hn::Set(d, a2[off]);
        c20 = hn::MulAdd(x, b0, c20);
        c21 = hn::MulAdd(x, b1, c21);
        x = hn::Set(d, a3[off]);
        c30 = hn::MulAdd(x, b0, c30);
        c31 = hn::MulAdd(x, b1, c31);
        x = hn::Set(d, a4[off]);
        c40 = hn::MulAdd(x, b0, c40);
        c41 = hn::MulAdd(x, b1, c41);
        x = hn::Set(d, a5[off]);
        c50 = hn::MulAdd(x, b0, c50);
        c51 = hn::MulAdd(x, b1, c51);
        off += kRows ? 1 : acs;
    }
    if (mr == MR && nr == 2 * L) {
        T *r = c;
#define NUMJ_GEMM_ROW(X0, X1)                                                                                 \
    if (acc) {                                                                                               \
        X0 = hn::Add(hn::LoadU(d, r), X0);                                                                   \
        X1 = hn::Add(hn::LoadU(d, r + L), X1);                                                               \
    }                                                                                                        \
    hn::StoreU(X0, d, r);                                                                                    \
    hn::StoreU(X1, d, r + L);                                                                                \
    r += ldc;
        NUMJ_GEMM_ROW(c00, c01) NUMJ_GEMM_ROW(c10, c11) NUMJ_GEMM_ROW(c20, c21) NUMJ_GEMM_ROW(c30, c31)
        NUMJ_GEMM_ROW(c40, c41) NUMJ_GEMM_ROW(c50, c51)
#undef NUMJ_GEMM_ROW
        return;
    }
    HWY_ALIGN T t[MR * 2 * (HWY_MAX_BYTES / sizeof(T))];
    hn::Store(c00, d, t), hn::Store(c01, d, t + L), hn::Store(c10, d, t + 2 * L), hn::Store(c11, d, t + 3 * L);
    hn::Store(c20, d, t + 4 * L), hn::Store(c21, d, t + 5 * L), hn::Store(c30, d, t + 6 * L);
    hn::Store(c31, d, t + 7 * L), hn::Store(c40, d, t + 8 * L), hn::Store(c41, d, t + 9 * L);
    hn::Store(c50, d, t + 10 * L), hn::Store(c51, d, t + 11 * L);
    for (int64_t i = 0; i < mr; i++)
        for (int64_t j = 0; j < nr; j++) c[i * ldc + j] = acc ? c[i * ldc + j] + t[i * 2 * L + j] : t[i * 2 * L + j];
}

/* B's rows p0 .. p0 + kc, columns j0 .. j0 + nc, into panels of nrw columns (the last padded with zeros):
 * panel q's (p, jj) at bp[q * kc * nrw + p * nrw + jj]. */
template <typename T>
void PackB(const Job &jb, int64_t p0, int64_t kc, int64_t j0, int64_t nc, int64_t nrw, T *bp) {
    const T *b = (const T *)jb.b;
    for (int64_t q = 0; q * nrw < nc; q++, bp += kc * nrw) {
        const int64_t w = nc - q * nrw < nrw ? nc - q * nrw : nrw, j = j0 + q * nrw;
        if (jb.csb == 1 && w == nrw) {
            const hn::ScalableTag<T> d;
            const int64_t L = (int64_t)hn::Lanes(d);
            const T *src = b + p0 * jb.rsb + j;
            for (int64_t p = 0; p < kc; p++, src += jb.rsb) {
                hn::Store(hn::LoadU(d, src), d, bp + p * nrw);
                hn::Store(hn::LoadU(d, src + L), d, bp + p * nrw + L);
            }
        } else if (jb.csb == 1) {
            for (int64_t p = 0; p < kc; p++) {
                memcpy(bp + p * nrw, b + (p0 + p) * jb.rsb + j, (size_t)w * sizeof(T));
                for (int64_t jj = w; jj < nrw; jj++) bp[p * nrw + jj] = 0;
            }
        } else {
            for (int64_t jj = 0; jj < nrw; jj++) {
                if (jj < w) {
                    const T *col = b + (j + jj) * jb.csb + p0 * jb.rsb;
                    for (int64_t p = 0; p < kc; p++) bp[p * nrw + jj] = col[p * jb.rsb];
                } else {
                    for (int64_t p = 0; p < kc; p++) bp[p * nrw + jj] = 0;
                }
            }
        }
    }
}

/* Rows i0 .. i1 and columns j0 .. j1 of C. Returns 0 when its packing buffer could not be allocated. */
template <typename T>
int Block(const Job &jb, int64_t i0, int64_t i1, int64_t j0, int64_t j1) {
    const hn::ScalableTag<T> d;
    const int64_t nrw = 2 * (int64_t)hn::Lanes(d);
    const int64_t NC = 64 * nrw;  // columns per packed block: KC x NC is 1 MB (float32) or 2 MB (float64)
    const int64_t ncmax = j1 - j0 < NC ? j1 - j0 : NC;
    T *bp = (T *)buffer((size_t)(KC * ((ncmax + nrw - 1) / nrw * nrw)) * sizeof(T));
    if (!bp) return 0;
    const T *a = (const T *)jb.a;
    T *c = (T *)jb.c;
    const bool rows = jb.csa == 1;
    for (int64_t jc = j0; jc < j1; jc += NC) {
        const int64_t nc = j1 - jc < NC ? j1 - jc : NC;
        for (int64_t pc = 0; pc < jb.k; pc += KC) {
            const int64_t kc = jb.k - pc < KC ? jb.k - pc : KC;
            PackB<T>(jb, pc, kc, jc, nc, nrw, bp);
            const int acc = jb.acc || pc > 0;
            for (int64_t ic = i0; ic < i1; ic += MC) {
                const int64_t mc = i1 - ic < MC ? i1 - ic : MC;
                for (int64_t jr = 0; jr < nc; jr += nrw) {
                    const int64_t nr = nc - jr < nrw ? nc - jr : nrw;
                    const T *panel = bp + (jr / nrw) * kc * nrw;
                    for (int64_t ir = 0; ir < mc; ir += MR) {
                        const int64_t i = ic + ir, mr = mc - ir < MR ? mc - ir : MR;
                        const T *arow[MR];
                        for (int64_t r = 0; r < MR; r++) arow[r] = a + (i + (r < mr ? r : mr - 1)) * jb.rsa + pc * jb.csa;
                        T *ct = c + i * jb.ldc + jc + jr;
                        if (rows) Tile<T, true>(kc, arow, 1, panel, ct, jb.ldc, mr, nr, acc);
                        else Tile<T, false>(kc, arow, jb.csa, panel, ct, jb.ldc, mr, nr, acc);
                    }
                }
            }
        }
    }
    return 1;
}

/* Part `part` of jb.parts: a range of column panels or of row tiles. */
template <typename T>
int Part(const Job &jb, int part) {
    const hn::ScalableTag<T> d;
    const int64_t nrw = 2 * (int64_t)hn::Lanes(d);
    const int64_t unit = jb.by_cols ? nrw : MR, extent = jb.by_cols ? jb.n : jb.m;
    const int64_t units = (extent + unit - 1) / unit;
    const int64_t u0 = units * part / jb.parts, u1 = units * (part + 1) / jb.parts;
    const int64_t lo = u0 * unit, hi = u1 * unit < extent ? u1 * unit : extent;
    if (lo >= hi) return 1;
    return jb.by_cols ? Block<T>(jb, 0, jb.m, lo, hi) : Block<T>(jb, lo, hi, 0, jb.n);
}

int PartF32(const Job &jb, int part) { return Part<float>(jb, part); }
int PartF64(const Job &jb, int part) { return Part<double>(jb, part); }
int64_t PanelF32(void) { return 2 * (int64_t)hn::Lanes(hn::ScalableTag<float>()); }
int64_t PanelF64(void) { return 2 * (int64_t)hn::Lanes(hn::ScalableTag<double>()); }

}  // namespace HWY_NAMESPACE
}  // namespace numj_gemm_hwy
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace {
using numj_gemm_common::Job;
using numj_gemm_common::MR;
namespace avx3 = numj_gemm_hwy::N_AVX3;
namespace avx2 = numj_gemm_hwy::N_AVX2;

/* 0: by size (numj_gemm's comment), 1: every product the CPU runs, 2: none. */
int g_mode = -1;
/* What the CPU runs (simd_math.cc's detection): 0 nothing, 1 AVX2 (+FMA, what Highway's AVX2 target is compiled
 * for), 2 AVX-512 too, 3 AVX-512 with OpenBLAS held to narrower kernels (OPENBLAS_CORETYPE names one): one value,
 * so that a thread never sees the target without the rest. NUMJ_GEMM_TARGET=avx2 caps it (tests, benchmarks). */
int g_cpu = -1;

int cpu(void) {
    int c = __atomic_load_n(&g_cpu, __ATOMIC_RELAXED);
    if (c < 0) {
        const int best = numj_simd_cpu_best();
        const char *cap = getenv("NUMJ_GEMM_TARGET");
        c = best == 0 && !(cap && strcmp(cap, "avx2") == 0) ? 2 : best <= 1 ? 1 : 0;
        const char *core = getenv("OPENBLAS_CORETYPE");
        // OpenBLAS's AVX-512 kernels: SkylakeX, Cooperlake, SapphireRapids (and their Zen 4/5 use)
        if (c == 2 && core && *core && !strstr(core, "kylakeX") && !strstr(core, "ooperlake") && !strstr(core, "apphire"))
            c = 3;
        __atomic_store_n(&g_cpu, c, __ATOMIC_RELAXED);
    }
    return c;
}

int mode(void) {
    int m = __atomic_load_n(&g_mode, __ATOMIC_RELAXED);
    if (m < 0) {
        const char *e = getenv("NUMJ_GEMM");
        m = e && strcmp(e, "numj") == 0 ? 1 : e && strcmp(e, "openblas") == 0 ? 2 : 0;
        __atomic_store_n(&g_mode, m, __ATOMIC_RELAXED);
    }
    return m;
}

/* Multiply-adds (m * n * k) up to which NumJ's kernel takes a product by default: where it measured at least as fast
 * as OpenBLAS's kernels for the same CPU (docs/performance.md, "NumJ's own matrix product"). */
constexpr double kMaxMacsAvx2 = 64.0 * 1024 * 1024;
constexpr double kMaxMacsAvx512 = 1024.0 * 1024 * 1024;
/* Below this many multiply-adds a product runs on the calling thread alone. */
constexpr double kSplitMinMacs = 256.0 * 1024;

struct Run {
    const Job *jb;
    int f64, wide;
    int ok[NUMJ_POOL_MAX];
};

void run_part(void *arg, int part) {
    Run *r = (Run *)arg;
    if (r->wide) r->ok[part] = r->f64 ? avx3::PartF64(*r->jb, part) : avx3::PartF32(*r->jb, part);
    else r->ok[part] = r->f64 ? avx2::PartF64(*r->jb, part) : avx2::PartF32(*r->jb, part);
}
}  // namespace

extern "C" {
int32_t numj_gemm(int32_t dt, int32_t trans_a, int32_t trans_b, int64_t m, int64_t n, int64_t k, const void *a,
                  int64_t lda, const void *b, int64_t ldb, void *c, int64_t ldc, int32_t accumulate) {
    const int md = mode(), cp = cpu();
    if (md == 2 || cp == 0 || (dt != NUMJ_FLOAT32 && dt != NUMJ_FLOAT64) || m < 0 || n < 0 || k < 1) return 0;
    const double macs = (double)m * (double)n * (double)k;
    if (md == 0 && cp != 3 && macs > (cp == 2 ? kMaxMacsAvx512 : kMaxMacsAvx2)) return 0;
    // a matrix times one column: OpenBLAS forwards it to gemv, 1.5-2x faster than a panel with one useful column
    if (md == 0 && n == 1) return 0;
    if (m == 0 || n == 0) return 1;
    if (!a || !b || !c) return NUMJ_EARG;
    const int f64 = dt == NUMJ_FLOAT64;
    const int64_t nrw2 = f64 ? avx2::PanelF64() : avx2::PanelF32();
    // AVX-512's panels are twice as wide: a product no wider than an AVX2 panel would compute half padding
    const int wide = cp >= 2 && n > nrw2;
    const int64_t nrw = wide ? 2 * nrw2 : nrw2;
    Job jb = {a, b, c, m, n, k, trans_a ? 1 : lda, trans_a ? lda : 1, trans_b ? 1 : ldb, trans_b ? ldb : 1, ldc,
              accumulate != 0, 1, 1};
    const int64_t panels = (n + nrw - 1) / nrw, tiles = (m + MR - 1) / MR;
    int parts = macs < kSplitMinMacs ? 1 : numj_pool_threads();
    // by column panels when the parts get equal shares or nearly (each part then packs only the panels it reads:
    // 64x784 @ 784x128 float32 41 against 50 us split by rows, benchmarks/blas/gemm_libs.c); else by row tiles
    // (each part packs all of B)
    jb.by_cols = panels >= parts && (panels % parts == 0 || panels >= 4 * parts);
    const int64_t units = jb.by_cols ? panels : tiles;
    if (parts > units) parts = (int)units;
    if (parts < 1) parts = 1;
    jb.parts = parts;
    Run r = {&jb, f64, wide, {0}};
    if (parts == 1) run_part(&r, 0);
    else numj_parallel(parts, run_part, &r);
    for (int p = 0; p < parts; p++)
        if (!r.ok[p]) return NUMJ_ENOMEM;
    return 1;
}

int32_t numj_gemm_mode(int32_t mode_or_query) {
    const int before = mode();
    if (mode_or_query >= 0 && mode_or_query <= 2) __atomic_store_n(&g_mode, mode_or_query, __ATOMIC_RELAXED);
    return before;
}

const char *numj_gemm_kernel(void) {
    const int c = cpu(), md = mode();
    if (c == 0) return "none (the CPU lacks AVX2/FMA): OpenBLAS runs every product";
    if (md == 2) return "off: OpenBLAS runs every product";
    if (md == 1) return c >= 2 ? "avx512 for every product" : "avx2 for every product";
    if (c == 3) return "avx512 for every product (OpenBLAS is set to narrower kernels by OPENBLAS_CORETYPE)";
    return c == 2 ? "avx512 up to 2^30 multiply-adds, OpenBLAS above" : "avx2 up to 2^26 multiply-adds, OpenBLAS above";
}
}
#endif  // HWY_ONCE
