package dev.numj.internal.linalg;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When a matmul stack is one strided-batched gemm: every matrix at t times one byte stride. */
class MatmulStackStrideTest {

    @Test
    void aContiguousStackHasOneStride() {
        assertEquals(240, Matmul.uniformStride(new long[] {4}, new long[] {240}));
        assertEquals(240, Matmul.uniformStride(new long[] {2, 3}, new long[] {720, 240}));
        assertEquals(240, Matmul.uniformStride(new long[] {2, 1, 3}, new long[] {720, 999, 240}));   // extent-1 axes do not count
    }

    @Test
    void aBroadcastOperandHasStrideZero() {
        assertEquals(0, Matmul.uniformStride(new long[] {2, 3}, new long[] {0, 0}));
        assertEquals(0, Matmul.uniformStride(new long[0], new long[0]));
    }

    @Test
    void mixedOrGappedStridesHaveNone() {
        assertEquals(Long.MIN_VALUE, Matmul.uniformStride(new long[] {2, 3}, new long[] {0, 240}));    // broadcast over one axis only
        assertEquals(Long.MIN_VALUE, Matmul.uniformStride(new long[] {2, 3}, new long[] {1000, 240})); // a gap between rows of the stack
        assertEquals(Long.MIN_VALUE, Matmul.uniformStride(new long[] {2, 3}, new long[] {240, 720}));  // a transposed stack
    }
}
