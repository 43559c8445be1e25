package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleArray;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The SIMD math kernels (native/cpu/simd_math.cc: exp, log, log1p, expm1, tanh, sin, cos and sigmoid on contiguous
 * float32/float64) against NumPy's accuracy contract: on ~130,000 inputs per function and dtype (random bit
 * patterns, the functions' usual ranges, tiny and huge magnitudes, subnormals, infinities, NaN, signed zeros,
 * the overflow and underflow thresholds of exp), NumJ's largest error in ULP, measured as NumPy's
 * {@code assert_array_max_ulp} does against a correctly rounded reference (float64 libm rounded to float32;
 * long double rounded to float64), stays within the {@code ulperrortol} of NumPy's own
 * {@code umath-validation-set-*.csv} data, and every special value (NaN, infinities, zeros with their sign) is
 * NumPy's, bit for bit, on contiguous and on strided operands. Prints NumJ's and NumPy's errors; NUMJ_SIMD=sse4 (or
 * avx2, avx512, off) in the environment checks another target (off: the libm loops).
 */
class SimdMathAccuracyTest {
    /** NumPy's name, NumJ's op, NumPy's tolerance for float32 and float64, input ranges. */
    record Fn(String name, Function<NDArray, NDArray> op, int tol32, int tol64, double[] ranges) {}

    static final List<Fn> FNS = List.of(
            new Fn("exp", NDArray::exp, 3, 1, new double[] {-5, 5, -110, 90, -760, 720}),
            new Fn("log", NDArray::log, 4, 1, new double[] {0, 10, 0.5, 2, 0, 1e6}),
            new Fn("log1p", NDArray::log1p, 2, 1, new double[] {-1, 10, -1e-6, 1e-6, -0.5, 0.5}),
            new Fn("expm1", NDArray::expm1, 3, 1, new double[] {-5, 5, -1e-3, 1e-3, -110, 720}),
            new Fn("tanh", NDArray::tanh, 2, 2, new double[] {-5, 5, -1e-3, 1e-3, -30, 30}),
            new Fn("sin", NDArray::sin, 2, 1, new double[] {-10, 10, -1e4, 1e4, -50000, 50000}),
            new Fn("cos", NDArray::cos, 2, 1, new double[] {-10, 10, -1e4, 1e4, -50000, 50000}),
            // NumJ's fused sigmoid; NumPy has none: the reference is 1/(1+exp(-x)) in higher precision, and the bound
            // is the one the libm loop (exp(-|x|) then a division, two roundings and exp's error) has always met
            new Fn("sigmoid", NDArray::sigmoid, 3, 3, new double[] {-6, 6, -20, 20, -800, 800}));

    static final double[] SPECIALS = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1, -1, 0.5,
        -0.5, Double.MIN_VALUE, -Double.MIN_VALUE, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, -Float.MIN_NORMAL,
        Double.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 88.72, 88.7228, 88.73, 89,
        -87.33, -87.34, -103, -104, -150, 706, 709.78, 709.79, 710, -708.39, -708.4, -745.1, -746, 1e-30, -1e-30, 1e-300,
        39000, 39001, -39000, 1e6, 1e22, Math.PI, Math.PI / 2, -0.9999999, 1e-8, -1e-8, 20, -20, 9.01, 19.06, 350, -350};

    static final int N = 1 << 17;

    static double[] inputs(Fn f, boolean f32, long seed) {
        Random rnd = new Random(seed);
        double[] x = new double[N + SPECIALS.length];
        for (int i = 0; i < N; i++) {
            int part = i * 5 / N;
            double v;
            if (part == 0) v = f32 ? Float.intBitsToFloat(rnd.nextInt()) : Double.longBitsToDouble(rnd.nextLong());
            else if (part <= 3) v = f.ranges[2 * (part - 1)] + (f.ranges[2 * (part - 1) + 1] - f.ranges[2 * (part - 1)]) * rnd.nextDouble();
            else v = (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, -45 + 51 * rnd.nextDouble());
            x[i] = v;
        }
        System.arraycopy(SPECIALS, 0, x, N, SPECIALS.length);
        if (f32) for (int i = 0; i < x.length; i++) x[i] = (float) x[i];
        return x;
    }

    /** NumPy's assert_array_max_ulp distance: representable values between a and b; NaN only matches NaN. */
    static long ulps(double a, double b, boolean f32) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.isNaN(a) && Double.isNaN(b) ? 0 : Long.MAX_VALUE;
        if (f32) {
            int x = Float.floatToRawIntBits((float) a), y = Float.floatToRawIntBits((float) b);
            long ox = x < 0 ? (long) Integer.MIN_VALUE - x : x, oy = y < 0 ? (long) Integer.MIN_VALUE - y : y;
            return Math.abs(ox - oy);
        }
        long x = Double.doubleToRawLongBits(a), y = Double.doubleToRawLongBits(b);
        long ox = x < 0 ? Long.MIN_VALUE - x : x, oy = y < 0 ? Long.MIN_VALUE - y : y;
        long d = ox - oy;
        return d == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(d);
    }

    static boolean special(double v) { return Double.isNaN(v) || Double.isInfinite(v) || v == 0; }

    /** Where NumJ must equal NumPy bit for bit: special inputs or results (for sigmoid, whose NumPy spelling
     * 1/(1+exp(-x)) underflows differently from NumJ's exp(x)/(1+exp(x)), special inputs only). */
    static boolean specialCase(Fn f, double x, double y, double numpy) {
        return special(x) || (!f.name.equals("sigmoid") && (special(numpy) || special(y)));
    }

    static boolean sameBits(double a, double b, boolean f32) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.isNaN(a) && Double.isNaN(b);
        return f32 ? Float.floatToRawIntBits((float) a) == Float.floatToRawIntBits((float) b)
                : Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }

    /** A CPU array holding x (float32 or float64); with stride 2 a view of every other element of a longer one. */
    static NDArray cpuArray(double[] x, boolean f32, boolean strided) {
        int k = strided ? 2 : 1;
        OracleArray o;
        if (f32) {
            float[] v = new float[x.length * k];
            for (int i = 0; i < x.length; i++) v[i * k] = (float) x[i];
            o = OracleArray.of(v, v.length);
        } else {
            double[] v = new double[x.length * k];
            for (int i = 0; i < x.length; i++) v[i * k] = x[i];
            o = OracleArray.of(v, v.length);
        }
        NDArray a = TestDevice.toHost(fromOracle(o));
        return strided ? a.get("::2") : a;
    }

    static double[] values(NDArray a, boolean f32) {
        if (!f32) return a.toDoubleArray();
        float[] v = a.toFloatArray();
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) d[i] = v[i];
        return d;
    }

    @Test
    void simdMathStaysWithinNumPysUlpTolerancesAndMatchesItsSpecialValues() {
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<double[]> ins = new ArrayList<>();
        for (Fn f : FNS)
            for (boolean f32 : new boolean[] {true, false}) {
                double[] x = inputs(f, f32, f.name.hashCode() + (f32 ? 1 : 2));
                ins.add(x);
                String call = f.name.equals("sigmoid") ? "1 / (1 + np.exp(-v))" : "np." + f.name + "(v)";
                String wide = f32 ? "np.float64" : "np.longdouble";
                cases.add(NumPyOracle.Case.of("with np.errstate(all='ignore'):\n"
                        + "    v = a.astype(" + wide + ")\n    ref = (" + call + ").astype(a.dtype)\n"
                        + "    v = a\n    mine = (" + call + ").astype(a.dtype)\n    out = (ref, mine)",
                        "a", f32 ? OracleArray.of(toFloats(x), x.length) : OracleArray.of(x, x.length)));
            }
        List<OracleResult> res = np().runBatch(cases);
        StringBuilder table = new StringBuilder("SIMD math max ULP (NumPy's metric; target " + simdTarget() + "):\n");
        List<String> failures = new ArrayList<>();
        int c = 0;
        for (Fn f : FNS)
            for (boolean f32 : new boolean[] {true, false}) {
                OracleResult r = res.get(c);
                double[] x = ins.get(c++);
                if (r.isError()) fail(f.name + ": " + r.errorMessage());
                double[] ref = r.values().get(0).toDoubleArray(), numpy = r.values().get(1).toDoubleArray();
                int tol = f32 ? f.tol32 : f.tol64;
                String what = f.name + (f32 ? " float32" : " float64");
                long npMax = 0;
                for (int i = 0; i < x.length; i++) npMax = Math.max(npMax, ulps(numpy[i], ref[i], f32));
                long[] mx = new long[2];
                for (boolean strided : new boolean[] {false, true}) {
                    double[] y = values(f.op.apply(cpuArray(x, f32, strided)), f32);
                    long m = 0;
                    double worst = 0;
                    int bad = 0;
                    for (int i = 0; i < x.length; i++) {
                        long u = ulps(y[i], ref[i], f32);
                        if (u > m) { m = u; worst = x[i]; }
                        if (specialCase(f, x[i], y[i], numpy[i]) && !sameBits(y[i], numpy[i], f32) && bad++ < 5)
                            failures.add(what + (strided ? " strided" : "") + ": f(" + x[i] + ") = " + y[i] + ", NumPy " + numpy[i]);
                    }
                    mx[strided ? 1 : 0] = m;
                    if (m > tol)
                        failures.add(what + (strided ? " strided" : "") + ": " + m + " ULP at x = " + worst + " (tolerance " + tol + ")");
                }
                // NumPy's sigmoid is the naive 1/(1+exp(-x)), which flushes the subnormal tail to 0: no comparison
                table.append(String.format("  %-8s %-8s NumJ %2d ULP (strided %2d), NumPy %s, tolerance %d%n", f.name,
                        f32 ? "float32" : "float64", mx[0], mx[1], f.name.equals("sigmoid") ? "-" : String.valueOf(npMax), tol));
            }
        System.out.print(table);
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + table);
    }

    static float[] toFloats(double[] x) {
        float[] v = new float[x.length];
        for (int i = 0; i < x.length; i++) v[i] = (float) x[i];
        return v;
    }

    static String simdTarget() {
        String e = System.getenv("NUMJ_SIMD");
        return e == null || e.isEmpty() ? "the CPU's best" : "capped at " + e;
    }
}
