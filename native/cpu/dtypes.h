/* NumJ's dtypes as C types, and the X-macro that instantiates a loop once per dtype. */
#ifndef NUMJ_DTYPES_H
#define NUMJ_DTYPES_H

#include <stdint.h>
#include <math.h>
#include "numj_ops.h"

typedef uint8_t numj_bool;   /* NumPy's bool: one byte holding 0 or 1 */

/* X(code, C type, suffix, is_float) */
#define NUMJ_FOR_EACH_DTYPE(X)                 \
    X(NUMJ_BOOL, numj_bool, b, 0)               \
    X(NUMJ_INT32, int32_t, i32, 0)              \
    X(NUMJ_INT64, int64_t, i64, 0)              \
    X(NUMJ_FLOAT32, float, f32, 1)              \
    X(NUMJ_FLOAT64, double, f64, 1)

#define NUMJ_FOR_EACH_INT(X)                    \
    X(NUMJ_INT32, int32_t, i32, 0)              \
    X(NUMJ_INT64, int64_t, i64, 0)

#define NUMJ_FOR_EACH_FLOAT(X)                  \
    X(NUMJ_FLOAT32, float, f32, 1)              \
    X(NUMJ_FLOAT64, double, f64, 1)

static inline int numj_itemsize(int32_t dt) {
    switch (dt) {
        case NUMJ_BOOL: return 1;
        case NUMJ_INT32: case NUMJ_FLOAT32: return 4;
        case NUMJ_INT64: case NUMJ_FLOAT64: return 8;
        default: return 0;
    }
}

/* Float -> integer conversion without C's undefined behaviour: NaN and out-of-range values give the
 * type's minimum, which is what x86's cvtt* instructions (and so NumPy on x86-64) produce. */
#define NUMJ_F2I(T, TMIN, x) \
    ((x) != (x) || (x) >= -(double)(TMIN) || (x) < (double)(TMIN) ? (T)(TMIN) : (T)(x))

#endif
