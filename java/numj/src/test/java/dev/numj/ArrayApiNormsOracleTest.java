package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import dev.numj.linalg.Linalg;

/**
 * The Array API's norms, {@code Linalg.vectorNorm} and {@code Linalg.matrixNorm}, against NumPy's
 * {@code np.linalg.vector_norm} and {@code np.linalg.matrix_norm}: every dtype (NumPy's result dtype: float32 stays,
 * the rest give float64), 0-d, empty, batched, transposed and strided inputs, every order (any double for vectors,
 * the eight matrix orders and 'f'), axes None, one, several, none and negative, keepdims, special values, and
 * NumPy's errors with their texts.
 */
class ArrayApiNormsOracleTest {
    static final double INF = Double.POSITIVE_INFINITY;

    static String d(NDArray a) { return a.dtype() + Arrays.toString(a.shape()); }

    static String py(double ord) {
        if (Double.isNaN(ord)) return "np.nan";
        if (Double.isInfinite(ord)) return ord > 0 ? "np.inf" : "-np.inf";
        return Double.toString(ord);
    }

    static String py(int[] axes) {
        if (axes == null) return "None";
        StringBuilder b = new StringBuilder("(");
        for (int a : axes) b.append(a).append(", ");
        return b.append(')').toString();
    }

    static String py(boolean b) { return b ? "True" : "False"; }

    @Test
    void vectorNormEveryDtypeShapeAndOrder() {
        Random rnd = new Random(1501);
        OracleCases c = new OracleCases().tolerances(2e-5, 2e-6, 1e-10, 1e-12);
        double[] ords = {2, 1, INF, -INF, 0, 3, 0.5, -1, -3, 2.5};
        List<NDArray> inputs = new ArrayList<>();
        for (DType dt : DType.values()) {
            inputs.add(random(rnd, dt, 7));
            inputs.add(random(rnd, dt, 3, 4));
        }
        inputs.add(array(2.5).reshape(new long[0]));
        inputs.add(array(DType.INT32, new int[] {-3}).reshape(new long[0]));
        inputs.add(zeros(0));
        inputs.add(zeros(FLOAT32, 2, 0, 3));
        inputs.add(random(rnd, FLOAT64, 5, 4).T());
        inputs.add(random(rnd, FLOAT32, 200).get("::3"));
        inputs.add(array(Double.NaN, 1.0, -2.0));
        inputs.add(array(INF, -1.0, 0.0));
        inputs.add(array(-0.0, 0.0, -0.0));
        for (NDArray x : inputs) {
            c.add("vector_norm default " + d(x), "out = np.asarray(np.linalg.vector_norm(a))", () -> Linalg.vectorNorm(x), "a", x);
            for (double o : ords)
                c.add("vector_norm ord " + o + " " + d(x), "out = np.asarray(np.linalg.vector_norm(a, ord=" + py(o) + "))",
                        () -> Linalg.vectorNorm(x, o), "a", x);
            for (boolean keep : new boolean[] {false, true})
                c.add("vector_norm keepdims " + keep + " " + d(x), "out = np.asarray(np.linalg.vector_norm(a, keepdims=" + py(keep) + "))",
                        () -> Linalg.vectorNorm(x, 2, null, keep), "a", x);
        }
        NDArray nanOrd = array(1.0, 2.0, 0.0);
        c.add("vector_norm ord nan", "out = np.asarray(np.linalg.vector_norm(a, ord=np.nan))", () -> Linalg.vectorNorm(nanOrd, Double.NaN), "a", nanOrd);
        c.run();
    }

    @Test
    void vectorNormAxesKeepdimsAndErrors() {
        Random rnd = new Random(1502);
        OracleCases c = new OracleCases().tolerances(2e-5, 2e-6, 1e-10, 1e-12);
        double[] ords = {2, 1, INF, -INF, 0, 3, -1};
        int[][] axes = {null, {0}, {1}, {-1}, {0, 2}, {2, 0}, {-1, -3}, {0, 1, 2}, {1, 2}, {}, {2, -2}};
        NDArray x = random(rnd, FLOAT64, 3, 4, 5);
        List<NDArray> inputs = List.of(x, x.astype(FLOAT32), random(rnd, INT32, 2, 3, 4), random(rnd, BOOL, 2, 1, 3), x.transpose(2, 0, 1),
                random(rnd, FLOAT64, 4, 6, 4).get("::2, ::2, 1:"), zeros(2, 0, 3));
        for (NDArray t : inputs)
            for (int[] ax : axes)
                for (double o : ords)
                    for (boolean keep : new boolean[] {false, true}) {
                        String code = "out = np.asarray(np.linalg.vector_norm(a, axis=" + py(ax) + ", keepdims=" + py(keep) + ", ord=" + py(o) + "))";
                        c.add("vector_norm " + d(t) + " " + code, code, () -> Linalg.vectorNorm(t, o, ax, keep), "a", t);
                    }
        NDArray m = ones(2, 3), v = ones(3), e = zeros(0, 3);
        int[][] bad = {{2}, {-3}, {0, 2}, {0, 0}, {1, -1}, {0, 1, 0}};
        for (int[] ax : bad) {
            String code = "out = np.linalg.vector_norm(a, axis=" + py(ax) + ")";
            c.add("vector_norm bad axes " + code, code, () -> Linalg.vectorNorm(m, 2, ax, false), "a", m);
        }
        c.add("vector_norm 1-D axis 1", "out = np.linalg.vector_norm(a, axis=(1,))", () -> Linalg.vectorNorm(v, 2, new int[] {1}, false), "a", v);
        c.add("vector_norm empty axis -inf", "out = np.linalg.vector_norm(a, axis=(0,), ord=-np.inf)",
                () -> Linalg.vectorNorm(e, -INF, new int[] {0}, false), "a", e);
        c.add("vector_norm empty -inf", "out = np.linalg.vector_norm(a, ord=-np.inf)", () -> Linalg.vectorNorm(e, -INF), "a", e);
        c.add("vector_norm empty inf", "out = np.asarray(np.linalg.vector_norm(a, ord=np.inf))", () -> Linalg.vectorNorm(e, INF), "a", e);
        c.run();
        int[] ax = {1, 0};
        Linalg.vectorNorm(m, 2, ax, true);
        assertArrayEquals(new int[] {1, 0}, ax);
        assertArrayEquals(new long[] {1, 1}, Linalg.vectorNorm(m, 2, ax, true).shape());
    }

    @Test
    void matrixNormEveryOrderDtypeAndShape() {
        Random rnd = new Random(1503);
        OracleCases c = new OracleCases().tolerances(1e-4, 1e-5, 1e-9, 1e-11);
        String[] ords = {"None", "'fro'", "'f'", "'nuc'", "1", "-1", "2", "-2", "np.inf", "-np.inf"};
        List<NDArray> inputs = new ArrayList<>();
        for (DType dt : DType.values()) {
            inputs.add(random(rnd, dt, 4, 6));
            inputs.add(random(rnd, dt, 2, 3, 3));
        }
        inputs.add(random(rnd, FLOAT64, 50, 30).T());
        inputs.add(random(rnd, FLOAT32, 3, 8, 5).get(":, ::2, ::-1"));
        inputs.add(random(rnd, FLOAT64, 1, 1));
        inputs.add(zeros(3, 0));
        inputs.add(zeros(0, 0));
        inputs.add(zeros(2, 0, 3));
        inputs.add(zeros(0, 2, 2));
        inputs.add(array(new double[][] {{Double.NaN, 1}, {2, 3}}));
        inputs.add(array(new double[][] {{INF, 1}, {2, -3}}));
        for (NDArray x : inputs)
            for (String o : ords)
                for (boolean keep : new boolean[] {false, true}) {
                    String code = "out = np.asarray(np.linalg.matrix_norm(a, keepdims=" + py(keep) + ", ord=" + o + "))";
                    c.add("matrix_norm " + d(x) + " " + code, code, () -> matrixNorm(x, o, keep), "a", x);
                }
        for (NDArray x : inputs.subList(0, 4)) {
            c.add("matrix_norm default " + d(x), "out = np.asarray(np.linalg.matrix_norm(a))", () -> Linalg.matrixNorm(x), "a", x);
            c.add("matrix_norm nuc " + d(x), "out = np.asarray(np.linalg.matrix_norm(a, ord='nuc'))", () -> Linalg.matrixNorm(x, "nuc"), "a", x);
            c.add("matrix_norm 2 " + d(x), "out = np.asarray(np.linalg.matrix_norm(a, ord=2))", () -> Linalg.matrixNorm(x, 2), "a", x);
        }
        NDArray v = ones(3), s = array(1.0).reshape(new long[0]), m = ones(2, 2);
        c.add("matrix_norm 1-D", "out = np.linalg.matrix_norm(a)", () -> Linalg.matrixNorm(v), "a", v);
        c.add("matrix_norm 0-d", "out = np.linalg.matrix_norm(a, ord=1)", () -> Linalg.matrixNorm(s, 1), "a", s);
        for (String o : new String[] {"3", "0", "0.5", "-3"})
            c.add("matrix_norm ord " + o, "out = np.linalg.matrix_norm(a, ord=" + o + ")", () -> Linalg.matrixNorm(m, Double.parseDouble(o)), "a", m);
        c.add("matrix_norm ord nan", "out = np.linalg.matrix_norm(a, ord=np.nan)", () -> Linalg.matrixNorm(m, Double.NaN), "a", m);
        c.add("matrix_norm ord 'bad'", "out = np.linalg.matrix_norm(a, ord='bad')", () -> Linalg.matrixNorm(m, "bad"), "a", m);
        c.add("matrix_norm ord 'bad' keepdims", "out = np.linalg.matrix_norm(a, keepdims=True, ord='bad')", () -> Linalg.matrixNorm(m, "bad", true), "a", m);
        c.run();
        assertEquals(FLOAT64, Linalg.matrixNorm(eye(INT32, 2)).dtype());
        assertArrayEquals(new long[] {4, 1, 1}, Linalg.matrixNorm(zeros(4, 2, 3), 1, true).shape());
    }

    /** Linalg.matrixNorm with NumPy's spelling of the order. */
    static NDArray matrixNorm(NDArray a, String ord, boolean keep) {
        return switch (ord) {
            case "None" -> Linalg.matrixNorm(a, (String) null, keep);
            case "'fro'" -> Linalg.matrixNorm(a, "fro", keep);
            case "'f'" -> Linalg.matrixNorm(a, "f", keep);
            case "'nuc'" -> Linalg.matrixNorm(a, "nuc", keep);
            case "np.inf" -> Linalg.matrixNorm(a, INF, keep);
            case "-np.inf" -> Linalg.matrixNorm(a, -INF, keep);
            default -> Linalg.matrixNorm(a, Double.parseDouble(ord), keep);
        };
    }
}
