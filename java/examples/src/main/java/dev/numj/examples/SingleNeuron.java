package dev.numj.examples;

import dev.numj.NDArray;

import static dev.numj.NumJ.*;
import static dev.numj.random.Random.*;

/**
 * The seeds' single neuron trained by stochastic gradient descent ("NumPy essentials" notebook,
 * "Training Loop Example"): four samples of three features, a sigmoid output, one update per sample,
 * 100 epochs at learning rate 0.1. The NumPy original, line for line:
 * <pre>
 * Z = np.dot(X, W) + b;  A = 1 / (1 + np.exp(-Z))        # forward
 * dA = A - y;  dW = dA * X;  db = dA                      # backward
 * W -= lr * dW;  b -= lr * db                             # update
 * </pre>
 */
public final class SingleNeuron {
    private SingleNeuron() {}

    static final NDArray X_TRAIN = array(new double[][] {{0.5, 0.3, 0.2}, {0.9, 0.1, 0.4}, {0.2, 0.7, 0.5}, {0.6, 0.8, 0.9}});
    static final NDArray Y_TRAIN = array(1, 0, 1, 0);
    static final NDArray X_NEW = array(0.4, 0.6, 0.1);

    /** The trained weights (3,), bias and the neuron's output for the new sample {@code [0.4, 0.6, 0.1]}. */
    public record Result(NDArray weights, double bias, double output) {}

    /** Trains from initial weights {@code W0} (3,) and bias 0. */
    public static Result train(NDArray W0, int epochs, double lr) {
        NDArray W = W0.copy();
        NDArray b = zeros();                                   // a 0-d array: b -= lr * db works in place
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = 0; i < X_TRAIN.shape(0); i++) {
                NDArray X = X_TRAIN.get(i), y = Y_TRAIN.get(i);
                NDArray Z = dot(X, W).add(b);                  // forward
                NDArray A = Z.sigmoid();
                NDArray dA = A.sub(y);                         // backward
                NDArray dW = dA.mul(X);
                W.subi(dW.mul(lr));                            // update
                b.subi(dA.mul(lr));
            }
        }
        double output = dot(X_NEW, W).add(b).sigmoid().item();
        return new Result(W, b.item(), output);
    }

    /** The notebook's run: weights from {@code rand(3)} of seed 42, 100 epochs, learning rate 0.1. */
    public static Result run(boolean print) {
        NDArray W0 = random(42).rand(3);
        Result r = train(W0, 100, 0.1);
        if (print) {
            System.out.println("Initial weights: " + W0);
            System.out.println("Trained Weights: " + r.weights());
            System.out.printf("Trained Bias: %.10f%n", r.bias());
            System.out.println("Neuron Output for [0.4, 0.6, 0.1]: " + r.output());
        }
        return r;
    }

    public static void main(String[] args) { run(true); }
}
