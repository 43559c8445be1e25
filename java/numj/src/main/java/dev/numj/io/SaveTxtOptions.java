package dev.numj.io;

import dev.numj.internal.io.SaveTxtSettings;

/**
 * The options of {@link IO#savetxt(java.nio.file.Path, dev.numj.NDArray, SaveTxtOptions)}, named and
 * defaulted as NumPy's {@code np.savetxt} keywords: {@code fmt="%.18e"}, {@code delimiter=" "},
 * {@code newline="\n"}, no header or footer, {@code comments="# "}. Formats are Python's
 * {@code %}-formats, applied exactly as Python does. Setters return {@code this}.
 *
 * <pre>{@code
 * savetxt(Path.of("out.csv"), X, new SaveTxtOptions()     // np.savetxt("out.csv", X, delimiter=",",
 *         .delimiter(",").fmt("%.4f").header("a,b,c"));   //   fmt="%.4f", header="a,b,c")
 * }</pre>
 */
public final class SaveTxtOptions {
    String fmt = "%.18e";
    String[] fmts;
    String delimiter = " ";
    String newline = "\n";
    String header = "";
    String footer = "";
    String comments = "# ";

    /** The default options. */
    public SaveTxtOptions() {}

    /**
     * {@code fmt=}: one format for every column ({@code "%.3f"}), or a whole row with one {@code %} per column
     * ({@code "%d,%.2f"}). Example: {@code new SaveTxtOptions().fmt("%.4f")}.
     * NumPy {@code np.savetxt(..., fmt=...)}.
     *
     * @param fmt the format
     * @return these options, for chaining
     */
    public SaveTxtOptions fmt(String fmt) {
        this.fmt = java.util.Objects.requireNonNull(fmt);
        this.fmts = null;
        return this;
    }

    /**
     * {@code fmt=[...]}: one format per column, joined by the delimiter. Example: {@code new SaveTxtOptions().fmt("%d", "%.2f")}.
     * NumPy {@code np.savetxt(..., fmt=...)}.
     *
     * @param perColumn whether each column gets its own range
     * @return these options, for chaining
     */
    public SaveTxtOptions fmt(String... perColumn) {
        this.fmts = perColumn.clone();
        return this;
    }

    /**
     * {@code delimiter=}: the text between columns (default one space). Example: {@code new SaveTxtOptions().delimiter(",")}.
     * NumPy {@code np.savetxt(..., delimiter=...)}.
     *
     * @param delimiter the field separator
     * @return these options, for chaining
     */
    public SaveTxtOptions delimiter(String delimiter) { this.delimiter = java.util.Objects.requireNonNull(delimiter); return this; }

    /**
     * {@code newline=}: the text after each row (default {@code "\n"}). Example: {@code new SaveTxtOptions().newline("\r\n")}.
     * NumPy {@code np.savetxt(..., newline=...)}.
     *
     * @param newline the line separator
     * @return these options, for chaining
     */
    public SaveTxtOptions newline(String newline) { this.newline = java.util.Objects.requireNonNull(newline); return this; }

    /**
     * {@code header=}: text written first, each of its lines after the comment marker. Example: {@code new SaveTxtOptions().header("x,y")}.
     * NumPy {@code np.savetxt(..., header=...)}.
     *
     * @param header the header text
     * @return these options, for chaining
     */
    public SaveTxtOptions header(String header) { this.header = java.util.Objects.requireNonNull(header); return this; }

    /**
     * {@code footer=}: text written last, each of its lines after the comment marker. Example: {@code new SaveTxtOptions().footer("end")}.
     * NumPy {@code np.savetxt(..., footer=...)}.
     *
     * @param footer the footer text
     * @return these options, for chaining
     */
    public SaveTxtOptions footer(String footer) { this.footer = java.util.Objects.requireNonNull(footer); return this; }

    /**
     * {@code comments=}: the marker before header and footer lines (default {@code "# "}). Example: {@code new SaveTxtOptions().comments("% ")}.
     * NumPy {@code np.savetxt(..., comments=...)}.
     *
     * @param comments the comment marker
     * @return these options, for chaining
     */
    public SaveTxtOptions comments(String comments) { this.comments = java.util.Objects.requireNonNull(comments); return this; }

    /** These options as the reader/writer sees them (a snapshot). */
    SaveTxtSettings settings() {
        return new SaveTxtSettings(fmt, fmts == null ? null : fmts.clone(), delimiter, newline, header, footer, comments);
    }
}
