package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * leftShift and rightShift (NumPy's left_shift / right_shift), erf (against Python's {@code math.erf}), softplus (its
 * stable formula in NumPy), logsumexp (against {@code scipy.special.logsumexp}), the in-place erfi / softplusi, and
 * nextafter and heaviside to the bit: every dtype, broadcast shapes, 0-d, empty and strided or transposed views,
 * special values and NumPy's errors.
 */
class ShiftAndSpecialFunctionsOracleTest {
    /** Shift counts around the widths (31, 32, 63, 64), negative ones, and values to shift. */
    static final long[] COUNTS = {-1, 0, 1, 5, 31, 32, 33, 63, 64, 65, -64, 1000};
    static final long[] VALUES = {0, 1, -1, 3, -8, 12345, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40};

    record Layout(String name, String numpy, UnaryOperator<NDArray> view, long[] baseShape) {}

    static final List<Layout> LAYOUTS = List.of(
            new Layout("contiguous", "a", v -> v, new long[] {3, 5}),
            new Layout("transposed", "a.T", NDArray::T, new long[] {4, 6}),
            new Layout("strided", "a[::2, 1::2]", v -> v.get("::2, 1::2"), new long[] {5, 6}),
            new Layout("reversed", "a[::-1]", v -> v.get("::-1"), new long[] {9}),
            new Layout("0-d", "a", v -> v, new long[] {}),
            new Layout("empty", "a", v -> v, new long[] {0, 3}));

    static NDArray fill(Random rnd, DType dt, long[] pool, long... shape) {
        NDArray a = NDArray.allocate(dt, shape);
        for (long i = 0; i < a.size(); i++) {
            long v = pool[rnd.nextInt(pool.length)];
            a.writeLong(a.flatOffset(i), dt == DType.BOOL ? (v != 0 ? 1 : 0) : dt == DType.INT32 ? (int) v : v);
        }
        return TestDevice.onTestDevice(a);
    }

    @Test
    void shiftsOnEveryDtypePairShapeAndCount() {
        Random rnd = new Random(31);
        Cases c = new Cases();
        long[][][] shapes = {{{3, 4}, {3, 4}}, {{2, 1, 4}, {3, 4}}, {{5, 1}, {1, 6}}, {{}, {2, 3}}, {{0, 3}, {3}}, {{3}, {4}}};
        for (DType da : DType.values())
            for (DType db : DType.values())
                for (long[][] sh : shapes) {
                    NDArray a = da.isFloating() ? MoreUfuncsOracleTest.sample(rnd, da, sh[0]) : fill(rnd, da, VALUES, sh[0]);
                    NDArray b = db.isFloating() ? MoreUfuncsOracleTest.sample(rnd, db, sh[1]) : fill(rnd, db, COUNTS, sh[1]);
                    String what = da + Arrays.toString(sh[0]) + " " + db + Arrays.toString(sh[1]);
                    c.add("np.left_shift(a, b)", a, b, () -> a.leftShift(b), "leftShift " + what, 0);
                    c.add("np.left_shift(a, b)", a, b, () -> leftShift(a, b), "NumJ.leftShift " + what, 0);
                    c.add("np.right_shift(a, b)", a, b, () -> a.rightShift(b), "rightShift " + what, 0);
                    c.add("np.right_shift(a, b)", a, b, () -> rightShift(a, b), "NumJ.rightShift " + what, 0);
                }
        for (DType dt : DType.values())
            for (long s : new long[] {0, 1, 3, 31, 32, 63, 64, -1}) {
                NDArray a = dt.isFloating() ? MoreUfuncsOracleTest.sample(rnd, dt, 7) : fill(rnd, dt, dt == DType.BOOL ? COUNTS : VALUES, 7);
                c.add("np.left_shift(a, " + s + ")", a, null, () -> a.leftShift(s), "leftShift(" + dt + ", " + s + ")", 0);
                c.add("np.left_shift(" + s + ", a)", a, null, () -> leftShift(s, a), "leftShift(" + s + ", " + dt + ")", 0);
                c.add("np.right_shift(a, " + s + ")", a, null, () -> NumJ.rightShift(a, s), "rightShift(" + dt + ", " + s + ")", 0);
                c.add("np.right_shift(" + s + ", a)", a, null, () -> rightShift(s, a), "rightShift(" + s + ", " + dt + ")", 0);
            }
        for (Layout l : LAYOUTS) {
            NDArray a = fill(rnd, DType.INT64, VALUES, l.baseShape), b = fill(rnd, DType.INT32, COUNTS, l.baseShape);
            c.add("out = np.left_shift(" + l.numpy + ", " + l.numpy.replace("a", "b") + ")", a, b,
                    () -> l.view.apply(a).leftShift(l.view.apply(b)), "leftShift " + l.name, 0);
            c.add("out = np.right_shift(" + l.numpy + ", " + l.numpy.replace("a", "b") + ")", a, b,
                    () -> l.view.apply(a).rightShift(l.view.apply(b)), "rightShift " + l.name, 0);
        }
        c.check();
        // a weak Python float beside an integer array gives float64, which has no shift loop
        NDArray i32 = arange(3).astype(DType.INT32);
        NumJTypeException e = assertThrows(NumJTypeException.class, () -> i32.leftShift(array(1.5)));
        assertTrue(e.getMessage().startsWith("ufunc 'left_shift' not supported for the input types"), e.getMessage());
    }

    @Test
    void erfAndSoftplusOnEveryDtypeLayoutAndSpecialValue() {
        Random rnd = new Random(32);
        Cases c = new Cases();
        for (DType dt : DType.values())
            for (Layout l : LAYOUTS) {
                NDArray base = MoreUfuncsOracleTest.sample(rnd, dt, l.baseShape);
                String z = dt.isFloating() ? l.numpy : dt.isBool() ? l.numpy + ".astype(np.float32)" : l.numpy + ".astype(np.float64)";
                String erf = "z = " + z + "\n    out = np.vectorize(math.erf, otypes=[np.float64])(z).astype(z.dtype)";
                String softplus = "z = " + z + "\n    out = np.log1p(np.exp(-np.abs(z))) + np.maximum(z, 0)";
                String what = dt + " " + l.name;
                c.add(erf, base, null, () -> l.view.apply(base).erf(), "erf " + what, 1e-6);
                c.add(erf, base, null, () -> NumJ.erf(l.view.apply(base)), "NumJ.erf " + what, 1e-6);
                c.add(softplus, base, null, () -> l.view.apply(base).softplus(), "softplus " + what, 1e-6);
                c.add(softplus, base, null, () -> softplus(l.view.apply(base)), "NumJ.softplus " + what, 1e-6);
                if (dt.isFloating()) {
                    // in place: the view is overwritten, the rest of the base kept
                    NDArray b1 = base.copy(), b2 = base.copy();
                    String rest = "\n    a = a.copy()\n    v = " + l.numpy + "\n    v[...] = out\n    out = a";
                    c.add(erf + rest, base, null, () -> { l.view.apply(b1).erfi(); return b1; }, "erfi " + what, 1e-6);
                    c.add(softplus + rest, base, null, () -> { l.view.apply(b2).softplusi(); return b2; }, "softplusi " + what, 1e-6);
                }
            }
        c.check();
        // float32's erff against the float64 erf rounded, far out on the tails too
        NDArray x = linspace(-6.0, 6.0, 2001).astype(DType.FLOAT32);
        Cases t = new Cases();
        t.add("out = np.vectorize(math.erf, otypes=[np.float64])(a).astype(np.float32)", x, null, x::erf, "erf float32 grid", 2e-7);
        t.add("out = np.logaddexp(np.float32(0), a)", x, null, x::softplus, "softplus float32 grid = logaddexp(0, x)", 1e-6);
        t.check();
        NumJTypeException e = assertThrows(NumJTypeException.class, () -> arange(3).erfi());
        assertTrue(e.getMessage().contains("Cannot cast ufunc 'erf' output from dtype('float64') to dtype('int64')"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> arange(3.0).broadcastTo(2, 3).softplusi());
    }

    @Test
    void nextafterAndHeavisideToTheBit() {
        Random rnd = new Random(33);
        Cases c = new Cases();
        for (DType da : DType.values())
            for (DType db : DType.values()) {
                NDArray a = MoreUfuncsOracleTest.sample(rnd, da, 4, 6), b = MoreUfuncsOracleTest.sample(rnd, db, 6);
                boolean f16 = da.isBool() && db.isBool();
                String args = f16 ? "(a.astype(np.float32), b.astype(np.float32))" : "(a, b)";
                c.add("np.nextafter" + args, a, b, () -> a.nextafter(b), "nextafter " + da + " " + db, 0);
                c.add("np.heaviside" + args, a, b, () -> a.heaviside(b), "heaviside " + da + " " + db, 0);
            }
        NDArray f = array(0.0, -0.0, 1.0, Double.MAX_VALUE, Double.MIN_VALUE, Double.POSITIVE_INFINITY);
        c.add("np.nextafter(a, np.inf)", f, null, () -> f.nextafter(Double.POSITIVE_INFINITY), "nextafter up", 0);
        c.add("np.nextafter(a, -np.inf)", f, null, () -> f.nextafter(Double.NEGATIVE_INFINITY), "nextafter down", 0);
        NDArray g = f.astype(DType.FLOAT32);
        c.add("np.nextafter(a, np.float32(0))", g, null, () -> g.nextafter(0.0), "nextafter float32 towards 0", 0);
        c.check();
    }

    @Test
    void logsumexpAgainstScipy() {
        Random rnd = new Random(34);
        Cases c = new Cases();
        for (DType dt : DType.values())
            for (long[] sh : new long[][] {{}, {7}, {3, 5}, {2, 3, 4}, {0}, {4, 0}}) {
                NDArray a = dt.isFloating() ? OracleSupport.random(rnd, dt, sh).mul(100.0) : OracleSupport.random(rnd, dt, sh);
                String what = dt + Arrays.toString(sh);
                double tol = dt == DType.FLOAT32 ? 1e-5 : 1e-12;
                // scipy 1.17 fails (IndexError) on an empty 2-d array with axis=None; NumJ's sum of nothing is -inf
                if (!(sh.length == 2 && sh[1] == 0))
                    c.add("out = np.asarray(logsumexp(a))", a, null, a::logsumexp, "logsumexp " + what, tol);
                for (int ax = -sh.length; ax < Math.max(sh.length, 1); ax++) {
                    int axis = ax;
                    c.add("out = np.asarray(logsumexp(a, axis=" + axis + "))", a, null, () -> a.logsumexp(axis), "axis " + axis + " " + what, tol);
                    // scipy gives shape (1,) for a 0-d array with keepdims; NumJ keeps NumPy's reductions' 0-d
                    if (sh.length > 0)
                        c.add("out = np.asarray(logsumexp(a, axis=" + axis + ", keepdims=True))", a, null, () -> logsumexp(a, axis, true),
                                "keepdims axis " + axis + " " + what, tol);
                }
                if (sh.length == 3) {
                    c.add("out = np.asarray(logsumexp(a, axis=(0, 2)))", a, null, () -> a.logsumexp(new int[] {0, 2}, false), "axes (0, 2) " + what, tol);
                    c.add("out = np.asarray(logsumexp(a, axis=(2, 0), keepdims=True))", a, null, () -> logsumexp(a, new int[] {2, 0}, true),
                            "axes (2, 0) keepdims " + what, tol);
                    c.add("out = np.asarray(logsumexp(a, axis=None, keepdims=True))", a, null, () -> a.logsumexp(null, true),
                            "axes null keepdims " + what, tol);
                    c.add("out = np.asarray(logsumexp(a.transpose(2, 0, 1)[::-1], axis=1))", a, null,
                            () -> a.transpose(2, 0, 1).get("::-1").logsumexp(1), "transposed reversed " + what, tol);
                }
                if (sh.length == 2 && sh[1] != 0) {
                    c.add("out = np.asarray(logsumexp(a, axis=2))", a, null, () -> a.logsumexp(2), "axis out of range " + what, 0);
                    c.add("out = np.asarray(logsumexp(a, axis=(1, 1)))", a, null, () -> a.logsumexp(new int[] {1, 1}, false), "duplicate axis " + what, 0);
                }
            }
        double inf = Double.POSITIVE_INFINITY, nan = Double.NaN;
        double[][] rows = {{-inf, -inf, -inf}, {nan, 1, 2}, {inf, 1, 2}, {inf, -inf, 0}, {inf, inf, 1}, {-inf, inf, nan}, {1000, 1000, -1000},
                {-1000, -1000, -1000}, {1e308, 1e308, 0}, {-inf, 0, -inf}};
        NDArray special = array(rows);
        c.add("out = np.asarray(logsumexp(a, axis=1))", special, null, () -> special.logsumexp(1), "special rows", 1e-12);
        c.add("out = np.asarray(logsumexp(a, axis=-1, keepdims=True))", special.astype(DType.FLOAT32), null,
                () -> special.astype(DType.FLOAT32).logsumexp(-1, true), "special rows float32", 1e-6);
        c.check();
    }

    /** NumPy cases ({@code out = CODE} on a and b, with {@code math} and scipy's logsumexp imported) and NumJ's calls. */
    private static final class Cases {
        final List<NumPyOracle.Case> cases = new ArrayList<>();
        final List<Supplier<NDArray>> numj = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        final List<Double> tols = new ArrayList<>();

        void add(String code, NDArray a, NDArray b, Supplier<NDArray> call, String what, double rtol) {
            String body = "import math\nfrom scipy.special import logsumexp\na = a.astype(np.dtype(a.dtype.name))\n"
                    + (b == null ? "" : "b = b.astype(np.dtype(b.dtype.name))\n")
                    + "with np.errstate(all='ignore'):\n    " + (code.contains("out =") ? code : "out = " + code);
            cases.add(b == null ? NumPyOracle.Case.of(body, "a", toOracle(a)) : NumPyOracle.Case.of(body, "a", toOracle(a), "b", toOracle(b)));
            numj.add(call);
            names.add(what);
            tols.add(rtol);
        }

        void check() {
            List<OracleResult> res = np().runBatch(cases);
            for (int i = 0; i < cases.size(); i++) {
                OracleResult r = res.get(i);
                Supplier<NDArray> call = numj.get(i);
                String what = names.get(i);
                if (r.isError()) assertSameError(r, call::get, what);
                else if (r.value().dtype().equals("int8")) {
                    NumJTypeException e = assertThrows(NumJTypeException.class, call::get, what);
                    assertTrue(e.getMessage().contains("int8"), e.getMessage());
                } else {
                    double tol = tols.get(i);
                    assertMatches(r, call.get(), what, tol, tol == 0 ? 0 : tol * 1e-3);
                }
            }
        }
    }
}
