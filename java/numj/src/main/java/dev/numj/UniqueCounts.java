package dev.numj;

/**
 * The result of {@link NDArray#uniqueWithCounts()}, NumPy's
 * {@code values, counts = np.unique(a, return_counts=True)}: the sorted distinct values of the
 * flattened array and how often each occurs.
 *
 * <pre>{@code
 * UniqueCounts u = array(2, 1, 2, 3, 2).uniqueWithCounts();
 * u.values();   // [1 2 3]     u.counts();   // [1 3 1]
 * }</pre>
 *
 * @param values the distinct values in ascending order, 1-D, of the input's dtype (all NaNs are one value, last)
 * @param counts the number of occurrences of each value, 1-D int64
 */
public record UniqueCounts(NDArray values, NDArray counts) {}
