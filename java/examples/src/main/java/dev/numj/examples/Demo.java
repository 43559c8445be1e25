package dev.numj.examples;

import dev.numj.NDArray;

import static dev.numj.NumJ.*;

/**
 * {@code scripts/demo}: the seeds' worked examples, in order, with progress. Later issues add the
 * neural-network examples and plots.
 */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        step(1, "Arrays, views and broadcasting (chapter 3.1-3.2)");
        NDArray X = array(new long[][] {{10, 20, 30}, {40, 50, 60}, {70, 80, 90}});
        System.out.println("X[0, 2] = " + X.getLong(0, 2) + ", X[:, 1] = " + X.get(":, 1") + ", X > 40 =\n" + X.gt(40L));
        NDArray a = arange(12);
        System.out.println("arange(12).reshape(3, 4) =\n" + a.reshape(3, 4) + "\nsum over axis 0 = " + a.reshape(3, 4).sum(0));
        System.out.println("(2,1,4) + (3,4) -> " + java.util.Arrays.toString(ones(2, 1, 4).add(ones(3, 4)).shape()));

        step(2, "Worked example: Zomato delivery time by the normal equation (5000 simulated orders)");
        DeliveryTimeRegression.main(new String[0]);

        System.out.printf("%nDemo finished in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void step(int i, String title) {
        System.out.println();
        System.out.println("== [" + i + "] " + title);
    }
}
