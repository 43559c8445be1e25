package dev.numj.fuzz;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.NumJ;
import dev.numj.Ufunc;

import java.util.SplittableRandom;

import static dev.numj.fuzz.FuzzArrays.javaInts;
import static dev.numj.fuzz.FuzzArrays.pyInts;
import static dev.numj.fuzz.Generator.assign;
import static dev.numj.fuzz.Generator.step;

/** Reductions over everything, one axis or several (duplicates and out-of-range ones too), keepdims, ddof; scans; sorting. */
final class ReductionSteps {
    private ReductionSteps() {}

    /** NumJ's name, NumPy's function, whether it takes a tuple of axes / keepdims / ddof. */
    private record Red(String java, String numpy, boolean tuple, boolean keep, boolean ddof) {}

    private static final Red[] REDS = {
            new Red("sum", "np.sum", true, true, false), new Red("mean", "np.mean", true, true, false),
            new Red("max", "np.max", true, true, false), new Red("min", "np.min", true, true, false),
            new Red("prod", "np.prod", true, true, false), new Red("any", "np.any", true, true, false),
            new Red("all", "np.all", true, true, false), new Red("countNonzero", "np.count_nonzero", true, true, false),
            new Red("var", "np.var", true, true, true), new Red("std", "np.std", true, true, true),
            new Red("argmax", "np.argmax", false, true, false), new Red("argmin", "np.argmin", false, true, false),
            new Red("cumsum", "np.cumsum", false, false, false), new Red("cumprod", "np.cumprod", false, false, false)};

    /** An axis: usually valid (negative half the time), sometimes one past either end. */
    static int axis(SplittableRandom rnd, int ndim) {
        if (rnd.nextInt(12) == 0 || ndim == 0) return rnd.nextBoolean() ? ndim : -ndim - 1 + (ndim == 0 ? rnd.nextInt(2) : 0);
        int a = rnd.nextInt(ndim);
        return rnd.nextBoolean() ? a : a - ndim;
    }

    static Program.Step reduction(Program p) {
        SplittableRandom rnd = p.rnd;
        if (rnd.nextInt(3) == 0) return statistics(p);
        Red r = REDS[rnd.nextInt(REDS.length)];
        int nd = p.x.ndim();
        boolean floaty = p.x.dtype().isFloating();
        boolean inexact = switch (r.java) {
            case "sum", "prod", "cumsum", "cumprod" -> floaty;
            case "mean", "var", "std" -> true;
            default -> false;
        };
        int form = rnd.nextInt(r.ddof ? 6 : 5);
        String j = "x = x." + r.java;
        Program.Step st;
        String args;   // NumPy's keyword arguments, ddof aside (for the error bound)
        if (form == 0) {
            args = "";
            st = step("reduce", assign(r.numpy + "(x)"), j + "();", x -> call0(x, r.java), inexact);
        } else if (form == 1 || !r.keep && !r.tuple) {
            int a = axis(rnd, nd);
            args = ", axis=" + a;
            st = step("reduce", assign(r.numpy + "(x" + args + ")"), j + "(" + a + ");", x -> call1(x, r.java, a), inexact);
        } else {
            boolean keep = rnd.nextBoolean();
            String k = keep ? "True" : "False";
            if (form == 2 || !r.tuple) {
                int a = axis(rnd, nd);
                args = ", axis=" + a + ", keepdims=" + k;
                st = step("reduce", assign(r.numpy + "(x" + args + ")"), j + "(" + a + ", " + keep + ");",
                        x -> call2(x, r.java, a, keep), inexact);
            } else {
                int[] axes;
                if (form == 3 && rnd.nextInt(4) == 0) {
                    axes = null;
                } else {
                    axes = new int[rnd.nextInt(0, Math.min(nd, 3) + 1)];
                    for (int i = 0; i < axes.length; i++)
                        axes[i] = rnd.nextInt(10) == 0 ? axis(rnd, nd) : (i + rnd.nextInt(2)) % nd - (rnd.nextBoolean() ? nd : 0);
                }
                String pyAxes = axes == null ? "None" : pyInts(axes);
                String jAxes = axes == null ? "null" : javaInts(axes);
                args = ", axis=" + pyAxes + ", keepdims=" + k;
                if (form == 5) {
                    double ddof = rnd.nextInt(4) == 0 ? 1.5 : rnd.nextInt(3);
                    st = step("reduce", assign(r.numpy + "(x, axis=" + pyAxes + ", ddof=" + ddof + ", keepdims=" + k + ")"),
                            j + "(" + jAxes + ", " + ddof + ", " + keep + ");", x -> callTuple(x, r.java, axes, keep, ddof), inexact);
                } else {
                    st = step("reduce", assign(r.numpy + "(x" + args + ")"), j + "(" + jAxes + ", " + keep + ");",
                            x -> callTuple(x, r.java, axes, keep, null), inexact);
                }
            }
        }
        // the sum of the magnitudes behind each result element, times their count n (see Program.ErrorBound)
        String abs = "np.abs(x.astype(np.float64))";
        String n = "(x.size // max(np.sum(np.zeros(x.shape)" + args + ").size, 1))";
        return switch (r.java) {
            case "sum" -> st.withBound("np.sum(" + abs + args + ") * " + n, false);
            case "mean" -> st.withBound("np.mean(" + abs + args + ") * " + n, false);
            case "cumsum" -> st.withBound("np.cumsum(" + abs + args + ") * " + (args.isEmpty() ? "x.size" : n), false);
            // var = sum((x - mean)^2) / (n - ddof): the mean's error and the squares', times n / (n - ddof) <= 4 for the ddofs drawn
            case "var", "std" -> st.withBound("4 * (np.mean(" + abs + " ** 2" + args + ") + np.mean(" + abs + args + ") ** 2) * " + n,
                    r.java.equals("std"));
            default -> st;
        };
    }

    private static NDArray call0(NDArray x, String f) {
        return switch (f) {
            case "sum" -> x.sum(); case "mean" -> x.mean(); case "max" -> x.max(); case "min" -> x.min(); case "prod" -> x.prod();
            case "any" -> x.any(); case "all" -> x.all(); case "countNonzero" -> x.countNonzero(); case "var" -> x.var();
            case "std" -> x.std(); case "argmax" -> x.argmax(); case "argmin" -> x.argmin(); case "cumsum" -> x.cumsum();
            case "cumprod" -> x.cumprod();
            default -> throw new IllegalArgumentException(f);
        };
    }

    private static NDArray call1(NDArray x, String f, int a) {
        return switch (f) {
            case "sum" -> x.sum(a); case "mean" -> x.mean(a); case "max" -> x.max(a); case "min" -> x.min(a); case "prod" -> x.prod(a);
            case "any" -> x.any(a); case "all" -> x.all(a); case "countNonzero" -> x.countNonzero(a); case "var" -> x.var(a);
            case "std" -> x.std(a); case "argmax" -> x.argmax(a); case "argmin" -> x.argmin(a); case "cumsum" -> x.cumsum(a);
            case "cumprod" -> x.cumprod(a);
            default -> throw new IllegalArgumentException(f);
        };
    }

    private static NDArray call2(NDArray x, String f, int a, boolean k) {
        return switch (f) {
            case "sum" -> x.sum(a, k); case "mean" -> x.mean(a, k); case "max" -> x.max(a, k); case "min" -> x.min(a, k);
            case "prod" -> x.prod(a, k); case "any" -> x.any(a, k); case "all" -> x.all(a, k); case "countNonzero" -> x.countNonzero(a, k);
            case "var" -> x.var(a, k); case "std" -> x.std(a, k); case "argmax" -> x.argmax(a, k); case "argmin" -> x.argmin(a, k);
            default -> throw new IllegalArgumentException(f);
        };
    }

    private static NDArray callTuple(NDArray x, String f, int[] axes, boolean k, Double ddof) {
        if (ddof != null) return f.equals("var") ? x.var(axes, ddof, k) : x.std(axes, ddof, k);
        return switch (f) {
            case "sum" -> x.sum(axes, k); case "mean" -> x.mean(axes, k); case "max" -> x.max(axes, k); case "min" -> x.min(axes, k);
            case "prod" -> x.prod(axes, k); case "any" -> x.any(axes, k); case "all" -> x.all(axes, k);
            case "countNonzero" -> x.countNonzero(axes, k); case "var" -> x.var(axes, k); case "std" -> x.std(axes, k);
            default -> throw new IllegalArgumentException(f);
        };
    }

    private static final String[] METHODS = {"linear", "lower", "higher", "nearest", "midpoint"};

    /** Axes for the statistics: None, one (sometimes out of range) or a tuple of distinct ones. */
    private static int[] statAxes(SplittableRandom rnd, int nd) {
        int form = rnd.nextInt(4);
        if (form == 0 || nd == 0) return null;
        if (form == 1 || nd == 1) return new int[] {axis(rnd, nd)};
        return new int[] {0, nd - 1};
    }

    /**
     * median / quantile / percentile (and nan forms, every method), the nan reductions, ptp, average,
     * ufunc.at, bincount, histogram, digitize, cov and corrcoef.
     */
    static Program.Step statistics(Program p) {
        SplittableRandom rnd = p.rnd;
        int nd = p.x.ndim();
        DType dt = p.x.dtype();
        boolean floaty = dt.isFloating();
        int[] axes = statAxes(rnd, nd);
        String pa = axes == null ? "None" : pyInts(axes), ja = axes == null ? "null" : javaInts(axes);
        boolean keep = rnd.nextBoolean();
        String k = keep ? "True" : "False";
        String kw = ", axis=" + pa + ", keepdims=" + k;
        switch (rnd.nextInt(10)) {
            case 0 -> {
                boolean nan = rnd.nextBoolean();
                String f = nan ? "nanmedian" : "median";
                return step("median", assign("np." + f + "(x" + kw + ")"), "x = " + f + "(x, " + ja + ", " + keep + ");",
                        x -> nan ? NumJ.nanmedian(x, axes, keep) : NumJ.median(x, axes, keep), true);
            }
            case 1 -> {
                String m = METHODS[rnd.nextInt(METHODS.length)];
                boolean nan = rnd.nextBoolean(), pct = rnd.nextBoolean();
                double q = rnd.nextInt(8) == 0 ? 1.25 : rnd.nextInt(9) / 8.0;
                double qq = pct ? q * 100 : q;
                String f = (nan ? "nan" : "") + (pct ? "percentile" : "quantile");
                return step("quantile", assign("np." + f + "(x, " + qq + kw + ", method='" + m + "')"),
                        "x = " + f + "(x, " + qq + ", " + ja + ", \"" + m + "\", " + keep + ");", x -> switch (f) {
                            case "quantile" -> NumJ.quantile(x, qq, axes, m, keep);
                            case "percentile" -> NumJ.percentile(x, qq, axes, m, keep);
                            case "nanquantile" -> NumJ.nanquantile(x, qq, axes, m, keep);
                            default -> NumJ.nanpercentile(x, qq, axes, m, keep);
                        }, floaty || m.equals("linear") || m.equals("midpoint"));
            }
            case 2 -> {
                String[] fs = {"nansum", "nanmean", "nanmax", "nanmin", "nanvar", "nanstd", "ptp"};
                String f = fs[rnd.nextInt(fs.length)];
                return step("nanreduce", assign("np." + f + "(x" + kw + ")"), "x = " + f + "(x, " + ja + ", " + keep + ");", x -> switch (f) {
                    case "nansum" -> NumJ.nansum(x, axes, keep);
                    case "nanmean" -> NumJ.nanmean(x, axes, keep);
                    case "nanmax" -> NumJ.nanmax(x, axes, keep);
                    case "nanmin" -> NumJ.nanmin(x, axes, keep);
                    case "nanvar" -> NumJ.nanvar(x, axes, 0, keep);
                    case "nanstd" -> NumJ.nanstd(x, axes, 0, keep);
                    default -> NumJ.ptp(x, axes, keep);
                }, floaty || f.equals("nanmean") || f.equals("nanvar") || f.equals("nanstd"));
            }
            case 3 -> {
                boolean max = rnd.nextBoolean();
                String f = max ? "nanargmax" : "nanargmin";
                if (rnd.nextBoolean()) return step("nanarg", assign("np." + f + "(x)"), "x = " + f + "(x);",
                        x -> max ? NumJ.nanargmax(x) : NumJ.nanargmin(x), false);
                int a = axis(rnd, Math.max(nd, 1));
                return step("nanarg", assign("np." + f + "(x, axis=" + a + ", keepdims=" + k + ")"), "x = " + f + "(x, " + a + ", " + keep + ");",
                        x -> max ? NumJ.nanargmax(x, a, keep) : NumJ.nanargmin(x, a, keep), false);
            }
            case 4 -> {
                if (rnd.nextBoolean()) return step("average", assign("np.average(x, axis=" + pa + ", keepdims=" + k + ")"),
                        "x = average(x, null, " + ja + ", " + keep + ");", x -> NumJ.average(x, null, axes, keep), true);
                NDArray w = p.input(rnd.nextBoolean() ? DType.FLOAT64 : DType.INT32, p.x.shape());
                String n = p.nameOf(w);
                return step("average", assign("np.average(x, axis=" + pa + ", weights=" + n + ", keepdims=" + k + ")"),
                        "x = average(x, " + n + ", " + ja + ", " + keep + ");", x -> NumJ.average(x, w, axes, keep), true, n);
            }
            case 5 -> {
                String[] fs = {"add", "subtract", "multiply", "maximum", "minimum"};
                String f = fs[rnd.nextInt(fs.length)];
                Ufunc u = switch (f) {
                    case "add" -> Ufunc.ADD;
                    case "subtract" -> Ufunc.SUBTRACT;
                    case "multiply" -> Ufunc.MULTIPLY;
                    case "maximum" -> Ufunc.MAXIMUM;
                    default -> Ufunc.MINIMUM;
                };
                NDArray i = IndexSteps.indices(p, nd > 0 ? p.x.shape()[0] : 1);
                long[] sel = new long[i.ndim() + Math.max(0, nd - 1)];
                System.arraycopy(i.shape(), 0, sel, 0, i.ndim());
                if (nd > 1) System.arraycopy(p.x.shape(), 1, sel, i.ndim(), nd - 1);
                NDArray vals = p.input(ArithmeticSteps.dtype(rnd, dt), FuzzShapes.capped(FuzzShapes.into(rnd, sel)));
                String n = p.nameOf(i), nv = p.nameOf(vals);
                long sub = 1;
                for (int d = 1; d < nd; d++) sub *= p.x.shape()[d];
                if (nd > 0 && !p.x.isWriteable() && i.size() > 0 && (nd == 1 || i.ndim() == 0 || sub == 1))   // see Deviations.NOT_GENERATED
                    return step("ptp", assign("np.ptp(x" + kw + ")"), "x = ptp(x, " + ja + ", " + keep + ");", x -> NumJ.ptp(x, axes, keep), false);
                return step("at", "np." + f + ".at(x, " + n + ", " + nv + ")", "Ufunc." + f.toUpperCase() + ".at(x, " + n + ", " + nv + ");",
                        x -> { u.at(x, i, vals); return x; }, floaty, n, nv);
            }
            case 6 -> {
                // bincount's length is the largest value plus one: 2^31 - 1 (after maximum(x, 2147483647)) asks both sides for 16 GiB
                boolean huge = !floaty && p.x.size() > 0 && NumJ.max(p.x).getDouble() > 1 << 20;
                if (floaty || huge) return step("ptp", assign("np.ptp(x" + kw + ")"), "x = ptp(x, " + ja + ", " + keep + ");",
                        x -> NumJ.ptp(x, axes, keep), false);
                long minlength = rnd.nextInt(3) == 0 ? rnd.nextInt(8) : 0;
                return step("bincount", assign("np.bincount(x.ravel(), minlength=" + minlength + ")"),
                        "x = bincount(x.reshape(-1), null, " + minlength + ");", x -> NumJ.bincount(x.reshape(-1), null, minlength), false);
            }
            case 7 -> {
                if (dt.isBool()) return step("ptp", assign("np.ptp(x" + kw + ")"), "x = ptp(x, " + ja + ", " + keep + ");",
                        x -> NumJ.ptp(x, axes, keep), false);
                long bins = 1 + rnd.nextInt(6);
                boolean density = rnd.nextBoolean();
                String d = density ? "True" : "False";
                int which = rnd.nextInt(2);
                return step("histogram", assign("np.histogram(x, " + bins + ", density=" + d + ")[" + which + "]"),
                        "x = histogram(x, " + bins + ", null, " + density + ", null)[" + which + "];",
                        x -> NumJ.histogram(x, bins, null, density, null)[which], true);
            }
            case 8 -> {
                NDArray edges = p.input(NumJ.array(-2.0, -0.5, 0.0, 0.0, 1.0, 3.5));
                boolean right = rnd.nextBoolean();
                String n = p.nameOf(edges);
                return step("digitize", assign("np.digitize(x, " + n + ", right=" + (right ? "True" : "False") + ")"),
                        "x = digitize(x, " + n + ", " + right + ");", x -> NumJ.digitize(x, edges, right), false, n);
            }
            default -> {
                boolean rowvar = rnd.nextBoolean(), corr = rnd.nextBoolean();
                String rv = rowvar ? "True" : "False";
                if (corr) return step("corrcoef", assign("np.corrcoef(x, rowvar=" + rv + ")"), "x = corrcoef(x, null, " + rowvar + ");",
                        x -> NumJ.corrcoef(x, null, rowvar), true);
                boolean bias = rnd.nextBoolean();
                return step("cov", assign("np.cov(x, rowvar=" + rv + ", bias=" + (bias ? "True" : "False") + ")"),
                        "x = cov(x, null, " + rowvar + ", " + bias + ", null);", x -> NumJ.cov(x, null, rowvar, bias, null), true);
            }
        }
    }

    /** sort / argsort (stable: Deviations.Kind.SORT_IS_STABLE) over the last or a chosen axis, and unique. */
    static Program.Step sort(Program p) {
        SplittableRandom rnd = p.rnd;
        int form = rnd.nextInt(5);
        int a = axis(rnd, p.x.ndim());
        return switch (form) {
            case 0 -> step("sort", assign("np.sort(x, kind='stable')"), "x = x.sort();", NDArray::sort, false);
            case 1 -> step("sort", assign("np.sort(x, axis=" + a + ", kind='stable')"), "x = x.sort(" + a + ");", x -> x.sort(a), false);
            case 2 -> step("sort", assign("np.argsort(x, kind='stable')"), "x = x.argsort();", NDArray::argsort, false);
            case 3 -> step("sort", assign("np.argsort(x, axis=" + a + ", kind='stable')"), "x = x.argsort(" + a + ");",
                    x -> x.argsort(a), false);
            default -> step("unique", assign("np.unique(x)"), "x = x.unique();", NDArray::unique, false);
        };
    }
}
