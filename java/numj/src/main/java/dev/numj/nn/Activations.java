package dev.numj.nn;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.internal.RowSoftmax;

import static dev.numj.NumJ.where;

/**
 * The activation functions of the seeds' networks and their derivatives, composed from NumJ's ufuncs
 * (each line below is the NumPy formula the seeds write by hand). Call them qualified,
 * {@code Activations.softmax(z, 1)}: {@code sigmoid}, {@code relu} and {@code tanh} are also in
 * {@code NumJ}, so a static import of both classes makes those three names ambiguous.
 *
 * <p>Two conventions for a derivative appear in the seeds, and both are here under their own names:
 * {@link #sigmoidDerivative(NDArray)} takes the pre-activation {@code z} (chapter 3's exercise D1:
 * {@code sigmoid(z) * (1 - sigmoid(z))}), while {@link #sigmoidDerivativeFromOutput(NDArray)} takes the
 * activation {@code a = sigmoid(z)} (the XOR network's {@code sigmoid_derivative(a) = a * (1 - a)},
 * called as {@code sigmoid_derivative(A1)}). Passing z to the second one is the classic bug; the names
 * say which argument each expects. The same pair exists for tanh.
 *
 * <pre>{@code
 * NDArray A1 = Activations.sigmoid(X.matmul(W1).add(b1));
 * NDArray dZ1 = dA1.mul(Activations.sigmoidDerivativeFromOutput(A1));
 * }</pre>
 */
public final class Activations {
    private Activations() {}

    /**
     * NumPy {@code 1 / (1 + np.exp(-z))}, evaluated without overflow for large |z| (float inputs keep
     * their dtype, integers give float64). Same as {@link NDArray#sigmoid()}.
     * <pre>{@code
     * Activations.sigmoid(array(-2.0, 0, 2));   // [0.11920292 0.5 0.88079708]
     * }</pre>
     *
     * @param z the input (logits or pre-activations)
     * @return the result
     */
    public static NDArray sigmoid(NDArray z) { return z.sigmoid(); }

    /**
     * The derivative of the sigmoid at the pre-activation z: NumPy
     * {@code s = 1 / (1 + np.exp(-z)); s * (1 - s)}, in one fused pass ({@link NDArray#sigmoidDerivative()}).
     * <pre>{@code
     * Activations.sigmoidDerivative(array(0.0));   // 0.25
     * }</pre>
     *
     * @param z the input (logits or pre-activations)
     * @return the result
     */
    public static NDArray sigmoidDerivative(NDArray z) { return z.sigmoidDerivative(); }

    /**
     * The derivative of the sigmoid written in terms of its output {@code a = sigmoid(z)}: NumPy
     * {@code a * (1 - a)}, the seeds' {@code sigmoid_derivative(a)} of the XOR network.
     * <pre>{@code
     * NDArray A1 = Activations.sigmoid(Z1);
     * NDArray dZ1 = dA1.mul(Activations.sigmoidDerivativeFromOutput(A1));
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray sigmoidDerivativeFromOutput(NDArray a) { return a.mul(a.rsub(1L)); }

    /**
     * NumPy {@code np.maximum(0, z)} (NaN stays NaN). Same as {@link NDArray#relu()}.
     * <pre>{@code
     * Activations.relu(array(-3, -1, 0, 2, 5));   // [0 0 0 2 5]
     * }</pre>
     *
     * @param z the input (logits or pre-activations)
     * @return the result
     */
    public static NDArray relu(NDArray z) { return z.relu(); }

    /**
     * The derivative of relu: NumPy {@code (z > 0).astype(z.dtype)}, so 0 at z = 0 (the usual
     * subgradient choice) and for NaN.
     * <pre>{@code
     * NDArray dZ1 = dA1.mul(Activations.reluDerivative(Z1));
     * }</pre>
     *
     * @param z the input (logits or pre-activations)
     * @return the result
     */
    public static NDArray reluDerivative(NDArray z) { return z.gt(0L).astype(z.dtype()); }

    /**
     * Leaky relu as the seeds write it: NumPy {@code np.maximum(alpha * z, z)} (for 0 &lt;= alpha &lt;= 1
     * that is z where z &gt; 0, else alpha * z). Integer z gives float64, as in NumPy.
     * <pre>{@code
     * Activations.leakyRelu(array(-3, -1, 0, 2, 5), 0.01);   // [-0.03 -0.01 0. 2. 5.]
     * }</pre>
     *
     * @param z the input (logits or pre-activations)
     * @param alpha the slope or factor
     * @return the result
     */
    public static NDArray leakyRelu(NDArray z, double alpha) {
        // For 0 < alpha <= 1 that is the fused z.leakyRelu(alpha), to the bit; alpha = 0 differs at +inf
        // (0 * inf is nan, and maximum keeps it) and alpha outside [0, 1] everywhere, so those compose.
        return alpha > 0 && alpha <= 1 ? z.leakyRelu(alpha) : z.mul(alpha).maximum(z);
    }

    /**
     * {@link #leakyRelu(NDArray, double)} with the seeds' default {@code alpha = 0.01}.
     * NumPy {@code np.where(z > 0, z, 0.01 * z)}.
     * <pre>{@code
     * NDArray A = Activations.leakyRelu(Z);
     * }</pre>
     *
     * @param z the input (logits or pre-activations)
     * @return the result
     */
    public static NDArray leakyRelu(NDArray z) { return leakyRelu(z, 0.01); }

    /**
     * The derivative of leaky relu: 1 where z &gt; 0, else alpha; NumPy
     * {@code np.where(z > 0, 1.0, alpha).astype(float dtype of z)}: float32 z gives float32 (so a
     * float32 network stays float32), other dtypes float64.
     * <pre>{@code
     * NDArray dZ = dA.mul(Activations.leakyReluDerivative(Z, 0.01));
     * }</pre>
     *
     * @param z the input (logits or pre-activations)
     * @param alpha the slope or factor
     * @return the result
     */
    public static NDArray leakyReluDerivative(NDArray z, double alpha) {
        NDArray d = where(z.gt(0L), 1.0, alpha);
        return z.dtype() == DType.FLOAT32 ? d.astype(DType.FLOAT32) : d;
    }

    /**
     * NumPy {@code np.tanh(z)}. Same as {@link NDArray#tanh()}.
     * <pre>{@code
     * Activations.tanh(array(-2, -1, 0, 1, 2));
     * }</pre>
     *
     * @param z the input (logits or pre-activations)
     * @return the result
     */
    public static NDArray tanh(NDArray z) { return z.tanh(); }

    /**
     * The derivative of tanh at the pre-activation z: NumPy {@code 1 - np.tanh(z) ** 2}.
     * <pre>{@code
     * Activations.tanhDerivative(array(0.0));   // 1.0
     * }</pre>
     *
     * @param z the input (logits or pre-activations)
     * @return the result
     */
    public static NDArray tanhDerivative(NDArray z) { return z.tanh().square().rsub(1L); }

    /**
     * The derivative of tanh written in terms of its output {@code a = tanh(z)}: NumPy {@code 1 - a ** 2}.
     * <pre>{@code
     * NDArray A1 = Activations.tanh(Z1);
     * NDArray dZ1 = dA1.mul(Activations.tanhDerivativeFromOutput(A1));
     * }</pre>
     *
     * @param a the array
     * @return the result
     */
    public static NDArray tanhDerivativeFromOutput(NDArray a) { return a.square().rsub(1L); }

    /**
     * The numerically stable softmax of the seeds: NumPy
     * {@code e = np.exp(z - np.max(z, axis, keepdims=True)); e / np.sum(e, axis, keepdims=True)}.
     * Subtracting the maximum first keeps every exponent &lt;= 0, so logits of &plusmn;1000 give exact
     * probabilities (1 and 0) rather than NaN. A bad axis fails with NumPy's AxisError text. On a GPU a
     * float32 or float64 array takes one fused kernel per row block (the maximum, the sum of exponentials
     * and the result in one launch, the same formula; sums associate as a tree, so the last bits may
     * differ from the CPU's).
     * <pre>{@code
     * NDArray probs = Activations.softmax(logits, 1);    // each row sums to 1
     * Activations.softmax(array(1000.0, -1000.0), 0);    // [1. 0.]
     * }</pre>
     *
     * @param z the input (logits or pre-activations)
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray softmax(NDArray z, int axis) {
        if (RowSoftmax.fuses(z, axis)) return RowSoftmax.softmax(z, axis, false);
        NDArray e = z.sub(z.max(axis, true)).exp();
        return e.div(e.sum(axis, true));
    }

    /**
     * {@link #softmax(NDArray, int)} over the last axis (the class axis of the seeds' {@code (m, k)} logits).
     * NumPy {@code e = np.exp(z - z.max(-1, keepdims=True)); e / e.sum(-1, keepdims=True)}.
     * <pre>{@code
     * NDArray probs = Activations.softmax(logits);
     * }</pre>
     *
     * @param z the input (logits or pre-activations)
     * @return the result
     */
    public static NDArray softmax(NDArray z) { return softmax(z, -1); }

    /**
     * The logarithm of the softmax, computed stably: NumPy
     * {@code s = z - np.max(z, axis, keepdims=True); s - np.log(np.sum(np.exp(s), axis, keepdims=True))}
     * (scipy's {@code log_softmax}). Finite for logits of &plusmn;1000, where {@code np.log(softmax(z))}
     * gives -inf. On a GPU, one fused kernel per row block, as {@link #softmax(NDArray, int)}.
     * <pre>{@code
     * Activations.logSoftmax(array(1000.0, -1000.0), 0);   // [0. -2000.]
     * }</pre>
     *
     * @param z the input (logits or pre-activations)
     * @param axis the axis (negative counts from the last)
     * @return the result
     */
    public static NDArray logSoftmax(NDArray z, int axis) {
        if (RowSoftmax.fuses(z, axis)) return RowSoftmax.softmax(z, axis, true);
        NDArray s = z.sub(z.max(axis, true));
        return s.sub(s.exp().sum(axis, true).log());
    }

    /**
     * {@link #logSoftmax(NDArray, int)} over the last axis.
     * NumPy {@code z - scipy.special.logsumexp(z, axis=-1, keepdims=True)}.
     * <pre>{@code
     * NDArray logp = Activations.logSoftmax(logits);
     * }</pre>
     *
     * @param z the input (logits or pre-activations)
     * @return the result
     */
    public static NDArray logSoftmax(NDArray z) { return logSoftmax(z, -1); }
}
