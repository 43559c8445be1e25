/*
 * NumJ CPU kernels: the C ABI that Java reaches through jextract-generated bindings
 * (dev.numj.internal.ffi.numj). One op vocabulary (numj_ops.h) is shared with the CUDA backend.
 *
 * Conventions, modelled on NumPy's ufunc machinery:
 *  - Every array argument is (pointer, strides) with strides in BYTES; the shape is shared by all
 *    operands of a call. Broadcasting is expressed by stride 0. The Java layer resolves dtypes,
 *    broadcasting and output allocation before calling; kernels never allocate.
 *  - Binary/unary kernels take operands already in the computation dtype `dt`; the output dtype is
 *    `dt` for arithmetic ops and NUMJ_BOOL for comparisons/logical ops. Casting is numj_cast.
 *  - Every entry point returns NUMJ_OK (0) or a negative NUMJ_E* code; it never aborts.
 */
#ifndef NUMJ_CPU_H
#define NUMJ_CPU_H

#include <stddef.h>
#include <stdint.h>
#include "numj_ops.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Library version, for a Java-side check that the loaded library matches the bindings. */
int32_t numj_version(void);

/* Aligned (64-byte) uninitialised allocation and its release; NULL when out of memory. */
void *numj_malloc(int64_t nbytes);
void numj_free(void *p);

/* dst[i] = (dst dtype) src[i] over an n-d strided iteration (also a plain strided copy when dtypes agree). */
int32_t numj_cast(int32_t src_dt, int32_t dst_dt, int32_t ndim, const int64_t *shape,
                  const void *src, const int64_t *src_strides, void *dst, const int64_t *dst_strides);

/* dst[i] = *value (value points at one element of dtype dt). */
int32_t numj_fill(int32_t dt, int32_t ndim, const int64_t *shape, void *dst, const int64_t *dst_strides,
                  const void *value);

/* out[i] = a[i] op b[i]; op is a numj_binary_op. */
int32_t numj_binary(int32_t op, int32_t dt, int32_t ndim, const int64_t *shape,
                    const void *a, const int64_t *a_strides, const void *b, const int64_t *b_strides,
                    void *out, const int64_t *out_strides);

/* out[i] = op(a[i]); op is a numj_unary_op. `param` carries op arguments (e.g. decimals for ROUND,
 * lo/hi for CLIP as param[0]/param[1], alpha for LEAKY_RELU); may be NULL when unused. */
int32_t numj_unary(int32_t op, int32_t dt, int32_t out_dt, int32_t ndim, const int64_t *shape,
                   const void *a, const int64_t *a_strides, void *out, const int64_t *out_strides,
                   const double *param);

/* ---- the elementwise op table (native/include/numj_ops.def, native/cpu/optable.c) -----------------
 * What each device supports, so that the Java side asks instead of keeping its own copy; the CPU
 * library answers for CUDA too (it is loadable wherever NumJ runs). family: NUMJ_OP_BINARY or
 * NUMJ_OP_UNARY; op: an enum numj_binary_op / numj_unary_op code. */

/* Number of ops of the family (their codes are 0..n-1); 0 for an unknown family. */
int32_t numj_op_count(int32_t family);

/* The dtypes `device` (enum numj_device) has a loop for, as a bitmask of (1 << dtype) (enum
 * numj_dtype_set); 0 for an unknown family, op or device. numj_binary/numj_unary return NUMJ_EDTYPE
 * exactly for the dtypes whose bit is clear. */
int32_t numj_op_dtypes(int32_t family, int32_t op, int32_t device);

/* The output dtype rule (enum numj_result_rule: NUMJ_RESULT_SAME or NUMJ_RESULT_BOOL); -1 if unknown. */
int32_t numj_op_result(int32_t family, int32_t op);

/* How many doubles the op reads from its parameters (clip 2, round and leaky_relu 1); -1 if unknown. */
int32_t numj_op_nparams(int32_t family, int32_t op);

/* Its enum numj_op_kind; -1 if unknown. */
int32_t numj_op_kind(int32_t family, int32_t op);

/* NumPy's name for it ("add", "true_divide", ...; NumJ's own where NumPy has none); NULL if unknown. */
const char *numj_op_name(int32_t family, int32_t op);

/* out[i] = cond[i] ? x[i] : y[i]; cond is bool, x/y/out of dtype dt. */
int32_t numj_where(int32_t dt, int32_t ndim, const int64_t *shape,
                   const void *cond, const int64_t *cond_strides, const void *x, const int64_t *x_strides,
                   const void *y, const int64_t *y_strides, void *out, const int64_t *out_strides);

/* Reduction: `shape`/`in_strides` describe the input; `out_strides` are the output's strides
 * broadcast to the input's shape (0 along every reduced axis). The kernel initialises the output
 * with the op's identity (or the first element for MAX/MIN/ARGMAX/ARGMIN) itself. `in_dt` is the
 * input dtype, `out_dt` the accumulator/output dtype (int64 for ARG* and COUNT_NONZERO). Floating
 * SUM over a contiguous axis uses pairwise summation like NumPy. ARGMAX/ARGMIN reduce exactly one
 * axis, which the caller moves last; the index written is the position along it. */
int32_t numj_reduce(int32_t op, int32_t in_dt, int32_t out_dt, int32_t ndim, const int64_t *shape,
                    const void *in, const int64_t *in_strides, void *out, const int64_t *out_strides);

/* numj_sqdev_rows: out[j] = the sum over i of (a[i, j] - mean[j])^2 for j < cols, i < rows, in one pass: var and
 * std over axis 0 of a matrix whose rows are contiguous (row_stride bytes apart; mean and out contiguous, out
 * not overlapping the others). dt is float32 or float64, and every step is rounded in it as NumPy's two passes
 * round it (d = a - mean, d * d, then a sum in row order from 0, as numj_reduce's sum over axis 0), so the bits
 * are NumPy's. Large inputs are split across the pool by columns. */
int32_t numj_sqdev_rows(int32_t dt, int64_t rows, int64_t cols, const void *a, int64_t row_stride, const void *mean,
                        void *out);

/* numj_gemm: NumJ's own matrix product (native/cpu/gemm.cc) for small and mid-sized float32/float64 products,
 * called before OpenBLAS with cblas_?gemm's row-major arguments (alpha = 1; beta = 1 when accumulate, else 0,
 * C then never read): C (m x n, row stride ldc) = op(A) @ op(B), op transposing when trans_a / trans_b.
 * Returns 1 when it computed C, 0 when it leaves the product to BLAS (a CPU without AVX2/FMA, another dtype, a
 * product past its size limit, NUMJ_GEMM=openblas), or NUMJ_ENOMEM. Unlike the other entry points, 0 is
 * "not done". numj_gemm_mode: 0 = by size (the default), 1 = every product the CPU can run (NUMJ_GEMM=numj;
 * tests, benchmarks), 2 = none; returns the mode before, a negative argument only asks. numj_gemm_kernel: which
 * products it takes, in words, starting "avx512", "avx2", "off" (mode 2) or "none" (no kernel for this CPU or build). */
int32_t numj_gemm(int32_t dt, int32_t trans_a, int32_t trans_b, int64_t m, int64_t n, int64_t k, const void *a,
                  int64_t lda, const void *b, int64_t ldb, void *c, int64_t ldc, int32_t accumulate);
int32_t numj_gemm_mode(int32_t mode_or_query);
const char *numj_gemm_kernel(void);

/* Last-modified wall-clock of the build, for diagnostics. */
const char *numj_build_info(void);

/* The SIMD math kernels in use (native/cpu/simd_math.cc): "avx512", "avx2", "sse4", "off" (libm loops:
 * NUMJ_SIMD=off or a CPU below SSE4), or "none" (built without Highway). numj_threads: the threads a
 * kernel may use (NUMJ_NUM_THREADS, else the online CPUs, at most 8). For NumJ.showConfig(). */
const char *numj_simd_kernels(void);
int32_t numj_threads(void);

/* ---- boolean-mask and integer-array indexing (native/cpu/gather.c) ------------------------------
 * The caller validates every index and counts mask elements first; the kernels never move more than
 * `count` elements and return NUMJ_EARG when the mask holds fewer true elements. */

/* dst[k] = src[i] for the k-th true element of `mask` (a bool array of `shape`), in C order;
 * dst is a contiguous buffer of `count` elements of dtype dt. NumPy's a[mask]. */
int32_t numj_compress(int32_t dt, int32_t ndim, const int64_t *shape, const void *mask,
                      const int64_t *mask_strides, const void *src, const int64_t *src_strides,
                      void *dst, int64_t count);

/* dst[i] = src[k] for the k-th true element of `mask`; src is contiguous, `count` elements.
 * NumPy's a[mask] = values. */
int32_t numj_expand(int32_t dt, int32_t ndim, const int64_t *shape, const void *mask,
                    const int64_t *mask_strides, void *dst, const int64_t *dst_strides,
                    const void *src, int64_t count);

/* dst[i] = *value wherever mask[i] is true (value: one element of dtype dt). NumPy's a[mask] = scalar. */
int32_t numj_masked_fill(int32_t dt, int32_t ndim, const int64_t *shape, const void *mask,
                         const int64_t *mask_strides, void *dst, const int64_t *dst_strides, const void *value);

/* offsets[k] = byte offset from `base` of the k-th true mask element, walking `base` with
 * `base_strides` over `shape` (NumPy's mask.nonzero() turned into addresses). */
int32_t numj_mask_offsets(int32_t ndim, const int64_t *shape, const void *mask, const int64_t *mask_strides,
                          const void *base, const int64_t *base_strides, int64_t *offsets, int64_t count);

/* offsets[i] (+)= wrap(idx[i]) * byte_stride over `shape`, idx of dtype NUMJ_INT32 or NUMJ_INT64,
 * wrap adding `extent` to negative indices; `accumulate` adds to the offsets instead of setting
 * them. An index outside [-extent, extent) stops the kernel: bad[0] = 1 and bad[1] = that index
 * (else bad[0] = 0); it returns NUMJ_OK either way. */
int32_t numj_index_offsets(int32_t idx_dt, int32_t ndim, const int64_t *shape, const void *idx,
                           const int64_t *idx_strides, int64_t extent, int64_t byte_stride,
                           int64_t *offsets, const int64_t *offset_strides, int32_t accumulate,
                           int64_t *bad);

/* dst[..., j, ...] = src[..., @offsets[j], ...]: over `shape`, axis `axis` (extent n) is indexed by
 * n byte offsets added to src's pointer (src_strides[axis] is ignored); the other axes walk both
 * arrays with their strides. NumPy's fancy indexing and np.take. */
int32_t numj_gather(int32_t dt, int32_t ndim, const int64_t *shape, int32_t axis, const int64_t *offsets,
                    const void *src, const int64_t *src_strides, void *dst, const int64_t *dst_strides);

/* The reverse of numj_gather: dst[..., @offsets[j], ...] = src[..., j, ...]; repeated offsets are
 * written in order, so the last one wins as in NumPy. */
int32_t numj_scatter(int32_t dt, int32_t ndim, const int64_t *shape, int32_t axis, const int64_t *offsets,
                     void *dst, const int64_t *dst_strides, const void *src, const int64_t *src_strides);

/* NumPy's unbuffered ufunc.at (np.add.at(dst, idx, src)), native/cpu/scatter_at.c: for j = 0, 1, ... in
 * order, dst[..., idx[j], ...] = op(dst[..., idx[j], ...], src[..., j, ...]) with binary op `op` (enum
 * numj_binary_op) computed in dtype dt (its result of dtype dt; src has dtype dt, dst dtype dst_dt, the
 * result cast back to it unsafely, index by index). Over `shape` (the src side), axis `axis` (extent n) is
 * indexed by a C-contiguous int32/int64 index array of n elements, negatives wrapping by `extent`, the
 * axis stride of dst being `axis_stride` (dst_strides[axis] is ignored). Repeated indices accumulate.
 * Every index is checked first: one outside [-extent, extent) gives bad[0] = 1 and bad[1] = the first
 * such index, as given, and nothing is written; else bad[0] = 0. */
int32_t numj_scatter_at(int32_t op, int32_t dt, int32_t dst_dt, int32_t ndim, const int64_t *shape, int32_t axis,
                        int32_t idx_dt, const void *idx, int64_t extent, int64_t axis_stride, void *dst,
                        const int64_t *dst_strides, const void *src, const int64_t *src_strides, int64_t *bad);

/* ---- random numbers (native/cpu/random.c, stream defined in native/cpu/philox.h) ---------------
 * out[i] for i < n: contiguous values of dtype dt of distribution `kind` (enum numj_random_kind),
 * taken from the Philox4x32-10 stream of `seed` starting at 32-bit word `offset`. params: NORMAL
 * {mu, sd}, UNIFORM {low, high}, EXPONENTIAL {scale}; iparams: RANDINT {low, high}, high > low.
 * Float kinds take float32/float64, RANDINT and BITS int32/int64. */
int32_t numj_random_fill(int32_t kind, int32_t dt, uint64_t seed, uint64_t offset, int64_t n, void *out,
                         const double *params, const int64_t *iparams);

/* out[i] for i < n: value i of distribution `kind` (NUMJ_RANDOM_GAMMA ... NUMJ_RANDOM_GEOMETRIC) with
 * parameters p0[i * s0], p1[i * s1], ... (a stride of 0 repeats one value; the kinds' parameters are
 * listed in enum numj_random_kind) and, for BINOMIAL, the int64 n ip[i * si]. Value i reads its own
 * sub-stream of Philox block offset / 4 + i (native/cpu/samplers.h); offset must be a multiple of 4.
 * Parameters are checked by the caller (NaN gives NaN where NumPy's does). */
int32_t numj_random_sample(int32_t kind, int32_t dt, uint64_t seed, uint64_t offset, int64_t n, void *out,
                           const double *p0, int64_t s0, const double *p1, int64_t s1, const double *p2,
                           int64_t s2, const double *p3, int64_t s3, const int64_t *ip, int64_t si);

/* out[i] for i < n: the index of the first of cdf[0..k) above u_i (NumPy's searchsorted, side right;
 * k - 1 at most), u_i the float64 uniform of words offset + 2i, offset + 2i + 1 (as UNIFORM01). */
int32_t numj_random_choice(uint64_t seed, uint64_t offset, int64_t n, int64_t *out, const double *cdf, int64_t k);

/* out[r * k .. r * k + k) for r < rows: multinomial counts of n[r * sn] trials over pvals[r * sp .. r * sp + k)
 * (sequential binomials, as NumPy), row r from the sub-stream of Philox block offset / 4 + r (offset a
 * multiple of 4); sn is 0 or 1, sp 0 or k. */
int32_t numj_random_multinomial(uint64_t seed, uint64_t offset, int64_t rows, int64_t k, const int64_t *n, int64_t sn,
                                const double *pvals, int64_t sp, int64_t *out);

/* out[r * k .. r * k + k) for r < rows: a Dirichlet(alpha[0..k)) row, gammas formed in logs and divided
 * by their sum (every alpha 0: zeros); row r from the sub-stream of block offset / 4 + r. */
int32_t numj_random_dirichlet(uint64_t seed, uint64_t offset, int64_t rows, int64_t k, const double *alpha, double *out);

/* ---- scans and sorting (native/cpu/scan.c, native/cpu/sort.c) -----------------------------------
 * Both work lane by lane along `axis` (0 <= axis < ndim, ndim >= 1) over the input's `shape`. */

/* Inclusive scan along `axis`: op NUMJ_RSUM (np.cumsum) or NUMJ_RPROD (np.cumprod). in and out have
 * dtype dt (int32, int64, float32 or float64; the caller casts bool and int32 to int64 as NumPy
 * does); out may be the same memory as in. Floats accumulate sequentially, integers wrap. */
int32_t numj_scan(int32_t op, int32_t dt, int32_t ndim, const int64_t *shape, int32_t axis,
                  const void *in, const int64_t *in_strides, void *out, const int64_t *out_strides);

/* Stable sort of every lane along `axis`: ascending (NaN last) or, when `descending`, descending (NaN
 * first); equal elements keep their input order either way. Writes the first k (0 <= k <= the lane
 * length) sorted values to `values` and/or their int64 positions in the lane to `indices` (either may
 * be NULL, not both); the output strides are given over `shape`, and only positions 0..k-1 along
 * `axis` are written. `work` is scratch of at least (2 * n * itemsize(dt) + 7) / 8 * 8 + 16 * n bytes
 * for lanes of n = shape[axis] elements. */
int32_t numj_sort(int32_t dt, int32_t ndim, const int64_t *shape, int32_t axis, int32_t descending, int64_t k,
                  const void *in, const int64_t *in_strides, void *values, const int64_t *values_strides,
                  void *indices, const int64_t *indices_strides, void *work);

/* np.searchsorted(a, v, side): out[i] = the insertion point of values[i] in the n sorted elements
 * `sorted` (byte stride sorted_stride), both of dtype dt, in numj_sort's ascending order (NaN last):
 * the count of elements before it (`right` 0, side='left') or not after it (`right` 1, side='right').
 * values and out (int64) are walked over `shape` with their byte strides. */
int32_t numj_searchsorted(int32_t dt, int64_t n, const void *sorted, int64_t sorted_stride, int32_t right,
                          int32_t ndim, const int64_t *shape, const void *values, const int64_t *values_strides,
                          int64_t *out, const int64_t *out_strides);
/* Partial selection (native/cpu/select.c), NumPy's np.partition with several kth: every row of the
 * C-contiguous (m, n) block `data` of dtype dt is rearranged in place so that position ks[q] holds the
 * value a sort (NaN last) puts there, none before it larger and none after it smaller. ks: nk strictly
 * increasing positions in [0, n). For median and quantiles without a full sort. */
int32_t numj_select(int32_t dt, int64_t m, int64_t n, void *data, int64_t nk, const int64_t *ks);

/* ---- fancy-index gather without an offsets table (native/cpu/gather.c) ---------------------------
 * numj_gather with offsets[j] = idx[j] * axis_stride (negative indices wrap by `extent`), read from a
 * C-contiguous int32/int64 index array of shape[axis] elements, TAKE_CHUNK at a time. An index out of
 * [-extent, extent) stops the gather: bad[0] = 1 and bad[1] = that index, as given (dst is then
 * partly written); else bad[0] = 0. */
int32_t numj_gather_index(int32_t dt, int32_t ndim, const int64_t *shape, int32_t axis, int32_t idx_dt,
                          const void *idx, int64_t extent, int64_t axis_stride, const void *src,
                          const int64_t *src_strides, void *dst, const int64_t *dst_strides, int64_t *bad);

/* ---- fused elementwise chains (native/cpu/fused.c) ---------------------------------------------
 * numj_fused: out = a chain of unary and binary ufuncs of dtype dt (float32 or float64, every operand
 * and result that dtype) in one pass. Registers: leaves 0 .. nleaves-1 (arrays of the output's shape
 * given by leaves[k] and leaf_strides[k * ndim ..], read-only), scratch NUMJ_FUSED_SCRATCH0 + j
 * (j < 8), scalars NUMJ_FUSED_SCALAR0 + j (8-byte slot j of `scalars`, the value in dt) and the output
 * NUMJ_FUSED_OUT. Instruction k is program[6k .. 6k+5] = {NUMJ_OP_UNARY or NUMJ_OP_BINARY, the op,
 * destination, source 0, source 1 (ignored for unary), offset of its parameters in params or -1}; the
 * last writes NUMJ_FUSED_OUT. Each element gets the bits the unfused ops give. */
enum numj_fused_limits {
    NUMJ_FUSED_MAX_INSTR = 32,
    NUMJ_FUSED_SCRATCH0 = 16,
    NUMJ_FUSED_SCALAR0 = 32,
    NUMJ_FUSED_MAX_SCALARS = 16,
    NUMJ_FUSED_OUT = 64
};
int32_t numj_fused(int32_t dt, int32_t ndim, const int64_t *shape, int32_t nleaves, void *const *leaves,
                   const int64_t *leaf_strides, void *out, const int64_t *out_strides, int32_t ninstr,
                   const int32_t *program, const double *params, const void *scalars);

/* ---- allocator tuning (native/cpu/alloc.c) -----------------------------------------------------
 * numj_set_cache_limit: bytes of freed large blocks kept for reuse (default 512 MiB; the least
 * recently freed blocks past a lowered limit are unmapped at once). numj_physical_memory: the
 * machine's RAM in bytes, or -1. numj_alloc_stats: out[0..4] = bytes cached, the cache limit, cache
 * hits, misses (a large block mapped afresh) and blocks unmapped to make room, since the start;
 * out[5..8] = bytes and nanoseconds faulted in at once of fresh blocks (their first 2 MiB each) with 4 KiB
 * pages, then with huge pages (out must hold 9). */
void numj_set_cache_limit(int64_t nbytes);
int64_t numj_physical_memory(void);
void numj_alloc_stats(int64_t *out);

/* numj_fault_costs: what touching never-used memory costs on this machine, in picoseconds per byte:
 * out[0] for 4 KiB pages, out[1] for 2 MiB-aligned blocks with MADV_HUGEPAGE (each the cheaper of two
 * 4 MiB samples, taken alternately; -1 where the sample could not be mapped). About 5-30 ms.
 * numj_set_huge_page_threshold: blocks of at least this many bytes get huge pages; a negative bound
 * (the default) lets the measured costs decide from 4 MiB on (numj_alloc_stats); NUMJ_HUGEPAGES=1 or
 * =0 in the environment overrides both: every cached block, or none. */
void numj_fault_costs(int64_t *out);
void numj_set_huge_page_threshold(int64_t nbytes);

/* numj_blas_load (native/cpu/blasload.c): loads the OpenBLAS at `path` (dlopen, RTLD_NOW | RTLD_GLOBAL) behind
 * one foreign-function link. Unless OPENBLAS_CORETYPE is set already, `core` names the kernels it is to run
 * first (set in OPENBLAS_CORETYPE, which OpenBLAS reads as it loads): "auto" for NumJ's rule (Haswell on AMD
 * Zen 3, else none), a core name, or NULL for none (OpenBLAS picks). With NUMJ_BLAS_LOAD_POOL in `flags` it then
 * hands OpenBLAS's threads to NumJ's pool (numj_blas_use_pool; NUMJ_BLAS_LOAD_KEEP_THREADS: keep_thread_count).
 * `out` (out_len bytes, NUL-terminated) receives the core set ("" for none) or, on failure, why.
 * Returns -1 when loading failed, else numj_blas_use_pool's result (0 without the pool). */
#define NUMJ_BLAS_LOAD_POOL 1
#define NUMJ_BLAS_LOAD_KEEP_THREADS 2
int32_t numj_blas_load(const char *path, const char *core, int32_t flags, char *out, int64_t out_len);

/* numj_blas_core_rule: NumJ's choice of OpenBLAS kernels for a CPU (numj_blas_load's "auto" applies it to what
 * cpuid says): "Haswell" on AMD Zen 3 (vendor "AuthenticAMD", family 25, with AVX2 and FMA and without AVX-512F),
 * where those kernels ran small and mid-sized products faster than OpenBLAS's own pick (Zen); NULL elsewhere
 * (OpenBLAS picks). `features` ORs NUMJ_CPU_AVX2, NUMJ_CPU_FMA, NUMJ_CPU_AVX512F. */
#define NUMJ_CPU_AVX2 1
#define NUMJ_CPU_FMA 2
#define NUMJ_CPU_AVX512F 4
const char *numj_blas_core_rule(const char *vendor, int32_t family, int32_t features);

#ifdef __cplusplus
}
#endif
#endif
