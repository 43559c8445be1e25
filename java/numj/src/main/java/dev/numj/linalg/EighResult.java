package dev.numj.linalg;
import dev.numj.NDArray;

/**
 * The result of {@link Linalg#eigh(NDArray)}: NumPy's {@code EighResult(eigenvalues, eigenvectors)}.
 *
 * <pre>{@code
 * EighResult r = Linalg.eigh(array(new double[][] {{2, 1}, {1, 2}}));
 * r.eigenvalues();    // [1. 3.]      r.eigenvectors().get(":, 1") is the eigenvector of 3
 * }</pre>
 *
 * @param eigenvalues  the eigenvalues of each matrix in ascending order, shape {@code (..., M)}
 * @param eigenvectors the orthonormal eigenvectors as columns, shape {@code (..., M, M)}: column
 *                     {@code i} belongs to eigenvalue {@code i}; each column's sign is LAPACK's choice
 */
public record EighResult(NDArray eigenvalues, NDArray eigenvectors) {}
