package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static dev.numj.random.Random.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.numj.random.Random;

/**
 * NumPy Generator's samplers against NumJ's (choice with p, binomial, poisson, geometric, multinomial,
 * gamma, standard_gamma, beta, dirichlet, chisquare, standard_t, lognormal, laplace, logistic, and the
 * truncated normal against SciPy's truncnorm or NumPy normals by rejection): dtypes and shapes
 * (broadcast array parameters, size, 0-d and empty), values where they are determined, NumPy's errors
 * for bad parameters (message and exception type), and the laws themselves by two-sample tests against
 * NumPy's own samplers (Kolmogorov-Smirnov for continuous ones, chi-square of homogeneity for discrete).
 */
class RandomDistributionsOracleTest {
    private static final String G = "np.random.default_rng(0).";

    private static void add(List<NumPyOracle.Case> cases, List<Supplier<NDArray>> numj, String numpy, Supplier<NDArray> f) {
        cases.add(new NumPyOracle.Case("out = np.asarray(" + numpy + ")"));
        numj.add(f);
    }

    @Test
    void dtypesAndShapesMatchNumPy() {
        Random rng = random(1);
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<Supplier<NDArray>> numj = new ArrayList<>();
        add(cases, numj, G + "binomial(10, 0.5, (2, 3))", () -> rng.binomial(10, 0.5, 2, 3));
        add(cases, numj, G + "binomial(10, 0.5)", () -> rng.binomial(10, 0.5));
        add(cases, numj, G + "binomial([5, 6], [[0.1], [0.2], [0.3]])", () -> rng.binomial(array(5L, 6L), array(0.1, 0.2, 0.3).reshape(3, 1)));
        add(cases, numj, G + "binomial(np.array([5, 6], np.int32), 0.5, (3, 2))", () -> rng.binomial(array(5, 6), array((Object) 0.5), 3, 2));
        add(cases, numj, G + "binomial(10, 0.5, 0)", () -> rng.binomial(10, 0.5, 0));
        add(cases, numj, G + "poisson(3.5, 7)", () -> rng.poisson(3.5, 7));
        add(cases, numj, G + "poisson([1.0, 50.0])", () -> rng.poisson(array(1.0, 50.0)));
        add(cases, numj, G + "poisson(np.array(2.0))", () -> rng.poisson(array((Object) 2.0)));
        add(cases, numj, G + "poisson([[1.0], [2.0]], (2, 4))", () -> rng.poisson(array(1.0, 2.0).reshape(2, 1), 2, 4));
        add(cases, numj, G + "geometric(0.2, (4, 0))", () -> rng.geometric(0.2, 4, 0));
        add(cases, numj, G + "geometric([0.2, 0.9])", () -> rng.geometric(array(0.2, 0.9)));
        add(cases, numj, G + "multinomial(20, [0.2, 0.3, 0.5])", () -> rng.multinomial(20, new double[] {0.2, 0.3, 0.5}));
        add(cases, numj, G + "multinomial(20, [0.2, 0.3, 0.5], (2, 3))", () -> rng.multinomial(20, new double[] {0.2, 0.3, 0.5}, 2, 3));
        add(cases, numj, G + "multinomial([5, 6], [0.5, 0.5])", () -> rng.multinomial(array(5L, 6L), array(0.5, 0.5)));
        NDArray pv2 = array(0.2, 0.3, 0.5, 0.5, 0.5, 0.0).reshape(2, 3);
        add(cases, numj, G + "multinomial(5, [[0.2, 0.3, 0.5], [0.5, 0.5, 0.0]])", () -> rng.multinomial(array((Object) 5L), pv2));
        add(cases, numj, G + "multinomial([[5], [6], [7]], [[0.2, 0.3, 0.5], [0.5, 0.5, 0.0]])",
                () -> rng.multinomial(array(5L, 6L, 7L).reshape(3, 1), pv2));
        add(cases, numj, G + "multinomial(5, [[0.2, 0.3, 0.5], [0.5, 0.5, 0.0]], (4, 2))", () -> rng.multinomial(array((Object) 5L), pv2, 4, 2));
        add(cases, numj, G + "multinomial(5, [0.2, 0.3, 0.5], 0)", () -> rng.multinomial(5, new double[] {0.2, 0.3, 0.5}, 0));
        add(cases, numj, G + "gamma(2.0, 3.0, 5)", () -> rng.gamma(2.0, 3.0, 5));
        add(cases, numj, G + "gamma([[1], [2]], [1, 2, 3])", () -> rng.gamma(array(1.0, 2.0).reshape(2, 1), array(1.0, 2.0, 3.0)));
        add(cases, numj, G + "gamma([[1], [2]], [1, 2, 3], (2, 3))", () -> rng.gamma(array(1.0, 2.0).reshape(2, 1), array(1.0, 2.0, 3.0), 2, 3));
        add(cases, numj, G + "standard_gamma(2.0, 4, dtype=np.float32)", () -> rng.standardGamma(FLOAT32, 2.0, 4));
        add(cases, numj, G + "standard_gamma(0.5, (2, 2))", () -> rng.standardGamma(0.5, 2, 2));
        add(cases, numj, G + "beta(2, 3, 6)", () -> rng.beta(2, 3, 6));
        add(cases, numj, G + "beta([0.5, 2.0], 1.0)", () -> rng.beta(array(0.5, 2.0), array((Object) 1.0)));
        add(cases, numj, G + "dirichlet([1, 2, 3])", () -> rng.dirichlet(new double[] {1, 2, 3}));
        add(cases, numj, G + "dirichlet([1, 2, 3], (4, 2))", () -> rng.dirichlet(new double[] {1, 2, 3}, 4, 2));
        add(cases, numj, G + "dirichlet([1, 2], 0)", () -> rng.dirichlet(new double[] {1, 2}, 0));
        add(cases, numj, G + "dirichlet([])", () -> rng.dirichlet(new double[0]));
        add(cases, numj, G + "chisquare(3, 5)", () -> rng.chisquare(3, 5));
        add(cases, numj, G + "chisquare([1.0, 2.0, 3.0])", () -> rng.chisquare(array(1.0, 2.0, 3.0)));
        add(cases, numj, G + "standard_t(5, (3, 1))", () -> rng.standardT(5, 3, 1));
        add(cases, numj, G + "standard_t([1.0, 30.0])", () -> rng.standardT(array(1.0, 30.0)));
        add(cases, numj, G + "lognormal(0, 1, 4)", () -> rng.lognormal(0, 1, 4));
        add(cases, numj, G + "lognormal([0.0, 1.0], 0.5)", () -> rng.lognormal(array(0.0, 1.0), array((Object) 0.5)));
        add(cases, numj, G + "laplace(0, 1, 4)", () -> rng.laplace(0, 1, 4));
        add(cases, numj, G + "laplace([0.0, 5.0], [[1.0], [2.0]])", () -> rng.laplace(array(0.0, 5.0), array(1.0, 2.0).reshape(2, 1)));
        add(cases, numj, G + "logistic(0, 1, 4)", () -> rng.logistic(0, 1, 4));
        add(cases, numj, G + "logistic([0.0, 5.0], 1.0)", () -> rng.logistic(array(0.0, 5.0), array((Object) 1.0)));
        add(cases, numj, G + "choice(4, 10, p=[0.1, 0.2, 0.3, 0.4])", () -> rng.choice(4, 10, true, array(0.1, 0.2, 0.3, 0.4)));
        add(cases, numj, G + "choice(4, 3, replace=False, p=[0.1, 0.2, 0.3, 0.4])", () -> rng.choice(4, 3, false, array(0.1, 0.2, 0.3, 0.4)));
        add(cases, numj, G + "choice(np.arange(6.).reshape(3, 2), 5, p=[0.5, 0.25, 0.25])",
                () -> rng.choice(arange(6.0).reshape(3, 2), 5, true, array(0.5, 0.25, 0.25)));
        add(cases, numj, G + "choice(np.array([1, 2], np.int32), 3, p=np.array([0.5, 0.5], np.float32))",
                () -> rng.choice(array(1, 2).astype(INT32), 3, true, array(0.5f, 0.5f)));
        add(cases, numj, G + "choice(3, 2, p=np.array([0.2, 0.3, 0.5001], np.float32))", () -> rng.choice(3, 2, true, array(0.2f, 0.3f, 0.5001f)));
        add(cases, numj, G + "choice(np.arange(3), 0, p=[0.2, 0.3, 0.5])", () -> rng.choice(arange(3), 0, true, array(0.2, 0.3, 0.5)));
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < cases.size(); i++) {
            NDArray a = numj.get(i).get();
            String code = cases.get(i).code();
            if (res.get(i).isError()) fail(code + ": NumPy raised " + res.get(i).errorMessage());
            assertEquals(res.get(i).value().dtype(), a.dtype().toString(), code);
            assertArrayEquals(res.get(i).value().shape(), a.shape(), code);
        }
        // the float32 forms NumPy has no dtype for: the float64 law, rounded
        assertEquals(FLOAT32, rng.gamma(FLOAT32, 2, 1, 3).dtype());
        assertEquals(FLOAT32, rng.beta(FLOAT32, 2, 1, 3).dtype());
        assertEquals(FLOAT32, rng.truncatedNormal(FLOAT32, 0, 1, -2, 2, 3).dtype());
        assertArrayEquals(new long[] {2, 3}, rng.truncatedNormal(0, 1, -2, 2, 2, 3).shape());
        assertArrayEquals(new long[] {3, 2}, rng.truncatedNormal(array(0.0), array(1.0), array(-1.0, -2.0), array(1.0, 3.0).reshape(1, 2), 3, 2).shape());
    }

    @Test
    void determinedValuesMatchNumPy() {
        Random rng = random(2);
        List<NumPyOracle.Case> cases = new ArrayList<>();
        List<Supplier<NDArray>> numj = new ArrayList<>();
        add(cases, numj, G + "binomial(0, 0.5, 3)", () -> rng.binomial(0, 0.5, 3));
        add(cases, numj, G + "binomial(7, 0.0, 3)", () -> rng.binomial(7, 0.0, 3));
        add(cases, numj, G + "binomial(7, 1.0, 3)", () -> rng.binomial(7, 1.0, 3));
        add(cases, numj, G + "binomial(2**40, 1.0, 2)", () -> rng.binomial(1L << 40, 1.0, 2));
        add(cases, numj, G + "poisson(0.0, 3)", () -> rng.poisson(0.0, 3));
        add(cases, numj, G + "geometric(1.0, 3)", () -> rng.geometric(1.0, 3));
        add(cases, numj, G + "geometric(1e-300, 3)", () -> rng.geometric(1e-300, 3));
        add(cases, numj, G + "gamma(0.0, 2.0, 3)", () -> rng.gamma(0.0, 2.0, 3));
        add(cases, numj, G + "gamma(2.0, 0.0, 3)", () -> rng.gamma(2.0, 0.0, 3));
        add(cases, numj, G + "gamma(np.nan, 1.0, 2)", () -> rng.gamma(Double.NaN, 1.0, 2));
        add(cases, numj, G + "gamma(np.inf, 1.0, 2)", () -> rng.gamma(Double.POSITIVE_INFINITY, 1.0, 2));
        add(cases, numj, G + "beta(np.nan, 1.0, 2)", () -> rng.beta(Double.NaN, 1.0, 2));
        add(cases, numj, G + "chisquare(np.nan, 2)", () -> rng.chisquare(Double.NaN, 2));
        add(cases, numj, G + "chisquare(np.inf, 2)", () -> rng.chisquare(Double.POSITIVE_INFINITY, 2));
        add(cases, numj, G + "standard_t(np.nan, 2)", () -> rng.standardT(Double.NaN, 2));
        add(cases, numj, G + "lognormal(0.0, 0.0, 3)", () -> rng.lognormal(0.0, 0.0, 3));
        add(cases, numj, G + "lognormal(np.inf, 0.0, 2)", () -> rng.lognormal(Double.POSITIVE_INFINITY, 0.0, 2));
        add(cases, numj, G + "lognormal(0.0, np.nan, 2)", () -> rng.lognormal(0.0, Double.NaN, 2));
        add(cases, numj, G + "laplace(3.0, 0.0, 3)", () -> rng.laplace(3.0, 0.0, 3));
        add(cases, numj, G + "logistic(3.0, 0.0, 3)", () -> rng.logistic(3.0, 0.0, 3));
        add(cases, numj, G + "logistic(np.inf, 1.0, 2)", () -> rng.logistic(Double.POSITIVE_INFINITY, 1.0, 2));
        add(cases, numj, G + "dirichlet([0.0, 0.0], 2)", () -> rng.dirichlet(new double[] {0, 0}, 2));
        add(cases, numj, G + "dirichlet([1.0, 0.0], 2)", () -> rng.dirichlet(new double[] {1, 0}, 2));
        add(cases, numj, G + "dirichlet([1.0, np.nan])", () -> rng.dirichlet(new double[] {1, Double.NaN}));
        add(cases, numj, G + "multinomial(5, [1.0, 0.0], 2)", () -> rng.multinomial(5, new double[] {1, 0}, 2));
        add(cases, numj, G + "multinomial(0, [0.5, 0.5])", () -> rng.multinomial(0, new double[] {0.5, 0.5}));
        add(cases, numj, G + "multinomial(9, [0.0, 0.0, 1.0])", () -> rng.multinomial(9, new double[] {0, 0, 1}));
        add(cases, numj, G + "choice(3, 4, p=[0.0, 1.0, 0.0])", () -> rng.choice(3, 4, true, array(0.0, 1.0, 0.0)));
        add(cases, numj, "np.sort(" + G + "choice(3, 2, replace=False, p=[0.5, 0.5, 0.0]))",
                () -> rng.choice(3, 2, false, array(0.5, 0.5, 0.0)).sort());
        add(cases, numj, G + "choice(np.array([7.5, 8.5]), 3, p=[0.0, 1.0])", () -> rng.choice(array(7.5, 8.5), 3, true, array(0.0, 1.0)));
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < cases.size(); i++) assertMatches(res.get(i), numj.get(i).get(), cases.get(i).code());
        // no NumPy twin: a zero std gives the mean clipped into [a, b]; a window of one point gives it
        assertArrayEquals(new double[] {1.5, 1.5}, rng.truncatedNormal(1.5, 0, -2, 2, 2).toDoubleArray());
        assertArrayEquals(new double[] {2, 2}, rng.truncatedNormal(5, 0, -2, 2, 2).toDoubleArray());
        assertTrue(Double.isNaN(rng.truncatedNormal(Double.NaN, 1, -2, 2, 1).toDoubleArray()[0]));
    }

    record Bad(String numpy, Runnable numj, Class<? extends RuntimeException> type) {}

    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;

    @Test
    void badParametersFailLikeNumPy() {
        Random rng = random(3);
        NDArray p4 = array(0.1, 0.2, 0.3, 0.4);
        List<Bad> bad = List.of(
                new Bad("choice(4, 2, p=[0.1, 0.2, 0.3, 0.5])", () -> rng.choice(4, 2, true, array(0.1, 0.2, 0.3, 0.5)), IAE),
                new Bad("choice(3, 2, p=[0.2, 0.3, 0.5 + 1e-7])", () -> rng.choice(3, 2, true, array(0.2, 0.3, 0.5 + 1e-7)), IAE),
                new Bad("choice(3, 2, p=[1.5, -0.5, 0.0])", () -> rng.choice(3, 2, true, array(1.5, -0.5, 0.0)), IAE),
                new Bad("choice(3, 2, p=[0.5, 0.5])", () -> rng.choice(3, 2, true, array(0.5, 0.5)), IAE),
                new Bad("choice(3, 2, p=[[0.5, 0.5, 0.0]])", () -> rng.choice(3, 2, true, array(0.5, 0.5, 0.0).reshape(1, 3)), IAE),
                new Bad("choice(3, 2, p=[np.nan, 0.5, 0.5])", () -> rng.choice(3, 2, true, array(Double.NaN, 0.5, 0.5)), IAE),
                new Bad("choice(3, 2, p=[0.5, 0.5, np.inf])", () -> rng.choice(3, 2, true, array(0.5, 0.5, Double.POSITIVE_INFINITY)), IAE),
                new Bad("choice(3, 3, replace=False, p=[0.5, 0.5, 0.0])", () -> rng.choice(3, 3, false, array(0.5, 0.5, 0.0)), IAE),
                new Bad("choice(3, 4, replace=False, p=[0.2, 0.3, 0.5])", () -> rng.choice(3, 4, false, array(0.2, 0.3, 0.5)), IAE),
                new Bad("choice(3, 2, replace=False, p=[0.2, -0.3, 1.1])", () -> rng.choice(3, 2, false, array(0.2, -0.3, 1.1)), IAE),
                new Bad("choice(0, 0, p=[])", () -> rng.choice(0, 0, true, new double[0]), IAE),
                new Bad("choice(0, 2, p=[])", () -> rng.choice(0, 2, true, new double[0]), IAE),
                new Bad("choice(4, -1, p=[0.1, 0.2, 0.3, 0.4])", () -> rng.choice(4, -1, true, p4), IAE),
                new Bad("choice(np.arange(3), 2, p=[0.5, 0.5])", () -> rng.choice(arange(3), 2, true, array(0.5, 0.5)), IAE),
                new Bad("choice(np.zeros((0, 2)), 2, p=[])", () -> rng.choice(zeros(0, 2), 2, true, array(new double[0])),
                        IAE),
                new Bad("choice(3, 2, p=np.array([0.2, 0.3, 0.501], np.float32))", () -> rng.choice(3, 2, true, array(0.2f, 0.3f, 0.501f)),
                        IAE),
                new Bad("binomial(-1, 0.5)", () -> rng.binomial(-1, 0.5), IAE),
                new Bad("binomial(5, 1.5)", () -> rng.binomial(5, 1.5), IAE),
                new Bad("binomial(5, -0.1)", () -> rng.binomial(5, -0.1), IAE),
                new Bad("binomial(5, np.nan)", () -> rng.binomial(5, Double.NaN), IAE),
                new Bad("binomial(5, [0.5, 1.5])", () -> rng.binomial(array((Object) 5L), array(0.5, 1.5)), IAE),
                new Bad("binomial([5, 6], 1.5)", () -> rng.binomial(array(5L, 6L), array((Object) 1.5)), IAE),
                new Bad("binomial(np.array(5), np.array(1.5))", () -> rng.binomial(array((Object) 5L), array((Object) 1.5)), IAE),
                new Bad("binomial(-1, 1.5)", () -> rng.binomial(-1, 1.5), IAE),
                new Bad("binomial([5, -1], 0.5)", () -> rng.binomial(array(5L, -1L), array((Object) 0.5)), IAE),
                new Bad("binomial(np.array([5.5, 6.0]), 0.5)", () -> rng.binomial(array(5.5, 6.0), array((Object) 0.5)), NumJTypeException.class),
                new Bad("multinomial(np.array([5.5]), [0.5, 0.5])", () -> rng.multinomial(array(5.5), array(0.5, 0.5)), NumJTypeException.class),
                new Bad("binomial(5, 0.5, -1)", () -> rng.binomial(5, 0.5, -1), IAE),
                new Bad("binomial([1, 2], [0.1, 0.2, 0.3])", () -> rng.binomial(array(1L, 2L), array(0.1, 0.2, 0.3)), IAE),
                new Bad("poisson(-1)", () -> rng.poisson(-1), IAE),
                new Bad("poisson(np.nan)", () -> rng.poisson(Double.NaN), IAE),
                new Bad("poisson(1e19)", () -> rng.poisson(1e19), IAE),
                new Bad("poisson(np.array(-1.0))", () -> rng.poisson(array((Object) (-1.0))), IAE),
                new Bad("poisson([1e19])", () -> rng.poisson(array(1e19)), IAE),
                new Bad("poisson([1.0, -0.5])", () -> rng.poisson(array(1.0, -0.5)), IAE),
                new Bad("poisson([1, 2], size=(3,))", () -> rng.poisson(array(1.0, 2.0), 3), IAE),
                new Bad("poisson([1, 2, 3], size=(2, 1))", () -> rng.poisson(array(1.0, 2.0, 3.0), 2, 1), IAE),
                new Bad("poisson(5, size=-1)", () -> rng.poisson(5, -1), IAE),
                new Bad("geometric(0)", () -> rng.geometric(0), IAE),
                new Bad("geometric(1.5)", () -> rng.geometric(1.5), IAE),
                new Bad("geometric(-1)", () -> rng.geometric(-1), IAE),
                new Bad("geometric(np.nan)", () -> rng.geometric(Double.NaN), IAE),
                new Bad("multinomial(-1, [0.5, 0.5])", () -> rng.multinomial(-1, new double[] {0.5, 0.5}), IAE),
                new Bad("multinomial(5, [0.7, 0.7, 0.1])", () -> rng.multinomial(5, new double[] {0.7, 0.7, 0.1}), IAE),
                new Bad("multinomial(5, [-0.1, 1.1])", () -> rng.multinomial(5, new double[] {-0.1, 1.1}), IAE),
                new Bad("multinomial(5, [np.nan, 1.0])", () -> rng.multinomial(5, new double[] {Double.NaN, 1.0}), IAE),
                new Bad("multinomial(5, 0.5)", () -> rng.multinomial(array((Object) 5L), array((Object) 0.5)), IAE),
                new Bad("multinomial(-1, [-0.1, 1.1])", () -> rng.multinomial(-1, new double[] {-0.1, 1.1}), IAE),
                new Bad("multinomial(-1, [0.7, 0.7, 0.1])", () -> rng.multinomial(-1, new double[] {0.7, 0.7, 0.1}), IAE),
                new Bad("multinomial(5, [[0.7, 0.7, 0.1], [0.2, 0.3, 0.5]])",
                        () -> rng.multinomial(array((Object) 5L), array(0.7, 0.7, 0.1, 0.2, 0.3, 0.5).reshape(2, 3)), IAE),
                new Bad("multinomial([5, 6, 7], [[0.2, 0.3, 0.5], [0.5, 0.5, 0.0]])",
                        () -> rng.multinomial(array(5L, 6L, 7L), array(0.2, 0.3, 0.5, 0.5, 0.5, 0.0).reshape(2, 3)), IAE),
                new Bad("multinomial(5, [])", () -> rng.multinomial(5, new double[0]), IAE),
                new Bad("gamma(-1.0)", () -> rng.standardGamma(-1.0), IAE),
                new Bad("gamma(1.0, -1.0)", () -> rng.gamma(1.0, -1.0), IAE),
                new Bad("gamma(-1.0, -1.0)", () -> rng.gamma(-1.0, -1.0), IAE),
                new Bad("gamma(1.0, -0.0)", () -> rng.gamma(1.0, -0.0), IAE),
                new Bad("gamma([1.0, 2.0], [1.0, 2.0, 3.0])", () -> rng.gamma(array(1.0, 2.0), array(1.0, 2.0, 3.0)), IAE),
                new Bad("standard_gamma(-1.0)", () -> rng.standardGamma(-1.0), IAE),
                new Bad("standard_gamma(1.0, dtype=np.int32)", () -> rng.standardGamma(INT32, 1.0), NumJTypeException.class),
                new Bad("beta(0, 1)", () -> rng.beta(0, 1), IAE),
                new Bad("beta(1, 0)", () -> rng.beta(1, 0), IAE),
                new Bad("beta(-1, 1)", () -> rng.beta(-1, 1), IAE),
                new Bad("beta(0, 0)", () -> rng.beta(0, 0), IAE),
                new Bad("beta([1.0, 0.0], 1.0)", () -> rng.beta(array(1.0, 0.0), array((Object) 1.0)), IAE),
                new Bad("dirichlet([1, -1])", () -> rng.dirichlet(new double[] {1, -1}), IAE),
                new Bad("dirichlet(np.array([[1.0, 2.0]]))", () -> rng.dirichlet(array(1.0, 2.0).reshape(1, 2)), IAE),
                new Bad("dirichlet([1, 2], -1)", () -> rng.dirichlet(new double[] {1, 2}, -1), IAE),
                new Bad("chisquare(0)", () -> rng.chisquare(0), IAE),
                new Bad("chisquare(-2)", () -> rng.chisquare(-2), IAE),
                new Bad("standard_t(0)", () -> rng.standardT(0), IAE),
                new Bad("standard_t([1.0, -1.0])", () -> rng.standardT(array(1.0, -1.0)), IAE),
                new Bad("lognormal(0, -1)", () -> rng.lognormal(0, -1), IAE),
                new Bad("laplace(0, -1)", () -> rng.laplace(0, -1), IAE),
                new Bad("laplace(0, [1.0, -0.0])", () -> rng.laplace(array((Object) 0.0), array(1.0, -0.0)), IAE),
                new Bad("logistic(0, -1)", () -> rng.logistic(0, -1), IAE));
        List<NumPyOracle.Case> cases = bad.stream().map(b -> new NumPyOracle.Case("out = " + G + b.numpy)).toList();
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < bad.size(); i++) {
            Bad b = bad.get(i);
            assertSameError(res.get(i), b.numj, b.numpy);
            assertThrows(b.type, b.numj::run, b.numpy + ": " + res.get(i).errorType() + " maps to " + b.type.getSimpleName());
        }
        // no NumPy twin: the truncated normal's own checks, and dtypes the float forms refuse
        assertEquals("std < 0", assertThrows(IllegalArgumentException.class, () -> rng.truncatedNormal(0, -1, -2, 2)).getMessage());
        assertEquals("a >= b", assertThrows(IllegalArgumentException.class, () -> rng.truncatedNormal(0, 1, 2, 2)).getMessage());
        assertEquals("a >= b", assertThrows(IllegalArgumentException.class,
                () -> rng.truncatedNormal(array(0.0), array(1.0), array(-1.0, 3.0), array(1.0, 2.0))).getMessage());
        assertThrows(NumJTypeException.class, () -> rng.beta(INT64, 1, 1));
    }

    /** Two-sample Kolmogorov-Smirnov statistic of NumJ's sample x against NumPy's sample y (Python code), computed in NumPy. */
    private static double ks(NDArray x, String numpySample) {
        String code = (numpySample.contains("y = ") ? numpySample : "y = " + numpySample) + "\n"
                + "xs = np.sort(x.astype(np.float64).ravel()); ys = np.sort(np.asarray(y, np.float64)); z = np.concatenate([xs, ys])\n"
                + "out = np.max(np.abs(np.searchsorted(xs, z, side='right') / xs.size - np.searchsorted(ys, z, side='right') / ys.size))";
        return np().run(code, Map.of("x", toOracle(x))).value().getDouble(0);
    }

    /**
     * Chi-square of homogeneity of NumJ's integer sample x against NumPy's sample: values clipped to the
     * pooled sample's 0.1% and 99.9% quantiles, one bin per integer between; {chi2, degrees of freedom}.
     */
    private static double[] chi2(NDArray x, String numpySample) {
        String code = "y = np.asarray(" + numpySample + ", np.int64).ravel(); x = x.ravel()\n"
                + "lo, hi = np.quantile(np.concatenate([x, y]), [0.001, 0.999]).astype(np.int64)\n"
                + "bx = np.bincount(np.clip(x, lo, hi) - lo, minlength=hi - lo + 1); by = np.bincount(np.clip(y, lo, hi) - lo, minlength=hi - lo + 1)\n"
                + "m = (bx + by) > 0\n"
                + "out = np.array([np.sum((bx[m] - by[m]) ** 2 / (bx[m] + by[m])), m.sum() - 1.0])";
        double[] r = np().run(code, Map.of("x", toOracle(x))).value().toDoubleArray();
        return r;
    }

    @Test
    void continuousLawsMatchNumPysSamplers() {
        int n = 100_000;
        double crit = Math.sqrt(-0.5 * Math.log(1e-6 / 2)) * Math.sqrt(2.0 / n);   // KS at alpha = 1e-6
        Random rng = random(4);
        String g = "np.random.default_rng(12345).";
        Map<String, NDArray> cases = new LinkedHashMap<>();
        for (double a : new double[] {0.05, 0.5, 1, 2.5, 30})
            cases.put(g + "gamma(" + a + ", 2.0, " + n + ")", rng.gamma(a, 2.0, n));
        cases.put(g + "standard_gamma(3.0, " + n + ", dtype=np.float32)", rng.standardGamma(FLOAT32, 3.0, n));
        for (double[] ab : new double[][] {{0.5, 0.5}, {0.1, 0.9}, {2, 5}, {0.5, 3}, {40, 60}})
            cases.put(g + "beta(" + ab[0] + ", " + ab[1] + ", " + n + ")", rng.beta(ab[0], ab[1], n));
        cases.put(g + "chisquare(1, " + n + ")", rng.chisquare(1, n));
        cases.put(g + "chisquare(7.5, " + n + ")", rng.chisquare(7.5, n));
        cases.put(g + "standard_t(1, " + n + ")", rng.standardT(1, n));
        cases.put(g + "standard_t(4.5, " + n + ")", rng.standardT(4.5, n));
        cases.put(g + "lognormal(1.0, 0.75, " + n + ")", rng.lognormal(1.0, 0.75, n));
        cases.put(g + "laplace(-2.0, 3.0, " + n + ")", rng.laplace(-2.0, 3.0, n));
        cases.put(g + "logistic(1.0, 0.5, " + n + ")", rng.logistic(1.0, 0.5, n));
        cases.put(g + "gamma([0.5, 5.0], 1.0, (" + n / 2 + ", 2)).ravel()", rng.gamma(array(0.5, 5.0), array((Object) 1.0), n / 2, 2));
        cases.put(g + "dirichlet([0.5, 2.0, 3.0], " + n + ")[:, 0]", rng.dirichlet(new double[] {0.5, 2.0, 3.0}, n).get(":, 0"));
        // tiny alphas: NumPy's stick-breaking rounds many components to exactly 0 where NumJ's logs keep
        // them positive (below 1e-300); compare above 1e-12
        cases.put("np.clip(" + g + "dirichlet([0.01, 0.02], " + n + ")[:, 1], 1e-12, 1)",
                rng.dirichlet(new double[] {0.01, 0.02}, n).get(":, 1").clip(1e-12, 1));
        for (var e : cases.entrySet()) {
            double d = ks(e.getValue(), e.getKey());
            assertTrue(d < crit, e.getKey() + ": KS distance " + d + " to NumPy's sample exceeds " + crit);
        }
        // the truncated normal: SciPy's truncnorm where SciPy is installed, else NumPy normals by rejection
        // (then only the windows a rejection sampler reaches in reasonable time)
        boolean scipy = np().run("import importlib.util\nout = np.array(importlib.util.find_spec('scipy') is not None)").value().getDouble(0) != 0;
        String tn = "def tn(m, s, a, b, n):\n"
                + "    try:\n"
                + "        from scipy.stats import truncnorm\n"
                + "        return truncnorm.rvs((a - m) / s, (b - m) / s, loc=m, scale=s, size=n, random_state=7)\n"
                + "    except ImportError:\n"
                + "        r = np.random.default_rng(7); parts = []; got = 0\n"
                + "        while got < n:\n"
                + "            v = r.normal(m, s, 10**6); v = v[(v >= a) & (v <= b)]; parts.append(v); got += v.size\n"
                + "        return np.concatenate(parts)[:n]\n";
        double[][] windows = {{1, 2, -2, 2}, {0, 1, 0.5, 1}, {0, 1, -0.5, 0.7}, {0, 1, 1, Double.POSITIVE_INFINITY},
                {-3, 0.5, Double.NEGATIVE_INFINITY, -3.2}, {5, 2, 8, 40}, {0, 1, -12, -11}, {0, 1, 6, 6.5}};
        for (double[] w : windows) {
            if (!scipy && (w[2] - w[0]) / w[1] > 3 || !scipy && (w[3] - w[0]) / w[1] < -3) continue;
            String sample = "tn(" + w[0] + ", " + w[1] + ", " + py(w[2]) + ", " + py(w[3]) + ", " + n + ")";
            double d = ks(rng.truncatedNormal(w[0], w[1], w[2], w[3], n), tn + "y = " + sample);
            assertTrue(d < crit, "truncatedNormal vs " + sample + ": KS distance " + d + " exceeds " + crit);
        }
    }

    private static String py(double v) { return Double.isInfinite(v) ? (v > 0 ? "np.inf" : "-np.inf") : String.valueOf(v); }

    @Test
    void discreteLawsMatchNumPysSamplers() {
        int n = 100_000;
        Random rng = random(5);
        String g = "np.random.default_rng(54321).";
        Map<String, NDArray> cases = new LinkedHashMap<>();
        for (long[] c : new long[][] {{10, 300}, {100, 250}, {1000, 500}, {20, 900}, {100_000, 999}})
            cases.put(g + "binomial(" + c[0] + ", " + c[1] / 1000.0 + ", " + n + ")", rng.binomial(c[0], c[1] / 1000.0, n));
        for (double lam : new double[] {0.3, 4.5, 10, 37.5, 1000})
            cases.put(g + "poisson(" + lam + ", " + n + ")", rng.poisson(lam, n));
        for (double p : new double[] {0.9, 0.4, 0.3, 0.02})
            cases.put(g + "geometric(" + p + ", " + n + ")", rng.geometric(p, n));
        cases.put(g + "multinomial(50, [0.1, 0.6, 0.3], " + n + ")[:, 0]", rng.multinomial(50, new double[] {0.1, 0.6, 0.3}, n).get(":, 0"));
        cases.put(g + "multinomial(50, [0.1, 0.6, 0.3], " + n + ")[:, 2]", rng.multinomial(50, new double[] {0.1, 0.6, 0.3}, n).get(":, 2"));
        cases.put(g + "choice(6, " + n + ", p=[0.05, 0.1, 0.15, 0.2, 0.25, 0.25])", rng.choice(6, n, true, array(0.05, 0.1, 0.15, 0.2, 0.25, 0.25)));
        cases.put(g + "binomial([5, 500], [[0.5], [0.05]], (" + n / 4 + ", 2, 2)).ravel()",
                rng.binomial(array(5L, 500L), array(0.5, 0.05).reshape(2, 1), n / 4, 2, 2));
        // choice without replacement: ordered pairs from 5 weighted items, as NumPy draws them one call at a time
        double[] w = {0.4, 0.3, 0.15, 0.1, 0.05};
        long[] pairs = new long[20_000];
        for (int t = 0; t < pairs.length; t++) {
            long[] p = rng.choice(5, 2, false, w).toLongArray();
            pairs[t] = 5 * p[0] + p[1];
        }
        cases.put("(lambda r: [5 * a + b for a, b in (r.choice(5, 2, replace=False, p=[0.4, 0.3, 0.15, 0.1, 0.05]) for _ in range(20000))])"
                + "(np.random.default_rng(9))", array(pairs));
        for (var e : cases.entrySet()) {
            double[] c = chi2(e.getValue(), e.getKey());
            assertTrue(c[0] < c[1] + 5 * Math.sqrt(2 * c[1]), e.getKey() + ": chi-square " + c[0] + " with " + c[1] + " degrees of freedom");
        }
    }
}
