package dev.numj.internal.cuda;

import dev.numj.Device;
import dev.numj.internal.runtime.NativeLoader;
import dev.numj.internal.runtime.Storage;
import dev.numj.internal.ffi.cuda.Cuda;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One GPU as NumJ uses it: the device's primary context (shared with cuBLAS and any other CUDA code in
 * the process), one non-blocking stream on which every NumJ kernel, copy and cuBLAS call of this device
 * is queued in order, NumJ's kernels (the jar's fatbin, loaded once), the caching allocator, and a
 * pinned host buffer for transfers.
 *
 * <p>Execution is asynchronous: launches and device-to-device copies return at once; the host waits
 * only where it reads (a download) or when {@code -Dnumj.cuda.sync=true} asks it to wait after every
 * launch, which attributes an asynchronous kernel fault to the operation that caused it (PyTorch's
 * {@code CUDA_LAUNCH_BLOCKING=1}). Created only for an available device.
 */
public final class CudaContext {
    private static final ConcurrentHashMap<Integer, CudaContext> CONTEXTS = new ConcurrentHashMap<>();
    private static final boolean SYNC = Boolean.getBoolean("numj.cuda.sync");
    /** Pinned staging buffer for host transfers. */
    static final long STAGING = 8L << 20;

    final Device device;
    final int ordinal;
    private final MemorySegment context;
    final MemorySegment stream;
    private final MemorySegment module;
    private final ConcurrentHashMap<String, MemorySegment> functions = new ConcurrentHashMap<>();
    final CachingAllocator allocator;
    private final MemorySegment staging;
    final int multiprocessors;
    private final ThreadLocal<Boolean> current = ThreadLocal.withInitial(() -> false);

    /** The context of an available CUDA device (created on first use). */
    public static CudaContext of(Device device) {
        device.requireAvailable();
        return CONTEXTS.computeIfAbsent(device.index(), i -> new CudaContext(device));
    }

    private CudaContext(Device device) {
        this.device = device;
        this.ordinal = device.index();
        int dev = CudaDriver.device(ordinal);
        Arena global = Arena.global();
        MemorySegment p = global.allocate(ValueLayout.ADDRESS);
        CudaDriver.check(Cuda.cuDevicePrimaryCtxRetain(p, dev), device + ": cuDevicePrimaryCtxRetain");
        context = p.get(ValueLayout.ADDRESS, 0);
        makeCurrent();
        CudaDriver.check(Cuda.cuStreamCreate(p, Cuda.CU_STREAM_NON_BLOCKING()), device + ": cuStreamCreate");
        stream = p.get(ValueLayout.ADDRESS, 0);
        byte[] fatbin = NativeLoader.cudaFatbin().orElseThrow(() -> new CudaException(device + ": loading NumJ's kernels",
                -1, "NO_FATBIN", "this NumJ jar was built without nvcc, so it carries no CUDA kernels; rebuild it "
                + "with the CUDA toolkit installed"));
        MemorySegment image = global.allocate(fatbin.length + 1L, 16);
        MemorySegment.copy(MemorySegment.ofArray(fatbin), 0, image, 0, fatbin.length);
        CudaDriver.check(Cuda.cuModuleLoadData(p, image), device + ": cuModuleLoadData(numj_kernels.fatbin)");
        module = p.get(ValueLayout.ADDRESS, 0);
        multiprocessors = CudaDriver.attribute(Cuda.CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT(), dev);
        CudaDriver.check(Cuda.cuMemAllocHost_v2(p, STAGING), device + ": cuMemAllocHost (pinned staging buffer)");
        staging = p.get(ValueLayout.ADDRESS, 0).reinterpret(STAGING);
        allocator = new CachingAllocator(device.toString(), new CachingAllocator.Raw() {
            @Override
            public long malloc(long bytes) {
                makeCurrent();
                try (Arena a = Arena.ofConfined()) {
                    MemorySegment d = a.allocate(ValueLayout.JAVA_LONG);
                    int rc = Cuda.cuMemAlloc_v2(d, bytes);
                    if (rc == CudaDriver.CUDA_ERROR_OUT_OF_MEMORY) return 0;
                    CudaDriver.check(rc, device + ": cuMemAlloc(" + bytes + ")");
                    return d.get(ValueLayout.JAVA_LONG, 0);
                }
            }

            @Override
            public void free(long address) {
                makeCurrent();
                CudaDriver.check(Cuda.cuMemFree_v2(address), device + ": cuMemFree");
            }
        }, CudaContext::reclaim);
    }

    /** Asks the collector for unreachable arrays, whose cleaners return their blocks to the cache. */
    private static void reclaim() {
        System.gc();
        try {
            Thread.sleep(50);
            System.gc();
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Makes the primary context current on this thread (once per thread). */
    void makeCurrent() {
        if (current.get()) return;
        CudaDriver.check(Cuda.cuCtxSetCurrent(context), device + ": cuCtxSetCurrent");
        current.set(true);
    }

    /** The kernel {@code name} of NumJ's module. */
    MemorySegment function(String name) {
        return functions.computeIfAbsent(name, n -> {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment p = a.allocate(ValueLayout.ADDRESS);
                CudaDriver.check(Cuda.cuModuleGetFunction(p, module, a.allocateFrom(n)),
                        device + ": cuModuleGetFunction(" + n + ")");
                return p.get(ValueLayout.ADDRESS, 0);
            }
        });
    }

    /**
     * Queues kernel {@code name} over {@code n} elements ({@code grid} blocks of {@value
     * dev.numj.internal.cuda.KernelArgs#BLOCK} threads, or enough for n, at most 32 per multiprocessor).
     */
    void launch(String what, String name, long n, long grid, KernelArgs args) {
        makeCurrent();
        long blocks = grid > 0 ? grid : Math.max(1, Math.min((n + KernelArgs.BLOCK - 1) / KernelArgs.BLOCK,
                32L * multiprocessors));
        CudaDriver.check(Cuda.cuLaunchKernel(function(name), (int) Math.min(blocks, Integer.MAX_VALUE), 1, 1,
                KernelArgs.BLOCK, 1, 1, 0, stream, args.pointers(), MemorySegment.NULL), what + ": cuLaunchKernel(" + name + ")");
        if (SYNC) synchronize(what + " (-Dnumj.cuda.sync)");
    }

    /** Waits for everything queued on this device's stream. */
    public void synchronize(String what) {
        makeCurrent();
        CudaDriver.check(Cuda.cuStreamSynchronize(stream), what + ": cuStreamSynchronize");
    }

    // ---- memory ----

    /** {@code nbytes} of device memory, owned by {@code arena} (null: freed once unreachable). */
    public Storage allocate(long nbytes, Arena arena) {
        CachingAllocator.Block b = allocator.allocate(nbytes, stream.address());
        Arena owner = arena != null ? arena : Arena.ofAuto();
        CachingAllocator alloc = allocator;
        MemorySegment seg = MemorySegment.ofAddress(b.address()).reinterpret(nbytes, owner, s -> alloc.free(b));
        return Storage.onDevice(seg, device);
    }

    /** Copies {@code host} to device address {@code dst}, through the pinned staging buffer. */
    public synchronized void upload(MemorySegment host, long dst) {
        makeCurrent();
        for (long done = 0, n = host.byteSize(); done < n; ) {
            long chunk = Math.min(STAGING, n - done);
            MemorySegment.copy(host, done, staging, 0, chunk);
            CudaDriver.check(Cuda.cuMemcpyHtoDAsync_v2(dst + done, staging, chunk, stream), device + ": upload: cuMemcpyHtoDAsync");
            // the staging buffer is reused by the next chunk: wait for this one
            synchronize(device + ": upload");
            done += chunk;
        }
    }

    /** Copies {@code host.byteSize()} bytes at device address {@code src} into {@code host}, waiting for queued work first. */
    public synchronized void download(long src, MemorySegment host) {
        makeCurrent();
        for (long done = 0, n = host.byteSize(); done < n; ) {
            long chunk = Math.min(STAGING, n - done);
            CudaDriver.check(Cuda.cuMemcpyDtoHAsync_v2(staging, src + done, chunk, stream), device + ": download: cuMemcpyDtoHAsync");
            synchronize(device + ": download");
            MemorySegment.copy(staging, 0, host, done, chunk);
            done += chunk;
        }
    }

    /** Queues a device-to-device copy. */
    public void copy(long src, long dst, long nbytes) {
        makeCurrent();
        CudaDriver.check(Cuda.cuMemcpyDtoDAsync_v2(dst, src, nbytes, stream), device + ": cuMemcpyDtoDAsync");
        if (SYNC) synchronize(device + ": copy");
    }

    /** The caching allocator's counters. */
    public CachingAllocator.Stats memoryStats() { return allocator.stats(); }
}
