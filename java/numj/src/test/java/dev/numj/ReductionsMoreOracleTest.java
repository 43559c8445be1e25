package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.numj.random.Random.*;

/**
 * prod, var, std, argmax, argmin, any, all, count_nonzero, cumsum and cumprod against NumPy: every
 * dtype, ranks 0 to 4, every axis (negative ones too, and out-of-range ones), keepdims, tuples of
 * axes (duplicates too), ddof 0, 1 and past the count, NaN and inf among floats, empty axes,
 * transposed (strided) inputs, and every error NumPy raises.
 */
class ReductionsMoreOracleTest {
    static final long[][] SHAPES = {{}, {7}, {0}, {3, 4}, {0, 3}, {3, 0}, {2, 3, 4}, {1, 3, 1}, {2, 3, 2, 3},
            {2, 0, 2, 1}, {9, 70}, {5, 130}};
    static final String[] MULTI = {"prod", "any", "all", "count_nonzero"};

    /** The inputs: random data of every dtype and shape, floats also with NaN and inf, and transposes. */
    private static List<NDArray> inputs(Random rnd) {
        List<NDArray> list = new ArrayList<>();
        for (DType dt : DType.values())
            for (long[] sh : SHAPES) {
                NDArray a = random(rnd, dt, sh);
                list.add(a);
                if (dt.isFloating() && a.size() > 0) list.add(withSpecials(rnd, random(rnd, dt, sh)));
                if (sh.length >= 2 && a.size() > 0) list.add(a.T());
            }
        return list;
    }

    static NDArray withSpecials(Random rnd, NDArray a) {
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0};
        for (long i = 0; i < a.size(); i++) {
            if (rnd.nextInt(5) == 0) a.writeDouble(a.flatOffset(i), specials[rnd.nextInt(specials.length)]);
        }
        return a;
    }

    private static String py(boolean keep) { return keep ? "True" : "False"; }

    private static String tuple(int[] axes) {
        StringBuilder b = new StringBuilder("(");
        for (int x : axes) b.append(x).append(", ");
        return b.append(")").toString();
    }

    /** Axes to try with one int: every valid one, negative ones, and one past each end. */
    private static int[] intAxes(int ndim) {
        int lo = -ndim - 1, hi = ndim;
        if (ndim == 0) { lo = -2; hi = 1; }   // NumPy's 0-d quirks: axis 0 / -1 accepted by ufunc reductions
        int[] r = new int[hi - lo + 1];
        for (int i = 0; i < r.length; i++) r[i] = lo + i;
        return r;
    }

    /** Tuples of axes: (), every pair, and duplicates. */
    private static List<int[]> tupleAxes(int ndim) {
        List<int[]> r = new ArrayList<>();
        r.add(new int[0]);
        for (int i = 0; i < ndim; i++)
            for (int j = i + 1; j < ndim; j++) r.add(new int[] {i, j - ndim});
        if (ndim >= 1) r.add(new int[] {0, -ndim});
        if (ndim >= 3) r.add(new int[] {0, 1, 2});
        return r;
    }

    @Test
    void ufuncReductionsOverEveryAxisAndTuple() {
        Random rnd = new Random(11);
        OracleCases cases = new OracleCases();
        for (NDArray a : inputs(rnd)) {
            String d = a.dtype() + Arrays.toString(a.shape());
            for (String f : MULTI) {
                String call = f.equals("count_nonzero") ? "np.count_nonzero(a" : "np." + f + "(a";
                cases.add(f + "() " + d, "out = np.asarray(" + call + "))", () -> multi(a, f, null, false, false), "a", a);
                cases.add(f + "(keepdims) " + d, "out = np.asarray(" + call + ", keepdims=True))",
                        () -> multi(a, f, null, true, false), "a", a);
                for (int ax : intAxes(a.ndim()))
                    for (boolean keep : new boolean[] {false, true})
                        cases.add(f + "(axis=" + ax + ", keepdims=" + keep + ") " + d,
                                "out = np.asarray(" + call + ", axis=" + ax + ", keepdims=" + py(keep) + "))",
                                () -> multi(a, f, new int[] {ax}, keep, true), "a", a);
                for (int[] axes : tupleAxes(a.ndim()))
                    for (boolean keep : new boolean[] {false, true})
                        cases.add(f + "(axis=" + tuple(axes) + ", keepdims=" + keep + ") " + d,
                                "out = np.asarray(" + call + ", axis=" + tuple(axes) + ", keepdims=" + py(keep) + "))",
                                () -> multi(a, f, axes, keep, false), "a", a);
            }
        }
        cases.run();
    }

    /** {@code intForm}: the one-int overloads (NumPy's int axis), else the int[] (tuple) form. */
    private static NDArray multi(NDArray a, String f, int[] axes, boolean keep, boolean intForm) {
        if (intForm) {
            int ax = axes[0];
            return switch (f) {
                case "prod" -> keep ? a.prod(ax, true) : a.prod(ax);
                case "any" -> keep ? a.any(ax, true) : a.any(ax);
                case "all" -> keep ? a.all(ax, true) : a.all(ax);
                default -> keep ? a.countNonzero(ax, true) : a.countNonzero(ax);
            };
        }
        if (axes == null && !keep) {
            return switch (f) {
                case "prod" -> a.prod();
                case "any" -> a.any();
                case "all" -> a.all();
                default -> a.countNonzero();
            };
        }
        return switch (f) {
            case "prod" -> a.prod(axes, keep);
            case "any" -> a.any(axes, keep);
            case "all" -> a.all(axes, keep);
            default -> a.countNonzero(axes, keep);
        };
    }

    @Test
    void varAndStdWithDdofOverEveryAxis() {
        Random rnd = new Random(12);
        OracleCases cases = new OracleCases().tolerances(2e-5, 1e-5, 1e-10, 1e-12);
        for (NDArray a : inputs(rnd)) {
            String d = a.dtype() + Arrays.toString(a.shape());
            for (String f : new String[] {"var", "std"}) {
                boolean std = f.equals("std");
                for (double ddof : new double[] {0, 1, 10}) {
                    String dd = ddof == 0 ? "" : ", ddof=" + (int) ddof;
                    cases.add(f + "(" + dd + ") " + d, "out = np.asarray(a." + f + "(" + dd.replaceFirst("^, ", "") + "))",
                            () -> ddof == 0 ? (std ? a.std() : a.var()) : moment(a, std, null, ddof, false), "a", a);
                    cases.add(f + "(keepdims" + dd + ") " + d, "out = np.asarray(a." + f + "(keepdims=True" + dd + "))",
                            () -> moment(a, std, null, ddof, true), "a", a);
                    for (int ax : intAxes(a.ndim()))
                        for (boolean keep : ddof == 0 ? new boolean[] {false, true} : new boolean[] {ddof == 1})
                            cases.add(f + "(axis=" + ax + dd + ", keepdims=" + keep + ") " + d,
                                    "out = np.asarray(a." + f + "(axis=" + ax + dd + ", keepdims=" + py(keep) + "))",
                                    () -> ddof == 0 ? (keep ? (std ? a.std(ax, true) : a.var(ax, true)) : (std ? a.std(ax) : a.var(ax)))
                                            : moment(a, std, new int[] {ax}, ddof, keep), "a", a);
                    if (ddof == 0)
                        for (int[] axes : tupleAxes(a.ndim()))
                            cases.add(f + "(axis=" + tuple(axes) + ") " + d,
                                    "out = np.asarray(a." + f + "(axis=" + tuple(axes) + "))",
                                    () -> std ? a.std(axes, false) : a.var(axes, false), "a", a);
                }
            }
        }
        cases.run();
    }

    /**
     * var and std over axis 0 of matrices with contiguous rows take one pass (the squared deviations summed as they
     * are made, no temporary): NumPy's bits exactly, for big and odd shapes, a reversed-rows view and a column slice
     * (with NaN/inf: NumPy's values), beside the two passes computed eagerly from public operations.
     */
    @Test
    void varOverRowsInOnePassHasNumPysBits() {
        Random rnd = new Random(77);
        OracleCases cases = new OracleCases();
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            NDArray big = random(rnd, dt, 257, 1000), specials = withSpecials(rnd, random(rnd, dt, 9, 130));
            List<NDArray> as = List.of(big, random(rnd, dt, 1000, 3), random(rnd, dt, 1, 70), specials, big.get("::-1"), big.get(":, 3:900"));
            for (NDArray a : as) {
                String d = dt + Arrays.toString(a.shape()) + Arrays.toString(a.strides());
                // with NaN inputs, which NaN's sign bit survives an add depends on the compiled code's operand order
                // (the sanitizer build's differs): those compare as values, the finite ones bit for bit
                if (a == specials) {
                    cases.add("var(axis=0) " + d, "out = np.asarray(a.var(axis=0))", () -> a.var(0), "a", a);
                    cases.add("std(axis=0, keepdims, ddof=1) " + d, "out = np.asarray(a.std(axis=0, keepdims=True, ddof=1))",
                            () -> a.std(new int[] {0}, 1, true), "a", a);
                } else {
                    cases.addExact("var(axis=0) " + d, "out = np.asarray(a.var(axis=0))", () -> a.var(0), "a", a);
                    cases.addExact("std(axis=0, keepdims, ddof=1) " + d, "out = np.asarray(a.std(axis=0, keepdims=True, ddof=1))",
                            () -> a.std(new int[] {0}, 1, true), "a", a);
                }
                NDArray twoPass;
                try (Scope s = scope()) {   // eager, unfused: the deviations, squared in place, then the sum over axis 0
                    NDArray x = a.sub(a.mean(0, true));
                    x.muli(x);
                    twoPass = s.keep(x.sum(0).div((double) a.shape()[0]));
                }
                assertEquals(Arrays.toString(twoPass.toDoubleArray()), Arrays.toString(a.var(0).toDoubleArray()), "two passes, " + d);
            }
        }
        cases.run();
    }

    private static NDArray moment(NDArray a, boolean std, int[] axes, double ddof, boolean keep) {
        return std ? a.std(axes, ddof, keep) : a.var(axes, ddof, keep);
    }

    @Test
    void argmaxArgminFlatAndAlongEveryAxis() {
        Random rnd = new Random(13);
        OracleCases cases = new OracleCases();
        for (NDArray a : inputs(rnd)) {
            String d = a.dtype() + Arrays.toString(a.shape());
            for (String f : new String[] {"argmax", "argmin"}) {
                boolean max = f.equals("argmax");
                cases.add(f + "() " + d, "out = np.asarray(a." + f + "())", () -> max ? a.argmax() : a.argmin(), "a", a);
                for (int ax : intAxes(Math.max(a.ndim(), 1)))
                    for (boolean keep : new boolean[] {false, true})
                        cases.add(f + "(axis=" + ax + ", keepdims=" + keep + ") " + d,
                                "out = np.asarray(a." + f + "(axis=" + ax + ", keepdims=" + py(keep) + "))",
                                () -> keep ? (max ? a.argmax(ax, true) : a.argmin(ax, true)) : (max ? a.argmax(ax) : a.argmin(ax)),
                                "a", a);
            }
        }
        cases.run();
    }

    @Test
    void cumsumCumprodFlatAndAlongEveryAxis() {
        Random rnd = new Random(14);
        OracleCases cases = new OracleCases();
        for (NDArray a : inputs(rnd)) {
            String d = a.dtype() + Arrays.toString(a.shape());
            for (String f : new String[] {"cumsum", "cumprod"}) {
                boolean sum = f.equals("cumsum");
                cases.add(f + "() " + d, "out = np." + f + "(a)", () -> sum ? a.cumsum() : a.cumprod(), "a", a);
                for (int ax : intAxes(Math.max(a.ndim(), 1)))
                    cases.add(f + "(axis=" + ax + ") " + d, "out = np." + f + "(a, axis=" + ax + ")",
                            () -> sum ? a.cumsum(ax) : a.cumprod(ax), "a", a);
            }
        }
        cases.run();
    }

    @Test
    void largeInputsTakeTheBlockedAndPairwisePathsLikeNumPy() {
        // sums over axis 0 run the row-blocked loop, over axis 1 the pairwise one; int products wrap
        Random rnd = new Random(15);
        OracleCases cases = new OracleCases().tolerances(1e-5, 1e-5, 1e-12, 1e-12);
        for (DType dt : DType.values()) {
            NDArray a = random(rnd, dt, 257, 301);
            for (int ax = 0; ax < 2; ax++) {
                int axis = ax;
                // bit for bit: the same order of additions as NumPy's (pairwise along a row, row by row down columns)
                cases.addExact("sum(axis=" + ax + ") " + dt, "out = a.sum(axis=" + ax + ")", () -> a.sum(axis), "a", a);
                cases.add("prod(axis=" + ax + ") " + dt, "out = a.prod(axis=" + ax + ")", () -> a.prod(axis), "a", a);
                cases.add("max(axis=" + ax + ") " + dt, "out = a.max(axis=" + ax + ")", () -> a.max(axis), "a", a);
                cases.add("any(axis=" + ax + ") " + dt, "out = a.any(axis=" + ax + ")", () -> a.any(axis), "a", a);
                cases.add("var(axis=" + ax + ") " + dt, "out = a.var(axis=" + ax + ")", () -> a.var(axis), "a", a);
                cases.add("argmin(axis=" + ax + ") " + dt, "out = a.argmin(axis=" + ax + ")", () -> a.argmin(axis), "a", a);
                cases.add("cumsum(axis=" + ax + ") " + dt, "out = np.cumsum(a, axis=" + ax + ")", () -> a.cumsum(axis), "a", a);
            }
            cases.add("prod() " + dt, "out = np.asarray(a.prod())", a::prod, "a", a);
            NDArray wide = random(rnd, dt, 3, 5, 1000);
            for (int ax = 0; ax < 3; ax++) {
                int axis = ax;
                cases.addExact("sum(axis=" + ax + ") " + dt + "[3, 5, 1000]", "out = a.sum(axis=" + ax + ")", () -> wide.sum(axis), "a", wide);
            }
            cases.addExact("sum() " + dt + "[3, 5, 1000]", "out = np.asarray(a.sum())", wide::sum, "a", wide);
        }
        cases.run();
    }

    @Test
    void staticFormsAndExamples() {
        NDArray x = array(1.0, 2.0, 3.0, 4.0);
        assertEquals(1.25, var(x).item());
        assertEquals(Math.sqrt(1.25), std(x).item());
        assertEquals(5.0 / 3, x.var(null, 1, false).item(), 1e-15);
        NDArray m = arange(6).reshape(2, 3);
        assertEquals("[[ 0  1  3]\n [ 3  7 12]]", cumsum(m, 1).toString());
        assertEquals("[ 1  2  6 24]", cumprod(array(1, 2, 3, 4)).toString());
        assertEquals("[ 4 10 18]", prod(arange(1, 7).reshape(2, 3), 0).toString());
        assertEquals(1, argmax(array(3, 7, 7, 1)).itemLong());
        assertEquals("[1 0]", argmax(array(new int[][] {{1, 9}, {8, 2}}), 1).toString());
        assertEquals(2, countNonzero(array(0, 3, 0, 5)).itemLong());
        assertEquals("True", any(array(0, 0, 1)).toString());
        assertEquals("False", all(array(1, 0, 1)).toString());
        assertEquals(DType.INT64, argmin(zeros(FLOAT32, 3)).dtype());
    }

    @Test
    void overflowingIntegerProductsAndSumsWrapLikeNumPy() {
        OracleCases cases = new OracleCases();
        NDArray big = full(DType.INT64, new long[] {4, 70}, 3L);
        NDArray huge = full(DType.INT64, new long[] {3}, Long.MAX_VALUE);
        cases.add("prod of 3^280", "out = np.asarray(a.prod())", big::prod, "a", big);
        cases.add("prod axis 1", "out = a.prod(axis=1)", () -> big.prod(1), "a", big);
        cases.add("cumprod", "out = np.cumprod(a)", big::cumprod, "a", big);
        cases.add("sum past int64", "out = np.asarray(a.sum())", huge::sum, "a", huge);
        cases.add("cumsum past int64", "out = np.cumsum(a)", huge::cumsum, "a", huge);
        cases.run();
    }
}
