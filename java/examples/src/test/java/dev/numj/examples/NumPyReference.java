package dev.numj.examples;

import dev.numj.NDArray;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Properties;

/**
 * NumPy's results for the seeds' programs, computed once by {@code benchmarks/numpy/examples_reference.py}
 * (which runs the seeds' NumPy code verbatim) and committed beside the tests as numpy-reference.properties.
 */
final class NumPyReference {
    private NumPyReference() {}

    private static final Properties P = new Properties();

    static {
        try (InputStream in = NumPyReference.class.getResourceAsStream("numpy-reference.properties")) {
            if (in == null) throw new IllegalStateException("numpy-reference.properties missing: run benchmarks/numpy/examples_reference.py");
            P.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] values(String key) {
        String v = P.getProperty(key);
        if (v == null) throw new IllegalArgumentException("no " + key + " in numpy-reference.properties");
        return Arrays.stream(v.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    static double value(String key) { return values(key)[0]; }

    static NDArray array(String key, long... shape) { return dev.numj.NumJ.array(values(key)).reshape(shape); }

    /** max |a - e| / max(|e|, tiny) over the elements. */
    static double maxRelErr(NDArray actual, double[] expected) {
        double[] a = actual.toDoubleArray();
        if (a.length != expected.length) throw new AssertionError("size " + a.length + " vs NumPy's " + expected.length);
        double worst = 0;
        for (int i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - expected[i]) / Math.max(Math.abs(expected[i]), 1e-300));
        return worst;
    }
}
