package dev.numj;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/** {@code NumJ.showConfig()} (NumPy's np.show_config()) says what runs: JDK, CPU, native kernels, BLAS, GPU, memory. */
class ShowConfigTest {
    @Test
    void configNamesEveryPart() {
        String c = NumJ.config();
        assertTrue(c.startsWith("NumJ "), c);
        for (String part : new String[] {"Java:", "OS:", "CPU:", "native:", "BLAS:", "GPU:", "memory:"})
            assertTrue(c.contains("\n  " + part), part + " missing in:\n" + c);
        assertTrue(c.contains(System.getProperty("java.runtime.version")), c);
        String blas = "(?s).*OpenBLAS \\d+\\.\\d+\\.\\d+ \\((bundled|system): .*\\), "
                + "core \\w+ \\((chosen by NumJ|OPENBLAS_CORETYPE=|picked by OpenBLAS)[^)]*\\), \\d+ threads.*";
        assertTrue(c.matches(blas), c);
        assertTrue(c.matches("(?s).*SIMD math kernels: (avx512|avx2|sse4|off|none).*"), c);
        assertTrue(c.matches("(?s).*; \\d+ kernel threads.*"), c);
        assertTrue(c.contains("libnumj_cpu ABI"), c);
    }

    @Test
    void showConfigPrintsTheSameText() {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            NumJ.showConfig();
        } finally {
            System.setOut(out);
        }
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertEquals(NumJ.config().lines().count(), printed.lines().count(), printed);
        assertTrue(printed.startsWith("NumJ "), printed);
    }
}
