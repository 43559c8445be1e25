package dev.numj.internal.ffi;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numj.internal.ffi.openblas.OpenBlas;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the jextract-generated bindings (scripts/jextract.sh): calls OpenBLAS's CBLAS and
 * Fortran LAPACK entry points through {@link OpenBlas} on tiny inputs, including routines with
 * CHARACTER arguments, whose gfortran ABI adds hidden trailing length arguments. The GPU bindings
 * are only looked up, never initialised: their static initialisers open libcuda.so.1.
 */
class BindingsSmokeTest {

    private static MemorySegment doubles(Arena arena, double... values) {
        return arena.allocateFrom(JAVA_DOUBLE, values);
    }

    private static MemorySegment ints(Arena arena, int... values) {
        return arena.allocateFrom(JAVA_INT, values);
    }

    private static double[] read(MemorySegment segment) {
        return segment.toArray(JAVA_DOUBLE);
    }

    @Test
    void cblasDdot() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment x = doubles(arena, 1, 2, 3);
            MemorySegment y = doubles(arena, 4, 5, 6);
            assertEquals(32.0, OpenBlas.cblas_ddot(3, x, 1, y, 1));
            // stride 2 over x = {1, 3}, y = {4, 6}
            assertEquals(22.0, OpenBlas.cblas_ddot(2, x, 2, y, 2));
        }
    }

    @Test
    void cblasDgemmRowMajor() {
        try (Arena arena = Arena.ofConfined()) {
            // A (2x3) * B (3x2), row-major
            MemorySegment a = doubles(arena, 1, 2, 3, 4, 5, 6);
            MemorySegment b = doubles(arena, 7, 8, 9, 10, 11, 12);
            MemorySegment c = doubles(arena, 1, 1, 1, 1);
            OpenBlas.cblas_dgemm(OpenBlas.CblasRowMajor(), OpenBlas.CblasNoTrans(), OpenBlas.CblasNoTrans(),
                    2, 2, 3, 1.0, a, 3, b, 2, 0.5, c, 2);
            assertArrayEquals(new double[] {58.5, 64.5, 139.5, 154.5}, read(c));
        }
    }

    @Test
    void lapackDgesvSolves2x2() {
        try (Arena arena = Arena.ofConfined()) {
            // [[3, 1], [1, 2]] x = [9, 8]  ->  x = [2, 3]; column-major, every argument by reference
            MemorySegment a = doubles(arena, 3, 1, 1, 2);
            MemorySegment b = doubles(arena, 9, 8);
            MemorySegment ipiv = arena.allocate(JAVA_INT, 2);
            MemorySegment info = ints(arena, -99);
            OpenBlas.dgesv_(ints(arena, 2), ints(arena, 1), a, ints(arena, 2), ipiv, b, ints(arena, 2), info);
            assertEquals(0, info.get(JAVA_INT, 0));
            assertArrayEquals(new double[] {2, 3}, read(b), 1e-12);
        }
    }

    @Test
    void lapackDgesvReportsSingularMatrix() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = doubles(arena, 1, 2, 2, 4);
            MemorySegment b = doubles(arena, 1, 1);
            MemorySegment info = ints(arena, -99);
            OpenBlas.dgesv_(ints(arena, 2), ints(arena, 1), a, ints(arena, 2), arena.allocate(JAVA_INT, 2),
                    b, ints(arena, 2), info);
            assertEquals(2, info.get(JAVA_INT, 0), "U(2,2) is exactly zero");
        }
    }

    @Test
    void lapackHiddenLengthArguments() {
        try (Arena arena = Arena.ofConfined()) {
            // Cholesky of [[4, 2], [2, 3]] with uplo = "L" (one hidden length): L = [[2, 0], [1, sqrt 2]]
            MemorySegment a = doubles(arena, 4, 2, 2, 3);
            MemorySegment info = ints(arena, -99);
            OpenBlas.dpotrf_(arena.allocateFrom("L"), ints(arena, 2), a, ints(arena, 2), info, 1L);
            assertEquals(0, info.get(JAVA_INT, 0));
            assertEquals(2.0, a.getAtIndex(JAVA_DOUBLE, 0), 1e-12);
            assertEquals(1.0, a.getAtIndex(JAVA_DOUBLE, 1), 1e-12);
            assertEquals(Math.sqrt(2), a.getAtIndex(JAVA_DOUBLE, 3), 1e-12);

            // Solve L^T x = [4, 2] with uplo, trans, diag = "L", "T", "N" (three hidden lengths):
            // [[2, 1], [0, sqrt 2]] x = [4, 2]  ->  x = [2 - 1/sqrt 2, sqrt 2]
            MemorySegment b = doubles(arena, 4, 2);
            info.set(JAVA_INT, 0, -99);
            OpenBlas.dtrtrs_(arena.allocateFrom("L"), arena.allocateFrom("T"), arena.allocateFrom("N"),
                    ints(arena, 2), ints(arena, 1), a, ints(arena, 2), b, ints(arena, 2), info, 1L, 1L, 1L);
            assertEquals(0, info.get(JAVA_INT, 0));
            assertArrayEquals(new double[] {2 - 1 / Math.sqrt(2), Math.sqrt(2)}, read(b), 1e-12);

            // Symmetric eigenvalues (two hidden lengths) of [[2, 1], [1, 2]]: 1 and 3, ascending
            MemorySegment s = doubles(arena, 2, 1, 1, 2);
            MemorySegment w = arena.allocate(JAVA_DOUBLE, 2);
            MemorySegment work = arena.allocate(JAVA_DOUBLE, 64);
            MemorySegment iwork = arena.allocate(JAVA_INT, 64);
            info.set(JAVA_INT, 0, -99);
            OpenBlas.dsyevd_(arena.allocateFrom("N"), arena.allocateFrom("U"), ints(arena, 2), s, ints(arena, 2),
                    w, work, ints(arena, 64), iwork, ints(arena, 64), info, 1L, 1L);
            assertEquals(0, info.get(JAVA_INT, 0));
            assertArrayEquals(new double[] {1, 3}, read(w), 1e-12);
        }
    }

    @Test
    void openblasControls() {
        assertFalse(OpenBlas.openblas_get_config().reinterpret(Long.MAX_VALUE).getString(0).isEmpty());
        assertTrue(OpenBlas.openblas_get_num_threads() >= 1);
    }

    @Test
    void gpuBindingsExistWithoutBeingInitialised() throws ClassNotFoundException {
        ClassLoader loader = BindingsSmokeTest.class.getClassLoader();
        // initialize = false: Cuda's static initialiser would open libcuda.so.1, absent without a GPU
        for (String name : new String[] {
                "dev.numj.internal.ffi.cuda.Cuda",
                "dev.numj.internal.ffi.cublas.Cublas",
                "dev.numj.internal.ffi.numj.NumjCpu"}) {
            assertNotNull(Class.forName(name, false, loader), name);
        }
    }
}
