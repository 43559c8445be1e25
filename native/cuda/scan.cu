// Scans along an axis (cumsum, cumprod), the GPU twin of native/cpu's numj_scan, on CUB's block scan
// (cub::BlockScan, shipped with the CUDA toolkit).
//
// Entry point:
//   numj_scan(int32 op, int32 dt, numj_iter2 rows, int64 len, int64 in_stride, int64 out_stride,
//             const void *in, void *out)
//       op NUMJ_RSUM or NUMJ_RPROD; dt int32, int64, float32 or float64 (in and out alike). rows: the
//       axes other than the scanned one, strides[0] the input's and strides[1] the output's; len and the
//       two strides (bytes) describe the scanned axis. One block per row (grid-stride over rows); the
//       block walks its row in tiles of NUMJ_CU_BLOCK elements, cub::BlockScan scanning each tile with
//       the running total of the tiles before it. in may be out (each element is read before any
//       thread writes its tile). Integers wrap as on the CPU; float sums associate as a tree inside a
//       tile, so they may differ from NumPy's sequential sum in the last bits.
#include <cub/block/block_scan.cuh>
#include "dtypes.cuh"

namespace numj_scan_detail {

template <typename T> struct Wrap { typedef T type; };
template <> struct Wrap<int32_t> { typedef uint32_t type; };
template <> struct Wrap<int64_t> { typedef uint64_t type; };

struct Add {
    template <typename T> __device__ __forceinline__ T operator()(const T &a, const T &b) const {
        typedef typename Wrap<T>::type U;
        return (T)((U)a + (U)b);
    }
};
struct Mul {
    template <typename T> __device__ __forceinline__ T operator()(const T &a, const T &b) const {
        typedef typename Wrap<T>::type U;
        return (T)((U)a * (U)b);
    }
};

// The running total of the tiles scanned so far (cub's block prefix callback: called by the first
// warp with the tile's aggregate, returns what to combine in front of the tile).
template <typename T, typename Op>
struct Prefix {
    T total;
    Op op;
    __device__ __forceinline__ T operator()(T aggregate) {
        T before = total;
        total = op(total, aggregate);
        return before;
    }
};

template <typename T, typename Op>
__device__ void rows(const numj_iter2 &it, int64_t len, int64_t in_stride, int64_t out_stride,
                     const char *in, char *out, T identity, Op op) {
    typedef cub::BlockScan<T, NUMJ_CU_BLOCK> Scan;
    __shared__ typename Scan::TempStorage temp;
    for (int64_t r = blockIdx.x; r < it.n; r += gridDim.x) {
        int64_t off[2];
        numj_offsets(it, r, off);
        Prefix<T, Op> prefix{identity, op};
        for (int64_t base = 0; base < len; base += NUMJ_CU_BLOCK) {
            const int64_t i = base + threadIdx.x;
            T v = i < len ? *(const T *)(in + off[0] + i * in_stride) : identity;
            Scan(temp).InclusiveScan(v, v, op, prefix);
            __syncthreads();   // temp is reused by the next tile
            if (i < len) *(T *)(out + off[1] + i * out_stride) = v;
        }
    }
}

template <typename T>
__device__ void typed(int32_t op, const numj_iter2 &it, int64_t len, int64_t in_stride, int64_t out_stride,
                      const char *in, char *out) {
    if (op == NUMJ_RPROD) rows<T>(it, len, in_stride, out_stride, in, out, (T)1, Mul());
    else rows<T>(it, len, in_stride, out_stride, in, out, (T)0, Add());
}

}  // namespace numj_scan_detail

extern "C" __global__ void __launch_bounds__(NUMJ_CU_BLOCK)
numj_scan(int32_t op, int32_t dt, numj_iter2 it, int64_t len, int64_t in_stride, int64_t out_stride,
          const char *in, char *out) {
    using namespace numj_scan_detail;
    switch (dt) {
        case NUMJ_INT32: typed<int32_t>(op, it, len, in_stride, out_stride, in, out); break;
        case NUMJ_INT64: typed<int64_t>(op, it, len, in_stride, out_stride, in, out); break;
        case NUMJ_FLOAT32: typed<float>(op, it, len, in_stride, out_stride, in, out); break;
        case NUMJ_FLOAT64: typed<double>(op, it, len, in_stride, out_stride, in, out); break;
        default: break;
    }
}
