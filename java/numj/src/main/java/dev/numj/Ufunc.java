package dev.numj;

import dev.numj.internal.Scatters;
import dev.numj.internal.UfuncMethods;
import dev.numj.internal.Ufuncs;

/**
 * A binary ufunc as a value, for NumPy's ufunc methods: {@code np.add.at(a, idx, v)} is
 * {@code Ufunc.ADD.at(a, idx, v)}. NumPy spells these as attributes of the function object
 * ({@code np.add.reduce}); Java functions have no attributes, so each ufunc that has methods is a
 * constant of this class, named as NumPy names the function ({@code ADD} for {@code np.add}), and
 * the methods read the same way in both languages. The one everyday form, {@code np.add.at}, is also
 * {@link NumJ#addAt} (embedding gradients).
 * <pre>{@code
 * Ufunc.ADD.at(grad, tokens, dOut);        // np.add.at(grad, tokens, dOut): repeated rows accumulate
 * Ufunc.MAXIMUM.at(best, idx, scores);     // np.maximum.at(best, idx, scores)
 * }</pre>
 */
public final class Ufunc {
    /** NumPy {@code np.add}. */
    public static final Ufunc ADD = new Ufunc(Ufuncs.ADD);
    /** NumPy {@code np.subtract}. */
    public static final Ufunc SUBTRACT = new Ufunc(Ufuncs.SUB);
    /** NumPy {@code np.multiply}. */
    public static final Ufunc MULTIPLY = new Ufunc(Ufuncs.MUL);
    /** NumPy {@code np.divide} (true division: integers give float64). */
    public static final Ufunc DIVIDE = new Ufunc(Ufuncs.DIV);
    /** NumPy {@code np.maximum} (NaN propagates). */
    public static final Ufunc MAXIMUM = new Ufunc(Ufuncs.MAXIMUM);
    /** NumPy {@code np.minimum} (NaN propagates). */
    public static final Ufunc MINIMUM = new Ufunc(Ufuncs.MINIMUM);
    /** NumPy {@code np.fmax} (NaN ignored where the other is a number). */
    public static final Ufunc FMAX = new Ufunc(Ufuncs.FMAX);
    /** NumPy {@code np.fmin}. */
    public static final Ufunc FMIN = new Ufunc(Ufuncs.FMIN);
    /** NumPy {@code np.bitwise_and}. */
    public static final Ufunc BITWISE_AND = new Ufunc(Ufuncs.BITWISE_AND);
    /** NumPy {@code np.bitwise_or}. */
    public static final Ufunc BITWISE_OR = new Ufunc(Ufuncs.BITWISE_OR);
    /** NumPy {@code np.bitwise_xor}. */
    public static final Ufunc BITWISE_XOR = new Ufunc(Ufuncs.BITWISE_XOR);

    private final Ufuncs.Ufunc f;

    private Ufunc(Ufuncs.Ufunc f) { this.f = f; }

    /**
     * NumPy's name of the function ({@code "add"}).
     *
     * @return NumPy's name of the function
     */
    public String name() { return f.name(); }

    @Override
    public String toString() { return "<ufunc '" + f.name() + "'>"; }

    // ---- at: unbuffered in-place scatter ---------------------------------------------------------

    /**
     * NumPy {@code ufunc.at(a, indices, values)}: for each position of {@code indices} in order,
     * {@code a[i] = f(a[i], v)} over a's first axis, so repeated indices accumulate (unlike
     * {@code a[idx] += v}). {@code values} broadcasts to {@code indices.shape + a.shape[1:]}; a 1-D
     * boolean mask selects rows. Out-of-range indices raise NumPy's IndexError before anything is written.
     * <pre>{@code
     * Ufunc.ADD.at(counts, array(0, 2, 0), array(1, 1, 1));   // counts[0] += 2, counts[2] += 1
     * Ufunc.MINIMUM.at(best, rows, scores);
     * }</pre>
     *
     * @param a the array updated in place
     * @param indices int32 or int64 positions along a's first axis (negatives count from the end), any shape
     * @param values the right operands
     */
    public void at(NDArray a, NDArray indices, NDArray values) { Scatters.at(f, a, indices, values); }

    /**
     * NumPy {@code ufunc.at(a, indices, value)} for one float value (weak like a Python float).
     * Example: {@code Ufunc.ADD.at(x, idx, 1.0)}.
     *
     * @param a the array updated in place
     * @param indices int32 or int64 positions along a's first axis
     * @param value the right operand for every index
     */
    public void at(NDArray a, NDArray indices, double value) { Scatters.at(f, a, indices, value); }

    /**
     * NumPy {@code ufunc.at(a, indices, value)} for one integer value (weak like a Python int).
     * Example: {@code Ufunc.ADD.at(hist, bins, 1)}.
     *
     * @param a the array updated in place
     * @param indices int32 or int64 positions along a's first axis
     * @param value the right operand for every index
     */
    public void at(NDArray a, NDArray indices, long value) { Scatters.at(f, a, indices, value); }
    // ---- reduce, accumulate, outer, reduceat -------------------------------------------------------

    /**
     * NumPy {@code ufunc.reduce(a)}: folds a along axis 0 (NumPy's default axis, unlike {@code np.sum}).
     * add and multiply of bool and int32 give int64, as NumPy does.
     * <pre>{@code
     * Ufunc.ADD.reduce(X);                   // np.add.reduce(X): the column sums
     * Ufunc.SUBTRACT.reduce(array(10, 3, 2));   // 5
     * }</pre>
     *
     * @param a the array
     * @return a with axis 0 reduced
     */
    public NDArray reduce(NDArray a) { return UfuncMethods.reduce(f, a, a.ndim() == 0 ? null : new int[] {0}, false); }
    /**
     * NumPy {@code ufunc.reduce(a, axis=axis)}. Example: {@code Ufunc.MAXIMUM.reduce(X, 1)} is each row's maximum.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray reduce(NDArray a, int axis) {
        return UfuncMethods.reduce(f, a, a.ndim() == 0 && (axis == 0 || axis == -1) ? null : new int[] {axis}, false);
    }
    /**
     * NumPy {@code ufunc.reduce(a, axis=axis, keepdims=keepdims)}. Example: {@code Ufunc.ADD.reduce(X, 1, true).shape()} is {@code [rows, 1]}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray reduce(NDArray a, int axis, boolean keepdims) {
        return UfuncMethods.reduce(f, a, a.ndim() == 0 && (axis == 0 || axis == -1) ? null : new int[] {axis}, keepdims);
    }
    /**
     * NumPy {@code ufunc.reduce(a, axis=axes, keepdims=keepdims)}; null axes = all. Example: {@code Ufunc.MULTIPLY.reduce(x, null, false)}.
     *
     * @param a the array
     * @param axes the axes (negative ones count from the last), or null for all of them
     * @param keepdims keep the reduced axes with length one (NumPy's {@code keepdims})
     * @return the result
     */
    public NDArray reduce(NDArray a, int[] axes, boolean keepdims) { return UfuncMethods.reduce(f, a, axes, keepdims); }

    /**
     * NumPy {@code ufunc.accumulate(a)}: the running results along axis 0 (a's shape).
     * <pre>{@code
     * Ufunc.MAXIMUM.accumulate(prices);      // the running maximum
     * Ufunc.ADD.accumulate(x, 1);            // np.cumsum(x, axis=1)
     * }</pre>
     *
     * @param a the array (at least 1-D)
     * @return the running results
     */
    public NDArray accumulate(NDArray a) { return UfuncMethods.accumulate(f, a, 0); }
    /**
     * NumPy {@code ufunc.accumulate(a, axis=axis)}. Example: {@code Ufunc.MINIMUM.accumulate(X, 1)}.
     *
     * @param a the array
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray accumulate(NDArray a, int axis) { return UfuncMethods.accumulate(f, a, axis); }

    /**
     * NumPy {@code ufunc.outer(a, b)}: {@code f(a[i..., None...], b[j...])}, of shape a.shape + b.shape.
     * Example: {@code Ufunc.MULTIPLY.outer(arange(1, 4), arange(1, 4))} is the 3 x 3 times table.
     *
     * @param a the left operand
     * @param b the right operand
     * @return every pair combined
     */
    public NDArray outer(NDArray a, NDArray b) { return UfuncMethods.outer(f, a, b); }

    /**
     * NumPy {@code ufunc.reduceat(a, indices)}: along axis 0, reduces each slice {@code a[indices[i]:indices[i+1]]}
     * (or takes {@code a[indices[i]]} where the next index is not larger; the last runs to the end).
     * Example: {@code Ufunc.ADD.reduceat(arange(8), new long[] {0, 4, 1, 5})} gives {@code [ 6  4 10 18]}.
     *
     * @param a the array
     * @param indices segment starts, each in [0, a.shape[0])
     * @return one reduction per index
     */
    public NDArray reduceat(NDArray a, long[] indices) { return UfuncMethods.reduceat(f, a, indices, 0); }
    /**
     * NumPy {@code ufunc.reduceat(a, indices, axis=axis)}. Example: {@code Ufunc.MAXIMUM.reduceat(X, starts, 1)}.
     *
     * @param a the array
     * @param indices segment starts, each in [0, a.shape[axis])
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public NDArray reduceat(NDArray a, long[] indices, int axis) { return UfuncMethods.reduceat(f, a, indices, axis); }
}
