package dev.numj.random;

import dev.numj.DType;
import dev.numj.Device;
import dev.numj.NDArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.numj.NumJ.arange;
import static dev.numj.NumJ.array;
import static dev.numj.random.Random.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A generator on cuda:0 draws the CPU generator's numbers bit for bit (native/cuda/random.cu includes
 * native/cpu/philox.h and samplers.h; the fatbin is built with -fmad=false) and advances its stream alike.
 * Runs only where {@code Device.cuda(0).isAvailable()}; scripts/gpu-check runs it on the GPU machine.
 */
class CudaRandomDeviceTest {
    static final Device GPU = Device.cuda(0);

    @BeforeAll
    static void needsAGpu() {
        assumeTrue(GPU.isAvailable(), () -> "no GPU: " + GPU.unavailableReason());
    }

    @Test
    void everyDrawMatchesTheCpuBitForBit() {
        for (long seed : new long[] {0, 42, Long.MIN_VALUE})
            RandomDraws.compareAll(random(seed), random(seed, GPU), GPU);
    }

    @Test
    void largeDrawsMatchTheCpu() {
        // many blocks of the grid-stride loop, an odd count (the last normal pair cut), float32 and float64
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            RandomDraws.sameBits("normal " + dt, random(3).normal(dt, 0, 1, 1_000_001),
                    random(3, GPU).normal(dt, 0, 1, 1_000_001).to(Device.CPU));
            RandomDraws.sameBits("rand " + dt, random(4).rand(dt, 300_001), random(4, GPU).rand(dt, 300_001).to(Device.CPU));
        }
        RandomDraws.sameBits("gamma", random(5).gamma(0.7, 2, 100_003), random(5, GPU).gamma(0.7, 2, 100_003).to(Device.CPU));
        RandomDraws.sameBits("poisson", random(6).poisson(40, 100_003), random(6, GPU).poisson(40, 100_003).to(Device.CPU));
    }

    @Test
    void arraysOnTheGpuAreReorderedThere() {
        NDArray a = arange(40.0).reshape(20, 2);
        NDArray g = a.to(GPU);
        NDArray p = random(8).permutation(a), gp = random(8).permutation(g);   // a CPU generator, a GPU array
        assertEquals(GPU, gp.device());
        RandomDraws.sameBits("permutation", p, gp.to(Device.CPU));
        NDArray c = random(8).choice(a, 7), gc = random(8, GPU).choice(g, 7);
        assertEquals(GPU, gc.device());
        RandomDraws.sameBits("choice", c, gc.to(Device.CPU));
        random(9).shuffle(a);
        random(9, GPU).shuffle(g);
        RandomDraws.sameBits("shuffle", a, g.to(Device.CPU));
        // parameter arrays on the GPU: read on the host for the checks, copied where the kernel runs
        NDArray lam = array(1.0, 10.0, 100.0);
        RandomDraws.sameBits("poisson of GPU rates", random(2).poisson(lam, 4, 3), random(2, GPU).poisson(lam.to(GPU), 4, 3).to(Device.CPU));
        RandomDraws.sameBits("poisson of GPU rates, CPU generator", random(2).poisson(lam, 4, 3), random(2).poisson(lam.to(GPU), 4, 3));
    }
}
