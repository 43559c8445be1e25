package dev.numj.internal.cuda;

import dev.numj.DType;
import dev.numj.internal.cuda.KernelArgs.Iter;
import dev.numj.internal.ffi.numj.NumjCpu;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planning of the CUDA scan and indexing launches (rows, tiles, iteration spaces), without a GPU. */
class CudaIndexingTest {

    @Test
    void scansHaveLoopsForTheDtypesTheCpuScans() {
        for (int op : new int[] {NumjCpu.NUMJ_RSUM(), NumjCpu.NUMJ_RPROD()}) {
            for (DType dt : new DType[] {DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64})
                assertTrue(CudaIndexing.scanSupported(op, dt), op + " " + dt);
            assertFalse(CudaIndexing.scanSupported(op, DType.BOOL));
        }
        assertFalse(CudaIndexing.scanSupported(NumjCpu.NUMJ_RMAX(), DType.FLOAT64));
    }

    @Test
    void aScanRunsOverTheOtherAxes() {
        assertArrayEquals(new long[] {4, 1, 6}, CudaIndexing.scanRows(new long[] {4, 5, 6}, 1));
        assertArrayEquals(new long[] {1}, CudaIndexing.scanRows(new long[] {7}, 0));
        // the rows of a (4, 5, 6) C-contiguous float64 scan along axis 1: 24 rows, strides of axes 0 and 2
        long[] st = {240, 48, 8};
        Iter rows = Iter.of(CudaIndexing.scanRows(new long[] {4, 5, 6}, 1), st, st);
        assertEquals(24, rows.n());
        assertArrayEquals(new long[] {4, 6}, rows.shape());
        assertArrayEquals(new long[] {240, 8}, rows.strides()[0]);
        // a 1-D scan is one row
        assertEquals(1, Iter.of(CudaIndexing.scanRows(new long[] {1000}, 0), new long[] {8}, new long[] {8}).n());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CudaIndexing.scanRows(new long[] {3}, 1));
        assertTrue(e.getMessage().contains("axis 1") && e.getMessage().contains("[3]"), e.getMessage());
    }

    @Test
    void masksAreWalkedInTilesOf2048() {
        assertEquals(2048, CudaIndexing.MASK_TILE);
        assertEquals(0, CudaIndexing.tiles(0));
        assertEquals(1, CudaIndexing.tiles(1));
        assertEquals(1, CudaIndexing.tiles(2048));
        assertEquals(2, CudaIndexing.tiles(2049));
        assertEquals(48829, CudaIndexing.tiles(100_000_000));
        assertEquals(1, CudaIndexing.grid(0));
        assertEquals(7, CudaIndexing.grid(7));
        assertEquals(CudaIndexing.MAX_GRID, CudaIndexing.grid(1L << 40));
    }

    @Test
    void aSortTakesRowsThatFitOneBlock() {
        assertEquals(2048, CudaIndexing.SORT_TILE);
        assertTrue(CudaIndexing.sortFits(0));
        assertTrue(CudaIndexing.sortFits(2048));
        assertFalse(CudaIndexing.sortFits(2049));
        // the rows of an argsort along axis 0 of (5, 3): 3 rows; values not wanted (null strides: broadcast)
        Iter rows = Iter.of(CudaIndexing.scanRows(new long[] {5, 3}, 0), new long[] {24, 8}, null, new long[] {24, 8});
        assertEquals(3, rows.n());
        assertArrayEquals(new long[] {8}, rows.strides()[0]);
        assertArrayEquals(new long[] {0}, rows.strides()[1]);
    }

    @Test
    void takeKeepsTheIndexedAxisAndDropsItsStride() {
        // gather along axis 1 of (3, 4, 5): nothing merged, indexed's axis-1 stride replaced by the table
        Iter it = CudaIndexing.takeIter(new long[] {3, 4, 5}, 1, new long[] {400, 40, 8}, new long[] {160, 40, 8});
        assertEquals(3, it.ndim());
        assertEquals(60, it.n());
        assertArrayEquals(new long[] {3, 4, 5}, it.shape());
        assertArrayEquals(new long[] {400, 0, 8}, it.strides()[0]);
        assertArrayEquals(new long[] {160, 40, 8}, it.strides()[1]);
        // length-1 axes stay too (the kernel finds the axis by its number)
        Iter one = CudaIndexing.takeIter(new long[] {1, 2, 1}, 2, new long[] {16, 8, 8}, new long[] {16, 8, 8});
        assertArrayEquals(new long[] {1, 2, 1}, one.shape());
        assertThrows(IllegalArgumentException.class, () -> CudaIndexing.takeIter(new long[] {2}, 1, new long[] {8}, new long[] {8}));
        assertThrows(IllegalArgumentException.class, () -> CudaIndexing.takeIter(new long[33], 0, new long[33], new long[33]));
    }

    @Test
    void theFirstBadIndexIsFoundByItsCOrderPosition() {
        // a transposed (3, 4) int64 index array: C-order position 5 is row 1, column 1
        Iter it = Iter.of(new long[] {3, 4}, new long[] {8, 24}, new long[] {32, 8});
        assertEquals(1 * 8 + 1 * 24, CudaIndexing.offsetAt(it, 0, 5));
        assertEquals(1 * 32 + 1 * 8, CudaIndexing.offsetAt(it, 1, 5));
        // collapsed to one axis (both contiguous): position times the stride
        Iter flat = Iter.of(new long[] {3, 4}, new long[] {32, 8}, new long[] {32, 8});
        assertEquals(1, flat.ndim());
        assertEquals(11 * 8, CudaIndexing.offsetAt(flat, 0, 11));
        // one element: no axis left
        assertEquals(0, CudaIndexing.offsetAt(Iter.of(new long[] {1}, new long[] {8}), 0, 0));
    }
}
