package dev.numj;

import org.junit.jupiter.api.Test;

import static dev.numj.NumJ.*;
import static dev.numj.random.Random.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.numj.random.Random;

/**
 * The samplers beyond rand/randn/exponential, statistically: a million values each, the mean and the
 * variance within 5 standard errors of theory (the variance's standard error from the law's fourth
 * central moment), the support respected, and the laws' identities (a beta row sums; multinomial
 * rows add up to n; a choice with p hits each index at its rate). Seeds are fixed, so each check is
 * deterministic; 5 sigma leaves room for any seed.
 */
class RandomDistributionsStatsTest {
    private static final int N = 1_000_000;

    /** mean and population variance */
    private static double[] meanVar(double[] x) {
        double m = 0;
        for (double v : x) m += v;
        m /= x.length;
        double v2 = 0;
        for (double v : x) v2 += (v - m) * (v - m);
        return new double[] {m, v2 / x.length};
    }

    private static void within5Sigma(double expected, double actual, double sigma, String what) {
        assertTrue(Math.abs(actual - expected) <= 5 * sigma, what + ": " + actual + " is not within 5 sigma (" + 5 * sigma + ") of " + expected);
    }

    /** mean and variance of x against a law's mean, variance and excess kurtosis */
    private static void moments(double[] x, double mean, double var, double exKurt, String what) {
        double[] m = meanVar(x);
        within5Sigma(mean, m[0], Math.sqrt(var / x.length), what + " mean");
        double mu4 = (3 + exKurt) * var * var;
        within5Sigma(var, m[1], Math.sqrt((mu4 - var * var) / x.length), what + " variance");
    }

    private static void supportIn(double[] x, double lo, double hi, String what) {
        for (double v : x) if (!(v >= lo && v <= hi)) fail(what + ": " + v + " outside [" + lo + ", " + hi + "]");
    }

    @Test
    void gammaFamily() {
        Random rng = random(1001);
        for (double k : new double[] {0.1, 0.5, 1, 3.5, 100}) {
            double theta = 2.0;
            double[] x = rng.gamma(k, theta, N).toDoubleArray();
            moments(x, k * theta, k * theta * theta, 6 / k, "gamma(" + k + ", 2)");
            supportIn(x, 0, Double.POSITIVE_INFINITY, "gamma");
        }
        double[] f = rng.standardGamma(FLOAT32, 2.5, N).toDoubleArray();
        moments(f, 2.5, 2.5, 6 / 2.5, "standard_gamma float32");
        for (double df : new double[] {1, 4, 30}) moments(rng.chisquare(df, N).toDoubleArray(), df, 2 * df, 12 / df, "chisquare(" + df + ")");
        double nu = 10;
        moments(rng.standardT(nu, N).toDoubleArray(), 0, nu / (nu - 2), 6 / (nu - 4), "standard_t(10)");
        // standard_t(1) is Cauchy: no moments; its quartiles are -1 and 1
        double[] c = rng.standardT(1, N).toDoubleArray();
        long inside = java.util.Arrays.stream(c).filter(v -> Math.abs(v) < 1).count();
        within5Sigma(N / 2.0, inside, Math.sqrt(N / 4.0), "standard_t(1): P(|T| < 1) = 1/2");
    }

    @Test
    void betaAndDirichlet() {
        Random rng = random(1002);
        for (double[] ab : new double[][] {{0.5, 0.5}, {0.2, 0.7}, {2, 5}, {0.5, 3}, {50, 20}}) {
            double a = ab[0], b = ab[1], s = a + b;
            double var = a * b / (s * s * (s + 1));
            double ek = 6 * ((a - b) * (a - b) * (s + 1) - a * b * (s + 2)) / (a * b * (s + 2) * (s + 3));
            double[] x = rng.beta(a, b, N).toDoubleArray();
            moments(x, a / s, var, ek, "beta(" + a + ", " + b + ")");
            supportIn(x, 0, 1, "beta");
        }
        double[] alpha = {0.3, 1, 2.7};
        NDArray d = rng.dirichlet(alpha, N);
        double a0 = 0.3 + 1 + 2.7;
        for (int j = 0; j < 3; j++) {
            double a = alpha[j], b = a0 - a, s = a0;
            double var = a * b / (s * s * (s + 1));
            double ek = 6 * ((a - b) * (a - b) * (s + 1) - a * b * (s + 2)) / (a * b * (s + 2) * (s + 3));
            moments(d.get(":, " + j).toDoubleArray(), a / s, var, ek, "dirichlet component " + j);
        }
        double[] sums = d.sum(1).toDoubleArray();
        for (double v : sums) assertEquals(1.0, v, 1e-12, "a dirichlet row sums to 1");
        // tiny alphas: the gammas underflow, the rows (formed in logs) still sum to 1 and are almost one-hot
        NDArray t = rng.dirichlet(new double[] {1e-3, 1e-3, 1e-3}, 10_000);
        for (double v : t.sum(1).toDoubleArray()) assertEquals(1.0, v, 1e-12);
        double[] first = t.get(":, 0").toDoubleArray();
        moments(first, 1.0 / 3, (1.0 / 3) * (2.0 / 3) / (0.003 + 1), 0, "dirichlet(1e-3 x 3) component 0 mean");
    }

    @Test
    void locationScaleLaws() {
        Random rng = random(1003);
        double mu = 0.5, sigma = 0.25;
        double e = Math.exp(sigma * sigma);
        double[] ln = rng.lognormal(mu, sigma, N).toDoubleArray();
        moments(ln, Math.exp(mu + sigma * sigma / 2), (e - 1) * Math.exp(2 * mu + sigma * sigma), e * e * e * e + 2 * e * e * e + 3 * e * e - 6,
                "lognormal(0.5, 0.25)");
        supportIn(ln, 0, Double.POSITIVE_INFINITY, "lognormal");
        moments(rng.laplace(-1, 2, N).toDoubleArray(), -1, 8, 3, "laplace(-1, 2)");
        moments(rng.logistic(3, 0.5, N).toDoubleArray(), 3, 0.25 * Math.PI * Math.PI / 3, 1.2, "logistic(3, 0.5)");
        moments(rng.laplace(FLOAT32, 0, 1, N).toDoubleArray(), 0, 2, 3, "laplace float32");
    }

    @Test
    void truncatedNormals() {
        // {mean, std, a, b, law's mean, variance, fourth central moment} (scipy.stats.truncnorm)
        double[][] laws = {
                {0, 1, -2, 2, 0.0, 0.7737413035499232, 1.416189124849463},
                {0, 1, 1, Double.POSITIVE_INFINITY, 1.525135276160981, 0.19909766557034903, 0.198094624987433},
                {1, 2, 8, 40, 8.502782529715411, 0.22773201980508828, 0.368618817717691},
                {0, 1, -0.5, 0.7, 0.08856840684760636, 0.11426584362459002, 0.024181677324096724},
                {0, 1, 6, 6.5, 6.137740433344372, 0.01355165439060424, 0.0006078153858423845},
                {0, 1, -12, -11, -11.089455799303314, 0.007871529271345157, 0.000527550947731319}};
        Random rng = random(1004);
        for (double[] w : laws) {
            String what = "truncatedNormal(" + w[0] + ", " + w[1] + ", " + w[2] + ", " + w[3] + ")";
            double[] x = rng.truncatedNormal(w[0], w[1], w[2], w[3], N).toDoubleArray();
            supportIn(x, w[2], w[3], what);
            moments(x, w[4], w[5], w[6] / (w[5] * w[5]) - 3, what);
        }
        float[] f = rng.truncatedNormal(FLOAT32, 0, 1, -0.1f, 0.1f, N).toFloatArray();
        for (float v : f) assertTrue(v >= -0.1f && v <= 0.1f, "float32 values stay inside float32 bounds: " + v);
    }

    @Test
    void countLaws() {
        Random rng = random(1005);
        for (long[] c : new long[][] {{10, 300}, {1000, 10}, {1000, 500}, {1000, 990}, {1L << 40, 300}}) {
            long n = c[0];
            double p = c[1] / 1000.0, v = n * p * (1 - p);
            double[] x = rng.binomial(n, p, N).astype(FLOAT64).toDoubleArray();
            moments(x, n * p, v, (1 - 6 * p * (1 - p)) / v, "binomial(" + n + ", " + p + ")");
            supportIn(x, 0, n, "binomial");
        }
        for (double lam : new double[] {0.1, 3, 9.99, 10, 250, 1e7}) {
            double[] x = rng.poisson(lam, N).astype(FLOAT64).toDoubleArray();
            moments(x, lam, lam, 1 / lam, "poisson(" + lam + ")");
            supportIn(x, 0, Double.POSITIVE_INFINITY, "poisson");
        }
        for (double p : new double[] {0.9, 0.5, 1 / 3.0, 0.2, 0.01}) {
            double[] x = rng.geometric(p, N).astype(FLOAT64).toDoubleArray();
            moments(x, 1 / p, (1 - p) / (p * p), 6 + p * p / (1 - p), "geometric(" + p + ")");
            supportIn(x, 1, Double.POSITIVE_INFINITY, "geometric");
        }
        double[] pv = {0.1, 0.2, 0.3, 0.4};
        long trials = 40;
        NDArray m = rng.multinomial(trials, pv, N);
        for (long s : m.sum(1).toLongArray()) assertEquals(trials, s, "a multinomial row adds up to n");
        for (int j = 0; j < 4; j++) {
            double p = pv[j], v = trials * p * (1 - p);
            moments(m.get(":, " + j).astype(FLOAT64).toDoubleArray(), trials * p, v, (1 - 6 * p * (1 - p)) / v, "multinomial column " + j);
        }
    }

    @Test
    void choiceHitsEachIndexAtItsRate() {
        Random rng = random(1006);
        double[] p = {0.5, 0.0, 0.25, 0.125, 0.0625, 0.0625};
        long[] counts = new long[p.length];
        for (long v : rng.choice(p.length, N, true, p).toLongArray()) counts[(int) v]++;
        assertEquals(0, counts[1], "an index of probability 0 never comes");
        double chi2 = 0;
        for (int i = 0; i < p.length; i++) if (p[i] > 0) chi2 += (counts[i] - N * p[i]) * (counts[i] - N * p[i]) / (N * p[i]);
        int df = 4;
        assertTrue(chi2 <= df + 5 * Math.sqrt(2.0 * df), "choice with p: chi-square " + chi2);
        // without replacement: distinct, never an index of probability 0, the first pick at p's rate
        long[] firsts = new long[p.length];
        for (int t = 0; t < 40_000; t++) {
            long[] k = rng.choice(p.length, 4, false, p).toLongArray();
            java.util.Set<Long> seen = new java.util.HashSet<>();
            for (long v : k) {
                assertTrue(seen.add(v), "distinct");
                assertNotEquals(1, v);
            }
            firsts[(int) k[0]]++;
        }
        double c2 = 0;
        for (int i = 0; i < p.length; i++) if (p[i] > 0) c2 += (firsts[i] - 40_000 * p[i]) * (firsts[i] - 40_000 * p[i]) / (40_000 * p[i]);
        assertTrue(c2 <= df + 5 * Math.sqrt(2.0 * df), "first pick of choice without replacement: chi-square " + c2);
    }
}
