package dev.numj.examples;

import dev.numj.linalg.Linalg;
import dev.numj.NDArray;
import dev.numj.random.Random;
import dev.numj.nn.Losses;

import static dev.numj.NumJ.*;
import static dev.numj.random.Random.*;

/**
 * The seeds' worked example "Predict Zomato delivery time" (chapter 3): simulated orders, z-score
 * normalisation, a shuffled 80/20 train/test split, a bias column and the normal equation
 * {@code w = inv(X^T X) X^T y}, with no loop over the data. Every step is the chapter's NumPy line.
 */
public final class DeliveryTimeRegression {
    private DeliveryTimeRegression() {}

    /** The simulated orders: X (n, 4) = distance_km, rating, num_items, time_of_day; y (n,) = minutes. */
    public record Data(NDArray X, NDArray y) {}

    /** The weights [bias, distance, rating, items, time] and the test RMSE in minutes. */
    public record Result(NDArray weights, double rmse) {}

    /** Step 1: the chapter's simulation, drawn from {@code random(seed)} (NumPy's distributions, NumJ's stream). */
    public static Data simulate(int n, long seed) {
        Random rng = random(seed);
        NDArray distance = rng.exponential(3, n).add(0.5);                            // np.random.exponential(3, n) + 0.5
        NDArray rating = rng.normal(3.8, 0.5, n).clip(1.0, 5.0);                      // np.clip(np.random.normal(3.8, 0.5, n), 1, 5)
        NDArray numItems = rng.randint(1, 8, n);                                      // np.random.randint(1, 8, n)
        NDArray timeOfDay = rng.randint(8, 24, n);                                    // np.random.randint(8, 24, n)
        NDArray delivery = distance.mul(3.0).add(10.0).sub(rating.mul(2.0)).add(numItems.mul(1.5))
                .add(rng.randn(n).mul(5.0));                                          // 10 + 3d - 2r + 1.5i + randn(n) * 5
        NDArray X = columnStack(distance.round(1), rating.round(1), numItems, timeOfDay).astype(FLOAT64);
        return new Data(X, delivery.round(1));
    }

    /** Steps 2-4 with NumJ's permutation of {@code random(seed)} for the split. */
    public static Result fit(Data d, long seed, boolean print) {
        return fit(d, random(seed).permutation(d.X().shape(0)), print);
    }

    /** Steps 2-4 of the chapter, splitting by the given permutation of the rows; prints what the chapter prints. */
    public static Result fit(Data d, NDArray indices, boolean print) {
        NDArray X = d.X(), y = d.y();
        long n = X.shape(0);
        // Step 2: z-score normalisation, broadcasting (n, 4) - (4,) / (4,)
        NDArray mu = X.mean(0), sigma = X.std(0);
        NDArray Xnorm = X.sub(mu).div(sigma);
        if (print) {
            System.out.println("Means after norm: " + Xnorm.mean(0).round(6));
            System.out.println("Stds after norm:  " + Xnorm.std(0).round(6));
        }
        // Step 3: train/test split, X_norm[indices[:split]], X_norm[indices[split:]]
        int split = (int) (0.8 * n);
        NDArray train = indices.get(slice(0, split)), test = indices.get(slice(split, null));
        NDArray Xtrain = Xnorm.take(train, 0), Xtest = Xnorm.take(test, 0);
        NDArray ytrain = y.take(train, 0), ytest = y.take(test, 0);
        if (print) System.out.println("Train: " + shape(Xtrain) + ", Test: " + shape(Xtest));
        // Step 4: bias column, np.c_[np.ones(m), X], and the normal equation
        NDArray XtrainB = columnStack(ones(Xtrain.shape(0)), Xtrain), XtestB = columnStack(ones(Xtest.shape(0)), Xtest);
        NDArray w = Linalg.inv(XtrainB.T().matmul(XtrainB)).matmul(XtrainB.T()).matmul(ytrain);
        double rmse = Losses.rmse(ytest, XtestB.matmul(w));
        if (print) {
            System.out.printf("Weights: bias %.3f, distance_km %.3f, rating %.3f, num_items %.3f, time_of_day %.3f%n",
                    w.getDouble(0), w.getDouble(1), w.getDouble(2), w.getDouble(3), w.getDouble(4));
            System.out.printf("Test RMSE: %.2f minutes   (the simulation's noise has std 5)%n", rmse);
        }
        return new Result(w, rmse);
    }

    static String shape(NDArray a) {
        return java.util.Arrays.toString(a.shape()).replace('[', '(').replace(']', ')');
    }

    public static void main(String[] args) {
        Data d = simulate(5000, 42);
        fit(d, 42, true);
    }
}
