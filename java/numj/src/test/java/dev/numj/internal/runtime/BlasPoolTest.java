package dev.numj.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenBLAS on NumJ's pool (NativeLoader.poolFlags, native numj_blas_load), in fresh JVMs: by default its products run on NumJ's
 * kernel threads and it uses as many as NUMJ_NUM_THREADS; OPENBLAS_NUM_THREADS still sets its own count;
 * {@code -Dnumj.blasPool=false} gives it back its own threads. Each JVM also checks a product that OpenBLAS splits.
 */
class BlasPoolTest {

    @TempDir
    static Path dir;

    static String run(Map<String, String> env, String... props) throws Exception {
        Path main = dir.resolve("Main.java");
        Files.writeString(main, """
                import static dev.numj.NumJ.*;

                public class Main {
                    public static void main(String[] args) {
                        var b = dev.numj.internal.runtime.NativeLoader.blas();
                        var a = arange(300.0 * 400).reshape(300, 400).div(1e4);
                        double s = a.matmul(a.T()).sum().getDouble();
                        double want = 0;
                        double[] v = a.toDoubleArray();
                        double[] col = new double[400];
                        for (int j = 0; j < 400; j++) for (int i = 0; i < 300; i++) col[j] += v[i * 400 + j];
                        for (double c : col) want += c * c;
                        System.out.println(b.threads() + " " + b.onNumjPool() + " " + (Math.abs(s - want) <= 1e-9 * want));
                    }
                }
                """);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(List.of(props));
        cmd.addAll(List.of("-cp", NativeAccessDeniedTest.classes() + File.pathSeparator + NativeAccessDeniedTest.blasJar(), main.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("OPENBLAS_NUM_THREADS");
        pb.environment().remove("GOTO_NUM_THREADS");
        pb.environment().remove("OMP_NUM_THREADS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the JVM did not finish: " + cmd);
        assertEquals(0, p.exitValue(), out);
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void oneThreadCountForNumjAndOpenBlasUnlessOpenBlasIsToldOtherwise() throws Exception {
        assertEquals("2 true true", run(Map.of("NUMJ_NUM_THREADS", "2")));
        assertEquals("1 true true", run(Map.of("NUMJ_NUM_THREADS", "1")));
        // OpenBLAS's own variable wins (OpenBLAS caps it at the CPUs): fewer threads than the pool ...
        assertEquals("1 true true", run(Map.of("NUMJ_NUM_THREADS", "2", "OPENBLAS_NUM_THREADS", "1")));
        // ... or more: two parts and a pool with no worker, so the second part runs on a thread of its own
        assertEquals("2 true true", run(Map.of("NUMJ_NUM_THREADS", "1", "OPENBLAS_NUM_THREADS", "2")));
    }

    @Test
    void theOptOutLeavesOpenBlasItsOwnThreads() throws Exception {
        assertEquals("2 false true", run(Map.of("NUMJ_NUM_THREADS", "1", "OPENBLAS_NUM_THREADS", "2"), "-Dnumj.blasPool=false"));
    }
}
