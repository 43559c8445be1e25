package dev.numj;

/**
 * The result of NumPy's {@code np.unique(a, return_index, return_inverse, return_counts, axis)} and of the
 * Array API's {@code unique_all} / {@code unique_inverse}: the distinct values and, where asked for, where
 * each first occurs, how to rebuild the input from them, and how often each occurs. A part not asked for is
 * null. One record rather than NumPy's tuple of varying length, so a caller reads the parts by name.
 *
 * <pre>{@code
 * UniqueResult u = uniqueAll(array(2, 1, 2, 3));
 * u.values();   // [1 2 3]    u.indices();   // [1 0 3]
 * u.inverse();  // [1 0 1 2]  u.counts();    // [1 2 1]
 * }</pre>
 *
 * @param values  the distinct values in ascending order (1-D, or along {@code axis} the distinct sub-arrays)
 * @param indices the int64 position of each value's first occurrence in the flattened input (or along axis), or null
 * @param inverse int64 positions into {@code values} that rebuild the input (the input's shape when no axis was
 *                given, NumPy 2's rule; 1-D along an axis), or null
 * @param counts  the int64 number of occurrences of each value, or null
 */
public record UniqueResult(NDArray values, NDArray indices, NDArray inverse, NDArray counts) {}
