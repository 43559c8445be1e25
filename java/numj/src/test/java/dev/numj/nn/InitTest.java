package dev.numj.nn;

import dev.numj.NDArray;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.numj.NumJ.*;
import static dev.numj.nn.NnOracle.*;
import static org.junit.jupiter.api.Assertions.*;
import static dev.numj.random.Random.*;

/**
 * The initialisers: each is the seeds' NumPy formula applied to NumJ's random stream (checked against
 * NumPy on the same draw), reproducible from a seed, with the spread the formula promises.
 */
class InitTest {
    @Test
    void eachInitialiserIsItsNumPyFormulaOnTheSameDraw() {
        NDArray z = random(42).randn(784, 128);
        Map<String, Object> in = Map.of("z", toOracle(z));
        assertMatches(np().run("out = z * np.sqrt(2.0 / (784 + 128))", in), Init.xavier(random(42), 784, 128), "xavier", 1e-15, 0);
        assertMatches(np().run("out = z * np.sqrt(2.0 / 784)", in), Init.he(random(42), 784, 128), "he", 1e-15, 0);
        assertMatches(np().run("out = z * 0.01", in), Init.normal(random(42), 0.01, 784, 128), "normal", 1e-15, 0);
        NDArray z32 = random(42).randn(FLOAT32, 64, 32);
        assertMatches(np().run("out = z * np.float32(np.sqrt(2.0 / 64))", Map.of("z", toOracle(z32))),
                Init.he(random(42), FLOAT32, 64, 32), "he float32", 1e-7, 0);
        NDArray u = random(42).rand(784, 128);
        double a = Math.sqrt(6.0 / (784 + 128));
        assertMatches(np().run("out = -a + (a - -a) * u", Map.of("u", toOracle(u), "a", a)), Init.xavierUniform(random(42), 784, 128),
                "xavierUniform", 1e-15, 1e-16);
        assertMatches(np().run("out = -0.5 + 1.0 * u", Map.of("u", toOracle(u))), Init.uniform(random(42), -0.5, 0.5, 784, 128),
                "uniform", 1e-15, 1e-16);
    }

    @Test
    void spreadsAreTheFormulasAndSeedsRepeat() {
        // chapter 3 prints "Xavier std: 0.0468", "He std: 0.0506" for (784, 128)
        assertEquals(Math.sqrt(2.0 / 912), Init.xavier(random(1), 784, 128).std().item(), 0.001);
        assertEquals(Math.sqrt(2.0 / 784), Init.he(random(1), 784, 128).std().item(), 0.001);
        NDArray u = Init.uniform(random(1), -0.5, 0.5, 784, 128);
        assertTrue(u.min().item() >= -0.5 && u.max().item() < 0.5);
        assertEquals(FLOAT32, Init.xavier(random(1), FLOAT32, 3, 4).dtype());
        assertArrayEquals(new long[] {3, 4}, Init.he(random(1), 3, 4).shape());
        assertArrayEquals(Init.he(random(7), 5, 6).toDoubleArray(), Init.he(random(7), 5, 6).toDoubleArray(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> Init.he(random(1), 0, 4));
        assertThrows(IllegalArgumentException.class, () -> Init.normal(random(1), -1, 4));
        assertThrows(NullPointerException.class, () -> Init.xavier(null, 2, 2));
    }
}
