// Copy/cast and fill, the GPU twins of native/cpu/cast.c's numj_cast and numj_fill.
//
// Entry points:
//   numj_cast(int32 src_dt, int32 dst_dt, numj_iter2 it, const void *src, void *dst, uint64 src_scalar)
//       dst = (dst dtype) src elementwise, C conversions with NumPy's bool rule (nonzero is true);
//       src NULL: the scalar by value. Also the strided copy (src_dt == dst_dt).
//   numj_fill(int32 dt, numj_iter1 it, void *dst, uint64 bits)
//       every element of dst = the one value whose little-endian bits are given.
// Float-to-integer conversion of NaN, infinities or out-of-range values is undefined in C and NumPy
// alike (NumPy warns); the GPU's saturating conversion may give other numbers than the CPU's there.
#include "dtypes.cuh"


namespace numj_cast_detail {

template <typename S, typename D>
__device__ void run(const numj_iter2 &it, const char *src, char *dst, uint64_t ss) {
    const int64_t s1 = (int64_t)sizeof(S), d1 = (int64_t)sizeof(D);
    if (it.ndim == 1 && src && it.strides[0][0] == s1 && it.strides[1][0] == d1) {
        const S *ps = (const S *)src;
        D *pd = (D *)dst;
        NUMJ_GRID_STRIDE_LOOP(i, it.n) { pd[i] = numj_cu_convert<D, S>(ps[i]); }
        return;
    }
    NUMJ_GRID_STRIDE_LOOP(i, it.n) {
        int64_t off[2];
        numj_offsets<2>(it, i, off);
        *(D *)(dst + off[1]) = numj_cu_convert<D, S>(numj_cu_load<S>(src, off[0], ss));
    }
}

}  // namespace numj_cast_detail

extern "C" __global__ void numj_cast(int32_t src_dt, int32_t dst_dt, numj_iter2 it, const void *src, void *dst,
                                     uint64_t src_scalar) {
    numj_cu_with_dtype(src_dt, [&](auto s) {
        numj_cu_with_dtype(dst_dt, [&](auto d) {
            numj_cast_detail::run<decltype(s), decltype(d)>(it, (const char *)src, (char *)dst, src_scalar);
        });
    });
}

extern "C" __global__ void numj_fill(int32_t dt, numj_iter1 it, void *dst, uint64_t bits) {
    numj_cu_with_dtype(dt, [&](auto tag) {
        typedef decltype(tag) T;
        const T v = numj_cu_load<T>(nullptr, 0, bits);
        NUMJ_GRID_STRIDE_LOOP(i, it.n) {
            int64_t off[1];
            numj_offsets<1>(it, i, off);
            *(T *)((char *)dst + off[0]) = v;
        }
    });
}
