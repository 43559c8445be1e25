package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.numj.linalg.EigResult;
import dev.numj.linalg.Linalg;

/**
 * tensordot, vecdot, kron, mT / matrix_transpose, cross, matrix_power, eigvals, eigvalsh and cond against
 * NumPy: every dtype (NumPy's result dtype), batch and broadcast shapes, empty and 0-d operands where NumPy
 * allows them, transposed views, and NumPy's errors with their texts.
 */
class LinalgProductsOracleTest {
    static final DType[] DTYPES = {DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32, DType.BOOL};

    static String d(NDArray a) { return a.dtype() + Arrays.toString(a.shape()); }

    static String py(int[] v) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) b.append(i > 0 ? ", " : "").append(v[i]);
        return b.append(']').toString();
    }

    @Test
    void tensordotAxesAndErrors() {
        Random rnd = new Random(1411);
        OracleCases c = new OracleCases().tolerances(1e-5, 1e-5, 1e-10, 1e-11);
        long[][][] shapes = {{{2, 3, 4}, {3, 4, 5}}, {{3, 4}, {3, 4}}, {{4}, {4}}, {{2, 3}, {3, 2}}, {{2, 0, 3}, {0, 3, 2}}, {{}, {2, 3}}};
        for (long[][] s : shapes)
            for (DType dt : DTYPES) {
                NDArray a = random(rnd, dt, s[0]), b = random(rnd, dt, s[1]);
                for (int n = -1; n <= 3; n++) {
                    int axes = n;
                    c.add("tensordot " + n + " " + d(a) + " " + d(b), "out = np.tensordot(a, b, " + n + ")", () -> tensordot(a, b, axes), "a", a, "b", b);
                }
                c.add("tensordot default " + d(a) + " " + d(b), "out = np.tensordot(a, b)", () -> tensordot(a, b), "a", a, "b", b);
            }
        NDArray a = random(rnd, DType.FLOAT64, 3, 4, 5), b = random(rnd, DType.FLOAT32, 4, 3, 2), t = random(rnd, DType.INT32, 5, 4, 3).T();
        int[][][] pairs = {{{1, 0}, {0, 1}}, {{0}, {1}}, {{-2, -3}, {0, 1}}, {{}, {}}, {{1}, {0}}, {{0, 1}, {1}}, {{1, 1}, {0, 0}}, {{7}, {0}},
                {{0}, {7}}, {{2}, {0}}, {{1, -2}, {0, 2}}, {{0, 1, 2}, {1, 0, 2}}};
        for (int[][] p : pairs) {
            String code = "out = np.tensordot(a, b, (" + py(p[0]) + ", " + py(p[1]) + "))";
            c.add("tensordot axes " + code, code, () -> NumJ.tensordot(a, b, p[0], p[1]), "a", a, "b", b);
            c.add("tensordot transposed " + code, code, () -> Linalg.tensordot(t, b, p[0], p[1]), "a", t, "b", b);
        }
        for (long[][] s : new long[][][] {{{1}, {1}}, {{1}, {3}}, {{1, 1}, {1}}, {{3}, {1, 1}}}) {
            NDArray x = full(FLOAT64, s[0], -1.0), y = zeros(s[1]);
            c.addExact("tensordot signed zeros " + d(x) + " " + d(y), "out = np.tensordot(a, b, 0)", () -> tensordot(x, y, 0), "a", x, "b", y);
        }
        // NumPy's dot takes a one-element matrix for a scalar: BLAS axpy into zeros, skipped for a zero scalar
        NDArray zero1 = array(0.0), infs = array(2.32, Double.POSITIVE_INFINITY, -6.27), two1 = array(FLOAT32, new float[] {2f});
        c.addExact("tensordot 0 * inf", "out = np.tensordot(a, b, 0)", () -> tensordot(zero1, infs, 0), "a", zero1, "b", infs);
        c.addExact("tensordot inf * 0", "out = np.tensordot(a, b, 0)", () -> tensordot(infs, zero1, 0), "a", infs, "b", zero1);
        c.addExact("tensordot scalar", "out = np.tensordot(a, b, 0)", () -> tensordot(two1, infs, 0), "a", two1, "b", infs);
        c.add("tensordot too many axes", "out = np.tensordot(a, b, 5)", () -> tensordot(a, b, 5), "a", a, "b", b);
        NDArray b5 = random(rnd, DType.FLOAT32, 5, 6);
        c.add("linalg.tensordot", "out = np.linalg.tensordot(a, b, axes=1)", () -> Linalg.tensordot(a, b5, 1), "a", a, "b", b5);
        c.run();
    }

    @Test
    void vecdotAxesAndBroadcasting() {
        Random rnd = new Random(1412);
        OracleCases c = new OracleCases().tolerances(1e-5, 1e-5, 1e-10, 1e-11);
        long[][][] shapes = {{{3}, {3}}, {{2, 3}, {3}}, {{4, 1, 3}, {5, 3}}, {{0, 3}, {3}}, {{2, 0}, {2, 0}}, {{300, 4}, {300, 4}}, {{2, 500}, {500}}};
        for (long[][] s : shapes)
            for (DType x : DTYPES)
                for (DType y : new DType[] {x, DType.FLOAT64, DType.INT32}) {
                    NDArray a = random(rnd, x, s[0]), b = random(rnd, y, s[1]);
                    c.add("vecdot " + d(a) + " " + d(b), "out = np.asarray(np.vecdot(a, b))", () -> NumJ.vecdot(a, b), "a", a, "b", b);
                    c.add("linalg.vecdot " + d(a) + " " + d(b), "out = np.asarray(np.linalg.vecdot(a, b))", () -> Linalg.vecdot(a, b), "a", a, "b", b);
                }
        NDArray a = random(rnd, DType.FLOAT64, 3, 4), b = random(rnd, DType.FLOAT64, 3, 4).T(), s = random(rnd, DType.FLOAT64, 3);
        for (int ax = -3; ax < 3; ax++) {
            int axis = ax;
            String code = "out = np.asarray(np.vecdot(a, b, axis=" + ax + "))";
            c.add("vecdot axis " + ax, code, () -> NumJ.vecdot(a, a, axis), "a", a, "b", a);
            c.add("vecdot axis mismatch " + ax, code, () -> Linalg.vecdot(a, b, axis), "a", a, "b", b);
            c.add("vecdot axis 1-D " + ax, code, () -> NumJ.vecdot(a, s, axis), "a", a, "b", s);
        }
        NDArray z = array(2.0).reshape(new long[0]);
        c.add("vecdot 0-d a", "out = np.vecdot(a, b)", () -> NumJ.vecdot(z, s), "a", z, "b", s);
        c.add("vecdot 0-d b", "out = np.vecdot(a, b)", () -> NumJ.vecdot(s, z), "a", s, "b", z);
        c.add("vecdot 0-d b, axis", "out = np.vecdot(a, b, axis=0)", () -> NumJ.vecdot(a, z, 0), "a", a, "b", z);
        c.add("vecdot core mismatch", "out = np.vecdot(a, b)", () -> NumJ.vecdot(a, ones(3)), "a", a, "b", ones(3));
        c.add("vecdot batch mismatch", "out = np.vecdot(a, b)", () -> NumJ.vecdot(a, ones(2, 4)), "a", a, "b", ones(2, 4));
        c.add("vecdot batch mismatch 3-D", "out = np.vecdot(a, b)", () -> NumJ.vecdot(ones(2, 3, 4), ones(5, 1, 4)), "a", ones(2, 3, 4), "b", ones(5, 1, 4));
        c.add("vecdot special", "out = np.vecdot(a, b)", () -> NumJ.vecdot(array(Double.NaN, 1.0, Double.POSITIVE_INFINITY), array(1.0, 0.0, -1.0)),
                "a", array(Double.NaN, 1.0, Double.POSITIVE_INFINITY), "b", array(1.0, 0.0, -1.0));
        c.run();
    }

    @Test
    void kronAndMatrixTranspose() {
        Random rnd = new Random(1413);
        OracleCases c = new OracleCases();
        long[][][] shapes = {{{2}, {3}}, {{2, 2}, {3, 3}}, {{2, 3}, {4}}, {{3}, {2, 2}}, {{2, 1, 3}, {2, 2}}, {{}, {3}}, {{2, 2}, {}}, {{}, {}},
                {{0, 2}, {3, 3}}, {{2, 2}, {0}}};
        for (long[][] s : shapes)
            for (DType x : DTYPES)
                for (DType y : new DType[] {x, DType.FLOAT32, DType.INT64}) {
                    NDArray a = random(rnd, x, s[0]), b = random(rnd, y, s[1]);
                    c.add("kron " + d(a) + " " + d(b), "out = np.kron(a, b)", () -> NumJ.kron(a, b), "a", a, "b", b);
                }
        NDArray t = random(rnd, DType.INT32, 3, 4).T();
        c.add("kron transposed", "out = np.kron(a, b)", () -> Linalg.kron(t, t), "a", t, "b", t);
        for (long[] s : new long[][] {{2, 3}, {4, 2, 3}, {2, 1, 0, 3}, {3}, {}}) {
            NDArray a = random(rnd, DType.FLOAT64, s);
            c.add("mT " + d(a), "out = a.mT", () -> a.mT(), "a", a);
            c.add("matrix_transpose " + d(a), "out = np.matrix_transpose(a)", () -> matrixTranspose(a), "a", a);
            c.add("linalg.matrix_transpose " + d(a), "out = np.linalg.matrix_transpose(a)", () -> Linalg.matrixTranspose(a), "a", a);
        }
        c.run();
        NDArray x = arange(24.0).reshape(2, 3, 4);
        assertTrue(x.mT().sharesMemory(x));
        assertArrayEquals(new long[] {2, 4, 3}, x.mT().shape());
    }

    @Test
    void crossVectorsAndAxes() {
        Random rnd = new Random(1414);
        OracleCases c = new OracleCases().tolerances(1e-5, 1e-5, 1e-10, 1e-11);
        String warn = "import warnings\nwarnings.simplefilter('ignore', DeprecationWarning)\n";
        long[][][] shapes = {{{3}, {3}}, {{2}, {3}}, {{3}, {2}}, {{2}, {2}}, {{4, 3}, {3}}, {{4, 1, 3}, {5, 3}}, {{4, 2}, {4, 3}}, {{0, 3}, {3}},
                {{2, 2}, {2}}, {{4}, {3}}, {{2, 3}, {3, 3}}};
        for (long[][] s : shapes)
            for (DType x : DTYPES)
                for (DType y : new DType[] {x, DType.FLOAT64}) {
                    NDArray a = random(rnd, x, s[0]), b = random(rnd, y, s[1]);
                    c.add("cross " + d(a) + " " + d(b), warn + "out = np.asarray(np.cross(a, b))", () -> NumJ.cross(a, b), "a", a, "b", b);
                    c.add("linalg.cross " + d(a) + " " + d(b), "out = np.linalg.cross(a, b)", () -> Linalg.cross(a, b), "a", a, "b", b);
                }
        NDArray p = random(rnd, DType.FLOAT64, 3, 4), q = random(rnd, DType.FLOAT64, 4, 3), r = random(rnd, DType.FLOAT64, 2, 3, 5);
        int[][] axes = {{0, -1, 0}, {0, 1, -1}, {-2, 1, 1}, {0, -1, 1}, {2, -1, 0}, {0, 2, 0}, {0, -1, 2}, {0, -1, -3}};
        for (int[] ax : axes) {
            String code = "out = np.cross(a, b, axisa=" + ax[0] + ", axisb=" + ax[1] + ", axisc=" + ax[2] + ")";
            c.add("cross axes " + Arrays.toString(ax), code, () -> NumJ.cross(p, q, ax[0], ax[1], ax[2]), "a", p, "b", q);
        }
        c.add("cross axis 0", "out = np.cross(a, b, axis=0)", () -> NumJ.cross(p, p, 0), "a", p, "b", p);
        c.add("cross axis 1 3-D", "out = np.cross(a, b, axis=1)", () -> NumJ.cross(r, r, 1), "a", r, "b", r);
        c.add("linalg.cross axis 0", "out = np.linalg.cross(a, b, axis=0)", () -> Linalg.cross(p, p, 0), "a", p, "b", p);
        c.add("linalg.cross axis 5", "out = np.linalg.cross(a, b, axis=5)", () -> Linalg.cross(p, p, 5), "a", p, "b", p);
        c.add("linalg.cross axis -1 mismatch", "out = np.linalg.cross(a, b, axis=-1)", () -> Linalg.cross(p, q, -1), "a", p, "b", q);
        NDArray z = array(1.0).reshape(new long[0]), v2 = random(rnd, DType.FLOAT64, 2);
        c.add("cross 0-d", "out = np.cross(a, b)", () -> NumJ.cross(z, p), "a", z, "b", p);
        c.add("cross 2x2 axisc ignored", warn + "out = np.asarray(np.cross(a, b, axisc=5))", () -> NumJ.cross(v2, v2, -1, -1, 5), "a", v2, "b", v2);
        c.run();
    }

    @Test
    void matrixPowerEveryExponent() {
        Random rnd = new Random(1415);
        OracleCases c = new OracleCases().tolerances(1e-4, 1e-4, 1e-9, 1e-10);
        for (DType dt : DTYPES)
            for (long[] s : new long[][] {{3, 3}, {2, 2, 2}, {1, 1}, {0, 0}, {2, 0, 0}}) {
                NDArray a = dt.isFloating() ? LinalgOracleTest.wellConditioned(rnd, dt, s).div(4.0).astype(dt) : random(rnd, dt, s);
                for (long n : new long[] {0, 1, 2, 3, 4, 5, 10, -1, -2, -3}) {
                    if (n < 0 && !dt.isFloating()) continue;
                    c.add("matrix_power " + n + " " + d(a), "out = np.linalg.matrix_power(a, " + n + ")", () -> Linalg.matrixPower(a, n), "a", a);
                }
            }
        NDArray ints = array(new long[][] {{2, 1}, {1, 1}});
        c.add("matrix_power int inverse", "out = np.linalg.matrix_power(a, -3)", () -> Linalg.matrixPower(ints, -3), "a", ints);
        NDArray sing = array(new double[][] {{1, 2}, {2, 4}});
        c.add("matrix_power singular", "out = np.linalg.matrix_power(a, -1)", () -> Linalg.matrixPower(sing, -1), "a", sing);
        c.add("matrix_power 1-D", "out = np.linalg.matrix_power(a, 2)", () -> Linalg.matrixPower(ones(3), 2), "a", ones(3));
        c.add("matrix_power rectangular", "out = np.linalg.matrix_power(a, 2)", () -> Linalg.matrixPower(ones(2, 3), 2), "a", ones(2, 3));
        NDArray t = random(rnd, DType.FLOAT64, 4, 4).T();
        c.add("matrix_power transposed", "out = np.linalg.matrix_power(a, 7)", () -> Linalg.matrixPower(t, 7), "a", t);
        c.run();
        NDArray m = eye(3);
        assertSame(m, Linalg.matrixPower(m, 1));
    }

    @Test
    void eigvalsAndEigvalsh() {
        Random rnd = new Random(1416);
        OracleCases c = new OracleCases().tolerances(2e-5, 2e-5, 1e-9, 1e-11);
        for (NDArray a : LinalgOracleTest.squares(rnd, false)) {
            c.add("eigvals real " + d(a), "out = np.linalg.eigvals(a).real", () -> Linalg.eigvals(a).eigenvalues(), "a", a);
            c.add("eigvals imag " + d(a), "out = np.linalg.eigvals(a).imag", () -> Linalg.eigvals(a).eigenvaluesImag(), "a", a);
        }
        for (NDArray a : new NDArray[] {random(rnd, DType.FLOAT64, 5, 5), random(rnd, DType.FLOAT32, 2, 4, 4), array(new double[][] {{0, -1}, {1, 0}}),
                random(rnd, DType.INT32, 3, 3), array(new boolean[][] {{true, false}, {true, true}})}) {
            c.add("eigvals real " + d(a), "out = np.linalg.eigvals(a).real", () -> Linalg.eigvals(a).eigenvalues(), "a", a);
            c.add("eigvals imag " + d(a), "out = np.linalg.eigvals(a).imag", () -> Linalg.eigvals(a).eigenvaluesImag(), "a", a);
            c.add("eigvals is real " + d(a), "out = np.array(not np.iscomplexobj(np.linalg.eigvals(a)))",
                    () -> array(Linalg.eigvals(a).isReal()).reshape(new long[0]), "a", a);
        }
        for (NDArray a : LinalgOracleTest.squares(rnd, true)) {
            c.add("eigvalsh " + d(a), "out = np.linalg.eigvalsh(a)", () -> Linalg.eigvalsh(a), "a", a);
            c.add("eigvalsh U " + d(a), "out = np.linalg.eigvalsh(a, 'U')", () -> Linalg.eigvalsh(a, "U"), "a", a);
        }
        NDArray lopsided = array(new double[][] {{2, 100}, {1, 2}});
        c.add("eigvalsh lower", "out = np.linalg.eigvalsh(a)", () -> Linalg.eigvalsh(lopsided), "a", lopsided);
        c.add("eigvalsh upper", "out = np.linalg.eigvalsh(a, UPLO='u')", () -> Linalg.eigvalsh(lopsided, "u"), "a", lopsided);
        NDArray nan = array(new double[][] {{Double.NaN, 1}, {1, 1}});
        for (NDArray bad : new NDArray[] {ones(3), ones(2, 3), array(1.0).reshape(new long[0]), nan}) {
            c.add("eigvals " + bad.repr(), "out = np.linalg.eigvals(a).real", () -> Linalg.eigvals(bad).eigenvalues(), "a", bad);
            if (bad != nan) c.add("eigvalsh " + bad.repr(), "out = np.linalg.eigvalsh(a)", () -> Linalg.eigvalsh(bad), "a", bad);
        }
        c.add("eigvalsh bad UPLO", "out = np.linalg.eigvalsh(a, 'X')", () -> Linalg.eigvalsh(eye(2), "X"), "a", eye(2));
        c.run();
        EigResult r = Linalg.eigvals(eye(2));
        assertNull(r.eigenvectors());
        assertNull(r.eigenvectorsImag());
    }

    @Test
    void condEveryOrder() {
        Random rnd = new Random(1417);
        OracleCases c = new OracleCases().tolerances(1e-4, 1e-4, 1e-8, 1e-10);
        String[] ords = {"None", "2", "-2", "1", "-1", "np.inf", "-np.inf", "'fro'", "'nuc'"};
        java.util.List<NDArray> inputs = new java.util.ArrayList<>(LinalgOracleTest.squares(rnd, false));
        inputs.add(array(new double[][] {{1, 2}, {2, 4}}));                       // singular: inf
        inputs.add(zeros(2, 2));
        inputs.add(stack(java.util.List.of(eye(2), array(new double[][] {{1, 2}, {2, 4}}))));
        inputs.add(random(rnd, DType.INT32, 3, 3).add(eye(INT32, 3).mul(10L)));
        inputs.add(array(new boolean[][] {{true, false}, {true, true}}));
        inputs.add(LinalgOracleTest.hilbert(6));
        inputs.add(random(rnd, DType.FLOAT64, 4, 4).T());
        for (NDArray a : inputs)
            for (String o : ords)
                c.add("cond " + d(a) + " " + o, "out = np.asarray(np.linalg.cond(a, " + o + "))", () -> condOf(a, o), "a", a);
        NDArray rect = random(rnd, DType.FLOAT64, 3, 5), nan = array(new double[][] {{Double.NaN, 1}, {1, 1}});
        for (String o : ords) {
            c.add("cond rectangular " + o, "out = np.asarray(np.linalg.cond(a, " + o + "))", () -> condOf(rect, o), "a", rect);
            c.add("cond NaN " + o, "out = np.asarray(np.linalg.cond(a, " + o + "))", () -> condOf(nan, o), "a", nan);
            for (long[] s : new long[][] {{0, 0}, {3, 0, 0}, {0, 2, 2}, {0}, {3}, {2, 0}})
                c.add("cond " + Arrays.toString(s) + " " + o, "out = np.asarray(np.linalg.cond(a, " + o + "))", () -> condOf(zeros(s), o), "a", zeros(s));
        }
        c.add("cond ord 3", "out = np.linalg.cond(a, 3)", () -> Linalg.cond(eye(2), 3), "a", eye(2));
        c.add("cond ord 'bad'", "out = np.linalg.cond(a, 'bad')", () -> Linalg.cond(eye(2), "bad"), "a", eye(2));
        c.run();
        assertEquals(1000.0, Linalg.cond(array(new double[][] {{1, 0}, {0, 1e-3}})).item(), 1e-9);
    }

    static NDArray condOf(NDArray a, String ord) {
        return switch (ord) {
            case "None" -> Linalg.cond(a);
            case "'fro'" -> Linalg.cond(a, "fro");
            case "'nuc'" -> Linalg.cond(a, "nuc");
            case "np.inf" -> Linalg.cond(a, Double.POSITIVE_INFINITY);
            case "-np.inf" -> Linalg.cond(a, Double.NEGATIVE_INFINITY);
            default -> Linalg.cond(a, Double.parseDouble(ord));
        };
    }
}
