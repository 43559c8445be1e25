package dev.numj.internal.runtime;

import dev.numj.internal.ffi.numj.NumjCpu;
import dev.numj.internal.ffi.openblas.OpenBlas;

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
            OpenBlas::cblas_sgemm$handle, OpenBlas::cblas_dgemm$handle, NumjCpu::numj_gather$handle, NumjCpu::numj_compress$handle,
            NumjCpu::numj_scan$handle, NumjCpu::numj_sort$handle);

    static void start() {
        if (!Boolean.parseBoolean(System.getProperty("numj.warmup", "true"))) return;
        Thread t = new Thread(Warmup::run, "numj-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        for (Supplier<MethodHandle> h : HANDLES) {
            try {
                h.get();
            } catch (Throwable e) {   // e.g. no OpenBLAS: the program's own first call reports it, in its words
                return;
            }
        }
    }
}
