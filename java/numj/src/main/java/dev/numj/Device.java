package dev.numj;

import dev.numj.internal.cuda.CudaProbe;
import dev.numj.internal.DeviceTransfer;

/**
 * Where an array's memory lives and its operations run: {@link #CPU} or one CUDA GPU,
 * {@code cuda(n)}. PyTorch's {@code torch.device}: {@code Device.CPU} is {@code torch.device("cpu")},
 * {@code Device.cuda(0)} is {@code torch.device("cuda:0")}, and {@code Device.cuda(0).isAvailable()}
 * plays the role of {@code torch.cuda.is_available()}.
 *
 * <p>Every array starts on the CPU; {@link NDArray#to(Device)} moves (copies) it. An operation over
 * arrays on different devices fails and names both devices: move the data first, as in PyTorch. Without
 * a GPU and driver everything builds, loads and runs on the CPU; asking for a CUDA device then
 * throws {@link DeviceUnavailableException} with the reason. Probing for CUDA is cheap, done once per
 * JVM, and never loads the driver's bindings when {@code libcuda.so.1} is absent; the system property
 * {@code -Dnumj.cuda=off} hides every GPU.
 * <pre>{@code
 * Device d = Device.cuda(0).isAvailable() ? Device.cuda(0) : Device.CPU;
 * NDArray x = rand(1000, 1000).to(d);     // torch: x = torch.rand(1000, 1000).to(d)
 * System.out.println(d + " " + d.name());  // cuda:0 NVIDIA H100 80GB HBM3   (or: cpu cpu)
 * }</pre>
 */
public final class Device {

    /** The host: NumJ's C kernels and OpenBLAS. {@code torch.device("cpu")}. */
    public static final Device CPU = new Device(-1);

    /** The cached {@code cuda(n)} instances for small n. */
    private static final Device[] CUDA = new Device[16];

    static {
        for (int i = 0; i < CUDA.length; i++) CUDA[i] = new Device(i);
    }

    private final int ordinal;   // -1 for the CPU

    private Device(int ordinal) { this.ordinal = ordinal; }

    /**
     * CUDA GPU number {@code n} (the driver's ordinal; {@code CUDA_VISIBLE_DEVICES} applies). PyTorch
     * {@code torch.device("cuda", n)}. Naming a device never touches the driver; using it does.
     * <pre>{@code
     * Device.cuda(0);        // cuda:0
     * Device.cuda(-1);       // IllegalArgumentException
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code n} is negative
     * @param n the number of elements
     * @return the result
     */
    public static Device cuda(int n) {
        if (n < 0) throw new IllegalArgumentException("CUDA device ordinal must be >= 0, got " + n);
        return n < CUDA.length ? CUDA[n] : new Device(n);
    }

    /**
     * How many CUDA GPUs this JVM can use: 0 without the NVIDIA driver, when it fails to start, or with
     * {@code -Dnumj.cuda=off}. PyTorch {@code torch.cuda.device_count()}.
     * <pre>{@code
     * int n = Device.cudaDeviceCount();   // 0 on a machine without a GPU
     * }</pre>
     *
     * @return the cuda device count
     */
    public static int cudaDeviceCount() { return CudaProbe.get().deviceCount(); }

    /**
     * True for {@link #CPU}.
     * NumPy has no devices; PyTorch's {@code t.device.type == "cpu"}.
     *
     * @return {@code true} if this is cpu
     */
    public boolean isCpu() { return ordinal < 0; }

    /**
     * True for a {@code cuda(n)} device.
     * NumPy has no devices; PyTorch's {@code t.is_cuda}.
     *
     * @return {@code true} if this is cuda
     */
    public boolean isCuda() { return ordinal >= 0; }

    /**
     * The CUDA ordinal n of {@code cuda(n)}; -1 for the CPU (PyTorch's {@code device.index} is None there).
     *
     * @return the index
     */
    public int index() { return ordinal; }

    /**
     * Whether arrays can be put on this device now: always for the CPU; for {@code cuda(n)}, when the
     * driver loads, starts, and has more than n GPUs. PyTorch {@code torch.cuda.is_available()} (for
     * {@code cuda(0)}).
     * <pre>{@code
     * Device.CPU.isAvailable();       // true
     * Device.cuda(0).isAvailable();   // false on a machine without a GPU
     * }</pre>
     *
     * @return {@code true} if this is available
     */
    public boolean isAvailable() { return isCpu() || CudaProbe.get().deviceCount() > ordinal; }

    /**
     * Why this device cannot be used, or null when it can: "libcuda.so.1 not found ...", "cuInit failed:
     * CUDA_ERROR_NO_DEVICE ...", "no CUDA device 3: the driver sees 1".
     * NumPy has no devices; PyTorch says why in the error of {@code torch.device("cuda")} use.
     *
     * @return the text
     */
    public String unavailableReason() {
        if (isCpu()) return null;
        CudaProbe p = CudaProbe.get();
        if (p.failure() != null) return p.failure();
        if (ordinal >= p.deviceCount())
            return "no CUDA device " + ordinal + ": the driver sees " + p.deviceCount() + " GPU"
                    + (p.deviceCount() == 1 ? "" : "s") + " (ordinals 0.." + (p.deviceCount() - 1) + ")";
        return null;
    }

    /**
     * Throws {@link DeviceUnavailableException} (naming this device and the reason) unless
     * {@link #isAvailable()}.
     * NumPy has no devices; PyTorch fails the same way on first use.
     *
     * @return the result
     */
    public Device requireAvailable() {
        String why = unavailableReason();
        if (why != null) throw new DeviceUnavailableException(this, why);
        return this;
    }

    /**
     * The device's name: the GPU's as the driver reports it (PyTorch
     * {@code torch.cuda.get_device_name(n)}), or {@code "cpu"}.
     * <pre>{@code
     * Device.cuda(0).name();   // "NVIDIA H100 80GB HBM3"
     * }</pre>
     *
     * @throws DeviceUnavailableException for a CUDA device that is not available
     * @return the text
     */
    public String name() {
        if (isCpu()) return "cpu";
        requireAvailable();
        return CudaProbe.get().deviceName(ordinal);
    }

    /**
     * Waits until every operation queued on this device has finished (a no-op on the CPU, whose
     * operations finish before they return). GPU operations are asynchronous: they return once queued,
     * and only reading a result on the host ({@code to(Device.CPU)}) waits for them, so time GPU work
     * with a synchronize before reading the clock. PyTorch {@code torch.cuda.synchronize(n)}, CuPy
     * {@code cp.cuda.Device(n).synchronize()}.
     * <pre>{@code
     * long t0 = System.nanoTime(); NDArray c = a.matmul(b); Device.cuda(0).synchronize();
     * double seconds = (System.nanoTime() - t0) / 1e9;
     * }</pre>
     *
     * @throws DeviceUnavailableException for a CUDA device that is not available
     */
    public void synchronize() {
        if (isCpu()) return;
        requireAvailable();
        DeviceTransfer.synchronize(this);
    }

    /** {@code "cpu"} or {@code "cuda:n"}, as PyTorch prints a device. */
    @Override
    public String toString() { return isCpu() ? "cpu" : "cuda:" + ordinal; }

    @Override
    public boolean equals(Object o) { return o instanceof Device d && d.ordinal == ordinal; }

    @Override
    public int hashCode() { return Integer.hashCode(ordinal); }
}
