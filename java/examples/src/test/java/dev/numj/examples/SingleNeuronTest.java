package dev.numj.examples;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The single neuron gives NumPy's trained weights when it starts from NumPy's seed-42 weights. */
class SingleNeuronTest {
    @Test
    void matchesTheNotebookRunInNumPy() {
        SingleNeuron.Result r = SingleNeuron.train(NumPyReference.array("neuron.W0", 3), 100, 0.1);
        assertTrue(NumPyReference.maxRelErr(r.weights(), NumPyReference.values("neuron.W")) < 1e-12, "weights " + r.weights());
        assertEquals(NumPyReference.value("neuron.b"), r.bias(), 1e-12);
        assertEquals(NumPyReference.value("neuron.output"), r.output(), 1e-12);
        // the notebook's printed result: Trained Weights [-1.98365224  1.18801753 -1.78202072], output 0.717425528965057
        assertEquals(-1.98365224, r.weights().getDouble(0), 1e-8);
        assertEquals(0.717425528965057, r.output(), 1e-12);
    }

    @Test
    void numjSeedTrainsTheSameWay() {
        SingleNeuron.Result r = SingleNeuron.run(false);
        // the four samples: 1, 0, 1, 0. After training the neuron separates them
        assertEquals(3, r.weights().size());
        assertTrue(r.output() > 0.5 && r.output() < 1, "output " + r.output());
    }
}
