package dev.numj.internal.linalg;

import dev.numj.internal.Backends;
import dev.numj.internal.ArrayAccess;
import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import static dev.numj.internal.ArrayAccess.viewOf;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.Shapes;
import dev.numj.DType;
import dev.numj.Device;
import dev.numj.NDArray;
import dev.numj.internal.Devices;
import dev.numj.internal.Ufuncs;
import dev.numj.internal.Views;

/**
 * {@code np.matmul}: NumPy's gufunc signature (n?,k),(k,m?)-&gt;(n?,m?) with broadcast batch axes.
 * Float32/float64 go to OpenBLAS gemm; an operand whose layout BLAS can read (row-major, or a
 * transposed view such as {@code X.T()}) is passed without a copy.
 */
public final class Matmul {
    private Matmul() {}

    private static final String SIG = "(n?,k),(k,m?)->(n?,m?)";

    public static NDArray matmul(NDArray a, NDArray b) {
        if (a.ndim() == 0 || b.ndim() == 0)
            throw new IllegalArgumentException("matmul: Input operand " + (a.ndim() == 0 ? 0 : 1)
                    + " does not have enough dimensions (has 0, gufunc core with signature " + SIG + " requires 1)");
        DType dt = DType.promote(a.dtype(), b.dtype());
        boolean aVec = a.ndim() == 1, bVec = b.ndim() == 1;
        NDArray A = aVec ? Views.reshape(a, new long[] {1L, shapeOf(a)[0]}) : a;
        NDArray B = bVec ? Views.reshape(b, new long[] {shapeOf(b)[0], 1L}) : b;
        long n = shapeOf(A)[A.ndim() - 2], k = shapeOf(A)[A.ndim() - 1];
        long k2 = shapeOf(B)[B.ndim() - 2], m = shapeOf(B)[B.ndim() - 1];
        if (k != k2)
            throw new IllegalArgumentException("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                    + SIG + " (size " + k2 + " is different from " + k + ")");
        long[] ab = java.util.Arrays.copyOf(shapeOf(A), A.ndim() - 2), bb = java.util.Arrays.copyOf(shapeOf(B), B.ndim() - 2);
        long[] batch;
        try {
            batch = Shapes.broadcast(ab, bb);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes [original->remapped]: "
                    + remapped(a, ab, aVec) + " " + remapped(b, bb, bVec) + "  and requested shape "
                    + Shapes.compact(coreOut(n, m, aVec, bVec)));
        }
        long[] outShape = java.util.Arrays.copyOf(batch, batch.length + 2);
        outShape[batch.length] = n;
        outShape[batch.length + 1] = m;
        if (!dt.isFloating()) return integerMatmul(A, B, dt, batch, outShape, aVec, bVec);
        Device dev = Devices.common("matmul", a, b);
        if (aVec && bVec && k > 0) return vectorDot(a, b, dt, dev, (int) k);
        NDArray Ac = A.dtype() == dt ? A : Ufuncs.copyAs(A, dt), Bc = B.dtype() == dt ? B : Ufuncs.copyAs(B, dt);
        NDArray out = ArrayAccess.allocate(dev, dt, outShape);
        long batches = Shapes.size(batch);
        if (out.size() > 0) {
            if (k == 0) {
                Ufuncs.fill(out, 0L);
            } else {
                long[] aSt = Shapes.broadcastStrides(ab, java.util.Arrays.copyOf(stridesOf(Ac), Ac.ndim() - 2), batch);
                long[] bSt = Shapes.broadcastStrides(bb, java.util.Arrays.copyOf(stridesOf(Bc), Bc.ndim() - 2), batch);
                Layout la = Layout.of(Ac), lb = Layout.of(Bc);
                if (la == null) { Ac = Ufuncs.copyAs(Ac, Ac.dtype()); la = Layout.of(Ac); aSt = Shapes.broadcastStrides(ab, java.util.Arrays.copyOf(stridesOf(Ac), Ac.ndim() - 2), batch); }
                if (lb == null) { Bc = Ufuncs.copyAs(Bc, Bc.dtype()); lb = Layout.of(Bc); bSt = Shapes.broadcastStrides(bb, java.util.Arrays.copyOf(stridesOf(Bc), Bc.ndim() - 2), batch); }
                long[] idx = new long[batch.length];
                for (long t = 0; t < batches; t++) {
                    long aOff = offsetOf(Ac), bOff = offsetOf(Bc), oOff = offsetOf(out);
                    for (int d = 0; d < batch.length; d++) {
                        aOff += idx[d] * aSt[d];
                        bOff += idx[d] * bSt[d];
                        oOff += idx[d] * stridesOf(out)[d];
                    }
                    Backends.of(dev).gemm(dt, la.trans, lb.trans, (int) n, (int) m, (int) k,
                            new Operand(storageOf(Ac), aOff, null), la.ld, new Operand(storageOf(Bc), bOff, null), lb.ld,
                            new Operand(storageOf(out), oOff, null), m);
                    for (int d = batch.length - 1; d >= 0 && ++idx[d] == batch[d]; d--) idx[d] = 0;
                }
            }
        }
        return squeezeVectors(out, aVec, bVec);
    }

    /** 1-D · 1-D: one BLAS dot (NumPy calls cblas_?dot here too), the vectors read with their strides. */
    private static NDArray vectorDot(NDArray a, NDArray b, DType dt, Device dev, int k) {
        NDArray x = unitStride(a.dtype() == dt ? a : Ufuncs.copyAs(a, dt)), y = unitStride(b.dtype() == dt ? b : Ufuncs.copyAs(b, dt));
        NDArray out = ArrayAccess.allocate(dev, dt, new long[0]);
        long item = dt.itemSize();
        Backends.of(dev).dot(dt, k, new Operand(storageOf(x), offsetOf(x), null), k == 1 ? 1 : stridesOf(x)[0] / item,
                new Operand(storageOf(y), offsetOf(y), null), k == 1 ? 1 : stridesOf(y)[0] / item,
                new Operand(storageOf(out), offsetOf(out), null));
        return out;
    }

    /** v itself when its stride is a positive whole number of elements (or it has one element), else a copy. */
    private static NDArray unitStride(NDArray v) {
        long st = stridesOf(v)[0], item = v.dtype().itemSize();
        return shapeOf(v)[0] <= 1 || (st > 0 && st % item == 0) ? v : Ufuncs.copyAs(v, v.dtype());
    }

    /** NumPy's "(2,3,4)->(2,newaxis,newaxis)": batch axes kept, core axes shown as newaxis. */
    private static String remapped(NDArray x, long[] batchDims, boolean vec) {
        StringBuilder b = new StringBuilder(Shapes.compact(shapeOf(x))).append("->(");
        for (long d : batchDims) b.append(d).append(',');
        b.append(vec ? "newaxis" : "newaxis,newaxis");
        return b.append(')').toString();
    }

    private static long[] coreOut(long n, long m, boolean aVec, boolean bVec) {
        if (aVec && bVec) return new long[0];
        if (aVec) return new long[] {m};
        if (bVec) return new long[] {n};
        return new long[] {n, m};
    }

    private static NDArray squeezeVectors(NDArray out, boolean aVec, boolean bVec) {
        if (!aVec && !bVec) return out;
        long[] s = shapeOf(out);
        int nd = s.length - (aVec ? 1 : 0) - (bVec ? 1 : 0);
        long[] r = new long[nd];
        System.arraycopy(s, 0, r, 0, s.length - 2);
        int j = s.length - 2;
        if (!aVec) r[j++] = s[s.length - 2];
        if (!bVec) r[j] = s[s.length - 1];
        return Views.reshape(out, r);
    }

    /** How BLAS can read the last two axes of {@code x}: row-major or transposed, with a leading dimension. */
    private record Layout(boolean trans, long ld) {
        static Layout of(NDArray x) {
            int nd = x.ndim();
            long rows = shapeOf(x)[nd - 2], cols = shapeOf(x)[nd - 1];
            long rs = stridesOf(x)[nd - 2], cs = stridesOf(x)[nd - 1], item = x.dtype().itemSize();
            if ((cs == item || cols == 1) && rs % item == 0 && rs / item >= Math.max(cols, 1) && rs > 0)
                return new Layout(false, rs / item);
            if ((rs == item || rows == 1) && cs % item == 0 && cs / item >= Math.max(rows, 1) && cs > 0)
                return new Layout(true, cs / item);
            if (rows == 1 && cols == 1) return new Layout(false, 1);
            if (rows == 1 && cs == item) return new Layout(false, Math.max(cols, 1));
            if (cols == 1 && rs == item) return new Layout(true, Math.max(rows, 1));
            return null;
        }
    }

    /** Integer and bool matmul (NumPy supports them; BLAS does not): a plain triple loop. */
    private static NDArray integerMatmul(NDArray A, NDArray B, DType dt, long[] batch, long[] outShape, boolean aVec, boolean bVec) {
        NDArray Ab = broadcastBatch(A, batch), Bb = broadcastBatch(B, batch);
        NDArray out = ArrayAccess.allocate(dt, outShape);
        long n = outShape[outShape.length - 2], m = outShape[outShape.length - 1], k = shapeOf(A)[A.ndim() - 1];
        long batches = Shapes.size(batch);
        long[] idx = new long[batch.length + 2];
        for (long t = 0; t < batches; t++) {
            long rem = t;
            for (int d = batch.length - 1; d >= 0; d--) { idx[d] = rem % batch[d]; rem /= batch[d]; }
            for (long i = 0; i < n; i++)
                for (long j = 0; j < m; j++) {
                    long acc = 0;
                    boolean any = false;
                    for (long p = 0; p < k; p++) {
                        idx[batch.length] = i; idx[batch.length + 1] = p;
                        long x = ArrayAccess.readLong(Ab, ArrayAccess.byteOffset(Ab, idx));
                        idx[batch.length] = p; idx[batch.length + 1] = j;
                        long y = ArrayAccess.readLong(Bb, ArrayAccess.byteOffset(Bb, idx));
                        acc += x * y;
                        any |= x != 0 && y != 0;
                    }
                    idx[batch.length] = i; idx[batch.length + 1] = j;
                    ArrayAccess.writeLong(out, ArrayAccess.byteOffset(out, idx), dt.isBool() ? (any ? 1 : 0) : acc);
                }
        }
        return squeezeVectors(out, aVec, bVec);
    }

    private static NDArray broadcastBatch(NDArray x, long[] batch) {
        long[] target = java.util.Arrays.copyOf(batch, batch.length + 2);
        target[batch.length] = shapeOf(x)[x.ndim() - 2];
        target[batch.length + 1] = shapeOf(x)[x.ndim() - 1];
        return viewOf(x, target, Shapes.broadcastStrides(shapeOf(x), stridesOf(x), target), offsetOf(x));
    }
}
