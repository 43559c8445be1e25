package dev.numj;

import java.util.Locale;

/**
 * The device the test suite runs its oracle tests on: {@code -Dnumj.test.device=cpu}
 * (the default), {@code cuda} (= {@code cuda:0}) or {@code cuda:N}. The oracle helpers
 * ({@link OracleSupport#random}, {@link OracleSupport#fromOracle}) put test inputs there and every
 * comparison with NumPy brings results back with {@link #toHost}; assertions are unchanged, so one
 * suite proves both devices. Asking for a GPU that is not available fails the tests that use it (with
 * {@link DeviceUnavailableException}), never silently runs them on the CPU.
 * <pre>{@code
 * build/gpu-bundle/run-tests.sh        with NUMJ_JAVA_OPTS=-Dnumj.test.device=cuda:0
 * }</pre>
 */
public final class TestDevice {
    private TestDevice() {}

    public static final String PROPERTY = "numj.test.device";

    /** The device named by {@value #PROPERTY}. */
    public static final Device DEVICE = parse(System.getProperty(PROPERTY, "cpu"));

    static Device parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("cpu")) return Device.CPU;
        if (n.equals("cuda")) return Device.cuda(0);
        if (n.startsWith("cuda:")) {
            try {
                return Device.cuda(Integer.parseInt(n.substring(5)));
            } catch (IllegalArgumentException e) {
                // not a number, or negative: the message below
            }
        }
        throw new IllegalArgumentException("-D" + PROPERTY + "=" + name + ": expected cpu, cuda or cuda:N");
    }

    /** {@code a} on the test device (the same array when it is already there). */
    public static NDArray onTestDevice(NDArray a) { return a.to(DEVICE); }

    /** {@code a} on the CPU, for reading and comparing (the same array when it is there). */
    public static NDArray toHost(NDArray a) { return a.to(Device.CPU); }
}
