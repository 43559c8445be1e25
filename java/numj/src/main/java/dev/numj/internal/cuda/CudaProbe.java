package dev.numj.internal.cuda;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether this JVM can use CUDA, found out once: first whether the dynamic linker finds the driver
 * ({@value #DRIVER}) at all, and only then, through the jextract bindings, {@code cuInit} and
 * {@code cuDeviceGetCount}. On a machine without the driver the bindings (whose static initialiser
 * opens {@value #DRIVER} and would fail) are never touched. {@code -Dnumj.cuda=off} hides every GPU.
 */
public final class CudaProbe {
    /** The driver library's versioned name, as the jextract bindings ({@code -l :libcuda.so.1}) load it. */
    public static final String DRIVER = "libcuda.so.1";
    static final String SWITCH = "numj.cuda";

    private final int deviceCount;
    private final String failure;
    private final ConcurrentHashMap<Integer, String> names = new ConcurrentHashMap<>();

    private CudaProbe(int deviceCount, String failure) {
        this.deviceCount = deviceCount;
        this.failure = failure;
    }

    private static final class Holder {
        static final CudaProbe PROBE = probe(DRIVER, System.getProperty(SWITCH, "on"));
    }

    /** The probe of this JVM (computed on first use, then cached). */
    public static CudaProbe get() { return Holder.PROBE; }

    /**
     * Probes {@code library}; only {@value #DRIVER} itself is then started through the bindings (another
     * name is a test's: found or not, it reports whether the linker finds it).
     */
    static CudaProbe probe(String library, String cudaSwitch) {
        if ("off".equalsIgnoreCase(cudaSwitch) || "false".equalsIgnoreCase(cudaSwitch))
            return new CudaProbe(0, "CUDA is switched off with -D" + SWITCH + "=" + cudaSwitch);
        try {
            SymbolLookup.libraryLookup(library, Arena.global());
        } catch (IllegalArgumentException e) {
            return new CudaProbe(0, library + " not found: no NVIDIA driver on this machine (install the NVIDIA "
                    + "driver, or add the directory holding " + library + " to LD_LIBRARY_PATH)");
        }
        if (!DRIVER.equals(library)) return new CudaProbe(0, library + " is not the CUDA driver " + DRIVER);
        try {
            int count = CudaDriver.initAndCount();
            return count > 0 ? new CudaProbe(count, null)
                    : new CudaProbe(0, "the NVIDIA driver sees no CUDA device");
        } catch (CudaException e) {
            return new CudaProbe(0, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            return new CudaProbe(0, "the CUDA driver " + DRIVER + " could not be started: " + e);
        }
    }

    /** GPUs the driver sees; 0 when CUDA cannot be used. */
    public int deviceCount() { return deviceCount; }

    /** Why CUDA cannot be used at all, or null when the driver started. */
    public String failure() { return failure; }

    /** The driver's name for GPU {@code ordinal} (which must be below {@link #deviceCount()}). */
    public String deviceName(int ordinal) {
        if (ordinal < 0 || ordinal >= deviceCount)
            throw new IllegalArgumentException("no CUDA device " + ordinal + " (the driver sees " + deviceCount + ")");
        return names.computeIfAbsent(ordinal, CudaDriver::deviceName);
    }
}
