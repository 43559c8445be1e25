package dev.numj.internal.cuda;

import dev.numj.internal.ffi.cuda.Cuda;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Thin checked wrappers over the driver bindings. Every method here initialises class {@link Cuda}, so
 * only {@link CudaProbe} (after finding {@value CudaProbe#DRIVER}) and code running on an available
 * device may call them.
 */
final class CudaDriver {
    private CudaDriver() {}

    static final int CUDA_ERROR_OUT_OF_MEMORY = 2;

    /** cuInit(0), then the number of devices. */
    static int initAndCount() {
        check(Cuda.cuInit(0), "cuInit");
        try (Arena a = Arena.ofConfined()) {
            MemorySegment n = a.allocate(ValueLayout.JAVA_INT);
            check(Cuda.cuDeviceGetCount(n), "cuDeviceGetCount");
            return n.get(ValueLayout.JAVA_INT, 0);
        }
    }

    /** The CUdevice handle of an ordinal. */
    static int device(int ordinal) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment d = a.allocate(ValueLayout.JAVA_INT);
            check(Cuda.cuDeviceGet(d, ordinal), "cuDeviceGet(" + ordinal + ")");
            return d.get(ValueLayout.JAVA_INT, 0);
        }
    }

    static String deviceName(int ordinal) {
        int dev = device(ordinal);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment name = a.allocate(256);
            check(Cuda.cuDeviceGetName(name, 256, dev), "cuDeviceGetName(" + ordinal + ")");
            return name.getString(0);
        }
    }

    static int attribute(int attribute, int dev) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = a.allocate(ValueLayout.JAVA_INT);
            check(Cuda.cuDeviceGetAttribute(v, attribute, dev), "cuDeviceGetAttribute(" + attribute + ")");
            return v.get(ValueLayout.JAVA_INT, 0);
        }
    }

    /** Throws a {@link CudaException} naming {@code operation} and the error unless status is CUDA_SUCCESS. */
    static void check(int status, String operation) {
        if (status != 0) throw error(status, operation);
    }

    static CudaException error(int status, String operation) {
        return new CudaException(operation, status, errorName(status), errorString(status));
    }

    /** cuGetErrorName, or "CUresult n" for a code the driver does not know. */
    static String errorName(int status) {
        String s = describe(status, true);
        return s != null ? s : "CUresult " + status;
    }

    private static String errorString(int status) { return describe(status, false); }

    private static String describe(int status, boolean name) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment p = a.allocate(ValueLayout.ADDRESS);
            int rc = name ? Cuda.cuGetErrorName(status, p) : Cuda.cuGetErrorString(status, p);
            MemorySegment str = p.get(ValueLayout.ADDRESS, 0);
            if (rc != 0 || str.equals(MemorySegment.NULL)) return null;
            return str.reinterpret(1024).getString(0);
        }
    }
}
