package dev.numj.fuzz;

/**
 * The one place that lists where NumJ deliberately differs from NumPy, and how the fuzzer accepts each
 * difference (docs/numpy-coverage.md lists them too, under "Differential fuzzing", and the rows it names).
 * Nothing else is accepted: any other difference in shape, dtype, value or error is a failure.
 *
 * <p>The Python side of every program defines the helpers in {@link #PY_HELPERS}: {@code _d(v)} wraps
 * each step's result (a NumPy scalar becomes a 0-d array, as NumJ returns, and an int8 or float16 result,
 * which NumJ cannot hold, raises {@code NumJDeviation}), {@code _b32(v)} gives a bool operand of a float
 * ufunc NumJ's float32 instead of NumPy's float16.
 */
final class Deviations {
    private Deviations() {}

    /** A documented, deliberate difference and why NumJ has it. */
    enum Kind {
        /**
         * NumPy's result dtype would be int8 ({@code bool // bool}, {@code bool % bool}, {@code bool ** bool},
         * {@code np.square(bool)}) or float16 ({@code np.round(bool)}): NumJ has neither dtype, so it throws
         * a NumJTypeException naming the dtype NumPy would give (coverage table, row "dtypes"). Accepted when
         * NumPy's step gave that dtype ({@code NumJDeviation} raised by {@code _d}) and NumJ threw a
         * NumJTypeException whose message names the same dtype.
         */
        INT8_OR_FLOAT16_RESULT,
        /**
         * Float ufuncs of bool ({@code sqrt exp log log1p expm1 tanh sin cos}): NumPy computes in float16,
         * NumJ in float32 (coverage table, row "dtypes"). Accepted by computing the NumPy side on
         * {@code _b32(x)}, i.e. the bool operand cast to float32 first. (NumJ's {@code sigmoid}, which NumPy
         * lacks, is spelled on x cast to {@code np.result_type(x, np.float32)}: float32 for bool as well.)
         */
        BOOL_FLOAT_UFUNC_IN_FLOAT32,
        /**
         * {@code sort}/{@code argsort} are always stable in NumJ (coverage table, row "sort argsort"); NumPy's
         * default kind is not. The NumPy side passes {@code kind='stable'}.
         */
        SORT_IS_STABLE,
        /**
         * A full integer index ({@code x[1, 2]}, {@code x[()]}) gives a 0-d view in NumJ, a scalar copy in NumPy
         * (NumJ has no scalar type). The NumPy side indexes with an extra {@code ...} (which NumPy answers
         * with a 0-d view), so later in-place steps alias the same memory on both sides.
         */
        FULL_INTEGER_INDEX_IS_A_VIEW,
        /**
         * {@code np.unique} collapses -0.0 and 0.0 into one value and keeps whichever its (unstable) sort put
         * first; NumJ keeps the first in its stable order (coverage table, row "sort argsort unique"). Accepted
         * when a {@code unique} step, re-run alone, differs from NumPy only in the sign of zeros, and the chain
         * differs only because of that (checked as for ROUNDING_AMPLIFIED_BY_THE_CHAIN). The same holds for
         * {@code median} / {@code quantile} steps: NumPy partitions with an unstable introselect, so which of
         * -0.0 and 0.0 lands at the selected position is unspecified; NumJ's stable sort keeps their order. And for
         * {@code matmul} and {@code tensordot}: a sum of products that rounds to zero from subnormal terms takes the sign of its last
         * rounding (fused multiply-adds in another order: seed 7, case 99090, 4.9e-324 times a 4 x 4 matrix gave -0.0
         * in NumJ's kernel and 0.0 in OpenBLAS's).
         */
        UNIQUE_SIGN_OF_ZERO,
        /**
         * A sum, mean, var, std, matmul or transcendental function may round differently from NumPy's (another
         * summation order or libm), and a later step can amplify that (a comparison, {@code floor}, a sort
         * order, cancellation). Accepted only when the chain's final results differ but every step, re-run
         * alone in NumPy on NumJ's own input to that step, agrees with NumJ's step within the tolerance, and
         * the chain has such an inexact step and no step writes into x while reading memory x aliases (x itself as its
         * own operand, as in {@code x /= a0} right after {@code x = a0}, does not count: each element is read before it
         * is written; a step that only reads, such as {@code x >= a0} where x is a view of a0, re-runs faithfully alone).
         * A chain that ends in the same error on both sides counts too when the two messages differ only in the
         * numbers they quote (histogram's "autodetected range of [-inf, -15.42184066772461] is not finite" against
         * NumJ's -15.421838760375977, from a float32 tensordot summed in another order) under the same conditions,
         * the raising step re-run alone included.
         */
        ROUNDING_AMPLIFIED_BY_THE_CHAIN,
        /**
         * Where +inf meets -inf in an einsum's sums, the answer (NaN or +-inf) depends on how the sums are grouped, and
         * NumPy's default path groups by its loop choice, which follows the memory layout: {@code np.einsum('a,abc->ab',
         * x, y)} with {@code x = [-inf, 0.23]} and {@code y[0, 0] = [-5.77, 5.89]} is -inf at [0, 0] for a C-ordered y and
         * NaN for the same values in another layout. NumJ sums first every label one operand alone has (docs/linalg.md).
         * Accepted when an einsum step, re-run alone, differs from NumPy only at elements both answer non-finite, and
         * the chain differs only because of that (checked as for ROUNDING_AMPLIFIED_BY_THE_CHAIN).
         */
        EINSUM_INFINITY_GROUPING,
    }

    /**
     * What the generator deliberately does not produce, because NumPy's own answer is undefined or a bug there (the
     * second: {@code np.subtract.at(np.lib.stride_tricks.sliding_window_view(a, 1), [[0]], 1)} changes a read-only
     * view's memory). The first:
     * {@code np.round(int_array, -1)} of values near the dtype's limits. NumPy rounds integers through float64
     * and casts back; a result beyond the dtype's range is a C cast of an out-of-range double (undefined
     * behaviour, NumPy warns "invalid value encountered in cast" and x86 gives INT_MIN), while NumJ rounds in
     * integer arithmetic, which wraps.
     */
    static final String NOT_GENERATED = "np.round(integer array near its dtype's limits, negative decimals); "
            + "np.ufunc.at writing into a read-only array where NumPy's path skips the write flag (a 1-D target, a 0-d index, "
            + "or every axis after the first of length 1): NumPy writes through the read-only view, NumJ refuses; "
            + "np.isin of integers beyond 2^53 against floats: two integers that round to one float64 make NumPy's sort-based "
            + "isin report one of them as found (seed 14, case 87475), NumJ compares exactly";

    /** Defined at the top of every NumPy program. */
    static final String PY_HELPERS = """
            class NumJDeviation(TypeError):
                pass
            def _d(v):
                v = np.asarray(v)
                if v.dtype == np.int8 or v.dtype == np.float16:
                    raise NumJDeviation('NumPy result dtype ' + v.dtype.name + ' (NumJ has no ' + v.dtype.name + ')')
                return v
            def _b32(v):
                return v.astype(np.float32) if v.dtype == np.bool_ else v
            """;
}
