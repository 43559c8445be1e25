package dev.numj;

import dev.numj.internal.ScopeStack;
import dev.numj.internal.Storage;
import dev.numj.internal.cuda.CudaBackend;
import dev.numj.internal.cuda.CudaContext;

/**
 * {@link NDArray#to(Device)} and device allocation (issue 6). Only reached for an available CUDA
 * device, so nothing here touches CUDA on a machine without one.
 */
final class DeviceTransfer {
    private DeviceTransfer() {}

    /** Uninitialised memory on a CUDA device, owned by the current {@link Scope} or the collector. */
    static Storage allocateOn(Device device, long nbytes) {
        return CudaBackend.of(device).allocate(nbytes, ScopeStack.currentArena());
    }

    /** Waits for the work queued on a CUDA device. */
    static void synchronize(Device device) {
        CudaContext.of(device).synchronize(device + ": synchronize");
    }

    /** A C-contiguous copy of {@code a} on {@code to} (a different device, available). */
    static NDArray move(NDArray a, Device to) {
        Device from = a.device();
        if (from.isCuda() && to.isCuda()) return move(move(a, Device.CPU), to);   // through the host (no peer copies yet)
        if (to.isCuda()) {
            NDArray c = a.isContiguous() ? a : a.copy();
            NDArray out = NDArray.allocate(to, a.dtype, a.shape);
            CudaContext.of(to).upload(c.storage.segment().asSlice(c.offset, c.nbytes()), out.storage.deviceAddress());
            return out;
        }
        NDArray c = a.isContiguous() ? a : Ufuncs.copyAs(a, a.dtype);   // gathered on the device first
        NDArray out = NDArray.allocate(a.dtype, a.shape);
        CudaContext.of(from).download(c.storage.deviceAddress() + c.offset, out.storage.segment().asSlice(0, out.nbytes()));
        return out;
    }
}
