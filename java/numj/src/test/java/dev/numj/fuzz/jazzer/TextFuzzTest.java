package dev.numj.fuzz.jazzer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.Scope;
import dev.numj.io.GenFromTxtOptions;
import dev.numj.io.IO;
import dev.numj.io.LoadTxtOptions;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static dev.numj.NumJ.scope;

/**
 * Coverage-guided (Jazzer): fuzzed text through {@link IO#loadtxt} and {@link IO#genfromtxt} with
 * fuzzed options (delimiter, dtype, skiprows, usecols, ndmin). Only {@link IllegalArgumentException}
 * and {@link UncheckedIOException} may come out.
 */
class TextFuzzTest {
    private static final String[] DELIMITERS = {null, ",", ";", " ", "\t", "|", ", "};

    @FuzzTest(maxDuration = "5s")
    void text(FuzzedDataProvider data) {
        boolean gen = data.consumeBoolean();
        String delimiter = data.pickValue(DELIMITERS);
        DType dtype = data.pickValue(FuzzSupport.DTYPES);
        int skip = data.consumeInt(0, 3);
        int[] usecols = data.consumeBoolean() ? null : new int[] {data.consumeInt(-3, 3)};
        int ndmin = data.consumeInt(0, 2);
        byte[] text = data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8);
        Path f = FuzzSupport.file(".txt", text);
        try (Scope s = scope()) {
            NDArray a = gen
                    ? IO.genfromtxt(f, new GenFromTxtOptions().delimiter(delimiter).dtype(dtype).skipHeader(skip)
                            .usecols(usecols).ndmin(ndmin))
                    : IO.loadtxt(f, new LoadTxtOptions().delimiter(delimiter).dtype(dtype).skiprows(skip)
                            .usecols(usecols).ndmin(ndmin));
            a.sum();
            FuzzSupport.touch(a);
        } catch (IllegalArgumentException | UncheckedIOException expected) {
            // NumJ's documented refusals of malformed text
        } finally {
            FuzzSupport.delete(f);
        }
    }
}
