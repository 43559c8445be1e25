package dev.numj;

import dev.numj.random.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.numj.NumJ.allclose;
import static dev.numj.NumJ.arange;
import static dev.numj.NumJ.array;
import static dev.numj.NumJ.arrayEquals;
import static dev.numj.random.Random.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The CUDA kernels of native/cuda/scan.cu, mask.cu and sort.cu (cumsum, cumprod, boolean-mask and
 * integer-array indexing and assignment, sorts, unique), creation on the device, the LAPACK round trip and
 * the host reads of a GPU array ({@code item()}, printing), each compared
 * with the same operation on the CPU. Runs only where {@code Device.cuda(0).isAvailable()}; elsewhere
 * every test is skipped by its assumption (scripts/gpu-check runs it on the GPU machine).
 */
class CudaKernelsDeviceTest {
    static final Device GPU = Device.cuda(0);

    @BeforeAll
    static void needsAGpu() {
        assumeTrue(GPU.isAvailable(), () -> "no GPU: " + GPU.unavailableReason());
    }

    private static void same(NDArray expected, NDArray onGpu) {
        assertEquals(GPU, onGpu.device());
        NDArray got = onGpu.to(Device.CPU);
        assertEquals(expected.dtype(), got.dtype());
        assertEquals(java.util.Arrays.toString(expected.shape()), java.util.Arrays.toString(got.shape()));
        assertTrue(expected.dtype().isFloating() ? allclose(expected, got) || arrayEquals(expected, got, true)
                : arrayEquals(expected, got), () -> "expected " + expected + " got " + got);
    }

    @Test
    void cumsumAndCumprodMatchTheCpu() {
        Random r = random(5);
        NDArray a = r.normal(0, 1, 7, 300);          // rows longer than one 256-element tile
        NDArray g = a.to(GPU);
        for (int axis : new int[] {0, 1, -1}) {
            same(a.cumsum(axis), g.cumsum(axis));
            same(a.mul(0.1).add(1.0).cumprod(axis), g.mul(0.1).add(1.0).cumprod(axis));
        }
        same(a.cumsum(), g.cumsum());                // flattened
        same(a.T().cumsum(1), g.T().cumsum(1));      // a strided view
        NDArray f = a.astype(DType.FLOAT32);
        same(f.cumsum(1), f.to(GPU).cumsum(1));      // float32 stays float32
        NDArray ints = arange(1000).reshape(10, 100).astype(DType.INT32);
        same(ints.cumsum(1), ints.to(GPU).cumsum(1)); // int32 accumulates in int64
        same(arange(1, 21).cumprod(), arange(1, 21).to(GPU).cumprod());   // 20! fits int64
        same(a.gt(0.0).cumsum(1), g.gt(0.0).cumsum(1));                   // bool counts
        NDArray big = r.uniform(0, 1, 200_001);
        same(big.cumsum(), big.to(GPU).cumsum());    // one long row, many tiles
        same(arange(0.0).cumsum(), arange(0.0).to(GPU).cumsum());
    }

    @Test
    void booleanMaskIndexingMatchesTheCpu() {
        Random r = random(9);
        NDArray a = r.normal(0, 1, 50, 70);          // 3500 elements: two mask tiles of 2048
        NDArray m = a.gt(0.3);
        NDArray g = a.to(GPU), gm = m.to(GPU);
        same(a.get(m), g.get(gm));
        same(a.T().get(m.T()), g.T().get(gm.T()));   // strided array and mask
        same(a.get(NumJ.zeros(DType.BOOL, 50, 70)), g.get(NumJ.zeros(DType.BOOL, 50, 70).to(GPU)));
        NDArray c = a.copy(), gc = a.copy().to(GPU);
        c.set(m, -1.0);
        gc.set(gm, -1.0);                            // masked fill with a scalar
        same(c, gc);
        long count = m.sum().itemLong();
        NDArray values = arange((double) count);
        NDArray e = a.copy(), ge = a.copy().to(GPU);
        e.set(m, values);
        ge.set(gm, values.to(GPU));                  // expand
        same(e, ge);
    }

    @Test
    void integerArrayIndexingMatchesTheCpu() {
        Random r = random(13);
        NDArray a = r.normal(0, 1, 9, 11);
        NDArray g = a.to(GPU);
        NDArray idx = array(3L, -1L, 0L, 3L, 8L);
        NDArray gidx = idx.to(GPU);
        same(a.get(idx), g.get(gidx));                // rows: the one-index gather
        same(a.take(idx, 1), g.take(gidx, 1));        // columns
        same(a.T().get(idx), g.T().get(gidx));
        NDArray i32 = idx.astype(DType.INT32);
        same(a.get(i32), g.get(i32.to(GPU)));
        // repeated indices: the last value wins, as in NumPy
        NDArray s = a.copy(), gs = a.copy().to(GPU);
        NDArray rows = r.normal(0, 1, 5, 11);
        s.set(idx, rows);
        gs.set(gidx, rows.to(GPU));
        same(s, gs);
        IndexOutOfBoundsException cpu = assertThrows(IndexOutOfBoundsException.class, () -> a.get(array(2L, 40L)));
        IndexOutOfBoundsException gpu = assertThrows(IndexOutOfBoundsException.class, () -> g.get(array(2L, 40L).to(GPU)));
        assertEquals(cpu.getMessage(), gpu.getMessage());
    }

    @Test
    void sortArgsortAndTopkMatchTheCpu() {
        Random r = random(17);
        NDArray a = r.normal(0, 1, 6, 2048);          // the longest row one block sorts
        a.set("0, 5", Double.NaN);
        a.set("0, 9", -0.0);
        a.set("0, 10", 0.0);
        a.set("1, :100", 1.5);                        // ties keep their order
        NDArray g = a.to(GPU);
        for (int axis : new int[] {0, 1}) {
            same(a.sort(axis), g.sort(axis));
            same(a.argsort(axis), g.argsort(axis));
        }
        same(a.T().argsort(1), g.T().argsort(1));     // strided rows
        var t = a.topk(7, 1);
        var gt = g.topk(7, 1);
        same(t.values(), gt.values());
        same(t.indices(), gt.indices());
        for (DType dt : new DType[] {DType.BOOL, DType.INT32, DType.INT64, DType.FLOAT32}) {
            NDArray b = r.randint(-50, 50, 5, 300).astype(dt);
            same(b.sort(1), b.to(GPU).sort(1));
            same(b.argsort(1), b.to(GPU).argsort(1));
        }
    }

    @Test
    void uniqueMatchesTheCpu() {
        Random r = random(23);
        NDArray a = r.randint(0, 50, 40, 30).astype(DType.FLOAT64);   // 1200 elements: one device sort
        a.set("0, 0", Double.NaN);
        a.set("3, 7", Double.NaN);
        NDArray g = a.to(GPU);
        same(a.unique(), g.unique());
        UniqueCounts c = a.uniqueWithCounts(), gc = g.uniqueWithCounts();
        same(c.values(), gc.values());
        same(c.counts(), gc.counts());
        for (UniqueResult[] pair : new UniqueResult[][] {{NumJ.unique(a, true, true, true), NumJ.unique(g, true, true, true)},
                {NumJ.uniqueAll(a), NumJ.uniqueAll(g)}}) {               // equal_nan true and false
            same(pair[0].values(), pair[1].values());
            same(pair[0].indices(), pair[1].indices());
            same(pair[0].inverse(), pair[1].inverse());
            same(pair[0].counts(), pair[1].counts());
        }
        NDArray rows = r.randint(0, 3, 25, 2);                          // rows compared whole
        UniqueResult u = NumJ.unique(rows, true, true, true, 0), gu = NumJ.unique(rows.to(GPU), true, true, true, 0);
        same(u.values(), gu.values());
        same(u.inverse(), gu.inverse());
        same(u.counts(), gu.counts());
        same(arange(0.0).unique(), arange(0.0).to(GPU).unique());      // empty
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> r.rand(3000).to(GPU).unique());
        assertTrue(e.getMessage().startsWith("unique: ") && e.getMessage().contains("3000") && e.getMessage().contains("2048")
                && e.getMessage().contains("not yet on cuda"), e.getMessage());
    }

    @Test
    void creationOnTheDeviceMatchesTheCpu() {
        for (DType dt : DType.values()) {
            same(NumJ.zeros(dt, 3, 5), NumJ.zeros(GPU, dt, 3, 5));
            same(NumJ.ones(dt, 7), NumJ.ones(GPU, dt, 7));
        }
        same(NumJ.full(DType.FLOAT32, new long[] {4}, 0.5), NumJ.full(GPU, DType.FLOAT32, new long[] {4}, 0.5));
        same(NumJ.full(DType.INT32, new long[] {4}, -3L), NumJ.full(GPU, DType.INT32, new long[] {4}, -3L));
        same(arange(10), NumJ.arange(GPU, 10));
        same(arange(0.0, 1.0, 0.25), NumJ.arange(GPU, 0.0, 1.0, 0.25));
    }

    @Test
    void linearAlgebraRunsAsACpuRoundTrip() {
        Random r = random(21);
        NDArray a = r.normal(0, 1, 6, 6).add(NumJ.eye(6).mul(6.0)), b = r.normal(0, 1, 6, 2);
        NDArray x = dev.numj.linalg.Linalg.solve(a, b);
        NDArray gx = dev.numj.linalg.Linalg.solve(a.to(GPU), b.to(GPU));
        assertTrue(allclose(x, gx.to(Device.CPU)), () -> x + " vs " + gx);
        assertTrue(allclose(dev.numj.linalg.Linalg.inv(a), dev.numj.linalg.Linalg.inv(a.to(GPU)).to(Device.CPU)));
    }

    @Test
    void itemAndPrintingReadTheDeviceWithoutAnExplicitMove() {
        NDArray a = arange(12.0).reshape(3, 4);
        NDArray g = a.to(GPU);
        assertEquals(a.sum().item(), g.sum().item());
        assertEquals(66L, g.sum().itemLong());
        assertEquals(a.getDouble(2, 3), g.getDouble(2, 3));
        assertEquals(a.toString(), g.toString());
        assertEquals(a.repr(), g.repr());
    }
}
