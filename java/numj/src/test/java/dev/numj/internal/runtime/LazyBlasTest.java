package dev.numj.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenBLAS loads on first need: a program that only makes and prints arrays runs without it, and the first call that
 * needs OpenBLAS (a dot of two vectors: cblas_?dot; matrix products may run NumJ's own kernel instead) reports an
 * OpenBLAS that cannot be loaded with NumJ's message, the same again on a second try. A fresh JVM (the JDK's source
 * launcher) with {@code -Dnumj.blas=nowhere}, a choice NumJ refuses when it loads OpenBLAS.
 */
class LazyBlasTest {

    @TempDir
    static Path dir;

    @Test
    void arraysWorkWithoutOpenBlasAndTheFirstBlasCallSaysWhyItCannotLoad() throws Exception {
        Path main = dir.resolve("Main.java");
        Files.writeString(main, """
                import static dev.numj.NumJ.*;

                public class Main {
                    public static void main(String[] args) {
                        System.out.println(array(1, 2, 3).mul(2) + " " + ones(3, 3).sum());
                        for (int i = 0; i < 2; i++) {
                            try {
                                array(1.0, 2.0).dot(array(3.0, 4.0));
                                System.out.println("no error");
                            } catch (dev.numj.NumJNativeException e) {
                                System.out.println("error: " + e.getMessage());
                            }
                        }
                    }
                }
                """);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-Dnumj.blas=nowhere", "-cp", NativeAccessDeniedTest.classes() + File.pathSeparator + NativeAccessDeniedTest.blasJar(),
                main.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the JVM did not finish: " + cmd);
        assertEquals(0, p.exitValue(), out);
        String[] lines = out.strip().split("\n");
        assertEquals("[2 4 6] 9.0", lines[0], out);
        String refused = "error: -Dnumj.blas=nowhere is not one of auto, bundled, system";
        assertEquals(refused, lines[1], out);
        assertEquals(refused, lines[2], out);
    }
}
