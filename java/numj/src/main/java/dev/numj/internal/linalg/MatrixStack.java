package dev.numj.internal.linalg;

import dev.numj.internal.Creation;
import dev.numj.internal.Backends;
import dev.numj.internal.ArrayAccess;
import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import static dev.numj.internal.ArrayAccess.viewOf;
import dev.numj.internal.backend.Lapack;
import dev.numj.internal.runtime.Memory;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.Shapes;
import dev.numj.internal.runtime.Storage;

import java.util.Arrays;
import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.internal.Select;
import dev.numj.internal.Shaping;
import dev.numj.internal.Ufuncs;
import dev.numj.internal.Views;

/**
 * What every {@code numpy.linalg} function shares: NumPy's argument checks and their texts, NumPy's
 * dtype rule (the work is float64; the result is float32 only when every input is float32), copies
 * into LAPACK's column-major order and back, and addressing one matrix of a stack {@code (..., M, N)}.
 *
 * <p>A column-major ("Fortran") copy of a stack of {@code M x N} matrices is held as a C-contiguous
 * float64 array of shape {@code (..., N, M)}: row {@code j} of that array is column {@code j} of the
 * matrix. LAPACK overwrites what it is given, so every routine gets a fresh copy, as in NumPy. The
 * copies are made on the caller's thread; only the LAPACK calls run inside {@link Lapack#run}.
 */
public final class MatrixStack {
    private MatrixStack() {}

    /** The dtype every factorisation runs in (NumPy's {@code _commonType} computes in double too). */
    public static final DType WORK = DType.FLOAT64;

    public static void checkAtLeast2d(NDArray a) {
        if (a.ndim() < 2)
            throw new LinAlgError(a.ndim() + "-dimensional array given. Array must be at least two-dimensional");
    }

    public static void check2d(NDArray a) {
        if (a.ndim() != 2)
            throw new LinAlgError(a.ndim() + "-dimensional array given. Array must be two-dimensional");
    }

    public static void checkSquare(NDArray a) {
        checkAtLeast2d(a);
        if (rows(a) != cols(a)) throw new LinAlgError("Last 2 dimensions of the array must be square");
    }

    public static long rows(NDArray a) { return shapeOf(a)[a.ndim() - 2]; }

    public static long cols(NDArray a) { return shapeOf(a)[a.ndim() - 1]; }

    /** A matrix extent as LAPACK's 32-bit INTEGER. */
    public static int dim(long d) {
        if (d > Integer.MAX_VALUE)
            throw new IllegalArgumentException("matrix dimension " + d + " exceeds LAPACK's 32-bit sizes");
        return (int) d;
    }

    /** LAPACK's leading dimension for {@code rows} rows. */
    public static int ld(long rows) { return Math.max(1, dim(rows)); }

    /** NumPy's result dtype for linalg: float32 when every input is float32, else float64 (ints and bools too). */
    public static DType resultType(NDArray... arrays) {
        for (NDArray a : arrays) if (a.dtype() != DType.FLOAT32) return DType.FLOAT64;
        return DType.FLOAT32;
    }

    /** What the routines need of a stack {@code (..., rows, cols)}: NumPy's result dtype, the batch and its size, LAPACK's sizes. */
    public record Dims(DType resultType, long[] batch, long count, int rows, int cols) {
        int min() { return Math.min(rows, cols); }
    }

    /** The {@link Dims} of a stack of at least two dimensions. */
    public static Dims dims(NDArray a) {
        long[] batch = batchShape(a);
        return new Dims(resultType(a), batch, count(batch), dim(rows(a)), dim(cols(a)));
    }

    /** The stack's leading (batch) shape, {@code a.shape[:-2]}. */
    public static long[] batchShape(NDArray a) { return Arrays.copyOf(shapeOf(a), a.ndim() - 2); }

    /** {@code batch + tail}. */
    public static long[] shape(long[] batch, long... tail) {
        long[] r = Arrays.copyOf(batch, batch.length + tail.length);
        System.arraycopy(tail, 0, r, batch.length, tail.length);
        return r;
    }

    /**
     * A C-contiguous float64 array in GC-managed memory, for LAPACK's operands: {@link Lapack#run} may
     * use them on another thread, which a {@link Scope}'s memory (confined to its thread) forbids.
     */
    public static NDArray lapackBuffer(long... shape) {
        Shapes.checked(shape, WORK.itemSize());
        Storage s = Memory.allocate(Shapes.size(shape) * WORK.itemSize(), null);
        return ArrayAccess.create(s, WORK, shape, Shapes.cStrides(shape, WORK.itemSize()), 0, null);
    }

    /** A fresh float64 column-major copy of the matrices of {@code a} (shape {@code (..., N, M)}). */
    public static NDArray fortran(NDArray a) {
        NDArray f = lapackBuffer(shape(batchShape(a), cols(a), rows(a)));
        Ufuncs.assign(f, Shaping.swapaxes(a, -1, -2));
        return f;
    }

    /** The matrices held column-major in {@code f} as a C-ordered array of dtype {@code to}. */
    public static NDArray fromFortran(NDArray f, DType to) { return Ufuncs.copyAs(Shaping.swapaxes(f, -1, -2), to); }

    /** A zeroed column-major stack of {@code rows x cols} matrices. */
    public static NDArray fortranZeros(long[] batch, long rows, long cols) { return zeros(shape(batch, cols, rows)); }

    /** A zeroed LAPACK buffer. */
    public static NDArray zeros(long... shape) {
        NDArray z = lapackBuffer(shape);
        Ufuncs.fill(z, 0L);
        return z;
    }

    /** Stacked identity matrices (symmetric, so the same in either order): zeros, then ones along each diagonal. */
    public static NDArray identities(long[] batch, long n) {
        NDArray x = zeros(shape(batch, n, n));
        long[] st = Arrays.copyOf(stridesOf(x), batch.length + 1);
        st[batch.length] = (n + 1) * WORK.itemSize();
        Ufuncs.fill(viewOf(x, shape(batch, n), st, offsetOf(x)), 1L);
        return x;
    }

    /** One LAPACK call for matrix {@code t} of a stack; returns LAPACK's info. */
    public interface MatrixCall {
        int call(Lapack lapack, long t);
    }

    /** Runs {@code call} for every matrix t in [0, count) where the backend runs LAPACK; the first nonzero info, else 0. */
    public static int each(NDArray like, long count, MatrixCall call) {
        return lapack(like).run(lp -> {
            for (long t = 0; t < count; t++) {
                int info = call.call(lp, t);
                if (info != 0) return info;
            }
            return 0;
        });
    }

    /** As {@link #each}, but every matrix's info. */
    public static int[] infos(NDArray like, int count, MatrixCall call) {
        return lapack(like).run(lp -> {
            int[] r = new int[count];
            for (int t = 0; t < count; t++) r[t] = call.call(lp, t);
            return r;
        });
    }

    /** The {@code t}-th item (C order over the batch) of a C-contiguous stack whose last {@code core} axes form one item. */
    public static Operand item(NDArray stack, long t, int core) {
        long per = stack.dtype().itemSize();
        for (int i = stack.ndim() - core; i < stack.ndim(); i++) per *= shapeOf(stack)[i];
        return new Operand(storageOf(stack), offsetOf(stack) + t * per, null);
    }

    public static long count(long[] batch) { return Shapes.size(batch); }

    public static Lapack lapack(NDArray a) { return Backends.of(a).lapack(); }

    /** LAPACK's info as NumPy's LinAlgError: NumPy raises its one message for any nonzero info. */
    public static void check(int info, String numpyMessage, String routine) {
        if (info == 0) return;
        throw new LinAlgError(info > 0 ? numpyMessage
                : numpyMessage + " (LAPACK " + routine + " rejected argument " + -info + ")");
    }

    /** NumPy's {@code tril} ({@code lower}) or {@code triu} of the last two axes, diagonal kept. */
    public static NDArray triangle(NDArray x, boolean lower) {
        long r = rows(x), c = cols(x);
        NDArray i = Views.reshape(Creation.arange(0, r, 1, DType.INT64), new long[] {r, 1L}), j = Creation.arange(0, c, 1, DType.INT64);
        return Select.where(Ufuncs.binary(lower ? Ufuncs.GE : Ufuncs.LE, i, j), x, Creation.zeros(x.dtype(), new long[0]));
    }

    /** Reads element {@code flat} (C order) of a C-contiguous array as a double. */
    public static double at(NDArray contiguous, long flat) {
        return ArrayAccess.readDouble(contiguous, offsetOf(contiguous) + flat * contiguous.dtype().itemSize());
    }

    /** Writes element {@code flat} (C order) of a C-contiguous array. */
    public static void put(NDArray contiguous, long flat, double v) {
        ArrayAccess.writeDouble(contiguous, offsetOf(contiguous) + flat * contiguous.dtype().itemSize(), v);
    }
}
