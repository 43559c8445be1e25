package dev.numj.examples;

import dev.numj.NDArray;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The digits MLP reaches 95 % test accuracy with the example's fixed seed; the data set loads whole. */
class DigitsMlpTest {
    @Test
    void digitsLoadWhole() {
        Digits.Set d = Digits.load();
        assertArrayEquals(new long[] {1797, 64}, d.X().shape());
        assertEquals(0.0, d.X().min().item());
        assertEquals(16.0, d.X().max().item());
        NDArray counts = d.y().uniqueWithCounts().counts();
        assertEquals(10, counts.size());
        assertTrue(counts.min().itemLong() >= 174 && counts.max().itemLong() <= 183, "about 180 images per digit: " + counts);
    }

    @Test
    void reaches95PercentTestAccuracy() {
        DigitsMlp.Result r = DigitsMlp.run(false);
        assertTrue(r.testAccuracy() >= 0.95, "test accuracy " + r.testAccuracy());
        assertTrue(r.trainAccuracy() >= r.testAccuracy() - 0.02, "train accuracy " + r.trainAccuracy());
        assertEquals(50 * 45, r.steps(), "50 epochs of ceil(1437 / 32) = 45 batches");
        double[] tl = r.trainLoss(), vl = r.valLoss();
        assertTrue(tl[tl.length - 1] < tl[0] / 5 && vl[vl.length - 1] < vl[0] / 3, "losses fall: " + tl[0] + " -> " + tl[tl.length - 1]);
    }
}
