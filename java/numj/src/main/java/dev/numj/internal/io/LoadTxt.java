package dev.numj.internal.io;

import static dev.numj.internal.ArrayAccess.shapeOf;
import java.nio.file.Path;
import java.util.List;
import dev.numj.DType;
import dev.numj.NDArray;
import dev.numj.NumJTypeException;

/**
 * {@code np.loadtxt}: NumPy 2's C reader, rule for rule. A line is cut at the first comment marker,
 * then split at the delimiter (or at runs of whitespace, ignoring leading and trailing whitespace,
 * when the delimiter is null); a line with no fields is skipped; every row needs the first row's
 * number of fields unless {@code usecols} picks them. Errors carry NumPy's message, whose "row"
 * counts data rows from 0 (1 for the column-count errors, as in NumPy), followed by the file and
 * its 1-based line number.
 */
public final class LoadTxt {
    private LoadTxt() {}

    public static NDArray load(Path file, LoadTxtSettings o) {
        validate(o);
        String delim = o.delimiter();
        char dc = delim == null ? 0 : delim.charAt(0);
        List<String> comments = o.comments();
        DType dt = o.dtype();
        ValueBuffer values = new ValueBuffer(dt);
        TextNumbers.Result r = new TextNumbers.Result();
        int[] starts = new int[16], ends = new int[16];
        long rows = 0;
        int ncols = o.usecols() != null ? o.usecols().length : -1;
        try (TextLines in = new TextLines(file, o.progress(), o.progressEvery())) {
            for (int i = 0; i < o.skiprows(); i++) if (!in.next()) break;
            while ((o.maxRows() < 0 || rows < o.maxRows()) && in.next()) {
                char[] b = in.buf;
                int len = cutComment(b, in.len, comments);
                // split into fields
                int nf = 0;
                int p = 0;
                if (delim == null) {
                    while (true) {
                        while (p < len && TextNumbers.isSpace(b[p])) p++;
                        if (p >= len) break;
                        int s = p;
                        while (p < len && !TextNumbers.isSpace(b[p])) p++;
                        if (nf == starts.length) {
                            starts = java.util.Arrays.copyOf(starts, nf * 2);
                            ends = java.util.Arrays.copyOf(ends, nf * 2);
                        }
                        starts[nf] = s;
                        ends[nf++] = p;
                    }
                } else {
                    int s = 0;
                    for (; ; p++) {
                        if (p == len || b[p] == dc) {
                            if (nf == starts.length) {
                                starts = java.util.Arrays.copyOf(starts, nf * 2);
                                ends = java.util.Arrays.copyOf(ends, nf * 2);
                            }
                            starts[nf] = s;
                            ends[nf++] = p;
                            s = p + 1;
                            if (p == len) break;
                        }
                    }
                    if (nf == 1 && len == 0) nf = 0;   // an empty line
                }
                if (nf == 0) continue;
                if (ncols < 0) ncols = nf;
                if (o.usecols() == null && nf != ncols)
                    throw error(file, in.lineNo, "the number of columns changed from " + ncols + " to " + nf + " at row "
                            + (rows + 1) + "; use `usecols` to select a subset and avoid this error");
                for (int c = 0; c < ncols; c++) {
                    int col = c;
                    if (o.usecols() != null) {
                        col = o.usecols()[c];
                        if (col < 0) col += nf;
                        if (col < 0 || col >= nf)
                            throw error(file, in.lineNo, "invalid column index " + o.usecols()[c] + " at row " + (rows + 1)
                                    + " with " + nf + " columns");
                    }
                    int s = starts[col], e = ends[col];
                    if (!convert(b, s, e, dt, values, r))
                        throw error(file, in.lineNo, "could not convert string " + fieldRepr(b, s, e)
                                + " to " + dt + " at row " + rows + ", column " + (col + 1) + ".");
                }
                rows++;
            }
            in.done();
        }
        long[] shape = {rows, ncols < 0 ? 1 : ncols};
        NDArray a = Text.ndmin(values.toArray(shape), o.ndmin());
        if (a.ndim() > 0 && shapeOf(a)[0] == 0)
            Text.warn("loadtxt: input contained no data: \"" + file + "\"");
        return a;
    }

    private static void validate(LoadTxtSettings o) {
        if (o.delimiter() != null && (o.delimiter().length() != 1))
            throw new NumJTypeException("Text reading control character must be a single unicode character or None; but got: "
                    + PyLiteral.reprStr(o.delimiter()));
        if (o.delimiter() != null && (o.delimiter().equals("\n") || o.delimiter().equals("\r")))
            throw new NumJTypeException("control character 'delimiter' cannot be a newline (`\\r` or `\\n`).");
        for (String c : o.comments()) {
            if (c == null || c.isEmpty())
                throw new IllegalArgumentException("comments cannot be an empty string. Use comments=None to disable comments.");
        }
        if (o.delimiter() != null && o.comments().contains(o.delimiter())) {
            if (o.comments().size() == 1 && o.comments().get(0).length() == 1)
                throw new NumJTypeException("The values for control characters 'comment' and 'delimiter' are incompatible");
            throw new NumJTypeException("Comment characters '" + Text.tupleRepr(o.comments()) + "' cannot include the delimiter '"
                    + o.delimiter() + "'");
        }
        if (o.skiprows() < 0) throw new IllegalArgumentException("argument must be nonnegative");
        if (o.maxRows() < -1) throw new IllegalArgumentException("argument must be nonnegative");
        Text.checkNdmin(o.ndmin());
    }

    /** The line's length up to its first comment marker. */
    public static int cutComment(char[] b, int len, List<String> comments) {
        for (String c : comments) {
            char c0 = c.charAt(0);
            for (int i = 0; i + c.length() <= len; i++) {
                if (b[i] == c0 && regionMatches(b, i, c)) {
                    len = i;
                    break;
                }
            }
        }
        return len;
    }

    private static boolean regionMatches(char[] b, int at, String s) {
        for (int k = 1; k < s.length(); k++) if (b[at + k] != s.charAt(k)) return false;
        return true;
    }

    private static boolean convert(char[] b, int s, int e, DType dt, ValueBuffer out, TextNumbers.Result r) {
        switch (dt) {
            case FLOAT64, FLOAT32 -> {
                if (!TextNumbers.parseDouble(b, s, e, false, r)) return false;
                out.putDouble(r.value);
            }
            case INT64 -> {
                if (!TextNumbers.parseLong(b, s, e, Long.MIN_VALUE, Long.MAX_VALUE, r)) return false;
                out.putLong(r.longValue);
            }
            case INT32 -> {
                if (!TextNumbers.parseLong(b, s, e, Integer.MIN_VALUE, Integer.MAX_VALUE, r)) return false;
                out.putLong(r.longValue);
            }
            case BOOL -> {
                // NumPy reads bools as integers: nonzero is True
                if (!TextNumbers.parseLong(b, s, e, Long.MIN_VALUE, Long.MAX_VALUE, r)) return false;
                out.putLong(r.longValue != 0 ? 1 : 0);
            }
        }
        return true;
    }

    /** NumPy's {@code %.100R} of the field: its repr, cut after 100 characters. */
    private static String fieldRepr(char[] b, int s, int e) {
        String r = PyLiteral.reprStr(new String(b, s, Math.min(e - s, 400)));
        return r.length() > 100 ? r.substring(0, 100) : r;
    }

    public static IllegalArgumentException error(Path file, long line, String numpyMessage) {
        return new IllegalArgumentException(numpyMessage + " (" + file + ", line " + line + ")");
    }
}
