package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.random;
import static dev.numj.random.Random.*;

/**
 * Regression tests for the differences from NumPy that the differential fuzzer
 * ({@code dev.numj.fuzz.DifferentialFuzzTest}) found, each against NumPy: error texts that name every
 * operand of {@code np.where} and of in-place ops, NumPy's reshape-error spelling, setitem through the
 * string index (scalar conversion, value broadcasting, single-element assignment, a bool element taking
 * a one-element array's truth), {@code np.take} on 0-d arrays and empty axes, the order of axis checks,
 * empty integer powers, bool floor-divide of shapes that do not broadcast, signed zeros (maximum and
 * minimum ties, max/min reductions, sign, {@code x ** 0.5}), and boolean assignment into a 0-d array.
 */
class FuzzFoundOracleTest {

    @Test
    void whereAndInPlaceBroadcastErrorsNameEveryOperand() {
        OracleCases c = new OracleCases();
        NDArray cond = array(true, false, true);
        c.add("where 3 shapes", "out = np.where(c, x, y)", () -> where(cond, ones(2), ones(2, 1, 2)),
                "c", cond, "x", ones(2), "y", ones(2, 1, 2));
        c.add("where (2,) (4,1,1) (4,4,4)", "out = np.where(c, x, y)",
                () -> where(array(true, false), zeros(4, 1, 1), zeros(4, 4, 4)),
                "c", array(true, false), "x", zeros(4, 1, 1), "y", zeros(4, 4, 4));
        c.add("where with a scalar branch", "out = np.where(c, x, 1.0)", () -> where(cond, ones(2), 1.0),
                "c", cond, "x", ones(2));
        c.add("where that broadcasts", "out = np.where(c, x, y)", () -> where(cond, ones(2, 1), zeros(3)),
                "c", cond, "x", ones(2, 1), "y", zeros(3));
        c.add("x += (2,) into (3,)", "x = np.ones(3)\nx += np.ones(2)\nout = x", () -> ones(3).addi(ones(2)));
        c.add("x -= (3,3,2,3,3) into (2,3,2,3,3)", "x = np.ones((2,3,2,3,3))\nx -= np.ones((3,3,2,3,3))\nout = x",
                () -> ones(2, 3, 2, 3, 3).subi(ones(3, 3, 2, 3, 3)));
        c.add("x *= (3,4) into (4,): output mismatch", "x = np.ones(4)\nx *= np.ones((3, 4))\nout = x",
                () -> ones(4).muli(ones(3, 4)));
        c.add("x /= (3,) into (1,3)", "x = np.ones((1,3))\nx /= np.ones(3)\nout = x", () -> ones(1, 3).divi(ones(3)));
        c.run();
    }

    @Test
    void reshapeErrorsSpellTheShapeAsNumPyDoes() {
        OracleCases c = new OracleCases();
        long[][] shapes = {{-1, 0}, {0, -1}, {-1, 2, 0, 3}, {-1, 0, 2}, {2, 0, -1}, {0, -1, 1}};
        for (long[] s : shapes)
            c.add("zeros((0,3)).reshape" + java.util.Arrays.toString(s), "out = np.zeros((0, 3)).reshape(" + tuple(s) + ")",
                    () -> zeros(0, 3).reshape(s));
        c.add("arange(6).reshape(-1, 4)", "out = np.arange(6).reshape(-1, 4)", () -> arange(6).reshape(-1L, 4L));
        c.add("arange(6).reshape(4, -1)", "out = np.arange(6).reshape(4, -1)", () -> arange(6).reshape(4L, -1L));
        c.add("arange(6).reshape(5)", "out = np.arange(6).reshape(5)", () -> arange(6).reshape(5L));
        c.add("arange(6).reshape(-1, -1)", "out = np.arange(6).reshape(-1, -1)", () -> arange(6).reshape(-1L, -1L));
        c.run();
    }

    private static String tuple(long[] s) {
        StringBuilder b = new StringBuilder("(");
        for (long v : s) b.append(v).append(", ");
        return b.append(")").toString();
    }

    @Test
    void stringIndexWritesConvertAndBroadcastLikeNumPysSetitem() {
        OracleCases c = new OracleCases();
        // scalars convert as a Python float or int converts, even into an empty selection
        c.add("int64[...] = nan", "x = np.zeros((2, 3), np.int64)\nx[...] = float('nan')\nout = x",
                () -> zeros(INT64, 2, 3).set("...", Double.NaN));
        c.add("int64[0] = inf", "x = np.zeros((2, 3), np.int64)\nx[0] = float('inf')\nout = x",
                () -> zeros(INT64, 2, 3).set("0", Double.POSITIVE_INFINITY));
        c.add("empty int64[:0] = inf", "x = np.zeros((0, 3, 2), np.int64)\nx[:-1:3, -2::1, 1, ...] = float('inf')\nout = x",
                () -> zeros(INT64, 0, 3, 2).set(":-1:3, -2::1, 1, ...", Double.POSITIVE_INFINITY));
        c.add("int32[1:] = 2**40", "x = np.zeros(3, np.int32)\nx[1:] = 2**40\nout = x",
                () -> zeros(INT32, 3).set("1:", 1L << 40));
        c.add("int32[1:] = 2.5e10", "x = np.zeros(3, np.int32)\nx[1:] = 2.5e10\nout = x",
                () -> zeros(INT32, 3).set("1:", 2.5e10));
        c.add("int32[::2] = -7.9 truncates", "x = np.zeros(3, np.int32)\nx[::2] = -7.9\nout = x",
                () -> zeros(INT32, 3).set("::2", -7.9));
        c.add("bool[:] = 7", "x = np.zeros(3, bool)\nx[:] = 7\nout = x", () -> zeros(BOOL, 3).set(":", 7L));
        // values: extra leading length-1 axes are dropped; NumPy's message names the rest
        c.add("x[0] = (1,1,3)", "x = np.zeros((2, 3))\nx[0] = np.arange(3.).reshape(1, 1, 3)\nout = x",
                () -> zeros(2, 3).set("0", arange(3.0).reshape(1, 1, 3)));
        c.add("x[:] = (1,2,3)", "x = np.zeros((2, 3))\nx[:] = np.arange(6.).reshape(1, 2, 3)\nout = x",
                () -> zeros(2, 3).set(":", arange(6.0).reshape(1, 2, 3)));
        c.add("x[:] = (2,2,3)", "x = np.zeros((2, 3))\nx[:] = np.ones((2, 2, 3))\nout = x",
                () -> zeros(2, 3).set(":", ones(2, 2, 3)));
        c.add("x[0] = (1,3,1,1)", "x = np.zeros((2, 3))\nx[0] = np.ones((1, 3, 1, 1))\nout = x",
                () -> zeros(2, 3).set("0", ones(1, 3, 1, 1)));
        c.add("x[0, ...] = (1,1,4)", "x = np.zeros((1, 1, 2))\nx[0, ...] = np.ones((1, 1, 4))\nout = x",
                () -> zeros(1, 1, 2).set("0, ...", ones(1, 1, 4)));
        c.add("x[0, 1, ...] = (3,)", "x = np.zeros((2, 3))\nx[0, 1, ...] = np.ones(3)\nout = x",
                () -> zeros(2, 3).set("0, 1, ...", ones(3)));
        // one element: NumPy refuses any array value that is not 0-d
        c.add("x[0, 1] = (1,1)", "x = np.zeros((2, 3))\nx[0, 1] = np.ones((1, 1))\nout = x",
                () -> zeros(2, 3).set("0, 1", ones(1, 1)));
        c.add("x[-1] = (3,1) on 1-d", "x = np.zeros(1)\nx[-1] = np.zeros((3, 1), bool)\nout = x",
                () -> zeros(1).set("-1", zeros(BOOL, 3, 1)));
        c.add("0-d x[()] = (1,)", "x = np.zeros(())\nx[()] = np.ones(1)\nout = x", () -> zeros(new long[0]).set("", ones(1)));
        c.add("0-d x[()] = 0-d", "x = np.zeros(())\nx[()] = np.array(4.5)\nout = x", () -> zeros(new long[0]).set("", array((Object) 4.5)));
        // ... except a bool element, which takes the truth of any one-element array
        for (DType dt : DType.values())
            for (NDArray v : new NDArray[] {array(5.0), ones(1, 1), array(new boolean[] {false}), array(2.0, 3.0)}) {
                NDArray x = zeros(dt, 2, 2);
                c.add(dt + "[0, 1] = " + v.dtype() + java.util.Arrays.toString(v.shape()), "x[0, 1] = v\nout = x", () -> x.set("0, 1", v),
                        "x", x, "v", v);
            }
        c.add("x[0, 1] = 0-d int", "x = np.zeros((2, 3), np.int64)\nx[0, 1] = np.array(2.5)\nout = x",
                () -> zeros(INT64, 2, 3).set("0, 1", array((Object) 2.5)));
        c.run();
    }

    @Test
    void takeTreatsZeroDimensionalArraysAsShapeOneAndChecksIndicesAsNumPyDoes() {
        OracleCases c = new OracleCases();
        NDArray five = array((Object) 5L), idx = array(0, 0), one = array(INT32, new long[] {1, -2, 0, -2, 1, 0}).reshape(2, 3);
        for (int axis : new int[] {0, -1, 1, -2})
            c.add("take(0-d, axis=" + axis + ")", "out = np.take(a, i, axis=" + axis + ")", () -> five.take(idx, axis),
                    "a", five, "i", idx);
        c.add("take(0-d, (2,3) with 1, axis=0)", "out = np.take(a, i, axis=0)", () -> five.take(one, 0), "a", five, "i", one);
        long[][] shapes = {{0, 1, 0, 2}, {0, 2}, {0}, {0, 0}, {0, 1, 1, 2}};
        for (long[] s : shapes)
            for (NDArray i : new NDArray[] {array((Object) 0L), array(0, 0)}) {
                NDArray a = zeros(s);
                c.add("take(zeros" + java.util.Arrays.toString(s) + ", " + i.ndim() + "-d, axis=0)",
                        "out = np.take(a, i, axis=0)", () -> a.take(i, 0), "a", a, "i", i);
            }
        // NumPy checks the indices once per row before the axis: with none, even bad indices give an empty result
        NDArray bad = array(5, -9);
        long[][] empties = {{3, 0, 2}, {0, 2}, {2, 0}, {0, 3, 4}};
        for (long[] s : empties)
            for (int axis = -1; axis < s.length; axis++) {
                NDArray a = zeros(INT32, s);
                int ax = axis;
                c.add("take(zeros" + java.util.Arrays.toString(s) + ", [5, -9], axis=" + ax + ")", "out = np.take(a, i, axis=" + ax + ")",
                        () -> a.take(bad, ax), "a", a, "i", bad);
            }
        NDArray wide = zeros(2, 0);
        c.add("take(zeros(2,0), [0], axis=1)", "out = np.take(a, i, axis=1)", () -> wide.take(array(0L).reshape(1), 1),
                "a", wide, "i", array(0L).reshape(1));
        c.run();
    }

    @Test
    void reductionsRangeCheckEveryAxisBeforeDuplicatesAndSqueezeChecksInOrder() {
        OracleCases c = new OracleCases();
        NDArray a = random(new Random(3), INT32, 2, 3, 3);
        int[][] tuples = {{-2, -2, 3}, {0, 0, 5}, {5, 0, 0}, {0, -3, 7}, {1, 1}, {0, -3}};
        for (int[] t : tuples) {
            String py = java.util.Arrays.toString(t).replace('[', '(').replace(']', ')');
            c.add("sum" + py, "out = np.sum(a, axis=" + py + ")", () -> a.sum(t, false), "a", a);
            c.add("var" + py, "out = np.var(a, axis=" + py + ", ddof=0.0, keepdims=True)", () -> a.var(t, 0.0, true), "a", a);
            c.add("max" + py, "out = np.max(a, axis=" + py + ")", () -> a.max(t, false), "a", a);
            c.add("any" + py, "out = np.any(a, axis=" + py + ")", () -> a.any(t, false), "a", a);
            c.add("count_nonzero" + py, "out = np.asarray(np.count_nonzero(a, axis=" + py + "))", () -> a.countNonzero(t, false), "a", a);
        }
        NDArray s = zeros(1, 1);
        c.add("squeeze (0,0,9): duplicate first", "out = np.squeeze(a, axis=(0, 0, 9))", () -> s.squeeze(0, 0, 9), "a", s);
        c.add("squeeze (9,0,0): range first", "out = np.squeeze(a, axis=(9, 0, 0))", () -> s.squeeze(9, 0, 0), "a", s);
        c.run();
    }

    @Test
    void integerPowersOfEmptyResultsNeverCheckTheirExponents() {
        OracleCases c = new OracleCases();
        NDArray e = zeros(INT64, 0, 3), neg = array(-1, 2, 3);
        c.add("empty ** [-1, 2, 3]", "out = a ** b", () -> e.pow(neg), "a", e, "b", neg);
        c.add("empty ** -1", "out = a ** -1", () -> e.pow(-1L), "a", e);
        c.add("(3,0,3) ** negatives", "out = np.power(a, b)", () -> zeros(INT32, 3, 0, 3).pow(array(INT32, new long[] {-1, -2, 3})),
                "a", zeros(INT32, 3, 0, 3), "b", array(INT32, new long[] {-1, -2, 3}));
        c.add("non-empty ** -1 still fails", "out = a ** -1", () -> neg.pow(-1L), "a", neg);
        c.run();
    }

    @Test
    void boolFloorDivideOfShapesThatDoNotBroadcastIsNumPysBroadcastError() {
        OracleCases c = new OracleCases();
        NDArray a = ones(BOOL, 1, 1, 2), b = ones(BOOL, 1, 1, 3);
        c.add("bool // bool, bad shapes", "out = np.floor_divide(a, b)", () -> a.floorDiv(b), "a", a, "b", b);
        c.add("bool % bool, bad shapes", "out = np.remainder(a, b)", () -> a.mod(b), "a", a, "b", b);
        c.add("bool ** bool, bad shapes", "out = np.power(a, b)", () -> a.pow(b), "a", a, "b", b);
        c.add("bool - bool, bad shapes: NumPy's TypeError first", "out = np.subtract(a, b)", () -> a.sub(b), "a", a, "b", b);
        c.run();
    }

    @Test
    void signedZerosFollowNumPy() {
        OracleCases c = new OracleCases();
        for (DType dt : new DType[] {FLOAT64, FLOAT32}) {
            NDArray z = array(dt, new double[] {-0.0, 0.0, -0.0, 0.0, Double.NaN, -0.0, 1.0, -2.0}),
                    w = array(dt, new double[] {0.0, -0.0, -0.0, 0.0, -0.0, Double.NaN, -0.0, 0.0});
            String d = " " + dt;
            // ties give the second operand, as NumPy's maximum and minimum do
            c.addExact("maximum(z, w)" + d, "out = np.maximum(z, w)", () -> z.maximum(w), "z", z, "w", w);
            c.addExact("minimum(z, w)" + d, "out = np.minimum(z, w)", () -> z.minimum(w), "z", z, "w", w);
            c.addExact("maximum(z, 0)" + d, "out = np.maximum(z, 0)", () -> z.maximum(0L), "z", z);
            c.addExact("maximum(z, -0.0)" + d, "out = np.maximum(z, -0.0)", () -> z.maximum(-0.0), "z", z);
            c.addExact("minimum(z, 0.0)" + d, "out = np.minimum(z, 0.0)", () -> z.minimum(0.0), "z", z);
            c.addExact("relu is np.maximum(0, z)" + d, "out = np.maximum(0, z)", z::relu, "z", z);
            // reductions: the later of equal elements
            NDArray r = array(dt, new double[] {-0.0, 0.0, -0.0, 0.0, 0.0, -0.0}).reshape(2, 3);
            c.addExact("max(r)" + d, "out = np.asarray(np.max(r))", () -> r.max(), "r", r);
            c.addExact("min(r)" + d, "out = np.asarray(np.min(r))", () -> r.min(), "r", r);
            for (int ax = 0; ax < 2; ax++) {
                int a = ax;
                c.addExact("max(r, " + a + ")" + d, "out = np.max(r, axis=" + a + ")", () -> r.max(a), "r", r);
                c.addExact("min(r, " + a + ")" + d, "out = np.min(r, axis=" + a + ")", () -> r.min(a), "r", r);
            }
            c.addExact("sign(z)" + d, "out = np.sign(z)", z::sign, "z", z);
            // NumPy's power takes sqrt for a scalar exponent of 0.5
            NDArray p = array(dt, new double[] {Double.NEGATIVE_INFINITY, -0.0, 0.0, -4.0, 2.25, Double.POSITIVE_INFINITY});
            c.addExact("p ** 0.5" + d, "out = np.power(p, 0.5)", () -> p.pow(0.5), "p", p);
        }
        c.add("int ** 0.5 is sqrt in float64", "out = np.power(np.array([-4, 0, 4]), 0.5)", () -> array(-4, 0, 4).pow(0.5));
        c.run();
    }

    @Test
    void zeroDimensionalMaskAssignmentCountsValuesLikeNumPy() {
        OracleCases c = new OracleCases();
        for (boolean m : new boolean[] {true, false})
            for (NDArray v : new NDArray[] {array(-1.3, -0.59), array((Object) 7.0), array(new double[] {7.0}), zeros(1, 1), zeros(0)}) {
                NDArray x = array((Object) 26.76), mask = array((Object) m);
                c.add("0-d[" + m + "] = " + java.util.Arrays.toString(v.shape()), "x[m] = v\nout = x", () -> x.set(mask, v),
                        "x", x, "m", mask, "v", v);
            }
        c.run();
    }
}
