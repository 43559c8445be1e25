package dev.numj.internal.linalg;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import static dev.numj.internal.ArrayAccess.viewOf;
import dev.numj.AxisException;
import dev.numj.DType;
import dev.numj.internal.ArrayAccess;
import dev.numj.internal.Creation;
import dev.numj.internal.Elements;
import dev.numj.internal.Shapes;
import dev.numj.internal.Ufuncs;
import dev.numj.internal.Views;
import dev.numj.NDArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code np.dot}, {@code np.inner}, {@code np.outer}, {@code np.tensordot}, {@code np.vecdot} and
 * {@code np.kron}, reduced to {@link Matmul} (OpenBLAS gemm for floats), {@link Einsum} or a broadcast
 * multiply by reshaping: NumPy's dot sums over the last axis of a and the second-to-last of b, so for b of
 * three or more dimensions it is not matmul's batch broadcasting but one large product.
 */
public final class Products {
    private Products() {}

    public static NDArray dot(NDArray a, NDArray b) {
        if (a.ndim() == 0 || b.ndim() == 0) return Ufuncs.binary(Ufuncs.MUL, a, b);
        int ad = a.ndim() - 1, bd = b.ndim() == 1 ? 0 : b.ndim() - 2;
        checkAligned(a, shapeOf(b), shapeOf(a)[ad], shapeOf(b)[bd], ad, bd);
        // with b 1-D or 2-D, matmul's result (a.shape[:-1] + b.shape[-1:]) is dot's
        if (b.ndim() <= 2) return Matmul.matmul(a, b);
        long k = shapeOf(a)[ad];
        long[] out = new long[a.ndim() - 1 + b.ndim() - 1];
        System.arraycopy(shapeOf(a), 0, out, 0, ad);
        System.arraycopy(shapeOf(b), 0, out, ad, bd);
        out[out.length - 1] = shapeOf(b)[b.ndim() - 1];
        // b (J..., K, M) -> (K, J..., M) -> (K, J*M): one (P, K) @ (K, J*M) product
        int[] perm = new int[b.ndim()];
        perm[0] = bd;
        for (int i = 0; i < bd; i++) perm[i + 1] = i;
        perm[b.ndim() - 1] = b.ndim() - 1;
        NDArray a2 = Views.reshape(a, new long[] {lead(shapeOf(a), ad), k});
        NDArray b2 = Views.reshape(Views.transpose(b, perm), new long[] {k, lead(shapeOf(b), bd) * shapeOf(b)[b.ndim() - 1]});
        return Views.reshape(Matmul.matmul(a2, b2), out);
    }

    /** The product of the first {@code n} extents. */
    private static long lead(long[] shape, int n) {
        long p = 1;
        for (int i = 0; i < n; i++) p *= shape[i];
        return p;
    }

    /** NumPy's dot error: {@code shapes (2,3) and (4,5) not aligned: 3 (dim 1) != 4 (dim 0)}. */
    private static void checkAligned(NDArray a, long[] bShape, long ka, long kb, int ad, int bd) {
        if (ka != kb)
            throw new IllegalArgumentException("shapes " + Shapes.compact(shapeOf(a)) + " and " + Shapes.compact(bShape)
                    + " not aligned: " + ka + " (dim " + ad + ") != " + kb + " (dim " + bd + ")");
    }

    public static NDArray inner(NDArray a, NDArray b) {
        if (a.ndim() == 0 || b.ndim() == 0) return Ufuncs.binary(Ufuncs.MUL, a, b);
        int ad = a.ndim() - 1, bd = b.ndim() - 1;
        long k = shapeOf(a)[ad];
        // NumPy computes inner as dot(a, swapaxes(b, -1, -2)) and words its error that way
        long[] bt = shapeOf(b).clone();
        if (bd > 0) {
            bt[bd] = shapeOf(b)[bd - 1];
            bt[bd - 1] = shapeOf(b)[bd];
        }
        checkAligned(a, bt, k, shapeOf(b)[bd], ad, Math.max(bd - 1, 0));
        long[] out = new long[ad + bd];
        System.arraycopy(shapeOf(a), 0, out, 0, ad);
        System.arraycopy(shapeOf(b), 0, out, ad, bd);
        NDArray a2 = Views.reshape(a, new long[] {lead(shapeOf(a), ad), k}), b2 = Views.reshape(b, new long[] {lead(shapeOf(b), bd), k});
        return Views.reshape(Matmul.matmul(a2, Views.transpose(b2, null)), out);
    }

    public static NDArray outer(NDArray a, NDArray b) {
        return Ufuncs.binary(Ufuncs.MUL, Views.reshape(a, new long[] {a.size(), 1L}), Views.reshape(b, new long[] {1L, b.size()}));
    }

    /** NumPy {@code np.tensordot(a, b, axes=n)}: the last n axes of a against the first n of b. */
    public static NDArray tensordot(NDArray a, NDArray b, int n) {
        int[] axesA = new int[Math.max(n, 0)], axesB = new int[Math.max(n, 0)];
        for (int i = 0; i < axesA.length; i++) {
            axesA[i] = i - n;
            axesB[i] = i;
        }
        return tensordot(a, b, axesA, axesB);
    }

    /** NumPy {@code np.tensordot(a, b, axes=(axesA, axesB))}, step by step as {@code numpy/_core/numeric.py}. */
    public static NDArray tensordot(NDArray a, NDArray b, int[] axesA, int[] axesB) {
        if (Arrays.stream(axesA).distinct().count() != axesA.length || Arrays.stream(axesB).distinct().count() != axesB.length)
            throw new IllegalArgumentException("duplicate axes are not allowed in tensordot");
        long[] as = shapeOf(a), bs = shapeOf(b);
        int nda = as.length, ndb = bs.length, na = axesA.length;
        int[] xa = axesA.clone(), xb = axesB.clone();
        boolean equal = na == axesB.length;
        for (int k = 0; equal && k < na; k++) {
            if (tupleItem(as, xa[k]) != tupleItem(bs, xb[k])) {
                equal = false;
                break;
            }
            if (xa[k] < 0) xa[k] += nda;
            if (xb[k] < 0) xb[k] += ndb;
        }
        if (!equal) throw new IllegalArgumentException("shape-mismatch for sum");
        List<Integer> notinA = notIn(nda, xa), notinB = notIn(ndb, xb);
        int[] permA = concat(notinA, xa), permB = concat(Arrays.stream(xb).boxed().toList(), notinB.stream().mapToInt(Integer::intValue).toArray());
        NDArray at = Views.transpose(a, permA), bt = Views.transpose(b, permB);
        long k = 1, m = 1, nn = 1;
        for (int ax : xa) k *= as[ax];
        long[] out = new long[notinA.size() + notinB.size()];
        int o = 0;
        for (int ax : notinA) m *= out[o++] = as[ax];
        for (int ax : notinB) nn *= out[o++] = bs[ax];
        NDArray a2 = Views.reshape(at, new long[] {m, k}), b2 = Views.reshape(bt, new long[] {k, nn});
        return Views.reshape(dot2d(a2, b2), out);
    }

    /**
     * NumPy's dot of two matrices, including how its BLAS path treats a one-element matrix as a scalar: for
     * floats, two scalars multiply (a -0.0 stays), and a scalar times a larger matrix is BLAS axpy into zeros
     * (OpenBLAS skips a zero scalar, so {@code 0 * inf} gives 0 there, and a -0.0 product becomes 0.0).
     */
    private static NDArray dot2d(NDArray a2, NDArray b2) {
        long m = shapeOf(a2)[0], k = shapeOf(a2)[1], n = shapeOf(b2)[1];
        DType dt = DType.promote(a2.dtype(), b2.dtype());
        boolean sa = m * k == 1, sb = k * n == 1;
        if (!dt.isFloating() || (!sa && !sb)) return dot(a2, b2);
        NDArray prod = Ufuncs.binary(Ufuncs.MUL, a2, b2);
        if (sa && sb) return prod;
        NDArray scalar = sa ? a2 : b2;
        if (Elements.item(scalar) == 0) return Creation.zeros(dt, shapeOf(prod));
        return Ufuncs.binary(Ufuncs.ADD, prod, 0.0);
    }

    /** Python's {@code shape[i]}: a negative index counts from the end; outside, IndexError. */
    private static long tupleItem(long[] shape, int i) {
        if (i < -shape.length || i >= shape.length) throw new IndexOutOfBoundsException("tuple index out of range");
        return shape[i < 0 ? i + shape.length : i];
    }

    private static List<Integer> notIn(int nd, int[] axes) {
        List<Integer> r = new ArrayList<>();
        for (int i = 0; i < nd; i++) {
            final int ax = i;
            if (Arrays.stream(axes).noneMatch(x -> x == ax)) r.add(i);
        }
        return r;
    }

    private static int[] concat(List<Integer> first, int[] then) {
        int[] r = new int[first.size() + then.length];
        for (int i = 0; i < first.size(); i++) r[i] = first.get(i);
        System.arraycopy(then, 0, r, first.size(), then.length);
        return r;
    }

    private static final String VECDOT_SIG = "(n),(n)->()";

    /**
     * NumPy 2's {@code np.vecdot(x1, x2, axis=axis)} gufunc: the sum of products along {@code axis} of each
     * (the last axis when null), the other axes broadcast; the result dtype is the operands' promotion.
     */
    public static NDArray vecdot(NDArray x1, NDArray x2, Integer axis) {
        NDArray[] ops = {x1, x2};
        for (int i = 0; i < 2; i++)
            if (ops[i].ndim() == 0)
                throw new IllegalArgumentException("vecdot: Input operand " + i + " does not have enough dimensions (has 0, gufunc core with signature "
                        + VECDOT_SIG + " requires 1)");
        NDArray[] moved = new NDArray[2];
        for (int i = 0; i < 2; i++) {
            int ax = Shapes.axis(axis == null ? -1 : axis, ops[i].ndim());
            moved[i] = moveToEnd(ops[i], ax);
        }
        long n0 = lastDim(moved[0]), n1 = lastDim(moved[1]);
        if (n0 != n1)
            throw new IllegalArgumentException("vecdot: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature " + VECDOT_SIG
                    + " (size " + n1 + " is different from " + n0 + ")");
        long[] b0 = Arrays.copyOf(shapeOf(moved[0]), moved[0].ndim() - 1), b1 = Arrays.copyOf(shapeOf(moved[1]), moved[1].ndim() - 1);
        try {
            Shapes.broadcast(b0, b1);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes [original->remapped]: "
                    + Shapes.compact(shapeOf(x1)) + "->" + Shapes.compact(b0) + " " + Shapes.compact(shapeOf(x2)) + "->" + Shapes.compact(b1)
                    + "  and requested shape ()");
        }
        return Einsum.einsum("...i,...i->...", moved[0], moved[1]);
    }

    private static long lastDim(NDArray a) { return shapeOf(a)[a.ndim() - 1]; }

    /** {@code np.moveaxis(a, ax, -1)}: a view. */
    static NDArray moveToEnd(NDArray a, int ax) {
        int nd = a.ndim();
        if (ax == nd - 1) return a;
        int[] perm = new int[nd];
        for (int i = 0, j = 0; i < nd; i++) if (i != ax) perm[j++] = i;
        perm[nd - 1] = ax;
        return Views.transpose(a, perm);
    }

    /** {@code np.moveaxis(a, -1, ax)}: a view. */
    static NDArray moveFromEnd(NDArray a, int ax) {
        int nd = a.ndim();
        if (ax == nd - 1) return a;
        int[] perm = new int[nd];
        for (int i = 0, j = 0; i < nd; i++) perm[i] = i == ax ? nd - 1 : j++;
        return Views.transpose(a, perm);
    }

    /**
     * NumPy {@code np.kron(a, b)}: the shorter shape padded with leading 1s, then {@code a} with a new axis after
     * each of its axes times {@code b} with one before each of its, reshaped to the products of the extents.
     */
    public static NDArray kron(NDArray a, NDArray b) {
        if (a.ndim() == 0 || b.ndim() == 0) return Ufuncs.binary(Ufuncs.MUL, a, b);
        int nd = Math.max(a.ndim(), b.ndim());
        long[] as = padded(shapeOf(a), nd), bs = padded(shapeOf(b), nd);
        long[] ai = new long[2 * nd], bi = new long[2 * nd], out = new long[nd];
        for (int i = 0; i < nd; i++) {
            ai[2 * i] = as[i];
            ai[2 * i + 1] = 1;
            bi[2 * i] = 1;
            bi[2 * i + 1] = bs[i];
            out[i] = as[i] * bs[i];
        }
        return Views.reshape(Ufuncs.binary(Ufuncs.MUL, Views.reshape(a, ai), Views.reshape(b, bi)), out);
    }

    private static long[] padded(long[] shape, int nd) {
        long[] r = new long[nd];
        Arrays.fill(r, 1);
        System.arraycopy(shape, 0, r, nd - shape.length, shape.length);
        return r;
    }

    /**
     * NumPy {@code np.cross(a, b, axisa, axisb, axisc)} as {@code numpy/_core/numeric.py} computes it: the
     * vectors (2 or 3 components; 2-vectors, deprecated by NumPy 2.0 but still computed by NumPy 2.4, give
     * the z component alone when both are 2-vectors) moved to the last axis, the other axes broadcast,
     * the components multiplied in NumPy's order (so a bool input fails where NumPy's does).
     */
    public static NDArray cross(NDArray a, NDArray b, int axisa, int axisb, int axisc) {
        if (a.ndim() < 1 || b.ndim() < 1) throw new IllegalArgumentException("At least one array has zero dimension");
        a = moveToEnd(a, normalize(axisa, a.ndim(), "axisa"));
        b = moveToEnd(b, normalize(axisb, b.ndim(), "axisb"));
        long na = lastDim(a), nb = lastDim(b);
        if ((na != 2 && na != 3) || (nb != 2 && nb != 3))
            throw new IllegalArgumentException("incompatible dimensions for cross product\n(dimension must be 2 or 3)");
        long[] sa = Arrays.copyOf(shapeOf(a), a.ndim() - 1), sb = Arrays.copyOf(shapeOf(b), b.ndim() - 1), shape;
        try {
            shape = Shapes.broadcast(sa, sb);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape "
                    + Shapes.str(sa) + " and arg 1 with shape " + Shapes.str(sb) + ".");
        }
        int c = -1;
        if (na == 3 || nb == 3) c = normalize(axisc, shape.length + 1, "axisc");
        DType dt = DType.promote(a.dtype(), b.dtype());
        if (a.dtype() != dt) a = Ufuncs.copyAs(a, dt);
        if (b.dtype() != dt) b = Ufuncs.copyAs(b, dt);
        NDArray a0 = component(a, 0), a1 = component(a, 1), b0 = component(b, 0), b1 = component(b, 1);
        if (na == 2 && nb == 2) return sub(mul(a0, b1), mul(a1, b0));
        NDArray c0, c1, c2;
        if (na == 2) {
            NDArray b2 = component(b, 2);
            c0 = mul(a1, b2);
            c1 = Ufuncs.unary(Ufuncs.NEG, mul(a0, b2));
            c2 = sub(mul(a0, b1), mul(a1, b0));
        } else if (nb == 3) {
            NDArray a2 = component(a, 2), b2 = component(b, 2);
            c0 = sub(mul(a1, b2), mul(a2, b1));
            c1 = sub(mul(a2, b0), mul(a0, b2));
            c2 = sub(mul(a0, b1), mul(a1, b0));
        } else {
            NDArray a2 = component(a, 2);
            c0 = Ufuncs.unary(Ufuncs.NEG, mul(a2, b1));
            c1 = mul(a2, b0);
            c2 = sub(mul(a0, b1), mul(a1, b0));
        }
        long[] full = Arrays.copyOf(shape, shape.length + 1);
        full[shape.length] = 3;
        NDArray cp = ArrayAccess.allocate(dt, full);
        NDArray[] parts = {c0, c1, c2};
        for (int i = 0; i < 3; i++) Ufuncs.assign(component(cp, i), parts[i]);
        return moveFromEnd(cp, c);
    }

    /** NumPy's normalize_axis_index with a prefix: {@code axisa: axis 3 is out of bounds for array of dimension 1}. */
    private static int normalize(int axis, int ndim, String prefix) {
        if (axis < -ndim || axis >= ndim) throw new AxisException(prefix + ": axis " + axis + " is out of bounds for array of dimension " + ndim);
        return axis < 0 ? axis + ndim : axis;
    }

    /** {@code v[..., i]}. */
    private static NDArray component(NDArray v, long i) {
        int nd = v.ndim();
        long[] sh = Arrays.copyOf(shapeOf(v), nd - 1), st = Arrays.copyOf(stridesOf(v), nd - 1);
        return viewOf(v, sh, st, offsetOf(v) + i * stridesOf(v)[nd - 1]);
    }

    private static NDArray mul(NDArray x, NDArray y) { return Ufuncs.binary(Ufuncs.MUL, x, y); }

    private static NDArray sub(NDArray x, NDArray y) { return Ufuncs.binary(Ufuncs.SUB, x, y); }

    /** {@code x.mT} (NumPy's message when {@code arrayApi} is false) or {@code np.linalg.matrix_transpose(x)}. */
    public static NDArray matrixTranspose(NDArray x, boolean arrayApi) {
        if (x.ndim() < 2)
            throw new IllegalArgumentException(arrayApi ? "Input array must be at least 2-dimensional, but it is " + x.ndim()
                    : "matrix transpose with ndim < 2 is undefined");
        int nd = x.ndim();
        int[] perm = new int[nd];
        for (int i = 0; i < nd; i++) perm[i] = i;
        perm[nd - 2] = nd - 1;
        perm[nd - 1] = nd - 2;
        return Views.transpose(x, perm);
    }

    /** NumPy's {@code np.linalg.cross(x1, x2, axis=axis)}: 3-vectors only, then {@code np.cross} with every axis {@code axis}. */
    public static NDArray arrayApiCross(NDArray x1, NDArray x2, int axis) {
        long n1 = tupleItem(shapeOf(x1), axis), n2 = tupleItem(shapeOf(x2), axis);
        if (n1 != 3 || n2 != 3)
            throw new IllegalArgumentException("Both input arrays must be (arrays of) 3-dimensional vectors, but they are " + n1 + " and " + n2
                    + " dimensional instead.");
        return cross(x1, x2, axis, axis, axis);
    }
}
