package dev.numj.internal.backend;

/** Op codes of native/include/numj_ops.h (the ABI shared by the CPU and CUDA backends). */
public final class Ops {
    private Ops() {}

    public static final int ADD = 0, SUB = 1, MUL = 2, DIV = 3, FLOOR_DIV = 4, MOD = 5, POW = 6,
            MAXIMUM = 7, MINIMUM = 8, EQ = 9, NE = 10, LT = 11, LE = 12, GT = 13, GE = 14,
            LOGICAL_AND = 15, LOGICAL_OR = 16, LOGICAL_XOR = 17, BIT_AND = 18, BIT_OR = 19, BIT_XOR = 20,
            ARCTAN2 = 21, FMAX = 22, FMIN = 23;

    public static final int NEG = 0, ABS = 1, SIGN = 2, SQRT = 3, SQUARE = 4, EXP = 5, LOG = 6,
            LOG1P = 7, EXPM1 = 8, TANH = 9, SIGMOID = 10, RELU = 11, SIN = 12, COS = 13, FLOOR = 14,
            CEIL = 15, ROUND = 16, CLIP = 17, RECIPROCAL = 18, LOG2 = 19, LOG10 = 20, TAN = 21, TRUNC = 22,
            LEAKY_RELU = 23, LOGICAL_NOT = 24, BIT_NOT = 25, ISNAN = 26, ISINF = 27, ISFINITE = 28,
            SIGMOID_DERIVATIVE = 29, RINT = 30;

    public static final int RSUM = 0, RPROD = 1, RMAX = 2, RMIN = 3, RANY = 4, RALL = 5,
            RARGMAX = 6, RARGMIN = 7, RCOUNT_NONZERO = 8;

    /** Distributions of the random stream (enum numj_random_kind). */
    public static final int RANDOM_UNIFORM01 = 0, RANDOM_NORMAL = 1, RANDOM_UNIFORM = 2, RANDOM_EXPONENTIAL = 3,
            RANDOM_RANDINT = 4, RANDOM_BITS = 5;

    /** Status codes (enum numj_status). */
    public static String status(int code) {
        return switch (code) {
            case -1 -> "NUMJ_EDTYPE (op not defined for this dtype)";
            case -2 -> "NUMJ_EOP (unknown op)";
            case -3 -> "NUMJ_ENDIM (too many dimensions)";
            case -4 -> "NUMJ_EARG (bad argument)";
            case -5 -> "NUMJ_ENOMEM";
            default -> "status " + code;
        };
    }
}
