package dev.numj.nn;

import dev.numj.NDArray;

import java.util.Arrays;

/**
 * Classification metrics.
 *
 * <pre>{@code
 * double acc = Metrics.accuracy(yTest, forward(Xtest));   // scores: argmax per row
 * }</pre>
 */
public final class Metrics {
    private Metrics() {}

    /**
     * The fraction of correct predictions, as the seeds compute it: with predicted labels of yTrue's
     * shape, NumPy {@code np.mean(y_true == y_pred)}; with scores or probabilities that have one more
     * (last) axis than yTrue, {@code np.mean(y_true == np.argmax(y_pred, axis=-1))}. Any other pair of
     * shapes fails, naming both. For binary probabilities, threshold first:
     * {@code accuracy(y, p.gt(0.5))}.
     * <pre>{@code
     * Metrics.accuracy(array(0, 1, 2, 1, 0), probs);   // labels vs (5, 3) probabilities
     * Metrics.accuracy(array(1, 0), array(1, 1));       // 0.5
     * }</pre>
     *
     * @param yTrue the true labels
     * @param yPred the predictions (labels, probabilities or logits, as described above)
     * @return the result
     */
    public static double accuracy(NDArray yTrue, NDArray yPred) {
        long[] t = yTrue.shape(), p = yPred.shape();
        NDArray predicted;
        if (Arrays.equals(t, p)) predicted = yPred;
        else if (p.length == t.length + 1 && Arrays.equals(t, Arrays.copyOf(p, t.length))) predicted = yPred.argmax(-1);
        else
            throw new IllegalArgumentException("accuracy expects predictions of shape " + Losses.shape(yTrue)
                    + " or scores with one more axis, got " + Losses.shape(yPred));
        return yTrue.eq(predicted).mean().item();
    }
}
