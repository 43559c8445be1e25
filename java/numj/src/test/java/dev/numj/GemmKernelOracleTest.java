package dev.numj;

import dev.numj.internal.ffi.numj.NumjCpu;
import dev.numj.internal.linalg.Matmul;
import dev.numj.internal.runtime.NativeLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.function.Supplier;

import static dev.numj.OracleSupport.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NumJ's own matrix-product kernel (native/cpu/gemm.cc) and OpenBLAS, each forced in turn with numj_gemm_mode,
 * against NumPy's {@code @}: row counts around the 6-row register tile, column counts around the 8/16/32-wide
 * panels, k across the 256-step blocks, transposed and sliced operands (leading dimensions past the width),
 * products split along k (the kernel then accumulates into C), the MLP's shapes, and NaN/inf.
 */
class GemmKernelOracleTest {
    private static final int NUMJ = 1, OPENBLAS = 2;

    private static boolean hasKernel() {
        NativeLoader.ensureLoaded();
        return !NumjCpu.numj_gemm_kernel().getString(0).startsWith("none");
    }

    /** f under the given numj_gemm_mode, the mode before restored. */
    private static <T> T with(int mode, Supplier<T> f) {
        int before = NumjCpu.numj_gemm_mode(mode);
        try {
            return f.get();
        } finally {
            NumjCpu.numj_gemm_mode(before);
        }
    }

    /** A k x m array read as its transpose, or m x k with `pad` extra columns sliced off (leading dimension k + pad). */
    private record Operand(NDArray array, NDArray view, String code) {
        static Operand of(Random rnd, DType dt, long rows, long cols, boolean trans, long pad, String name) {
            if (trans) {
                NDArray a = random(rnd, dt, cols, rows);
                return new Operand(a, a.T(), name + ".T");
            }
            NDArray a = random(rnd, dt, rows, cols + pad);
            return new Operand(a, a.get(":, " + pad + ":"), name + "[:, " + pad + ":]");
        }
    }

    private static void add(OracleCases cases, String what, Operand a, Operand b) {
        String code = "out = " + a.code + " @ " + b.code;
        for (int mode : new int[] {NUMJ, OPENBLAS}) {
            cases.add(what + (mode == NUMJ ? " (NumJ's kernel)" : " (OpenBLAS)"), code,
                    () -> with(mode, () -> a.view.matmul(b.view)), "a", a.array, "b", b.array);
        }
    }

    @Test
    void tileAndPanelEdgesTransposesAndSlicesMatchNumPy() {
        Assumptions.assumeTrue(hasKernel(), "no NumJ gemm kernel for this CPU or build (OpenBLAS runs every product)");
        Random rnd = new Random(20261207);
        long[] ms = {1, 5, 6, 7, 12, 13, 64, 97};
        long[] ns = {1, 8, 15, 16, 17, 31, 32, 33, 128};
        long[] ks = {1, 7, 255, 256, 257, 784};
        OracleCases cases = new OracleCases().tolerances(1e-4, 5e-2, 1e-10, 1e-9);
        for (int t = 0; t < 48; t++) {
            DType dt = t % 2 == 0 ? DType.FLOAT32 : DType.FLOAT64;
            long m = ms[rnd.nextInt(ms.length)], n = ns[rnd.nextInt(ns.length)], k = ks[rnd.nextInt(ks.length)];
            boolean ta = rnd.nextBoolean(), tb = rnd.nextBoolean();
            Operand a = Operand.of(rnd, dt, m, k, ta, ta ? 0 : rnd.nextInt(3), "a");
            Operand b = Operand.of(rnd, dt, k, n, tb, tb ? 0 : rnd.nextInt(3), "b");
            add(cases, dt + " (" + m + "," + k + ")" + (ta ? "T" : "") + " @ (" + k + "," + n + ")" + (tb ? "T" : ""), a, b);
        }
        // the seeds' MLP (784-128-10), batch 64: X @ W1, H @ W2, X.T @ dZ1, H.T @ dZ2, dZ2 @ W2.T
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            add(cases, dt + " X @ W1", Operand.of(rnd, dt, 64, 784, false, 0, "a"), Operand.of(rnd, dt, 784, 128, false, 0, "b"));
            add(cases, dt + " H @ W2", Operand.of(rnd, dt, 64, 128, false, 0, "a"), Operand.of(rnd, dt, 128, 10, false, 0, "b"));
            add(cases, dt + " X.T @ dZ1", Operand.of(rnd, dt, 784, 64, true, 0, "a"), Operand.of(rnd, dt, 64, 128, false, 0, "b"));
            add(cases, dt + " H.T @ dZ2", Operand.of(rnd, dt, 128, 64, true, 0, "a"), Operand.of(rnd, dt, 64, 10, false, 0, "b"));
            add(cases, dt + " dZ2 @ W2.T", Operand.of(rnd, dt, 64, 10, false, 0, "a"), Operand.of(rnd, dt, 10, 128, true, 0, "b"));
        }
        cases.run();
    }

    @Test
    void productsSplitAlongKAccumulateAsOneProduct() {
        Assumptions.assumeTrue(hasKernel(), "no NumJ gemm kernel for this CPU or build");
        Random rnd = new Random(7);
        int saved = Matmul.blasIntMax;
        OracleCases cases = new OracleCases().tolerances(1e-4, 5e-2, 1e-10, 1e-9);
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64})
            for (boolean ta : new boolean[] {false, true}) {
                Operand a = Operand.of(rnd, dt, 13, 300, ta, ta ? 0 : 2, "a"), b = Operand.of(rnd, dt, 300, 41, !ta, 0, "b");
                cases.add(dt + " (13,300) @ (300,41) in pieces of 100" + (ta ? ", a transposed" : ", b transposed"),
                        "out = " + a.code + " @ " + b.code, () -> with(NUMJ, () -> {
                            Matmul.blasIntMax = 100;
                            try {
                                return a.view.matmul(b.view);
                            } finally {
                                Matmul.blasIntMax = saved;
                            }
                        }), "a", a.array, "b", b.array);
            }
        cases.run();
    }

    @Test
    void nanAndInfinityPropagateAsInNumPy() {
        Assumptions.assumeTrue(hasKernel(), "no NumJ gemm kernel for this CPU or build");
        OracleCases cases = new OracleCases().tolerances(1e-4, 5e-2, 1e-10, 1e-9);
        for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            NDArray a = NumJ.arange(140.0).reshape(7, 20).sub(30).astype(dt), b = NumJ.arange(380.0).reshape(20, 19).mul(0.5).astype(dt);
            a.set("2, 3", Double.NaN);
            a.set("5, 0", Double.POSITIVE_INFINITY);
            b.set("7, 4", Double.NEGATIVE_INFINITY);
            cases.add(dt + " NaN in a row, inf in a and b", "out = a @ b", () -> with(NUMJ, () -> a.matmul(b)), "a", a, "b", b);
        }
        cases.run();
    }

    @Test
    void theModeSwitchesAndReportsTheOneBefore() {
        Assumptions.assumeTrue(hasKernel(), "no NumJ gemm kernel for this CPU or build");
        int before = NumjCpu.numj_gemm_mode(OPENBLAS);
        try {
            assertEquals(OPENBLAS, NumjCpu.numj_gemm_mode(-1), "a negative argument only asks");
            assertTrue(NumjCpu.numj_gemm_kernel().getString(0).startsWith("off"), "mode 2 leaves every product to OpenBLAS");
            assertEquals(OPENBLAS, NumjCpu.numj_gemm_mode(NUMJ), "switching returns the mode before");
        } finally {
            NumjCpu.numj_gemm_mode(before);
        }
        assertEquals(before, NumjCpu.numj_gemm_mode(-1), "restored");
    }
}
