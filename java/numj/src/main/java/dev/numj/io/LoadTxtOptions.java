package dev.numj.io;

import dev.numj.internal.io.LoadTxtSettings;
import java.util.List;
import dev.numj.DType;

/**
 * The options of {@link IO#loadtxt(java.nio.file.Path, LoadTxtOptions)}, named and defaulted as
 * NumPy's {@code np.loadtxt} keywords: float64, any whitespace between fields, {@code #} comments, no
 * rows skipped, every column. Setters return {@code this}.
 *
 * <pre>{@code
 * NDArray X = loadtxt(Path.of("data.csv"),                      // np.loadtxt("data.csv", delimiter=",",
 *         new LoadTxtOptions().delimiter(",").skiprows(1).usecols(0, 2));   //   skiprows=1, usecols=(0, 2))
 * }</pre>
 */
public final class LoadTxtOptions {
    DType dtype = DType.FLOAT64;
    String delimiter;
    List<String> comments = List.of("#");
    int skiprows;
    int[] usecols;
    long maxRows = -1;
    int ndmin;
    IOProgress progress;
    long progressEvery = 64L << 20;

    /** The default options. */
    public LoadTxtOptions() {}

    /**
     * {@code dtype=}: the result's dtype (default float64). Example: {@code new LoadTxtOptions().dtype(INT64)}.
     * NumPy {@code np.loadtxt(..., dtype=...)}.
     *
     * @param dtype the data type
     * @return these options, for chaining
     */
    public LoadTxtOptions dtype(DType dtype) { this.dtype = java.util.Objects.requireNonNull(dtype); return this; }

    /**
     * {@code delimiter=}: one character between fields; null (the default) splits on any run of whitespace. Example:
     * {@code new LoadTxtOptions().delimiter(",")}.
     * NumPy {@code np.loadtxt(..., delimiter=...)}.
     *
     * @param delimiter the field separator
     * @return these options, for chaining
     */
    public LoadTxtOptions delimiter(String delimiter) { this.delimiter = delimiter; return this; }

    /**
     * {@code comments=}: the strings that start a comment (default {@code "#"}); none or null disables comments.
     * Example: {@code new LoadTxtOptions().comments("#", "//")}.
     * NumPy {@code np.loadtxt(..., comments=...)}.
     *
     * @param comments the comment marker
     * @return these options, for chaining
     */
    public LoadTxtOptions comments(String... comments) {
        this.comments = comments == null ? List.of() : List.of(comments);
        return this;
    }

    /**
     * {@code skiprows=}: lines skipped at the start of the file, comments and blank lines included. Example: {@code new LoadTxtOptions().skiprows(1)}.
     * NumPy {@code np.loadtxt(..., skiprows=...)}.
     *
     * @param skiprows how many lines to skip first
     * @return these options, for chaining
     */
    public LoadTxtOptions skiprows(int skiprows) { this.skiprows = skiprows; return this; }

    /**
     * {@code usecols=}: the columns to read, in this order (negative counts from the end of the row). Example: {@code new LoadTxtOptions().usecols(0, -1)}.
     * NumPy {@code np.loadtxt(..., usecols=...)}.
     *
     * @param usecols the columns to read (negative count from the last)
     * @return these options, for chaining
     */
    public LoadTxtOptions usecols(int... usecols) { this.usecols = usecols == null ? null : usecols.clone(); return this; }

    /**
     * {@code max_rows=}: read at most this many rows of data (blank and comment lines do not count). Example: {@code new LoadTxtOptions().maxRows(1000)}.
     * NumPy {@code np.loadtxt(..., max_rows=...)}.
     *
     * @param maxRows the most rows to read
     * @return these options, for chaining
     */
    public LoadTxtOptions maxRows(long maxRows) { this.maxRows = maxRows; return this; }

    /**
     * {@code ndmin=}: 0 (the default) squeezes away axes of length 1, 1 or 2 keep at least that many dimensions.
     * Example: {@code new LoadTxtOptions().ndmin(2)}.
     * NumPy {@code np.loadtxt(..., ndmin=...)}.
     *
     * @param ndmin the minimum number of dimensions
     * @return these options, for chaining
     */
    public LoadTxtOptions ndmin(int ndmin) { this.ndmin = ndmin; return this; }

    /**
     * Reports progress every 64 MiB of file read (a NumJ extra; quiet by default). Example: {@code new LoadTxtOptions().progress(IOProgress.log())}.
     * NumPy's {@code np.loadtxt} has no progress callback (a NumJ extra).
     *
     * @param progress the progress callback
     * @return these options, for chaining
     */
    public LoadTxtOptions progress(IOProgress progress) { this.progress = progress; return this; }

    /**
     * Reports progress every {@code everyBytes} bytes of file read. Example: {@code new LoadTxtOptions().progress(IOProgress.log(), 16 << 20)}.
     * NumPy's {@code np.loadtxt} has no progress callback (a NumJ extra).
     *
     * @param progress the progress callback
     * @param everyBytes the number of bytes
     * @return these options, for chaining
     */
    public LoadTxtOptions progress(IOProgress progress, long everyBytes) {
        this.progress = progress;
        this.progressEvery = everyBytes;
        return this;
    }

    /** These options as the reader/writer sees them (a snapshot). */
    LoadTxtSettings settings() {
        return new LoadTxtSettings(dtype, delimiter, comments, skiprows, usecols == null ? null : usecols.clone(), maxRows, ndmin,
                progress == null ? null : progress::update, progressEvery);
    }
}
