package dev.numj.internal.runtime;

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
 * The rule is C's ({@code numj_blas_core_rule}), which {@code numj_blas_load} applies to what cpuid says.
 */
final class BlasCore {
    static final String PROPERTY = "numj.blasCore";

    private BlasCore() {}

    /** The core NumJ asked for, or null when OpenBLAS chose (guarded by BlasCore.class). */
    private static String chosen;

    static synchronized String chosen() { return chosen; }

    /**
     * What NumJ asks of the bundled OpenBLAS as it loads (native numj_blas_load, which sets OPENBLAS_CORETYPE before it
     * opens the library): null for nothing (the user's own OPENBLAS_CORETYPE, or {@code openblas}), {@code "auto"} for
     * NumJ's rule (applied in C from cpuid: reading /proc/cpuinfo here cost a first matrix product 6-15 ms), or the
     * core {@value #PROPERTY} names.
     */
    static String request() {
        String user = System.getenv("OPENBLAS_CORETYPE");
        if (user != null && !user.isBlank()) return null;
        String p = System.getProperty(PROPERTY, "auto").trim();
        return switch (p.toLowerCase(Locale.ROOT)) {
            case "auto", "" -> "auto";
            case "openblas" -> null;
            default -> p;
        };
    }

    /** Records the core NumJ set as OpenBLAS loaded (null or empty: none). */
    static synchronized void loaded(String core) {
        chosen = core == null || core.isEmpty() ? null : core;
    }
}
