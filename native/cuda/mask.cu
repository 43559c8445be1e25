// Boolean-mask and integer-array indexing, the GPU twins of native/cpu/gather.c, with CUB's block
// primitives (cub::BlockReduce, cub::BlockScan) for the stream compaction.
//
// Entry points (itemsize: the element's bytes, 1, 4 or 8; elements are moved as bits):
//   numj_mask_count(numj_iter1 mask, const void *mask, int64 *tile_counts, int64 ntiles)
//       tile_counts[t] = the true elements of tile t (NUMJ_MASK_TILE consecutive elements in C order).
//   numj_mask_starts(int64 *counts, int64 ntiles)
//       one block: counts becomes its exclusive prefix sum (each tile's first output position).
//   numj_mask_apply(int32 mode, int32 itemsize, numj_iter2 it, const void *mask, void *a, void *dense,
//                   const int64 *tile_starts, int64 count)
//       it: strides[0] the mask's, strides[1] a's. For the k-th true element i (k < count), in C order:
//       mode 0 (compress) dense[k] = a[i]; mode 1 (expand) a[i] = dense[k]; mode 2 (offsets)
//       ((int64 *)dense)[k] = the byte offset of a[i] from a. One block per tile: each thread takes
//       NUMJ_MASK_ITEMS consecutive elements and its position comes from a block-wide exclusive scan.
//   numj_masked_fill(int32 itemsize, numj_iter2 it, const void *mask, void *a, const void *value,
//                    uint64 value_bits)
//       a[i] = *value wherever mask[i] (value NULL: the value's bits by value).
//   numj_index_offsets(int32 idx_dt, numj_iter2 it, const void *idx, int64 *offsets, int64 extent,
//                      int64 byte_stride, int32 accumulate, uint64 *first_bad)
//       offsets[i] (+)= wrap(idx[i]) * byte_stride; an index outside [-extent, extent) writes nothing
//       and lowers *first_bad (which the host sets to UINT64_MAX) to its C-order position.
//   numj_take(int32 scatter, int32 itemsize, numj_iter2 it, int32 axis, const int64 *offsets,
//             void *indexed, void *dense)
//       it is NOT collapsed (axis must stay an axis): strides[0] indexed's (its axis stride unused),
//       strides[1] dense's. gather (scatter 0): dense[..., j, ...] = indexed[..., @offsets[j], ...], one
//       thread per element; scatter: the reverse, one thread per position of the other axes walking j in
//       order, so the last of repeated offsets wins as in NumPy.
#include <cub/block/block_reduce.cuh>
#include <cub/block/block_scan.cuh>
#include "dtypes.cuh"

#define NUMJ_MASK_ITEMS 8
#define NUMJ_MASK_TILE (NUMJ_CU_BLOCK * NUMJ_MASK_ITEMS)

namespace numj_mask_detail {

__device__ __forceinline__ void move(char *dst, const char *src, int32_t itemsize) {
    switch (itemsize) {
        case 1: *dst = *src; break;
        case 4: *(uint32_t *)dst = *(const uint32_t *)src; break;
        default: *(uint64_t *)dst = *(const uint64_t *)src; break;
    }
}

}  // namespace numj_mask_detail

extern "C" __global__ void __launch_bounds__(NUMJ_CU_BLOCK)
numj_mask_count(numj_iter1 it, const char *mask, int64_t *tile_counts, int64_t ntiles) {
    typedef cub::BlockReduce<int64_t, NUMJ_CU_BLOCK> Reduce;
    __shared__ typename Reduce::TempStorage temp;
    for (int64_t t = blockIdx.x; t < ntiles; t += gridDim.x) {
        int64_t c = 0;
        const int64_t first = t * NUMJ_MASK_TILE + (int64_t)threadIdx.x * NUMJ_MASK_ITEMS;
#pragma unroll
        for (int j = 0; j < NUMJ_MASK_ITEMS; j++) {
            if (first + j < it.n) {
                int64_t off[1];
                numj_offsets(it, first + j, off);
                c += mask[off[0]] != 0;
            }
        }
        const int64_t total = Reduce(temp).Sum(c);
        if (threadIdx.x == 0) tile_counts[t] = total;
        __syncthreads();
    }
}

namespace numj_mask_detail {
struct Running {
    int64_t total;
    __device__ __forceinline__ int64_t operator()(int64_t aggregate) {
        int64_t before = total;
        total += aggregate;
        return before;
    }
};
}  // namespace numj_mask_detail

extern "C" __global__ void __launch_bounds__(NUMJ_CU_BLOCK)
numj_mask_starts(int64_t *counts, int64_t ntiles) {
    typedef cub::BlockScan<int64_t, NUMJ_CU_BLOCK> Scan;
    __shared__ typename Scan::TempStorage temp;
    if (blockIdx.x != 0) return;
    numj_mask_detail::Running running{0};
    for (int64_t base = 0; base < ntiles; base += NUMJ_CU_BLOCK) {
        const int64_t i = base + threadIdx.x;
        int64_t v = i < ntiles ? counts[i] : 0;
        Scan(temp).ExclusiveSum(v, v, running);
        __syncthreads();
        if (i < ntiles) counts[i] = v;
    }
}

extern "C" __global__ void __launch_bounds__(NUMJ_CU_BLOCK)
numj_mask_apply(int32_t mode, int32_t itemsize, numj_iter2 it, const char *mask, char *a, char *dense,
                const int64_t *tile_starts, int64_t count) {
    typedef cub::BlockScan<int64_t, NUMJ_CU_BLOCK> Scan;
    __shared__ typename Scan::TempStorage temp;
    const int64_t ntiles = (it.n + NUMJ_MASK_TILE - 1) / NUMJ_MASK_TILE;
    for (int64_t t = blockIdx.x; t < ntiles; t += gridDim.x) {
        const int64_t first = t * NUMJ_MASK_TILE + (int64_t)threadIdx.x * NUMJ_MASK_ITEMS;
        int64_t offs[NUMJ_MASK_ITEMS];
        bool on[NUMJ_MASK_ITEMS];
        int64_t mine = 0;
#pragma unroll
        for (int j = 0; j < NUMJ_MASK_ITEMS; j++) {
            on[j] = false;
            offs[j] = 0;
            if (first + j < it.n) {
                int64_t off[2];
                numj_offsets(it, first + j, off);
                on[j] = mask[off[0]] != 0;
                offs[j] = off[1];
                mine += on[j];
            }
        }
        int64_t k;
        Scan(temp).ExclusiveSum(mine, k);
        __syncthreads();
        k += tile_starts[t];
#pragma unroll
        for (int j = 0; j < NUMJ_MASK_ITEMS; j++) {
            if (!on[j]) continue;
            if (k < count) {
                if (mode == 0) numj_mask_detail::move(dense + k * itemsize, a + offs[j], itemsize);
                else if (mode == 1) numj_mask_detail::move(a + offs[j], dense + k * itemsize, itemsize);
                else ((int64_t *)dense)[k] = offs[j];
            }
            k++;
        }
    }
}

extern "C" __global__ void __launch_bounds__(NUMJ_CU_BLOCK)
numj_masked_fill(int32_t itemsize, numj_iter2 it, const char *mask, char *a, const char *value,
                 uint64_t value_bits) {
    const char *v = value != nullptr ? value : (const char *)&value_bits;
    NUMJ_GRID_STRIDE_LOOP(i, it.n) {
        int64_t off[2];
        numj_offsets(it, i, off);
        if (mask[off[0]]) numj_mask_detail::move(a + off[1], v, itemsize);
    }
}

extern "C" __global__ void __launch_bounds__(NUMJ_CU_BLOCK)
numj_index_offsets(int32_t idx_dt, numj_iter2 it, const char *idx, int64_t *offsets, int64_t extent,
                   int64_t byte_stride, int32_t accumulate, unsigned long long *first_bad) {
    NUMJ_GRID_STRIDE_LOOP(i, it.n) {
        int64_t off[2];
        numj_offsets(it, i, off);
        int64_t v = idx_dt == NUMJ_INT32 ? (int64_t) * (const int32_t *)(idx + off[0]) : *(const int64_t *)(idx + off[0]);
        if (v < -extent || v >= extent) {
            atomicMin(first_bad, (unsigned long long)i);
            continue;
        }
        if (v < 0) v += extent;
        int64_t *o = (int64_t *)((char *)offsets + off[1]);
        *o = accumulate ? *o + v * byte_stride : v * byte_stride;
    }
}

extern "C" __global__ void __launch_bounds__(NUMJ_CU_BLOCK)
numj_take(int32_t scatter, int32_t itemsize, numj_iter2 it, int32_t axis, const int64_t *offsets,
          char *indexed, char *dense) {
    const int64_t len = it.shape[axis];
    const int64_t n = scatter ? (len == 0 ? 0 : it.n / len) : it.n;
    NUMJ_GRID_STRIDE_LOOP(i, n) {
        // C-order decomposition of i; for scatter the axis counts as extent 1 and j is walked below
        int64_t rem = i, oi = 0, od = 0, j = 0;
        for (int d = it.ndim - 1; d >= 0; d--) {
            const int64_t extent = (scatter && d == axis) ? 1 : it.shape[d];
            const int64_t q = rem / extent, x = rem - q * extent;
            rem = q;
            if (d == axis) j = x;
            else oi += x * it.strides[0][d];
            od += x * it.strides[1][d];
        }
        if (!scatter) {
            numj_mask_detail::move(dense + od, indexed + oi + offsets[j], itemsize);
        } else {
            for (int64_t jj = 0; jj < len; jj++)
                numj_mask_detail::move(indexed + oi + offsets[jj], dense + od + jj * it.strides[1][axis], itemsize);
        }
    }
}
