package dev.numj.random;

import dev.numj.DType;
import dev.numj.Device;
import dev.numj.NDArray;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static dev.numj.NumJ.arange;
import static dev.numj.NumJ.array;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One call of every {@link Random} method that makes an array, for tests that draw the same calls from
 * two generators of one seed (on two devices) and compare them bit for bit.
 */
final class RandomDraws {
    private RandomDraws() {}

    /** A draw; {@code onGenerator}: its result is made on the generator's device (else on an operand's). */
    record Draw(String name, boolean onGenerator, Function<Random, NDArray> call) {}

    private static Draw d(String name, Function<Random, NDArray> call) { return new Draw(name, true, call); }

    /** Every kind of draw, float32 and float64, scalars and arrays as parameters, 0-d and empty shapes. */
    static List<Draw> all() {
        double[] pvals = {0.1, 0.2, 0.3, 0.4};
        return List.of(
                d("rand", r -> r.rand(3, 5)), d("rand float32", r -> r.rand(DType.FLOAT32, 7)), d("rand 0-d", r -> r.rand()),
                d("rand empty", r -> r.rand(0, 3)), d("randn", r -> r.randn(4, 3)), d("randn float32 odd", r -> r.randn(DType.FLOAT32, 5)),
                d("randint", r -> r.randint(0, 10, 6)), d("randint int32", r -> r.randint(DType.INT32, -5, 5, 4)),
                d("randint bool", r -> r.randint(DType.BOOL, 0, 2, 9)), d("randint wide", r -> r.randint(0, 1L << 40, 5)),
                d("uniform", r -> r.uniform(-1, 2, 5)), d("uniform float32", r -> r.uniform(DType.FLOAT32, -1, 2, 5)),
                d("normal", r -> r.normal(1, 2, 7)), d("normal float32", r -> r.normal(DType.FLOAT32, 1, 2, 7)),
                d("exponential", r -> r.exponential(2, 5)), d("exponential float32", r -> r.exponential(DType.FLOAT32, 2, 5)),
                d("choice replace", r -> r.choice(10, 4, true)), d("choice", r -> r.choice(10, 4, false)),
                d("choice none", r -> r.choice(10, 0)), d("permutation", r -> r.permutation(12)),
                d("choice p replace", r -> r.choice(4, 6, true, pvals)), d("choice p", r -> r.choice(4, 2, false, pvals)),
                d("binomial", r -> r.binomial(10, 0.3, 5)), d("binomial arrays", r -> r.binomial(array(10L, 20L), array(0.5, 0.1))),
                d("poisson", r -> r.poisson(3.5, 6)), d("poisson array", r -> r.poisson(array(1.0, 10.0, 100.0))),
                d("geometric", r -> r.geometric(0.3, 4)), d("multinomial", r -> r.multinomial(20, pvals, 3)),
                d("gamma", r -> r.gamma(2, 1.5, 5)), d("gamma float32", r -> r.gamma(DType.FLOAT32, 0.5, 1, 5)),
                d("gamma arrays", r -> r.gamma(array(0.5, 1.0, 5.0), array(2.0))), d("standardGamma", r -> r.standardGamma(3, 4)),
                d("beta", r -> r.beta(2, 5, 5)), d("chisquare", r -> r.chisquare(3, 5)), d("standardT", r -> r.standardT(5, 5)),
                d("lognormal", r -> r.lognormal(0, 0.5, 5)), d("laplace", r -> r.laplace(0, 1, 5)), d("logistic", r -> r.logistic(0, 1, 5)),
                d("truncatedNormal", r -> r.truncatedNormal(0, 1, -0.5, 2, 6)), d("dirichlet", r -> r.dirichlet(new double[] {1, 0.5, 2}, 2)),
                new Draw("permutation of an array", false, r -> r.permutation(arange(12).reshape(6, 2))),
                new Draw("choice of an array", false, r -> r.choice(array(10L, 20L, 30L), 5)),
                new Draw("choice of an array with p", false, r -> r.choice(array(10L, 20L, 30L), 2, false, array(0.2, 0.3, 0.5))));
    }

    /**
     * Draws every call from {@code expected} and {@code got} (two generators of one seed, {@code got}'s on
     * {@code device}), checking values bit for bit, dtypes, shapes, devices and the stream positions.
     */
    static void compareAll(Random expected, Random got, Device device) {
        for (Draw draw : all()) {
            NDArray e = draw.call().apply(expected), g = draw.call().apply(got);
            assertEquals(Device.CPU, e.device(), draw.name());
            assertEquals(draw.onGenerator() ? device : Device.CPU, g.device(), draw.name());
            sameBits(draw.name(), e, g.to(Device.CPU));
            assertEquals(expected.offset(), got.offset(), draw.name() + ": the stream positions differ");
        }
    }

    /** Same dtype, shape and bits (floats compared by their raw bits). */
    static void sameBits(String what, NDArray expected, NDArray got) {
        assertEquals(expected.dtype(), got.dtype(), what);
        assertArrayEquals(expected.shape(), got.shape(), what);
        if (expected.dtype().isFloating()) {
            double[] e = expected.toDoubleArray(), g = got.toDoubleArray();
            for (int i = 0; i < e.length; i++)
                if (Double.doubleToRawLongBits(e[i]) != Double.doubleToRawLongBits(g[i]))
                    fail(what + ": element " + i + " is " + g[i] + ", expected " + e[i] + " (" + Arrays.toString(e) + ")");
        } else {
            assertArrayEquals(expected.astype(DType.INT64).toLongArray(), got.astype(DType.INT64).toLongArray(), what);
        }
    }
}
