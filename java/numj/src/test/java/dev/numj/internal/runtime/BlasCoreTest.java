package dev.numj.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlasCoreTest {
    private static final List<String> AVX2 = List.of("sse4_2", "avx", "avx2", "fma");
    private static final List<String> AVX512 = List.of("sse4_2", "avx", "avx2", "fma", "avx512f");

    @Test
    void haswellKernelsOnZen3Only() {
        assertEquals("Haswell", BlasCore.ruleFor(new BlasCore.Cpu("AuthenticAMD", 25, AVX2)));
        assertNull(BlasCore.ruleFor(new BlasCore.Cpu("AuthenticAMD", 25, AVX512)), "Zen 4: OpenBLAS picks (AVX-512)");
        assertNull(BlasCore.ruleFor(new BlasCore.Cpu("AuthenticAMD", 26, AVX512)), "Zen 5: OpenBLAS picks");
        assertNull(BlasCore.ruleFor(new BlasCore.Cpu("AuthenticAMD", 23, AVX2)), "Zen 1/2: not measured, OpenBLAS picks");
        assertNull(BlasCore.ruleFor(new BlasCore.Cpu("GenuineIntel", 6, AVX2)));
        assertNull(BlasCore.ruleFor(new BlasCore.Cpu("", -1, List.of())), "no /proc/cpuinfo");
    }

    @Test
    void theBundledOpenBlasRunsTheCoreTheRuleChose() {
        NativeLoader.Blas blas = NativeLoader.blas();
        String env = System.getenv("OPENBLAS_CORETYPE");
        assumeTrue(blas.source().equals("bundled") && (env == null || env.isBlank())
                && System.getProperty(BlasCore.PROPERTY, "auto").equals("auto"), "bundled OpenBLAS, NumJ's rule in charge");
        String rule = BlasCore.ruleFor(BlasCore.Cpu.read());
        assertEquals(rule, BlasCore.chosen(), blas.toString());
        if (rule != null) assertEquals(rule.toLowerCase(), blas.coreName().toLowerCase(), blas.toString());
    }
}
