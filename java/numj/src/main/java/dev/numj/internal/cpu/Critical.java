package dev.numj.internal.cpu;

import dev.numj.internal.ffi.numj.NumjCpu;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The hot kernels bound a second time as critical downcalls ({@link Linker.Option#critical(boolean)} with heap
 * access), for small calls only.
 *
 * <p>A critical call skips the thread-state transitions of an ordinary downcall and may pass Java arrays
 * straight to C: the shape and strides go as {@code MemorySegment.ofArray(long[])} instead of being copied into
 * native scratch memory first (before the JIT has compiled NumJ's code, that copy was a third of a small
 * operation's time). The price: while a critical call runs, the JVM can reach no safepoint, so no collection
 * happens. Only calls that finish in microseconds may take this path ({@link #SMALL} elements, below the size
 * where {@code numj_iterate} starts worker threads), and these kernels never call back into Java or block.
 * The handles are built from jextract's own address and descriptor of each function, so the signatures cannot
 * drift apart.
 */
final class Critical {
    private Critical() {}

    /** Element counts up to this take the critical path. */
    static final long SMALL = 16_384;

    private static final Linker.Option CRITICAL = Linker.Option.critical(true);
    private static final MethodHandle BINARY = bind(NumjCpu.numj_binary$address(), NumjCpu.numj_binary$descriptor());
    private static final MethodHandle UNARY = bind(NumjCpu.numj_unary$address(), NumjCpu.numj_unary$descriptor());
    private static final MethodHandle REDUCE = bind(NumjCpu.numj_reduce$address(), NumjCpu.numj_reduce$descriptor());
    private static final MethodHandle CAST = bind(NumjCpu.numj_cast$address(), NumjCpu.numj_cast$descriptor());

    static {
        // Link each call site now (its first call builds invoker classes, 5-40 ms): with dtype -1 every kernel
        // returns at once, reading nothing. The warm-up thread initialises this class off the program's thread.
        long[] none = new long[0];
        MemorySegment nul = MemorySegment.NULL;
        binary(0, -1, 0, none, nul, none, nul, none, nul, none);
        unary(0, -1, -1, 0, none, nul, none, nul, none, nul);
        reduce(0, -1, -1, 0, none, nul, none, nul, none);
        cast(-1, -1, 0, none, nul, none, nul, none);
    }

    private static MethodHandle bind(MemorySegment address, java.lang.foreign.FunctionDescriptor descriptor) {
        return Linker.nativeLinker().downcallHandle(address, descriptor, CRITICAL);
    }

    /** Whether a call over {@code shape} is small enough for the critical path. */
    static boolean small(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
            if (n > SMALL || n < 0) return false;
        }
        return true;
    }

    static MemorySegment of(long[] values) { return MemorySegment.ofArray(values); }

    static int binary(int op, int dt, int ndim, long[] shape, MemorySegment a, long[] as, MemorySegment b, long[] bs,
                      MemorySegment out, long[] os) {
        try {
            return (int) BINARY.invokeExact(op, dt, ndim, of(shape), a, of(as), b, of(bs), out, of(os));
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static int unary(int op, int dt, int outDt, int ndim, long[] shape, MemorySegment a, long[] as, MemorySegment out,
                     long[] os, MemorySegment params) {
        try {
            return (int) UNARY.invokeExact(op, dt, outDt, ndim, of(shape), a, of(as), out, of(os), params);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static int reduce(int op, int inDt, int outDt, int ndim, long[] shape, MemorySegment in, long[] is, MemorySegment out,
                      long[] os) {
        try {
            return (int) REDUCE.invokeExact(op, inDt, outDt, ndim, of(shape), in, of(is), out, of(os));
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    static int cast(int srcDt, int dstDt, int ndim, long[] shape, MemorySegment src, long[] ss, MemorySegment dst, long[] ds) {
        try {
            return (int) CAST.invokeExact(srcDt, dstDt, ndim, of(shape), src, of(ss), dst, of(ds));
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException r) return r;
        if (e instanceof Error err) throw err;
        return new IllegalStateException("a NumJ kernel's downcall threw " + e, e);
    }
}
