package dev.numj.linalg;
import dev.numj.NDArray;

/**
 * The result of {@link Linalg#eig(NDArray)}: NumPy's {@code EigResult(eigenvalues, eigenvectors)}
 * as a real/imaginary pair, since NumJ has no complex dtype.
 *
 * <p>A real non-symmetric matrix can have complex eigenvalues (a rotation matrix does). NumPy then
 * returns complex128 (complex64) arrays; NumJ returns their real parts in {@code eigenvalues} and
 * {@code eigenvectors} and their imaginary parts, of the same shape and dtype, in
 * {@code eigenvaluesImag} and {@code eigenvectorsImag}. When every eigenvalue is real
 * ({@link #isReal()}), NumPy returns real arrays; they equal {@code eigenvalues} and
 * {@code eigenvectors} here, and the imaginary parts are zero. See docs/linalg.md for why.
 *
 * <pre>{@code
 * EigResult r = Linalg.eig(array(new double[][] {{0, -1}, {1, 0}}));   // a 90-degree rotation
 * r.eigenvalues();  r.eigenvaluesImag();     // [0. 0.]  [ 1. -1.]   (NumPy: [0.+1.j 0.-1.j])
 * }</pre>
 *
 * @param eigenvalues      real parts of the eigenvalues, {@code (..., M)}, in LAPACK's order
 *                         (not sorted); a complex-conjugate pair is adjacent, positive imaginary part first
 * @param eigenvectors     real parts of the unit eigenvectors as columns, {@code (..., M, M)}
 * @param eigenvaluesImag  imaginary parts of the eigenvalues, {@code (..., M)}
 * @param eigenvectorsImag imaginary parts of the eigenvectors, {@code (..., M, M)}
 */
public record EigResult(NDArray eigenvalues, NDArray eigenvectors, NDArray eigenvaluesImag, NDArray eigenvectorsImag) {
    /**
     * True when every eigenvalue is real (NumPy's test {@code all(w.imag == 0)} over the whole stack),
     * i.e. exactly when NumPy would return real arrays.
     * <pre>{@code
     * Linalg.eig(array(new double[][] {{2, 0}, {0, 3}})).isReal();   // true
     * }</pre>
     *
     * @return {@code true} if this is real
     */
    public boolean isReal() { return eigenvaluesImag.eq(0L).all().item() != 0; }
}
