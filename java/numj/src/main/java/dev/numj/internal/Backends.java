package dev.numj.internal;

import dev.numj.Device;
import dev.numj.NDArray;
import dev.numj.internal.backend.Backend;
import dev.numj.internal.cpu.CpuBackend;
import dev.numj.internal.cuda.CudaBackend;

import static dev.numj.internal.ArrayAccess.storageOf;

/**
 * The one place that chooses a backend: the CPU's for arrays in host memory, a GPU's for arrays on
 * that GPU (DESIGN.md layer 3). The machinery asks here and never names a backend class itself; the
 * architecture test holds it to that.
 */
public final class Backends {
    private Backends() {}

    /** The backend of the device whose memory holds {@code a}. */
    public static Backend of(NDArray a) { return of(storageOf(a).device()); }

    /** The backend of a device; CUDA's is reached only for an array already on an available GPU. */
    public static Backend of(Device d) { return d.isCpu() ? CpuBackend.INSTANCE : CudaBackend.of(d); }
}
