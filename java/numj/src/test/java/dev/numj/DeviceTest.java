package dev.numj;

import org.junit.jupiter.api.Test;

import static dev.numj.NumJ.arange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import dev.numj.internal.Devices;

/** The public device API and layer 2's device rule; the GPU paths are in CudaDeviceTest. */
class DeviceTest {

    @Test
    void namesPrintAsPyTorchDoes() {
        assertEquals("cpu", Device.CPU.toString());
        assertEquals("cuda:0", Device.cuda(0).toString());
        assertEquals("cuda:3", Device.cuda(3).toString());
        assertEquals("cuda:40", Device.cuda(40).toString());   // past the cached instances
        assertEquals("cpu", Device.CPU.name());
    }

    @Test
    void equalityIsByKindAndOrdinal() {
        assertEquals(Device.cuda(0), Device.cuda(0));
        assertEquals(Device.cuda(40), Device.cuda(40));
        assertEquals(Device.cuda(40).hashCode(), Device.cuda(40).hashCode());
        assertNotEquals(Device.cuda(0), Device.cuda(1));
        assertNotEquals(Device.CPU, Device.cuda(0));
        assertNotEquals(Device.CPU, null);
        assertTrue(Device.CPU.isCpu() && !Device.CPU.isCuda() && Device.CPU.index() == -1);
        assertTrue(Device.cuda(2).isCuda() && !Device.cuda(2).isCpu() && Device.cuda(2).index() == 2);
    }

    @Test
    void negativeOrdinalIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Device.cuda(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void cpuIsAlwaysAvailable() {
        assertTrue(Device.CPU.isAvailable());
        assertNull(Device.CPU.unavailableReason());
        assertSame(Device.CPU, Device.CPU.requireAvailable());
        Device.CPU.synchronize();   // nothing to wait for
    }

    @Test
    void everyArrayStartsOnTheCpuAndToCpuIsTheSameArray() {
        NDArray a = arange(6).reshape(2, 3);
        assertEquals(Device.CPU, a.device());
        assertEquals(Device.CPU, a.T().device());          // views too
        assertSame(a, a.to(Device.CPU));                    // torch: t.to("cpu") is t
        assertThrows(NullPointerException.class, () -> a.to(null));
    }

    @Test
    void anOrdinalPastTheDeviceCountIsUnavailableWithTheReason() {
        int count = Device.cudaDeviceCount();
        Device past = Device.cuda(count + 7);
        assertFalse(past.isAvailable());
        String why = past.unavailableReason();
        assertTrue(why != null && !why.isEmpty());
        DeviceUnavailableException e = assertThrows(DeviceUnavailableException.class, () -> arange(3).to(past));
        assertTrue(e.getMessage().startsWith("cuda:" + (count + 7) + " is not available: "), e.getMessage());
        assertEquals(past, e.device());
        assertThrows(DeviceUnavailableException.class, past::name);
        assertThrows(DeviceUnavailableException.class, past::synchronize);
    }

    @Test
    void withoutAGpuCudaIsUnavailableAndSaysWhy() {
        assumeFalse(Device.cuda(0).isAvailable(), "a GPU is present: CudaDeviceTest covers it");
        assertEquals(0, Device.cudaDeviceCount());
        String why = Device.cuda(0).unavailableReason();
        // libcuda.so.1 missing, cuInit's error name, no device, or switched off: always a named cause
        assertTrue(why.contains("libcuda.so.1") || why.contains("CUDA_ERROR") || why.contains("no CUDA device")
                || why.contains("numj.cuda"), why);
        NDArray a = arange(4);
        DeviceUnavailableException e = assertThrows(DeviceUnavailableException.class, () -> a.to(Device.cuda(0)));
        assertEquals("cuda:0 is not available: " + why, e.getMessage());
        assertEquals(Device.CPU, a.device());   // nothing moved
    }

    @Test
    void mixingDevicesNamesTheOperationAndBothDevices() {
        String m = Devices.mismatch("matmul", Device.CPU, Device.cuda(0));
        assertTrue(m.startsWith("matmul: operands are on different devices, cpu and cuda:0"), m);
        assertTrue(m.contains("to(device)"), m);
        assertNull(Devices.mismatch("add", Device.cuda(1), Device.cuda(1)));
        assertNull(Devices.mismatch("add", null, Device.cuda(1)));
        assertTrue(Devices.mismatch("add", Device.cuda(0), Device.cuda(1)).contains("cuda:0 and cuda:1"));
    }

    @Test
    void operandsOnTheCpuRunOnTheCpu() {
        NDArray a = arange(3), b = arange(3), s = NumJ.full(new int[0], 2.0);
        assertEquals(Device.CPU, Devices.common("add", a, b, null, s));
        assertEquals(Device.CPU, Devices.common("add", s));
        assertEquals(Device.CPU, Devices.output("assignment", a, s, b));
        assertEquals(Device.CPU, a.add(b).device());
        assertEquals(Device.CPU, a.sum().device());
        assertEquals(Device.CPU, a.reshape(3, 1).matmul(a.reshape(1, 3).astype(DType.FLOAT64)).device());
    }
}
