package dev.numj.nn;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.random.Random;

import java.util.Objects;

import static dev.numj.NumJ.eye;
import static dev.numj.random.Random.random;
import static dev.numj.NumJ.slice;

/**
 * Preparing data the way the seeds do before training: one-hot targets, a shuffled train/test split,
 * feature scaling fitted on the training rows, and mini-batches. Samples are along axis 0 everywhere.
 *
 * <pre>{@code
 * Data.Split s = Data.trainTestSplit(X, y, 0.2, 42);
 * StandardScaler scaler = StandardScaler.fit(s.xTrain());
 * for (Data.Batch b : Data.batches(scaler.transform(s.xTrain()), s.yTrain(), 32, true, 42)) { ... }
 * }</pre>
 */
public final class Data {
    private Data() {}

    /**
     * A train/test split: rows of X and y, in the shuffled order.
     *
     * @param xTrain the training samples
     * @param xTest the test samples
     * @param yTrain the training labels
     * @param yTest the test labels
     */
    public record Split(NDArray xTrain, NDArray xTest, NDArray yTrain, NDArray yTest) {}

    /**
     * One mini-batch: rows of X and the matching rows of y (y is null for {@link #batches(NDArray, int, boolean, long)}).
     *
     * @param x the values taken where the condition is true, or the input
     * @param y the second input
     */
    public record Batch(NDArray x, NDArray y) {}

    /**
     * One-hot rows for integer labels, float64: NumPy {@code np.eye(num_classes)[labels]} (shape
     * {@code labels.shape + (num_classes,)}). A label &gt;= numClasses fails with NumPy's IndexError text;
     * a negative label fails too, where NumPy would silently count it from the end.
     * <pre>{@code
     * Data.oneHot(array(0, 2, 1), 3);   // [[1. 0. 0.] [0. 0. 1.] [0. 1. 0.]]
     * }</pre>
     *
     * @param labels the labels
     * @param numClasses the number of classes
     * @return the result
     */
    public static NDArray oneHot(NDArray labels, int numClasses) { return oneHot(labels, numClasses, DType.FLOAT64); }

    /**
     * {@link #oneHot(NDArray, int)} in the given dtype: NumPy {@code np.eye(num_classes, dtype=dtype)[labels]}.
     * <pre>{@code
     * NDArray Y = Data.oneHot(labels, 10, FLOAT32);
     * }</pre>
     *
     * @param labels the labels
     * @param numClasses the number of classes
     * @param dtype the data type
     * @return the result
     */
    public static NDArray oneHot(NDArray labels, int numClasses, DType dtype) {
        if (numClasses < 1) throw new IllegalArgumentException("numClasses must be positive, got " + numClasses);
        checkLabels(labels, numClasses);
        return eye(dtype, numClasses).take(labels, 0);
    }

    /** Labels index classes: integers in [0, k). */
    static void checkLabels(NDArray labels, long k) {
        if (labels.dtype().isBool())
            throw new IndexOutOfBoundsException("labels must be integers, got a bool array (np.eye(k)[mask] would select rows)");
        if (!labels.dtype().isInteger())
            throw new IndexOutOfBoundsException("arrays used as indices must be of integer (or boolean) type");
        if (labels.size() == 0) return;
        long lo = labels.min().itemLong(), hi = labels.max().itemLong();
        if (lo < 0) throw new IndexOutOfBoundsException("label " + lo + " is negative: labels must be in [0, " + k + ")");
        if (hi >= k) throw new IndexOutOfBoundsException("index " + hi + " is out of bounds for axis 0 with size " + k);
    }

    /**
     * Shuffles the rows and splits them, as the seeds do by hand: NumPy
     * {@code idx = rng.permutation(n); split = int((1 - test_fraction) * n)}, then
     * {@code X[idx[:split]], X[idx[split:]], y[idx[:split]], y[idx[split:]]}. The permutation comes from
     * {@code random(seed)}, so a seed always gives the same split (not NumPy's split for that seed: the
     * generators differ). Fails when X and y differ in length (scikit-learn's message), when
     * testFraction is outside (0, 1) or when either part would be empty.
     * <pre>{@code
     * Data.Split s = Data.trainTestSplit(X, y, 0.2, 42);   // 80 % train, 20 % test
     * NDArray Xtr = s.xTrain(), yte = s.yTest();
     * }</pre>
     *
     * @param X the samples, one row each
     * @param y the second input
     * @param testFraction the fraction of rows for the test set
     * @param seed the seed
     * @return the result
     */
    public static Split trainTestSplit(NDArray X, NDArray y, double testFraction, long seed) {
        return trainTestSplit(X, y, testFraction, random(seed));
    }

    /**
     * {@link #trainTestSplit(NDArray, NDArray, double, long)} drawing the permutation from {@code rng}.
     * scikit-learn's {@code train_test_split(X, y, test_size=testFraction, shuffle=True)}, from the seeds' {@code np.random.permutation}.
     * <pre>{@code
     * Data.Split s = Data.trainTestSplit(X, y, 0.25, random(7));
     * }</pre>
     *
     * @param X the samples, one row each
     * @param y the second input
     * @param testFraction the fraction of rows for the test set
     * @param rng the random generator
     * @return the result
     */
    public static Split trainTestSplit(NDArray X, NDArray y, double testFraction, Random rng) {
        Objects.requireNonNull(rng, "rng");
        long n = rows(X, y);
        if (!(testFraction > 0 && testFraction < 1))
            throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
        long nTrain = (long) ((1 - testFraction) * n);
        if (nTrain == 0 || nTrain == n)
            throw new IllegalArgumentException("With n_samples=" + n + " and testFraction=" + testFraction
                    + ", the " + (nTrain == 0 ? "train" : "test") + " set would be empty");
        NDArray perm = rng.permutation(n);
        NDArray tr = perm.get(slice(0, (int) nTrain)), te = perm.get(slice((int) nTrain, null));
        return new Split(X.take(tr, 0), X.take(te, 0), y.take(tr, 0), y.take(te, 0));
    }

    /**
     * Mini-batches of the rows of X and y, the seeds' {@code get_mini_batches(X, y, batch_size, shuffle)}:
     * consecutive runs of {@code size} rows, the last batch shorter when size does not divide n.
     * Unshuffled batches are views (no copy); shuffled ones are one gather each (NumPy
     * {@code X[perm[i:i + size]]}), from a permutation drawn anew each time the iterable is iterated
     * (one epoch), from {@code random(seed)}: epoch after epoch differs, run after run repeats.
     * <pre>{@code
     * Iterable<Data.Batch> bs = Data.batches(X, y, 64, true, 42);
     * for (int epoch = 0; epoch < 10; epoch++) for (Data.Batch b : bs) step(b.x(), b.y());
     * }</pre>
     *
     * @param X the samples, one row each
     * @param y the second input
     * @param size the output shape
     * @param shuffle whether to shuffle the rows
     * @param seed the seed
     * @return the result
     */
    public static Iterable<Batch> batches(NDArray X, NDArray y, int size, boolean shuffle, long seed) {
        return batches(X, y, size, shuffle, random(seed));
    }

    /**
     * {@link #batches(NDArray, NDArray, int, boolean, long)} drawing each epoch's permutation from {@code rng}
     * (unused when shuffle is false).
     * The seeds' NumPy generator: {@code idx = np.random.permutation(n)}, then {@code X[idx[i:i + size]]}.
     * <pre>{@code
     * Iterable<Data.Batch> bs = Data.batches(X, y, 32, true, random(0));
     * }</pre>
     *
     * @param X the samples, one row each
     * @param y the second input
     * @param size the output shape
     * @param shuffle whether to shuffle the rows
     * @param rng the random generator
     * @return the result
     */
    public static Iterable<Batch> batches(NDArray X, NDArray y, int size, boolean shuffle, Random rng) {
        Objects.requireNonNull(y, "y");
        rows(X, y);
        return new Batches(X, y, size, shuffle, rng);
    }

    /**
     * Mini-batches of the rows of X alone (each {@link Batch#y()} is null).
     * The seeds' NumPy generator: {@code idx = np.random.permutation(n)}, then {@code X[idx[i:i + size]]}.
     * <pre>{@code
     * for (Data.Batch b : Data.batches(X, 256, false, 0)) predictions.add(forward(b.x()));
     * }</pre>
     *
     * @param X the samples, one row each
     * @param size the output shape
     * @param shuffle whether to shuffle the rows
     * @param seed the seed
     * @return the result
     */
    public static Iterable<Batch> batches(NDArray X, int size, boolean shuffle, long seed) {
        rows(X, null);
        return new Batches(X, null, size, shuffle, random(seed));
    }

    /**
     * Z-score normalisation of every column with its own statistics: NumPy
     * {@code (X - X.mean(axis=0)) / X.std(axis=0)} (a constant column becomes 0; see {@link StandardScaler}).
     * To scale test rows with the training statistics, use {@code StandardScaler.fit(Xtrain)}.
     * <pre>{@code
     * NDArray Xn = Data.standardize(X);   // columns with mean 0, std 1
     * }</pre>
     *
     * @param X the samples, one row each
     * @return the result
     */
    public static NDArray standardize(NDArray X) { return StandardScaler.fit(X).transform(X); }

    /**
     * Min-max scaling of every column into [0, 1]: NumPy
     * {@code (X - X.min(axis=0)) / (X.max(axis=0) - X.min(axis=0))} (a constant column becomes 0; see
     * {@link MinMaxScaler}). To scale test rows with the training range, use {@code MinMaxScaler.fit(Xtrain)}.
     * <pre>{@code
     * NDArray Xs = Data.minMaxScale(X);   // every column in [0, 1]
     * }</pre>
     *
     * @param X the samples, one row each
     * @return the result
     */
    public static NDArray minMaxScale(NDArray X) { return MinMaxScaler.fit(X).transform(X); }

    /** The number of samples (rows), after checking that X (and y, when given) have rows and agree. */
    private static long rows(NDArray X, NDArray y) {
        Objects.requireNonNull(X, "X");
        if (X.ndim() == 0 || (y != null && y.ndim() == 0))
            throw new IllegalArgumentException("X and y must have at least one dimension (samples along axis 0)");
        if (y != null && X.shape(0) != y.shape(0))
            throw new IllegalArgumentException("Found input variables with inconsistent numbers of samples: ["
                    + X.shape(0) + ", " + y.shape(0) + "]");
        return X.shape(0);
    }
}
