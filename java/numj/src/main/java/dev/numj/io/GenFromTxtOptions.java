package dev.numj.io;

import dev.numj.internal.io.GenFromTxtSettings;
import java.util.List;
import dev.numj.DType;

/**
 * The options of {@link IO#genfromtxt(java.nio.file.Path, GenFromTxtOptions)}, named and defaulted
 * as NumPy's {@code np.genfromtxt} keywords: float64, whitespace-separated, {@code #} comments. A field
 * that does not convert (an empty one included) becomes the filling value: NaN for floats, -1 for
 * integers, false for bool, unless {@link #fillingValue} says otherwise. Setters return {@code this}.
 *
 * <pre>{@code
 * NDArray X = genfromtxt(Path.of("data.csv"),            // np.genfromtxt("data.csv", delimiter=",",
 *         new GenFromTxtOptions().delimiter(",").skipHeader(1));   //   skip_header=1): blanks give nan
 * }</pre>
 */
public final class GenFromTxtOptions {
    DType dtype = DType.FLOAT64;
    String delimiter;
    String comments = "#";
    int skipHeader;
    int skipFooter;
    int[] usecols;
    Double fillingValue;
    List<String> missingValues = List.of();
    boolean loose = true;
    boolean invalidRaise = true;
    boolean autostrip;
    long maxRows = -1;
    int ndmin;
    IOProgress progress;
    long progressEvery = 64L << 20;

    /** The default options. */
    public GenFromTxtOptions() {}

    /**
     * {@code dtype=}: the result's dtype (default float64). Example: {@code new GenFromTxtOptions().dtype(FLOAT32)}.
     * NumPy {@code np.genfromtxt(..., dtype=...)}.
     *
     * @param dtype the data type
     * @return these options, for chaining
     */
    public GenFromTxtOptions dtype(DType dtype) { this.dtype = java.util.Objects.requireNonNull(dtype); return this; }

    /**
     * {@code delimiter=}: the string between fields; null or empty (the default) splits on whitespace. Example:
     * {@code new GenFromTxtOptions().delimiter(",")}.
     * NumPy {@code np.genfromtxt(..., delimiter=...)}.
     *
     * @param delimiter the field separator
     * @return these options, for chaining
     */
    public GenFromTxtOptions delimiter(String delimiter) { this.delimiter = delimiter; return this; }

    /**
     * {@code comments=}: the string that starts a comment (default {@code "#"}); null disables comments. Example:
     * {@code new GenFromTxtOptions().comments("%")}.
     * NumPy {@code np.genfromtxt(..., comments=...)}.
     *
     * @param comments the comment marker
     * @return these options, for chaining
     */
    public GenFromTxtOptions comments(String comments) { this.comments = comments; return this; }

    /**
     * {@code skip_header=}: lines skipped at the start of the file. Example: {@code new GenFromTxtOptions().skipHeader(1)}.
     * NumPy {@code np.genfromtxt(..., skip_header=...)}.
     *
     * @param skipHeader how many lines to skip at the start
     * @return these options, for chaining
     */
    public GenFromTxtOptions skipHeader(int skipHeader) { this.skipHeader = skipHeader; return this; }

    /**
     * {@code skip_footer=}: rows of data dropped at the end. Example: {@code new GenFromTxtOptions().skipFooter(2)}.
     * NumPy {@code np.genfromtxt(..., skip_footer=...)}.
     *
     * @param skipFooter how many lines to skip at the end
     * @return these options, for chaining
     */
    public GenFromTxtOptions skipFooter(int skipFooter) { this.skipFooter = skipFooter; return this; }

    /**
     * {@code usecols=}: the columns to read, in this order (negative counts from the end of the first row). Example:
     * {@code new GenFromTxtOptions().usecols(0, 2)}.
     * NumPy {@code np.genfromtxt(..., usecols=...)}.
     *
     * @param usecols the columns to read (negative count from the last)
     * @return these options, for chaining
     */
    public GenFromTxtOptions usecols(int... usecols) { this.usecols = usecols == null ? null : usecols.clone(); return this; }

    /**
     * {@code filling_values=}: the value of every field that does not convert (default NaN, -1 or false by dtype).
     * Example: {@code new GenFromTxtOptions().fillingValue(0)}.
     * NumPy {@code np.genfromtxt(..., filling_value=...)}.
     *
     * @param fillingValue the value for missing fields
     * @return these options, for chaining
     */
    public GenFromTxtOptions fillingValue(double fillingValue) { this.fillingValue = fillingValue; return this; }

    /**
     * {@code missing_values=}: strings that mean "missing" besides the empty field. As in NumPy they
     * only matter when {@link #loose(boolean) loose} is false: a loose read fills every field that
     * does not convert, and keeps one that does (a marker like {@code -999} stays -999). Example:
     * {@code new GenFromTxtOptions().missingValues("N/A").loose(false)}.
     * NumPy {@code np.genfromtxt(..., missing_values=...)}.
     *
     * @param missingValues the strings that mark a missing value
     * @return these options, for chaining
     */
    public GenFromTxtOptions missingValues(String... missingValues) {
        this.missingValues = missingValues == null ? List.of() : List.of(missingValues);
        return this;
    }

    /**
     * {@code loose=}: true (the default) fills unconvertible fields; false makes them an error (missing values still
     * fill). Example: {@code new GenFromTxtOptions().loose(false)}.
     * NumPy {@code np.genfromtxt(..., loose=loose)}.
     *
     * @param loose whether a bad field becomes NaN instead of an error
     * @return these options, for chaining
     */
    public GenFromTxtOptions loose(boolean loose) { this.loose = loose; return this; }

    /**
     * {@code invalid_raise=}: true (the default) fails on rows with the wrong number of columns; false skips them with
     * a warning. Example: {@code new GenFromTxtOptions().invalidRaise(false)}.
     * NumPy {@code np.genfromtxt(..., invalid_raise=...)}.
     *
     * @param invalidRaise whether a line with the wrong number of fields raises
     * @return these options, for chaining
     */
    public GenFromTxtOptions invalidRaise(boolean invalidRaise) { this.invalidRaise = invalidRaise; return this; }

    /**
     * {@code autostrip=}: strip whitespace around each field (default false). Example: {@code new GenFromTxtOptions().autostrip(true)}.
     * NumPy {@code np.genfromtxt(..., autostrip=...)}.
     *
     * @param autostrip whether to strip spaces around fields
     * @return these options, for chaining
     */
    public GenFromTxtOptions autostrip(boolean autostrip) { this.autostrip = autostrip; return this; }

    /**
     * {@code max_rows=}: read at most this many rows of data (at least 1; not with skipFooter). Example: {@code new GenFromTxtOptions().maxRows(1000)}.
     * NumPy {@code np.genfromtxt(..., max_rows=...)}.
     *
     * @param maxRows the most rows to read
     * @return these options, for chaining
     */
    public GenFromTxtOptions maxRows(long maxRows) { this.maxRows = maxRows; return this; }

    /**
     * {@code ndmin=}: 0 (the default) squeezes away axes of length 1, 1 or 2 keep at least that many dimensions.
     * Example: {@code new GenFromTxtOptions().ndmin(2)}.
     * NumPy {@code np.genfromtxt(..., ndmin=...)}.
     *
     * @param ndmin the minimum number of dimensions
     * @return these options, for chaining
     */
    public GenFromTxtOptions ndmin(int ndmin) { this.ndmin = ndmin; return this; }

    /**
     * Reports progress every 64 MiB of file read (a NumJ extra; quiet by default). Example: {@code new GenFromTxtOptions().progress(IOProgress.log())}.
     * NumPy's {@code np.genfromtxt} has no progress callback (a NumJ extra).
     *
     * @param progress the progress callback
     * @return these options, for chaining
     */
    public GenFromTxtOptions progress(IOProgress progress) { this.progress = progress; return this; }

    /**
     * Reports progress every {@code everyBytes} bytes of file read. Example: {@code new GenFromTxtOptions().progress(IOProgress.log(), 16 << 20)}.
     * NumPy's {@code np.genfromtxt} has no progress callback (a NumJ extra).
     *
     * @param progress the progress callback
     * @param everyBytes the number of bytes
     * @return these options, for chaining
     */
    public GenFromTxtOptions progress(IOProgress progress, long everyBytes) {
        this.progress = progress;
        this.progressEvery = everyBytes;
        return this;
    }

    /** These options as the reader/writer sees them (a snapshot). */
    GenFromTxtSettings settings() {
        return new GenFromTxtSettings(dtype, delimiter, comments, skipHeader, skipFooter, usecols == null ? null : usecols.clone(),
                fillingValue, missingValues, loose, invalidRaise, autostrip, maxRows, ndmin,
                progress == null ? null : progress::update, progressEvery);
    }
}
