// Sorting along an axis (sort, argsort, top-k), the GPU twin of native/cpu/sort.c for rows that fit one
// block, on CUB's block radix sort (cub::BlockRadixSort, shipped with the CUDA toolkit).
//
// Entry point:
//   numj_sort(int32 dt, int32 descending, numj_iter3 rows, int64 len, int64 k, int64 in_stride,
//             int64 values_stride, int64 indices_stride, const void *in, void *values, int64 *indices)
//       rows: the axes other than the sorted one, strides[0] in's, [1] values', [2] indices'; len and the
//       three byte strides describe the sorted axis. values and/or indices may be NULL. One block per row
//       (grid-stride over rows), len <= NUMJ_SORT_TILE (the host checks). The first k of the row sorted
//       are written: the values as they were (bits kept, -0.0 and NaN payloads too) and their int64
//       positions. Order: NumPy's, stable; ascending puts NaN last, descending puts NaN first, ties
//       keep their order either way. Keys are the elements mapped to unsigned integers that sort alike
//       (the sign bit flipped for integers; for floats negative ones inverted, -0.0 taken as 0.0 and
//       every NaN as the largest key); descending sorts the inverted keys, which the radix sort's
//       stability keeps in input order on ties.
#include <cub/block/block_radix_sort.cuh>
#include "dtypes.cuh"

#define NUMJ_SORT_ITEMS 8
#define NUMJ_SORT_TILE (NUMJ_CU_BLOCK * NUMJ_SORT_ITEMS)

namespace numj_sort_detail {

template <typename T> struct Key { typedef uint32_t type; };
template <> struct Key<int64_t> { typedef uint64_t type; };
template <> struct Key<double> { typedef uint64_t type; };

template <typename T>
__device__ __forceinline__ typename Key<T>::type key(T x) {
    typedef typename Key<T>::type K;
    if constexpr (std::is_same<T, bool>::value) {
        return (K)x;
    } else if constexpr (std::is_integral<T>::value) {
        return (K)x ^ ((K)1 << (sizeof(K) * 8 - 1));
    } else {
        if (x != x) return ~(K)0;
        if (x == (T)0) x = (T)0;   // -0.0 sorts with 0.0
        K u;
        memcpy(&u, &x, sizeof(K));
        const K sign = (K)1 << (sizeof(K) * 8 - 1);
        return (u & sign) ? ~u : (u | sign);
    }
}

template <typename K>
using Sorter = cub::BlockRadixSort<K, NUMJ_CU_BLOCK, NUMJ_SORT_ITEMS, int32_t>;

// One shared buffer for every dtype's sort (a static __shared__ per instantiation would add up past 48 KiB).
union Temp {
    typename Sorter<uint32_t>::TempStorage k32;
    typename Sorter<uint64_t>::TempStorage k64;
};

template <typename K> __device__ __forceinline__ typename Sorter<K>::TempStorage &storage(Temp &t);
template <> __device__ __forceinline__ Sorter<uint32_t>::TempStorage &storage<uint32_t>(Temp &t) { return t.k32; }
template <> __device__ __forceinline__ Sorter<uint64_t>::TempStorage &storage<uint64_t>(Temp &t) { return t.k64; }

template <typename T>
__device__ void rows(Temp &temp, int32_t descending, const numj_iter3 &it, int64_t len, int64_t k, int64_t in_stride,
                     int64_t values_stride, int64_t indices_stride, const char *in, char *values, int64_t *indices) {
    typedef typename Key<T>::type K;
    typedef Sorter<K> Sort;
    for (int64_t r = blockIdx.x; r < it.n; r += gridDim.x) {
        int64_t off[3];
        numj_offsets(it, r, off);
        K keys[NUMJ_SORT_ITEMS];
        int32_t pos[NUMJ_SORT_ITEMS];
#pragma unroll
        for (int j = 0; j < NUMJ_SORT_ITEMS; j++) {
            const int32_t i = threadIdx.x * NUMJ_SORT_ITEMS + j;   // blocked: the sort is stable in this order
            pos[j] = i;
            if (i < len) {
                K kk = key(*(const T *)(in + off[0] + i * in_stride));
                keys[j] = descending ? ~kk : kk;
            } else {
                keys[j] = ~(K)0;   // padding sorts after every element (stably after the largest)
            }
        }
        Sort(storage<K>(temp)).Sort(keys, pos);
        __syncthreads();   // temp is reused by the next row
#pragma unroll
        for (int j = 0; j < NUMJ_SORT_ITEMS; j++) {
            const int64_t i = threadIdx.x * NUMJ_SORT_ITEMS + j;
            if (i >= k || i >= len) continue;
            if (values != nullptr)
                *(T *)(values + off[1] + i * values_stride) = *(const T *)(in + off[0] + (int64_t)pos[j] * in_stride);
            if (indices != nullptr)
                *(int64_t *)((char *)indices + off[2] + i * indices_stride) = pos[j];
        }
    }
}

}  // namespace numj_sort_detail

extern "C" __global__ void __launch_bounds__(NUMJ_CU_BLOCK)
numj_sort(int32_t dt, int32_t descending, numj_iter3 it, int64_t len, int64_t k, int64_t in_stride,
          int64_t values_stride, int64_t indices_stride, const char *in, char *values, int64_t *indices) {
    using namespace numj_sort_detail;
    __shared__ Temp temp;
    switch (dt) {
        case NUMJ_BOOL: rows<bool>(temp, descending, it, len, k, in_stride, values_stride, indices_stride, in, values, indices); break;
        case NUMJ_INT32: rows<int32_t>(temp, descending, it, len, k, in_stride, values_stride, indices_stride, in, values, indices); break;
        case NUMJ_INT64: rows<int64_t>(temp, descending, it, len, k, in_stride, values_stride, indices_stride, in, values, indices); break;
        case NUMJ_FLOAT32: rows<float>(temp, descending, it, len, k, in_stride, values_stride, indices_stride, in, values, indices); break;
        case NUMJ_FLOAT64: rows<double>(temp, descending, it, len, k, in_stride, values_stride, indices_stride, in, values, indices); break;
        default: break;
    }
}
