package dev.numj.random;

import dev.numj.internal.ffi.numj.NumjCpu;
import dev.numj.internal.Backends;
import dev.numj.internal.ArrayAccess;
import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import dev.numj.internal.Shapes;

import java.security.SecureRandom;
import java.util.Objects;
import dev.numj.DType;
import dev.numj.Device;
import dev.numj.NDArray;
import dev.numj.NumJTypeException;
import dev.numj.internal.Ufuncs;

/**
 * A seeded random generator with NumPy's {@code np.random} function names: {@code Random rng = random(42)}
 * plays {@code np.random.seed(42)} followed by {@code np.random.*} calls, or {@code np.random.default_rng(42)}.
 * The entry points {@link #random(long)}, {@link #random()} and {@link #seed(long)} are static: import them
 * with {@code import static dev.numj.random.Random.*;}, or call {@code Random.random(42)}.
 *
 * <pre>{@code
 * Random rng = random(42);
 * NDArray W = rng.randn(784, 128).mul(0.01);           // np.random.randn(784, 128) * 0.01
 * NDArray idx = rng.permutation(60000);                  // shuffled int64 indices
 * }</pre>
 *
 * <p>The numbers come from a counter-based generator, Philox4x32-10 (as in Random123, cuRAND and JAX):
 * the stream is a pure function of (seed, position), so the same seed gives the same numbers on every
 * run, every platform and every device, and a GPU kernel computes value {@code i} of a draw without
 * computing the ones before it. The exact mapping from stream to values is documented in
 * {@code native/cpu/philox.h}; in short: a generator holds its seed and {@link #offset()}, the number
 * of 32-bit stream words used; each draw starts at the next multiple of four words (a fresh Philox
 * block) and takes a fixed number of words per value (float64 uniform: 2 words, 53 bits; float32: 1
 * word, 24 bits; normals: Box-Muller, one block per pair of values, both used; randint: 2 words, or 4
 * for ranges above 2^32, by a multiply-shift whose bias is below 2^-32 of any value's probability).
 * The samplers that loop (gamma, beta, chisquare, standardT, binomial, poisson, geometric, dirichlet,
 * multinomial, truncatedNormal, and lognormal, laplace, logistic beside them) give each value one Philox
 * block (4 words) of the draw, which it reads as its own sub-stream ({@code native/cpu/samplers.h}), so a
 * value's position does not depend on how many proposals the values before it needed.
 * NumPy's own streams (MT19937, PCG64) are not reproduced: the same seed gives different numbers than
 * NumPy, with the same distributions.
 *
 * <p><b>Devices.</b> A generator is bound to a device, as PyTorch's {@code torch.Generator(device=...)}
 * (and CuPy's {@code cupy.random.default_rng(seed)} under a device): {@link #random(long, Device)} makes
 * one whose arrays are created on that device, drawn there by the device's kernels from the same stream,
 * so {@code random(42, Device.cuda(0)).normal(0, 1, n)} holds the same bits as {@code random(42).normal(0,
 * 1, n)} on the CPU, and the two generators advance alike ({@link #offset()}). {@link #random(long)} and
 * {@link #random()} draw on the CPU. Methods that reorder an array ({@code permutation(a)}, {@code
 * shuffle(a)}, {@code choice(a, ...)}) leave the result on a's device whatever the generator's. Parameter
 * arrays (of gamma, binomial, ...) may be on any device: they are read on the host for NumPy's checks
 * and copied to the generator's device. The draws with no device kernel yet (permutations and
 * {@code choice} without replacement, which shuffle sequentially, {@code choice} with probabilities,
 * {@code multinomial}, {@code dirichlet}) run on the host at the same stream position and are copied to
 * the device: the same numbers, one transfer more.
 * <pre>{@code
 * Random g = random(42, Device.cuda(0));            // torch.Generator("cuda").manual_seed(42)
 * NDArray W = g.randn(FLOAT32, 784, 128);           // made on cuda:0, the bits of random(42).randn(FLOAT32, 784, 128)
 * }</pre>
 *
 * <p>A generator may be shared between threads: each draw reserves its own stretch of the stream (which
 * thread gets which stretch then depends on timing). Deviations from NumPy: any {@code long} is a seed
 * (NumPy's {@code np.random.seed} takes 0..2**32-1), and {@code choice} follows
 * {@code Generator.choice} (rows of an n-d array, its messages).
 */
public final class Random {
    private long seed;
    private long offset;
    private final Device device;

    Random(long seed) { this(seed, Device.CPU); }

    Random(long seed, Device device) {
        this.seed = seed;
        this.device = device;
    }

    /** The generator behind {@code random()}, seeded from the operating system's entropy like NumPy's. */
    static final class Global {
        static final Random INSTANCE = new Random(new SecureRandom().nextLong());
    }

    /** Where a draw reads the stream. */
    record Position(long seed, long offset) {}

    // ---- the np.random entry points ----


    /**
     * A new generator seeded with {@code seed}: NumPy {@code np.random.default_rng(42)}, or the global
     * state after {@code np.random.seed(42)}. Same seed, same numbers, on every run, platform and device.
     * <pre>{@code
     * Random rng = random(42);
     * NDArray W = rng.randn(784, 128).mul(0.01);
     * }</pre>
     *
     * @param seed the seed
     * @return the result
     */
    public static Random random(long seed) { return new Random(seed); }

    /**
     * A new generator seeded with {@code seed} whose arrays are made on {@code device}: PyTorch's
     * {@code torch.Generator(device).manual_seed(seed)} passed as {@code generator=}, CuPy's
     * {@code cupy.random.default_rng(seed)} under that device. It draws the numbers of
     * {@link #random(long) random(seed)}, bit for bit, on the device's own kernels (see the class
     * comment for the draws copied from the host). {@code Device.CPU} gives {@code random(seed)}.
     * <pre>{@code
     * Random g = random(42, Device.cuda(0));
     * NDArray x = g.normal(FLOAT32, 0, 1, 4096, 4096);   // on cuda:0, no host copy
     * }</pre>
     * @param seed any long
     * @param device where the generator's arrays are made; must be available
     * @return a generator at the start of seed's stream, drawing on device
     * @throws dev.numj.DeviceUnavailableException when device is not available (naming the reason)
     */
    public static Random random(long seed, Device device) {
        Objects.requireNonNull(device, "random: the device is null");
        return new Random(seed, device.requireAvailable());
    }

    /**
     * The global generator, NumPy's {@code np.random.*} module state: seeded from the operating system
     * until {@link #seed(long)} is called.
     * <pre>{@code
     * seed(42);
     * NDArray x = random().rand(3);          // np.random.seed(42); np.random.rand(3)
     * }</pre>
     *
     * @return the result
     */
    public static Random random() { return Global.INSTANCE; }

    /**
     * NumPy {@code np.random.seed(42)}: restarts the global generator ({@link #random()}) at the start of
     * seed's stream, so it then draws what {@code random(seed)} draws. Any long is a seed.
     * <pre>{@code
     * seed(42);
     * random().randint(0, 10, 5);            // the same as random(42).randint(0, 10, 5)
     * }</pre>
     *
     * @param seed the seed
     */
    public static void seed(long seed) { Global.INSTANCE.reseed(seed); }


    /**
     * The device this generator makes its arrays on (NumPy has none; PyTorch's {@code generator.device}): {@code Device.CPU}
     * unless it was made by {@link #random(long, Device)}.
     * <pre>{@code
     * random(0).device();                     // cpu
     * }</pre>
     * @return the generator's device
     */
    public Device device() { return device; }

    /**
     * The seed this generator was created (or last reseeded) with.
     * NumPy has no getter: the seed given to {@code np.random.default_rng(seed)}.
     *
     * @return the seed
     */
    public synchronized long seed() { return seed; }

    /**
     * How many 32-bit words of the stream this generator has used (the position of its next draw,
     * rounded up to a multiple of 4). After {@code rng.rand(3)} on a new generator it is 6.
     * NumPy has none: Philox's counter, the position in the stream.
     * <pre>{@code
     * Random rng = random(7);
     * rng.rand(3); rng.offset();             // 6
     * }</pre>
     *
     * @return the offset
     */
    public synchronized long offset() { return offset; }

    /** NumPy {@code np.random.seed(s)} on this generator: restarts it at the beginning of seed s's stream. */
    synchronized void reseed(long s) {
        seed = s;
        offset = 0;
    }

    /** Reserves {@code words} words, starting at the next block boundary. */
    synchronized Position reserve(long words) {
        long start = (offset + 3) & ~3L;
        offset = start + words;
        return new Position(seed, start);
    }

    // ---- NumPy's functions ------------------------------------------------------------------------

    /**
     * NumPy {@code np.random.rand(3, 4)}: float64 uniform on [0, 1).
     * <pre>{@code
     * NDArray u = random(0).rand(3, 4);      // shape (3, 4), float64
     * }</pre>
     *
     * @param shape the shape, one length per axis
     * @return the result
     */
    public NDArray rand(int... shape) { return rand(DType.FLOAT64, shape); }

    /**
     * NumPy {@code rng.random((3, 4), dtype=np.float32)}: uniform on [0, 1) in float32 (24 random bits) or float64 (53).
     * <pre>{@code
     * NDArray u = random(0).rand(FLOAT32, 3, 4);
     * }</pre>
     *
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @return the result
     */
    public NDArray rand(DType dtype, int... shape) {
        checkFloat(dtype, "random");
        return draw(NumjCpu.NUMJ_RANDOM_UNIFORM01(), dtype, shape, new double[0], new long[0]);
    }

    /**
     * NumPy {@code np.random.randn(784, 128)}: standard normal float64.
     * <pre>{@code
     * NDArray W = random(42).randn(784, 128).mul(0.01);
     * }</pre>
     *
     * @param shape the shape, one length per axis
     * @return the result
     */
    public NDArray randn(int... shape) { return randn(DType.FLOAT64, shape); }

    /**
     * NumPy {@code rng.standard_normal(shape, dtype=np.float32)}; a float32 value is the float64 one of
     * the same stream position, rounded.
     * <pre>{@code
     * NDArray W = random(42).randn(FLOAT32, 784, 128);
     * }</pre>
     *
     * @param dtype the data type
     * @param shape the shape, one length per axis
     * @return the result
     */
    public NDArray randn(DType dtype, int... shape) {
        checkFloat(dtype, "standard_normal");
        return draw(NumjCpu.NUMJ_RANDOM_NORMAL(), dtype, shape, new double[] {0, 1}, new long[0]);
    }

    /**
     * NumPy {@code np.random.randint(0, 10, (3, 3))}: int64 uniform on [low, high); {@code low >= high}
     * fails like NumPy ("low >= high").
     * <pre>{@code
     * NDArray labels = random(1).randint(0, 10, 3, 3);
     * }</pre>
     *
     * @param low the lower bound
     * @param high the upper bound (exclusive)
     * @param shape the shape, one length per axis
     * @return the result
     */
    public NDArray randint(long low, long high, int... shape) { return randint(DType.INT64, low, high, shape); }

    /**
     * NumPy {@code np.random.randint(low, high, size, dtype=np.int32)}: int32, int64 or bool, with NumPy's
     * bounds errors ("high is out of bounds for int32").
     * <pre>{@code
     * NDArray y = random(1).randint(INT32, 0, 2, 100);
     * }</pre>
     *
     * @param dtype the data type
     * @param low the lower bound
     * @param high the upper bound (exclusive)
     * @param shape the shape, one length per axis
     * @return the result
     */
    public NDArray randint(DType dtype, long low, long high, int... shape) {
        long min, max;
        switch (dtype) {
            case BOOL -> { min = 0; max = 1; }
            case INT32 -> { min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; }
            case INT64 -> { min = Long.MIN_VALUE; max = Long.MAX_VALUE; }
            default -> throw new NumJTypeException("Unsupported dtype dtype('" + dtype + "') for randint");
        }
        if (low < min) throw new IllegalArgumentException("low is out of bounds for " + dtype);
        if (dtype != DType.INT64 && high > max + 1) throw new IllegalArgumentException("high is out of bounds for " + dtype);
        if (low >= high) throw new IllegalArgumentException("low >= high");
        long[] ip = {low, high};
        return randintOn(device, dtype, shape, ip);
    }

    /** randint's checked draw, made on {@code on}. */
    NDArray randintOn(Device on, DType dtype, int[] shape, long[] ip) {
        if (dtype == DType.BOOL) return draw(on, NumjCpu.NUMJ_RANDOM_RANDINT(), DType.INT32, shape, new double[0], ip).astype(DType.BOOL);
        return draw(on, NumjCpu.NUMJ_RANDOM_RANDINT(), dtype, shape, new double[0], ip);
    }

    /**
     * NumPy {@code np.random.uniform(-.5, .5, size)}: float64 {@code low + (high - low) * u}; low may
     * exceed high, as in NumPy. A range that is not finite fails ("Range exceeds valid bounds").
     * <pre>{@code
     * NDArray W = random(3).uniform(-0.5, 0.5, 2, 2);
     * }</pre>
     *
     * @param low the lower bound
     * @param high the upper bound (exclusive)
     * @param shape the shape, one length per axis
     * @return the result
     */
    public NDArray uniform(double low, double high, int... shape) { return uniform(DType.FLOAT64, low, high, shape); }

    /**
     * {@link #uniform(double, double, int...)} in float32 (from a 24-bit uniform, computed in double and rounded).
     * NumPy {@code rng.uniform(low, high, size).astype(dtype)}.
     * <pre>{@code
     * NDArray W = random(3).uniform(FLOAT32, -0.5, 0.5, 784, 128);
     * }</pre>
     *
     * @param dtype the data type
     * @param low the lower bound
     * @param high the upper bound (exclusive)
     * @param shape the shape, one length per axis
     * @return the result
     */
    public NDArray uniform(DType dtype, double low, double high, int... shape) {
        checkFloat(dtype, "uniform");
        if (!Double.isFinite(high - low)) throw new ArithmeticException("Range exceeds valid bounds");
        return draw(NumjCpu.NUMJ_RANDOM_UNIFORM(), dtype, shape, new double[] {low, high}, new long[0]);
    }

    /**
     * NumPy {@code np.random.normal(mu, sd, n)}: float64 {@code mu + sd * z}; a negative sd fails ("scale &lt; 0").
     * <pre>{@code
     * NDArray x = random(5).normal(170, 10, 1000);
     * }</pre>
     *
     * @param mu the mean
     * @param sd the standard deviation
     * @param shape the shape, one length per axis
     * @return the result
     */
    public NDArray normal(double mu, double sd, int... shape) { return normal(DType.FLOAT64, mu, sd, shape); }

    /**
     * {@link #normal(double, double, int...)} in float32 (the float64 value of the same stream position, rounded).
     * NumPy {@code rng.normal(mu, sd, size).astype(dtype)}.
     * <pre>{@code
     * NDArray b = random(5).normal(FLOAT32, 0, 0.1, 128);
     * }</pre>
     *
     * @param dtype the data type
     * @param mu the mean
     * @param sd the standard deviation
     * @param shape the shape, one length per axis
     * @return the result
     */
    public NDArray normal(DType dtype, double mu, double sd, int... shape) {
        checkFloat(dtype, "normal");
        checkScale(sd);
        return draw(NumjCpu.NUMJ_RANDOM_NORMAL(), dtype, shape, new double[] {mu, sd}, new long[0]);
    }

    /**
     * NumPy {@code np.random.exponential(scale, n)}: float64 with mean {@code scale}; a negative scale fails ("scale &lt; 0").
     * <pre>{@code
     * NDArray waits = random(9).exponential(2.0, 1000);
     * }</pre>
     *
     * @param scale the scale
     * @param shape the shape, one length per axis
     * @return the result
     */
    public NDArray exponential(double scale, int... shape) { return exponential(DType.FLOAT64, scale, shape); }

    /**
     * {@link #exponential(double, int...)} in float32 (the float64 value, rounded); NumPy's {@code
     * rng.standard_exponential(dtype=np.float32)} times scale.
     * <pre>{@code
     * NDArray waits = random(9).exponential(FLOAT32, 2.0, 1000);
     * }</pre>
     *
     * @param dtype the data type
     * @param scale the scale
     * @param shape the shape, one length per axis
     * @return the result
     */
    public NDArray exponential(DType dtype, double scale, int... shape) {
        checkFloat(dtype, "standard_exponential");
        checkScale(scale);
        return draw(NumjCpu.NUMJ_RANDOM_EXPONENTIAL(), dtype, shape, new double[] {scale}, new long[0]);
    }

    /**
     * NumPy {@code rng.choice(n, size, replace)}: int64 samples of {@code arange(n)}; without replacement
     * they are distinct, and {@code size > n} fails ("Cannot take a larger sample than population when
     * replace is False"). Without replacement the result is the first {@code size} values of
     * {@code permutation(n)} drawn at the same stream position.
     * <pre>{@code
     * NDArray batch = random(0).choice(60000, 32, false);
     * }</pre>
     *
     * @param n the number of elements
     * @param size the output shape
     * @param replace whether a value may be drawn more than once
     * @return the result
     */
    public NDArray choice(long n, int size, boolean replace) {
        if (n <= 0 && size != 0)
            throw new IllegalArgumentException("a must be a positive integer unless no samples are taken");
        return Sampling.choiceIndices(this, n, size, replace, device);
    }

    /**
     * NumPy {@code rng.choice(n, size)}: with replacement.
     * <pre>{@code
     * NDArray rolls = random(0).choice(6, 10);
     * }</pre>
     *
     * @param n the number of elements
     * @param size the output shape
     * @return the result
     */
    public NDArray choice(long n, int size) { return choice(n, size, true); }

    /**
     * NumPy {@code rng.choice(a, size, replace)}: {@code size} elements of a 1-D array, or rows (along
     * axis 0) of an n-d one; the dtype is a's. A 0-d integer array acts as {@code choice(n, ...)}.
     * <pre>{@code
     * NDArray picks = random(0).choice(array(10, 20, 30), 2, false);
     * }</pre>
     *
     * @param a the array
     * @param size the output shape
     * @param replace whether a value may be drawn more than once
     * @return the result
     */
    public NDArray choice(NDArray a, int size, boolean replace) {
        if (a.ndim() == 0) {
            if (a.dtype().isFloating())
                throw new IllegalArgumentException("a must be a sequence or an integer, not a 0-d " + a.dtype() + " array");
            return choice(a.itemLong(), size, replace);
        }
        if (shapeOf(a)[0] == 0 && size != 0)
            throw new IllegalArgumentException("a cannot be empty unless no samples are taken");
        return a.take(Sampling.choiceIndices(this, shapeOf(a)[0], size, replace, a.device()), 0);
    }

    /**
     * NumPy {@code rng.choice(a, size)}: with replacement.
     *
     * @param a the array
     * @param size the output shape
     * @return the result
     */
    public NDArray choice(NDArray a, int size) { return choice(a, size, true); }

    /**
     * NumPy {@code np.random.permutation(n)}: {@code arange(n)} shuffled, int64 (empty for n &lt;= 0, as in NumPy).
     * <pre>{@code
     * NDArray order = random(0).permutation(10);   // e.g. [3 7 0 ...]
     * }</pre>
     *
     * @param n the number of elements
     * @return the result
     */
    public NDArray permutation(long n) { return Sampling.permutation(this, Math.max(n, 0), device); }

    /**
     * NumPy {@code np.random.permutation(X)}: a shuffled copy of X along axis 0 (rows stay whole).
     * <pre>{@code
     * NDArray Xs = random(0).permutation(X);
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public NDArray permutation(NDArray a) {
        if (a.ndim() == 0) throw new IndexOutOfBoundsException("x must be an integer or at least 1-dimensional");
        return a.take(Sampling.permutation(this, shapeOf(a)[0], a.device()), 0);
    }

    /**
     * NumPy {@code np.random.shuffle(a)}: shuffles a in place along axis 0 (views write through), with
     * the same result as {@link #permutation(NDArray)} at the same stream position.
     * <pre>{@code
     * random(0).shuffle(X);                  // X's rows, reordered
     * }</pre>
     *
     * @param a the array
     */
    public void shuffle(NDArray a) {
        if (a.ndim() == 0) throw new NumJTypeException("len() of unsized object");
        if (!a.isWriteable()) throw new IllegalArgumentException("array is read-only");
        Ufuncs.assign(a, permutation(a));
    }

    // ---- choice with probabilities ----

    /**
     * NumPy {@code rng.choice(n, size, replace, p)}: int64 indices of {@code arange(n)} drawn with the
     * probabilities p (1-D, length n, non-negative, summing to 1 within sqrt(eps)), with NumPy's
     * errors ("Probabilities do not sum to 1. ...", "Probabilities are not non-negative", "a and p must have
     * same size", "Fewer non-zero entries in p than size"). With replacement a value is
     * {@code searchsorted(cumsum(p) / sum(p), u, 'right')} for the uniform u of {@code rand(size)} at the
     * same stream position; without, the {@code size} indices of smallest {@code E_i / p_i} for the
     * exponentials of {@code exponential(1, n)} at the same position (first drawn first).
     * <pre>{@code
     * NDArray tokens = random(0).choice(4, 10, true, array(0.1, 0.2, 0.3, 0.4));
     * }</pre>
     * @param n the population size: indices 0 .. n-1
     * @param size how many samples
     * @param replace whether a sample may repeat
     * @param p the probabilities of the population's elements (1-D, summing to 1)
     * @return the samples: int64 indices, or a's elements in a's dtype
     */
    public NDArray choice(long n, int size, boolean replace, NDArray p) {
        return Distributions.choiceIndices(this, n, size, replace, p, device);
    }

    /**
     * NumPy {@code rng.choice(n, size, replace, p)}: {@link #choice(long, int, boolean, NDArray)} with p as a Java array.
     * <pre>{@code
     * NDArray coin = random(0).choice(2, 100, true, new double[] {0.9, 0.1});
     * }</pre>
     * @param n the population size: indices 0 .. n-1
     * @param size how many samples
     * @param replace whether a sample may repeat
     * @param p the probabilities of the population's elements (1-D, summing to 1)
     * @return the samples: int64 indices, or a's elements in a's dtype
     */
    public NDArray choice(long n, int size, boolean replace, double[] p) { return choice(n, size, replace, dev.numj.NumJ.array(p)); }

    /**
     * NumPy {@code rng.choice(a, size, replace, p)}: elements (rows along axis 0) of a, drawn with the
     * probabilities p, one per row; the dtype is a's.
     * <pre>{@code
     * NDArray picks = random(0).choice(array(10, 20, 30), 5, true, array(0.5, 0.25, 0.25));
     * }</pre>
     * @param a the population: its elements, or rows along axis 0
     * @param size how many samples
     * @param replace whether a sample may repeat
     * @param p the probabilities of the population's elements (1-D, summing to 1)
     * @return the samples: int64 indices, or a's elements in a's dtype
     */
    public NDArray choice(NDArray a, int size, boolean replace, NDArray p) {
        if (a.ndim() == 0) {
            if (a.dtype().isFloating())
                throw new IllegalArgumentException("a must be a sequence or an integer, not a 0-d " + a.dtype() + " array");
            return choice(a.itemLong(), size, replace, p);
        }
        if (shapeOf(a)[0] == 0 && size != 0)
            throw new IllegalArgumentException("a cannot be empty unless no samples are taken");
        return a.take(Distributions.choiceIndices(this, shapeOf(a)[0], size, replace, p, a.device()), 0);
    }

    // ---- discrete distributions ----

    /**
     * NumPy {@code rng.binomial(n, p, size)}: int64 successes in n trials of probability p (inversion for
     * n p &lt;= 30, else BTPE, as NumPy); errors "n &lt; 0", "p &lt; 0, p &gt; 1 or p is NaN".
     * <pre>{@code
     * NDArray heads = random(0).binomial(10, 0.5, 1000);
     * }</pre>
     * @param n the number of trials (int64)
     * @param p the probability of success of a trial
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return int64 counts of successes
     */
    public NDArray binomial(long n, double p, int... size) {
        return Distributions.binomial(this, Distributions.scalar(n), Distributions.scalar(p), size);
    }

    /**
     * NumPy {@code rng.binomial(n, p, size)} with array parameters, broadcast together (and to size when
     * one is given, else the result has their broadcast shape). n is an integer array; a float one fails as in NumPy.
     * <pre>{@code
     * NDArray k = random(0).binomial(array(10L, 20L), array(0.5, 0.1));    // shape (2,)
     * }</pre>
     * @param n the number of trials (int64), an array that broadcasts
     * @param p the probability of success of a trial, an array that broadcasts
     * @param size the output shape (NumPy's size), which the parameters must broadcast to; none gives their broadcast shape
     * @return int64 counts of successes
     */
    public NDArray binomial(NDArray n, NDArray p, int... size) { return Distributions.binomial(this, n, p, sizeOrNull(size)); }

    /**
     * NumPy {@code rng.poisson(lam, size)}: int64 counts of mean lam (multiplication below 10, PTRS from
     * 10, as NumPy); errors "lam &lt; 0 or lam is NaN", "lam value too large".
     * <pre>{@code
     * NDArray arrivals = random(0).poisson(3.5, 1000);
     * }</pre>
     * @param lam the expected count (the rate)
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return int64 counts
     */
    public NDArray poisson(double lam, int... size) { return Distributions.poisson(this, Distributions.scalar(lam), size); }

    /**
     * NumPy {@code rng.poisson(lam, size)} with an array of rates (the result has lam's shape unless a size is given).
     * <pre>{@code
     * NDArray k = random(0).poisson(array(1.0, 10.0, 100.0));
     * }</pre>
     * @param lam the expected count (the rate), an array that broadcasts
     * @param size the output shape (NumPy's size), which the parameters must broadcast to; none gives their broadcast shape
     * @return int64 counts
     */
    public NDArray poisson(NDArray lam, int... size) { return Distributions.poisson(this, lam, sizeOrNull(size)); }

    /**
     * NumPy {@code rng.geometric(p, size)}: int64 trials up to and including the first success (at least
     * 1); error "p &lt;= 0, p &gt; 1 or p contains NaNs".
     * <pre>{@code
     * NDArray tries = random(0).geometric(0.25, 1000);
     * }</pre>
     * @param p the probability of success of a trial
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return int64 numbers of trials, 1 or more
     */
    public NDArray geometric(double p, int... size) { return Distributions.geometric(this, Distributions.scalar(p), size); }

    /**
     * NumPy {@code rng.geometric(p, size)} with an array of probabilities.
     * <pre>{@code
     * NDArray tries = random(0).geometric(array(0.5, 0.01));
     * }</pre>
     * @param p the probability of success of a trial, an array that broadcasts
     * @param size the output shape (NumPy's size), which the parameters must broadcast to; none gives their broadcast shape
     * @return int64 numbers of trials, 1 or more
     */
    public NDArray geometric(NDArray p, int... size) { return Distributions.geometric(this, p, sizeOrNull(size)); }

    /**
     * NumPy {@code rng.multinomial(n, pvals, size)}: int64 counts of shape (size..., k) of n trials over
     * the k outcomes of pvals (sequential binomials, as NumPy); errors "n &lt; 0", "pvals &lt; 0, pvals &gt; 1 or
     * pvals contains NaNs", "sum(pvals[:-1]) &gt; 1.0".
     * <pre>{@code
     * NDArray dice = random(0).multinomial(20, new double[] {1/6., 1/6., 1/6., 1/6., 1/6., 1/6.}, 3);   // (3, 6)
     * }</pre>
     * @param n the number of trials
     * @param pvals the k outcomes' probabilities (1-D; the last takes what the others leave)
     * @param size the leading shape of the result (NumPy's size); none gives one row
     * @return int64 counts of shape (size..., k); each row adds up to n
     */
    public NDArray multinomial(long n, double[] pvals, int... size) {
        return Distributions.multinomial(this, Distributions.scalar(n), dev.numj.NumJ.array(pvals), size);
    }

    /**
     * NumPy {@code rng.multinomial(n, pvals, size)} with n an array and pvals of shape (..., k), a row of
     * probabilities each: the leading shape of the result is n's and pvals' leading shape broadcast, unless
     * a size is given.
     * <pre>{@code
     * NDArray counts = random(0).multinomial(array(10L, 100L), array(0.2, 0.8));   // shape (2, 2)
     * }</pre>
     * @param n the number of trials, an array that broadcasts
     * @param pvals the k outcomes' probabilities along the last axis (the last takes what the others leave)
     * @param size the leading shape of the result, which n and pvals' leading shape must broadcast to; none gives their broadcast
     * @return int64 counts of shape (size..., k); each row adds up to n
     */
    public NDArray multinomial(NDArray n, NDArray pvals, int... size) {
        return Distributions.multinomial(this, n, pvals, sizeOrNull(size));
    }

    // ---- continuous distributions ----

    /**
     * NumPy {@code rng.gamma(shape, scale, size)}: float64 with mean shape * scale (Marsaglia-Tsang);
     * errors "shape &lt; 0", "scale &lt; 0".
     * <pre>{@code
     * NDArray g = random(0).gamma(2.0, 1.5, 1000);
     * }</pre>
     * @param shape the shape k (0 or more)
     * @param scale the scale theta (0 or more)
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return float64 values
     */
    public NDArray gamma(double shape, double scale, int... size) { return gamma(DType.FLOAT64, shape, scale, size); }

    /**
     * {@link #gamma(double, double, int...)} in float32 or float64 (float32: the float64 value rounded).
     * <pre>{@code
     * NDArray g = random(0).gamma(FLOAT32, 2.0, 1.0, 1000);
     * }</pre>
     * @param dtype FLOAT32 or FLOAT64 (float32: the float64 value rounded)
     * @param shape the shape k (0 or more)
     * @param scale the scale theta (0 or more)
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return values of dtype dtype
     */
    public NDArray gamma(DType dtype, double shape, double scale, int... size) {
        return Distributions.gamma(this, dtype, Distributions.scalar(shape), Distributions.scalar(scale), size);
    }

    /**
     * NumPy {@code rng.gamma(shape, scale, size)} with array parameters, broadcast together.
     * <pre>{@code
     * NDArray g = random(0).gamma(array(0.5, 1.0, 5.0), array(2.0));
     * }</pre>
     * @param shape the shape k (0 or more), an array that broadcasts
     * @param scale the scale theta (0 or more), an array that broadcasts
     * @param size the output shape (NumPy's size), which the parameters must broadcast to; none gives their broadcast shape
     * @return float64 values
     */
    public NDArray gamma(NDArray shape, NDArray scale, int... size) {
        return Distributions.gamma(this, DType.FLOAT64, shape, scale, sizeOrNull(size));
    }

    /**
     * NumPy {@code rng.standard_gamma(shape, size, dtype)}: {@code gamma(shape, 1)}.
     * <pre>{@code
     * NDArray g = random(0).standardGamma(FLOAT32, 3.0, 100);
     * }</pre>
     * @param dtype FLOAT32 or FLOAT64 (float32: the float64 value rounded)
     * @param shape the shape k (0 or more)
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return values of dtype dtype
     */
    public NDArray standardGamma(DType dtype, double shape, int... size) {
        checkFloat(dtype, "standard_gamma");
        return gamma(dtype, shape, 1.0, size);
    }

    /**
     * NumPy {@code rng.standard_gamma(shape, size)}: float64 {@code gamma(shape, 1)}.
     * <pre>{@code
     * NDArray g = random(0).standardGamma(3.0, 100);
     * }</pre>
     * @param shape the shape k (0 or more)
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return float64 values
     */
    public NDArray standardGamma(double shape, int... size) { return gamma(DType.FLOAT64, shape, 1.0, size); }

    /**
     * NumPy {@code rng.beta(a, b, size)}: float64 on [0, 1] (Johnk's algorithm when a, b &lt;= 1, else a
     * ratio of gammas, as NumPy); errors "a &lt;= 0", "b &lt;= 0".
     * <pre>{@code
     * NDArray x = random(0).beta(2.0, 5.0, 1000);
     * }</pre>
     * @param a alpha, above 0
     * @param b beta, above 0
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return float64 values
     */
    public NDArray beta(double a, double b, int... size) { return beta(DType.FLOAT64, a, b, size); }

    /**
     * {@link #beta(double, double, int...)} in float32 or float64.
     * <pre>{@code
     * NDArray x = random(0).beta(FLOAT32, 0.5, 0.5, 1000);
     * }</pre>
     * @param dtype FLOAT32 or FLOAT64 (float32: the float64 value rounded)
     * @param a alpha, above 0
     * @param b beta, above 0
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return values of dtype dtype
     */
    public NDArray beta(DType dtype, double a, double b, int... size) {
        return Distributions.beta(this, dtype, Distributions.scalar(a), Distributions.scalar(b), size);
    }

    /**
     * NumPy {@code rng.beta(a, b, size)} with array parameters.
     * <pre>{@code
     * NDArray x = random(0).beta(array(1.0, 2.0), array(3.0));
     * }</pre>
     * @param a alpha, above 0, an array that broadcasts
     * @param b beta, above 0, an array that broadcasts
     * @param size the output shape (NumPy's size), which the parameters must broadcast to; none gives their broadcast shape
     * @return float64 values
     */
    public NDArray beta(NDArray a, NDArray b, int... size) { return Distributions.beta(this, DType.FLOAT64, a, b, sizeOrNull(size)); }

    /**
     * NumPy {@code rng.dirichlet(alpha, size)}: float64 rows of shape (size..., k) that sum to 1; alphas
     * may be 0 (that component is 0) but not negative ("alpha &lt; 0").
     * <pre>{@code
     * NDArray w = random(0).dirichlet(new double[] {1, 1, 1}, 5);   // shape (5, 3)
     * }</pre>
     * @param alpha the concentrations (1-D, 0 or more)
     * @param size the leading shape of the result (NumPy's size); none gives one row
     * @return float64 rows of shape (size..., k) that sum to 1
     */
    public NDArray dirichlet(double[] alpha, int... size) { return dirichlet(dev.numj.NumJ.array(alpha), size); }

    /**
     * NumPy {@code rng.dirichlet(alpha, size)} with alpha a 1-D array.
     * <pre>{@code
     * NDArray w = random(0).dirichlet(array(0.1, 0.1), 2);
     * }</pre>
     * @param alpha the concentrations (1-D, 0 or more)
     * @param size the leading shape of the result (NumPy's size); none gives one row
     * @return float64 rows of shape (size..., k) that sum to 1
     */
    public NDArray dirichlet(NDArray alpha, int... size) { return Distributions.dirichlet(this, alpha, size); }

    /**
     * NumPy {@code rng.chisquare(df, size)}: float64, {@code 2 * gamma(df / 2)}; error "df &lt;= 0".
     * <pre>{@code
     * NDArray x = random(0).chisquare(3.0, 1000);
     * }</pre>
     * @param df the degrees of freedom, above 0
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return float64 values
     */
    public NDArray chisquare(double df, int... size) { return chisquare(DType.FLOAT64, df, size); }

    /**
     * {@link #chisquare(double, int...)} in float32 or float64.
     * <pre>{@code
     * NDArray x = random(0).chisquare(FLOAT32, 3.0, 1000);
     * }</pre>
     * @param dtype FLOAT32 or FLOAT64 (float32: the float64 value rounded)
     * @param df the degrees of freedom, above 0
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return values of dtype dtype
     */
    public NDArray chisquare(DType dtype, double df, int... size) {
        return Distributions.chisquare(this, dtype, Distributions.scalar(df), size);
    }

    /**
     * NumPy {@code rng.chisquare(df, size)} with an array of degrees of freedom.
     * <pre>{@code
     * NDArray x = random(0).chisquare(array(1.0, 10.0));
     * }</pre>
     * @param df the degrees of freedom, above 0, an array that broadcasts
     * @param size the output shape (NumPy's size), which the parameters must broadcast to; none gives their broadcast shape
     * @return float64 values
     */
    public NDArray chisquare(NDArray df, int... size) { return Distributions.chisquare(this, DType.FLOAT64, df, sizeOrNull(size)); }

    /**
     * NumPy {@code rng.standard_t(df, size)}: float64 Student's t, {@code z / sqrt(chisquare(df) / df)};
     * error "df &lt;= 0".
     * <pre>{@code
     * NDArray t = random(0).standardT(5.0, 1000);
     * }</pre>
     * @param df the degrees of freedom, above 0
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return float64 values
     */
    public NDArray standardT(double df, int... size) { return standardT(DType.FLOAT64, df, size); }

    /**
     * {@link #standardT(double, int...)} in float32 or float64.
     * <pre>{@code
     * NDArray t = random(0).standardT(FLOAT32, 5.0, 1000);
     * }</pre>
     * @param dtype FLOAT32 or FLOAT64 (float32: the float64 value rounded)
     * @param df the degrees of freedom, above 0
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return values of dtype dtype
     */
    public NDArray standardT(DType dtype, double df, int... size) {
        return Distributions.standardT(this, dtype, Distributions.scalar(df), size);
    }

    /**
     * NumPy {@code rng.standard_t(df, size)} with an array of degrees of freedom.
     * <pre>{@code
     * NDArray t = random(0).standardT(array(1.0, 30.0));
     * }</pre>
     * @param df the degrees of freedom, above 0, an array that broadcasts
     * @param size the output shape (NumPy's size), which the parameters must broadcast to; none gives their broadcast shape
     * @return float64 values
     */
    public NDArray standardT(NDArray df, int... size) { return Distributions.standardT(this, DType.FLOAT64, df, sizeOrNull(size)); }

    /**
     * NumPy {@code rng.lognormal(mean, sigma, size)}: float64 {@code exp(mean + sigma * z)}; error "sigma &lt; 0".
     * <pre>{@code
     * NDArray incomes = random(0).lognormal(10, 0.5, 1000);
     * }</pre>
     * @param mean the mean of the underlying normal
     * @param sigma the standard deviation of the underlying normal (0 or more)
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return float64 values
     */
    public NDArray lognormal(double mean, double sigma, int... size) { return lognormal(DType.FLOAT64, mean, sigma, size); }

    /**
     * {@link #lognormal(double, double, int...)} in float32 or float64.
     * <pre>{@code
     * NDArray x = random(0).lognormal(FLOAT32, 0, 1, 1000);
     * }</pre>
     * @param dtype FLOAT32 or FLOAT64 (float32: the float64 value rounded)
     * @param mean the mean of the underlying normal
     * @param sigma the standard deviation of the underlying normal (0 or more)
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return values of dtype dtype
     */
    public NDArray lognormal(DType dtype, double mean, double sigma, int... size) {
        return Distributions.lognormal(this, dtype, Distributions.scalar(mean), Distributions.scalar(sigma), size);
    }

    /**
     * NumPy {@code rng.lognormal(mean, sigma, size)} with array parameters.
     * <pre>{@code
     * NDArray x = random(0).lognormal(array(0.0, 1.0), array(0.5));
     * }</pre>
     * @param mean the mean of the underlying normal, an array that broadcasts
     * @param sigma the standard deviation of the underlying normal (0 or more), an array that broadcasts
     * @param size the output shape (NumPy's size), which the parameters must broadcast to; none gives their broadcast shape
     * @return float64 values
     */
    public NDArray lognormal(NDArray mean, NDArray sigma, int... size) {
        return Distributions.lognormal(this, DType.FLOAT64, mean, sigma, sizeOrNull(size));
    }

    /**
     * NumPy {@code rng.laplace(loc, scale, size)}: float64 double-exponential; error "scale &lt; 0".
     * <pre>{@code
     * NDArray noise = random(0).laplace(0, 1, 1000);
     * }</pre>
     * @param loc the location (the mean and median)
     * @param scale the scale b (0 or more); the variance is 2 b^2
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return float64 values
     */
    public NDArray laplace(double loc, double scale, int... size) { return laplace(DType.FLOAT64, loc, scale, size); }

    /**
     * {@link #laplace(double, double, int...)} in float32 or float64.
     * <pre>{@code
     * NDArray noise = random(0).laplace(FLOAT32, 0, 1, 1000);
     * }</pre>
     * @param dtype FLOAT32 or FLOAT64 (float32: the float64 value rounded)
     * @param loc the location (the mean and median)
     * @param scale the scale b (0 or more); the variance is 2 b^2
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return values of dtype dtype
     */
    public NDArray laplace(DType dtype, double loc, double scale, int... size) {
        return Distributions.laplace(this, dtype, Distributions.scalar(loc), Distributions.scalar(scale), size);
    }

    /**
     * NumPy {@code rng.laplace(loc, scale, size)} with array parameters.
     * <pre>{@code
     * NDArray noise = random(0).laplace(array(0.0, 5.0), array(1.0));
     * }</pre>
     * @param loc the location (the mean and median), an array that broadcasts
     * @param scale the scale b (0 or more); the variance is 2 b^2, an array that broadcasts
     * @param size the output shape (NumPy's size), which the parameters must broadcast to; none gives their broadcast shape
     * @return float64 values
     */
    public NDArray laplace(NDArray loc, NDArray scale, int... size) {
        return Distributions.laplace(this, DType.FLOAT64, loc, scale, sizeOrNull(size));
    }

    /**
     * NumPy {@code rng.logistic(loc, scale, size)}: float64 {@code loc + scale * ln(u / (1 - u))}; error "scale &lt; 0".
     * <pre>{@code
     * NDArray x = random(0).logistic(0, 1, 1000);
     * }</pre>
     * @param loc the location (the mean)
     * @param scale the scale s (0 or more)
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return float64 values
     */
    public NDArray logistic(double loc, double scale, int... size) { return logistic(DType.FLOAT64, loc, scale, size); }

    /**
     * {@link #logistic(double, double, int...)} in float32 or float64.
     * <pre>{@code
     * NDArray x = random(0).logistic(FLOAT32, 0, 1, 1000);
     * }</pre>
     * @param dtype FLOAT32 or FLOAT64 (float32: the float64 value rounded)
     * @param loc the location (the mean)
     * @param scale the scale s (0 or more)
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return values of dtype dtype
     */
    public NDArray logistic(DType dtype, double loc, double scale, int... size) {
        return Distributions.logistic(this, dtype, Distributions.scalar(loc), Distributions.scalar(scale), size);
    }

    /**
     * NumPy {@code rng.logistic(loc, scale, size)} with array parameters.
     * <pre>{@code
     * NDArray x = random(0).logistic(array(0.0, 5.0), array(1.0));
     * }</pre>
     * @param loc the location (the mean), an array that broadcasts
     * @param scale the scale s (0 or more), an array that broadcasts
     * @param size the output shape (NumPy's size), which the parameters must broadcast to; none gives their broadcast shape
     * @return float64 values
     */
    public NDArray logistic(NDArray loc, NDArray scale, int... size) {
        return Distributions.logistic(this, DType.FLOAT64, loc, scale, sizeOrNull(size));
    }

    /**
     * A normal of mean {@code mean} and standard deviation {@code std} truncated to [a, b], with the
     * parameters of PyTorch's {@code torch.nn.init.trunc_normal_(t, mean, std, a, b)}: a and b are
     * absolute bounds, not in units of std (SciPy's {@code truncnorm((a - mean) / std, (b - mean) / std,
     * loc=mean, scale=std)} is the same law). Exact, by rejection (Robert 1995), for any window, far tails
     * included. Errors "std &lt; 0", "a &gt;= b"; std = 0 gives mean clipped to [a, b].
     * <pre>{@code
     * NDArray W = random(0).truncatedNormal(0, 0.02, -0.04, 0.04, 768, 768);   // ViT/BERT-style init
     * }</pre>
     * @param mean the mean of the normal before truncation
     * @param std its standard deviation (0 or more)
     * @param a the lower bound, an absolute value
     * @param b the upper bound, an absolute value, above a
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return float64 values
     */
    public NDArray truncatedNormal(double mean, double std, double a, double b, int... size) {
        return truncatedNormal(DType.FLOAT64, mean, std, a, b, size);
    }

    /**
     * {@link #truncatedNormal(double, double, double, double, int...)} in float32 or float64 (the
     * float64 value rounded, so it stays inside [a, b] when a and b are float32 values).
     * <pre>{@code
     * NDArray W = random(0).truncatedNormal(FLOAT32, 0, 1, -2, 2, 256, 256);
     * }</pre>
     * @param dtype FLOAT32 or FLOAT64 (float32: the float64 value rounded)
     * @param mean the mean of the normal before truncation
     * @param std its standard deviation (0 or more)
     * @param a the lower bound, an absolute value
     * @param b the upper bound, an absolute value, above a
     * @param size the output shape (NumPy's size); none gives a 0-d array
     * @return values of dtype dtype
     */
    public NDArray truncatedNormal(DType dtype, double mean, double std, double a, double b, int... size) {
        return Distributions.truncatedNormal(this, dtype, Distributions.scalar(mean), Distributions.scalar(std),
                Distributions.scalar(a), Distributions.scalar(b), size);
    }

    /**
     * {@link #truncatedNormal(double, double, double, double, int...)} with array parameters, broadcast together.
     * <pre>{@code
     * NDArray x = random(0).truncatedNormal(array(0.0), array(1.0), array(-1.0, 0.0), array(1.0, 3.0));
     * }</pre>
     * @param mean the mean of the normal before truncation, an array that broadcasts
     * @param std its standard deviation (0 or more), an array that broadcasts
     * @param a the lower bound, an absolute value, an array that broadcasts
     * @param b the upper bound, an absolute value, above a, an array that broadcasts
     * @param size the output shape (NumPy's size), which the parameters must broadcast to; none gives their broadcast shape
     * @return float64 values
     */
    public NDArray truncatedNormal(NDArray mean, NDArray std, NDArray a, NDArray b, int... size) {
        return Distributions.truncatedNormal(this, DType.FLOAT64, mean, std, a, b, sizeOrNull(size));
    }

    /** NumPy's size=None for the array forms: no size given means the parameters' broadcast shape. */
    private static int[] sizeOrNull(int[] size) { return size.length == 0 ? null : size; }

    @Override
    public synchronized String toString() {
        return "Random(seed=" + seed + ", offset=" + offset + (device.isCpu() ? "" : ", device=" + device) + ")";
    }

    // ---- the stream ---------------------------------------------------------------------------------

    private static void checkFloat(DType dtype, String what) {
        if (!dtype.isFloating()) throw new NumJTypeException("Unsupported dtype dtype('" + dtype + "') for " + what);
    }

    /** NumPy's CONS_NON_NEGATIVE: NaN passes, a set sign bit (-0.0 included) fails. */
    private static void checkScale(double scale) {
        if (!Double.isNaN(scale) && Double.doubleToRawLongBits(scale) < 0) throw new IllegalArgumentException("scale < 0");
    }

    private NDArray draw(int kind, DType dt, int[] shape, double[] params, long[] iparams) {
        return draw(device, kind, dt, shape, params, iparams);
    }

    /** A draw made on {@code on} (the stream is the same on every device). */
    NDArray draw(Device on, int kind, DType dt, int[] shape, double[] params, long[] iparams) {
        NDArray out = ArrayAccess.allocate(on, dt, Shapes.checked(Shapes.toLong(shape), dt.itemSize()));
        Position at = reserve(words(kind, dt, out.size(), iparams));
        fill(kind, dt, at.seed(), at.offset(), out, params, iparams);
        return out;
    }

    /** Stream words a draw of n values uses (philox.h's table). */
    static long words(int kind, DType dt, long n, long[] iparams) {
        if (kind == NumjCpu.NUMJ_RANDOM_UNIFORM01() || kind == NumjCpu.NUMJ_RANDOM_UNIFORM()) return dt == DType.FLOAT32 ? n : 2 * n;
        if (kind == NumjCpu.NUMJ_RANDOM_NORMAL()) return 4 * ((n + 1) / 2);
        if (kind == NumjCpu.NUMJ_RANDOM_EXPONENTIAL()) return 2 * n;
        if (kind == NumjCpu.NUMJ_RANDOM_RANDINT())
            return Long.compareUnsigned(iparams[1] - iparams[0], 1L << 32) <= 0 ? 2 * n : 4 * n;
        return dt == DType.INT32 ? n : 2 * n;
    }

    /** Fills the contiguous {@code out} from the stream of {@code seed} at word {@code offset}. */
    static void fill(int kind, DType dt, long seed, long offset, NDArray out, double[] params, long[] iparams) {
        if (out.size() == 0) return;
        Backends.of(out).randomFill(kind, dt, seed, offset, out.size(), operandOf(out), params, iparams);
    }
}
