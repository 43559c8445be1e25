package dev.numj.random;

import dev.numj.DType;
import dev.numj.NDArray;
import org.junit.jupiter.api.Test;

import java.util.function.LongFunction;

import static dev.numj.NumJ.*;
import static dev.numj.random.Random.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The samplers of native/cpu/samplers.h, bit for bit: every value of gamma, beta, chisquare, standard_t,
 * lognormal, laplace, logistic, the truncated normal, binomial, poisson, geometric, dirichlet,
 * multinomial and choice-with-p against {@link SamplerReference} (value i of a draw at word W reads
 * the sub-stream of block W/4 + i), for parameters that reach every branch (Johnk and gamma-ratio
 * beta, inversion and BTPE binomial, multiplication and PTRS poisson, search and inversion geometric,
 * each truncated-normal proposal). Also: a draw's values do not depend on what the others consumed,
 * and the stream bookkeeping (4 words a value).
 */
class SamplerStreamTest {
    private static final int N = 2003;
    private static final long[] SEEDS = {0, 42, -1, 0x123456789abcdefL};

    /** Compares draw(seed) with the reference's value i at block first + i, for a fresh generator drawing after {@code skip} rand values. */
    private static void same(String what, java.util.function.Function<Random, NDArray> draw,
                             java.util.function.BiFunction<Long, Long, Double> ref) {
        for (long seed : SEEDS) {
            for (int skip : new int[] {0, 5}) {
                Random rng = random(seed);
                if (skip > 0) rng.rand(skip);                    // the draw then starts at word 12 (block 3)
                long first = rng.offset() == 0 ? 0 : (rng.offset() + 3) / 4;
                double[] got = draw.apply(rng).astype(DType.FLOAT64).toDoubleArray();
                for (int i = 0; i < got.length; i++) {
                    double want = ref.apply(seed, first + i);
                    if (Double.doubleToLongBits(want) != Double.doubleToLongBits(got[i]))
                        fail(what + " seed " + seed + " skip " + skip + " i " + i + ": want " + want + " got " + got[i]);
                }
            }
        }
    }

    private static SamplerReference.Sub sub(long seed, long block) { return new SamplerReference.Sub(seed, block); }

    @Test
    void continuousSamplersEqualTheReference() {
        for (double a : new double[] {0.3, 1.0, 2.5, 40.0}) {
            same("gamma(" + a + ", 1.5)", r -> r.gamma(a, 1.5, N), (s, b) -> 1.5 * SamplerReference.standardGamma(sub(s, b), a));
        }
        for (double[] ab : new double[][] {{0.5, 0.5}, {0.2, 0.9}, {2, 3}, {0.5, 4}, {1e-3, 1e-3}}) {
            same("beta" + java.util.Arrays.toString(ab), r -> r.beta(ab[0], ab[1], N),
                    (s, b) -> SamplerReference.beta(sub(s, b), ab[0], ab[1]));
        }
        same("chisquare(3)", r -> r.chisquare(3, N), (s, b) -> 2.0 * SamplerReference.standardGamma(sub(s, b), 1.5));
        same("standard_t(4)", r -> r.standardT(4, N), (s, b) -> SamplerReference.standardT(sub(s, b), 4));
        same("lognormal(1, 0.5)", r -> r.lognormal(1, 0.5, N), (s, b) -> StrictMath.exp(1 + 0.5 * sub(s, b).normal()));
        same("laplace(2, 3)", r -> r.laplace(2, 3, N), (s, b) -> SamplerReference.laplace(sub(s, b), 2, 3));
        same("logistic(-1, 2)", r -> r.logistic(-1, 2, N), (s, b) -> SamplerReference.logistic(sub(s, b), -1, 2));
        double[][] windows = {{-2, 2}, {-0.5, 0.7}, {0.5, 1}, {3, 30}, {8, 8.01}, {-40, -6}, {-1e300, 1e300}, {0, 1e-9},
                {Double.NEGATIVE_INFINITY, -1}, {1, Double.POSITIVE_INFINITY}};
        for (double[] w : windows) {
            same("truncatedNormal(1, 2, " + w[0] + ", " + w[1] + ")", r -> r.truncatedNormal(1, 2, w[0], w[1], N),
                    (s, b) -> SamplerReference.truncatedNormal(sub(s, b), 1, 2, w[0], w[1]));
        }
        same("standardGamma float32", r -> r.standardGamma(FLOAT32, 0.7, N),
                (s, b) -> (double) (float) SamplerReference.standardGamma(sub(s, b), 0.7));
    }

    @Test
    void discreteSamplersEqualTheReference() {
        long[][] np = {{10, 300}, {1000, 10}, {1000, 500}, {1000, 990}, {1L << 40, 300}, {50, 1000}, {7, 0}, {0, 500}};
        for (long[] c : np) {
            double p = c[1] / 1000.0;
            same("binomial(" + c[0] + ", " + p + ")", r -> r.binomial(c[0], p, N), (s, b) -> (double) SamplerReference.binomial(sub(s, b), c[0], p));
        }
        for (double lam : new double[] {0, 0.5, 9.99, 10, 123.4, 1e12}) {
            same("poisson(" + lam + ")", r -> r.poisson(lam, N), (s, b) -> (double) SamplerReference.poisson(sub(s, b), lam));
        }
        for (double p : new double[] {1, 0.5, 1 / 3.0, 0.3, 1e-3, 1e-300}) {
            same("geometric(" + p + ")", r -> r.geometric(p, N), (s, b) -> (double) SamplerReference.geometric(sub(s, b), p));
        }
    }

    @Test
    void arrayParametersReachTheirValues() {
        // value i reads parameter i (broadcast): the reference with each element's own parameters
        NDArray shape = array(0.5, 1.0, 3.0, 7.5).reshape(4, 1);
        NDArray scale = array(1.0, 2.0, 0.5);
        NDArray g = random(9).gamma(shape, scale);
        assertArrayEquals(new long[] {4, 3}, g.shape());
        double[] got = g.toDoubleArray(), sh = {0.5, 1.0, 3.0, 7.5}, sc = {1.0, 2.0, 0.5};
        for (int i = 0; i < 12; i++)
            assertEquals(sc[i % 3] * SamplerReference.standardGamma(sub(9, i), sh[i / 3]), got[i], 0.0, "element " + i);
        long[] k = random(9).binomial(array(5L, 50L, 5000L), array(0.5), 2, 3).toLongArray();
        long[] n = {5, 50, 5000};
        for (int i = 0; i < 6; i++) assertEquals(SamplerReference.binomial(sub(9, i), n[i % 3], 0.5), k[i], "binomial element " + i);
    }

    @Test
    void rowsAndChoiceEqualTheReference() {
        double[] pv = {0.1, 0.2, 0.3, 0.4};
        for (long seed : SEEDS) {
            long[] m = random(seed).multinomial(1000, pv, 50).toLongArray();
            for (int r = 0; r < 50; r++)
                assertArrayEquals(SamplerReference.multinomial(seed, r, 1000, pv), java.util.Arrays.copyOfRange(m, 4 * r, 4 * r + 4));
            // pvals of shape (2, 4): row r of the result uses pvals row r % 2
            double[] pv2 = {0.1, 0.2, 0.3, 0.4, 0.7, 0.1, 0.1, 0.1};
            long[] m2 = random(seed).multinomial(array(1000L), array(pv2).reshape(2, 4), 3, 2).toLongArray();
            for (int r = 0; r < 6; r++)
                assertArrayEquals(SamplerReference.multinomial(seed, r, 1000, java.util.Arrays.copyOfRange(pv2, 4 * (r % 2), 4 * (r % 2) + 4)),
                        java.util.Arrays.copyOfRange(m2, 4 * r, 4 * r + 4), "row " + r);
            double[] alpha = {0.5, 2, 1e-3, 0};
            double[] d = random(seed).dirichlet(alpha, 50).toDoubleArray();
            for (int r = 0; r < 50; r++)
                assertArrayEquals(SamplerReference.dirichlet(seed, r, alpha), java.util.Arrays.copyOfRange(d, 4 * r, 4 * r + 4));
            // choice with p, with replacement: searchsorted of the normalised CDF at rand's uniforms
            long[] c = random(seed).choice(4, 3000, true, pv).toLongArray();
            double[] u = random(seed).rand(3000).toDoubleArray();
            double[] cdf = {0.1, 0.1 + 0.2, 0.1 + 0.2 + 0.3, 0.1 + 0.2 + 0.3 + 0.4};
            for (int j = 0; j < 4; j++) cdf[j] /= cdf[3];
            for (int i = 0; i < 3000; i++) {
                int want = 0;
                while (want < 3 && cdf[want] <= u[i]) want++;
                assertEquals(want, c[i], "choice " + i);
            }
            // without replacement: the smallest E_i / p_i of exponential(1, n) at the same position
            long[] w = random(seed).choice(4, 4, false, pv).toLongArray();
            double[] e = random(seed).exponential(1.0, 4).toDoubleArray();
            Integer[] order = {0, 1, 2, 3};
            java.util.Arrays.sort(order, (x, y) -> Double.compare(e[x] / pv[x], e[y] / pv[y]));
            for (int i = 0; i < 4; i++) assertEquals((long) order[i], w[i]);
        }
    }

    @Test
    void drawsReserveOneBlockPerValue() {
        Random rng = random(3);
        rng.rand(FLOAT32, 3);                 // words 0..2
        rng.poisson(100, 5);                  // blocks 1..5
        assertEquals(24, rng.offset());
        rng.gamma(0.1, 1, 2, 3);              // six values: blocks 6..11
        assertEquals(48, rng.offset());
        rng.multinomial(10, new double[] {0.5, 0.5}, 4);
        assertEquals(64, rng.offset(), "a multinomial row is one block");
        rng.dirichlet(new double[] {1, 1, 1}, 2);
        assertEquals(72, rng.offset(), "so is a dirichlet row");
        rng.choice(3, 5, true, new double[] {0.2, 0.3, 0.5});
        assertEquals(82, rng.offset(), "choice with replacement: two words a value, like rand");
        rng.choice(3, 2, false, new double[] {0.2, 0.3, 0.5});
        assertEquals(90, rng.offset(), "without: an exponential per population element");
        rng.binomial(5, 0.5, 0);
        assertEquals(92, rng.offset(), "an empty draw aligns and takes nothing");
        // however many proposals value i needed, value i + 1 is where it always is
        long[] a = random(8).poisson(20, 100).toLongArray();
        long[] b = random(8).poisson(array(20.0).broadcastTo(100)).toLongArray();
        assertArrayEquals(a, b);
        long[] tail = random(8).poisson(array(new double[] {0.5, 1e6, 3}).broadcastTo(3)).toLongArray();
        assertEquals(SamplerReference.poisson(sub(8, 2), 3), tail[2]);
    }

    @Test
    void aFixedSeedGivesFixedValues() {
        // Regression values from SamplerReference: a change here changes every user's numbers.
        Random rng = random(42);
        LongFunction<SamplerReference.Sub> s = b -> sub(42, b);
        assertArrayEquals(rng.gamma(2.0, 1.0, 3).toDoubleArray(), new double[] {
                SamplerReference.standardGamma(s.apply(0), 2), SamplerReference.standardGamma(s.apply(1), 2),
                SamplerReference.standardGamma(s.apply(2), 2)});
        assertArrayEquals(new double[] {0.9988355953583649, 0.7896735892801582, 1.9619041162128958},
                random(42).gamma(2.0, 1.0, 3).toDoubleArray());
        assertArrayEquals(new long[] {3, 2, 4, 4, 4, 2, 4, 3}, random(42).binomial(10, 0.3, 8).toLongArray());
    }
}
