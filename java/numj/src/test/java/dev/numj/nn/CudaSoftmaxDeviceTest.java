package dev.numj.nn;

import dev.numj.DType;
import dev.numj.Device;
import dev.numj.NDArray;
import dev.numj.random.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.numj.NumJ.allclose;
import static dev.numj.NumJ.array;
import static dev.numj.random.Random.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fused softmax, log-softmax and cross-entropy kernels (native/cuda/softmax.cu) against the CPU's
 * composition of the same formulas: values within float tolerance (sums associate differently), the
 * same special values, shapes, dtypes and errors. Runs only where {@code Device.cuda(0).isAvailable()};
 * scripts/gpu-check runs it on the GPU machine.
 */
class CudaSoftmaxDeviceTest {
    static final Device GPU = Device.cuda(0);

    @BeforeAll
    static void needsAGpu() {
        assumeTrue(GPU.isAvailable(), () -> "no GPU: " + GPU.unavailableReason());
    }

    private static void close(NDArray expected, NDArray onGpu) {
        assertEquals(GPU, onGpu.device());
        NDArray got = onGpu.to(Device.CPU);
        assertEquals(expected.dtype(), got.dtype());
        assertArrayEquals(expected.shape(), got.shape());
        double rtol = expected.dtype() == DType.FLOAT32 ? 1e-5 : 1e-12;
        assertTrue(allclose(expected, got, rtol, 0.0, true), () -> "expected " + expected + " got " + got);
    }

    @Test
    void softmaxAndLogSoftmaxMatchTheCpu() {
        Random r = random(31);
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            NDArray z = r.normal(dt, 0, 3, 37, 1000);          // rows longer than a block of 256
            NDArray g = z.to(GPU);
            for (int axis : new int[] {0, 1, -1}) {
                close(Activations.softmax(z, axis), Activations.softmax(g, axis));
                close(Activations.logSoftmax(z, axis), Activations.logSoftmax(g, axis));
            }
            close(Activations.softmax(z.T(), 1), Activations.softmax(g.T(), 1));            // strided rows
            NDArray z3 = r.normal(dt, 0, 1, 4, 5, 6), g3 = z3.to(GPU);
            close(Activations.softmax(z3, 1), Activations.softmax(g3, 1));                  // a middle axis
            close(Activations.logSoftmax(z3, 0), Activations.logSoftmax(g3, 0));
            NDArray one = r.normal(dt, 0, 1, 1);
            close(Activations.softmax(one, 0), Activations.softmax(one.to(GPU), 0));        // a row of one
        }
    }

    @Test
    void specialValuesFollowTheFormula() {
        NDArray z = array(new double[][] {{1000, -1000, 0}, {Double.NEGATIVE_INFINITY, 0, 1}, {Double.NaN, 1, 2},
                {Double.POSITIVE_INFINITY, 0, 1}, {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}});
        NDArray g = z.to(GPU);
        for (boolean log : new boolean[] {false, true}) {
            // NaN where the CPU has NaN, the same infinities and zeros (exp may differ from the CPU's in the last bit)
            close(log ? Activations.logSoftmax(z, 1) : Activations.softmax(z, 1), log ? Activations.logSoftmax(g, 1) : Activations.softmax(g, 1));
        }
    }

    @Test
    void theCpuPathKeepsItsErrorsAndEmptyCases() {
        NDArray g = random(1).normal(0, 1, 3, 4).to(GPU);
        assertThrows(dev.numj.AxisException.class, () -> Activations.softmax(g, 2));
        NDArray empty = dev.numj.NumJ.zeros(GPU, DType.FLOAT64, 0, 4);
        assertArrayEquals(new long[] {0, 4}, Activations.softmax(empty, 1).shape());
        NDArray ints = array(new long[][] {{1, 2}, {3, 4}});
        close(Activations.softmax(ints, 1), Activations.softmax(ints.to(GPU), 1));        // composed: int -> float64
    }

    @Test
    void crossEntropyMatchesTheCpu() {
        Random r = random(33);
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            NDArray logits = r.normal(dt, 0, 4, 300, 10);
            NDArray labels = r.randint(0, 10, 300);
            NDArray g = logits.to(GPU), gl = labels.to(GPU);
            double cpu = Losses.crossEntropyFromLogits(labels, logits), gpu = Losses.crossEntropyFromLogits(gl, g);
            assertEquals(cpu, gpu, 1e-12 * Math.abs(cpu), dt.toString());
            NDArray y = Data.oneHot(labels, 10);
            assertEquals(Losses.crossEntropyFromLogits(y, logits), Losses.crossEntropyFromLogits(y.to(GPU), g), 1e-12 * Math.abs(cpu));
            NDArray probs = Activations.softmax(logits.astype(DType.FLOAT64), 1);
            assertEquals(Losses.crossEntropy(labels, probs), Losses.crossEntropy(gl, probs.to(GPU)), 1e-12 * Math.abs(cpu));
            assertEquals(Losses.crossEntropy(labels.astype(DType.INT32), probs),
                    Losses.crossEntropy(gl.astype(DType.INT32), probs.to(GPU)), 1e-12 * Math.abs(cpu));
        }
        NDArray huge = array(new double[][] {{1000, -1000}});
        assertEquals(Losses.crossEntropyFromLogits(array(1L), huge), Losses.crossEntropyFromLogits(array(1L).to(GPU), huge.to(GPU)));
        IndexOutOfBoundsException cpu = assertThrows(IndexOutOfBoundsException.class,
                () -> Losses.crossEntropyFromLogits(array(0L, 5L), array(new double[][] {{1, 2}, {3, 4}})));
        IndexOutOfBoundsException gpu = assertThrows(IndexOutOfBoundsException.class,
                () -> Losses.crossEntropyFromLogits(array(0L, 5L).to(GPU), array(new double[][] {{1, 2}, {3, 4}}).to(GPU)));
        assertEquals(cpu.getMessage(), gpu.getMessage());
    }
}
