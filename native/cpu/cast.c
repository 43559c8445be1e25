/* numj_cast and numj_fill: copy with dtype conversion over strides, and fill with one value. */
#include "numj_cpu.h"
#include "dtypes.h"
#include "iter.h"

#include <string.h>

/* Converts one value of C type S to C type D with NumPy's semantics for bool and float->int. */
#define CONV_TO_b(S, v) ((numj_bool)((v) != 0))
#define CONV_TO_i32(S, v) conv_i32_##S(v)
#define CONV_TO_i64(S, v) conv_i64_##S(v)
#define CONV_TO_f32(S, v) ((float)(v))
#define CONV_TO_f64(S, v) ((double)(v))

#define INT_CONVERTERS(DT, T, TMIN)                                              \
    static inline T conv_##DT##_b(numj_bool v) { return (T)v; }                  \
    static inline T conv_##DT##_i32(int32_t v) { return (T)v; }                  \
    static inline T conv_##DT##_i64(int64_t v) { return (T)(uint64_t)v; }        \
    static inline T conv_##DT##_f32(float v) { return NUMJ_F2I(T, TMIN, v); }    \
    static inline T conv_##DT##_f64(double v) { return NUMJ_F2I(T, TMIN, v); }
INT_CONVERTERS(i32, int32_t, INT32_MIN)
INT_CONVERTERS(i64, int64_t, INT64_MIN)

#define CAST_LOOP(SC, ST, SS, SF, DS, DT)                                          \
    static void cast_##SS##_##DS(char **args, int64_t n, const int64_t *steps, const void *unused) { \
        (void)unused;                                                              \
        char *s = args[0], *d = args[1];                                           \
        int64_t ss = steps[0], ds = steps[1];                                      \
        if (ss == (int64_t)sizeof(ST) && ds == (int64_t)sizeof(DT)) {              \
            const ST *src = (const ST *)s; DT *dst = (DT *)d;                      \
            for (int64_t i = 0; i < n; i++) dst[i] = CONV_TO_##DS(SS, src[i]);     \
        } else {                                                                   \
            for (int64_t i = 0; i < n; i++, s += ss, d += ds)                      \
                *(DT *)d = CONV_TO_##DS(SS, *(const ST *)s);                       \
        }                                                                          \
    }

#define CAST_ROW(DC, DT, DS, DF)                                                   \
    CAST_LOOP(NUMJ_BOOL, numj_bool, b, 0, DS, DT)                                  \
    CAST_LOOP(NUMJ_INT32, int32_t, i32, 0, DS, DT)                                 \
    CAST_LOOP(NUMJ_INT64, int64_t, i64, 0, DS, DT)                                 \
    CAST_LOOP(NUMJ_FLOAT32, float, f32, 1, DS, DT)                                 \
    CAST_LOOP(NUMJ_FLOAT64, double, f64, 1, DS, DT)
NUMJ_FOR_EACH_DTYPE(CAST_ROW)

#define CAST_ENTRY(DC, DT, DS, DF) { cast_b_##DS, cast_i32_##DS, cast_i64_##DS, cast_f32_##DS, cast_f64_##DS },
/* [dst][src] */
static const numj_loop cast_loops[NUMJ_NDTYPES][NUMJ_NDTYPES] = { NUMJ_FOR_EACH_DTYPE(CAST_ENTRY) };

int32_t numj_cast(int32_t src_dt, int32_t dst_dt, int32_t ndim, const int64_t *shape,
                  const void *src, const int64_t *src_strides, void *dst, const int64_t *dst_strides) {
    if (src_dt < 0 || src_dt >= NUMJ_NDTYPES || dst_dt < 0 || dst_dt >= NUMJ_NDTYPES) return NUMJ_EDTYPE;
    if (!src || !dst || (ndim > 0 && (!shape || !src_strides || !dst_strides))) return NUMJ_EARG;
    char *ptrs[2] = {(char *)src, (char *)dst};
    const int64_t *strides[2] = {src_strides, dst_strides};
    return numj_iterate(2, ndim, shape, ptrs, strides, cast_loops[dst_dt][src_dt], NULL);
}

#define FILL_LOOP(C, T, S, F)                                                      \
    static void fill_##S(char **args, int64_t n, const int64_t *steps, const void *value) { \
        T v = *(const T *)value;                                                   \
        char *d = args[0]; int64_t ds = steps[0];                                  \
        if (ds == (int64_t)sizeof(T)) { T *dst = (T *)d; for (int64_t i = 0; i < n; i++) dst[i] = v; } \
        else for (int64_t i = 0; i < n; i++, d += ds) *(T *)d = v;                 \
    }
NUMJ_FOR_EACH_DTYPE(FILL_LOOP)
#define FILL_ENTRY(C, T, S, F) fill_##S,
static const numj_loop fill_loops[NUMJ_NDTYPES] = { NUMJ_FOR_EACH_DTYPE(FILL_ENTRY) };

int32_t numj_fill(int32_t dt, int32_t ndim, const int64_t *shape, void *dst, const int64_t *dst_strides,
                  const void *value) {
    if (dt < 0 || dt >= NUMJ_NDTYPES) return NUMJ_EDTYPE;
    if (!dst || !value || (ndim > 0 && (!shape || !dst_strides))) return NUMJ_EARG;
    char *ptrs[1] = {(char *)dst};
    const int64_t *strides[1] = {dst_strides};
    return numj_iterate(1, ndim, shape, ptrs, strides, fill_loops[dt], value);
}

#define WHERE_LOOP(C, T, S, F)                                                     \
    static void where_##S(char **args, int64_t n, const int64_t *steps, const void *unused) { \
        (void)unused;                                                              \
        char *c = args[0], *x = args[1], *y = args[2], *o = args[3];               \
        for (int64_t i = 0; i < n; i++, c += steps[0], x += steps[1], y += steps[2], o += steps[3]) \
            *(T *)o = *(const numj_bool *)c ? *(const T *)x : *(const T *)y;       \
    }
NUMJ_FOR_EACH_DTYPE(WHERE_LOOP)
#define WHERE_ENTRY(C, T, S, F) where_##S,
static const numj_loop where_loops[NUMJ_NDTYPES] = { NUMJ_FOR_EACH_DTYPE(WHERE_ENTRY) };

int32_t numj_where(int32_t dt, int32_t ndim, const int64_t *shape,
                   const void *cond, const int64_t *cond_strides, const void *x, const int64_t *x_strides,
                   const void *y, const int64_t *y_strides, void *out, const int64_t *out_strides) {
    if (dt < 0 || dt >= NUMJ_NDTYPES) return NUMJ_EDTYPE;
    if (!cond || !x || !y || !out) return NUMJ_EARG;
    char *ptrs[4] = {(char *)cond, (char *)x, (char *)y, (char *)out};
    const int64_t *strides[4] = {cond_strides, x_strides, y_strides, out_strides};
    return numj_iterate(4, ndim, shape, ptrs, strides, where_loops[dt], NULL);
}
