package dev.numj.nn;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.random.Random;

import java.util.Objects;

/**
 * Weight initialisers of chapter 3 ("Family 5: np.random"), drawing from a seeded {@link Random} so a
 * seed always gives the same network. Each returns a fresh (fanIn, fanOut) matrix, float64 unless a
 * dtype is given; biases start at {@code zeros(fanOut)}.
 *
 * <pre>{@code
 * Random rng = random(42);
 * NDArray W1 = Init.he(rng, 64, 32), b1 = zeros(32);
 * NDArray W2 = Init.xavier(rng, 32, 10), b2 = zeros(10);
 * }</pre>
 */
public final class Init {
    private Init() {}

    /**
     * Xavier/Glorot normal initialisation as chapter 3 writes it (for sigmoid and tanh layers): NumPy
     * {@code np.random.randn(fan_in, fan_out) * np.sqrt(2.0 / (fan_in + fan_out))}. (The "NumPy
     * essentials" notebook calls {@code randn(...) * np.sqrt(1 / fan_in)} Xavier; that is LeCun's
     * scaling: {@code normal(rng, Math.sqrt(1.0 / fanIn), fanIn, fanOut)}.)
     * <pre>{@code
     * NDArray W = Init.xavier(random(42), 784, 128);   // std about 0.0468
     * }</pre>
     *
     * @param rng the random generator
     * @param fanIn the number of inputs of the layer
     * @param fanOut the number of outputs of the layer
     * @return the result
     */
    public static NDArray xavier(Random rng, int fanIn, int fanOut) { return xavier(rng, DType.FLOAT64, fanIn, fanOut); }

    /**
     * {@link #xavier(Random, int, int)} in float32 or float64.
     * NumPy {@code (np.random.randn(fan_in, fan_out) * np.sqrt(1 / fan_in)).astype(dtype)}.
     * <pre>{@code
     * NDArray W = Init.xavier(random(42), FLOAT32, 784, 128);
     * }</pre>
     *
     * @param rng the random generator
     * @param dtype the data type
     * @param fanIn the number of inputs of the layer
     * @param fanOut the number of outputs of the layer
     * @return the result
     */
    public static NDArray xavier(Random rng, DType dtype, int fanIn, int fanOut) {
        checkFans(fanIn, fanOut);
        return rng(rng).randn(dtype, fanIn, fanOut).muli(Math.sqrt(2.0 / (fanIn + fanOut)));
    }

    /**
     * Glorot's uniform variant: NumPy {@code np.random.uniform(-a, a, (fan_in, fan_out))} with
     * {@code a = np.sqrt(6 / (fan_in + fan_out))} (the same variance as {@link #xavier}).
     * <pre>{@code
     * NDArray W = Init.xavierUniform(random(42), 784, 128);
     * }</pre>
     *
     * @param rng the random generator
     * @param fanIn the number of inputs of the layer
     * @param fanOut the number of outputs of the layer
     * @return the result
     */
    public static NDArray xavierUniform(Random rng, int fanIn, int fanOut) {
        checkFans(fanIn, fanOut);
        double a = Math.sqrt(6.0 / (fanIn + fanOut));
        return rng(rng).uniform(-a, a, fanIn, fanOut);
    }

    /**
     * He initialisation (for relu layers): NumPy {@code np.random.randn(fan_in, fan_out) * np.sqrt(2.0 / fan_in)}.
     * <pre>{@code
     * NDArray W = Init.he(random(42), 784, 128);   // std about 0.0505
     * }</pre>
     *
     * @param rng the random generator
     * @param fanIn the number of inputs of the layer
     * @param fanOut the number of outputs of the layer
     * @return the result
     */
    public static NDArray he(Random rng, int fanIn, int fanOut) { return he(rng, DType.FLOAT64, fanIn, fanOut); }

    /**
     * {@link #he(Random, int, int)} in float32 or float64.
     * NumPy {@code (np.random.randn(fan_in, fan_out) * np.sqrt(2 / fan_in)).astype(dtype)}.
     * <pre>{@code
     * NDArray W = Init.he(random(42), FLOAT32, 784, 128);
     * }</pre>
     *
     * @param rng the random generator
     * @param dtype the data type
     * @param fanIn the number of inputs of the layer
     * @param fanOut the number of outputs of the layer
     * @return the result
     */
    public static NDArray he(Random rng, DType dtype, int fanIn, int fanOut) {
        checkFans(fanIn, fanOut);
        return rng(rng).randn(dtype, fanIn, fanOut).muli(Math.sqrt(2.0 / fanIn));
    }

    /**
     * Uniform initialisation: NumPy {@code np.random.uniform(low, high, size=shape)} (chapter 3's
     * {@code uniform(-0.5, 0.5, size=(784, 128))}; the XOR network's {@code np.random.rand(2, 2)} is
     * {@code uniform(rng, 0, 1, 2, 2)}).
     * <pre>{@code
     * NDArray W = Init.uniform(random(42), -0.5, 0.5, 784, 128);
     * }</pre>
     *
     * @param rng the random generator
     * @param low the lower bound
     * @param high the upper bound (exclusive)
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray uniform(Random rng, double low, double high, int... shape) { return rng(rng).uniform(low, high, shape); }

    /**
     * Scaled standard normal: NumPy {@code np.random.randn(*shape) * std} (chapter 3's
     * {@code randn(784, 128)} is std 1; the common small-weights start is std 0.01).
     * <pre>{@code
     * NDArray W = Init.normal(random(42), 0.01, 784, 128);
     * }</pre>
     *
     * @param rng the random generator
     * @param std the standard deviation
     * @param shape the shape, one length per axis
     * @return the result
     */
    public static NDArray normal(Random rng, double std, int... shape) {
        if (!(std >= 0)) throw new IllegalArgumentException("std must be non-negative, got " + std);
        return rng(rng).randn(shape).muli(std);
    }

    private static Random rng(Random rng) { return Objects.requireNonNull(rng, "rng"); }

    private static void checkFans(int fanIn, int fanOut) {
        if (fanIn < 1 || fanOut < 1)
            throw new IllegalArgumentException("fanIn and fanOut must be positive, got " + fanIn + " and " + fanOut);
    }
}
