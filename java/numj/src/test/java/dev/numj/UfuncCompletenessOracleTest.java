package dev.numj;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.np;
import static dev.numj.OracleSupport.random;
import static dev.numj.UfuncCalls.BINARY;
import static dev.numj.UfuncCalls.CHK;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.numj.random.Random.*;

/**
 * Every ufunc of the Rosetta's section 5 in every form NumJ offers (array method, Java scalar of each
 * kind, scalar first, NumJ function, in place), on every dtype, against NumPy: values, dtypes and
 * NumPy's errors (bitwise ops on floats, bool subtract, negative integer powers, same_kind violations
 * of every in-place op). Also clip, where with scalars anywhere, isclose/allclose/array_equal, and
 * ufunc reductions with axis 0 or -1 on 0-d arrays. The forms are called by name through reflection
 * ({@link UfuncCalls}), so a missing overload fails here.
 */
class UfuncCompletenessOracleTest {
    static final Object[] SCALARS = {2, -3L, 2.5, -0.5f, true, false};
    static final String PRE = CHK + "with np.errstate(all='ignore'):\n    out = chk(";

    private static String label(Object x) {
        return x instanceof NDArray a ? a.dtype() + java.util.Arrays.toString(a.shape()) : x.getClass().getSimpleName() + " " + x;
    }

    /** Binary ops: a.op(b), a.op(scalar), a.rop(scalar), op(a, b), op(a, scalar), op(scalar, a). */
    @Test
    void everyBinaryOpInEveryFormOnEveryDtype() {
        Random rnd = new Random(60);
        OracleCases cases = new OracleCases();
        for (var op : BINARY.entrySet()) {
            String name = op.getKey(), f = op.getValue();
            boolean scalarFirst = UfuncCalls.ARITH.contains(name) || UfuncCalls.COMPARE.contains(name);
            for (DType da : DType.values()) {
                for (DType db : DType.values()) {
                    NDArray a = random(rnd, da, 2, 3), b = random(rnd, db, 3);
                    if (name.equals("pow") && !db.isBool()) b = b.abs();
                    NDArray bb = b;
                    String what = f + "(" + label(a) + ", " + label(b) + ")";
                    cases.add("a." + name + "(b) " + what, PRE + f + "(a, b))", () -> UfuncCalls.method(a, name, bb), "a", a, "b", bb);
                    cases.add(name + "(a, b) " + what, PRE + f + "(a, b))", () -> UfuncCalls.function(name, a, bb), "a", a, "b", bb);
                }
                for (Object s : SCALARS) {
                    boolean floating = s instanceof Double || s instanceof Float;
                    if (UfuncCalls.isBitwise(name) && floating) continue;   // no such overload: a compile-time error in Java
                    NDArray a = random(rnd, da, 2, 3);
                    String what = f + "(" + label(a) + ", " + label(s) + ")";
                    cases.add("a." + name + "(s) " + what, PRE + f + "(a, s))", () -> UfuncCalls.method(a, name, s), "a", a, "s", s);
                    cases.add(name + "(a, s) " + what, PRE + f + "(a, s))", () -> UfuncCalls.function(name, a, s), "a", a, "s", s);
                    if (scalarFirst)
                        cases.add(name + "(s, a) " + what, PRE + f + "(s, a))", () -> UfuncCalls.function(name, s, a), "a", a, "s", s);
                    String r = UfuncCalls.reverse(name);
                    if (r != null && !(s instanceof Boolean))
                        cases.add("a." + r + "(s) " + what, PRE + f + "(s, a))", () -> UfuncCalls.method(a, r, s), "a", a, "s", s);
                }
            }
        }
        cases.run();
        System.out.println("UfuncCompletenessOracleTest: " + cases.size() + " binary cases");
    }

    /**
     * Every in-place op ({@code addi subi muli divi floorDivi modi powi maximumi minimumi}) on every dtype
     * with every dtype of array and every kind of Java scalar: NumPy's same_kind rule decides, and the
     * array itself is returned and changed.
     */
    @Test
    void everyInPlaceOpFollowsSameKind() {
        Random rnd = new Random(61);
        OracleCases cases = new OracleCases();
        int[] sameKindErrors = new int[UfuncCalls.ARITH.size()];
        for (int k = 0; k < UfuncCalls.ARITH.size(); k++) {
            String name = UfuncCalls.ARITH.get(k);
            for (DType da : DType.values()) {
                java.util.List<Object> others = new java.util.ArrayList<>(List.of(SCALARS));
                for (DType db : DType.values()) others.add(random(rnd, db, 3));
                for (Object o : others) {
                    NDArray a = random(rnd, da, 2, 3);
                    Object oo = name.equals("pow") && o instanceof NDArray x && !x.dtype().isBool() ? x.abs() : o;
                    if (name.equals("pow") && oo instanceof Long l && l < 0) oo = 3L;
                    Object other = oo;
                    boolean sameKindViolation = violatesSameKind(name, da, other);
                    if (sameKindViolation) sameKindErrors[k]++;
                    Supplier<Object> numj = () -> {
                        NDArray c = a.copy();
                        NDArray r = UfuncCalls.method(c, name + "i", other);
                        assertSame(c, r, "in-place ops return the array itself");
                        return c;
                    };
                    cases.add(name + "i " + label(a) + " with " + label(other),
                            "b = a.astype(a.dtype.name)\nwith np.errstate(all='ignore'):\n    " + UfuncCalls.inPlacePython(name) + "\nout = b",
                            numj, "a", a, "o", other);
                }
            }
        }
        cases.run();
        for (int k = 0; k < sameKindErrors.length; k++)
            assertTrue(sameKindErrors[k] > 0, "no same_kind violation tried for " + UfuncCalls.ARITH.get(k) + "i");
        System.out.println("UfuncCompletenessOracleTest: " + cases.size() + " in-place cases");
    }

    /** Whether NumPy's result dtype for {@code a op= o} cannot be cast back with same_kind (so the case is an error case). */
    private static boolean violatesSameKind(String op, DType self, Object o) {
        DType od = o instanceof NDArray x ? x.dtype() : o instanceof Boolean ? self
                : o instanceof Double || o instanceof Float ? (self.isFloating() ? self : DType.FLOAT64)
                : self.isBool() ? DType.INT64 : self;
        DType r = DType.promote(self, od);
        if (op.equals("div")) r = r.isFloating() ? r : DType.FLOAT64;
        return (r.isFloating() && !self.isFloating()) || (r.isInteger() && self.isBool());
    }

    /** The unary NumJ functions (and NDArray's logicalNot, invert) on every dtype. */
    @Test
    void everyUnaryFunctionOnEveryDtype() {
        Random rnd = new Random(62);
        OracleCases cases = new OracleCases();
        String[][] fns = {
                {"neg", "np.negative(a)"}, {"abs", "np.absolute(a)"}, {"sign", "np.sign(a)"}, {"sqrt", "np.sqrt(a)"},
                {"square", "np.square(a)"}, {"exp", "np.exp(a)"}, {"log", "np.log(a)"}, {"log1p", "np.log1p(a)"},
                {"expm1", "np.expm1(a)"}, {"tanh", "np.tanh(a)"}, {"sin", "np.sin(a)"}, {"cos", "np.cos(a)"},
                {"floor", "np.floor(a)"}, {"ceil", "np.ceil(a)"}, {"round", "np.round(a)"}, {"isnan", "np.isnan(a)"},
                {"isinf", "np.isinf(a)"}, {"isfinite", "np.isfinite(a)"}, {"not", "np.logical_not(a)"},
                {"logicalNot", "np.logical_not(a)"}, {"invert", "np.invert(a)"},
                {"relu", "np.maximum(a, 0)"},
                {"sigmoid", "1 / (1 + np.exp(-a.astype(np.result_type(a, np.float32) if a.dtype != bool else np.float32)))"}};
        for (DType dt : DType.values())
            for (String[] fn : fns) {
                NDArray a = random(rnd, dt, 3, 4);
                if (dt.isFloating()) a.setDouble(Double.NaN, 0, 0).setDouble(Double.NEGATIVE_INFINITY, 1, 1);
                // NumPy computes float functions of bool in float16, which NumJ lacks: it uses float32 (documented)
                String code = dt.isBool() && fn[1].matches("np\\.(sqrt|exp|log|log1p|expm1|tanh|sin|cos|round)\\(a\\)")
                        ? fn[1].replace("(a)", "(a.astype(np.float32))") : fn[1];
                if (dt.isBool() && fn[0].equals("round")) {
                    // np.round(bool) is float16 in NumPy; NumJ refuses rather than guess (see NDArray.round)
                    cases.add("round(bool)", "raise TypeError('np.round of a bool array gives float16 in NumPy, which NumJ does not have')",
                            () -> NumJ.round(a));
                    continue;
                }
                cases.add(fn[0] + "(" + label(a) + ")", PRE + code + ")", () -> UfuncCalls.function(fn[0], a), "a", a);
                if (fn[0].equals("logicalNot") || fn[0].equals("invert"))
                    cases.add("a." + fn[0] + "() " + label(a), PRE + code + ")", () -> UfuncCalls.method(a, fn[0]), "a", a);
            }
        for (DType dt : DType.values())
            for (int d : new int[] {-1, 0, 2}) {
                if (dt.isBool()) continue;
                NDArray a = random(rnd, dt, 5).mul(dt.isFloating() ? 37.3 : 37);
                cases.add("round(" + label(a) + ", " + d + ")", PRE + "np.round(a, " + d + "))", () -> NumJ.round(a, d), "a", a);
            }
        cases.run();
        System.out.println("UfuncCompletenessOracleTest: " + cases.size() + " unary cases");
    }

    /** clip with int, float and array bounds: dtypes, NaN, lo > hi, and NumPy's handling of Python ints past int32. */
    @Test
    void clipMatchesNumPy() {
        Random rnd = new Random(63);
        OracleCases cases = new OracleCases();
        long[][] longBounds = {{0, 3}, {-2, 2}, {2, -1}, {0, 3_000_000_000L}, {-3_000_000_000L, 1}, {Long.MIN_VALUE, Long.MAX_VALUE},
                {3_000_000_000L, 4_000_000_000L}, {1, -3_000_000_000L}, {Integer.MIN_VALUE, Integer.MAX_VALUE}};
        double[][] doubleBounds = {{-1.5, 2.5}, {0, 1}, {Double.NaN, 1}, {0, Double.NaN}, {2.5, -1}, {-1e300, 1e300},
                {Double.NEGATIVE_INFINITY, 0.1}};
        for (DType dt : DType.values()) {
            NDArray a = random(rnd, dt, 3, 4);
            if (dt.isFloating()) a.setDouble(Double.NaN, 0, 0);
            if (dt == DType.INT32) a.setLong(Integer.MAX_VALUE, 1, 1).setLong(Integer.MIN_VALUE, 1, 2);
            for (long[] b : longBounds) {
                cases.add("a.clip(" + b[0] + ", " + b[1] + ") " + label(a), PRE + "np.clip(a, lo, hi))",
                        () -> a.clip(b[0], b[1]), "a", a, "lo", b[0], "hi", b[1]);
                cases.add("clip(a, " + b[0] + ", " + b[1] + ") " + label(a), PRE + "np.clip(a, lo, hi))",
                        () -> NumJ.clip(a, b[0], b[1]), "a", a, "lo", b[0], "hi", b[1]);
            }
            for (double[] b : doubleBounds) {
                cases.add("a.clip(" + b[0] + ", " + b[1] + ") " + label(a), PRE + "np.clip(a, lo, hi))",
                        () -> a.clip(b[0], b[1]), "a", a, "lo", b[0], "hi", b[1]);
                cases.add("clip(a, " + b[0] + ", " + b[1] + ") " + label(a), PRE + "np.clip(a, lo, hi))",
                        () -> NumJ.clip(a, b[0], b[1]), "a", a, "lo", b[0], "hi", b[1]);
            }
            for (DType lt : DType.values()) {
                NDArray lo = random(rnd, lt, 4), hi = random(rnd, dt, 3, 1).add(true);
                cases.add("a.clip(lo[], hi[]) " + label(a) + " " + label(lo) + " " + label(hi), PRE + "np.clip(a, lo, hi))",
                        () -> a.clip(lo, hi), "a", a, "lo", lo, "hi", hi);
                cases.add("clip(a, lo[], hi[]) " + label(a) + " " + label(lo) + " " + label(hi), PRE + "np.clip(a, lo, hi))",
                        () -> NumJ.clip(a, lo, hi), "a", a, "lo", lo, "hi", hi);
            }
        }
        cases.add("clip broadcast error", "out = np.clip(np.ones((3, 4)), np.zeros(3), np.ones(1))",
                () -> ones(3, 4).clip(zeros(3), ones(1)));
        cases.run();
        System.out.println("UfuncCompletenessOracleTest: " + cases.size() + " clip cases");
    }

    /** np.where with scalars in any position, beside arrays of every dtype. */
    @Test
    void whereTakesScalarsInAnyPosition() {
        Random rnd = new Random(64);
        OracleCases cases = new OracleCases();
        Object[] scalars = {2L, -1L, 2.5, true, false};
        for (DType dt : DType.values()) {
            NDArray c = random(rnd, DType.BOOL, 2, 3), x = random(rnd, dt, 3);
            for (Object s : scalars) {
                cases.add("where(c, x, s) " + label(x) + " " + label(s), PRE + "np.where(c, x, s))",
                        () -> UfuncCalls.function("where", c, x, s), "c", c, "x", x, "s", s);
                cases.add("where(c, s, x) " + label(x) + " " + label(s), PRE + "np.where(c, s, x))",
                        () -> UfuncCalls.function("where", c, s, x), "c", c, "x", x, "s", s);
            }
            // a non-bool condition: nonzero (and NaN) is true
            NDArray fc = random(rnd, dt, 2, 3);
            cases.add("where(" + label(fc) + ", 1, 0)", PRE + "np.where(c, 1, 0))", () -> where(fc, 1, 0), "c", fc);
        }
        NDArray c = random(rnd, DType.BOOL, 4);
        Object[][] pairs = {{1L, 0L}, {1.5, -2.0}, {true, false}, {1L, 2.5}, {2.5, 7L}};
        for (Object[] p : pairs)
            cases.add("where(c, " + p[0] + ", " + p[1] + ")", PRE + "np.where(c, x, y))",
                    () -> p[0] instanceof Boolean ? where(c, (boolean) p[0], (boolean) p[1])
                            : p[0] instanceof Long && p[1] instanceof Long ? where(c, (long) p[0], (long) p[1])
                            : where(c, ((Number) p[0]).doubleValue(), ((Number) p[1]).doubleValue()),
                    "c", c, "x", p[0], "y", p[1]);
        if (np().isNumPy2()) {
            // NumPy 2 converts a Python int branch without a range check: an int32 result wraps
            NDArray i32 = array(DType.INT32, new int[] {1, 2, 3});
            cases.add("where(c, int32, 3000000000)", "out = np.where(c, x, 3000000000)", () -> where(c.get("0:3"), i32, 3_000_000_000L),
                    "c", c.get("0:3"), "x", i32);
        }
        cases.run();
        System.out.println("UfuncCompletenessOracleTest: " + cases.size() + " where cases");
    }

    /** np.isclose / np.allclose / np.array_equal, including tolerances at the boundary, NaN, infinities, mixed dtypes and shapes. */
    @Test
    void closenessAndEqualityMatchNumPy() {
        Random rnd = new Random(65);
        OracleCases cases = new OracleCases();
        for (DType da : DType.values())
            for (DType db : DType.values()) {
                NDArray a = random(rnd, da, 4, 3), b = a.astype(db);
                NDArray near = da.isFloating() && db.isFloating() ? b.add(b.mul(2e-5)).astype(db) : b;
                for (NDArray y : List.of(b, near, random(rnd, db, 3))) {
                    cases.add("isclose " + label(a) + " " + label(y), "out = np.isclose(a, b)", () -> isclose(a, y), "a", a, "b", y);
                    cases.add("allclose " + label(a) + " " + label(y), "out = np.allclose(a, b)", () -> bool(allclose(a, y)), "a", a, "b", y);
                    cases.add("allclose(1e-4, 1e-6) " + label(a) + " " + label(y), "out = np.allclose(a, b, 1e-4, 1e-6)",
                            () -> bool(allclose(a, y, 1e-4, 1e-6)), "a", a, "b", y);
                    cases.add("array_equal " + label(a) + " " + label(y), "out = np.array_equal(a, b)",
                            () -> bool(arrayEquals(a, y)), "a", a, "b", y);
                }
            }
        double[] xs = {1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, 1e-9, 1e10, 1.0 + 1e-5};
        double[] ys = {1.0 + 1.1e-5, Double.NaN, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1e-8, 0.0, 1.00001e10, 1.0};
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            NDArray x = array(xs).astype(dt), y = array(ys).astype(dt);
            for (boolean en : new boolean[] {false, true}) {
                String e = en ? "True" : "False";
                cases.add("isclose specials " + dt + " equal_nan=" + e, "out = np.isclose(x, y, equal_nan=" + e + ")",
                        () -> isclose(x, y, 1e-5, 1e-8, en), "x", x, "y", y);
                cases.add("allclose x,x " + dt + " equal_nan=" + e, "out = np.allclose(x, x, equal_nan=" + e + ")",
                        () -> bool(allclose(x, x, 1e-5, 1e-8, en)), "x", x);
                cases.add("array_equal x,x " + dt + " equal_nan=" + e, "out = np.array_equal(x, x.copy(), equal_nan=" + e + ")",
                        () -> bool(arrayEquals(x, x.copy(), en)), "x", x);
            }
            cases.add("isclose(0, 1e-9, atol 0) " + dt, "out = np.isclose(x, y, rtol=0.1, atol=0.0)", () -> isclose(x, y, 0.1, 0.0), "x", x, "y", y);
        }
        cases.add("allclose broadcasts", "out = np.allclose(np.ones((2, 3)), np.ones(3))", () -> bool(allclose(ones(2, 3), ones(3))));
        cases.add("allclose shape error", "out = np.allclose(np.ones(3), np.ones(2))", () -> bool(allclose(ones(3), ones(2))));
        cases.add("array_equal shapes differ", "out = np.array_equal(np.ones(3), np.ones((3, 1)))", () -> bool(arrayEquals(ones(3), ones(3, 1))));
        cases.add("array_equal shapes differ, no broadcast", "out = np.array_equal(np.ones(3), np.ones(2))", () -> bool(arrayEquals(ones(3), ones(2))));
        cases.add("array_equal empty", "out = np.array_equal(np.ones((0, 2)), np.ones((0, 2)))", () -> bool(arrayEquals(ones(0, 2), ones(0, 2))));
        cases.add("allclose empty", "out = np.allclose(np.ones(0), np.ones(0))", () -> bool(allclose(ones(0), ones(0))));
        cases.run();
        System.out.println("UfuncCompletenessOracleTest: " + cases.size() + " isclose/allclose/array_equal cases");
    }

    private static NDArray bool(boolean b) { return full(new int[0], b); }

    /** The errors a user meets: bitwise on floats, bool subtract, negative integer powers, same_kind of each in-place op. */
    @Test
    void errorsMatchNumPy() {
        NDArray f = array(1.5, 2.0), i = array(1, 2), m = array(true, false), neg = array(1, -1);
        OracleCases cases = new OracleCases();
        String pre = "f = np.array([1.5, 2.0]); i = np.array([1, 2]); m = np.array([True, False]); neg = np.array([1, -1])\n";
        cases.add("float & float", pre + "out = f & f", () -> f.bitwiseAnd(f));
        cases.add("float | int", pre + "out = f | i", () -> f.bitwiseOr(i));
        cases.add("int ^ float", pre + "out = i ^ f", () -> i.bitwiseXor(f));
        cases.add("float & True", pre + "out = f & True", () -> f.bitwiseAnd(true));
        cases.add("float & 1", pre + "out = f & 1", () -> f.bitwiseAnd(1L));
        cases.add("~float", pre + "out = ~f", f::invert);
        cases.add("invert(float)", pre + "out = np.invert(f)", () -> invert(f));
        cases.add("bool - bool", pre + "out = m - m", () -> m.sub(m));
        cases.add("bool - True", pre + "out = m - True", () -> m.sub(true));
        cases.add("True - bool", pre + "out = True - m", () -> sub(true, m));
        cases.add("bool -= bool", pre + "m2 = m.copy(); m2 -= m; out = m2", () -> m.copy().subi(m));
        cases.add("bool -= True", pre + "m2 = m.copy(); m2 -= True; out = m2", () -> m.copy().subi(true));
        cases.add("-bool", pre + "out = -m", () -> neg(m));
        cases.add("int ** -1", pre + "out = i ** -1", () -> i.pow(-1L));
        cases.add("int ** [1, -1]", pre + "out = i ** neg", () -> i.pow(neg));
        cases.add("2 ** [1, -1]", pre + "out = 2 ** neg", () -> neg.rpow(2L));
        cases.add("np.power(2, [1, -1])", pre + "out = np.power(2, neg)", () -> NumJ.pow(2, neg));
        cases.add("int **= -1", pre + "i2 = i.copy(); i2 **= -1; out = i2", () -> i.copy().powi(-1L));
        cases.add("int **= [1, -1]", pre + "i2 = i.copy(); i2 **= neg; out = i2", () -> i.copy().powi(neg));
        cases.add("int ** -1.0 is fine", pre + "out = i ** -1.0", () -> i.pow(-1.0));
        cases.add("bool // bool in place", pre + "m2 = m.copy(); m2 //= m; out = m2", () -> m.copy().floorDivi(m));
        cases.add("bool %= True", pre + "m2 = m.copy(); m2 %= True; out = m2", () -> m.copy().modi(true));
        cases.add("int /= 2", pre + "i2 = i.copy(); i2 /= 2; out = i2", () -> i.copy().divi(2L));
        cases.add("int //= 1.5", pre + "i2 = i.copy(); i2 //= 1.5; out = i2", () -> i.copy().floorDivi(1.5));
        cases.add("int %= 1.5", pre + "i2 = i.copy(); i2 %= 1.5; out = i2", () -> i.copy().modi(1.5));
        cases.add("int **= 0.5", pre + "i2 = i.copy(); i2 **= 0.5; out = i2", () -> i.copy().powi(0.5));
        cases.add("maximum(int, 1.5, out=int)", pre + "i2 = i.copy(); np.maximum(i2, 1.5, out=i2); out = i2", () -> i.copy().maximumi(1.5));
        cases.add("minimum(int, f, out=int)", pre + "i2 = i.copy(); np.minimum(i2, f, out=i2); out = i2", () -> i.copy().minimumi(f));
        cases.add("bool += 1", pre + "m2 = m.copy(); m2 += 1; out = m2", () -> m.copy().addi(1L));
        cases.add("bool *= i", pre + "m2 = m.copy(); m2 *= i; out = m2", () -> m.copy().muli(i));
        cases.add("in place broadcast error", pre + "i2 = i.copy(); i2 += np.ones((3, 2), dtype=np.int64); out = i2",
                () -> i.copy().addi(ones(INT64, 3, 2)));
        cases.add("in place into a broadcast view", "v = np.broadcast_to(np.arange(2), (3, 2))\nnp.maximum(v, 1, out=v)\nout = v",
                () -> arange(2).broadcastTo(3, 2).maximumi(1L));
        cases.run();
        System.out.println("UfuncCompletenessOracleTest: " + cases.size() + " error cases");
    }

    /** np.sum(x, axis=0) of a 0-d x works (ufunc reductions), np.mean(x, axis=0) does not: NumJ follows both. */
    @Test
    void zeroDimensionalArraysTakeAxisZeroInUfuncReductions() {
        OracleCases cases = new OracleCases();
        for (DType dt : DType.values()) {
            NDArray x = full(dt, new long[0], 3L);
            for (int axis : new int[] {0, -1, 1, -2}) {
                String ax = "axis=" + axis;
                cases.add("sum " + dt + " " + ax, "out = x.sum(" + ax + ")", () -> x.sum(axis), "x", x);
                cases.add("sum keepdims " + dt + " " + ax, "out = x.sum(" + ax + ", keepdims=True)", () -> x.sum(axis, true), "x", x);
                cases.add("np.sum " + dt + " " + ax, "out = np.sum(x, " + ax + ")", () -> NumJ.sum(x, axis), "x", x);
                cases.add("max " + dt + " " + ax, "out = x.max(" + ax + ")", () -> x.max(axis), "x", x);
                cases.add("max keepdims " + dt + " " + ax, "out = x.max(" + ax + ", keepdims=True)", () -> x.max(axis, true), "x", x);
                cases.add("min " + dt + " " + ax, "out = x.min(" + ax + ")", () -> x.min(axis), "x", x);
                cases.add("min keepdims " + dt + " " + ax, "out = x.min(" + ax + ", keepdims=True)", () -> x.min(axis, true), "x", x);
                cases.add("prod " + dt + " " + ax, "out = x.prod(" + ax + ")", () -> x.prod(axis), "x", x);
                cases.add("any " + dt + " " + ax, "out = x.any(" + ax + ")", () -> x.any(axis), "x", x);
                cases.add("all " + dt + " " + ax, "out = x.all(" + ax + ")", () -> x.all(axis), "x", x);
                cases.add("mean " + dt + " " + ax, "out = x.mean(" + ax + ")", () -> x.mean(axis), "x", x);
                cases.add("np.mean " + dt + " " + ax, "out = np.mean(x, " + ax + ")", () -> NumJ.mean(x, axis), "x", x);
                cases.add("var " + dt + " " + ax, "out = x.var(" + ax + ")", () -> x.var(axis), "x", x);
                cases.add("std " + dt + " " + ax, "out = x.std(" + ax + ")", () -> x.std(axis), "x", x);
                cases.add("argmax " + dt + " " + ax, "out = x.argmax(" + ax + ")", () -> x.argmax(axis), "x", x);
                cases.add("sum((axis,)) " + dt + " " + ax, "out = x.sum(axis=(" + axis + ",))", () -> x.sum(new int[] {axis}, false), "x", x);
                cases.add("max((axis,)) " + dt + " " + ax, "out = x.max(axis=(" + axis + ",))", () -> x.max(new int[] {axis}, false), "x", x);
            }
        }
        cases.run();
        System.out.println("UfuncCompletenessOracleTest: " + cases.size() + " 0-d reduction cases");
    }
}
