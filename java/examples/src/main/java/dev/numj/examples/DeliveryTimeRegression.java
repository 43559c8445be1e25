package dev.numj.examples;

import dev.numj.Linalg;
import dev.numj.NDArray;

import java.util.Random;

import static dev.numj.NumJ.*;

/**
 * The seeds' worked example "Predict Zomato delivery time": z-score normalisation, a train/test
 * split, a bias column and the normal equation {@code w = inv(X^T X) X^T y}, with no loops over
 * the data. The data are simulated as in the tutorial (same distributions and coefficients).
 */
public final class DeliveryTimeRegression {
    private DeliveryTimeRegression() {}

    /** The simulated orders: X (n, 4) = distance_km, rating, num_items, time_of_day; y (n,) = minutes. */
    public record Data(NDArray X, NDArray y) {}

    public record Result(NDArray weights, double rmse) {}

    public static Data simulate(int n, long seed) {
        // NumJ's own seeded generator arrives with the random module; java.util.Random keeps this reproducible now
        Random rnd = new Random(seed);
        double[][] x = new double[n][4];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double distance = -3 * Math.log(1 - rnd.nextDouble()) + 0.5;            // exponential(3) + 0.5
            double rating = Math.min(5, Math.max(1, 3.8 + 0.5 * rnd.nextGaussian())); // clip(normal(3.8, .5), 1, 5)
            int items = 1 + rnd.nextInt(7);                                           // randint(1, 8)
            int hour = 8 + rnd.nextInt(16);                                           // randint(8, 24)
            double minutes = 10 + 3 * distance - 2 * rating + 1.5 * items + rnd.nextGaussian() * 5;
            x[i] = new double[] {Math.round(distance * 10) / 10.0, Math.round(rating * 10) / 10.0, items, hour};
            y[i] = Math.round(minutes * 10) / 10.0;
        }
        return new Data(array(x), array(y));
    }

    /** The tutorial's pipeline, step by step; prints what the tutorial prints. */
    public static Result fit(Data d, boolean print) {
        NDArray X = d.X(), y = d.y();
        long n = X.shape(0);
        // Step 2: z-score normalisation, broadcasting (n,4) - (4,) / (4,)
        NDArray mu = X.mean(0);
        NDArray sigma = X.sub(mu).square().mean(0).sqrt();   // X.std(axis=0)
        NDArray Xn = X.sub(mu).div(sigma);
        if (print) System.out.println("Means after norm: " + Xn.mean(0).round(6));
        // Step 3: train/test split (the simulated rows are already in random order)
        long split = (long) (0.8 * n);
        NDArray Xtr = Xn.get("0:" + split), Xte = Xn.get(split + ":");
        NDArray ytr = y.get("0:" + split), yte = y.get(split + ":");
        if (print) System.out.println("Train: " + shape(Xtr) + ", Test: " + shape(Xte));
        // Step 4: bias column (np.c_[ones, X]) and the normal equation
        NDArray Xtrb = withBias(Xtr), Xteb = withBias(Xte);
        NDArray w = Linalg.inv(Xtrb.T().matmul(Xtrb)).matmul(Xtrb.T()).matmul(ytr);
        NDArray pred = Xteb.matmul(w);
        double rmse = yte.sub(pred).square().mean().sqrt().item();
        if (print) {
            System.out.println("Weights: " + w.round(3));
            System.out.printf("Test RMSE: %.2f minutes%n", rmse);
        }
        return new Result(w, rmse);
    }

    static NDArray withBias(NDArray X) {
        NDArray b = ones(X.shape(0), X.shape(1) + 1);
        b.set(":, 1:", X);
        return b;
    }

    private static String shape(NDArray a) {
        return java.util.Arrays.toString(a.shape()).replace('[', '(').replace(']', ')');
    }

    public static void main(String[] args) {
        fit(simulate(5000, 42), true);
    }
}
