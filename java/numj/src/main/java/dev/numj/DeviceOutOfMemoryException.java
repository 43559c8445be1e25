package dev.numj;

/**
 * A GPU ran out of memory for an array, after NumJ's caching allocator had asked the garbage
 * collector for unreachable arrays, given every cached block back to the driver and tried once more.
 * The process keeps working: free (or stop referring to) arrays, use a {@link Scope}, or work in
 * smaller batches, then try again. PyTorch {@code torch.cuda.OutOfMemoryError}, CuPy
 * {@code cupy.cuda.memory.OutOfMemoryError}.
 * <pre>{@code
 * try { zeros(1L << 40).to(Device.cuda(0)); } catch (DeviceOutOfMemoryException e) { ... }
 * }</pre>
 */
public class DeviceOutOfMemoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The bytes the failed allocation asked for. */
    private final long requestedBytes;

    /**
     * Creates the exception.
     *
     * @param message the message
     * @param requestedBytes the bytes asked for
     */
    public DeviceOutOfMemoryException(String message, long requestedBytes) {
        super(message);
        this.requestedBytes = requestedBytes;
    }

    /**
     * The size of the allocation that failed, in bytes.
     * NumPy has no devices; PyTorch's {@code torch.OutOfMemoryError} names the same size.
     *
     * @return the requested bytes
     */
    public long requestedBytes() { return requestedBytes; }
}
