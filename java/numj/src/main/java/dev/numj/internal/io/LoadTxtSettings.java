package dev.numj.internal.io;

import dev.numj.DType;
import java.util.List;

/** The options of {@code dev.numj.io.LoadTxtOptions}, as LoadTxt reads them. */
public record LoadTxtSettings(
        DType dtype,
        String delimiter,
        List<String> comments,
        int skiprows,
        int[] usecols,
        long maxRows,
        int ndmin,
        Progress progress,
        long progressEvery) {}
