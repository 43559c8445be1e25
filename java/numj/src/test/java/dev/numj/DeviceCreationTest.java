package dev.numj;

import org.junit.jupiter.api.Test;

import static dev.numj.NumJ.arange;
import static dev.numj.NumJ.arrayEquals;
import static dev.numj.NumJ.full;
import static dev.numj.NumJ.ones;
import static dev.numj.NumJ.zeros;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Creation with a device argument (PyTorch's {@code device=}): on the CPU exactly the device-less
 * functions; an unavailable device fails before anything is made. On a GPU, CudaKernelsDeviceTest
 * compares the same calls on cuda:0 with the CPU.
 */
class DeviceCreationTest {

    private static void same(NDArray expected, NDArray got) {
        assertEquals(Device.CPU, got.device());
        assertEquals(expected.dtype(), got.dtype());
        assertArrayEquals(expected.shape(), got.shape());
        assertTrue(arrayEquals(expected, got), () -> expected + " vs " + got);
    }

    @Test
    void onTheCpuTheyAreTheDevicelessFunctions() {
        for (DType dt : DType.values()) {
            same(zeros(dt, 2, 3), zeros(Device.CPU, dt, 2, 3));
            same(ones(dt, 4), ones(Device.CPU, dt, 4));
            same(zeros(dt), zeros(Device.CPU, dt));                 // 0-d
            same(zeros(dt, 0, 5), zeros(Device.CPU, dt, 0, 5));     // empty
        }
        same(full(DType.FLOAT32, new long[] {3}, 0.5), full(Device.CPU, DType.FLOAT32, new long[] {3}, 0.5));
        same(full(DType.INT64, new long[] {2, 2}, 7L), full(Device.CPU, DType.INT64, new long[] {2, 2}, 7L));
        same(arange(10), arange(Device.CPU, 10));
        same(arange(0.0, 1.0, 0.25), arange(Device.CPU, 0.0, 1.0, 0.25));
    }

    @Test
    void badArgumentsFailAsTheDevicelessFunctionsDo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> full(Device.CPU, DType.INT32, new long[] {2}, 1L << 40));
        assertEquals("Python integer 1099511627776 out of bounds for int32", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> zeros(Device.CPU, DType.FLOAT64, -1));
        assertThrows(ArithmeticException.class, () -> arange(Device.CPU, 0.0, 1.0, 0.0));
    }

    @Test
    void anUnavailableGpuFailsWithTheReason() {
        assumeFalse(Device.cuda(0).isAvailable(), "a GPU is present: CudaKernelsDeviceTest covers it");
        String why = Device.cuda(0).unavailableReason();
        for (org.junit.jupiter.api.function.Executable make : new org.junit.jupiter.api.function.Executable[] {
                () -> zeros(Device.cuda(0), DType.FLOAT32, 3), () -> ones(Device.cuda(0), DType.INT64, 3),
                () -> full(Device.cuda(0), DType.FLOAT64, new long[] {3}, 2.0), () -> arange(Device.cuda(0), 5),
                () -> arange(Device.cuda(0), 0.0, 1.0, 0.5)}) {
            DeviceUnavailableException e = assertThrows(DeviceUnavailableException.class, make);
            assertEquals("cuda:0 is not available: " + why, e.getMessage());
        }
    }
}
