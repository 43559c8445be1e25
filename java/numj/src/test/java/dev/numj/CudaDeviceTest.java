package dev.numj;

import dev.numj.internal.ffi.numj.NumjCpu;
import static dev.numj.internal.ArrayAccess.storageOf;
import dev.numj.internal.cpu.CpuBackend;
import dev.numj.internal.cuda.CudaBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.foreign.ValueLayout;

import static dev.numj.NumJ.allclose;
import static dev.numj.NumJ.arange;
import static dev.numj.NumJ.arrayEquals;
import static dev.numj.random.Random.random;
import static dev.numj.NumJ.where;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import dev.numj.internal.backend.Operand;
import dev.numj.random.Random;

/**
 * NumJ on a real GPU: every result is compared with the same operation on the CPU. Runs
 * only where {@code Device.cuda(0).isAvailable()} (a GPU machine, e.g. through scripts/gpu-run);
 * elsewhere each test is skipped by its assumption, never passed empty.
 */
class CudaDeviceTest {
    static final Device GPU = Device.cuda(0);

    @BeforeAll
    static void needsAGpu() {
        assumeTrue(GPU.isAvailable(), () -> "no GPU: " + GPU.unavailableReason());
    }

    private static NDArray cpu(NDArray a) {
        NDArray c = a.to(Device.CPU);
        assertEquals(Device.CPU, c.device());
        return c;
    }

    private static void same(NDArray expected, NDArray onGpu) {
        assertEquals(GPU, onGpu.device());
        NDArray got = cpu(onGpu);
        assertEquals(expected.dtype(), got.dtype());
        assertEquals(java.util.Arrays.toString(expected.shape()), java.util.Arrays.toString(got.shape()));
        assertTrue(expected.dtype().isFloating() ? allclose(expected, got) || arrayEquals(expected, got, true)
                : arrayEquals(expected, got), () -> "expected " + expected + " got " + got);
    }

    @Test
    void theDeviceHasANameAndRoundTripsEveryDtype() {
        assertTrue(Device.cudaDeviceCount() >= 1);
        assertTrue(!GPU.name().isBlank());
        for (DType dt : DType.values()) {
            NDArray a = arange(24).reshape(2, 3, 4).astype(dt);
            NDArray g = a.to(GPU);
            assertSame(g, g.to(GPU));
            assertTrue(arrayEquals(a, cpu(g)), dt.toString());
            assertTrue(arrayEquals(a.T(), cpu(a.T().to(GPU))), dt + " transposed view");    // a strided view moves
            assertTrue(arrayEquals(a.T(), cpu(g.T())), dt + " transposed on the device");
        }
        assertEquals(0, cpu(arange(0).to(GPU)).size());
    }

    @Test
    void elementwiseMatchesTheCpu() {
        Random r = random(7);
        NDArray a = r.normal(0, 1, 33, 17), b = r.normal(0, 1, 17);
        NDArray ga = a.to(GPU), gb = b.to(GPU);
        same(a.add(b), ga.add(gb));          // broadcast
        same(a.mul(2.5), ga.mul(2.5));       // scalar by value
        same(a.T().sub(1.0), ga.T().sub(1.0));
        same(a.div(b), ga.div(gb));
        same(a.maximum(b), ga.maximum(gb));
        same(a.gt(b), ga.gt(gb));
        same(a.exp(), ga.exp());
        same(a.sigmoid(), ga.sigmoid());
        same(a.abs().sqrt(), ga.abs().sqrt());
        same(a.astype(DType.FLOAT32).tanh(), ga.astype(DType.FLOAT32).tanh());
        same(a.astype(DType.INT64), ga.astype(DType.INT64));
        same(where(a.gt(0.0), a, b), where(ga.gt(0.0), ga, gb));
        same(where(a.gt(0.0), a, 0.0), where(ga.gt(0.0), ga, 0.0));
        NDArray i = arange(-10, 10), gi = i.to(GPU);
        same(i.floorDiv(3L), gi.floorDiv(3L));
        same(i.mod(-3L), gi.mod(-3L));
        NDArray inPlace = a.copy().to(GPU);
        inPlace.addi(gb);
        same(a.add(b), inPlace);
    }

    @Test
    void reductionsMatchTheCpu() {
        Random r = random(11);
        NDArray a = r.normal(0, 1, 64, 300);
        NDArray g = a.to(GPU);
        same(a.sum(), g.sum());
        same(a.sum(0), g.sum(0));
        same(a.sum(1), g.sum(1));
        same(a.mean(1), g.mean(1));
        same(a.max(0), g.max(0));
        same(a.min(), g.min());
        same(a.argmax(1), g.argmax(1));
        same(a.argmin(), g.argmin());
        NDArray ints = arange(1000).reshape(10, 100);
        same(ints.sum(1), ints.to(GPU).sum(1));
    }

    @Test
    void matmulMatchesTheCpu() {
        Random r = random(3);
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            NDArray a = r.normal(0, 1, 65, 33).astype(dt), b = r.normal(0, 1, 33, 17).astype(dt);
            NDArray expected = a.matmul(b);
            NDArray got = cpu(a.to(GPU).matmul(b.to(GPU)));
            assertTrue(allclose(expected, got) || dt == DType.FLOAT32 && allclose(expected.astype(DType.FLOAT64),
                    got.astype(DType.FLOAT64)), dt.toString());
            same(a.T().matmul(a), a.to(GPU).T().matmul(a.to(GPU)));   // a transposed operand, no copy
            NDArray batch = r.normal(0, 1, 4, 5, 6).astype(dt);
            same(batch.matmul(batch.transpose(0, 2, 1)), batch.to(GPU).matmul(batch.to(GPU).transpose(0, 2, 1)));
        }
    }

    @Test
    void aSeedGivesTheSameNumbersOnBothDevices() {
        int[][] kinds = {   // kind, dtype code
                {NumjCpu.NUMJ_RANDOM_UNIFORM01(), 3}, {NumjCpu.NUMJ_RANDOM_UNIFORM01(), 4},
                {NumjCpu.NUMJ_RANDOM_NORMAL(), 3}, {NumjCpu.NUMJ_RANDOM_NORMAL(), 4},
                {NumjCpu.NUMJ_RANDOM_UNIFORM(), 3}, {NumjCpu.NUMJ_RANDOM_UNIFORM(), 4}, {NumjCpu.NUMJ_RANDOM_EXPONENTIAL(), 4},
                {NumjCpu.NUMJ_RANDOM_RANDINT(), 1}, {NumjCpu.NUMJ_RANDOM_RANDINT(), 2}, {NumjCpu.NUMJ_RANDOM_BITS(), 1}, {NumjCpu.NUMJ_RANDOM_BITS(), 2}};
        for (int[] k : kinds) {
            DType dt = DType.values()[k[1]];
            for (long offset : new long[] {0, 4 * 12345L, 6}) {   // 6: a unit straddling two Philox blocks
                for (long[] ip : new long[][] {{-3, 1000}, {Long.MIN_VALUE / 2, Long.MAX_VALUE / 2}}) {
                    if (k[0] != NumjCpu.NUMJ_RANDOM_RANDINT() && ip[0] != -3) continue;
                    long n = 1001;   // odd: the last normal pair drops its sine
                    double[] params = {0.5, 2.0};
                    NDArray c = NDArray.allocate(dt, new long[] {n}), g = NDArray.allocate(GPU, dt, new long[] {n});
                    CpuBackend.INSTANCE.randomFill(k[0], dt, 42, offset, n, c.operand(), params, ip);
                    CudaBackend.of(GPU).randomFill(k[0], dt, 42, offset, n, g.operand(), params, ip);
                    NDArray back = cpu(g);
                    byte[] want = storageOf(c).segment().asSlice(0, c.nbytes()).toArray(ValueLayout.JAVA_BYTE);
                    byte[] got = storageOf(back).segment().asSlice(0, back.nbytes()).toArray(ValueLayout.JAVA_BYTE);
                    assertArrayEquals(want, got, "kind " + k[0] + " " + dt + " offset " + offset + " " + ip[1]);
                }
            }
        }
    }

    @Test
    void theSamplersGiveTheSameNumbersOnBothDevices() {
        // kind, dtype code, parameters (binomial's n first, as the int64 one)
        Object[][] kinds = {
                {NumjCpu.NUMJ_RANDOM_GAMMA(), 4, new double[] {0.3, 2.0}}, {NumjCpu.NUMJ_RANDOM_GAMMA(), 3, new double[] {7.5, 1.0}},
                {NumjCpu.NUMJ_RANDOM_BETA(), 4, new double[] {0.5, 0.5}}, {NumjCpu.NUMJ_RANDOM_BETA(), 4, new double[] {2, 3}},
                {NumjCpu.NUMJ_RANDOM_STANDARD_T(), 4, new double[] {3}}, {NumjCpu.NUMJ_RANDOM_CHISQUARE(), 4, new double[] {5}},
                {NumjCpu.NUMJ_RANDOM_LOGNORMAL(), 4, new double[] {1, 0.5}}, {NumjCpu.NUMJ_RANDOM_LAPLACE(), 4, new double[] {0, 2}},
                {NumjCpu.NUMJ_RANDOM_LOGISTIC(), 4, new double[] {0, 2}},
                {NumjCpu.NUMJ_RANDOM_TRUNCATED_NORMAL(), 4, new double[] {0, 1, -2, 2}},
                {NumjCpu.NUMJ_RANDOM_TRUNCATED_NORMAL(), 4, new double[] {0, 1, 4, 40}},
                {NumjCpu.NUMJ_RANDOM_BINOMIAL(), 2, new double[] {0.3}}, {NumjCpu.NUMJ_RANDOM_POISSON(), 2, new double[] {3.5}},
                {NumjCpu.NUMJ_RANDOM_POISSON(), 2, new double[] {250}}, {NumjCpu.NUMJ_RANDOM_GEOMETRIC(), 2, new double[] {0.05}}};
        for (Object[] k : kinds) {
            int kind = (Integer) k[0];
            DType dt = DType.values()[(Integer) k[1]];
            double[] prm = (double[]) k[2];
            for (long nTrials : new long[] {20, 5000}) {
                if (kind != NumjCpu.NUMJ_RANDOM_BINOMIAL() && nTrials != 20) continue;
                long n = 1001;
                NDArray c = NDArray.allocate(dt, new long[] {n}), g = NDArray.allocate(GPU, dt, new long[] {n});
                NDArray[] hp = new NDArray[prm.length], dp = new NDArray[prm.length];
                Operand[] ch = new Operand[prm.length], gh = new Operand[prm.length];
                for (int q = 0; q < prm.length; q++) {
                    hp[q] = NumJ.full(new int[] {1}, prm[q]);
                    dp[q] = hp[q].to(GPU);
                    ch[q] = new Operand(storageOf(hp[q]), 0, new long[] {0});
                    gh[q] = new Operand(storageOf(dp[q]), 0, new long[] {0});
                }
                NDArray hn = NumJ.full(new int[] {1}, nTrials), dn = hn.to(GPU);
                boolean binomial = kind == NumjCpu.NUMJ_RANDOM_BINOMIAL();
                CpuBackend.INSTANCE.randomSample(kind, dt, 42, 4 * 77, n, c.operand(), ch,
                        binomial ? new Operand(storageOf(hn), 0, new long[] {0}) : null);
                CudaBackend.of(GPU).randomSample(kind, dt, 42, 4 * 77, n, g.operand(), gh,
                        binomial ? new Operand(storageOf(dn), 0, new long[] {0}) : null);
                NDArray back = cpu(g);
                byte[] want = storageOf(c).segment().asSlice(0, c.nbytes()).toArray(ValueLayout.JAVA_BYTE);
                byte[] got = storageOf(back).segment().asSlice(0, back.nbytes()).toArray(ValueLayout.JAVA_BYTE);
                assertArrayEquals(want, got, "kind " + kind + " " + dt + " " + java.util.Arrays.toString(prm));
            }
        }
    }

    @Test
    void mixingDevicesFailsClearlyAndScalarsMayJoin() {
        NDArray g = arange(3.0).to(GPU), c = arange(3.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.add(c));
        assertTrue(e.getMessage().startsWith("add: operands are on different devices, cuda:0 and cpu"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> c.matmul(g));
        assertTrue(e.getMessage().contains("matmul") && e.getMessage().contains("cpu and cuda:0"), e.getMessage());
        same(arange(3.0).add(NumJ.full(new int[0], 2.0)), g.add(NumJ.full(new int[0], 2.0)));   // a 0-d CPU array joins
    }

    @Test
    void theHostCannotReadDeviceMemoryDirectly() {
        NDArray g = arange(3).to(GPU);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> storageOf(g).segment());
        assertTrue(e.getMessage().contains("cuda:0") && e.getMessage().contains("to(Device.CPU)"), e.getMessage());
    }

    @Test
    void operationsWithoutCudaKernelsSayItInsteadOfAnsweringWrongly() {
        NDArray g = arange(3000.0).to(GPU);   // sorting on cuda takes rows of at most 2048 so far
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> g.sort(0));
        assertTrue(e.getMessage().contains("not yet on cuda") && e.getMessage().contains("3000"), e.getMessage());
    }

    @Test
    void outOfMemoryIsAClearExceptionAndTheDeviceKeepsWorking() {
        NDArray big = NumJ.zeros(1);
        long huge = 1L << 46;   // 64 TiB: more than any GPU has
        DeviceOutOfMemoryException e = assertThrows(DeviceOutOfMemoryException.class,
                () -> NDArray.allocate(GPU, DType.FLOAT32, new long[] {huge / 4}));
        assertTrue(e.getMessage().startsWith("cuda:0 is out of memory: tried to allocate"), e.getMessage());
        assertEquals(huge, e.requestedBytes());
        same(big.add(1.0), big.to(GPU).add(1.0));   // still works
        assertTrue(CudaBackend.of(GPU).context().memoryStats().oomRetries() >= 1);
    }
}
