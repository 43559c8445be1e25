package dev.numj.internal.runtime;

import dev.numj.internal.ffi.numj.NumjCpu;
import dev.numj.internal.ffi.openblas.OpenBlas;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.function.Supplier;

/**
 * Links the native functions most programs call on a background thread, while the program goes on.
 *
 * <p>The JDK builds each foreign-function downcall handle on first use: it generates and loads a stub class,
 * 10-40 ms each on this project's 2-core VM (a first {@code a.add(b)}, {@code exp}, {@code sum} took 30 ms
 * together, 12 ms with their handles built beforehand). A program that creates or loads its arrays first
 * would pay that on its first operations; here the handles are built on a daemon thread started with the
 * allocator, so by the time the first {@code add} runs its handle is usually ready (or being built, and the
 * caller waits for it instead of building it again). Only the generated binding holders are touched: leaf
 * classes whose initialisation needs nothing of NumJ's, so this thread cannot deadlock with the program's
 * own class initialisation. {@code -Dnumj.warmup=false} turns it off.
 */
final class Warmup {
    private Warmup() {}

    /** The handles, most used first. */
    private static final List<Supplier<MethodHandle>> HANDLES = List.of(
            NumjCpu::numj_fill$handle, NumjCpu::numj_binary$handle, NumjCpu::numj_unary$handle, NumjCpu::numj_reduce$handle,
            NumjCpu::numj_cast$handle, NumjCpu::numj_free$handle, NumjCpu::numj_where$handle, NumjCpu::numj_random_fill$handle,
            NumjCpu::numj_fused$handle, NumjCpu::numj_gather$handle, NumjCpu::numj_compress$handle, NumjCpu::numj_scan$handle,
            NumjCpu::numj_sort$handle, NumjCpu::numj_gemm$handle);

    /** OpenBLAS's, linked after the rest: loading OpenBLAS holds the dynamic linker's lock, which the program's own lookups wait on. */
    private static final List<Supplier<MethodHandle>> BLAS_HANDLES = List.of(OpenBlas::cblas_sgemm$handle, OpenBlas::cblas_dgemm$handle);

    /**
     * Classes a first elementwise operation, reduction or matmul loads: loaded (parsed and defined) here, never
     * initialised, so this thread runs no NumJ static initialiser and cannot deadlock with the program's own.
     */
    static final List<String> CLASSES = List.of(
            "dev.numj.internal.Ufuncs", "dev.numj.internal.Ufuncs$Ufunc", "dev.numj.internal.Ufuncs$Kind",
            "dev.numj.internal.Devices", "dev.numj.internal.Lazy", "dev.numj.internal.Lazy$Node",
            "dev.numj.internal.Lazy$Compiler", "dev.numj.internal.Lazy$Scalar", "dev.numj.internal.linalg.Matmul$Layout",
            "dev.numj.internal.runtime.Storage$Producer", "dev.numj.internal.Backends", "dev.numj.internal.backend.Backend",
            "dev.numj.internal.cpu.CpuBackend", "dev.numj.internal.backend.Lapack", "dev.numj.internal.backend.Operand",
            "dev.numj.internal.backend.DTypes", "dev.numj.internal.Reductions", "dev.numj.internal.Shapes",
            "dev.numj.internal.linalg.Matmul", "dev.numj.internal.Elements");

    /** The small kernels' critical bindings (named, not referenced: the runtime layer sits below the CPU backend). */
    static final String CRITICAL = "dev.numj.internal.cpu.Critical";

    /** A dtype code no kernel accepts: each kernel returns its error before reading any pointer. */
    private static final int NO_DTYPE = -1;

    static void start() {
        if (!Boolean.parseBoolean(System.getProperty("numj.warmup", "true"))) return;
        Thread t = new Thread(Warmup::run, "numj-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * Loads OpenBLAS and links sgemm and dgemm, after the rest of the warm-up, so a first product NumJ's own kernel leaves
     * to OpenBLAS (numj_gemm) finds them ready
     * (a program that prints an array never needs OpenBLAS, and loading it on a second thread from the first moment
     * cost that program's start 50-65 ms here).
     */
    private static void blas() {
        try {
            NativeLoader.ensureBlas();
            for (Supplier<MethodHandle> h : BLAS_HANDLES) h.get();
            callGemmOnce();
        } catch (Throwable e) {
            // no OpenBLAS: the program's first matrix product reports it, in its words
        }
    }

    private static void run() {
        for (Supplier<MethodHandle> h : HANDLES) {
            try {
                h.get();
            } catch (Throwable e) {   // e.g. no native access: the program's own first call reports it, in its words
                return;
            }
        }
        try {
            callEachOnce();
        } catch (Throwable e) {
            // the program's own first call meets the same problem and reports it
        }
        ClassLoader loader = Warmup.class.getClassLoader();
        try {   // its initialiser needs nothing of NumJ but the binding, and links the small kernels' call sites
            Class.forName(CRITICAL, true, loader);
        } catch (Throwable e) {
            // the program's own first small operation initialises it, or reports why it cannot
        }
        for (String name : CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (Throwable e) {   // a class renamed without this list: only the warm-up is lost
                break;
            }
        }
        blas();
    }

    /**
     * Calls the hot functions once with arguments they refuse at once (an unknown dtype; empty matrices), so
     * the JDK links each call site (its invoker classes: another 5-40 ms per function on a first call) here
     * rather than in the program's first operation. No memory is read or written.
     */
    static void callEachOnce() {
        MemorySegment nul = MemorySegment.NULL;
        NumjCpu.numj_fill(NO_DTYPE, 0, nul, nul, nul, nul);
        NumjCpu.numj_binary(0, NO_DTYPE, 0, nul, nul, nul, nul, nul, nul, nul);
        NumjCpu.numj_unary(0, NO_DTYPE, NO_DTYPE, 0, nul, nul, nul, nul, nul, nul);
        NumjCpu.numj_reduce(0, NO_DTYPE, NO_DTYPE, 0, nul, nul, nul, nul, nul);
        NumjCpu.numj_cast(NO_DTYPE, NO_DTYPE, 0, nul, nul, nul, nul, nul);
        NumjCpu.numj_where(NO_DTYPE, 0, nul, nul, nul, nul, nul, nul, nul, nul, nul);
        NumjCpu.numj_free(nul);
        NumjCpu.numj_sort(NO_DTYPE, 1, nul, 0, 0, 0, nul, nul, nul, nul, nul, nul, nul);
        NumjCpu.numj_fused(NO_DTYPE, 0, nul, 0, nul, nul, nul, nul, 1, nul, nul, nul);   // the fused chains' kernel
        NumjCpu.numj_gemm(NO_DTYPE, 0, 0, 0, 0, 0, nul, 0, nul, 0, nul, 0, 0);   // NumJ's matrix products (returns 0: no dtype)
        try (Arena arena = Arena.ofConfined()) {   // the VarHandles the kernels' shape and stride arguments use
            MemorySegment s = arena.allocate(64, 8);
            s.setAtIndex(ValueLayout.JAVA_LONG, 0, 1L);
            s.setAtIndex(ValueLayout.JAVA_DOUBLE, 1, s.getAtIndex(ValueLayout.JAVA_LONG, 0));
            s.setAtIndex(ValueLayout.JAVA_FLOAT, 4, (float) s.getAtIndex(ValueLayout.JAVA_DOUBLE, 1));
            s.setAtIndex(ValueLayout.JAVA_INT, 12, (int) s.getAtIndex(ValueLayout.JAVA_FLOAT, 4));   // the fused programs
        }
    }

    /** sgemm and dgemm once each with m = n = k = 0 and valid leading dimensions: OpenBLAS returns before touching A, B or C. */
    static void callGemmOnce() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(64, 8);
            OpenBlas.cblas_sgemm(101, 111, 111, 0, 0, 0, 1f, s, 1, s, 1, 0f, s, 1);
            OpenBlas.cblas_dgemm(101, 111, 111, 0, 0, 0, 1d, s, 1, s, 1, 0d, s, 1);
        }
    }
}
