package dev.numj.examples;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The pipeline's promises: train statistics exact, test scaled with them, one-hot rows, batches of 64 then the rest. */
class DataPipelineTest {
    @Test
    void scalesWithTrainingStatisticsAndBatchesEveryRow() {
        DataPipeline.Result r = DataPipeline.run(42, false);
        assertArrayEquals(new long[] {800, 20}, r.xTrain().shape());
        assertArrayEquals(new long[] {200, 20}, r.xTest().shape());
        assertTrue(r.xTrain().mean(0).abs().max().item() < 1e-12, "train columns have mean 0");
        assertTrue(r.xTrain().std(0).sub(1.0).abs().max().item() < 1e-12, "train columns have std 1");
        assertTrue(r.xTest().mean(0).abs().max().item() > 1e-6, "test rows use the training statistics, not their own");
        assertEquals(0.0, r.xTrainMinMax().min().item());
        assertEquals(1.0, r.xTrainMinMax().max().item(), 1e-15);
        assertArrayEquals(new long[] {800, 5}, r.yTrainOneHot().shape());
        assertArrayEquals(r.yTrain().toLongArray(), r.yTrainOneHot().argmax(1).toLongArray(), "one-hot rows mark the label");
        assertEquals(800.0, r.yTrainOneHot().sum().item());
        List<Long> expected = new ArrayList<>(Collections.nCopies(12, 64L));
        expected.add(32L);
        assertEquals(expected, r.batchSizes());
    }
}
