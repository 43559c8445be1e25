package dev.numj;

/**
 * The result of {@link NumJ#intersect1dWithIndices}, NumPy's
 * {@code np.intersect1d(ar1, ar2, return_indices=True)}: the sorted common values and where each first
 * occurs in the flattened inputs.
 *
 * <pre>{@code
 * Intersection r = intersect1dWithIndices(array(1, 3, 4, 3), array(3, 1, 2, 1));
 * r.values();     // [1 3]
 * r.indices1();   // [0 1]     r.indices2();   // [1 0]
 * }</pre>
 *
 * @param values   the sorted values present in both inputs, 1-D, of their promoted dtype
 * @param indices1 int64 positions of the values in the flattened first input
 * @param indices2 int64 positions of the values in the flattened second input
 */
public record Intersection(NDArray values, NDArray indices1, NDArray indices2) {}
