package dev.numj.internal.runtime;

import dev.numj.NumJNativeException;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Which OpenBLAS kernels (its "core") the bundled OpenBLAS runs, chosen before it loads.
 *
 * <p>OpenBLAS built with DYNAMIC_ARCH picks its kernels from the CPU when it loads, and reads the environment
 * variable {@code OPENBLAS_CORETYPE} first. On AMD Zen 3 (family 25 without AVX-512) the bundled build picks its
 * {@code Zen} kernels, which ran small and mid-sized matrix products slower here than its {@code Haswell} kernels
 * (the ones NumPy's own OpenBLAS build picks on the same CPU; docs/performance.md, "A current OpenBLAS"). So
 * NumJ asks for {@code Haswell} there. {@value #PROPERTY} decides: {@code auto} (the default: NumJ's rule above),
 * {@code openblas} (OpenBLAS picks), or a core name OpenBLAS knows ({@code Haswell}, {@code Zen},
 * {@code SkylakeX}, ...). A user's own {@code OPENBLAS_CORETYPE} always wins, and the system OpenBLAS is left alone.
 */
final class BlasCore {
    static final String PROPERTY = "numj.blasCore";

    private BlasCore() {}

    /** The core NumJ asked for, or null when OpenBLAS chose (guarded by BlasCore.class). */
    private static String chosen;

    static synchronized String chosen() { return chosen; }

    /** Sets OPENBLAS_CORETYPE for the bundled OpenBLAS when the rule or {@value #PROPERTY} asks for a core. */
    static synchronized void chooseForBundled() {
        String user = System.getenv("OPENBLAS_CORETYPE");
        if (user != null && !user.isBlank()) return;
        String p = System.getProperty(PROPERTY, "auto").trim();
        String core = switch (p.toLowerCase(Locale.ROOT)) {
            case "auto", "" -> ruleFor(Cpu.read());
            case "openblas" -> null;
            default -> p;
        };
        if (core == null) return;
        setenv("OPENBLAS_CORETYPE", core);
        chosen = core;
    }

    /** What /proc/cpuinfo says of the first CPU: vendor, family and flags. */
    record Cpu(String vendor, int family, List<String> flags) {
        static Cpu read() {
            String vendor = "", flags = "";
            int family = -1;
            try {
                for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                    int colon = line.indexOf(':');
                    if (colon < 0) {
                        if (!vendor.isEmpty()) break;   // the end of the first CPU's block
                        continue;
                    }
                    String key = line.substring(0, colon).trim(), value = line.substring(colon + 1).trim();
                    switch (key) {
                        case "vendor_id" -> vendor = value;
                        case "cpu family" -> family = Integer.parseInt(value);
                        case "flags" -> flags = value;
                        default -> { }
                    }
                }
            } catch (IOException | RuntimeException e) {
                return new Cpu("", -1, List.of());
            }
            return new Cpu(vendor, family, List.of(flags.split("\\s+")));
        }
    }

    /** NumJ's rule: Haswell kernels on AMD Zen 3 (family 25, no AVX-512), where they measured faster; else OpenBLAS picks. */
    static String ruleFor(Cpu cpu) {
        boolean zen3 = cpu.vendor().equals("AuthenticAMD") && cpu.family() == 25 && !cpu.flags().contains("avx512f")
                && cpu.flags().contains("avx2") && cpu.flags().contains("fma");
        return zen3 ? "Haswell" : null;
    }

    private static void setenv(String name, String value) {
        Linker linker = Linker.nativeLinker();
        MemorySegment fn = linker.defaultLookup().find("setenv")
                .orElseThrow(() -> new NumJNativeException("the C library has no setenv"));
        MethodHandle h = linker.downcallHandle(fn, FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        try (Arena a = Arena.ofConfined()) {
            int rc = (int) h.invokeExact(a.allocateFrom(name), a.allocateFrom(value), 1);
            if (rc != 0) throw new NumJNativeException("setenv(" + name + ") failed");
        } catch (NumJNativeException e) {
            throw e;
        } catch (Throwable e) {
            throw new NumJNativeException("setenv(" + name + ") failed: " + e, e);
        }
    }
}
