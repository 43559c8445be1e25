package dev.numj.internal.io;

/** The options of {@code dev.numj.io.SaveTxtOptions}, as SaveTxt reads them. */
public record SaveTxtSettings(
        String fmt,
        String[] fmts,
        String delimiter,
        String newline,
        String header,
        String footer,
        String comments) {}
