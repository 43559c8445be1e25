package dev.numj;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import org.junit.jupiter.api.Test;

import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static dev.numj.NumJ.*;
import static org.junit.jupiter.api.Assertions.*;
import dev.numj.random.Random;
import static dev.numj.random.Random.*;

/**
 * The distributions, statistically: a million samples each, moments within 5 standard errors of
 * theory, chi-square for the discrete ones, and the combinatorial promises of choice, permutation and
 * shuffle. Seeds are fixed, so each check is deterministic; 5 sigma leaves room for any seed.
 */
class RandomStatsTest {
    private static final int N = 1_000_000;

    /** The values as a Java array, straight from the native memory (fast for a million). */
    private static double[] doubles(NDArray a) {
        NDArray c = a.astype(FLOAT64);
        return storageOf(c).segment().asSlice(offsetOf(c), c.nbytes()).toArray(ValueLayout.JAVA_DOUBLE);
    }

    private static long[] longs(NDArray a) {
        NDArray c = a.astype(INT64);
        return storageOf(c).segment().asSlice(offsetOf(c), c.nbytes()).toArray(ValueLayout.JAVA_LONG);
    }

    /** mean, variance (population), skewness, excess kurtosis, lag-1 autocorrelation */
    private static double[] moments(double[] x) {
        double m = 0;
        for (double v : x) m += v;
        m /= x.length;
        double m2 = 0, m3 = 0, m4 = 0, lag = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - m, d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
            if (i > 0) lag += d * (x[i - 1] - m);
        }
        m2 /= x.length;
        m3 /= x.length;
        m4 /= x.length;
        return new double[] {m, m2, m3 / Math.pow(m2, 1.5), m4 / (m2 * m2) - 3, lag / x.length / m2};
    }

    private static void within5Sigma(double expected, double actual, double sigma, String what) {
        assertTrue(Math.abs(actual - expected) <= 5 * sigma,
                what + ": " + actual + " is not within 5 sigma (" + 5 * sigma + ") of " + expected);
    }

    /** Moments of a uniform(lo, hi) sample: mean, variance (mu4 = (h-l)^4/80) and no lag-1 correlation. */
    private static void checkUniform(double[] x, double lo, double hi, String what) {
        double w = hi - lo, var = w * w / 12;
        double[] m = moments(x);
        within5Sigma((lo + hi) / 2, m[0], Math.sqrt(var / x.length), what + " mean");
        within5Sigma(var, m[1], Math.sqrt((w * w * w * w / 80 - var * var) / x.length), what + " variance");
        within5Sigma(0, m[4], 1 / Math.sqrt(x.length), what + " lag-1 correlation");
        double a = Math.min(lo, hi), b = Math.max(lo, hi);
        for (double v : x) if (!(v >= a && v <= b)) fail(what + ": " + v + " outside [" + a + ", " + b + "]");
    }

    private static void checkNormal(double[] x, double mu, double sd, String what) {
        double[] m = moments(x);
        int n = x.length;
        within5Sigma(mu, m[0], sd / Math.sqrt(n), what + " mean");
        within5Sigma(sd * sd, m[1], sd * sd * Math.sqrt(2.0 / n), what + " variance");
        within5Sigma(0, m[2], Math.sqrt(6.0 / n), what + " skewness");
        within5Sigma(0, m[3], Math.sqrt(24.0 / n), what + " excess kurtosis");
        within5Sigma(0, m[4], 1 / Math.sqrt(n), what + " lag-1 correlation");
        long tail = Arrays.stream(x).filter(v -> Math.abs(v - mu) > 3 * sd).count();
        double p = 0.0026997960632601866;   // P(|Z| > 3)
        within5Sigma(p * n, tail, Math.sqrt(n * p * (1 - p)), what + " beyond 3 sigma");
    }

    /** Pearson's chi-square of counts against equal expectation, below df + 5 sqrt(2 df). */
    private static void checkChiSquare(long[] counts, String what) {
        long total = Arrays.stream(counts).sum();
        double e = (double) total / counts.length, chi2 = 0;
        for (long c : counts) chi2 += (c - e) * (c - e) / e;
        int df = counts.length - 1;
        assertTrue(chi2 <= df + 5 * Math.sqrt(2.0 * df), what + ": chi-square " + chi2 + " with " + df + " degrees of freedom");
    }

    @Test
    void uniformFloats() {
        Random rng = random(101);
        NDArray u = rng.rand(1000, 1000);
        assertEquals(DType.FLOAT64, u.dtype());
        checkUniform(doubles(u), 0, 1, "rand");
        double[] f = doubles(rng.rand(FLOAT32, N));
        checkUniform(f, 0, 1, "rand float32");
        checkUniform(doubles(rng.uniform(-0.5, 0.5, N)), -0.5, 0.5, "uniform(-.5, .5)");
        checkUniform(doubles(rng.uniform(3, -1, N)), 3, -1, "uniform(3, -1): low above high, as NumPy allows");
        checkUniform(doubles(rng.uniform(FLOAT32, 10, 20, N)), 10, 20, "uniform float32");
        double[] x = doubles(u);
        for (double v : x) assertTrue(v < 1.0);
        assertTrue(Arrays.stream(x).min().getAsDouble() < 1e-5 && Arrays.stream(x).max().getAsDouble() > 1 - 1e-5);
    }

    @Test
    void normals() {
        Random rng = random(202);
        checkNormal(doubles(rng.randn(N)), 0, 1, "randn");
        checkNormal(doubles(rng.randn(FLOAT32, N)), 0, 1, "randn float32");
        checkNormal(doubles(rng.normal(170, 10, N)), 170, 10, "normal(170, 10)");
        checkNormal(doubles(rng.normal(FLOAT32, -3, 0.25, N)), -3, 0.25, "normal float32");
        // both Box-Muller outputs are used: the even (cos) and odd (sin) values are each standard normal
        double[] z = doubles(rng.randn(2 * N));
        double[] even = new double[N], odd = new double[N];
        for (int i = 0; i < N; i++) {
            even[i] = z[2 * i];
            odd[i] = z[2 * i + 1];
        }
        checkNormal(even, 0, 1, "cos outputs");
        checkNormal(odd, 0, 1, "sin outputs");
        double cross = 0;
        for (int i = 0; i < N; i++) cross += even[i] * odd[i];
        within5Sigma(0, cross / N, 1 / Math.sqrt(N), "correlation of a pair's two values");
        assertTrue(Arrays.stream(z).max().getAsDouble() > 4.5, "the tails are reached");
    }

    @Test
    void exponentials() {
        Random rng = random(303);
        for (double scale : new double[] {1, 2.5}) {
            double[] x = doubles(rng.exponential(scale, N));
            double[] m = moments(x);
            within5Sigma(scale, m[0], scale / Math.sqrt(N), "exponential mean = scale " + scale);
            within5Sigma(scale * scale, m[1], scale * scale * Math.sqrt(8.0 / N), "exponential variance");
            long above = Arrays.stream(x).filter(v -> v > scale).count();
            double p = Math.exp(-1);
            within5Sigma(p * N, above, Math.sqrt(N * p * (1 - p)), "P(X > scale) = 1/e");
            assertTrue(Arrays.stream(x).min().getAsDouble() >= 0);
        }
        double[] f = doubles(rng.exponential(FLOAT32, 0.5, N));
        within5Sigma(0.5, moments(f)[0], 0.5 / Math.sqrt(N), "exponential float32 mean");
        assertArrayEquals(new double[] {0, 0, 0}, doubles(rng.exponential(0.0, 3)));
    }

    @Test
    void randintCoversItsRangeUniformly() {
        Random rng = random(404);
        NDArray r = rng.randint(0, 10, N);
        assertEquals(DType.INT64, r.dtype());
        long[] counts = new long[10];
        for (long v : longs(r)) counts[(int) v]++;
        checkChiSquare(counts, "randint(0, 10)");
        long[] c7 = new long[7];
        for (long v : longs(rng.randint(INT32, -3, 4, N))) c7[(int) v + 3]++;
        checkChiSquare(c7, "randint(int32, -3, 4)");
        // a range above 2^32 takes the 128-bit path: uniform over 16 equal slices, mean in the middle
        long hi = 3L << 61;
        long[] slices = new long[16];
        double[] asDouble = new double[N];
        long[] big = longs(rng.randint(0, hi, N));
        for (int i = 0; i < N; i++) {
            assertTrue(big[i] >= 0 && big[i] < hi);
            slices[(int) (big[i] / (hi / 16))]++;
            asDouble[i] = big[i] / (double) hi;
        }
        checkChiSquare(slices, "randint(0, 3 * 2^61)");
        checkUniform(asDouble, 0, 1, "randint(0, 3 * 2^61) / high");
        // the full int64 range and a one-value range
        long[] full = longs(rng.randint(Long.MIN_VALUE, Long.MAX_VALUE, 100_000));
        assertTrue(Arrays.stream(full).anyMatch(v -> v < 0) && Arrays.stream(full).anyMatch(v -> v > 0));
        assertArrayEquals(new long[] {5, 5, 5}, longs(rng.randint(5, 6, 3)));
        NDArray b = rng.randint(BOOL, 0, 2, N);
        assertEquals(DType.BOOL, b.dtype());
        long trues = 0;
        for (boolean v : b.toBooleanArray()) if (v) trues++;
        within5Sigma(N / 2.0, trues, Math.sqrt(N / 4.0), "randint(bool, 0, 2)");
    }

    @Test
    void choiceSamples() {
        Random rng = random(505);
        long[] counts = new long[10];
        for (long v : longs(rng.choice(10, N))) counts[(int) v]++;
        checkChiSquare(counts, "choice(10, 1e6) with replacement");
        // without replacement: distinct, from the population, dense and sparse tables alike
        for (long n : new long[] {1000, 1_000_000_000_000L}) {
            long[] pick = longs(rng.choice(n, 1000, false));
            Set<Long> seen = new HashSet<>();
            for (long v : pick) {
                assertTrue(v >= 0 && v < n);
                assertTrue(seen.add(v), "repeated value " + v);
            }
        }
        long[] all = longs(rng.choice(1000, 1000, false));
        Arrays.sort(all);
        assertArrayEquals(longs(arange(1000)), all);
        // every ordered pair of choice(5, 2, replace=False) is equally likely
        long[] pairs = new long[25];
        for (int t = 0; t < 20_000; t++) {
            long[] p = longs(rng.choice(5, 2, false));
            assertNotEquals(p[0], p[1]);
            pairs[(int) (5 * p[0] + p[1])]++;
        }
        long[] offDiagonal = new long[20];
        for (int i = 0, k = 0; i < 25; i++) if (i % 6 != 0) offDiagonal[k++] = pairs[i];
        checkChiSquare(offDiagonal, "ordered pairs of choice(5, 2, false)");
        // values of an array: 1-D elements or 2-D rows, the array's dtype
        NDArray v = rng.choice(array(10.5, 20.5, 30.5), 3, false);
        assertEquals(DType.FLOAT64, v.dtype());
        double[] sorted = doubles(v);
        Arrays.sort(sorted);
        assertArrayEquals(new double[] {10.5, 20.5, 30.5}, sorted);
        NDArray rows = rng.choice(arange(20).astype(INT32).reshape(10, 2), 4, true);
        assertArrayEquals(new long[] {4, 2}, rows.shape());
        assertEquals(DType.INT32, rows.dtype());
        for (int i = 0; i < 4; i++) assertEquals(rows.getLong(i, 0) + 1, rows.getLong(i, 1), "rows stay whole");
    }

    @Test
    void permutationsArePermutationsAndUniform() {
        Random rng = random(606);
        long[] p = longs(rng.permutation(100_000));
        Arrays.sort(p);
        assertArrayEquals(longs(arange(100_000)), p);
        assertEquals(0, rng.permutation(0).size());
        assertEquals(0, rng.permutation(-3).size(), "NumPy: permutation(-3) is arange(-3), empty");
        Map<String, Long> seen = new HashMap<>();
        for (int t = 0; t < 24_000; t++) seen.merge(Arrays.toString(longs(rng.permutation(4))), 1L, Long::sum);
        assertEquals(24, seen.size(), "all 24 orders of 4 appear");
        checkChiSquare(seen.values().stream().mapToLong(Long::longValue).toArray(), "the 24 permutations of 4");
        // each value lands in each position equally often in a longer permutation
        long[][] pos = new long[8][8];
        for (int t = 0; t < 16_000; t++) {
            long[] q = longs(rng.permutation(8));
            for (int i = 0; i < 8; i++) pos[i][(int) q[i]]++;
        }
        for (long[] row : pos) checkChiSquare(row, "values at one position of permutation(8)");
    }

    @Test
    void shuffleKeepsRowsWholeAndWorksInPlace() {
        Random rng = random(707);
        NDArray X = arange(40).reshape(20, 2);
        NDArray before = X.copy();
        rng.shuffle(X);
        assertArrayEquals(new long[] {20, 2}, X.shape());
        assertFalse(Arrays.equals(longs(before), longs(X)), "20 rows were reordered");
        long[] firsts = new long[20];
        for (int i = 0; i < 20; i++) {
            assertEquals(X.getLong(i, 0) + 1, X.getLong(i, 1), "row " + i + " stays whole");
            assertEquals(0, X.getLong(i, 0) % 2);
            firsts[i] = X.getLong(i, 0) / 2;
        }
        Arrays.sort(firsts);
        assertArrayEquals(longs(arange(20)), firsts, "the same rows");
        // a strided view shuffles in place, through to its base, touching nothing else
        NDArray a = arange(10).astype(FLOAT64);
        NDArray evens = a.get("::2");
        rng.shuffle(evens);
        double[] all = doubles(a);
        double[] e = new double[5];
        for (int i = 0; i < 10; i++) {
            if (i % 2 == 1) assertEquals(i, all[i], "odd positions untouched");
            else e[i / 2] = all[i];
        }
        Arrays.sort(e);
        assertArrayEquals(new double[] {0, 2, 4, 6, 8}, e);
        // permutation(X) copies; X stays as it was
        NDArray Y = arange(12).reshape(4, 3);
        NDArray Yp = rng.permutation(Y);
        assertArrayEquals(longs(arange(12)), longs(Y));
        assertArrayEquals(new long[] {4, 3}, Yp.shape());
        assertTrue(rng.permutation(broadcastTo(arange(3), 2, 3)).isWriteable(), "a permutation is a new array");
        NDArray empty = zeros(0, 3);
        rng.shuffle(empty);
        assertArrayEquals(new long[] {0, 3}, rng.permutation(empty).shape());
    }
}
