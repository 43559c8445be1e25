package dev.numj.internal.cuda;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CUDA detection without a GPU: a missing driver is reported, never loaded. */
class CudaProbeTest {

    @Test
    void aMissingDriverIsNamedAndNotLoaded() {
        CudaProbe p = CudaProbe.probe("libnumj-test-no-such-driver.so.1", "on");
        assertEquals(0, p.deviceCount());
        assertTrue(p.failure().startsWith("libnumj-test-no-such-driver.so.1 not found: no NVIDIA driver"), p.failure());
        assertTrue(p.failure().contains("LD_LIBRARY_PATH"), p.failure());
    }

    @Test
    void theSwitchHidesEveryGpu() {
        for (String off : new String[] {"off", "OFF", "false"}) {
            CudaProbe p = CudaProbe.probe(CudaProbe.DRIVER, off);
            assertEquals(0, p.deviceCount());
            assertEquals("CUDA is switched off with -Dnumj.cuda=" + off, p.failure());
        }
    }

    @Test
    void aLibraryThatIsNotTheDriverIsNotStarted() {
        // libc is always there; the probe must not call cuInit through it
        CudaProbe p = CudaProbe.probe("libc.so.6", "on");
        assertEquals(0, p.deviceCount());
        assertTrue(p.failure().contains("not the CUDA driver"), p.failure());
    }

    @Test
    void theJvmProbeIsCachedAndConsistent() {
        CudaProbe p = CudaProbe.get();
        assertTrue(p == CudaProbe.get());
        assertTrue(p.deviceCount() >= 0);
        assertEquals(p.deviceCount() == 0, p.failure() != null);   // no GPU always comes with a reason
        assertThrows(IllegalArgumentException.class, () -> p.deviceName(p.deviceCount()));
    }
}
