package dev.numj;

import dev.numj.internal.NativeLoader;
import dev.numj.internal.ffi.openblas.OpenBlas;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * NumPy's {@code np.linalg} on OpenBLAS's LAPACK. LAPACK is column-major: a row-major matrix is
 * its transpose there, so solving {@code A^T Y = B^T} yields the row-major answer directly.
 *
 * <pre>{@code
 * NDArray w = Linalg.inv(Xb.T().matmul(Xb)).matmul(Xb.T()).matmul(y);   // the normal equation
 * }</pre>
 */
public final class Linalg {
    private Linalg() {}

    private static void checkSquare(NDArray a) {
        if (a.ndim() < 2)
            throw new LinAlgException(a.ndim() + "-dimensional array given. Array must be at least two-dimensional");
        if (a.shape[a.ndim() - 1] != a.shape[a.ndim() - 2])
            throw new LinAlgException("Last 2 dimensions of the array must be square");
        if (a.ndim() > 2) throw new IllegalArgumentException("stacked matrices are not supported yet: got shape "
                + dev.numj.internal.Shapes.str(a.shape));
    }

    /** NumPy {@code np.linalg.inv(a)}; a singular matrix raises "Singular matrix". */
    public static NDArray inv(NDArray a) {
        checkSquare(a);
        return gesv(a, NumJ.eye(a.dtype.isFloating() ? a.dtype : DType.FLOAT64, a.shape[0]));
    }

    /** NumPy {@code np.linalg.solve(a, b)} for a 2-D {@code a} and a 1-D or 2-D {@code b}. */
    public static NDArray solve(NDArray a, NDArray b) {
        checkSquare(a);
        if (b.ndim() == 1) return gesv(a, b.reshape(b.shape[0], 1L)).reshape(-1L);
        return gesv(a, b);
    }

    /** Solves a X = b with LAPACK ?gesv; returns X (row-major). */
    private static NDArray gesv(NDArray a, NDArray b) {
        NativeLoader.ensureLoaded();
        DType dt = DType.promote(a.dtype.isFloating() ? a.dtype : DType.FLOAT64, b.dtype.isFloating() ? b.dtype : DType.FLOAT64);
        long n = a.shape[0];
        if (b.shape[0] != n)
            throw new IllegalArgumentException("solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                    + "(m,m),(m,n)->(m,n) (size " + b.shape[0] + " is different from " + n + ")");
        long nrhs = b.shape[1];
        // LAPACK reads our row-major A as A^T: transpose first so it sees A (copying into a fresh buffer it may overwrite)
        NDArray at = a.T().astype(dt);
        NDArray x = b.T().astype(dt);                        // column-major B, overwritten with X
        if (n == 0 || nrhs == 0) return x.T().copy();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment N = arena.allocateFrom(ValueLayout.JAVA_INT, Math.toIntExact(n));
            MemorySegment NRHS = arena.allocateFrom(ValueLayout.JAVA_INT, Math.toIntExact(nrhs));
            MemorySegment ipiv = arena.allocate(ValueLayout.JAVA_INT, n);
            MemorySegment info = arena.allocate(ValueLayout.JAVA_INT);
            if (dt == DType.FLOAT64) OpenBlas.dgesv_(N, NRHS, at.operand().address(), N, ipiv, x.operand().address(), N, info);
            else OpenBlas.sgesv_(N, NRHS, at.operand().address(), N, ipiv, x.operand().address(), N, info);
            int status = info.get(ValueLayout.JAVA_INT, 0);
            if (status > 0) throw new LinAlgException("Singular matrix");
            if (status < 0) throw new IllegalStateException("LAPACK ?gesv rejected argument " + (-status));
        }
        return x.T().copy();
    }
}
