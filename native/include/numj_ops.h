/*
 * NumJ's op vocabulary, shared by the CPU (native/cpu) and CUDA (native/cuda) backends and mirrored
 * by dev.numj.internal.Ops in Java. Values are part of the ABI: append, never renumber.
 */
#ifndef NUMJ_OPS_H
#define NUMJ_OPS_H

/* Status codes returned by every kernel. */
enum numj_status {
    NUMJ_OK = 0,
    NUMJ_EDTYPE = -1,   /* the op is not defined for this dtype */
    NUMJ_EOP = -2,      /* unknown op code */
    NUMJ_ENDIM = -3,    /* ndim outside 0..NUMJ_MAX_DIMS */
    NUMJ_EARG = -4,     /* a NULL pointer or a negative extent */
    NUMJ_ENOMEM = -5
};

#define NUMJ_MAX_DIMS 32

/* Storage dtypes; the numbers are NumJ's own, not NumPy's type numbers. */
enum numj_dtype {
    NUMJ_BOOL = 0,
    NUMJ_INT32 = 1,
    NUMJ_INT64 = 2,
    NUMJ_FLOAT32 = 3,
    NUMJ_FLOAT64 = 4,
    NUMJ_NDTYPES = 5    /* how many dtypes there are (not a dtype): the extent of per-dtype tables */
};

enum numj_binary_op {
    NUMJ_ADD = 0, NUMJ_SUB = 1, NUMJ_MUL = 2, NUMJ_DIV = 3, NUMJ_FLOOR_DIV = 4, NUMJ_MOD = 5,
    NUMJ_POW = 6, NUMJ_MAXIMUM = 7, NUMJ_MINIMUM = 8,
    /* bool results */
    NUMJ_EQ = 9, NUMJ_NE = 10, NUMJ_LT = 11, NUMJ_LE = 12, NUMJ_GT = 13, NUMJ_GE = 14,
    NUMJ_LOGICAL_AND = 15, NUMJ_LOGICAL_OR = 16, NUMJ_LOGICAL_XOR = 17,
    /* bitwise on bool/int (NumPy's & | ^) */
    NUMJ_BIT_AND = 18, NUMJ_BIT_OR = 19, NUMJ_BIT_XOR = 20,
    NUMJ_ARCTAN2 = 21, NUMJ_FMAX = 22, NUMJ_FMIN = 23
};

enum numj_unary_op {
    NUMJ_NEG = 0, NUMJ_ABS = 1, NUMJ_SIGN = 2, NUMJ_SQRT = 3, NUMJ_SQUARE = 4, NUMJ_EXP = 5,
    NUMJ_LOG = 6, NUMJ_LOG1P = 7, NUMJ_EXPM1 = 8, NUMJ_TANH = 9, NUMJ_SIGMOID = 10, NUMJ_RELU = 11,
    NUMJ_SIN = 12, NUMJ_COS = 13, NUMJ_FLOOR = 14, NUMJ_CEIL = 15, NUMJ_ROUND = 16, NUMJ_CLIP = 17,
    NUMJ_RECIPROCAL = 18, NUMJ_LOG2 = 19, NUMJ_LOG10 = 20, NUMJ_TAN = 21, NUMJ_TRUNC = 22,
    NUMJ_LEAKY_RELU = 23, NUMJ_LOGICAL_NOT = 24, NUMJ_BIT_NOT = 25,
    /* bool results */
    NUMJ_ISNAN = 26, NUMJ_ISINF = 27, NUMJ_ISFINITE = 28,
    NUMJ_SIGMOID_DERIVATIVE = 29, NUMJ_RINT = 30
};

enum numj_reduce_op {
    NUMJ_RSUM = 0, NUMJ_RPROD = 1, NUMJ_RMAX = 2, NUMJ_RMIN = 3, NUMJ_RANY = 4, NUMJ_RALL = 5,
    NUMJ_RARGMAX = 6, NUMJ_RARGMIN = 7, NUMJ_RCOUNT_NONZERO = 8
};

/* Distributions of numj_random_fill (native/cpu/philox.h gives each one's exact mapping from the
 * Philox4x32-10 stream to values). */
enum numj_random_kind {
    NUMJ_RANDOM_UNIFORM01 = 0,    /* [0, 1) */
    NUMJ_RANDOM_NORMAL = 1,       /* params: mu, sd */
    NUMJ_RANDOM_UNIFORM = 2,      /* params: low, high */
    NUMJ_RANDOM_EXPONENTIAL = 3,  /* params: scale */
    NUMJ_RANDOM_RANDINT = 4,      /* iparams: low, high (exclusive) */
    NUMJ_RANDOM_BITS = 5          /* raw stream bits as int32/int64 */
};

#endif
