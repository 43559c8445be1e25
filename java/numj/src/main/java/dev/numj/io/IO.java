package dev.numj.io;

import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.internal.io.GenFromTxt;
import dev.numj.internal.io.LoadTxt;
import dev.numj.internal.io.Npy;
import dev.numj.internal.io.Npz;
import dev.numj.internal.io.SaveTxt;

/**
 * NumPy's file functions ({@code np.save}, {@code np.load}, {@code np.savez}, {@code np.loadtxt},
 * {@code np.genfromtxt}, {@code np.savetxt}): {@code .npy} and {@code .npz} files as NumPy writes and
 * reads them, memory-mapped {@code .npy} files, and delimited text. Import them statically:
 * <pre>{@code
 * import static dev.numj.io.IO.*;
 *
 * save(Path.of("weights.npy"), W);               // np.save("weights.npy", W)
 * NDArray back = load(Path.of("weights.npy"));   // np.load("weights.npy")
 * }</pre>
 */
public final class IO {
    private IO() {}


    /**
     * NumPy {@code np.save(file, a)}: writes {@code a} as a {@code .npy} file (format 1.0, this
     * machine's byte order, NumPy's exact header), appending {@code .npy} to a name without it, as
     * NumPy does. A Fortran-contiguous array is written in Fortran order, as NumPy does; any other
     * layout in C order. An existing file is replaced atomically (written beside it, then renamed over
     * it; so are {@code savez} and {@code savetxt}): a failed save leaves it whole, and arrays mapped
     * from it keep reading the old data.
     * <pre>{@code
     * save(Path.of("weights.npy"), W);               // np.save("weights.npy", W)
     * NDArray back = load(Path.of("weights.npy"));   // bit for bit the same
     * }</pre>
     *
     * @param file the file
     * @param a the array
     */
    public static void save(java.nio.file.Path file, NDArray a) { Npy.save(file, a); }

    /**
     * NumPy {@code np.load(file)} of a {@code .npy} file: every NumJ dtype, format 1.0 to 3.0, either
     * byte order, C or Fortran order (a Fortran file gives a Fortran-ordered array, as in NumPy). A bad
     * file fails with an {@link IllegalArgumentException} naming the file and the problem; other
     * NumPy dtypes (uint8, float16, complex, objects) fail naming the dtype. For {@code .npz} use
     * {@link #loadz}.
     * <pre>{@code
     * NDArray X = load(Path.of("X_train.npy"));      // X = np.load("X_train.npy")
     * X.shape();                                     // e.g. [60000, 784]
     * }</pre>
     *
     * @param file the file
     * @return the result
     */
    public static NDArray load(java.nio.file.Path file) { return Npy.load(file); }

    /**
     * NumPy {@code np.load(file, mmap_mode=...)}: maps the {@code .npy} file into memory, so the array
     * uses the file's pages directly: no copy, and opening a file of any size takes the same short
     * time. {@link MmapMode#READ_ONLY} arrays are not writeable. The mapping lives until the array is
     * garbage-collected, or until the enclosing {@link dev.numj.Scope} closes.
     * <pre>{@code
     * NDArray big = load(Path.of("features.npy"), MmapMode.READ_ONLY);   // np.load(f, mmap_mode="r")
     * NDArray batch = big.get("0:256").copy();                          // reads just those rows
     * }</pre>
     *
     * @param file the file
     * @param mode the mode
     * @return the result
     */
    public static NDArray load(java.nio.file.Path file, MmapMode mode) {
        return Npy.map(file, switch (java.util.Objects.requireNonNull(mode, "mode")) {
            case READ_ONLY -> java.nio.channels.FileChannel.MapMode.READ_ONLY;
            case READ_WRITE -> java.nio.channels.FileChannel.MapMode.READ_WRITE;
            case COPY_ON_WRITE -> java.nio.channels.FileChannel.MapMode.PRIVATE;
        });
    }

    /**
     * NumPy {@code np.savez(file, a, b, ...)}: an uncompressed {@code .npz} archive with members
     * {@code arr_0.npy}, {@code arr_1.npy}, ...; {@code .npz} is appended to a name without it.
     * <pre>{@code
     * savez(Path.of("data.npz"), X, y);               // np.savez("data.npz", X, y)
     * loadz(Path.of("data.npz")).get("arr_1");        // y
     * }</pre>
     *
     * @param file the file
     * @param arrays the arrays
     */
    public static void savez(java.nio.file.Path file, NDArray... arrays) { Npz.save(file, Npz.positional(arrays), false); }

    /**
     * NumPy {@code np.savez(file, W1=W1, b1=b1)}: an uncompressed {@code .npz} archive, one member
     * {@code <name>.npy} per entry, in the map's iteration order.
     * <pre>{@code
     * savez(Path.of("model.npz"), Map.of("W1", W1, "b1", b1));   // np.savez("model.npz", W1=W1, b1=b1)
     * loadz(Path.of("model.npz")).get("W1");
     * }</pre>
     *
     * @param file the file
     * @param arrays the arrays
     */
    public static void savez(java.nio.file.Path file, java.util.Map<String, NDArray> arrays) { Npz.save(file, arrays, false); }

    /**
     * NumPy {@code np.savez_compressed(file, a, b, ...)}: as {@link #savez(java.nio.file.Path, NDArray...)}
     * with deflate-compressed members.
     * <pre>{@code
     * savezCompressed(Path.of("data.npz"), X, y);     // np.savez_compressed("data.npz", X, y)
     * loadz(Path.of("data.npz")).get("arr_0");        // X
     * }</pre>
     *
     * @param file the file
     * @param arrays the arrays
     */
    public static void savezCompressed(java.nio.file.Path file, NDArray... arrays) { Npz.save(file, Npz.positional(arrays), true); }

    /**
     * NumPy {@code np.savez_compressed(file, W1=W1, ...)}: named members, deflate-compressed.
     * <pre>{@code
     * savezCompressed(Path.of("model.npz"), Map.of("W1", W1, "b1", b1));
     * loadz(Path.of("model.npz")).files();            // [W1, b1] in the map's order
     * }</pre>
     *
     * @param file the file
     * @param arrays the arrays
     */
    public static void savezCompressed(java.nio.file.Path file, java.util.Map<String, NDArray> arrays) {
        Npz.save(file, arrays, true);
    }

    /**
     * NumPy {@code np.load(file)} of a {@code .npz} archive: an {@link NpzFile} that reads each array
     * when asked for it. Close it (try-with-resources) to release the file.
     * <pre>{@code
     * try (NpzFile npz = loadz(Path.of("model.npz"))) {   // with np.load("model.npz") as npz:
     *     NDArray W1 = npz.get("W1");                      //     W1 = npz["W1"]
     * }
     * }</pre>
     *
     * @param file the file
     * @return the result
     */
    public static NpzFile loadz(java.nio.file.Path file) { return new NpzFile(file); }

    /**
     * NumPy {@code np.loadtxt(file)}: whitespace-separated numbers into a float64 array ({@code #}
     * starts a comment). A field that is not a number fails with NumPy's message plus the file's
     * line: "could not convert string 'abc' to float64 at row 1, column 2. (data.txt, line 4)".
     * <pre>{@code
     * NDArray X = loadtxt(Path.of("points.txt"));     // np.loadtxt("points.txt")
     * X.shape();                                      // [rows, columns]
     * }</pre>
     *
     * @param file the file
     * @return the result
     */
    public static NDArray loadtxt(java.nio.file.Path file) { return loadtxt(file, new LoadTxtOptions()); }

    /**
     * NumPy {@code np.loadtxt(file, delimiter=d)}.
     * <pre>{@code
     * NDArray X = loadtxt(Path.of("data.csv"), ",");  // np.loadtxt("data.csv", delimiter=",")
     * }</pre>
     *
     * @param file the file
     * @param delimiter the field separator
     * @return the result
     */
    public static NDArray loadtxt(java.nio.file.Path file, String delimiter) {
        return loadtxt(file, new LoadTxtOptions().delimiter(delimiter));
    }

    /**
     * NumPy {@code np.loadtxt(file, delimiter=d, skiprows=n, usecols=cols, dtype=dt)}; null
     * {@code usecols} reads every column.
     * <pre>{@code
     * NDArray X = loadtxt(Path.of("data.csv"), ",", 1, new int[] {0, 2}, FLOAT32);
     * // np.loadtxt("data.csv", delimiter=",", skiprows=1, usecols=(0, 2), dtype=np.float32)
     * }</pre>
     *
     * @param file the file
     * @param delimiter the field separator
     * @param skiprows how many lines to skip first
     * @param usecols the columns to read (negative count from the last)
     * @param dtype the data type
     * @return the result
     */
    public static NDArray loadtxt(java.nio.file.Path file, String delimiter, int skiprows, int[] usecols, DType dtype) {
        return loadtxt(file, new LoadTxtOptions().delimiter(delimiter).skiprows(skiprows).usecols(usecols).dtype(dtype));
    }

    /**
     * NumPy {@code np.loadtxt(file, **options)}: every keyword of {@link LoadTxtOptions} (comments,
     * max_rows, ndmin, progress reports for long files). The file is streamed, never held whole.
     * <pre>{@code
     * NDArray X = loadtxt(Path.of("big.csv"), new LoadTxtOptions().delimiter(",").maxRows(1000));
     * loadtxt(Path.of("huge.csv"), new LoadTxtOptions().delimiter(",").progress(IOProgress.log()));
     * }</pre>
     *
     * @param file the file
     * @param options the options
     * @return the result
     */
    public static NDArray loadtxt(java.nio.file.Path file, LoadTxtOptions options) { return LoadTxt.load(file, options.settings()); }

    /**
     * NumPy {@code np.genfromtxt(file)}: like {@link #loadtxt(java.nio.file.Path)}, but a field that is
     * missing or not a number becomes NaN instead of an error.
     * <pre>{@code
     * NDArray X = genfromtxt(Path.of("gaps.txt"));    // np.genfromtxt("gaps.txt")
     * X.isnan().sum();                                // how many were missing
     * }</pre>
     *
     * @param file the file
     * @return the result
     */
    public static NDArray genfromtxt(java.nio.file.Path file) { return genfromtxt(file, new GenFromTxtOptions()); }

    /**
     * NumPy {@code np.genfromtxt(file, delimiter=d)}: empty or unreadable fields become NaN.
     * <pre>{@code
     * NDArray X = genfromtxt(Path.of("data.csv"), ",");   // "1,,3" gives [1, nan, 3]
     * }</pre>
     *
     * @param file the file
     * @param delimiter the field separator
     * @return the result
     */
    public static NDArray genfromtxt(java.nio.file.Path file, String delimiter) {
        return genfromtxt(file, new GenFromTxtOptions().delimiter(delimiter));
    }

    /**
     * NumPy {@code np.genfromtxt(file, delimiter=d, skip_header=n, usecols=cols, filling_values=v,
     * dtype=dt)}: fields that do not convert become {@code fillingValue}; null {@code usecols} reads
     * every column.
     * <pre>{@code
     * NDArray X = genfromtxt(Path.of("data.csv"), ",", 1, null, 0.0, FLOAT64);
     * // np.genfromtxt("data.csv", delimiter=",", skip_header=1, filling_values=0)
     * }</pre>
     *
     * @param file the file
     * @param delimiter the field separator
     * @param skipHeader how many lines to skip at the start
     * @param usecols the columns to read (negative count from the last)
     * @param fillingValue the value for missing fields
     * @param dtype the data type
     * @return the result
     */
    public static NDArray genfromtxt(java.nio.file.Path file, String delimiter, int skipHeader, int[] usecols,
                                     double fillingValue, DType dtype) {
        return genfromtxt(file, new GenFromTxtOptions().delimiter(delimiter).skipHeader(skipHeader).usecols(usecols)
                .fillingValue(fillingValue).dtype(dtype));
    }

    /**
     * NumPy {@code np.genfromtxt(file, **options)}: every keyword of {@link GenFromTxtOptions}.
     * <pre>{@code
     * NDArray X = genfromtxt(Path.of("data.csv"), new GenFromTxtOptions().delimiter(",").skipFooter(2));
     * genfromtxt(Path.of("data.csv"), new GenFromTxtOptions().delimiter(",").loose(false));   // strict
     * }</pre>
     *
     * @param file the file
     * @param options the options
     * @return the result
     */
    public static NDArray genfromtxt(java.nio.file.Path file, GenFromTxtOptions options) { return GenFromTxt.load(file, options.settings()); }

    /**
     * NumPy {@code np.savetxt(file, a)}: one line per row (a 1-D array as one column), each value as
     * {@code %.18e}, separated by spaces.
     * <pre>{@code
     * savetxt(Path.of("out.txt"), X);                 // np.savetxt("out.txt", X)
     * loadtxt(Path.of("out.txt"));                    // X again, exactly
     * }</pre>
     *
     * @param file the file
     * @param a the array
     */
    public static void savetxt(java.nio.file.Path file, NDArray a) { savetxt(file, a, new SaveTxtOptions()); }

    /**
     * NumPy {@code np.savetxt(file, a, delimiter=d)}.
     * <pre>{@code
     * savetxt(Path.of("out.csv"), X, ",");            // np.savetxt("out.csv", X, delimiter=",")
     * }</pre>
     *
     * @param file the file
     * @param a the array
     * @param delimiter the field separator
     */
    public static void savetxt(java.nio.file.Path file, NDArray a, String delimiter) {
        savetxt(file, a, new SaveTxtOptions().delimiter(delimiter));
    }

    /**
     * NumPy {@code np.savetxt(file, a, delimiter=d, fmt=f, header=h)}: Python {@code %}-formats,
     * applied as Python applies them; the header is written after {@code "# "}.
     * <pre>{@code
     * savetxt(Path.of("out.csv"), X, ",", "%.4f", "x,y,z");
     * // np.savetxt("out.csv", X, delimiter=",", fmt="%.4f", header="x,y,z")
     * }</pre>
     *
     * @param file the file
     * @param a the array
     * @param delimiter the field separator
     * @param fmt the format
     * @param header the header text
     */
    public static void savetxt(java.nio.file.Path file, NDArray a, String delimiter, String fmt, String header) {
        savetxt(file, a, new SaveTxtOptions().delimiter(delimiter).fmt(fmt).header(header));
    }

    /**
     * NumPy {@code np.savetxt(file, a, **options)}: every keyword of {@link SaveTxtOptions} (per-column
     * formats, newline, footer, comments).
     * <pre>{@code
     * savetxt(Path.of("out.csv"), X, new SaveTxtOptions().delimiter(",").fmt("%d", "%.2f").footer("end"));
     * }</pre>
     *
     * @param file the file
     * @param a the array
     * @param options the options
     */
    public static void savetxt(java.nio.file.Path file, NDArray a, SaveTxtOptions options) { SaveTxt.save(file, a, options.settings()); }
}
