package dev.numj.random;

import dev.numj.DType;
import dev.numj.Device;
import dev.numj.NumJ;
import dev.numj.NumJTypeException;
import dev.numj.NDArray;
import dev.numj.internal.ArrayAccess;
import dev.numj.internal.Backends;
import dev.numj.internal.Shapes;
import dev.numj.internal.backend.Operand;
import dev.numj.internal.ffi.numj.NumjCpu;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoublePredicate;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.operandOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;

/**
 * The samplers behind {@link Random}'s gamma, beta, binomial, poisson, ... (native/cpu/samplers.h):
 * NumPy's size-and-broadcast rules for parameter arrays, NumPy's parameter checks and messages, and
 * the stream bookkeeping. Every value owns one Philox block of the draw (4 words) and reads its own
 * sub-stream from it, however many proposals its rejection loop needs.
 *
 * <p>Parameter arrays may be on any device: NumPy's checks read them on the host ({@link #host}), and the
 * kernel's operands are copied to the generator's device. The samplers run on the generator's device;
 * choice with probabilities, dirichlet and multinomial run on the host and their result is copied there.
 */
final class Distributions {
    private Distributions() {}

    /** NumPy's POISSON_LAM_MAX: int64's max less 10 sqrt of it. */
    static final double POISSON_LAM_MAX = 9.223372006484771e18;

    // ---- NumPy's parameter constraints (numpy/random/_common.pyx) ----

    /** CONS_NON_NEGATIVE: NaN passes, a set sign bit (-0.0 included) fails: "name &lt; 0". */
    static void nonNegative(NDArray p, String name) {
        check(p, v -> !Double.isNaN(v) && Double.doubleToRawLongBits(v) < 0, name + " < 0");
    }

    /** CONS_POSITIVE: NaN passes, v &lt;= 0 fails: "name &lt;= 0". */
    static void positive(NDArray p, String name) { check(p, v -> v <= 0, name + " <= 0"); }

    static void check(NDArray p, DoublePredicate bad, String message) {
        for (double v : host(p).toDoubleArray()) if (bad.test(v)) throw new IllegalArgumentException(message);
    }

    /** p on the host: itself on the CPU, else a copy (parameters are read there for NumPy's checks). */
    static NDArray host(NDArray p) { return p.device().isCpu() ? p : p.to(Device.CPU); }

    // ---- shapes ----

    /**
     * The output shape: {@code size} when given (every parameter must broadcast to it), else the
     * parameters' broadcast shape; NumPy's messages when they do not fit.
     */
    static long[] outShape(int[] size, NDArray... params) {
        long[][] shapes = new long[params.length][];
        for (int i = 0; i < params.length; i++) shapes[i] = shapeOf(params[i]);
        return outShapeOf(size, shapes);
    }

    /** {@link #outShape} for parameters given by their shapes. */
    static long[] outShapeOf(int[] size, long[]... paramShapes) {
        List<long[]> shapes = new ArrayList<>();
        long[] sz = size == null ? null : Shapes.toLong(size);
        if (sz != null) {
            for (long d : sz) if (d < 0) throw new IllegalArgumentException("negative dimensions are not allowed");
            shapes.add(sz);
        }
        shapes.addAll(Arrays.asList(paramShapes));
        long[] r = shapes.isEmpty() ? new long[0] : shapes.get(0);
        for (int j = 1; j < shapes.size(); j++) {
            try {
                r = Shapes.broadcast(r, shapes.get(j));
            } catch (IllegalArgumentException e) {
                int i = 0;
                while (i < j && compatible(shapes.get(i), shapes.get(j))) i++;
                throw new IllegalArgumentException("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg "
                        + i + " with shape " + Shapes.str(shapes.get(i)) + " and arg " + j + " with shape " + Shapes.str(shapes.get(j)) + ".");
            }
        }
        if (sz != null && !Arrays.equals(r, sz))
            throw new IllegalArgumentException("Output size " + Shapes.str(sz) + " is not compatible with broadcast dimensions of inputs "
                    + Shapes.str(r) + ".");
        return r;
    }

    private static boolean compatible(long[] a, long[] b) {
        try {
            Shapes.broadcast(a, b);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // ---- drawing ----

    /**
     * Values of sampler {@code kind} in {@code dt} of {@code shape} (from {@link #outShape}): float64
     * parameters {@code params} (in the kernel's order) and, for binomial, the int64 {@code n}.
     */
    static NDArray sample(Random rng, int kind, DType dt, long[] shape, NDArray n, NDArray... params) {
        Device on = rng.device();
        NDArray out = ArrayAccess.allocate(on, dt, Shapes.checked(shape, dt.itemSize()));
        Random.Position at = rng.reserve(4 * out.size());
        if (out.size() == 0) return out;
        NDArray[] held = new NDArray[params.length];
        Operand[] ops = new Operand[params.length];
        for (int i = 0; i < params.length; i++) {
            held[i] = Sampling.placed(flat(host(params[i]), shape, DType.FLOAT64), on);
            ops[i] = operand(held[i]);
        }
        NDArray ni = n == null ? null : Sampling.placed(flat(host(n), shape, DType.INT64), on);
        try {
            Backends.of(out).randomSample(kind, dt, at.seed(), at.offset(), out.size(), operandOf(out), ops, ni == null ? null : operand(ni));
        } finally {
            Reference.reachabilityFence(held);
            Reference.reachabilityFence(ni);
        }
        return out;
    }

    /** p as a 1-D C-contiguous array of dtype dt: its one value, or its values broadcast to shape. */
    static NDArray flat(NDArray p, long[] shape, DType dt) {
        if (p.size() == 1) return p.reshape(1L).astype(dt);
        return p.broadcastTo(shape).astype(dt).reshape(-1L);
    }

    /** A 1-D operand of a contiguous array: byte stride 8 for n values, 0 for one value repeated. */
    static Operand operand(NDArray flat) {
        return new Operand(storageOf(flat), offsetOf(flat), new long[] {flat.size() == 1 ? 0 : 8});
    }


    // ---- the distributions, parameters in NumPy's order ----

    /** A 0-d float64 or int64 parameter. */
    static NDArray scalar(double v) { return NumJ.full(new int[0], v); }

    static NDArray scalar(long v) { return NumJ.full(new int[0], v); }

    /** A float distribution: dtype float32 or float64 (the float64 value rounded). */
    static NDArray floats(Random rng, int kind, DType dt, String numpyName, int[] size, NDArray... params) {
        if (!dt.isFloating()) throw new NumJTypeException("Unsupported dtype dtype('" + dt + "') for " + numpyName);
        return sample(rng, kind, dt, outShape(size, params), null, params);
    }

    static NDArray gamma(Random rng, DType dt, NDArray shape, NDArray scale, int[] size) {
        nonNegative(shape, "shape");
        nonNegative(scale, "scale");
        return floats(rng, NumjCpu.NUMJ_RANDOM_GAMMA(), dt, "gamma", size, shape, scale);
    }

    static NDArray beta(Random rng, DType dt, NDArray a, NDArray b, int[] size) {
        positive(a, "a");
        positive(b, "b");
        return floats(rng, NumjCpu.NUMJ_RANDOM_BETA(), dt, "beta", size, a, b);
    }

    static NDArray chisquare(Random rng, DType dt, NDArray df, int[] size) {
        positive(df, "df");
        return floats(rng, NumjCpu.NUMJ_RANDOM_CHISQUARE(), dt, "chisquare", size, df);
    }

    static NDArray standardT(Random rng, DType dt, NDArray df, int[] size) {
        positive(df, "df");
        return floats(rng, NumjCpu.NUMJ_RANDOM_STANDARD_T(), dt, "standard_t", size, df);
    }

    static NDArray lognormal(Random rng, DType dt, NDArray mean, NDArray sigma, int[] size) {
        nonNegative(sigma, "sigma");
        return floats(rng, NumjCpu.NUMJ_RANDOM_LOGNORMAL(), dt, "lognormal", size, mean, sigma);
    }

    static NDArray laplace(Random rng, DType dt, NDArray loc, NDArray scale, int[] size) {
        nonNegative(scale, "scale");
        return floats(rng, NumjCpu.NUMJ_RANDOM_LAPLACE(), dt, "laplace", size, loc, scale);
    }

    static NDArray logistic(Random rng, DType dt, NDArray loc, NDArray scale, int[] size) {
        nonNegative(scale, "scale");
        return floats(rng, NumjCpu.NUMJ_RANDOM_LOGISTIC(), dt, "logistic", size, loc, scale);
    }

    static NDArray truncatedNormal(Random rng, DType dt, NDArray mean, NDArray std, NDArray a, NDArray b, int[] size) {
        nonNegative(std, "std");
        long[] shape = outShape(size, mean, std, a, b);
        NDArray lo = host(a).broadcastTo(shape), hi = host(b).broadcastTo(shape);
        if (lo.ge(hi).any().item() != 0) throw new IllegalArgumentException("a >= b");
        return floats(rng, NumjCpu.NUMJ_RANDOM_TRUNCATED_NORMAL(), dt, "truncated_normal", size, mean, std, a, b);
    }

    /** An integer count parameter as int64; NumPy refuses a float array ("safe" casting only). */
    static NDArray counts(NDArray n) {
        if (n.dtype().isFloating())
            throw new NumJTypeException("Cannot cast array data from dtype('" + n.dtype() + "') to dtype('int64') according to the rule 'safe'");
        return host(n).astype(DType.INT64);
    }

    static NDArray binomial(Random rng, NDArray n, NDArray p, int[] size) {
        NDArray ni = counts(n);
        check(p, v -> !(v >= 0 && v <= 1), "p < 0, p > 1 or p " + (n.ndim() == 0 && p.ndim() == 0 ? "is NaN" : "contains NaNs"));
        for (long v : ni.toLongArray()) if (v < 0) throw new IllegalArgumentException("n < 0");
        return sample(rng, NumjCpu.NUMJ_RANDOM_BINOMIAL(), DType.INT64, outShape(size, p, ni), ni, p);
    }

    static NDArray poisson(Random rng, NDArray lam, int[] size) {
        check(lam, v -> !(v >= 0), "lam < 0 or lam " + (lam.ndim() == 0 ? "is NaN" : "contains NaNs"));
        check(lam, v -> v > POISSON_LAM_MAX, "lam value too large");
        return sample(rng, NumjCpu.NUMJ_RANDOM_POISSON(), DType.INT64, outShape(size, lam), null, lam);
    }

    static NDArray geometric(Random rng, NDArray p, int[] size) {
        check(p, v -> !(v > 0 && v <= 1), "p <= 0, p > 1 or p contains NaNs");
        return sample(rng, NumjCpu.NUMJ_RANDOM_GEOMETRIC(), DType.INT64, outShape(size, p), null, p);
    }

    // ---- choice with probabilities, dirichlet, multinomial ----

    /**
     * NumPy Generator.choice's checks of p for a population of {@code pop}: 1-D, the same size, no NaN,
     * none negative, a sum within sqrt(eps) of 1 (eps of p's dtype when it is a float array).
     */
    static double[] checkedProbabilities(NDArray p, long pop) {
        if (p.ndim() != 1) throw new IllegalArgumentException("p must be 1-dimensional");
        if (p.size() != pop) throw new IllegalArgumentException("a and p must have same size");
        double[] v = host(p).toDoubleArray();
        double sum = 0, c = 0;                  // Kahan, as NumPy
        for (double x : v) {
            double y = x - c, t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        if (Double.isNaN(sum)) throw new IllegalArgumentException("Probabilities contain NaN");
        for (double x : v) if (x < 0) throw new IllegalArgumentException("Probabilities are not non-negative");
        double atol = p.dtype() == DType.FLOAT32 ? Math.sqrt(0x1.0p-23) : Math.sqrt(0x1.0p-52);
        if (Math.abs(sum - 1.0) > atol)
            throw new IllegalArgumentException("Probabilities do not sum to 1. See Notes section of docstring for more information.");
        return v;
    }

    /**
     * Indices into a population of {@code pop} drawn with probabilities p. With replacement: the index of
     * the first entry of p's normalised CDF above a float64 uniform (NumPy's cdf.searchsorted(u, 'right')),
     * the uniforms those of {@code rand(size)} at the same stream position. Without: the {@code size}
     * smallest keys E_i / p_i, E_i the exponentials of {@code exponential(1, pop)} at the draw's position
     * (Efraimidis and Spirakis), in increasing order: the same law as NumPy's draw-one-and-renormalise.
     * Drawn on the host, the result copied to {@code on}.
     */
    static NDArray choiceIndices(Random rng, long pop, int size, boolean replace, NDArray p, Device on) {
        if (pop <= 0 && size != 0)
            throw new IllegalArgumentException("a must be a positive integer unless no samples are taken");
        double[] v = checkedProbabilities(p, pop);
        if (size < 0) throw new IllegalArgumentException("negative dimensions are not allowed");
        if (!replace) {
            if (size > pop) throw new IllegalArgumentException("Cannot take a larger sample than population when replace is False");
            long nonzero = 0;
            for (double x : v) if (x > 0) nonzero++;
            if (nonzero < size) throw new IllegalArgumentException("Fewer non-zero entries in p than size");
            NDArray keys = rng.draw(Device.CPU, NumjCpu.NUMJ_RANDOM_EXPONENTIAL(), DType.FLOAT64, new int[] {Math.toIntExact(pop)},
                    new double[] {1.0}, new long[0]).div(host(p).astype(DType.FLOAT64));
            return Sampling.placed(keys.argsort().get("0:" + size), on);
        }
        NDArray out = ArrayAccess.allocate(DType.INT64, new long[] {size});
        Random.Position at = rng.reserve(2L * size);
        if (size == 0) return Sampling.placed(out, on);
        double[] cdf = new double[v.length];
        double acc = 0;
        for (int i = 0; i < v.length; i++) cdf[i] = acc += v[i];
        for (int i = 0; i < v.length; i++) cdf[i] /= acc;
        NDArray c = NumJ.array(cdf);
        Backends.of(out).randomChoice(at.seed(), at.offset(), size, operandOf(out), operand(c), cdf.length);
        Reference.reachabilityFence(c);
        return Sampling.placed(out, on);
    }

    /**
     * NumPy {@code dirichlet(alpha, size)}: rows of (size..., k); row r reads its own sub-stream (block r
     * of the draw) for k gammas, formed in logs (ln G(a) = ln G(a + 1) + ln(U) / a for a &lt; 1) and then
     * divided by their sum, so rows of tiny alphas, whose gammas underflow, still sum to 1. Drawn on the
     * host, the result copied to the generator's device.
     */
    static NDArray dirichlet(Random rng, NDArray alpha, int[] size) {
        if (alpha.ndim() != 1) throw new IllegalArgumentException("object too deep for desired array");
        nonNegative(alpha, "alpha");
        alpha = host(alpha);
        long[] lead = size == null ? new long[0] : outShape(size);
        long[] shape = Arrays.copyOf(lead, lead.length + 1);
        shape[lead.length] = alpha.size();
        NDArray out = ArrayAccess.allocate(DType.FLOAT64, Shapes.checked(shape, 8));
        long rows = Shapes.size(lead);
        Random.Position at = rng.reserve(4 * rows);
        if (out.size() == 0) return Sampling.placed(out, rng.device());
        NDArray a = alpha.astype(DType.FLOAT64);
        Backends.of(out).randomDirichlet(at.seed(), at.offset(), rows, alpha.size(), operand(a), operandOf(out));
        Reference.reachabilityFence(a);
        return Sampling.placed(out, rng.device());
    }

    /**
     * NumPy {@code multinomial(n, pvals, size)}: int64 counts of shape (size..., k), or (the broadcast of n's
     * shape and pvals' leading shape..., k); pvals of shape (..., k) give each row its own probabilities.
     * Drawn on the host, the result copied to the generator's device.
     */
    static NDArray multinomial(Random rng, NDArray n, NDArray pvals, int[] size) {
        pvals = host(pvals);
        if (pvals.ndim() < 1 || shapeOf(pvals)[pvals.ndim() - 1] == 0)
            throw new IllegalArgumentException("pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.");
        NDArray ni = counts(n);
        int k = Math.toIntExact(shapeOf(pvals)[pvals.ndim() - 1]);
        double[] pv = pvals.toDoubleArray();
        for (double x : pv) if (!(x >= 0 && x <= 1)) throw new IllegalArgumentException("pvals < 0, pvals > 1 or pvals contains NaNs");
        for (int r = 0; r < pv.length; r += k) {
            double sum = 0, c = 0;
            for (int i = r; i < r + k - 1; i++) {
                double y = pv[i] - c, t = sum + y;
                c = (t - sum) - y;
                sum = t;
            }
            if (sum > 1.0 + 1e-12) throw new IllegalArgumentException(pvals.ndim() == 1 ? "sum(pvals[:-1]) > 1.0" : "sum(pvals[...,:-1]) > 1.0");
        }
        for (long v : ni.toLongArray()) if (v < 0) throw new IllegalArgumentException("n < 0");
        long[] pLead = Arrays.copyOf(shapeOf(pvals), pvals.ndim() - 1);
        long[] lead = outShapeOf(size, shapeOf(ni), pLead);
        long[] shape = Arrays.copyOf(lead, lead.length + 1);
        shape[lead.length] = k;
        NDArray out = ArrayAccess.allocate(DType.INT64, Shapes.checked(shape, 8));
        long rows = Shapes.size(lead);
        Random.Position at = rng.reserve(4 * rows);
        if (out.size() == 0) return Sampling.placed(out, rng.device());
        NDArray nf = flat(ni, lead, DType.INT64);
        boolean oneRow = pv.length == k;
        NDArray pf = oneRow ? NumJ.array(pv) : pvals.broadcastTo(shape).astype(DType.FLOAT64).reshape(-1L);
        Operand po = new Operand(storageOf(pf), offsetOf(pf), new long[] {oneRow ? 0 : 8L * k});
        Backends.of(out).randomMultinomial(at.seed(), at.offset(), rows, k, operand(nf), po, operandOf(out));
        Reference.reachabilityFence(nf);
        Reference.reachabilityFence(pf);
        return Sampling.placed(out, rng.device());
    }
}
