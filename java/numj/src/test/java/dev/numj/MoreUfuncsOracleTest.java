package dev.numj;

import dev.numj.nn.Activations;
import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleArray;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ufuncs tan ... arctanh, signbit, positive, arctan2, fmax, fmin, hypot, copysign, logaddexp, logaddexp2,
 * nextafter, heaviside and the fused leakyRelu and
 * sigmoidDerivative against NumPy: every dtype, NaN, infinities, signed zeros and
 * out-of-domain inputs, broadcasting and Java scalars for the binaries, NumPy's errors. Each function is
 * checked as an NDArray method and as a NumJ function.
 */
class MoreUfuncsOracleTest {
    /** NumPy's name; NumJ's method and function; whether NumPy computes bool in float16 (NumJ: float32). */
    record Un(String numpy, Function<NDArray, NDArray> method, Function<NDArray, NDArray> function, boolean floatFn) {}

    record Bin(String numpy, BiFunction<NDArray, NDArray, NDArray> method, BiFunction<NDArray, NDArray, NDArray> function,
               BiFunction<NDArray, Double, NDArray> withDouble, BiFunction<NDArray, Long, NDArray> withLong,
               BiFunction<Double, NDArray, NDArray> doubleFirst, BiFunction<Long, NDArray, NDArray> longFirst) {}

    static final List<Un> UNARY = List.of(
            new Un("tan", NDArray::tan, NumJ::tan, true),
            new Un("log2", NDArray::log2, NumJ::log2, true),
            new Un("log10", NDArray::log10, NumJ::log10, true),
            new Un("trunc", NDArray::trunc, NumJ::trunc, false),
            new Un("rint", NDArray::rint, NumJ::rint, true),
            new Un("reciprocal", NDArray::reciprocal, NumJ::reciprocal, false),
            new Un("arcsin", NDArray::arcsin, NumJ::arcsin, true),
            new Un("arccos", NDArray::arccos, NumJ::arccos, true),
            new Un("arctan", NDArray::arctan, NumJ::arctan, true),
            new Un("sinh", NDArray::sinh, NumJ::sinh, true),
            new Un("cosh", NDArray::cosh, NumJ::cosh, true),
            new Un("arcsinh", NDArray::arcsinh, NumJ::arcsinh, true),
            new Un("arccosh", NDArray::arccosh, NumJ::arccosh, true),
            new Un("arctanh", NDArray::arctanh, NumJ::arctanh, true),
            new Un("signbit", NDArray::signbit, NumJ::signbit, false),
            new Un("positive", NDArray::positive, NumJ::positive, false));

    static final List<Bin> BINARY = List.of(
            new Bin("arctan2", NDArray::arctan2, NumJ::arctan2, NDArray::arctan2, NDArray::arctan2, NumJ::arctan2, NumJ::arctan2),
            new Bin("fmax", NDArray::fmax, NumJ::fmax, NDArray::fmax, NDArray::fmax, NumJ::fmax, NumJ::fmax),
            new Bin("fmin", NDArray::fmin, NumJ::fmin, NDArray::fmin, NDArray::fmin, NumJ::fmin, NumJ::fmin),
            new Bin("hypot", NDArray::hypot, NumJ::hypot, NDArray::hypot, NDArray::hypot, NumJ::hypot, NumJ::hypot),
            new Bin("copysign", NDArray::copysign, NumJ::copysign, NDArray::copysign, NDArray::copysign, NumJ::copysign, NumJ::copysign),
            new Bin("logaddexp", NDArray::logaddexp, NumJ::logaddexp, NDArray::logaddexp, NDArray::logaddexp, NumJ::logaddexp, NumJ::logaddexp),
            new Bin("logaddexp2", NDArray::logaddexp2, NumJ::logaddexp2, NDArray::logaddexp2, NDArray::logaddexp2, NumJ::logaddexp2,
                    NumJ::logaddexp2),
            new Bin("nextafter", NDArray::nextafter, NumJ::nextafter, NDArray::nextafter, NDArray::nextafter, NumJ::nextafter, NumJ::nextafter),
            new Bin("heaviside", NDArray::heaviside, NumJ::heaviside, NDArray::heaviside, NDArray::heaviside, NumJ::heaviside, NumJ::heaviside));

    /** Float inputs NumPy's functions treat specially: NaN, infinities, signed zeros, domain edges, overflow. */
    static final double[] SPECIALS = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1.0, -1.0,
            0.5, -0.5, 2.0, -2.0, 3.0, 1e-300, 1e300, 710.0, -710.0, 1e10};
    static final long[] INT_SPECIALS = {0, 1, -1, 2, -2, 3, 7, -100, Integer.MAX_VALUE, Integer.MIN_VALUE};

    static final long[][][] SHAPES = {{{3, 4}, {3, 4}}, {{2, 1, 4}, {3, 4}}, {{5, 1}, {1, 6}}, {{}, {2, 3}}, {{0, 3}, {3}},
            {{3}, {4}}};

    static final double RTOL = 1e-6, ATOL = 1e-7;   // UnaryOracleTest's, for transcendental functions in float32

    /** Random values of dtype dt, about half of them replaced by SPECIALS (INT_SPECIALS for integers). */
    static NDArray sample(Random rnd, DType dt, long... shape) {
        NDArray a = TestDevice.toHost(random(rnd, dt, shape)).copy();
        for (long i = 0; i < a.size(); i++) {
            if (rnd.nextBoolean()) continue;
            long off = a.flatOffset(i);
            if (dt.isFloating()) a.writeDouble(off, SPECIALS[rnd.nextInt(SPECIALS.length)]);
            else if (dt.isInteger()) a.writeLong(off, dt == DType.INT32 || rnd.nextBoolean()
                    ? INT_SPECIALS[rnd.nextInt(INT_SPECIALS.length)] : Long.MIN_VALUE + rnd.nextInt(3));
        }
        return TestDevice.onTestDevice(a);
    }

    @Test
    void unaryFunctionsOnEveryDtypeAndSpecialValue() {
        Random rnd = new Random(11);
        Cases c = new Cases();
        for (DType dt : DType.values())
            for (long[] sh : new long[][] {{}, {7}, {3, 5}, {0, 2}, {40}})
                for (Un f : UNARY) {
                    NDArray a = sample(rnd, dt, sh);
                    // NumPy computes float functions of bool in float16, which NumJ does not have: NumJ uses float32
                    String arg = dt.isBool() && f.floatFn ? "a.astype(np.float32)" : "a";
                    String what = f.numpy + " " + dt + java.util.Arrays.toString(sh);
                    c.add("np." + f.numpy + "(" + arg + ")", a, null, () -> f.method.apply(a), what);
                    c.add("np." + f.numpy + "(" + arg + ")", a, null, () -> f.function.apply(a), what + " (NumJ." + f.numpy + ")");
                }
        c.check(RTOL, ATOL);
    }

    @Test
    void binaryFunctionsOnEveryDtypePairAndBroadcastShape() {
        Random rnd = new Random(12);
        Cases c = new Cases();
        for (DType da : DType.values())
            for (DType db : DType.values())
                for (long[][] sh : SHAPES)
                    for (Bin f : BINARY) {
                        NDArray a = sample(rnd, da, sh[0]), b = sample(rnd, db, sh[1]);
                        String what = f.numpy + " " + da + java.util.Arrays.toString(sh[0]) + " " + db + java.util.Arrays.toString(sh[1]);
                        // bool with bool: NumPy's float16, NumJ's float32 (as for the unary float functions)
                        boolean f16 = da.isBool() && db.isBool() && !f.numpy.startsWith("fm");
                        String code = "np." + f.numpy + (f16 ? "(a.astype(np.float32), b.astype(np.float32))" : "(a, b)");
                        c.add(code, a, b, () -> f.method.apply(a, b), what);
                        c.add(code, a, b, () -> f.function.apply(a, b), what + " (NumJ." + f.numpy + ")");
                    }
        c.check(RTOL, ATOL);
    }

    @Test
    void binaryFunctionsWithJavaScalarsOnEitherSide() {
        Random rnd = new Random(13);
        Cases c = new Cases();
        double[] doubles = {2.5, -0.5, 0.0, -0.0, Double.NaN, Double.NEGATIVE_INFINITY};
        long[] longs = {2, -3, 0};
        for (DType dt : DType.values())
            for (Bin f : BINARY) {
                NDArray a = sample(rnd, dt, 9);
                for (double s : doubles) {
                    String lit = Double.isNaN(s) ? "float('nan')" : Double.isInfinite(s) ? "float('-inf')" : Double.toString(s);
                    c.add("np." + f.numpy + "(a, " + lit + ")", a, null, () -> f.withDouble.apply(a, s), f.numpy + "(" + dt + ", " + s + ")");
                    c.add("np." + f.numpy + "(" + lit + ", a)", a, null, () -> f.doubleFirst.apply(s, a), f.numpy + "(" + s + ", " + dt + ")");
                }
                for (long s : longs) {
                    // NumPy's float16 for bool with a Python int is int64 here, as NumJ's (weak int beside bool)
                    c.add("np." + f.numpy + "(a, " + s + ")", a, null, () -> f.withLong.apply(a, s), f.numpy + "(" + dt + ", " + s + "L)");
                    c.add("np." + f.numpy + "(" + s + ", a)", a, null, () -> f.longFirst.apply(s, a), f.numpy + "(" + s + "L, " + dt + ")");
                }
            }
        for (DType dt : DType.values()) {
            NDArray a = sample(rnd, dt, 6);
            for (boolean s : new boolean[] {true, false}) {
                String lit = s ? "True" : "False";
                c.add("np.fmax(a, " + lit + ")", a, null, () -> a.fmax(s), "fmax(" + dt + ", " + s + ")");
                c.add("np.fmax(" + lit + ", a)", a, null, () -> NumJ.fmax(s, a), "fmax(" + s + ", " + dt + ")");
                c.add("np.fmin(a, " + lit + ")", a, null, () -> NumJ.fmin(a, s), "fmin(" + dt + ", " + s + ")");
                c.add("np.fmin(" + lit + ", a)", a, null, () -> NumJ.fmin(s, a), "fmin(" + s + ", " + dt + ")");
            }
        }
        c.check(RTOL, ATOL);
    }

    @Test
    void fusedLeakyReluAndSigmoidDerivative() {
        Random rnd = new Random(14);
        Cases exact = new Cases(), close = new Cases();
        for (DType dt : DType.values()) {
            NDArray a = sample(rnd, dt, 3, 7);
            for (double alpha : new double[] {0.01, 0.2, 1.0, 0.0, 1.5, -0.5}) {
                String what = dt + " alpha=" + alpha;
                exact.add("np.where(a > 0, a, " + alpha + " * a)", a, null, () -> a.leakyRelu(alpha), "leakyRelu " + what);
                // Activations keeps its formula's results: np.maximum(alpha * z, z)
                exact.add("np.maximum(" + alpha + " * a, a)", a, null, () -> Activations.leakyRelu(a, alpha), "Activations.leakyRelu " + what);
            }
            String z = dt.isFloating() ? "a" : dt.isBool() ? "a.astype(np.float32)" : "a.astype(np.float64)";
            String numpy = "s = 1 / (1 + np.exp(-" + z + "))\n    out = s * (1 - s)";
            close.add(numpy, a, null, a::sigmoidDerivative, "sigmoidDerivative " + dt);
            close.add(numpy, a, null, () -> Activations.sigmoidDerivative(a), "Activations.sigmoidDerivative " + dt);
            // the fused kernel is the composition it replaced, to the bit
            NDArray s = a.sigmoid();
            assertBitsEqual(s.mul(s.rsub(1L)), a.sigmoidDerivative(), "sigmoidDerivative " + dt);
        }
        exact.check(0, 0);
        close.check(RTOL, ATOL);
    }

    private static void assertBitsEqual(NDArray expected, NDArray actual, String what) {
        assertEquals(expected.dtype(), actual.dtype(), what);
        assertEquals(java.util.Arrays.toString(toOracle(expected).data()), java.util.Arrays.toString(toOracle(actual).data()), what);
    }

    /** A batch of NumPy cases ({@code out = CODE} on inputs a and b) and the NumJ calls that must match them. */
    private static final class Cases {
        final List<NumPyOracle.Case> cases = new ArrayList<>();
        final List<Supplier<NDArray>> numj = new ArrayList<>();
        final List<String> names = new ArrayList<>();

        void add(String code, NDArray a, NDArray b, Supplier<NDArray> call, String what) {
            String body = code.contains("out =") ? code : "out = " + code;
            cases.add(b == null ? NumPyOracle.Case.of("with np.errstate(all='ignore'):\n    " + body, "a", toOracle(a))
                    : NumPyOracle.Case.of("with np.errstate(all='ignore'):\n    " + body, "a", toOracle(a), "b", toOracle(b)));
            numj.add(call);
            names.add(what);
        }

        /** NumPy's errors must be NumJ's; int8 results (NumJ has no int8) a NumJTypeException naming int8. */
        void check(double rtol, double atol) {
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
                    NDArray got = call.get();
                    assertMatches(r, got, what, rtol, atol);
                    // NumPy's fmax/fmin of 0.0 and -0.0 returns either, depending on its SIMD path and the sizes
                    if (!cases.get(i).code().contains("np.fm")) assertSignedZeros(r.value(), toOracle(got), what);
                }
            }
        }
    }

    /** assertMatches ignores the sign of zero; arctan2, copysign, trunc and the like must keep NumPy's. */
    private static void assertSignedZeros(OracleArray expected, OracleArray actual, String what) {
        if (expected.kind() != 'f' || !expected.dtype().equals(actual.dtype())) return;
        ByteBuffer e = ByteBuffer.wrap(expected.data()).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer a = ByteBuffer.wrap(actual.data()).order(ByteOrder.LITTLE_ENDIAN);
        boolean f32 = expected.itemSize() == 4;
        for (int i = 0; i < expected.size(); i++) {
            double x = f32 ? e.getFloat(i * 4) : e.getDouble(i * 8), y = f32 ? a.getFloat(i * 4) : a.getDouble(i * 8);
            if (x == 0 && y == 0 && (1 / x > 0) != (1 / y > 0))
                throw new AssertionError(what + ": element " + i + " is " + y + ", NumPy's " + x);
        }
    }
}
