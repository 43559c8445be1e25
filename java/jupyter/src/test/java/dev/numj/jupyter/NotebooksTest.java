package dev.numj.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel as Jupyter runs it: a kernel spec in a temporary JUPYTER_PATH that starts this module's classes
 * on this JDK, then (1) jupyter_kernel_test's protocol checks and the kernel's own (src/test/python/kernel_test.py)
 * and (2) every notebook in notebooks/ executed headless by nbclient (src/test/python/run_notebooks.py): a cell
 * that raises fails the build. The Python side is Debian's python3-nbclient and python3-jupyter-kernel-test
 * (scripts/test installs them as root); the interpreter is $NUMJ_JUPYTER_PYTHON, else /usr/bin/python3, else
 * python3 on the PATH, the first that imports both.
 */
class NotebooksTest {

    @TempDir
    static Path jupyterPath;

    private static Path root;
    private static String python;

    @BeforeAll
    static void kernelSpec() throws IOException, InterruptedException {
        root = Path.of(System.getProperty("numj.root", "../..")).toAbsolutePath().normalize();
        python = findPython();
        String classpath = System.getProperty("numj.jupyter.classpath") + File.pathSeparator
                + Files.readString(Path.of(System.getProperty("numj.jupyter.classpathFile"))).strip();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the options of scripts/jupyter's kernel spec
        List<String> argv = List.of(java, "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true",
                "-XX:TieredStopAtLevel=1", "--sun-misc-unsafe-memory-access=allow", "-cp", classpath, NumJKernel.class.getName(), "{connection_file}");
        Path spec = jupyterPath.resolve("kernels").resolve(NumJKernel.KERNEL_NAME);
        Files.createDirectories(spec);
        StringBuilder json = new StringBuilder("{\"argv\": [");
        for (int i = 0; i < argv.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(quote(argv.get(i)));
        }
        json.append("], \"display_name\": \"Java (NumJ)\", \"language\": \"java\", \"interrupt_mode\": \"message\"}\n");
        Files.writeString(spec.resolve("kernel.json"), json);
    }

    @Test
    void kernelPassesJupyterKernelTest() throws Exception {
        Path dir = Path.of("src", "test", "python").toAbsolutePath();
        assertEquals(0, run(dir, python, "-m", "unittest", "-v", "kernel_test"), "jupyter_kernel_test failed (output above)");
    }

    @Test
    void everyNotebookRunsWithoutAnError() throws Exception {
        List<String> command = new ArrayList<>(List.of(python, Path.of("src", "test", "python", "run_notebooks.py").toAbsolutePath().toString()));
        try (Stream<Path> notebooks = Files.list(root.resolve("notebooks"))) {
            notebooks.filter(p -> p.toString().endsWith(".ipynb")).sorted().map(Path::toString).forEach(command::add);
        }
        assertFalse(command.size() == 2, "no notebooks in " + root.resolve("notebooks"));
        assertEquals(0, run(root, command.toArray(String[]::new)), "a notebook raised (output above)");
    }

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("JUPYTER_PATH", jupyterPath.toString());
        builder.environment().put("JUPYTER_RUNTIME_DIR", jupyterPath.resolve("runtime").toString());
        builder.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process process = builder.start();
        // Through System.out, line by line, so that surefire keeps the Python side's report in the test output.
        Thread pump = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = process.inputReader(StandardCharsets.UTF_8)) {
                lines.lines().forEach(System.out::println);
            } catch (IOException e) {
                System.out.println("(output lost: " + e + ")");
            }
        });
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        pump.join(10_000);
        return process.exitValue();
    }

    private static String findPython() throws IOException, InterruptedException {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv("NUMJ_JUPYTER_PYTHON");
        if (configured != null && !configured.isEmpty()) {
            candidates.add(configured);
        }
        candidates.add("/usr/bin/python3");
        candidates.add("python3");
        for (String candidate : candidates) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import nbclient, jupyter_kernel_test")
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException notThere) {
                // next candidate
            }
        }
        throw new AssertionError("no python3 with nbclient and jupyter_kernel_test (tried " + candidates
                + "): install python3-nbclient and python3-jupyter-kernel-test (Debian), or set NUMJ_JUPYTER_PYTHON");
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
