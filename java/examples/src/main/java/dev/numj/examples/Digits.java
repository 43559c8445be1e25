package dev.numj.examples;

import dev.numj.NDArray;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static dev.numj.NumJ.array;

/**
 * The 8x8 handwritten digits (scikit-learn's {@code load_digits}: 1797 images, pixels 0..16, labels
 * 0..9), read from {@code digits.csv.gz} beside this class (BSD-3-Clause, see digits-LICENSE.txt
 * there). Each line is 64 pixel values and the label; no download, no pandas.
 */
public final class Digits {
    private Digits() {}

    /** X (1797, 64) float64 pixels 0..16; y (1797,) int64 labels. */
    public record Set(NDArray X, NDArray y) {}

    public static final int N = 1797, PIXELS = 64;

    public static Set load() {
        double[] x = new double[N * PIXELS];
        long[] y = new long[N];
        try (InputStream in = Digits.class.getResourceAsStream("digits.csv.gz")) {
            if (in == null) throw new IllegalStateException("digits.csv.gz is not on the class path beside " + Digits.class.getName());
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.US_ASCII));
            String line;
            int row = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] f = line.split(",");
                if (f.length != PIXELS + 1 || row >= N)
                    throw new IllegalStateException("digits.csv.gz line " + (row + 1) + ": " + f.length + " fields, expected 65");
                for (int j = 0; j < PIXELS; j++) x[row * PIXELS + j] = Double.parseDouble(f[j]);
                y[row++] = (long) Double.parseDouble(f[PIXELS]);
            }
            if (row != N) throw new IllegalStateException("digits.csv.gz has " + row + " rows, expected " + N);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Set(array(x).reshape(N, PIXELS), array(y));
    }
}
