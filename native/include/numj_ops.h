/*
 * NumJ's op vocabulary, shared by the CPU (native/cpu) and CUDA (native/cuda) backends; Java reads the
 * same constants through jextract's NumjCpu (never a hand-kept copy). Values are part of the ABI:
 * append, never renumber. Elementwise ops are declared in numj_ops.def, whose header comment says what
 * follows from it.
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

/* The op enums, generated from numj_ops.def (one line per op: its code, kernels, NumPy name, kind,
 * dtypes per device, result dtype, parameters). */
enum numj_binary_op {
#define NUMJ_BINARY_OP(NAME, CODE, ...) NUMJ_##NAME = CODE,
#include "numj_ops.def"
};

enum numj_unary_op {
#define NUMJ_UNARY_OP(NAME, CODE, ...) NUMJ_##NAME = CODE,
#include "numj_ops.def"
};

/* The vocabulary of numj_ops.def's other columns, and of numj_op_dtypes() & co. (numj_cpu.h). */
enum numj_op_family {
    NUMJ_OP_BINARY = 0,     /* enum numj_binary_op, numj_binary */
    NUMJ_OP_UNARY = 1       /* enum numj_unary_op, numj_unary */
};

enum numj_device {
    NUMJ_DEVICE_CPU = 0,    /* libnumj_cpu (native/cpu) */
    NUMJ_DEVICE_CUDA = 1    /* numj_kernels.fatbin (native/cuda) */
};

/* Sets of dtypes as bitmasks: bit (1 << dtype) for each NUMJ_<dtype> in the set. */
enum numj_dtype_set {
    NUMJ_DTYPES_ALL = (1 << NUMJ_BOOL) | (1 << NUMJ_INT32) | (1 << NUMJ_INT64) | (1 << NUMJ_FLOAT32) | (1 << NUMJ_FLOAT64),
    NUMJ_DTYPES_NUM = (1 << NUMJ_INT32) | (1 << NUMJ_INT64) | (1 << NUMJ_FLOAT32) | (1 << NUMJ_FLOAT64),
    NUMJ_DTYPES_INT = (1 << NUMJ_BOOL) | (1 << NUMJ_INT32) | (1 << NUMJ_INT64),
    NUMJ_DTYPES_SINT = (1 << NUMJ_INT32) | (1 << NUMJ_INT64),
    NUMJ_DTYPES_FLT = (1 << NUMJ_FLOAT32) | (1 << NUMJ_FLOAT64)
};

/* The output dtype of an op computed in dtype dt. */
enum numj_result_rule {
    NUMJ_RESULT_SAME = 0,   /* dt */
    NUMJ_RESULT_BOOL = 1    /* NUMJ_BOOL */
};

/* What an op does, for grouping (docs, error messages, tests); kernels never branch on it. */
enum numj_op_kind {
    NUMJ_KIND_ARITHMETIC = 0,   /* + - * / // % **, max/min, abs, sign, square, reciprocal, clip */
    NUMJ_KIND_COMPARISON = 1,   /* == != < <= > >=, bool result */
    NUMJ_KIND_LOGICAL = 2,      /* logical and/or/xor/not: operands' truth, bool result */
    NUMJ_KIND_BITWISE = 3,      /* & | ^ ~ on bool and integers */
    NUMJ_KIND_MATH = 4,         /* libm functions on floats: sqrt, exp and log, trigonometry */
    NUMJ_KIND_ROUNDING = 5,     /* floor, ceil, trunc, rint, round: the identity on integers */
    NUMJ_KIND_ACTIVATION = 6,   /* neural-network functions NumPy lacks: sigmoid, relu, ... */
    NUMJ_KIND_PREDICATE = 7     /* isnan, isinf, isfinite: bool result */
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
    NUMJ_RANDOM_BITS = 5,         /* raw stream bits as int32/int64 */
    /* numj_random_sample's (native/cpu/samplers.h): float32/float64 */
    NUMJ_RANDOM_GAMMA = 6,        /* params: shape, scale */
    NUMJ_RANDOM_BETA = 7,         /* params: a, b */
    NUMJ_RANDOM_STANDARD_T = 8,   /* params: df */
    NUMJ_RANDOM_CHISQUARE = 9,    /* params: df */
    NUMJ_RANDOM_LOGNORMAL = 10,   /* params: mean, sigma */
    NUMJ_RANDOM_LAPLACE = 11,     /* params: loc, scale */
    NUMJ_RANDOM_LOGISTIC = 12,    /* params: loc, scale */
    NUMJ_RANDOM_TRUNCATED_NORMAL = 13,  /* params: mean, std, a, b */
    /* numj_random_sample's, int32/int64 */
    NUMJ_RANDOM_BINOMIAL = 14,    /* iparams: n; params: p */
    NUMJ_RANDOM_POISSON = 15,     /* params: lam */
    NUMJ_RANDOM_GEOMETRIC = 16    /* params: p */
};

#endif
