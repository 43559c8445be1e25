// Fused row softmax, log-softmax and cross-entropy: one block per row reads the row three times (its
// maximum, the sum of exp(x - max), then the result) instead of the five kernels and two temporaries of
// the composition (max, subtract, exp, sum, divide). The formulas are those of the composition that the
// CPU runs (dev.numj.nn.Activations): s = x - max (NaN if the maximum is NaN, as NumPy's max), e = exp(s),
// softmax = e / sum(e), log-softmax = s - log(sum(e)), in the array's dtype. Sums combine as a tree inside
// the block (cub::BlockReduce), so the last bits may differ from the CPU's pairwise sum, as every GPU
// reduction's do.
//
// Entry points:
//   numj_softmax(int32 log, int32 dt, numj_iter2 rows, int64 len, int64 in_stride, int64 out_stride,
//                const void *in, void *out)
//       dt float32 or float64 (in and out alike). rows: the axes other than the softmax axis,
//       strides[0] the input's and strides[1] the output's (bytes); len and the two strides describe
//       the softmax axis (len >= 1). One block per row, grid-stride over rows. in may be out.
//   numj_cross_entropy(int32 dt, int32 targets, int64 m, int64 k, int64 row_stride, int64 col_stride,
//                      const void *logits, const void *y, int64 y_row_stride, int64 y_col_stride, double *out)
//       logits (m, k) of dt float32 or float64, read as float64 (the CPU casts them first) with byte
//       strides; log-probabilities logp = (x - max) - log(sum(exp(x - max))) per row. targets = 0: y holds
//       int64 labels (y_row_stride bytes apart; the host checked them against [0, k)) and out[i] =
//       logp[i, y[i]]; targets = 1: y holds float64 (m, k) targets and out[i] = sum_j y[i, j] * logp[i, j].
//       out: m contiguous float64. The loss is -sum(out) / m, taken by the host with the sum kernel.
#include <cub/block/block_reduce.cuh>
#include "dtypes.cuh"

namespace numj_softmax_detail {

// NumPy's maximum: NaN wins.
struct NanMax {
    template <typename T> __device__ __forceinline__ T operator()(const T &a, const T &b) const {
        if (a != a) return a;
        if (b != b) return b;
        return a >= b ? a : b;
    }
};

// The row's maximum and sum of exp(x - max), every thread of the block getting both. temp is reused,
// so each reduction is followed by a barrier.
template <typename T>
struct RowStats {
    typedef cub::BlockReduce<T, NUMJ_CU_BLOCK> Reduce;
    union Temp {
        typename Reduce::TempStorage reduce;
    };

    template <typename Load>
    static __device__ __forceinline__ void of(int64_t len, Load load, Temp &temp, T *shared, T &max, T &sum) {
        T m = -INFINITY;
        for (int64_t i = threadIdx.x; i < len; i += NUMJ_CU_BLOCK) m = NanMax()(m, load(i));
        m = Reduce(temp.reduce).Reduce(m, NanMax());
        if (threadIdx.x == 0) shared[0] = m;
        __syncthreads();
        max = shared[0];
        T s = 0;
        for (int64_t i = threadIdx.x; i < len; i += NUMJ_CU_BLOCK) s += exp(load(i) - max);
        s = Reduce(temp.reduce).Sum(s);
        if (threadIdx.x == 0) shared[1] = s;
        __syncthreads();
        sum = shared[1];
    }
};

template <typename T>
__device__ void softmax_rows(bool log_out, const numj_iter2 &rows, int64_t len, int64_t in_stride, int64_t out_stride,
                             const char *in, char *out) {
    __shared__ typename RowStats<T>::Temp temp;
    __shared__ T shared[2];
    for (int64_t r = blockIdx.x; r < rows.n; r += gridDim.x) {
        int64_t off[2];
        numj_offsets(rows, r, off);
        const char *row = in + off[0];
        char *dst = out + off[1];
        auto load = [&](int64_t i) { return *(const T *)(row + i * in_stride); };
        T max, sum;
        RowStats<T>::of(len, load, temp, shared, max, sum);
        if (log_out) {
            const T lse = log(sum);
            for (int64_t i = threadIdx.x; i < len; i += NUMJ_CU_BLOCK) *(T *)(dst + i * out_stride) = (load(i) - max) - lse;
        } else {
            for (int64_t i = threadIdx.x; i < len; i += NUMJ_CU_BLOCK) *(T *)(dst + i * out_stride) = exp(load(i) - max) / sum;
        }
        __syncthreads();   // shared[] and temp are rewritten by the next row; in may be out
    }
}

template <typename T>
__device__ void cross_entropy_rows(bool targets, int64_t m, int64_t k, int64_t row_stride, int64_t col_stride,
                                   const char *logits, const char *y, int64_t y_row_stride, int64_t y_col_stride,
                                   double *out) {
    __shared__ typename RowStats<double>::Temp temp;
    __shared__ double shared[2];
    for (int64_t r = blockIdx.x; r < m; r += gridDim.x) {
        const char *row = logits + r * row_stride;
        auto load = [&](int64_t i) { return (double)*(const T *)(row + i * col_stride); };
        double max, sum;
        RowStats<double>::of(k, load, temp, shared, max, sum);
        const double lse = log(sum);
        if (targets) {
            const char *yr = y + r * y_row_stride;
            double acc = 0;
            for (int64_t i = threadIdx.x; i < k; i += NUMJ_CU_BLOCK)
                acc += *(const double *)(yr + i * y_col_stride) * ((load(i) - max) - lse);
            acc = RowStats<double>::Reduce(temp.reduce).Sum(acc);
            if (threadIdx.x == 0) out[r] = acc;
        } else if (threadIdx.x == 0) {
            const int64_t label = *(const int64_t *)(y + r * y_row_stride);
            out[r] = label >= 0 && label < k ? (load(label) - max) - lse : (double)NAN;
        }
        __syncthreads();
    }
}

}  // namespace numj_softmax_detail

extern "C" __global__ void __launch_bounds__(NUMJ_CU_BLOCK)
numj_softmax(int32_t log_out, int32_t dt, numj_iter2 rows, int64_t len, int64_t in_stride, int64_t out_stride,
             const char *in, char *out) {
    using namespace numj_softmax_detail;
    if (dt == NUMJ_FLOAT32) softmax_rows<float>(log_out != 0, rows, len, in_stride, out_stride, in, out);
    else if (dt == NUMJ_FLOAT64) softmax_rows<double>(log_out != 0, rows, len, in_stride, out_stride, in, out);
}

extern "C" __global__ void __launch_bounds__(NUMJ_CU_BLOCK)
numj_cross_entropy(int32_t dt, int32_t targets, int64_t m, int64_t k, int64_t row_stride, int64_t col_stride,
                   const char *logits, const char *y, int64_t y_row_stride, int64_t y_col_stride, double *out) {
    using namespace numj_softmax_detail;
    if (dt == NUMJ_FLOAT32)
        cross_entropy_rows<float>(targets != 0, m, k, row_stride, col_stride, logits, y, y_row_stride, y_col_stride, out);
    else if (dt == NUMJ_FLOAT64)
        cross_entropy_rows<double>(targets != 0, m, k, row_stride, col_stride, logits, y, y_row_stride, y_col_stride, out);
}
