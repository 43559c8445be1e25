package dev.numj.internal.io;

import dev.numj.internal.ArrayAccess;
import static dev.numj.internal.ArrayAccess.offsetOf;
import static dev.numj.internal.ArrayAccess.shapeOf;
import static dev.numj.internal.ArrayAccess.storageOf;
import static dev.numj.internal.ArrayAccess.stridesOf;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import dev.numj.NDArray;
import dev.numj.NumJTypeException;

/**
 * {@code np.savetxt}: one line per row (a 1-D array is one column), each written as Python writes
 * {@code fmt % tuple(row)}, header and footer lines behind the comment marker. UTF-8; a {@code .gz}
 * name is gzip-compressed, as in NumPy.
 */
public final class SaveTxt {
    private SaveTxt() {}

    public static void save(Path file, NDArray x, SaveTxtSettings o) {
        storageOf(x).checkAlive();
        TextLines.checkCompression(file);
        try {
            // a new file renamed over the old one: a failure leaves the old file whole
            AtomicWrite.replace(file, to -> write(file, to, x, o));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the text of {@code x} to {@code to}; {@code file}'s name says whether to gzip it. */
    private static void write(Path file, Path to, NDArray x, SaveTxtSettings o) throws IOException {
        try (Writer w = new OutputStreamWriter(TextLines.output(file, to), StandardCharsets.UTF_8)) {
            if (x.ndim() == 0 || x.ndim() > 2)
                throw new IllegalArgumentException("Expected 1D or 2D array, got " + x.ndim() + "D array instead");
            long rows = shapeOf(x)[0];
            long ncol = x.ndim() == 1 ? 1 : shapeOf(x)[1];
            long rowStride = stridesOf(x)[0], colStride = x.ndim() == 1 ? 0 : stridesOf(x)[1];
            String format;
            if (o.fmts() != null) {
                if (o.fmts().length != ncol)
                    throw new IllegalArgumentException("fmt has wrong shape.  " + listRepr(o.fmts()));
                format = String.join(o.delimiter(), o.fmts());
            } else {
                long n = o.fmt().chars().filter(c -> c == '%').count();
                if (n == 1) {
                    String[] all = new String[Math.toIntExact(ncol)];
                    Arrays.fill(all, o.fmt());
                    format = String.join(o.delimiter(), all);
                } else if (n != ncol) {
                    throw new IllegalArgumentException("fmt has wrong number of % formats:  " + o.fmt());
                } else format = o.fmt();
            }
            PyFormat f = PyFormat.compile(format);
            if (!o.header().isEmpty()) w.write(o.comments() + o.header().replace("\n", "\n" + o.comments()) + o.newline());
            int nc = Math.toIntExact(ncol);
            double[] dv = new double[nc];
            long[] lv = new long[nc];
            StringBuilder line = new StringBuilder(32 * nc);
            boolean ints = x.dtype().isInteger();
            for (long i = 0; i < rows; i++) {
                long off = offsetOf(x) + i * rowStride;
                for (int j = 0; j < nc; j++) {
                    if (ints) lv[j] = ArrayAccess.readLong(x, off + j * colStride);
                    else dv[j] = ArrayAccess.readDouble(x, off + j * colStride);
                }
                line.setLength(0);
                try {
                    f.format(line, x.dtype(), dv, lv, nc);
                } catch (PyFormat.FormatTypeError e) {
                    throw new NumJTypeException("Mismatch between array dtype ('" + x.dtype() + "') and format specifier ('"
                            + format + "')");
                }
                w.append(line).append(o.newline());
            }
            if (!o.footer().isEmpty()) w.write(o.comments() + o.footer().replace("\n", "\n" + o.comments()) + o.newline());
        }
    }

    /** Python's {@code str(list_of_str)}. */
    private static String listRepr(String[] items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) b.append(", ");
            b.append(PyLiteral.reprStr(items[i]));
        }
        return b.append(']').toString();
    }
}
