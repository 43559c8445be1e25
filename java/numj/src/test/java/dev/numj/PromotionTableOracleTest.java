package dev.numj;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.numj.OracleSupport.np;
import static dev.numj.OracleSupport.random;
import static dev.numj.UfuncCalls.BINARY;
import static dev.numj.UfuncCalls.CHK;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole type-promotion table against NumPy: every dtype pair for array-array ufuncs (1-D and 0-d
 * operands), every dtype with Java int, long, float, double and boolean scalars in either position
 * (weak, like Python scalars), and Python ints outside int32's range beside int32 arrays. Results are
 * compared in full (dtype, shape, values) or as NumPy's error. NumPy 1.x casts by value (0-d operands
 * and scalars), so the NEP 50 rows run only against NumPy 2; every run prints the version it compared with.
 */
class PromotionTableOracleTest {
    static final Object[] SCALARS = {3, -2, 7L, 5_000_000_000L, 2.5f, -0.5f, 0.1, -3.0, 1e300, true, false};

    @BeforeAll
    static void version() {
        System.out.println("PromotionTableOracleTest: compared with NumPy " + np().numpyVersion()
                + (np().isNumPy2() ? " (NEP 50 promotion)" : " (value-based casting: the NEP 50 rows are skipped)"));
    }

    private static String label(Object x) {
        return x instanceof NDArray a ? a.dtype() + java.util.Arrays.toString(a.shape())
                : x.getClass().getSimpleName() + " " + x;
    }

    /** Every binary ufunc on every dtype pair, as arrays of shape (3,) and as 0-d arrays (which NEP 50 does not treat as weak). */
    @Test
    void arrayArrayEveryDtypePair() {
        Random rnd = new Random(50);
        OracleCases cases = new OracleCases();
        long[][][] shapes = np().isNumPy2() ? new long[][][] {{{3}, {3}}, {{}, {3}}, {{3}, {}}, {{}, {}}} : new long[][][] {{{3}, {3}}};
        for (DType da : DType.values())
            for (DType db : DType.values())
                for (long[][] sh : shapes)
                    for (var op : BINARY.entrySet()) {
                        NDArray a = random(rnd, da, sh[0]), b = random(rnd, db, sh[1]);
                        if (op.getKey().equals("pow") && !db.isBool()) b = b.abs();   // int ** negative is tested elsewhere
                        NDArray bb = b;
                        cases.add(op.getValue() + " " + label(a) + " " + label(b),
                                CHK + "with np.errstate(all='ignore'):\n    out = chk(" + op.getValue() + "(a, b))",
                                () -> UfuncCalls.function(op.getKey(), a, bb), "a", a, "b", bb);
                    }
        cases.run();
        System.out.println("PromotionTableOracleTest: " + cases.size() + " array-array cases");
        printTable();
    }

    /** The add and true_divide result dtypes NumJ gives, as a table in the test output (NumPy agreed above). */
    private static void printTable() {
        StringBuilder sb = new StringBuilder("NumJ's result dtypes, a (rows) + b (columns) | a / b:\n");
        sb.append(String.format("%-8s", ""));
        for (DType b : DType.values()) sb.append(String.format("%-19s", b));
        sb.append('\n');
        for (DType a : DType.values()) {
            sb.append(String.format("%-8s", a));
            for (DType b : DType.values()) {
                NDArray x = NumJ.zeros(a, 1), y = NumJ.ones(b, 1);
                String add = a.isBool() && b.isBool() ? "bool" : x.add(y).dtype().toString();
                sb.append(String.format("%-19s", add + " | " + x.div(y).dtype()));
            }
            sb.append('\n');
        }
        System.out.print(sb);
    }

    /** Every dtype with every kind of Java scalar, scalar second and (where NumJ has the form) first. */
    @Test
    void javaScalarsAreWeakInEitherPosition() {
        assumeTrue(np().isNumPy2(), "NumPy " + np().numpyVersion() + " casts Python scalars by value, not by NEP 50");
        Random rnd = new Random(51);
        OracleCases cases = new OracleCases();
        for (DType dt : DType.values())
            for (Object s : SCALARS)
                for (var op : BINARY.entrySet()) {
                    String name = op.getKey();
                    boolean integral = !(s instanceof Float || s instanceof Double);
                    if (UfuncCalls.isBitwise(name) && !integral) continue;   // NumJ has no a.bitwiseAnd(double): a compile-time error
                    if (dt == DType.INT32 && s instanceof Long l && l > Integer.MAX_VALUE) continue;   // outOfRange... below
                    NDArray a = random(rnd, dt, 2, 3);
                    cases.add(op.getValue() + "(" + label(a) + ", " + label(s) + ")",
                            CHK + "with np.errstate(all='ignore'):\n    out = chk(" + op.getValue() + "(a, s))",
                            () -> UfuncCalls.function(name, a, s), "a", a, "s", s);
                    boolean scalarFirst = UfuncCalls.ARITH.contains(name) || UfuncCalls.COMPARE.contains(name);
                    if (scalarFirst)
                        cases.add(op.getValue() + "(" + label(s) + ", " + label(a) + ")",
                                CHK + "with np.errstate(all='ignore'):\n    out = chk(" + op.getValue() + "(s, a))",
                                () -> UfuncCalls.function(name, s, a), "a", a, "s", s);
                }
        cases.run();
        System.out.println("PromotionTableOracleTest: " + cases.size() + " array-scalar cases");
    }

    /**
     * Python ints that int32 cannot hold beside an int32 array: arithmetic raises NumPy 2's OverflowError
     * ("Python integer 3000000000 out of bounds for int32", an IllegalArgumentException here), comparisons
     * and logical ops answer exactly, in place raises too.
     */
    @Test
    void outOfRangeIntScalarsBesideInt32() {
        assumeTrue(np().isNumPy2(), "NumPy " + np().numpyVersion() + " promotes an out-of-range Python int by value");
        long[] big = {3_000_000_000L, -3_000_000_000L, 2_147_483_648L, -2_147_483_649L, Long.MAX_VALUE, Long.MIN_VALUE,
                2_147_483_647L, -2_147_483_648L};
        NDArray a = NumJ.array(DType.INT32, new int[] {-7, 0, 5, Integer.MAX_VALUE, Integer.MIN_VALUE, 2});
        OracleCases cases = new OracleCases();
        for (long s : big)
            for (var op : BINARY.entrySet()) {
                String name = op.getKey();
                cases.add(op.getValue() + "(int32, " + s + ")", "with np.errstate(all='ignore'):\n    out = " + op.getValue() + "(a, s)",
                        () -> UfuncCalls.function(name, a, s), "a", a, "s", s);
                if (UfuncCalls.ARITH.contains(name) || UfuncCalls.COMPARE.contains(name))
                    cases.add(op.getValue() + "(" + s + ", int32)", "with np.errstate(all='ignore'):\n    out = " + op.getValue() + "(s, a)",
                            () -> UfuncCalls.function(name, s, a), "a", a, "s", s);
                if (UfuncCalls.ARITH.contains(name)) {
                    String np = UfuncCalls.inPlacePython(name);
                    cases.add(np + " (int32, " + s + ")", "b = a.astype(a.dtype.name)   # native byte order, as NumPy's messages name it\n"
                            + "with np.errstate(all='ignore'):\n    " + np + "\nout = b",
                            () -> UfuncCalls.method(a.copy(), name + "i", s), "a", a, "o", s);
                }
            }
        cases.run();   // OracleCases also checks the Java type: NumPy's OverflowError is an IllegalArgumentException here
        System.out.println("PromotionTableOracleTest: " + cases.size() + " out-of-range cases");
    }

    /** The bool dtype's own corners: bool + bool is logical or, bool - bool fails, bool // bool is int8 in NumPy. */
    @Test
    void boolWithBoolScalarsAndArrays() {
        assumeTrue(np().isNumPy2(), "NumPy " + np().numpyVersion() + " casts Python scalars by value");
        NDArray m = NumJ.array(true, false, true, false), n = NumJ.array(true, true, false, false);
        OracleCases cases = new OracleCases();
        List<Object> others = new ArrayList<>(List.of(n, true, false, 1L, 2.5));
        for (Object o : others)
            for (var op : BINARY.entrySet()) {
                if (UfuncCalls.isBitwise(op.getKey()) && o instanceof Double) continue;
                cases.add(op.getValue() + "(bool, " + label(o) + ")", CHK + "out = chk(" + op.getValue() + "(m, o))",
                        () -> UfuncCalls.function(op.getKey(), m, o), "m", m, "o", o);
            }
        cases.run();
    }
}
