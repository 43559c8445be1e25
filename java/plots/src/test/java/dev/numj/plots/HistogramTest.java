package dev.numj.plots;

import dev.numj.DType;
import dev.numj.NDArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.numj.NumJ.*;
import static org.junit.jupiter.api.Assertions.*;
import static dev.numj.io.IO.*;
import static dev.numj.random.Random.*;

/** {@link Histogram#of} against NumPy's {@code np.histogram}, run by python3 on the same arrays. */
class HistogramTest {
    private record Case(NDArray a, int bins, Double lo, Double hi) {}

    private static final String NUMPY = """
            import sys, os, numpy as np
            d = sys.argv[1]
            for line in open(os.path.join(d, 'cases.txt')):
                name, bins, lo, hi = line.split()
                a = np.load(os.path.join(d, name + '.npy'))
                rng = None if lo == 'none' else (float(lo), float(hi))
                try:
                    c, e = np.histogram(a, int(bins), range=rng)
                    print(name, 'ok', ' '.join(str(int(v)) for v in c), '|', ' '.join(repr(float(v)) for v in e))
                except Exception as ex:
                    print(name, 'error', type(ex).__name__ + ':', ex)
            """;

    @Test
    void countsAndEdgesAreNumPys(@TempDir Path dir) throws Exception {
        dev.numj.random.Random rng = random(7);
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("normal", new Case(rng.randn(10_000), 50, null, null));
        cases.put("normal_range", new Case(rng.randn(5_000), 20, -1.0, 1.0));          // values outside are dropped
        cases.put("ints", new Case(rng.randint(0, 10, 1000), 10, null, null));         // every value on an edge
        cases.put("ints_7", new Case(rng.randint(-3, 4, 500), 7, null, null));
        cases.put("constant", new Case(full(new int[] {20}, 3.0), 5, null, null));     // range widened to (2.5, 3.5)
        cases.put("edges", new Case(linspace(0, 1, 101), 10, null, null));            // rounding meets exact edges
        cases.put("tenths", new Case(arange(1000L).astype(DType.FLOAT64).mul(0.001), 7, null, null));
        cases.put("thirds", new Case(arange(0L, 300L).astype(DType.FLOAT64).div(3.0), 13, 0.1, 99.7));
        cases.put("matrix", new Case(rng.rand(40, 25), 9, null, null));                // any shape: flattened
        cases.put("float32", new Case(rng.randn(DType.FLOAT32, 3000).mul(0.5), 30, null, null));
        cases.put("empty", new Case(zeros(0), 4, null, null));                         // range (0, 1)
        cases.put("one_bin", new Case(array(1.0, 2.0, 2.0, 3.0), 1, null, null));
        cases.put("nan_range", new Case(array(0.5, Double.NaN, 0.25, 2.0), 4, 0.0, 1.0)); // NaN left out
        StringBuilder index = new StringBuilder();
        for (var e : cases.entrySet()) {
            save(dir.resolve(e.getKey() + ".npy"), e.getValue().a());
            Case c = e.getValue();
            index.append(e.getKey()).append(' ').append(c.bins()).append(' ').append(c.lo() == null ? "none none" : c.lo() + " " + c.hi()).append('\n');
        }
        Files.writeString(dir.resolve("cases.txt"), index);
        List<String> lines = Python.run(NUMPY, dir).lines().toList();
        assertEquals(cases.size(), lines.size(), String.join("\n", lines));
        int i = 0;
        for (var e : cases.entrySet()) {
            String[] parts = lines.get(i++).split(" ", 3);
            assertEquals(e.getKey(), parts[0]);
            assertEquals("ok", parts[1], e.getKey() + ": NumPy said " + parts[2]);
            String[] ce = parts[2].split("\\|");
            long[] counts = java.util.Arrays.stream(ce[0].trim().split(" ")).mapToLong(Long::parseLong).toArray();
            double[] edges = java.util.Arrays.stream(ce[1].trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
            Case c = e.getValue();
            Histogram h = c.lo() == null ? Histogram.of(c.a(), c.bins()) : Histogram.of(c.a(), c.bins(), c.lo(), c.hi());
            assertEquals(DType.INT64, h.counts().dtype(), e.getKey());
            assertEquals(DType.FLOAT64, h.binEdges().dtype(), e.getKey());
            assertArrayEquals(counts, h.counts().toLongArray(), e.getKey() + " counts");
            // float32 data: NumPy bins in float32, NumJ in float64; the edges agree to float32 precision
            double tol = c.a().dtype() == DType.FLOAT32 ? 1e-6 : 0.0;
            assertArrayEquals(edges, h.binEdges().toDoubleArray(), tol, e.getKey() + " edges");
            assertEquals(c.bins(), h.bins());
        }
    }

    @Test
    void errorsAreNumPys(@TempDir Path dir) throws Exception {
        save(dir.resolve("nan.npy"), array(1.0, Double.NaN));
        save(dir.resolve("inf.npy"), array(1.0, Double.POSITIVE_INFINITY));
        save(dir.resolve("ok.npy"), array(1.0, 2.0));
        Files.writeString(dir.resolve("cases.txt"), "nan 3 none none\ninf 3 none none\nok 0 none none\nok 3 2.0 1.0\nok 3 0.0 inf\n");
        List<String> lines = Python.run(NUMPY, dir).lines().toList();
        List<Runnable> numj = new ArrayList<>(List.of(
                () -> Histogram.of(array(1.0, Double.NaN), 3),
                () -> Histogram.of(array(1.0, Double.POSITIVE_INFINITY), 3),
                () -> Histogram.of(array(1.0, 2.0), 0),
                () -> Histogram.of(array(1.0, 2.0), 3, 2.0, 1.0),
                () -> Histogram.of(array(1.0, 2.0), 3, 0.0, Double.POSITIVE_INFINITY)));
        for (int i = 0; i < numj.size(); i++) {
            String[] parts = lines.get(i).split(" ", 3);
            assertEquals("error", parts[1], lines.get(i));
            String numpyMessage = parts[2].substring(parts[2].indexOf(':') + 2);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, numj.get(i)::run);
            assertEquals(numpyMessage, e.getMessage(), "case " + i);
        }
        IllegalArgumentException bool = assertThrows(IllegalArgumentException.class, () -> Histogram.of(array(true, false), 2));
        assertTrue(bool.getMessage().contains("bool"), bool.getMessage());
    }
}
