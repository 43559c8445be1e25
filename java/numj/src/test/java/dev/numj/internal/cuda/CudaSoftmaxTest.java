package dev.numj.internal.cuda;

import dev.numj.DType;
import dev.numj.internal.cuda.KernelArgs.Iter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planning of native/cuda/softmax.cu's launches (which dtypes, which rows), without a GPU. */
class CudaSoftmaxTest {

    @Test
    void theFusedKernelsTakeTheFloatDtypes() {
        assertTrue(CudaSoftmax.supported(DType.FLOAT32));
        assertTrue(CudaSoftmax.supported(DType.FLOAT64));
        for (DType dt : new DType[] {DType.BOOL, DType.INT32, DType.INT64}) assertFalse(CudaSoftmax.supported(dt), dt.toString());
    }

    @Test
    void aRowIsEveryAxisButTheSoftmaxOne() {
        // (8, 16) float32 along axis 1: 8 rows 64 bytes apart, for the input and the output
        Iter rows = CudaSoftmax.rows(new long[] {8, 16}, 1, new long[] {64, 4}, new long[] {64, 4});
        assertEquals(8, rows.n());
        assertArrayEquals(new long[] {8}, rows.shape());
        assertArrayEquals(new long[] {64}, rows.strides()[0]);
        // along axis 0 of the same array: 16 rows, 4 bytes apart (the kernel walks the axis 64 bytes at a time)
        rows = CudaSoftmax.rows(new long[] {8, 16}, 0, new long[] {64, 4}, new long[] {64, 4});
        assertEquals(16, rows.n());
        assertArrayEquals(new long[] {4}, rows.strides()[1]);
        // a transposed input into a C-contiguous output: the rows keep each operand's own strides
        rows = CudaSoftmax.rows(new long[] {3, 5, 7}, 2, new long[] {8, 24, 120}, new long[] {280, 56, 8});
        assertEquals(15, rows.n());
        assertArrayEquals(new long[] {8, 24}, rows.strides()[0]);
        assertArrayEquals(new long[] {280, 56}, rows.strides()[1]);
        // a 1-D softmax is one row
        assertEquals(1, CudaSoftmax.rows(new long[] {10}, 0, new long[] {8}, new long[] {8}).n());
    }

    @Test
    void anEmptyOrMissingAxisIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CudaSoftmax.rows(new long[] {4, 0}, 1, new long[] {0, 8}, new long[] {0, 8}));
        assertTrue(e.getMessage().contains("axis 1") && e.getMessage().contains("[4, 0]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CudaSoftmax.rows(new long[] {4}, 1, new long[] {8}, new long[] {8}));
    }
}
