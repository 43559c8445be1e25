package dev.numj.fuzz;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.NumJ;
import dev.numj.linalg.Linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static dev.numj.fuzz.Generator.assign;
import static dev.numj.fuzz.Generator.step;

/**
 * einsum (one or two operands: repeated labels, ellipses, implicit and explicit outputs, labels of extent 1
 * that broadcast, and now and then a subscripts string NumPy rejects), tensordot (an axis count or a pair of
 * axis lists) and kron of the current value with a new input, and the Array API's vector_norm and matrix_norm of it.
 */
final class LinalgSteps {
    private LinalgSteps() {}

    static Program.Step linalg(Program p) {
        int r = p.rnd.nextInt(12);
        return r < 6 ? einsum(p) : r < 8 ? tensordot(p) : r < 10 ? kron(p) : norm(p);
    }

    private static DType dtype(SplittableRandom rnd, DType like) {
        return rnd.nextInt(3) == 0 ? FuzzArrays.DTYPES[rnd.nextInt(FuzzArrays.DTYPES.length)] : like;
    }

    private static String pyF64Abs(String name) { return "np.abs(" + name + ").astype(np.float64)"; }

    /** One or two operands' subscripts drawn for x (and a new input's shape drawn to fit them). */
    static Program.Step einsum(Program p) {
        SplittableRandom rnd = p.rnd;
        long[] s = p.x.shape();
        int nd = s.length;
        boolean ell = nd > 0 && rnd.nextInt(5) == 0;
        int ellStart = ell ? rnd.nextInt(nd + 1) : 0, ellLen = ell ? rnd.nextInt(nd - ellStart + 1) : 0;
        StringBuilder xs = new StringBuilder();
        List<Character> labels = new ArrayList<>();
        List<Long> extents = new ArrayList<>();
        char next = 'a';
        for (int i = 0; i < nd; i++) {
            if (ell && i == ellStart) xs.append("...");
            if (ell && i >= ellStart && i < ellStart + ellLen) continue;
            char c = 0;
            if (rnd.nextInt(5) == 0)   // a repeated label: a diagonal (an error where the extents differ)
                for (int j = 0; j < labels.size() && c == 0; j++)
                    // (never a 0 against another extent: NumPy's single-operand view then reads outside the array)
                    if (extents.get(j) == s[i] || (rnd.nextInt(6) == 0 && extents.get(j) != 0 && s[i] != 0)) c = labels.get(j);
            if (c == 0) {
                c = next++;
                labels.add(c);
                extents.add(s[i]);
            }
            xs.append(c);
        }
        if (ell && ellStart == nd) xs.append("...");
        if (rnd.nextInt(40) == 0) xs.append(rnd.nextBoolean() ? "z" : "1");   // too many subscripts, or an invalid one
        List<Character> all = new ArrayList<>(labels);
        boolean two = rnd.nextBoolean();
        NDArray b = null;
        StringBuilder bs = new StringBuilder();
        if (two) {
            List<Long> shape = new ArrayList<>();
            if (ell && rnd.nextBoolean()) {
                bs.append("...");
                int keep = rnd.nextInt(ellLen + 1);   // a suffix of x's ellipsis axes, some made 1
                for (int i = ellStart + ellLen - keep; i < ellStart + ellLen; i++) shape.add(rnd.nextInt(4) == 0 ? 1 : s[i]);
            }
            for (int i = 0; i < labels.size(); i++) {
                if (rnd.nextInt(3) == 0) continue;
                long e = extents.get(i);
                int r = rnd.nextInt(30);
                if (r == 0) e = e == 2 ? 3 : 2;   // does not broadcast
                else if (r < 4) e = 1;
                bs.append(labels.get(i));
                shape.add(e);
            }
            for (int k = rnd.nextInt(3); k > 0; k--) {
                char c = next++;
                bs.append(c);
                all.add(c);
                shape.add(1L + rnd.nextInt(3));
            }
            long[] bshape = FuzzShapes.capped(shape.stream().mapToLong(Long::longValue).toArray());
            b = p.input(dtype(rnd, p.x.dtype()), bshape);
        }
        String subs = xs + (two ? "," + bs : "");
        if (rnd.nextInt(3) != 0) {
            StringBuilder out = new StringBuilder("->");
            List<Character> pool = new ArrayList<>(all);
            boolean ellOut = ell && rnd.nextInt(12) != 0;
            int n = pool.isEmpty() ? 0 : rnd.nextInt(pool.size() + 1);
            for (int i = 0; i < n; i++) {
                if (ellOut && rnd.nextInt(3) == 0) {
                    out.append("...");
                    ellOut = false;
                }
                out.append(pool.remove(rnd.nextInt(pool.size())));
            }
            if (ellOut) out.append("...");
            if (rnd.nextInt(40) == 0) out.append('q');   // a label no input has
            subs += out;
        }
        String sub = subs;
        boolean inexact = p.x.dtype().isFloating() || (b != null && b.dtype().isFloating());
        if (b == null)
            return step("einsum", assign("np.einsum('" + sub + "', x)"), "x = einsum(\"" + sub + "\", x);", x -> NumJ.einsum(sub, x), inexact)
                    .withBound("np.einsum('" + sub + "', " + pyF64Abs("x") + ") * (x.size + 1)", false);
        NDArray bb = b;
        String n = p.nameOf(b);
        return step("einsum", assign("np.einsum('" + sub + "', x, " + n + ")"), "x = einsum(\"" + sub + "\", x, " + n + ");",
                x -> NumJ.einsum(sub, x, bb), inexact, n)
                .withBound("np.einsum('" + sub + "', " + pyF64Abs("x") + ", " + pyF64Abs(n) + ") * (x.size + " + n + ".size + 1)", false);
    }

    /** {@code np.tensordot(x, b, n)} or with a pair of axis lists; b's shape drawn to fit (or, now and then, not). */
    static Program.Step tensordot(Program p) {
        SplittableRandom rnd = p.rnd;
        long[] s = p.x.shape();
        int nd = s.length;
        List<Long> shape = new ArrayList<>();
        boolean pairs = rnd.nextBoolean();
        int n = nd == 0 ? 0 : rnd.nextInt(Math.min(nd, 2) + 1);
        int[] ax = new int[n], bx = new int[n];
        if (!pairs) {
            for (int i = nd - n; i < nd; i++) shape.add(s[i]);
        } else {
            List<Integer> free = new ArrayList<>();
            for (int i = 0; i < nd; i++) free.add(i);
            for (int i = 0; i < n; i++) {
                ax[i] = free.remove(rnd.nextInt(free.size()));
                if (rnd.nextBoolean()) ax[i] -= nd;
            }
        }
        for (int k = rnd.nextInt(3); k > 0; k--) shape.add(1L + rnd.nextInt(3));
        if (pairs) {
            // b's contracted axes at random places among its own
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int at = rnd.nextInt(shape.size() + 1);
                shape.add(at, s[ax[i] < 0 ? ax[i] + nd : ax[i]]);
                for (int j = 0; j < order.size(); j++) if (order.get(j) >= at) order.set(j, order.get(j) + 1);
                order.add(at);
            }
            for (int i = 0; i < n; i++) bx[i] = order.get(i);
        }
        if (!shape.isEmpty() && rnd.nextInt(15) == 0) {
            int i = rnd.nextInt(shape.size());
            shape.set(i, shape.get(i) + 1);   // shape-mismatch for sum
        }
        NDArray b = p.input(dtype(rnd, p.x.dtype()), FuzzShapes.capped(shape.stream().mapToLong(Long::longValue).toArray()));
        String name = p.nameOf(b);
        boolean inexact = p.x.dtype().isFloating() || b.dtype().isFloating();
        String pyAxes = pairs ? "(" + FuzzArrays.pyInts(ax) + ", " + FuzzArrays.pyInts(bx) + ")" : String.valueOf(n);
        String bound = "np.tensordot(" + pyF64Abs("x") + ", " + pyF64Abs(name) + ", " + pyAxes + ") * (x.size + 1)";
        if (!pairs)
            return step("tensordot", assign("np.tensordot(x, " + name + ", " + n + ")"), "x = tensordot(x, " + name + ", " + n + ");",
                    x -> NumJ.tensordot(x, b, n), inexact, name).withBound(bound, false);
        return step("tensordot", assign("np.tensordot(x, " + name + ", " + pyAxes + ")"),
                "x = tensordot(x, " + name + ", " + FuzzArrays.javaInts(ax) + ", " + FuzzArrays.javaInts(bx) + ");",
                x -> NumJ.tensordot(x, b, ax, bx), inexact, name).withBound(bound, false);
    }

    /** {@code np.kron(x, b)} with a small b of rank 0-3, on either side. */
    static Program.Step kron(Program p) {
        SplittableRandom rnd = p.rnd;
        long[] shape = new long[rnd.nextInt(4)];
        for (int i = 0; i < shape.length; i++) shape[i] = rnd.nextInt(10) == 0 ? 0 : 1 + rnd.nextInt(3);
        NDArray b = p.input(dtype(rnd, p.x.dtype()), FuzzShapes.capped(shape));
        String name = p.nameOf(b);
        if (rnd.nextBoolean())
            return step("kron", assign("np.kron(x, " + name + ")"), "x = kron(x, " + name + ");", x -> NumJ.kron(x, b), false, name);
        return step("kron", assign("np.kron(" + name + ", x)"), "x = kron(" + name + ", x);", x -> NumJ.kron(b, x), false, name);
    }

    /**
     * {@code np.linalg.vector_norm(x, axis, keepdims, ord)} (axes None or a few in any order, now and then one out
     * of range or repeated; ord any of 2, 1, ±inf, 0, 3, 0.5, -1) or {@code np.linalg.matrix_norm(x, keepdims, ord)}
     * (each of the eight orders; x of any rank, so fewer than two axes is NumPy's AxisError).
     */
    static Program.Step norm(Program p) {
        SplittableRandom rnd = p.rnd;
        int nd = p.x.ndim();
        boolean keep = rnd.nextBoolean();
        String k = keep ? "True" : "False", kj = String.valueOf(keep);
        String abs = pyF64Abs("x");
        if (rnd.nextInt(3) == 0) {
            String[] py = {"'fro'", "'nuc'", "1", "-1", "2", "-2", "np.inf", "-np.inf"};
            String[] java = {"\"fro\"", "\"nuc\"", "1", "-1", "2", "-2", "Double.POSITIVE_INFINITY", "Double.NEGATIVE_INFINITY"};
            Object[] ords = {"fro", "nuc", 1.0, -1.0, 2.0, -2.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            int i = rnd.nextInt(py.length);
            Object o = ords[i];
            boolean svd = i == 1 || i == 4 || i == 5;
            // every entry bounds each row and column sum and each singular value; nuc sums up to min(M, N) of them
            String scale = abs + ".sum(axis=(-2, -1), keepdims=" + k + ") * (x.shape[-2] * x.shape[-1] + 2)"
                    + (svd ? " * 4 * (min(x.shape[-2:]) + 1)" : "");
            return step("matrix_norm", assign("np.linalg.matrix_norm(x, keepdims=" + k + ", ord=" + py[i] + ")"),
                    "x = Linalg.matrixNorm(x, " + java[i] + ", " + kj + ");",
                    x -> o instanceof String s ? Linalg.matrixNorm(x, s, keep) : Linalg.matrixNorm(x, (Double) o, keep), true).withBound(scale, false);
        }
        double[] ords = {2, 1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 3, 0.5, -1};
        double ord = ords[rnd.nextInt(ords.length)];
        String pyOrd = Double.isInfinite(ord) ? (ord > 0 ? "np.inf" : "-np.inf") : String.valueOf(ord);
        String javaOrd = Double.isInfinite(ord) ? (ord > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY") : String.valueOf(ord);
        int[] axes = null;
        if (rnd.nextInt(3) != 0) {
            List<Integer> free = new ArrayList<>();
            for (int i = 0; i < nd; i++) free.add(i);
            int n = rnd.nextInt(Math.min(nd, 3) + 1);
            List<Integer> chosen = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int a = free.remove(rnd.nextInt(free.size()));
                chosen.add(rnd.nextBoolean() ? a - nd : a);
            }
            if (rnd.nextInt(25) == 0) chosen.add(!chosen.isEmpty() && rnd.nextBoolean() ? chosen.get(0) : nd);   // repeated, or out of range
            axes = chosen.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] ax = axes;
        String pyAxes = ax == null ? "None" : FuzzArrays.pyInts(ax), javaAxes = ax == null ? "null" : FuzzArrays.javaInts(ax);
        boolean exact = Double.isInfinite(ord) || ord == 0;
        // the terms |x|^p are positive: their sum is off by n eps relative, and the 1/p-th power scales that by 1/|p|
        String scale = "np.linalg.vector_norm(" + abs + ", axis=" + pyAxes + ", keepdims=" + k + ", ord=" + pyOrd + ") * (x.size + 2) * "
                + Math.max(1, 1 / Math.abs(ord));
        Program.Step st = step("vector_norm", assign("np.linalg.vector_norm(x, axis=" + pyAxes + ", keepdims=" + k + ", ord=" + pyOrd + ")"),
                "x = Linalg.vectorNorm(x, " + javaOrd + ", " + javaAxes + ", " + kj + ");", x -> Linalg.vectorNorm(x, ord, ax, keep), !exact);
        return exact ? st : st.withBound(scale, false);
    }
}
