package dev.numj.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dev.numj.NDArray;
import dev.numj.NumJ;
import org.junit.jupiter.api.Test;

/** The warm-up thread's work: it may only link and load, never change what a program computes. */
class WarmupTest {

    @Test
    void everyClassItLoadsExists() {
        // a class renamed or moved without this list would silently lose its warm-up
        ClassLoader loader = Warmup.class.getClassLoader();
        assertDoesNotThrow(() -> Class.forName(Warmup.CRITICAL, false, loader), Warmup.CRITICAL);
        for (String name : Warmup.CLASSES)
            assertDoesNotThrow(() -> Class.forName(name, false, loader), name + " is in Warmup.CLASSES but does not exist");
    }

    @Test
    void callingEachKernelOnceTouchesNoMemoryAndLeavesResultsAlone() {
        NativeLoader.ensureLoaded();
        NDArray a = NumJ.arange(5.0);
        Warmup.callEachOnce();   // every call is refused by its kernel before any pointer is read
        Warmup.callEachOnce();
        NativeLoader.ensureBlas();
        Warmup.callGemmOnce();   // empty products: OpenBLAS returns before reading any pointer
        assertArrayEquals(new double[] {0, 2, 4, 6, 8}, a.add(a).toDoubleArray());
        assertArrayEquals(new double[] {10}, new double[] {a.sum().item()});
    }
}
