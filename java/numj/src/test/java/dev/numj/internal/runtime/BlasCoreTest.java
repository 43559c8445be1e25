package dev.numj.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.numj.internal.ffi.numj.NumjCpu;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlasCoreTest {
    private static final int AVX2 = NumjCpu.NUMJ_CPU_AVX2() | NumjCpu.NUMJ_CPU_FMA();
    private static final int AVX512 = AVX2 | NumjCpu.NUMJ_CPU_AVX512F();

    /** NumJ's rule (native numj_blas_core_rule) for a vendor, family and feature set. */
    private static String rule(String vendor, int family, int features) {
        NativeLoader.ensureLoaded();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment r = NumjCpu.numj_blas_core_rule(a.allocateFrom(vendor), family, features);
            return r.equals(MemorySegment.NULL) ? null : r.reinterpret(64).getString(0);
        }
    }

    @Test
    void haswellKernelsOnZen3Only() {
        assertEquals("Haswell", rule("AuthenticAMD", 25, AVX2));
        assertNull(rule("AuthenticAMD", 25, AVX512), "Zen 4: OpenBLAS picks (AVX-512)");
        assertNull(rule("AuthenticAMD", 26, AVX512), "Zen 5: OpenBLAS picks");
        assertNull(rule("AuthenticAMD", 23, AVX2), "Zen 1/2: not measured, OpenBLAS picks");
        assertNull(rule("AuthenticAMD", 25, NumjCpu.NUMJ_CPU_AVX2()), "no FMA");
        assertNull(rule("GenuineIntel", 6, AVX2));
        assertNull(rule("", -1, 0), "nothing known");
    }

    /** What /proc/cpuinfo says of the first CPU: the vendor, family and the flags the rule reads, or null. */
    private static Object[] cpuinfo() {
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
            return null;
        }
        List<String> f = List.of(flags.split("\\s+"));
        int features = (f.contains("avx2") ? NumjCpu.NUMJ_CPU_AVX2() : 0) | (f.contains("fma") ? NumjCpu.NUMJ_CPU_FMA() : 0)
                | (f.contains("avx512f") ? NumjCpu.NUMJ_CPU_AVX512F() : 0);
        return new Object[] {vendor, family, features};
    }

    /** numj_blas_load read the CPU from cpuid; the kernels it chose are the rule's for what /proc/cpuinfo says. */
    @Test
    void theBundledOpenBlasRunsTheCoreTheRuleChose() {
        NativeLoader.Blas blas = NativeLoader.blas();
        String env = System.getenv("OPENBLAS_CORETYPE");
        Object[] cpu = cpuinfo();
        assumeTrue(cpu != null && blas.source().equals("bundled") && (env == null || env.isBlank())
                && System.getProperty(BlasCore.PROPERTY, "auto").equals("auto"), "bundled OpenBLAS, NumJ's rule in charge");
        String expected = rule((String) cpu[0], (Integer) cpu[1], (Integer) cpu[2]);
        assertEquals(expected, BlasCore.chosen(), blas.toString());
        if (expected != null) assertEquals(expected.toLowerCase(), blas.coreName().toLowerCase(), blas.toString());
    }
}
