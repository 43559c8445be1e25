package dev.numj.examples;

import dev.numj.NDArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.numj.NumJ.*;
import static org.junit.jupiter.api.Assertions.*;
import static dev.numj.io.IO.*;
import static dev.numj.random.Random.*;

/**
 * Section 12's demonstrations compute the right things: NumJ and the Java loops agree, and both agree
 * with NumPy (python3) on the same inputs. Times are printed by the example, never asserted.
 */
class VectorisationTest {
    @Test
    void numjAndLoopsAgreeAtSmallScale() {
        List<Vectorisation.Row> rows = Vectorisation.run(0.01, 7, false);
        assertEquals(List.of("dot", "sigmoid", "square", "forward"), rows.stream().map(Vectorisation.Row::name).toList());
        for (Vectorisation.Row r : rows) {
            assertTrue(r.numjMs() > 0 && r.loopMs() > 0, r.toString());
            assertTrue(r.maxAbsDiff() < 1e-9, r.name() + " differs by " + r.maxAbsDiff());
        }
        assertTrue(rows.get(2).what().contains("100 x 100"), rows.get(2).what());
        assertTrue(rows.get(3).what().contains("100 images"), rows.get(3).what());
    }

    @Test
    void numjLoopsAndNumPyGiveTheSameResults(@TempDir Path dir) throws Exception {
        dev.numj.random.Random rng = random(11);
        NDArray a = rng.randn(10_000), b = rng.randn(10_000), z = rng.randn(10_000).mul(10.0), X = rng.randn(60, 60);
        Vectorisation.Mlp net = Vectorisation.Mlp.init(rng, 784, 128, 10);
        NDArray images = rng.rand(50, 784);
        savez(dir.resolve("in.npz"), java.util.Map.of("a", a, "b", b, "z", z, "X", X, "W1", net.W1(), "b1", net.b1(),
                "W2", net.W2(), "b2", net.b2(), "images", images));
        String script = """
                import sys, numpy as np
                d = np.load(sys.argv[1])
                a, b, z, X = d['a'], d['b'], d['z'], d['X']
                h = np.maximum(d['images'] @ d['W1'] + d['b1'], 0)
                s = h @ d['W2'] + d['b2']
                e = np.exp(s - s.max(axis=1, keepdims=True))
                np.savez(sys.argv[2], dot=np.dot(a, b), sigmoid=1.0 / (1.0 + np.exp(-z)), square=X ** 2,
                         forward=e / e.sum(axis=1, keepdims=True))
                """;
        Process p = new ProcessBuilder("python3", "-c", script, dir.resolve("in.npz").toString(), dir.resolve("out.npz").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        try (dev.numj.io.NpzFile np = loadz(dir.resolve("out.npz"))) {
            double dot = np.get("dot").item();
            assertEquals(dot, Vectorisation.dot(a, b), 1e-9 * Math.abs(dot) + 1e-12);
            assertEquals(dot, Vectorisation.dotLoop(a.toDoubleArray(), b.toDoubleArray()), 1e-9 * Math.abs(dot) + 1e-12);
            double[] sig = np.get("sigmoid").toDoubleArray();
            assertArrayEquals(sig, Vectorisation.sigmoid(z).toDoubleArray(), 1e-15);
            assertArrayEquals(sig, Vectorisation.sigmoidLoop(z.toDoubleArray()), 1e-15);
            double[] sq = np.get("square").toDoubleArray();
            assertArrayEquals(sq, Vectorisation.square(X).toDoubleArray(), 0.0);
            assertArrayEquals(sq, Vectorisation.squareLoop(X.toDoubleArray(), 60), 0.0);
            NDArray fw = np.get("forward");
            NDArray numj = Vectorisation.forward(net, images);
            assertArrayEquals(new long[] {50, 10}, numj.shape());
            assertArrayEquals(fw.toDoubleArray(), numj.toDoubleArray(), 1e-12);
            assertArrayEquals(fw.toDoubleArray(), Vectorisation.forwardLoop(net, images.toDoubleArray(), 50), 1e-12);
            assertEquals(50.0, numj.sum().item(), 1e-9, "each row of probabilities sums to 1");
        }
    }
}
