// Reductions over axes, the GPU twin of native/cpu/reduce.c: sum, prod, max, min, any, all,
// count_nonzero, argmax, argmin, with its dtype table (sum/prod accumulate in the output dtype: int64,
// float32 or float64; max/min keep the input dtype and propagate NaN; arg-reductions give int64, the
// first extreme winning and NaN counting as extreme).
//
// Entry point:
//   numj_reduce(int32 op, int32 in_dt, int32 out_dt, numj_iter2 outer, numj_iter1 inner,
//               const void *in, void *out)
//       outer: the kept axes, strides[0] the input's and strides[1] the output's; inner: the reduced
//       axes, strides[0] the input's (for argmax/argmin exactly one, the last, whose positions are the
//       answer). One block per output element (grid-stride over outputs); its threads stride over the
//       reduced elements and combine in shared memory as a tree, so float sums are pairwise-like.
#include "dtypes.cuh"


namespace numj_reduce_detail {

template <typename T> __device__ __forceinline__ T lowest() {
    if constexpr (std::is_same<T, bool>::value) return false;
    else if constexpr (std::is_floating_point<T>::value) return (T)-INFINITY;
    else return (T)((typename numj_cu_unsigned<T>::type)1 << (sizeof(T) * 8 - 1));
}
template <typename T> __device__ __forceinline__ T highest() {
    if constexpr (std::is_same<T, bool>::value) return true;
    else if constexpr (std::is_floating_point<T>::value) return (T)INFINITY;
    else return (T)~((typename numj_cu_unsigned<T>::type)1 << (sizeof(T) * 8 - 1));
}

// The accumulator of (op, output type), its start, and how two partial results combine.
template <typename A>
struct Acc {
    A v;
    int64_t i;   // arg-reductions: the position of v; others: unused
};

template <typename A>
__device__ __forceinline__ Acc<A> start(int32_t op) {
    switch (op) {
        case NUMJ_RPROD: case NUMJ_RALL: return {(A)1, 0};
        case NUMJ_RMAX: case NUMJ_RARGMAX: return {lowest<A>(), INT64_MAX};
        case NUMJ_RMIN: case NUMJ_RARGMIN: return {highest<A>(), INT64_MAX};
        default: return {(A)0, 0};
    }
}

template <typename A>
__device__ __forceinline__ Acc<A> combine(int32_t op, Acc<A> x, Acc<A> y) {
    switch (op) {
        case NUMJ_RSUM: case NUMJ_RCOUNT_NONZERO: return {(A)(x.v + y.v), 0};
        case NUMJ_RPROD: return {(A)(x.v * y.v), 0};
        case NUMJ_RANY: return {(A)(x.v || y.v), 0};
        case NUMJ_RALL: return {(A)(x.v && y.v), 0};
        case NUMJ_RMAX:
            if (numj_cu_isnan(x.v)) return x;
            if (numj_cu_isnan(y.v)) return y;
            return x.v >= y.v ? x : y;
        case NUMJ_RMIN:
            if (numj_cu_isnan(x.v)) return x;
            if (numj_cu_isnan(y.v)) return y;
            return x.v <= y.v ? x : y;
        default: {   // argmax / argmin: NaN beats everything, then the better value, then the lower index
            bool xn = numj_cu_isnan(x.v), yn = numj_cu_isnan(y.v);
            if (xn != yn) return xn ? x : y;
            if (!xn && x.v != y.v) {
                bool x_better = op == NUMJ_RARGMAX ? x.v > y.v : x.v < y.v;
                return x_better ? x : y;
            }
            return x.i <= y.i ? x : y;
        }
    }
}

template <typename T, typename A>
__device__ __forceinline__ Acc<A> element(int32_t op, T x, int64_t j) {
    switch (op) {
        case NUMJ_RANY: case NUMJ_RALL: return {(A)(x != (T)0), 0};
        case NUMJ_RCOUNT_NONZERO: return {(A)(x != (T)0 ? 1 : 0), 0};
        default: return {(A)x, j};
    }
}

template <typename T, typename A>
__device__ void run(int32_t op, const numj_iter2 &outer, const numj_iter1 &inner, const char *in, char *out,
                    unsigned char *smem) {
    static_assert(sizeof(Acc<A>) <= 16, "one shared slot per thread is 16 bytes");
    Acc<A> *part = (Acc<A> *)smem;
    const bool arg = op == NUMJ_RARGMAX || op == NUMJ_RARGMIN;
    for (int64_t o = blockIdx.x; o < outer.n; o += gridDim.x) {
        int64_t ooff[2];
        numj_offsets<2>(outer, o, ooff);
        Acc<A> acc = start<A>(op);
        for (int64_t j = threadIdx.x; j < inner.n; j += blockDim.x) {
            int64_t ioff[1];
            numj_offsets<1>(inner, j, ioff);
            acc = combine<A>(op, acc, element<T, A>(op, *(const T *)(in + ooff[0] + ioff[0]), j));
        }
        part[threadIdx.x] = acc;
        __syncthreads();
        for (unsigned s = blockDim.x / 2; s > 0; s >>= 1) {
            if (threadIdx.x < s) part[threadIdx.x] = combine<A>(op, part[threadIdx.x], part[threadIdx.x + s]);
            __syncthreads();
        }
        if (threadIdx.x == 0) {
            if (arg) *(int64_t *)(out + ooff[1]) = inner.n == 0 ? 0 : part[0].i;
            else *(A *)(out + ooff[1]) = part[0].v;
        }
        __syncthreads();
    }
}

template <typename T>
__device__ void by_output(int32_t op, int32_t out_dt, const numj_iter2 &outer, const numj_iter1 &inner,
                          const char *in, char *out, unsigned char *smem) {
    switch (op) {
        case NUMJ_RSUM: case NUMJ_RPROD:
            if (out_dt == NUMJ_INT64) { if constexpr (!std::is_floating_point<T>::value) run<T, int64_t>(op, outer, inner, in, out, smem); }
            else if (out_dt == NUMJ_FLOAT32) run<T, float>(op, outer, inner, in, out, smem);
            else if (out_dt == NUMJ_FLOAT64) run<T, double>(op, outer, inner, in, out, smem);
            break;
        case NUMJ_RANY: case NUMJ_RALL: run<T, bool>(op, outer, inner, in, out, smem); break;
        case NUMJ_RCOUNT_NONZERO: run<T, int64_t>(op, outer, inner, in, out, smem); break;
        default: run<T, T>(op, outer, inner, in, out, smem); break;   // max, min, argmax, argmin
    }
}

}  // namespace numj_reduce_detail

extern "C" __global__ void numj_reduce(int32_t op, int32_t in_dt, int32_t out_dt, numj_iter2 outer,
                                       numj_iter1 inner, const void *in, void *out) {
    // one buffer for every instantiation (each declaring its own would add up past the limit);
    // launched with NUMJ_CU_BLOCK threads
    __shared__ __align__(16) unsigned char smem[NUMJ_CU_BLOCK * 16];
    numj_cu_with_dtype(in_dt, [&](auto tag) {
        numj_reduce_detail::by_output<decltype(tag)>(op, out_dt, outer, inner, (const char *)in, (char *)out, smem);
    });
}
