package dev.numj.internal.linalg;

import dev.numj.internal.Backends;
import dev.numj.internal.ArrayAccess;
import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import static dev.numj.internal.ArrayAccess.viewOf;
import dev.numj.internal.backend.Backend;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.Reductions;
import dev.numj.internal.Shapes;
import dev.numj.DType;
import dev.numj.Device;
import dev.numj.NDArray;
import dev.numj.internal.Devices;
import dev.numj.internal.Ufuncs;
import dev.numj.internal.Views;

/**
 * {@code np.matmul}: NumPy's gufunc signature (n?,k),(k,m?)-&gt;(n?,m?) with broadcast batch axes.
 * Float32/float64 go to the backend's gemm (on the CPU NumJ's own kernel for the products it takes, else
 * OpenBLAS's; cuBLAS on the GPU); an operand whose layout gemm can read (row-major, or a transposed view such as
 * {@code X.T()}) is passed without a copy.
 */
public final class Matmul {
    private Matmul() {}

    /**
     * The largest extent, leading dimension or increment one BLAS call is given: cblas and cuBLAS take
     * them as C ints. A product past it is split into calls within it (a dot into chunk dots, gemm
     * along m, n and k). Public only so that tests can lower it and compare the split path with one call.
     */
    public static int blasIntMax = Integer.MAX_VALUE;

    /** NumPy's NPY_CBLAS_CHUNK: a long dot is summed (in double) from BLAS dots of at most this many elements. */
    private static final long DOT_CHUNK = 1L << 30;

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
        if (aVec && bVec && k > 0) return vectorDot(a, b, dt, dev, k);
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
                if (la == null) {
                    Ac = Ufuncs.copyAs(Ac, Ac.dtype());
                    la = Layout.of(Ac);
                    aSt = Shapes.broadcastStrides(ab, java.util.Arrays.copyOf(stridesOf(Ac), Ac.ndim() - 2), batch);
                }
                if (lb == null) {
                    Bc = Ufuncs.copyAs(Bc, Bc.dtype());
                    lb = Layout.of(Bc);
                    bSt = Shapes.broadcastStrides(bb, java.util.Arrays.copyOf(stridesOf(Bc), Bc.ndim() - 2), batch);
                }
                long item = dt.itemSize(), lim = blasIntMax;
                long sA = uniformStride(batch, aSt), sB = uniformStride(batch, bSt),
                        sO = uniformStride(batch, java.util.Arrays.copyOf(stridesOf(out), batch.length));
                // a stack whose matrices sit at one stride each, every size within one BLAS call: one batched call
                boolean oneCall = batches > 1 && sA != Long.MIN_VALUE && sB != Long.MIN_VALUE && sO != Long.MIN_VALUE
                        && n <= lim && m <= lim && k <= lim && la.ld <= lim && lb.ld <= lim;
                long[] idx = new long[batch.length];
                if (oneCall) {
                    Backends.of(dev).gemmStridedBatched(dt, la.trans, lb.trans, (int) n, (int) m, (int) k,
                            new Operand(storageOf(Ac), offsetOf(Ac), null), la.ld, sA / item,
                            new Operand(storageOf(Bc), offsetOf(Bc), null), lb.ld, sB / item,
                            new Operand(storageOf(out), offsetOf(out), null), m, sO / item, batches);
                }
                for (long t = 0; t < (oneCall ? 0 : batches); t++) {
                    long aOff = offsetOf(Ac), bOff = offsetOf(Bc), oOff = offsetOf(out);
                    for (int d = 0; d < batch.length; d++) {
                        aOff += idx[d] * aSt[d];
                        bOff += idx[d] * bSt[d];
                        oOff += idx[d] * stridesOf(out)[d];
                    }
                    gemmPieces(Backends.of(dev), dt, n, m, k, la, new Operand(storageOf(Ac), aOff, null),
                            lb, new Operand(storageOf(Bc), bOff, null), new Operand(storageOf(out), oOff, null), m);
                    for (int d = batch.length - 1; d >= 0 && ++idx[d] == batch[d]; d--) idx[d] = 0;
                }
            }
        }
        return squeezeVectors(out, aVec, bVec);
    }

    /**
     * The one byte stride s with which the t-th matrix (C order over {@code batch}) sits at t * s, given
     * each batch axis's stride; Long.MIN_VALUE when there is none (a broadcast axis among others).
     */
    static long uniformStride(long[] batch, long[] strides) {
        long s = Long.MIN_VALUE, span = 1;
        for (int d = batch.length - 1; d >= 0; d--) {
            if (batch[d] != 1) {
                if (s == Long.MIN_VALUE) s = strides[d] / span;
                if (strides[d] != s * span || strides[d] % span != 0) return Long.MIN_VALUE;
            }
            span *= batch[d];
        }
        return s == Long.MIN_VALUE ? 0 : s;
    }

    /**
     * C (n×m, row stride ldc) = op(A) @ op(B) in BLAS calls whose every int argument is at most
     * {@link #blasIntMax}: m, n and k in pieces (the k pieces after the first accumulate, beta = 1),
     * and an axis whose leading dimension is past the limit taken one element at a time, the call
     * then given the piece's own extent as a nominal leading dimension (BLAS never steps along it).
     */
    private static void gemmPieces(Backend be, DType dt, long n, long m, long k, Layout la, Operand a,
                                   Layout lb, Operand b, Operand c, long ldc) {
        long lim = blasIntMax, item = dt.itemSize();
        boolean bigA = la.ld > lim, bigB = lb.ld > lim, bigC = ldc > lim;
        long nb = (bigA && !la.trans) || bigC ? 1 : Math.min(n, lim);
        long mb = bigB && lb.trans ? 1 : Math.min(m, lim);
        long kb = (bigA && la.trans) || (bigB && !lb.trans) ? 1 : Math.min(k, lim);
        for (long i = 0; i < n; i += nb) {
            long ni = Math.min(nb, n - i);
            for (long j = 0; j < m; j += mb) {
                long mj = Math.min(mb, m - j);
                for (long p = 0; p < k; p += kb) {
                    long kp = Math.min(kb, k - p);
                    long aAt = a.offset() + (la.trans ? p * la.ld + i : i * la.ld + p) * item;
                    long bAt = b.offset() + (lb.trans ? j * lb.ld + p : p * lb.ld + j) * item;
                    long cAt = c.offset() + (i * ldc + j) * item;
                    be.gemm(dt, la.trans, lb.trans, (int) ni, (int) mj, (int) kp,
                            new Operand(a.storage(), aAt, null), bigA ? Math.max(1, la.trans ? ni : kp) : la.ld,
                            new Operand(b.storage(), bAt, null), bigB ? Math.max(1, lb.trans ? kp : mj) : lb.ld,
                            new Operand(c.storage(), cAt, null), bigC ? Math.max(1, mj) : ldc, p > 0);
                }
            }
        }
    }

    /**
     * 1-D · 1-D: BLAS dot (NumPy calls cblas_?dot here too), the vectors read with their strides. As
     * NumPy's {@code @TYPE@_dot}, a vector longer than NPY_CBLAS_CHUNK is the double sum of chunk dots;
     * a vector whose increment is past the int limit is copied first.
     */
    private static NDArray vectorDot(NDArray a, NDArray b, DType dt, Device dev, long k) {
        NDArray x = unitStride(a.dtype() == dt ? a : Ufuncs.copyAs(a, dt)), y = unitStride(b.dtype() == dt ? b : Ufuncs.copyAs(b, dt));
        long item = dt.itemSize();
        if (k > 1 && stridesOf(x)[0] / item > blasIntMax) x = Ufuncs.copyAs(x, dt);
        if (k > 1 && stridesOf(y)[0] / item > blasIntMax) y = Ufuncs.copyAs(y, dt);
        long incx = k == 1 ? 1 : stridesOf(x)[0] / item, incy = k == 1 ? 1 : stridesOf(y)[0] / item;
        long chunk = Math.min(blasIntMax, DOT_CHUNK), pieces = (k + chunk - 1) / chunk;
        NDArray out = ArrayAccess.allocate(dev, dt, pieces == 1 ? new long[0] : new long[] {pieces});
        Backend be = Backends.of(dev);
        for (long t = 0; t < pieces; t++) {
            long at = t * chunk, len = Math.min(chunk, k - at);
            be.dot(dt, (int) len, new Operand(storageOf(x), offsetOf(x) + at * incx * item, null), incx,
                    new Operand(storageOf(y), offsetOf(y) + at * incy * item, null), incy,
                    new Operand(storageOf(out), offsetOf(out) + t * item, null));
        }
        if (pieces == 1) return out;
        return Ufuncs.copyAs(Reductions.sum(Ufuncs.copyAs(out, DType.FLOAT64), null, false), dt);
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
