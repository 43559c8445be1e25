package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.random;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ufunc methods reduce, accumulate, outer and reduceat of the public {@link Ufunc} constants, and
 * cumsum / cumprod with include_initial (np.cumulative_sum / np.cumulative_prod), against NumPy: every
 * dtype, ranks 0 to 3, empty axes, every axis (and out-of-range ones), keepdims, transposed inputs,
 * repeated and decreasing reduceat indices, and NumPy's errors.
 */
class UfuncMethodsOracleTest {
    private static final String[] NAMES = {"add", "subtract", "multiply", "maximum", "minimum", "fmax", "fmin", "divide",
            "bitwise_and", "bitwise_or", "bitwise_xor"};
    private static final long[][] SHAPES = {{}, {5}, {0}, {3, 4}, {0, 3}, {3, 0}, {2, 3, 4}};

    /** The Ufunc constant of a NumPy ufunc name (ScattersOracleTest uses it too). */
    static Ufunc ufunc(String name) {
        return switch (name) {
            case "add" -> Ufunc.ADD;
            case "subtract" -> Ufunc.SUBTRACT;
            case "multiply" -> Ufunc.MULTIPLY;
            case "maximum" -> Ufunc.MAXIMUM;
            case "minimum" -> Ufunc.MINIMUM;
            case "fmax" -> Ufunc.FMAX;
            case "fmin" -> Ufunc.FMIN;
            case "divide" -> Ufunc.DIVIDE;
            case "bitwise_and" -> Ufunc.BITWISE_AND;
            case "bitwise_or" -> Ufunc.BITWISE_OR;
            default -> Ufunc.BITWISE_XOR;
        };
    }

    @Test
    void reduceAccumulateOuterAndReduceat() {
        Random rnd = new Random(61);
        OracleCases cases = new OracleCases().tolerances(1e-5, 1e-6, 1e-12, 1e-12);
        for (DType dt : DType.values())
            for (long[] sh : SHAPES) {
                NDArray a0 = random(rnd, dt, sh);
                NDArray[] as = sh.length >= 2 && a0.size() > 0 ? new NDArray[] {a0, a0.T()} : new NDArray[] {a0};
                for (NDArray a : as)
                    for (String name : NAMES) {
                        Ufunc u = ufunc(name);
                        String d = name + " " + dt + Arrays.toString(a.shape()) + (a.isContiguous() ? "" : "T");
                        cases.add(d + " reduce", "out = np.asarray(np." + name + ".reduce(a))", () -> u.reduce(a), "a", a);
                        cases.add(d + " reduce all", "out = np.asarray(np." + name + ".reduce(a, axis=None))", () -> u.reduce(a, null, false), "a", a);
                        for (int ax = -a.ndim() - 1; ax <= a.ndim(); ax++) {
                            int axis = ax;
                            cases.add(d + " reduce axis " + ax, "out = np.asarray(np." + name + ".reduce(a, axis=" + ax + "))",
                                    () -> u.reduce(a, axis), "a", a);
                            cases.add(d + " reduce keepdims axis " + ax, "out = np.asarray(np." + name + ".reduce(a, axis=" + ax + ", keepdims=True))",
                                    () -> u.reduce(a, axis, true), "a", a);
                            cases.add(d + " accumulate axis " + ax, "out = np." + name + ".accumulate(a, axis=" + ax + ")",
                                    () -> u.accumulate(a, axis), "a", a);
                        }
                        if (a.ndim() >= 2)
                            cases.add(d + " reduce (0, -1)", "out = np.asarray(np." + name + ".reduce(a, axis=(0, -1)))",
                                    () -> u.reduce(a, new int[] {0, -1}, false), "a", a);
                        cases.add(d + " accumulate", "out = np." + name + ".accumulate(a)", () -> u.accumulate(a), "a", a);
                        NDArray b = random(rnd, dt, 3);
                        cases.add(d + " outer", "out = np." + name + ".outer(a, b)", () -> u.outer(a, b), "a", a, "b", b);
                        if (a.ndim() >= 1 && a.shape()[0] > 0) {
                            long n = a.shape()[0];
                            long[] idx = {0, n - 1, n / 2, n / 2, 0};
                            String pi = Arrays.toString(idx);
                            cases.add(d + " reduceat " + pi, "out = np." + name + ".reduceat(a, " + pi + ")", () -> u.reduceat(a, idx), "a", a);
                            long[] bad = {0, n};
                            cases.add(d + " reduceat out of bounds", "out = np." + name + ".reduceat(a, " + Arrays.toString(bad) + ")",
                                    () -> u.reduceat(a, bad), "a", a);
                            if (a.ndim() >= 2 && a.shape()[1] > 0) {
                                long[] idx1 = {a.shape()[1] - 1, 0};
                                cases.add(d + " reduceat axis 1", "out = np." + name + ".reduceat(a, " + Arrays.toString(idx1) + ", axis=1)",
                                        () -> u.reduceat(a, idx1, 1), "a", a);
                            }
                        }
                    }
            }
        cases.run();
        assertTrue(cases.size() > 3000, "cases: " + cases.size());
    }

    @Test
    void cumulativeWithIncludeInitial() {
        Random rnd = new Random(62);
        OracleCases cases = new OracleCases();
        for (DType dt : DType.values())
            for (long[] sh : SHAPES) {
                NDArray a = random(rnd, dt, sh);
                String d = dt + Arrays.toString(sh);
                for (boolean init : new boolean[] {false, true}) {
                    String py = init ? "True" : "False";
                    cases.add("cumulative_sum " + init + " " + d, "out = np.cumulative_sum(a, include_initial=" + py + ")",
                            () -> cumulativeSum(a, null, init), "a", a);
                    cases.add("cumulative_prod " + init + " " + d, "out = np.cumulative_prod(a, include_initial=" + py + ")",
                            () -> cumulativeProd(a, null, init), "a", a);
                    for (int ax = -a.ndim() - 1; ax <= a.ndim(); ax++) {
                        int axis = ax;
                        cases.add("cumsum axis " + ax + " " + init + " " + d, "out = np.cumulative_sum(a, axis=" + ax + ", include_initial=" + py + ")",
                                () -> cumsum(a, axis, init), "a", a);
                        cases.add("cumprod axis " + ax + " " + init + " " + d, "out = np.cumulative_prod(a, axis=" + ax + ", include_initial=" + py + ")",
                                () -> cumprod(a, axis, init), "a", a);
                    }
                }
            }
        cases.run();
    }
}
