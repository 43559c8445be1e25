package dev.numj.internal.cuda;

import dev.numj.internal.cuda.KernelArgs.Iter;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Kernel argument blocks and iteration spaces in native/cuda/strided.cuh's layout (no GPU needed). */
class KernelArgsTest {

    @Test
    void aContiguousArrayCollapsesToOneAxis() {
        Iter it = Iter.of(new long[] {2, 3, 4}, new long[] {96, 32, 8}, new long[] {48, 16, 4});
        assertEquals(1, it.ndim());
        assertEquals(24, it.n());
        assertArrayEquals(new long[] {24}, it.shape());
        assertArrayEquals(new long[] {8}, it.strides()[0]);
        assertArrayEquals(new long[] {4}, it.strides()[1]);
    }

    @Test
    void broadcastAndTransposedAxesStaySeparate() {
        // a (2,3) float64 plus a broadcast row (stride 0 on axis 0) into a C-contiguous out
        Iter it = Iter.of(new long[] {2, 3}, new long[] {24, 8}, new long[] {0, 8}, new long[] {24, 8});
        assertEquals(2, it.ndim());
        assertArrayEquals(new long[] {2, 3}, it.shape());
        assertArrayEquals(new long[] {0, 8}, it.strides()[1]);
        // a transposed view
        Iter t = Iter.of(new long[] {3, 2}, new long[] {8, 24}, new long[] {16, 8});
        assertEquals(2, t.ndim());
    }

    @Test
    void lengthOneAxesAndScalarsDropOut() {
        Iter it = Iter.of(new long[] {1, 5, 1}, new long[] {999, 8, 777}, null);
        assertEquals(1, it.ndim());
        assertArrayEquals(new long[] {5}, it.shape());
        assertArrayEquals(new long[] {8}, it.strides()[0]);
        assertArrayEquals(new long[] {0}, it.strides()[1]);   // a missing stride array is a broadcast
        Iter s = Iter.of(new long[0], new long[0]);
        assertEquals(0, s.ndim());
        assertEquals(1, s.n());
        assertEquals(0, Iter.of(new long[] {4, 0}, new long[] {0, 8}).n());
    }

    @Test
    void theBlockHoldsArgumentsAlignedWithAPointerToEach() {
        Iter it = Iter.of(new long[] {2, 3}, new long[] {24, 8}, new long[] {0, 8}, new long[] {24, 8});
        KernelArgs a = KernelArgs.start().i32(7).i32(4).iter(it).ptr(0x1000).i64(-1).f64(0.5);
        MemorySegment p = a.pointers();
        MemorySegment arg0 = p.getAtIndex(ValueLayout.ADDRESS, 0).reinterpret(4);
        assertEquals(7, arg0.get(ValueLayout.JAVA_INT, 0));
        MemorySegment iter = p.getAtIndex(ValueLayout.ADDRESS, 2).reinterpret(1040);
        assertEquals(0, iter.address() % 8);
        assertEquals(2, iter.get(ValueLayout.JAVA_INT, 0));
        assertEquals(6, iter.get(ValueLayout.JAVA_LONG, 8));
        assertEquals(3, iter.get(ValueLayout.JAVA_LONG, 16 + 8));                 // shape[1]
        assertEquals(0, iter.get(ValueLayout.JAVA_LONG, 16 + 8 * 32 * 2));        // strides[1][0]
        assertEquals(24, iter.get(ValueLayout.JAVA_LONG, 16 + 8 * 32 * 3));       // strides[2][0]
        assertEquals(0x1000, p.getAtIndex(ValueLayout.ADDRESS, 3).reinterpret(8).get(ValueLayout.JAVA_LONG, 0));
        assertEquals(0.5, p.getAtIndex(ValueLayout.ADDRESS, 5).reinterpret(8).get(ValueLayout.JAVA_DOUBLE, 0));
        // a new launch starts over
        MemorySegment again = KernelArgs.start().i32(9).pointers();
        assertEquals(arg0.address(), again.getAtIndex(ValueLayout.ADDRESS, 0).address());
    }
}
