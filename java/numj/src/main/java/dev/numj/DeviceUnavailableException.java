package dev.numj;

/**
 * An array was sent to a device this JVM cannot use: no NVIDIA driver ({@code libcuda.so.1} not found),
 * the driver failed to start ({@code cuInit} and its CUDA error name), or no GPU with that ordinal.
 * The message names the device and the reason. PyTorch raises {@code RuntimeError} ("Found no NVIDIA
 * driver on your system", "CUDA error: invalid device ordinal") in the same places.
 * <pre>{@code
 * try { x.to(Device.cuda(0)); } catch (DeviceUnavailableException e) { x = x.to(Device.CPU); }
 * }</pre>
 */
public class DeviceUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Device device;

    /**
     * Creates the exception.
     *
     * @param device the device
     * @param reason why the device cannot be used
     */
    public DeviceUnavailableException(Device device, String reason) {
        super(device + " is not available: " + reason);
        this.device = device;
    }

    /**
     * The device that was asked for.
     * NumPy has no devices (PyTorch: {@code torch.device}).
     *
     * @return the device
     */
    public Device device() { return device; }
}
