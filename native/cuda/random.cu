// Random numbers on the GPU from NumJ's counter-based stream, the twin of native/cpu/random.c: the same
// Philox4x32-10 blocks and the same transforms (native/cpu/philox.h, included as is), so a seed gives
// the same numbers, bit for bit, on both devices. That needs IEEE arithmetic without contraction: the
// fatbin is built with -fmad=false (native/cuda/CMakeLists.txt), as the CPU library with
// -ffp-contract=off; CUDA's double sqrt and division are correctly rounded by default.
//
// Entry point:
//   numj_random(int32 kind, int32 dt, uint64 seed, uint64 offset, int64 n, void *out, double p0,
//               double p1, int64 low, uint64 range)
//       out: n C-contiguous values of dtype dt (philox.h's table of kinds and dtypes; the host rejects
//       other pairs); p0, p1: low/high, mu/sd or scale; low, range: randint's low and high - low.
//       One thread per unit (a value, or a pair of values for NORMAL), grid-stride; a unit's words
//       start at stream word offset + unit * k.
//   numj_random_sample(int32 kind, int32 dt, uint64 seed, uint64 offset, int64 n, void *out,
//                      const double *p0, int64 s0, ... p3, s3, const int64 *ip, int64 si)
//       numj_cpu.h's numj_random_sample on the GPU: value i from the sub-stream of Philox block
//       offset / 4 + i (native/cpu/samplers.h, included as is), one thread per value, grid-stride;
//       parameter q of value i is pq[i * sq] (device memory).
#include "dtypes.cuh"
#include "../cpu/philox.h"
#include "../cpu/samplers.h"

namespace numj_random_detail {

__device__ __forceinline__ int words_per_unit(int32_t kind, int32_t dt, uint64_t range) {
    switch (kind) {
        case NUMJ_RANDOM_UNIFORM01: case NUMJ_RANDOM_UNIFORM: return dt == NUMJ_FLOAT32 ? 1 : 2;
        case NUMJ_RANDOM_NORMAL: return 4;
        case NUMJ_RANDOM_EXPONENTIAL: return 2;
        case NUMJ_RANDOM_RANDINT: return range <= ((uint64_t)1 << 32) ? 2 : 4;
        default: return dt == NUMJ_INT64 ? 2 : 1;   // BITS
    }
}

template <typename T>
__device__ __forceinline__ void unit(int32_t kind, const uint32_t *w, int64_t u, int64_t n, T *o,
                                     double p0, double p1, int64_t low, uint64_t range) {
    if constexpr (std::is_floating_point<T>::value) {
        constexpr bool f32 = std::is_same<T, float>::value;
        switch (kind) {
            case NUMJ_RANDOM_UNIFORM01:
                o[u] = f32 ? (T)numj_rng_u01f(w) : (T)numj_rng_u01(w);
                break;
            case NUMJ_RANDOM_UNIFORM:
                o[u] = (T)(p0 + (p1 - p0) * (f32 ? (double)numj_rng_u01f(w) : numj_rng_u01(w)));
                break;
            case NUMJ_RANDOM_EXPONENTIAL: o[u] = (T)(p0 * numj_rng_exponential(w)); break;
            case NUMJ_RANDOM_NORMAL: {
                double z[2];
                numj_rng_normal_pair(w, z);
                int64_t e = 2 * u;
                o[e] = (T)(p0 + p1 * z[0]);
                if (e + 1 < n) o[e + 1] = (T)(p0 + p1 * z[1]);
                break;
            }
            default: break;
        }
    } else if constexpr (std::is_same<T, int32_t>::value || std::is_same<T, int64_t>::value) {
        switch (kind) {
            case NUMJ_RANDOM_RANDINT: {
                o[u] = (T)((uint64_t)low + numj_rng_below(w, range));
                break;
            }
            case NUMJ_RANDOM_BITS:
                if constexpr (sizeof(T) == 4) o[u] = (T)w[0];
                else o[u] = (T)numj_rng_u64(w);
                break;
            default: break;
        }
    }
}

}  // namespace numj_random_detail

extern "C" __global__ void numj_random(int32_t kind, int32_t dt, uint64_t seed, uint64_t offset, int64_t n, void *out,
                                       double p0, double p1, int64_t low, uint64_t range) {
    const int k = numj_random_detail::words_per_unit(kind, dt, range);
    const int64_t units = kind == NUMJ_RANDOM_NORMAL ? (n + 1) / 2 : n;
    numj_cu_with_dtype(dt, [&](auto tag) {
        typedef decltype(tag) T;
        NUMJ_GRID_STRIDE_LOOP(u, units) {
            const uint64_t w0 = offset + (uint64_t)u * (uint64_t)k;
            uint32_t buf[8];
            numj_philox_block(seed, w0 >> 2, buf);
            if ((int)(w0 & 3) + k > 4) numj_philox_block(seed, (w0 >> 2) + 1, buf + 4);   // a unit across two blocks
            numj_random_detail::unit<T>(kind, buf + (w0 & 3), u, n, (T *)out, p0, p1, low, range);
        }
    });
}

extern "C" __global__ void numj_random_sample(int32_t kind, int32_t dt, uint64_t seed, uint64_t offset, int64_t n, void *out,
                                              const double *p0, int64_t s0, const double *p1, int64_t s1, const double *p2,
                                              int64_t s2, const double *p3, int64_t s3, const int64_t *ip, int64_t si) {
    const double *p[4] = {p0, p1, p2, p3};
    const int64_t st[4] = {s0, s1, s2, s3};
    const int np = numj_smp_nparams(kind);
    NUMJ_GRID_STRIDE_LOOP(i, n) {
        double v[4] = {0, 0, 0, 0};
        for (int q = 0; q < np; q++) v[q] = p[q][i * st[q]];
        numj_rng_sub s;
        numj_sub_init(&s, seed, (offset >> 2) + (uint64_t)i);
        if (numj_smp_is_int(kind)) {
            int64_t x = numj_smp_int(kind, &s, v, ip ? ip[i * si] : 0);
            if (dt == NUMJ_INT64) ((int64_t *)out)[i] = x;
            else ((int32_t *)out)[i] = (int32_t)x;
        } else {
            double x = numj_smp_float(kind, &s, v);
            if (dt == NUMJ_FLOAT64) ((double *)out)[i] = x;
            else ((float *)out)[i] = (float)x;
        }
    }
}
