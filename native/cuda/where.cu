// np.where: out = cond ? x : y over a broadcast iteration space (GPU twin of numj_where).
//
// Entry point:
//   numj_where(int32 dt, numj_iter4 it, const bool *cond, const void *x, const void *y, void *out,
//              uint64 cond_scalar, uint64 x_scalar, uint64 y_scalar)
//       it.strides in the order cond, x, y, out; any of cond, x, y NULL: that scalar by value.
#include "dtypes.cuh"


extern "C" __global__ void numj_where(int32_t dt, numj_iter4 it, const void *cond, const void *x, const void *y,
                                      void *out, uint64_t cs, uint64_t xs, uint64_t ys) {
    numj_cu_with_dtype(dt, [&](auto tag) {
        typedef decltype(tag) T;
        NUMJ_GRID_STRIDE_LOOP(i, it.n) {
            int64_t off[4];
            numj_offsets<4>(it, i, off);
            const bool c = numj_cu_load<bool>((const char *)cond, off[0], cs);
            *(T *)((char *)out + off[3]) = c ? numj_cu_load<T>((const char *)x, off[1], xs)
                                             : numj_cu_load<T>((const char *)y, off[2], ys);
        }
    });
}
