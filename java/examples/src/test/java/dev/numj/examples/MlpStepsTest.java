package dev.numj.examples;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The training loop runs without anyone closing an array and its memory stops growing: resident memory
 * late in the run stays near what it was early on. (scripts/demo --steps 100000 measures 100,000 steps;
 * the numbers are in docs/nn.md.) 20,000 steps here keep the test short. The module's pom.xml fixes the
 * collection period at 256 MiB ({@code numj.gcEveryBytes}) for its tests, so that the resident memory seen here
 * is the loop's, not the adaptive pacing's reaction to how busy the machine is (which can double the period
 * late in a run); the pacing has its own tests in the numj module.
 */
class MlpStepsTest {
    @Test
    void trainingLoopRunsInBoundedMemory() {
        MlpSteps.Measurement m = MlpSteps.run(20_000, false);
        double[] rss = m.rssMb();
        assertEquals(11, rss.length);
        double early = Arrays.stream(rss, 1, 4).max().orElseThrow();   // after 10-30 % of the steps
        double late = Arrays.stream(rss, 4, 11).max().orElseThrow();
        assertTrue(late <= early * 1.5 + 128, "RSS grew from " + early + " MiB to " + late + " MiB: " + Arrays.toString(rss));
        assertTrue(m.testAccuracy() > 0.9, "the loop really trained: " + m.testAccuracy());
    }
}
