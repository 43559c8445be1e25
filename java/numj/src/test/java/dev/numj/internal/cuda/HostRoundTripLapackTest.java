package dev.numj.internal.cuda;

import dev.numj.internal.backend.Operand;
import dev.numj.internal.cpu.CpuBackend;
import dev.numj.internal.runtime.Memory;
import dev.numj.internal.runtime.Storage;
import org.junit.jupiter.api.Test;

import java.lang.foreign.ValueLayout;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The CPU round trip that runs LAPACK for CUDA arrays: extents of the copied matrices, and host operands
 * passed through to the CPU's LAPACK unchanged (the device copies run on a GPU, in CudaKernelsDeviceTest).
 */
class HostRoundTripLapackTest {

    private static Operand doubles(double... v) {
        Storage s = Memory.allocate(8L * v.length);
        for (int i = 0; i < v.length; i++) s.segment().setAtIndex(ValueLayout.JAVA_DOUBLE, i, v[i]);
        return new Operand(s, 0, null);
    }

    @Test
    void aMatrixIsItsLeadingDimensionTimesItsColumns() {
        assertEquals(4 * 3 * 8, HostRoundTripLapack.matrixBytes(4, 3));
        assertEquals(0, HostRoundTripLapack.matrixBytes(4, 0));
        assertEquals(0, HostRoundTripLapack.matrixBytes(-1, 3));
    }

    @Test
    void hostOperandsPassThroughToTheCpu() {
        // [[3, 1], [1, 2]] x = [9, 8] in column-major: x = [2, 3]
        Operand a = doubles(3, 1, 1, 2), b = doubles(9, 8);
        int info = new HostRoundTripLapack(null, CpuBackend.INSTANCE.lapack())
                .run(lp -> lp.gesv(2, 1, a, 2, b, 2));
        assertEquals(0, info);
        assertEquals(2.0, b.storage().segment().getAtIndex(ValueLayout.JAVA_DOUBLE, 0), 1e-12);
        assertEquals(3.0, b.storage().segment().getAtIndex(ValueLayout.JAVA_DOUBLE, 1), 1e-12);
    }
}
