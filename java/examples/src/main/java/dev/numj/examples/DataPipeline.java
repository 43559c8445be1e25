package dev.numj.examples;

import dev.numj.NDArray;
import dev.numj.random.Random;
import dev.numj.nn.Data;
import dev.numj.nn.MinMaxScaler;
import dev.numj.nn.StandardScaler;

import java.util.ArrayList;
import java.util.List;

import static dev.numj.NumJ.*;
import static dev.numj.random.Random.*;

/**
 * The seeds' vectorised preprocessing pipeline ("Practical Data Preprocessing Pipeline" and "Full ML
 * Pipeline" of the notebooks, and chapter 3's exercise D2, the mini-batch generator): raw features,
 * a shuffled 80/20 split, standardisation and min-max scaling fitted on the training rows only and
 * applied to the test rows, one-hot labels, sanity checks, then mini-batches. No loop touches an element.
 */
public final class DataPipeline {
    private DataPipeline() {}

    /**
     * What the pipeline produced.
     *
     * @param xTrain      standardised training rows (800, 20)
     * @param xTest       test rows standardised with the training statistics (200, 20)
     * @param xTrainMinMax training rows min-max scaled into [0, 1]
     * @param xTestMinMax test rows scaled with the training range (may leave [0, 1])
     * @param yTrainOneHot one-hot training labels (800, 5)
     * @param batchSizes  the sizes of one epoch's mini-batches of 64
     */
    public record Result(NDArray xTrain, NDArray xTest, NDArray xTrainMinMax, NDArray xTestMinMax, NDArray yTrain,
                         NDArray yTrainOneHot, List<Long> batchSizes) {}

    public static Result run(long seed, boolean print) {
        Random rng = random(seed);
        // "Simulate loading data": raw_data = np.random.randn(1000, 20) * 5 + 10; raw_labels = randint(0, 5, 1000)
        NDArray raw = rng.randn(1000, 20).mul(5.0).add(10.0);
        NDArray labels = rng.randint(0, 5, 1000);
        if (print) System.out.printf("Raw data %s, range [%.2f, %.2f]%n", DeliveryTimeRegression.shape(raw), raw.min().item(), raw.max().item());

        // Shuffle and split 80/20 (indices = permutation(n); X[indices[:800]] ...)
        Data.Split s = Data.trainTestSplit(raw, labels, 0.2, seed);
        if (print) System.out.println("Train set: " + DeliveryTimeRegression.shape(s.xTrain()) + ", test set: " + DeliveryTimeRegression.shape(s.xTest()));

        // Standardise with the training statistics only: mean = X_train.mean(axis=0); std = X_train.std(axis=0)
        StandardScaler z = StandardScaler.fit(s.xTrain());
        NDArray xTrain = z.transform(s.xTrain()), xTest = z.transform(s.xTest());
        if (print) {
            System.out.println("After standardisation, train means (first 5): " + xTrain.mean(0).get("0:5").round(6));
            System.out.println("                        train stds (first 5):  " + xTrain.std(0).get("0:5").round(6));
            System.out.println("                        test means (first 5):  " + xTest.mean(0).get("0:5").round(3) + "  (near 0, not exactly)");
        }

        // Min-max scaling, also fitted on the training rows
        MinMaxScaler mm = MinMaxScaler.fit(s.xTrain());
        NDArray xTrainMm = mm.transform(s.xTrain()), xTestMm = mm.transform(s.xTest());
        if (print) System.out.printf("Min-max: train in [%.1f, %.1f], test in [%.3f, %.3f] (the training range, so it may spill over)%n",
                xTrainMm.min().item(), xTrainMm.max().item(), xTestMm.min().item(), xTestMm.max().item());

        // One-hot labels, np.eye(5)[labels]
        NDArray yOneHot = Data.oneHot(s.yTrain(), 5);
        if (print) System.out.println("One-hot labels " + DeliveryTimeRegression.shape(yOneHot) + ", first rows:\n" + yOneHot.get("0:3")
                + "  for labels " + s.yTrain().get("0:3"));

        // Sanity checks: not np.any(np.isnan(X)), np.all(np.isfinite(X))
        boolean noNaN = !xTrain.isnan().any().getBoolean(), finite = xTrain.isfinite().all().getBoolean();
        if (print) System.out.println("No NaN values: " + noNaN + ", finite values: " + finite);

        // Exercise D2: mini-batches of 64, shuffled, the last one shorter
        List<Long> sizes = new ArrayList<>();
        for (Data.Batch b : Data.batches(xTrain, s.yTrain(), 64, true, seed)) sizes.add(b.x().shape(0));
        if (print) System.out.println("One epoch of mini-batches of 64: " + sizes.size() + " batches, sizes " + sizes);
        return new Result(xTrain, xTest, xTrainMm, xTestMm, s.yTrain(), yOneHot, sizes);
    }

    public static void main(String[] args) { run(42, true); }
}
