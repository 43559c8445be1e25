package dev.numj.tablesaw;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short NumPy program in python3 (system property {@code numj.python}, else {@code NUMJ_PYTHON}, else
 * {@code python3}) and returns what it printed: the tests' oracle for medians, quantiles and describe.
 * Java arrays go in as Python list literals ({@link #list}); {@code NaN} is defined for them.
 */
final class NumPyProcess {
    private NumPyProcess() {}

    static String run(String code) {
        String python = System.getProperty("numj.python", System.getenv().getOrDefault("NUMJ_PYTHON", "python3"));
        try {
            Process p = new ProcessBuilder(python, "-c", "import numpy as np\nNaN = float('nan')\n" + code).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes(), err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0)
                throw new AssertionError("NumPy failed: " + new String(err, StandardCharsets.UTF_8) + "\nprogram:\n" + code);
            return new String(out, StandardCharsets.UTF_8).trim();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("cannot run " + python + " with NumPy (set -Dnumj.python): " + e, e);
        }
    }

    /** The whitespace-separated numbers NumPy printed. */
    static double[] numbers(String code) {
        return parse(run(code));
    }

    /** The numbers of each line NumPy printed. */
    static double[][] lines(String code) {
        return run(code).lines().map(NumPyProcess::parse).toArray(double[][]::new);
    }

    private static double[] parse(String line) {
        return Arrays.stream(line.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    /** A Python list literal of the values (NaN as the name NaN). */
    static String list(double[] v) {
        return Arrays.toString(v);
    }
}
