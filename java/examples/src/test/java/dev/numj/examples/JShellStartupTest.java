package dev.numj.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * scripts/jshell's session: the JDK's jshell with NumJ on the class path, native access for the evaluation JVM
 * and scripts/lib/numj.jsh after JShell's DEFAULT imports (java.util.* among them: {@code Random} must be NumJ's,
 * as in docs/getting-started.md), so that {@code array(1, 2, 3).mul(2)} is a first line that works. The script
 * adds only the build.
 */
class JShellStartupTest {
    @Test
    void theFirstLineAUserTypesWorks() throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("scripts/lib/numj.jsh"))) root = root.getParent();
        assertNotNull(root, "scripts/lib/numj.jsh not found above " + Path.of("").toAbsolutePath());
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assertTrue(Files.isExecutable(jshell), "this JDK has no jshell: " + jshell);
        Process p = new ProcessBuilder(List.of(jshell.toString(), "-q", "--class-path", System.getProperty("java.class.path"),
                "-R--enable-native-access=ALL-UNNAMED", "--startup", "DEFAULT", "--startup", root.resolve("scripts/lib/numj.jsh").toString()))
                .redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(("System.out.println(array(1, 2, 3).mul(2))\n"
                    + "System.out.println(linspace(0.0, 1.0, 3).sum())\n"
                    + "Random rng = random(42)\n"
                    + "System.out.println(rng.getClass().getName() + \" \" + rng.rand(2).shape()[0])\n"
                    + "/exit\n").getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jshell did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("[2 4 6]"), out);
        assertTrue(out.contains("1.5"), out);
        assertTrue(out.contains("dev.numj.random.Random 2"), "Random is NumJ's generator: " + out);
        assertFalse(out.contains("Error") || out.contains("Exception"), out);
    }
}
