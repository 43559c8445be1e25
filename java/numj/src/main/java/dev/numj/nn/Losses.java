package dev.numj.nn;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.internal.RowSoftmax;

import java.util.Arrays;

import static dev.numj.NumJ.arange;

/**
 * The loss functions of the seeds, each the NumPy formula they write by hand, returning the loss as a
 * {@code double} (NumPy returns an {@code np.float64} scalar). Arguments come in scikit-learn's
 * order, {@code (yTrue, yPred)}.
 *
 * <p>Epsilon and clipping, as the seeds do it. The seeds guard {@code log(0)} three ways: chapter 3
 * clips, {@code np.clip(y_pred, 1e-15, 1 - 1e-15)} in the cross-entropy of the "NumPy essentials"
 * notebook and {@code np.clip(p, 1e-7, 1 - 1e-7)} in chapter 3's cheat sheet; chapter 3's
 * {@code binary_cross_entropy} adds {@code epsilon = 1e-8} inside the logarithm; the XOR network uses
 * no guard. NumJ clips, with {@link #EPSILON} = 1e-15 by default and any epsilon on request
 * ({@code 0} means no clipping, the XOR network's formula). Clipping and adding differ by at most
 * about {@code eps / p} relative in each term. The clipping is done in float64 even for float32
 * predictions: in float32, {@code 1 - 1e-15} rounds to 1 and {@code log(1 - p)} would still be
 * {@code -inf} (NumPy's formula on a float32 array has that problem). The {@code ...FromLogits}
 * variants take raw scores and need no epsilon: they are exact and finite for logits of &plusmn;1000.
 *
 * <p>Shapes: {@code mse rmse mae binaryCrossEntropy} need yTrue and yPred of the same shape. NumPy's
 * formula would broadcast a (m,) target against (m, 1) predictions into an (m, m) matrix and return a
 * plausible wrong number (chapter 3's "broadcasting silent errors"); NumJ fails instead, naming both shapes.
 *
 * <pre>{@code
 * double loss = Losses.crossEntropy(labels, Activations.softmax(logits, 1));
 * double same = Losses.crossEntropyFromLogits(labels, logits);
 * }</pre>
 */
public final class Losses {
    private Losses() {}

    /** The default clipping epsilon of the cross-entropies: predictions are clipped to [1e-15, 1 - 1e-15]. */
    public static final double EPSILON = 1e-15;

    /**
     * Mean squared error: NumPy {@code np.mean((y_true - y_pred) ** 2)}.
     * <pre>{@code
     * Losses.mse(array(3.0, 5, 7), array(2.5, 5.5, 6.8));   // 0.18000000000000002
     * }</pre>
     *
     * @param yTrue the true labels
     * @param yPred the predictions (labels, probabilities or logits, as described above)
     * @return the result
     */
    public static double mse(NDArray yTrue, NDArray yPred) {
        sameShape("mse", yTrue, yPred);
        return yTrue.sub(yPred).square().mean().item();
    }

    /**
     * Root mean squared error: NumPy {@code np.sqrt(np.mean((y_true - y_pred) ** 2))}.
     * <pre>{@code
     * double rmse = Losses.rmse(yTest, Xtest.matmul(w));   // in the units of y
     * }</pre>
     *
     * @param yTrue the true labels
     * @param yPred the predictions (labels, probabilities or logits, as described above)
     * @return the result
     */
    public static double rmse(NDArray yTrue, NDArray yPred) {
        sameShape("rmse", yTrue, yPred);
        return Math.sqrt(yTrue.sub(yPred).square().mean().item());
    }

    /**
     * Mean absolute error: NumPy {@code np.mean(np.abs(y_true - y_pred))}.
     * <pre>{@code
     * Losses.mae(array(1.5, 2.3), array(1.2, 2.1));   // 0.25
     * }</pre>
     *
     * @param yTrue the true labels
     * @param yPred the predictions (labels, probabilities or logits, as described above)
     * @return the result
     */
    public static double mae(NDArray yTrue, NDArray yPred) {
        sameShape("mae", yTrue, yPred);
        return yTrue.sub(yPred).abs().mean().item();
    }

    /**
     * Binary cross-entropy of probabilities, clipped to [1e-15, 1 - 1e-15]: NumPy
     * {@code p = np.clip(y_pred, eps, 1 - eps); -np.mean(y_true * np.log(p) + (1 - y_true) * np.log(1 - p))}.
     * <pre>{@code
     * Losses.binaryCrossEntropy(array(1, 0, 1, 1), array(0.9, 0.1, 0.8, 0.95));   // 0.12128...
     * }</pre>
     *
     * @param yTrue the true labels
     * @param yPred the predictions (labels, probabilities or logits, as described above)
     * @return the result
     */
    public static double binaryCrossEntropy(NDArray yTrue, NDArray yPred) { return binaryCrossEntropy(yTrue, yPred, EPSILON); }

    /**
     * {@link #binaryCrossEntropy(NDArray, NDArray)} with predictions clipped to [eps, 1 - eps]; eps = 0
     * is the unguarded formula of the XOR network (a prediction of exactly 0 or 1 then gives inf).
     * eps must lie in [0, 0.5).
     * NumPy {@code p = np.clip(y_pred, eps, 1 - eps); -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))}.
     * <pre>{@code
     * double loss = Losses.binaryCrossEntropy(y, A2, 1e-7);    // the cheat sheet's clip
     * }</pre>
     *
     * @param yTrue the true labels
     * @param yPred the predictions (labels, probabilities or logits, as described above)
     * @param eps the epsilon
     * @return the result
     */
    public static double binaryCrossEntropy(NDArray yTrue, NDArray yPred, double eps) {
        sameShape("binaryCrossEntropy", yTrue, yPred);
        NDArray p = clip(yPred.astype(DType.FLOAT64), eps);
        NDArray y = yTrue.astype(DType.FLOAT64);
        return -y.mul(p.log()).add(y.rsub(1.0).mul(p.rsub(1.0).log())).mean().item();
    }

    /**
     * Binary cross-entropy from raw scores z (before the sigmoid), exact at any magnitude: NumPy
     * {@code np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z))))}, which equals
     * {@code binaryCrossEntropy(y, sigmoid(z))} without its clipping (PyTorch's
     * {@code binary_cross_entropy_with_logits}).
     * <pre>{@code
     * Losses.binaryCrossEntropyFromLogits(array(0.0), array(1000.0));   // 1000.0
     * }</pre>
     *
     * @param yTrue the true labels
     * @param logits the logits
     * @return the result
     */
    public static double binaryCrossEntropyFromLogits(NDArray yTrue, NDArray logits) {
        sameShape("binaryCrossEntropyFromLogits", yTrue, logits);
        NDArray z = logits.astype(DType.FLOAT64);
        NDArray y = yTrue.astype(DType.FLOAT64);
        return z.maximum(0.0).sub(z.mul(y)).add(z.abs().neg().exp().log1p()).mean().item();
    }

    /**
     * Categorical cross-entropy of probabilities {@code yPred} of shape (m, k), clipped to
     * [1e-15, 1 - 1e-15], against either integer labels of shape (m,) or one-hot (or soft) targets of
     * shape (m, k): the seeds' {@code cross_entropy_loss}, NumPy
     * {@code Y = np.eye(k)[labels]; -np.sum(Y * np.log(np.clip(y_pred, eps, 1 - eps))) / m}.
     * Labels outside [0, k) fail (IndexOutOfBoundsException).
     * <pre>{@code
     * double loss = Losses.crossEntropy(array(0, 1, 2), probs);           // labels
     * double same = Losses.crossEntropy(Data.oneHot(array(0, 1, 2), 3), probs);
     * }</pre>
     *
     * @param yTrue the true labels
     * @param yPred the predictions (labels, probabilities or logits, as described above)
     * @return the result
     */
    public static double crossEntropy(NDArray yTrue, NDArray yPred) { return crossEntropy(yTrue, yPred, EPSILON); }

    /**
     * {@link #crossEntropy(NDArray, NDArray)} with predictions clipped to [eps, 1 - eps]; eps must lie in
     * (0, 0.5): unclipped, a zero probability of a wrong class would make NumPy's formula
     * {@code 0 * log(0)} NaN (use {@link #crossEntropyFromLogits} for the exact loss).
     * <pre>{@code
     * double loss = Losses.crossEntropy(labels, probs, 1e-7);
     * }</pre>
     *
     * @param yTrue the true labels
     * @param yPred the predictions (labels, probabilities or logits, as described above)
     * @param eps the epsilon
     * @return the result
     */
    public static double crossEntropy(NDArray yTrue, NDArray yPred, double eps) {
        if (!(eps > 0 && eps < 0.5)) throw new IllegalArgumentException("eps must be in (0, 0.5), got " + eps);
        NDArray logp = clip(yPred.astype(DType.FLOAT64), eps).log();
        return crossEntropyOfLog("crossEntropy", yTrue, logp);
    }

    /**
     * Categorical cross-entropy from logits of shape (m, k) (before the softmax), exact and finite for
     * logits of &plusmn;1000: {@code -mean(logSoftmax(logits)[label])}, i.e. NumPy
     * {@code -np.sum(Y * log_softmax(z, axis=1)) / m}. Targets as in {@link #crossEntropy(NDArray, NDArray)}.
     * On a GPU (float logits) one fused kernel computes each row's term from the logits, in float64,
     * without writing the log-probabilities; the rows' sum associates as a tree.
     * <pre>{@code
     * Losses.crossEntropyFromLogits(array(1), array(new double[][] {{1000, -1000}}));   // 2000.0
     * }</pre>
     *
     * @param yTrue the true labels
     * @param logits the logits
     * @return the result
     */
    public static double crossEntropyFromLogits(NDArray yTrue, NDArray logits) {
        if (logits.ndim() != 2)
            throw new IllegalArgumentException("crossEntropyFromLogits expects logits of shape (m, k), got " + shape(logits));
        if (RowSoftmax.fuses(logits, 1)) {
            boolean targets = targets("crossEntropyFromLogits", yTrue, logits);
            if (!targets) Data.checkLabels(yTrue, logits.shape(1));
            NDArray rows = RowSoftmax.crossEntropyRows(logits, yTrue.astype(targets ? DType.FLOAT64 : DType.INT64), targets);
            return -rows.sum().item() / logits.shape(0);
        }
        return crossEntropyOfLog("crossEntropyFromLogits", yTrue, Activations.logSoftmax(logits.astype(DType.FLOAT64), 1));
    }

    /** Whether yTrue holds targets of logp's shape (true) or integer labels (m,) (false); else the error of {@link #crossEntropyOfLog}. */
    private static boolean targets(String fn, NDArray yTrue, NDArray logp) {
        long m = logp.shape(0);
        if (Arrays.equals(yTrue.shape(), logp.shape())) return true;
        if (yTrue.ndim() == 1 && yTrue.shape(0) == m && yTrue.dtype().isInteger()) return false;
        throw new IllegalArgumentException(fn + " expects integer labels of shape (" + m + ",) or targets of shape "
                + shape(logp) + ", got " + yTrue.dtype() + " " + shape(yTrue));
    }

    /** {@code -sum(Y * logp) / m} for labels (gathered) or targets of logp's shape. */
    private static double crossEntropyOfLog(String fn, NDArray yTrue, NDArray logp) {
        if (logp.ndim() != 2)
            throw new IllegalArgumentException(fn + " expects predictions of shape (m, k), got " + shape(logp));
        long m = logp.shape(0), k = logp.shape(1);
        if (targets(fn, yTrue, logp))
            return -yTrue.astype(DType.FLOAT64).mul(logp).sum().item() / m;
        Data.checkLabels(yTrue, k);
        // logp[i, labels[i]] for every row: one gather from the flattened array (on logp's device)
        NDArray flat = arange(logp.device(), m).mul(k).add(yTrue.astype(DType.INT64));
        return -logp.take(flat).sum().item() / m;
    }

    private static NDArray clip(NDArray p, double eps) {
        if (!(eps >= 0 && eps < 0.5)) throw new IllegalArgumentException("eps must be in [0, 0.5), got " + eps);
        return eps == 0 ? p : p.clip(eps, 1 - eps);
    }

    static void sameShape(String fn, NDArray yTrue, NDArray yPred) {
        if (!Arrays.equals(yTrue.shape(), yPred.shape()))
            throw new IllegalArgumentException(fn + ": y_true and y_pred must have the same shape, got "
                    + shape(yTrue) + " and " + shape(yPred) + " (NumPy would broadcast them)");
    }

    static String shape(NDArray a) {
        long[] s = a.shape();
        if (s.length == 1) return "(" + s[0] + ",)";
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) b.append(i == 0 ? "" : ", ").append(s[i]);
        return b.append(')').toString();
    }
}
