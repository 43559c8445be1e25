package dev.numj;

import org.junit.jupiter.api.Test;

import static dev.numj.NumJ.arange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The suite's device switch (-Dnumj.test.device). */
class TestDeviceTest {

    @Test
    void namesParseAsPyTorchWritesThem() {
        assertEquals(Device.CPU, TestDevice.parse("cpu"));
        assertEquals(Device.CPU, TestDevice.parse(" CPU "));
        assertEquals(Device.cuda(0), TestDevice.parse("cuda"));
        assertEquals(Device.cuda(2), TestDevice.parse("cuda:2"));
        for (String bad : new String[] {"gpu", "cuda:", "cuda:x", "cuda:-1", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestDevice.parse(bad));
            assertTrue(e.getMessage().contains("numj.test.device"), e.getMessage());
        }
    }

    @Test
    void theHelpersMoveToTheChosenDeviceAndBack() {
        NDArray a = arange(4);
        NDArray moved = TestDevice.onTestDevice(a);
        assertEquals(TestDevice.DEVICE, moved.device());
        assertEquals(Device.CPU, TestDevice.toHost(moved).device());
        if (TestDevice.DEVICE.isCpu()) assertSame(a, moved);
        assertTrue(NumJ.arrayEquals(a, TestDevice.toHost(moved)));
    }
}
