package dev.numj.internal.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.NumJ;
import org.junit.jupiter.api.Test;

/**
 * Small calls go through the critical bindings (shape and strides passed as Java arrays), larger ones through
 * jextract's: both must give the same elements, with broadcast (zero) strides, views and parameters.
 */
class CriticalTest {
    private static final int N = (int) Critical.SMALL;

    @Test
    void theThresholdCountsElements() {
        assertTrue(Critical.small(new long[] {N}));
        assertTrue(Critical.small(new long[] {}));
        assertTrue(Critical.small(new long[] {0, Long.MAX_VALUE}));
        assertFalse(Critical.small(new long[] {N + 1}));
        assertFalse(Critical.small(new long[] {1L << 40, 1L << 40}), "an overflowing product is not small");
    }

    @Test
    void smallAndLargeCallsAgreeElementForElement() {
        // inside a scope nothing is deferred, so every op below reaches CpuBackend's kernels directly
        try (var scope = NumJ.scope()) {
            compareBindings();
        }
        NDArray i = NumJ.arange(2L * N).reshape(2, N), r = NumJ.arange((long) N);   // integers are never fused
        assertArrayEquals(i.mul(r).get("1").toLongArray(), i.get("1").mul(r).toLongArray());
    }

    private static void compareBindings() {
        // (2, N) is past the threshold; each row alone is at it: the same kernels, both bindings
        NDArray x = NumJ.arange(2.0 * N).reshape(2, N).sub(N).mul(0.001);
        NDArray row = NumJ.arange((double) N).mul(0.5);
        NDArray large = x.add(row), small0 = x.get("0").add(row), small1 = x.get("1").add(row);
        assertArrayEquals(large.get("0").toDoubleArray(), small0.toDoubleArray());
        assertArrayEquals(large.get("1").toDoubleArray(), small1.toDoubleArray());
        assertArrayEquals(x.tanh().get("1").toDoubleArray(), x.get("1").tanh().toDoubleArray());
        assertArrayEquals(x.round(2).get("0").toDoubleArray(), x.get("0").round(2).toDoubleArray(), "a parameter");
        assertArrayEquals(x.sum(1).toDoubleArray(), new double[] {x.get("0").sum().item(), x.get("1").sum().item()});
        NDArray t = x.T();   // strided views
        assertArrayEquals(t.astype(DType.FLOAT32).get("::2, 1").toDoubleArray(), x.get("1, ::2").astype(DType.FLOAT32).toDoubleArray());
    }
}
