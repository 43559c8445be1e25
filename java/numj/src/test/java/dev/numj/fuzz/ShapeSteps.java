package dev.numj.fuzz;

import dev.numj.NDArray;
import dev.numj.NumJ;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static dev.numj.fuzz.FuzzArrays.javaInts;
import static dev.numj.fuzz.FuzzArrays.javaLongs;
import static dev.numj.fuzz.FuzzArrays.pyInts;
import static dev.numj.fuzz.FuzzArrays.pyShape;
import static dev.numj.fuzz.Generator.assign;
import static dev.numj.fuzz.Generator.step;
import static dev.numj.fuzz.ReductionSteps.axis;

/** Steps that change shape (views mostly) and that join arrays. */
final class ShapeSteps {
    private ShapeSteps() {}

    static Program.Step shape(Program p) {
        SplittableRandom rnd = p.rnd;
        int nd = p.x.ndim();
        long[] s = p.x.shape();
        switch (rnd.nextInt(20)) {
            case 0, 1 -> {
                long[] t = FuzzShapes.reshapeOf(rnd, p.x.size());
                int r = rnd.nextInt(10);
                if (r < 3 && t.length > 0) t[rnd.nextInt(t.length)] = -1;
                else if (r == 3 && t.length > 0) t[rnd.nextInt(t.length)] += 1;                       // wrong size
                else if (r == 4 && t.length > 1) { t[0] = -1; t[t.length - 1] = -1; }                  // two unknowns
                String py = t.length == 0 ? "()" : pyShape(t);
                return step("reshape", assign("x.reshape(" + py + ")"), "x = x.reshape(" + javaLongs(t) + ");", x -> x.reshape(t), false);
            }
            case 2 -> {
                return rnd.nextBoolean() ? step("transpose", assign("x.T"), "x = x.T();", NDArray::T, false)
                        : step("transpose", assign("np.transpose(x)"), "x = x.transpose();", x -> x.transpose(), false);
            }
            case 3 -> {
                int[] perm = permutation(rnd, nd);
                int r = rnd.nextInt(10);
                if (r == 0 && nd > 1) perm[0] = perm[1];                                              // repeated axis
                else if (r == 1) perm = Arrays.copyOf(perm, nd + 1);                                  // too many
                else if (r == 2 && nd > 0) perm[rnd.nextInt(nd)] = rnd.nextBoolean() ? nd : -nd - 1;  // out of range
                else for (int i = 0; i < nd; i++) if (rnd.nextBoolean()) perm[i] -= nd;                // negative axes
                int[] pm = perm;
                return step("transpose", assign("np.transpose(x, " + pyInts(pm) + ")"), "x = x.transpose(" + join(pm) + ");",
                        x -> x.transpose(pm), false);
            }
            case 4 -> {
                int a = axis(rnd, nd), b = axis(rnd, nd);
                return step("swapaxes", assign("np.swapaxes(x, " + a + ", " + b + ")"), "x = x.swapaxes(" + a + ", " + b + ");",
                        x -> x.swapaxes(a, b), false);
            }
            case 5 -> {
                int form = rnd.nextInt(4);
                if (form == 0) return step("squeeze", assign("np.squeeze(x)"), "x = x.squeeze();", NDArray::squeeze, false);
                List<Integer> ones = new ArrayList<>();
                for (int i = 0; i < nd; i++) if (s[i] == 1) ones.add(i);
                int[] axes = new int[form == 1 ? 1 : rnd.nextInt(0, 3)];
                for (int i = 0; i < axes.length; i++)
                    axes[i] = !ones.isEmpty() && rnd.nextInt(5) != 0 ? ones.get(rnd.nextInt(ones.size())) - (rnd.nextBoolean() ? nd : 0)
                            : axis(rnd, nd);
                if (axes.length == 1) {
                    int a = axes[0];
                    return step("squeeze", assign("np.squeeze(x, axis=" + a + ")"), "x = x.squeeze(" + a + ");", x -> x.squeeze(a), false);
                }
                return step("squeeze", assign("np.squeeze(x, axis=" + pyInts(axes) + ")"), "x = x.squeeze(" + javaInts(axes) + ");",
                        x -> x.squeeze(axes), false);
            }
            case 6 -> {
                int n = rnd.nextInt(4) == 0 ? 2 : 1;
                int[] axes = new int[n];
                for (int i = 0; i < n; i++) axes[i] = rnd.nextInt(10) == 0 ? axis(rnd, nd + n) + (rnd.nextBoolean() ? 1 : 0) : axis(rnd, nd + n);
                if (n == 1) {
                    int a = axes[0];
                    return step("expand_dims", assign("np.expand_dims(x, " + a + ")"), "x = x.expandDims(" + a + ");",
                            x -> x.expandDims(a), false);
                }
                return step("expand_dims", assign("np.expand_dims(x, " + pyInts(axes) + ")"), "x = x.expandDims(" + join(axes) + ");",
                        x -> x.expandDims(axes), false);
            }
            case 7 -> {
                return rnd.nextBoolean() ? step("ravel", assign("np.ravel(x)"), "x = x.ravel();", NDArray::ravel, false)
                        : step("flatten", assign("x.flatten()"), "x = x.flatten();", NDArray::flatten, false);
            }
            case 8 -> {
                long[] t = broadcastTarget(rnd, s);
                return step("broadcast_to", assign("np.broadcast_to(x, " + pyShape(t) + ")"),
                        "x = x.broadcastTo(" + javaLongs(t) + ");", x -> x.broadcastTo(t), false);
            }
            case 12, 13, 14, 15 -> {
                return rearrange(p);
            }
            case 16, 17, 18 -> {
                return IndexSteps.search(p);
            }
            default -> {
                return join(p);
            }
        }
    }

    /** tile, repeat, roll, flip, rot90, moveaxis, pad, diff, atleast_2d/3d, tril/triu, diagonal, trace, sliding windows. */
    static Program.Step rearrange(Program p) {
        SplittableRandom rnd = p.rnd;
        int nd = p.x.ndim();
        int a = axis(rnd, nd), b = axis(rnd, nd);
        long k = rnd.nextInt(-3, 4);
        switch (rnd.nextInt(15)) {
            case 0 -> {
                long[] reps = new long[rnd.nextInt(0, 4)];
                // (negative counts on an empty array: NumPy's reshape error prints the shape its own way, see ShapeIndexingOracleTest)
                for (int i = 0; i < reps.length; i++) reps[i] = rnd.nextInt(10) == 0 && p.x.size() > 0 ? -1 : rnd.nextInt(0, 3);
                return step("tile", assign("np.tile(x, " + (reps.length == 0 ? "()" : pyShape(reps)) + ")"),
                        "x = tile(x" + (reps.length == 0 ? "" : ", " + javaLongs(reps)) + ");", x -> NumJ.tile(x, reps), false);
            }
            case 1 -> {
                long r = rnd.nextInt(10) == 0 ? -1 : rnd.nextInt(0, 3);
                if (rnd.nextBoolean()) return step("repeat", assign("np.repeat(x, " + r + ")"), "x = repeat(x, " + r + ");", x -> NumJ.repeat(x, r), false);
                return step("repeat", assign("np.repeat(x, " + r + ", axis=" + a + ")"), "x = repeat(x, " + r + ", " + a + ");",
                        x -> NumJ.repeat(x, r, a), false);
            }
            case 2 -> {
                if (rnd.nextBoolean()) return step("roll", assign("np.roll(x, " + k + ")"), "x = roll(x, " + k + ");", x -> NumJ.roll(x, k), false);
                return step("roll", assign("np.roll(x, " + k + ", axis=" + a + ")"), "x = roll(x, " + k + ", " + a + ");", x -> NumJ.roll(x, k, a), false);
            }
            case 3 -> {
                if (rnd.nextBoolean()) return step("flip", assign("np.flip(x)"), "x = flip(x);", NumJ::flip, false);
                return step("flip", assign("np.flip(x, " + a + ")"), "x = flip(x, " + a + ");", x -> NumJ.flip(x, a), false);
            }
            case 4 -> {
                int kk = (int) k;
                return step("rot90", assign("np.rot90(x, " + kk + ", (" + a + ", " + b + "))"), "x = rot90(x, " + kk + ", " + a + ", " + b + ");",
                        x -> NumJ.rot90(x, kk, a, b), false);
            }
            case 5 -> {
                return step("moveaxis", assign("np.moveaxis(x, " + a + ", " + b + ")"), "x = moveaxis(x, " + a + ", " + b + ");",
                        x -> NumJ.moveaxis(x, a, b), false);
            }
            case 6 -> {
                String[] modes = {"constant", "edge", "reflect"};
                String mode = modes[rnd.nextInt(3)];
                long w0 = rnd.nextInt(10) == 0 ? -1 : rnd.nextInt(0, 4), w1 = rnd.nextInt(0, 3);
                return step("pad", assign("np.pad(x, ((" + w0 + ", " + w1 + "),), mode='" + mode + "')"),
                        "x = pad(x, new long[][] {{" + w0 + ", " + w1 + "}}, \"" + mode + "\");",
                        x -> NumJ.pad(x, new long[][] {{w0, w1}}, mode), false);
            }
            case 7 -> {
                int n = rnd.nextInt(-1, 3);
                return step("diff", assign("np.diff(x, " + n + ", axis=" + a + ")"), "x = diff(x, " + n + ", " + a + ");",
                        x -> NumJ.diff(x, n, a), true);
            }
            case 8 -> {
                if (rnd.nextBoolean()) return step("atleast_2d", assign("np.atleast_2d(x)"), "x = atleast2d(x);", NumJ::atleast2d, false);
                return step("atleast_3d", assign("np.atleast_3d(x)"), "x = atleast3d(x);", NumJ::atleast3d, false);
            }
            case 9 -> {
                if (rnd.nextBoolean()) return step("tril", assign("np.tril(x, " + k + ")"), "x = tril(x, " + k + ");", x -> NumJ.tril(x, k), false);
                return step("triu", assign("np.triu(x, " + k + ")"), "x = triu(x, " + k + ");", x -> NumJ.triu(x, k), false);
            }
            case 10 -> {
                return step("diagonal", assign("np.diagonal(x, " + k + ", " + a + ", " + b + ")"), "x = diagonal(x, " + k + ", " + a + ", " + b + ");",
                        x -> NumJ.diagonal(x, k, a, b), false);
            }
            case 11 -> {
                return step("trace", assign("np.trace(x, " + k + ", " + a + ", " + b + ")"), "x = trace(x, " + k + ", " + a + ", " + b + ");",
                        x -> NumJ.trace(x, k, a, b), true);
            }
            case 12 -> {
                long w = rnd.nextInt(10) == 0 ? -1 : rnd.nextInt(0, 4);
                return step("sliding_window_view", assign("np.lib.stride_tricks.sliding_window_view(x, " + w + ", axis=" + a + ")"),
                        "x = slidingWindowView(x, new long[] {" + w + "}, " + a + ");", x -> NumJ.slidingWindowView(x, new long[] {w}, a), false);
            }
            case 13 -> {
                return step("diag", assign("np.diag(x, " + k + ")"), "x = diag(x, " + k + ");", x -> NumJ.diag(x, k), false);
            }
            default -> {
                return step("unstack", assign("np.stack(np.unstack(x, axis=" + a + "), axis=" + a + ")"),
                        "x = stack(" + a + ", unstack(x, " + a + ").toArray(new NDArray[0]));",
                        x -> NumJ.stack(a, NumJ.unstack(x, a).toArray(new NDArray[0])), false);
            }
        }
    }

    static int[] permutation(SplittableRandom rnd, int n) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
        }
        return perm;
    }

    static String join(int[] v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) b.append(i > 0 ? ", " : "").append(v[i]);
        return b.toString();
    }

    /** A shape s broadcasts to (or, sometimes, one it does not). */
    static long[] broadcastTarget(SplittableRandom rnd, long[] s) {
        int extra = rnd.nextInt(3) == 0 ? rnd.nextInt(1, 3) : 0;
        long[] t = new long[s.length + extra];
        for (int i = 0; i < extra; i++) t[i] = FuzzShapes.extent(rnd);
        for (int i = 0; i < s.length; i++) t[extra + i] = s[i] == 1 && rnd.nextBoolean() ? FuzzShapes.extent(rnd) : s[i];
        if (rnd.nextInt(10) == 0 && s.length > 0) {
            int ax = rnd.nextInt(s.length);
            if (s[ax] != 1) t[extra + ax] = s[ax] + 1;
            else t = Arrays.copyOfRange(t, extra + 1, t.length);   // fewer dimensions than x
        }
        return FuzzShapes.capped(t);
    }

    /** concatenate / stack / vstack / hstack / column_stack of x with one or two new inputs. */
    static Program.Step join(Program p) {
        SplittableRandom rnd = p.rnd;
        int nd = p.x.ndim();
        long[] s = p.x.shape();
        int kind = rnd.nextInt(8);
        int others = 1 + rnd.nextInt(2);
        boolean stack = kind >= 3 && kind <= 4;
        int ax = stack ? axis(rnd, nd + 1) : axis(rnd, nd);
        NDArray[] arr = new NDArray[others + 1];
        String[] names = new String[others + 1];
        int at = rnd.nextInt(others + 1);   // where x goes in the list
        List<String> uses = new ArrayList<>();
        for (int i = 0; i <= others; i++) {
            if (i == at) { names[i] = "x"; continue; }
            long[] t = s.clone();
            if (kind < 3 && nd > 0 && ax >= -nd && ax < nd) t[ax < 0 ? ax + nd : ax] = rnd.nextInt(4);
            else if (kind >= 5 && nd > 0 && rnd.nextBoolean()) t[nd == 1 ? 0 : rnd.nextInt(nd)] = rnd.nextInt(4);
            if (rnd.nextInt(12) == 0 && nd > 0) t[rnd.nextInt(nd)] += 1;                                   // a mismatch
            if (rnd.nextInt(20) == 0) t = Arrays.copyOf(t, Math.max(0, nd - 1));                          // another rank
            arr[i] = p.input(ArithmeticSteps.dtype(rnd, p.x.dtype()), FuzzShapes.capped(t));
            names[i] = p.nameOf(arr[i]);
            uses.add(names[i]);
        }
        String list = "[" + String.join(", ", names) + "]";
        String args = String.join(", ", names);
        String[] u = uses.toArray(new String[0]);
        return switch (kind) {
            case 0, 1 -> step("concatenate", assign("np.concatenate(" + list + ", axis=" + ax + ")"),
                    "x = concatenate(" + ax + ", " + args + ");", x -> NumJ.concatenate(ax, fill(arr, at, x)), false, u);
            case 2 -> step("concatenate", assign("np.concatenate(" + list + ")"), "x = concatenate(List.of(" + args + "));",
                    x -> NumJ.concatenate(List.of(fill(arr, at, x))), false, u);
            case 3, 4 -> step("stack", assign("np.stack(" + list + ", axis=" + ax + ")"), "x = stack(" + ax + ", " + args + ");",
                    x -> NumJ.stack(ax, fill(arr, at, x)), false, u);
            case 5 -> step("vstack", assign("np.vstack(" + list + ")"), "x = vstack(" + args + ");",
                    x -> NumJ.vstack(fill(arr, at, x)), false, u);
            case 6 -> step("hstack", assign("np.hstack(" + list + ")"), "x = hstack(" + args + ");",
                    x -> NumJ.hstack(fill(arr, at, x)), false, u);
            default -> step("column_stack", assign("np.column_stack(" + list + ")"), "x = columnStack(" + args + ");",
                    x -> NumJ.columnStack(fill(arr, at, x)), false, u);
        };
    }

    private static NDArray[] fill(NDArray[] arr, int at, NDArray x) {
        NDArray[] r = arr.clone();
        r[at] = x;
        return r;
    }
}
