package dev.numj.internal;

import static dev.numj.internal.ArrayAccess.storageOf;import dev.numj.Device;
import dev.numj.NDArray;

/**
 * Layer 2's device rule: the arrays of one operation must live on one device, as in PyTorch.
 * A 0-d CPU array (what NumJ makes of a Java scalar) may join arrays on a GPU, as a 0-dim CPU tensor
 * may in PyTorch: the backend passes its one value to the kernel by value.
 */
public final class Devices {
    private Devices() {}

    /**
     * The device {@code op} runs on for these operands (null entries are skipped).
     *
     * @throws IllegalArgumentException naming {@code op} and both devices when they differ
     */
    public static Device common(String op, NDArray... operands) {
        Device found = null;
        boolean scalarOnCpu = false;
        for (NDArray a : operands) {
            if (a == null) continue;
            Device d = storageOf(a).device();
            if (d.isCpu() && a.ndim() == 0) {
                scalarOnCpu = true;
                continue;
            }
            String why = mismatch(op, found, d);
            if (why != null) throw new IllegalArgumentException(why);
            found = d;
        }
        return found != null ? found : Device.CPU;
    }

    /**
     * Checks that the inputs of an operation writing into {@code out} are on out's device (or are 0-d CPU
     * scalars); returns that device.
     */
    public static Device output(String op, NDArray out, NDArray... inputs) {
        Device d = storageOf(out).device();
        for (NDArray a : inputs) {
            if (a == null || (storageOf(a).device().isCpu() && a.ndim() == 0)) continue;
            String why = mismatch(op, d, storageOf(a).device());
            if (why != null) throw new IllegalArgumentException(why);
        }
        return d;
    }

    /** The error message for operands of {@code op} on devices {@code a} and {@code b}, or null when they agree. */
    public static String mismatch(String op, Device a, Device b) {
        if (a == null || b == null || a.equals(b)) return null;
        return op + ": operands are on different devices, " + a + " and " + b + "; move them to one device "
                + "with to(device) first (PyTorch: Expected all tensors to be on the same device)";
    }
}
