package dev.numj.fuzz;

import dev.numj.DType;
import dev.numj.Index;
import dev.numj.NDArray;
import dev.numj.NumJ;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static dev.numj.NumJ.array;
import static dev.numj.fuzz.ArithmeticSteps.java;
import static dev.numj.fuzz.ArithmeticSteps.py;
import static dev.numj.fuzz.Generator.assign;
import static dev.numj.fuzz.Generator.step;

/** Basic indexing (NumPy's string syntax and the typed form), boolean masks, integer index arrays, take, and writes through all of them. */
final class IndexSteps {
    private IndexSteps() {}

    /** A basic index: its string, the same as typed items with their Java text, and whether it is a full integer index. */
    record Basic(String text, Index[] typed, String typedJava, boolean fullInteger, long[] ints) {}

    static Basic basic(SplittableRandom rnd, long[] s) {
        int nd = s.length;
        int k = rnd.nextInt(20) == 0 ? nd + 1 : rnd.nextInt(0, nd + 1);
        boolean ell = rnd.nextInt(4) == 0;
        int ellAt = rnd.nextInt(k + 1);
        List<String> text = new ArrayList<>();
        List<Index> typed = new ArrayList<>();
        List<String> tj = new ArrayList<>();
        List<Long> ints = new ArrayList<>();
        boolean onlyInts = !ell;
        for (int i = 0; i <= k; i++) {
            if (ell && i == ellAt) { text.add("..."); typed.add(NumJ.ellipsis()); tj.add("ellipsis()"); }
            if (rnd.nextInt(9) == 0) { text.add("None"); typed.add(NumJ.newAxis()); tj.add("newAxis()"); onlyInts = false; }
            if (i == k) break;
            int axis = !ell || i < ellAt ? i : nd - (k - i);
            long n = axis >= 0 && axis < nd ? s[axis] : 3;
            if (rnd.nextInt(10) < 3) {
                long v = n > 0 && rnd.nextInt(16) != 0 ? rnd.nextLong(-n, n) : rnd.nextBoolean() ? n : -n - 1;
                text.add(Long.toString(v));
                typed.add(NumJ.at(v));
                tj.add("at(" + v + ")");
                ints.add(v);
            } else {
                Integer a = bound(rnd, n), b = bound(rnd, n);
                Integer[] steps = {null, null, 1, 2, 3, -1, -1, -2};
                Integer st = rnd.nextInt(50) == 0 ? Integer.valueOf(0) : steps[rnd.nextInt(steps.length)];
                String t = (a == null ? "" : a.toString()) + ":" + (b == null ? "" : b.toString()) + (st == null ? "" : ":" + st);
                text.add(t);
                typed.add(a == null && b == null && st == null ? NumJ.all() : NumJ.slice(a, b, st));
                tj.add(a == null && b == null && st == null ? "all()" : "slice(" + a + ", " + b + ", " + st + ")");
                onlyInts = false;
            }
        }
        long[] iv = ints.stream().mapToLong(Long::longValue).toArray();
        return new Basic(String.join(", ", text), typed.toArray(new Index[0]), String.join(", ", tj),
                onlyInts && ints.size() == nd, iv);
    }

    private static Integer bound(SplittableRandom rnd, long n) {
        int r = rnd.nextInt(10);
        if (r < 4) return null;
        return (int) rnd.nextLong(-n - 2, n + 3);
    }

    /** NumPy's spelling of the index (Deviations.Kind.FULL_INTEGER_INDEX_IS_A_VIEW: a trailing ... keeps a 0-d view). */
    static String pyIndex(Basic b) {
        if (b.fullInteger) return b.text.isEmpty() ? "..." : b.text + ", ...";
        return b.text.isEmpty() ? "()" : b.text;
    }

    static Program.Step basicGet(Program p) {
        Basic b = basic(p.rnd, p.x.shape());
        String py = assign("x[" + pyIndex(b) + "]");
        int form = p.rnd.nextInt(3);
        if (form == 0 && b.fullInteger && b.ints.length > 0) {
            long[] iv = b.ints;
            return step("index", py, "x = x.get(" + ShapeSteps.join(toInts(iv)) + ");", x -> x.get(iv), false);
        }
        if (form == 1) return step("index", py, "x = x.get(" + b.typedJava + ");", x -> x.get(b.typed), false);
        return step("index", py, "x = x.get(\"" + b.text + "\");", x -> x.get(b.text), false);
    }

    private static int[] toInts(long[] v) {
        int[] r = new int[v.length];
        for (int i = 0; i < v.length; i++) r[i] = (int) v[i];
        return r;
    }

    /** An int32/int64 index array of rank 0-2 with values in -n..n-1, sometimes one out of bounds. */
    static NDArray indices(Program p, long n) {
        SplittableRandom rnd = p.rnd;
        long[] shape = new long[rnd.nextInt(3)];
        for (int i = 0; i < shape.length; i++) shape[i] = rnd.nextInt(4);
        long[] v = new long[Math.toIntExact(FuzzArrays.size(shape))];
        for (int i = 0; i < v.length; i++) v[i] = n > 0 ? rnd.nextLong(-n, n) : 0;
        if (v.length > 0 && (n == 0 || rnd.nextInt(16) == 0)) v[rnd.nextInt(v.length)] = rnd.nextBoolean() ? n : -n - 1;
        return p.input(array(rnd.nextBoolean() ? DType.INT32 : DType.INT64, v).reshape(shape));
    }

    static NDArray mask(Program p, long[] shape) { return p.input(DType.BOOL, shape); }

    static Program.Step advancedGet(Program p) {
        SplittableRandom rnd = p.rnd;
        long[] s = p.x.shape();
        int nd = s.length;
        long n0 = nd > 0 ? s[0] : 1;
        switch (rnd.nextInt(13)) {
            case 0 -> {
                NDArray m = mask(p, s);
                String n = p.nameOf(m);
                return step("mask", assign("x[" + n + "]"), "x = x.get(" + n + ");", x -> x.get(m), false, n);
            }
            case 1 -> {
                if (p.x.dtype().isBool()) return step("mask", assign("x[x]"), "x = x.get(x);", x -> x.get(x), false);
                return step("mask", assign("x[x > 0]"), "x = x.get(x.gt(0L));", x -> x.get(x.gt(0L)), false);
            }
            case 2, 3 -> {
                long[] t;
                if (rnd.nextInt(2) == 0 && nd >= 1) t = java.util.Arrays.copyOf(s, 1 + rnd.nextInt(nd));   // leading axes
                else {
                    t = s.clone();
                    if (nd == 0 || rnd.nextBoolean()) t = java.util.Arrays.copyOf(t, nd + 1);          // too many axes
                    else t[rnd.nextInt(nd)] += 1;                                                      // wrong extent
                    t = FuzzShapes.capped(t);
                }
                NDArray m = mask(p, t);
                String n = p.nameOf(m);
                return step("mask", assign("x[" + n + "]"), "x = x.get(" + n + ");", x -> x.get(m), false, n);
            }
            case 4, 5 -> {
                NDArray i = indices(p, n0);
                String n = p.nameOf(i);
                return step("fancy", assign("x[" + n + "]"), "x = x.get(" + n + ");", x -> x.get(i), false, n);
            }
            case 6 -> {
                NDArray i = indices(p, nd > 1 ? s[1] : 2);
                String n = p.nameOf(i);
                return step("fancy", assign("x[:, " + n + "]"), "x = x.get(all(), idx(" + n + "));",
                        x -> x.get(NumJ.all(), NumJ.idx(i)), false, n);
            }
            case 7 -> {
                NDArray i = indices(p, n0);
                String n = p.nameOf(i);
                return step("fancy", assign("x[" + n + ", 0]"), "x = x.get(idx(" + n + "), at(0));",
                        x -> x.get(NumJ.idx(i), NumJ.at(0)), false, n);
            }
            case 8 -> {
                NDArray i = indices(p, nd > 0 ? s[nd - 1] : 2);
                String n = p.nameOf(i);
                return step("fancy", assign("x[..., " + n + ", None]"), "x = x.get(ellipsis(), idx(" + n + "), newAxis());",
                        x -> x.get(NumJ.ellipsis(), NumJ.idx(i), NumJ.newAxis()), false, n);
            }
            case 9 -> {
                NDArray m = mask(p, new long[] {n0});
                String n = p.nameOf(m);
                return step("mask", assign("x[" + n + ", ::-1]"), "x = x.get(idx(" + n + "), slice(null, null, -1));",
                        x -> x.get(NumJ.idx(m), NumJ.slice(null, null, -1)), false, n);
            }
            case 10 -> {
                int a = ReductionSteps.axis(rnd, nd);
                NDArray i = indices(p, a >= -nd && a < nd && nd > 0 ? s[a < 0 ? a + nd : a] : 2);
                String n = p.nameOf(i);
                if (rnd.nextBoolean())
                    return step("take", assign("np.take(x, " + n + ")"), "x = x.take(" + n + ");", x -> x.take(i), false, n);
                return step("take", assign("np.take(x, " + n + ", axis=" + a + ")"), "x = x.take(" + n + ", " + a + ");",
                        x -> x.take(i, a), false, n);
            }
            case 11 -> {
                NDArray f = p.input(rnd.nextBoolean() ? DType.FLOAT32 : DType.FLOAT64, new long[] {1 + rnd.nextInt(3)});
                String n = p.nameOf(f);
                return step("fancy", assign("x[" + n + "]"), "x = x.get(" + n + ");", x -> x.get(f), false, n);
            }
            default -> {
                NDArray i = indices(p, n0), j = indices(p, nd > 1 ? s[1] : 2);
                String a = p.nameOf(i), b = p.nameOf(j);
                return step("fancy", assign("x[" + a + ", " + b + "]"), "x = x.get(idx(" + a + "), idx(" + b + "));",
                        x -> x.get(NumJ.idx(i), NumJ.idx(j)), false, a, b);
            }
        }
    }

    static final long[] SET_LONGS = {0, 1, -3, 7, 2147483648L, 1L << 40};
    static final double[] SET_DOUBLES = {2.5, -0.5, 0.0, 1e10, Double.NaN, Double.POSITIVE_INFINITY};

    static Object setScalar(SplittableRandom rnd) {
        if (rnd.nextBoolean()) return SET_LONGS[rnd.nextInt(rnd.nextInt(4) == 0 ? SET_LONGS.length : 4)];
        return SET_DOUBLES[rnd.nextInt(rnd.nextInt(4) == 0 ? SET_DOUBLES.length : 4)];
    }

    /** Writes: {@code x[mask] = v}, {@code x[indices] = v}, {@code x["1:3, ::-1"] = v}, {@code x[mask, 0] = v}; scalars or broadcast arrays. */
    static Program.Step set(Program p) {
        SplittableRandom rnd = p.rnd;
        long[] s = p.x.shape();
        int nd = s.length;
        Object v = setScalar(rnd);
        String pv = py(v), jv = java(v);
        switch (rnd.nextInt(8)) {
            case 0 -> {
                NDArray m = mask(p, s);
                String n = p.nameOf(m);
                return step("set", "x[" + n + "] = " + pv, "x.set(" + n + ", " + jv + ");", x -> setMask(x, m, v), false, n);
            }
            case 1 -> {
                NDArray m = mask(p, s);
                long count = 0;
                for (boolean b : m.toBooleanArray()) if (b) count++;
                long[][] shapes = {{count}, {1}, {}, {count + 1}};
                NDArray vals = p.input(ArithmeticSteps.dtype(rnd, p.x.dtype()), shapes[rnd.nextInt(rnd.nextInt(5) == 0 ? 4 : 3)]);
                String n = p.nameOf(m), nv = p.nameOf(vals);
                return step("set", "x[" + n + "] = " + nv, "x.set(" + n + ", " + nv + ");", x -> x.set(m, vals), false, n, nv);
            }
            case 2 -> {
                NDArray i = indices(p, nd > 0 ? s[0] : 1);
                String n = p.nameOf(i);
                return step("set", "x[" + n + "] = " + pv, "x.set(" + n + ", " + jv + ");", x -> setMask(x, i, v), false, n);
            }
            case 3 -> {
                NDArray i = indices(p, nd > 0 ? s[0] : 1);
                long[] sel = new long[i.ndim() + Math.max(0, nd - 1)];
                System.arraycopy(i.shape(), 0, sel, 0, i.ndim());
                if (nd > 1) System.arraycopy(s, 1, sel, i.ndim(), nd - 1);
                NDArray vals = p.input(ArithmeticSteps.dtype(rnd, p.x.dtype()), FuzzShapes.capped(FuzzShapes.into(rnd, sel)));
                String n = p.nameOf(i), nv = p.nameOf(vals);
                return step("set", "x[" + n + "] = " + nv, "x.set(" + n + ", " + nv + ");", x -> x.set(i, vals), false, n, nv);
            }
            case 4, 5 -> {
                Basic b = basic(rnd, s);
                String pyIdx = b.text.isEmpty() ? "()" : b.text;
                if (rnd.nextBoolean()) {
                    return step("set", "x[" + pyIdx + "] = " + pv, "x.set(\"" + b.text + "\", " + jv + ");",
                            x -> v instanceof Long l ? x.set(b.text, (long) l) : x.set(b.text, (double) (Double) v), false);
                }
                long[] sel;
                try {
                    sel = p.x.get(b.text).shape();
                } catch (RuntimeException e) {
                    sel = FuzzShapes.fresh(rnd);
                }
                NDArray vals = p.input(ArithmeticSteps.dtype(rnd, p.x.dtype()),
                        rnd.nextInt(10) == 0 ? FuzzShapes.fresh(rnd) : FuzzShapes.into(rnd, sel));
                String nv = p.nameOf(vals);
                return step("set", "x[" + pyIdx + "] = " + nv, "x.set(\"" + b.text + "\", " + nv + ");", x -> x.set(b.text, vals), false, nv);
            }
            case 6 -> {
                NDArray m = mask(p, new long[] {nd > 0 ? s[0] : 1});
                String n = p.nameOf(m);
                Index[] ix = {NumJ.idx(m), NumJ.at(0)};
                return step("set", "x[" + n + ", 0] = " + pv, "x.set(new Index[] {idx(" + n + "), at(0)}, " + jv + ");",
                        x -> v instanceof Long l ? x.set(ix, (long) l) : x.set(ix, (double) (Double) v), false, n);
            }
            default -> {
                NDArray i = indices(p, nd > 1 ? s[1] : 1);
                long[] sel = i.shape();   // x[:, i] is (s0,) + i.shape + s[2:] (an IndexError below 2-D)
                if (nd >= 2) {
                    sel = new long[nd - 1 + i.ndim()];
                    sel[0] = s[0];
                    System.arraycopy(i.shape(), 0, sel, 1, i.ndim());
                    System.arraycopy(s, 2, sel, 1 + i.ndim(), nd - 2);
                }
                NDArray vals = p.input(ArithmeticSteps.dtype(rnd, p.x.dtype()), FuzzShapes.into(rnd, FuzzShapes.capped(sel)));
                String n = p.nameOf(i), nv = p.nameOf(vals);
                Index[] ix = {NumJ.all(), NumJ.idx(i)};
                return step("set", "x[:, " + n + "] = " + nv, "x.set(new Index[] {all(), idx(" + n + ")}, " + nv + ");",
                        x -> x.set(ix, vals), false, n, nv);
            }
        }
    }

    private static NDArray setMask(NDArray x, NDArray index, Object v) {
        return v instanceof Long l ? x.set(index, (long) l) : x.set(index, (double) (Double) v);
    }

    /**
     * nonzero, argwhere, flatnonzero, searchsorted, isin, descending sort, partition's kth values, unique with
     * its flags, take_along_axis and unravel_index: each as one array (tuples stacked) so the chain goes on.
     */
    static Program.Step search(Program p) {
        SplittableRandom rnd = p.rnd;
        int nd = p.x.ndim();
        int a = ReductionSteps.axis(rnd, nd);
        switch (rnd.nextInt(12)) {
            case 0 -> {
                return step("nonzero", assign("np.stack(np.nonzero(x))"), "x = stack(nonzero(x));",
                        x -> NumJ.stack(NumJ.nonzero(x)), false);
            }
            case 1 -> {
                return step("argwhere", assign("np.argwhere(x)"), "x = argwhere(x);", NumJ::argwhere, false);
            }
            case 2 -> {
                return step("flatnonzero", assign("np.flatnonzero(x)"), "x = flatnonzero(x);", NumJ::flatnonzero, false);
            }
            case 3, 4 -> {
                NDArray v = p.input(ArithmeticSteps.dtype(rnd, p.x.dtype()), FuzzShapes.fresh(rnd));
                String vn = p.nameOf(v), side = rnd.nextBoolean() ? "left" : "right";
                return step("searchsorted", assign("np.searchsorted(np.sort(x.ravel()), " + vn + ", side='" + side + "')"),
                        "x = searchsorted(x.ravel().sort(), " + vn + ", \"" + side + "\");",
                        x -> NumJ.searchsorted(x.ravel().sort(), v, side), false, vn);
            }
            case 5 -> {
                NDArray t = p.input(ArithmeticSteps.dtype(rnd, p.x.dtype()), FuzzShapes.fresh(rnd));
                String tn = p.nameOf(t);
                boolean inv = rnd.nextBoolean();
                NDArray ints = p.x.dtype().isInteger() ? p.x : t.dtype().isInteger() ? t : null;
                boolean mixed = ints != null && (p.x.dtype().isFloating() || t.dtype().isFloating());
                if (mixed && ints.size() > 0 && NumJ.abs(ints.astype(DType.FLOAT64)).max().getDouble() > 0x1p53)   // see Deviations.NOT_GENERATED
                    return step("argwhere", assign("np.argwhere(x)"), "x = argwhere(x);", NumJ::argwhere, false);
                return step("isin", assign("np.isin(x, " + tn + ", invert=" + (inv ? "True" : "False") + ")"),
                        "x = isin(x, " + tn + ", " + inv + ");", x -> NumJ.isin(x, t, inv), false, tn);
            }
            case 6 -> {
                return step("sort", assign("np.flip(np.sort(np.flip(x, " + a + "), axis=" + a + ", kind='stable'), " + a + ")"),
                        "x = sort(x, " + a + ", true);", x -> NumJ.sort(x, a, true), false);
            }
            case 7 -> {
                long n = nd == 0 ? 1 : p.x.shape()[a >= -nd && a < nd ? (a < 0 ? a + nd : a) : 0];
                long kth = n == 0 || rnd.nextInt(10) == 0 ? n : rnd.nextLong(-n, n);
                return step("partition", assign("np.take(np.partition(x, " + kth + ", axis=" + a + "), " + kth + ", axis=" + a + ")"),
                        "x = take(partition(x, new long[] {" + kth + "}, " + a + "), array(" + kth + "L), " + a + ");",
                        x -> NumJ.take(NumJ.partition(x, new long[] {kth}, a), array(kth), a), false);
            }
            case 8 -> {
                int part = rnd.nextInt(3);
                String[] flag = {"return_index", "return_inverse", "return_counts"};
                return step("unique", assign("np.unique(x, " + flag[part] + "=True)[1]"),
                        "x = unique(x, " + (part == 0) + ", " + (part == 1) + ", " + (part == 2) + ")." + new String[] {"indices", "inverse",
                                "counts"}[part] + "();",
                        x -> {
                            dev.numj.UniqueResult u = NumJ.unique(x, part == 0, part == 1, part == 2);
                            return part == 0 ? u.indices() : part == 1 ? u.inverse() : u.counts();
                        }, false);
            }
            case 9 -> {
                return step("take_along_axis", assign("np.take_along_axis(x, np.argsort(x, axis=" + a + ", kind='stable'), axis=" + a + ")"),
                        "x = takeAlongAxis(x, argsort(x, " + a + "), " + a + ");", x -> NumJ.takeAlongAxis(x, NumJ.argsort(x, a), a), false);
            }
            case 10 -> {
                if (nd == 0) return step("flatnonzero", assign("np.flatnonzero(x)"), "x = flatnonzero(x);", NumJ::flatnonzero, false);
                return step("unravel_index", assign("np.stack(np.unravel_index(np.arange(x.size), x.shape))"),
                        "x = stack(unravelIndex(arange(x.size()), x.shape()));",
                        x -> NumJ.stack(NumJ.unravelIndex(NumJ.arange(x.size()), x.shape())), false);
            }
            default -> {
                return step("unique_all", assign("np.unique_all(x).inverse_indices"), "x = uniqueAll(x).inverse();",
                        x -> NumJ.uniqueAll(x).inverse(), false);
            }
        }
    }
}
