package dev.numj.random;

import dev.numj.DType;
import dev.numj.Device;
import dev.numj.DeviceUnavailableException;
import dev.numj.NDArray;
import org.junit.jupiter.api.Test;

import static dev.numj.NumJ.arange;
import static dev.numj.random.Random.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A generator bound to a device ({@code random(seed, device)}, PyTorch's {@code torch.Generator(device)})
 * without a GPU: on the CPU it is {@code random(seed)} to the bit for every method; a null or
 * unavailable device fails before anything is drawn. CudaRandomDeviceTest compares cuda:0 with the CPU.
 */
class RandomOnDeviceTest {

    @Test
    void onTheCpuItIsTheDevicelessGenerator() {
        for (long seed : new long[] {0, 42, -7}) {
            Random cpu = random(seed, Device.CPU);
            assertEquals(Device.CPU, cpu.device());
            assertEquals(random(seed).toString(), cpu.toString());
            RandomDraws.compareAll(random(seed), cpu, Device.CPU);
        }
        assertEquals(Device.CPU, random(3).device());
        assertEquals(Device.CPU, random().device());
    }

    @Test
    void shuffleAndReseedingAreUnchanged() {
        NDArray a = arange(20.0).reshape(10, 2), b = a.copy();
        random(5).shuffle(a);
        random(5, Device.CPU).shuffle(b);
        RandomDraws.sameBits("shuffle", a, b);
        Random r = random(9, Device.CPU);
        r.rand(5);
        r.reseed(9);
        RandomDraws.sameBits("after reseed", random(9).rand(3), r.rand(3));
    }

    @Test
    void parameterArraysAreReadWhereverTheyAre() {
        // on the CPU the host read is the array itself: the checks keep NumPy's messages
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> random(0, Device.CPU).gamma(dev.numj.NumJ.array(1.0, -1.0), dev.numj.NumJ.array(1.0)));
        assertEquals("shape < 0", e.getMessage());
        assertSame(Device.CPU, random(0, Device.CPU).poisson(dev.numj.NumJ.array(2.0, 3.0)).device());
    }

    @Test
    void aNullDeviceFails() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> random(1, null));
        assertEquals("random: the device is null", e.getMessage());
    }

    @Test
    void anUnavailableGpuFailsWithTheReason() {
        assumeFalse(Device.cuda(0).isAvailable(), "a GPU is present: CudaRandomDeviceTest covers it");
        DeviceUnavailableException e = assertThrows(DeviceUnavailableException.class, () -> random(1, Device.cuda(0)));
        assertEquals("cuda:0 is not available: " + Device.cuda(0).unavailableReason(), e.getMessage());
        assertThrows(DeviceUnavailableException.class, () -> random(1, Device.cuda(7)));
    }

    @Test
    void theDeviceShowsInToStringOnlyOffTheCpu() {
        assertEquals("Random(seed=4, offset=0)", random(4, Device.CPU).toString());
        assertEquals("Random(seed=4, offset=0, device=cuda:1)", new Random(4, Device.cuda(1)).toString());
        assertEquals(DType.FLOAT64, random(4, Device.CPU).rand(2).dtype());
    }
}
