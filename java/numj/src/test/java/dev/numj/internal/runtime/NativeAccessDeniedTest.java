package dev.numj.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM that denies NumJ native access fails with NumJ's message naming the flag to add: for the class path
 * {@code --enable-native-access=ALL-UNNAMED}, for the module path {@code --enable-native-access=dev.numj}. Each
 * case runs a fresh JVM (the JDK's source launcher) with {@code --illegal-native-access=deny}.
 */
class NativeAccessDeniedTest {

    @TempDir
    static Path dir;

    static Path program() throws Exception {
        Path main = dir.resolve("Main.java");
        if (!Files.exists(main))
            Files.writeString(main, """
                    public class Main {
                        public static void main(String[] args) {
                            System.out.println(dev.numj.NumJ.array(1, 2, 3).sum());
                        }
                    }
                    """);
        return main;
    }

    static String classes() throws Exception {
        return Path.of(NativeLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** The bundled OpenBLAS jar from this test JVM's module or class path. */
    static String blasJar() {
        String paths = System.getProperty("jdk.module.path", "") + File.pathSeparator + System.getProperty("java.class.path", "");
        return Stream.of(paths.split(File.pathSeparator)).filter(p -> p.contains("openblas") && p.endsWith(".jar"))
                .findFirst().orElseThrow(() -> new AssertionError("no openblas jar on " + paths));
    }

    record Run(int exit, String output) {}

    static Run java(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(Arrays.asList(args));
        cmd.add(program().toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the JVM did not finish: " + cmd);
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void onTheClassPathTheMessageNamesAllUnnamed() throws Exception {
        Run r = java("--illegal-native-access=deny", "-cp", classes() + File.pathSeparator + blasJar());
        assertNotEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("dev.numj.NumJNativeException: NumJ calls native code"), r.output());
        assertTrue(r.output().contains("NumJ runs on the class path: add --enable-native-access=ALL-UNNAMED to the java command"),
                r.output());
        assertTrue(r.output().contains("Enable-Native-Access: ALL-UNNAMED"), r.output());
    }

    @Test
    void onTheModulePathTheMessageNamesDevNumj() throws Exception {
        Run r = java("--illegal-native-access=deny", "-p", classes(), "--add-modules", "dev.numj", "-cp", blasJar());
        assertNotEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("NumJ runs as module dev.numj on the module path: add --enable-native-access=dev.numj"),
                r.output());
    }

    @Test
    void withTheFlagItRuns() throws Exception {
        Run cp = java("--enable-native-access=ALL-UNNAMED", "--illegal-native-access=deny", "-cp",
                classes() + File.pathSeparator + blasJar());
        assertEquals(0, cp.exit(), cp.output());
        assertEquals("6", cp.output().strip());
        Run mp = java("--enable-native-access=dev.numj", "--illegal-native-access=deny", "-p", classes(),
                "--add-modules", "dev.numj", "-cp", blasJar());
        assertEquals(0, mp.exit(), mp.output());
        assertEquals("6", mp.output().strip());
        assertFalse(mp.output().contains("WARNING"), mp.output());
    }
}
