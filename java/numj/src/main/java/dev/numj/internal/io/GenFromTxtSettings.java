package dev.numj.internal.io;

import dev.numj.DType;
import java.util.List;

/** The options of {@code dev.numj.io.GenFromTxtOptions}, as GenFromTxt reads them. */
public record GenFromTxtSettings(
        DType dtype,
        String delimiter,
        String comments,
        int skipHeader,
        int skipFooter,
        int[] usecols,
        Double fillingValue,
        List<String> missingValues,
        boolean loose,
        boolean invalidRaise,
        boolean autostrip,
        long maxRows,
        int ndmin,
        Progress progress,
        long progressEvery) {}
