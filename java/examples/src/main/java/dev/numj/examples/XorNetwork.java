package dev.numj.examples;

import dev.numj.NDArray;
import dev.numj.nn.Activations;
import dev.numj.nn.Losses;

import static dev.numj.NumJ.*;
import static dev.numj.random.Random.*;

/**
 * The seeds' XOR network ("NumPy essentials" notebook, "Small Neural Network (2 Layers)"): 2 inputs,
 * 2 sigmoid hidden units, 1 sigmoid output, full-batch gradient descent at learning rate 1.0 with
 * binary cross-entropy, 10,000 epochs (plus the one update the notebook runs by hand before its loop).
 * Weights start from {@code rand} (uniform [0, 1)), biases from zeros, as in the notebook.
 */
public final class XorNetwork {
    private XorNetwork() {}

    static final NDArray X = array(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    static final NDArray Y = array(new double[][] {{0}, {1}, {1}, {0}});

    /**
     * @param trainedOutput A2 of the last epoch (what the notebook prints as "Trained Output"), (4, 1)
     * @param predictions   the trained network on the four inputs ("Predictions"), (4, 1)
     * @param losses        the loss of every update, first to last
     */
    public record Result(NDArray W1, NDArray b1, NDArray W2, NDArray b2, NDArray trainedOutput, NDArray predictions,
                         double[] losses) {}

    /** Trains from W1 (2, 2) and W2 (2, 1) for {@code updates} full-batch steps. */
    public static Result train(NDArray W1init, NDArray W2init, int updates, double learningRate) {
        NDArray W1 = W1init.copy(), b1 = zeros(1, 2), W2 = W2init.copy(), b2 = zeros(1, 1);
        long m = X.shape(0);
        double[] losses = new double[updates];
        NDArray A2 = null;
        for (int epoch = 0; epoch < updates; epoch++) {
            // forward
            NDArray A1 = Activations.sigmoid(X.matmul(W1).add(b1));
            A2 = Activations.sigmoid(A1.matmul(W2).add(b2));
            losses[epoch] = Losses.binaryCrossEntropy(Y, A2, 0);   // the notebook's unclipped formula
            // backprop
            NDArray dZ2 = A2.sub(Y);
            NDArray dW2 = A1.T().matmul(dZ2).div(m);
            NDArray db2 = dZ2.sum(0, true).div(m);
            NDArray dA1 = dZ2.matmul(W2.T());
            NDArray dZ1 = dA1.mul(Activations.sigmoidDerivativeFromOutput(A1));   // sigmoid_derivative(A1)
            NDArray dW1 = X.T().matmul(dZ1).div(m);
            NDArray db1 = dZ1.sum(0, true).div(m);
            // update
            W1.subi(dW1.mul(learningRate));
            b1.subi(db1.mul(learningRate));
            W2.subi(dW2.mul(learningRate));
            b2.subi(db2.mul(learningRate));
        }
        NDArray predictions = Activations.sigmoid(Activations.sigmoid(X.matmul(W1).add(b1)).matmul(W2).add(b2));
        return new Result(W1, b1, W2, b2, A2, predictions, losses);
    }

    /** The notebook's run with NumJ's generator: {@code rand(2, 2)} and {@code rand(2, 1)} of seed 42. */
    public static Result run(boolean print) {
        dev.numj.random.Random rng = random(42);
        NDArray W1 = rng.rand(2, 2), W2 = rng.rand(2, 1);
        Result r = train(W1, W2, 10_001, 1.0);
        if (print) {
            System.out.println("W1 =\n" + W1 + "\nW2 =\n" + W2);
            System.out.printf("Loss: %.6f after the first update, %.6f after the last%n", r.losses()[0], r.losses()[r.losses().length - 1]);
            System.out.println("Predictions for [0,0], [0,1], [1,0], [1,1] (want 0, 1, 1, 0):\n" + r.predictions());
        }
        return r;
    }

    public static void main(String[] args) { run(true); }
}
