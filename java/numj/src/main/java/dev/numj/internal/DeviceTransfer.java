package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import dev.numj.internal.runtime.ScopeStack;
import dev.numj.internal.runtime.Storage;
import dev.numj.internal.cuda.CudaBackend;
import dev.numj.internal.cuda.CudaContext;
import dev.numj.Device;
import dev.numj.NDArray;

/**
 * {@link NDArray#to(Device)} and device allocation. Only reached for an available CUDA
 * device, so nothing here touches CUDA on a machine without one.
 */
public final class DeviceTransfer {
    private DeviceTransfer() {}

    /** Uninitialised memory on a CUDA device, owned by the current {@link Scope} or the collector. */
    public static Storage allocateOn(Device device, long nbytes) {
        return CudaBackend.of(device).allocate(nbytes, ScopeStack.currentArena());
    }

    /** Waits for the work queued on a CUDA device. */
    public static void synchronize(Device device) {
        CudaContext.of(device).synchronize(device + ": synchronize");
    }

    /**
     * A host copy of the {@code size} bytes at byte offset {@code off} of device memory {@code s}, waiting
     * for the work queued on its device (one element read by {@code item()} or printing).
     */
    public static java.lang.foreign.MemorySegment readElement(Storage s, long off, int size) {
        java.lang.foreign.MemorySegment host = java.lang.foreign.Arena.ofAuto().allocate(8, 8);
        CudaContext.of(s.device()).download(s.deviceAddress() + off, host.asSlice(0, size));
        return host;
    }

    /** A C-contiguous copy of {@code a} on {@code to} (a different device, available). */
    public static NDArray move(NDArray a, Device to) {
        Device from = a.device();
        if (from.isCuda() && to.isCuda()) return move(move(a, Device.CPU), to);   // through the host (no peer copies yet)
        if (to.isCuda()) {
            NDArray c = a.isContiguous() ? a : Ufuncs.copyAs(a, a.dtype());
            NDArray out = ArrayAccess.allocate(to, a.dtype(), shapeOf(a));
            CudaContext.of(to).upload(storageOf(c).segment().asSlice(offsetOf(c), c.nbytes()), storageOf(out).deviceAddress());
            return out;
        }
        NDArray c = a.isContiguous() ? a : Ufuncs.copyAs(a, a.dtype());   // gathered on the device first
        NDArray out = ArrayAccess.allocate(a.dtype(), shapeOf(a));
        CudaContext.of(from).download(storageOf(c).deviceAddress() + offsetOf(c), storageOf(out).segment().asSlice(0, out.nbytes()));
        return out;
    }
}
