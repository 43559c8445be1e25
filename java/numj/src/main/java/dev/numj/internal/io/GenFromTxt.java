package dev.numj.internal.io;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.numj.DType;
import dev.numj.NDArray;

/**
 * {@code np.genfromtxt} with a NumJ dtype, rule for rule: a line is cut at the comment string,
 * stripped of spaces, split at the delimiter (or on whitespace); rows with another number of fields
 * than the first are reported together ("Some errors were detected !"). Each field converts as
 * NumPy's {@code StringConverter} does (Python's {@code float()}; {@code np.int64()}; for int32
 * {@code int(float(x))}; for bool the words True/False); with {@code loose} (the default) a field that
 * does not convert gets the filling value. Errors NumPy raises while converting (overflow, strict
 * mode) come in the order NumPy finds them, after the column-count check, and say where the field is.
 */
public final class GenFromTxt {
    private GenFromTxt() {}

    /** The first error of one of NumPy's two conversion passes, kept until the rows are final. */
    private static final class Deferred {
        long row = Long.MAX_VALUE;
        int col = Integer.MAX_VALUE;
        RuntimeException error;

        /** Pass 1 (converters) runs column by column, pass 2 ({@code np.array}) row by row. */
        void offer(long row, int col, boolean byColumn, RuntimeException e) {
            boolean better = byColumn ? (col < this.col || col == this.col && row < this.row)
                    : (row < this.row || row == this.row && col < this.col);
            if (error == null || better) {
                this.row = row;
                this.col = col;
                this.error = e;
            }
        }
    }

    public static NDArray load(Path file, GenFromTxtSettings o) {
        Text.checkNdmin(o.ndmin());
        if (o.maxRows() != -1) {
            if (o.skipFooter() != 0)
                throw new IllegalArgumentException("The keywords 'skip_footer' and 'max_rows' can not be specified at the same time.");
            if (o.maxRows() < 1) throw new IllegalArgumentException("'max_rows' must be at least 1.");
        }
        if (o.comments() != null && o.comments().isEmpty()) throw new IllegalArgumentException("empty separator");
        String delim = o.delimiter() == null || o.delimiter().isEmpty() ? null : o.delimiter();
        DType dt = o.dtype();
        int[] usecols = o.usecols() == null || o.usecols().length == 0 ? null : o.usecols().clone();
        int skipFooter = Math.max(0, o.skipFooter());
        int skipHeader = Math.max(0, o.skipHeader());
        Fill fill = new Fill(dt, o.fillingValue());

        ValueBuffer values = new ValueBuffer(dt);
        Deferred pass1 = new Deferred(), pass2 = new Deferred();
        List<long[]> invalid = new ArrayList<>();   // {line number as NumPy counts, fields}
        TextNumbers.Result r = new TextNumbers.Result();
        Fields f = new Fields();
        long rows = 0;
        int nbcols = -1;
        long firstLine = -1;
        try (TextLines in = new TextLines(file, o.progress(), o.progressEvery())) {
            for (int i = 0; i < skipHeader; i++) if (!in.next()) break;
            while (in.next()) {
                f.split(in.buf, in.len, o.comments(), delim, o.autostrip());
                if (f.n == 0) continue;
                if (firstLine < 0) {
                    firstLine = in.lineNo;
                    nbcols = usecols != null ? usecols.length : f.n;
                    if (usecols != null)
                        for (int k = 0; k < usecols.length; k++) if (usecols[k] < 0) usecols[k] += f.n;
                }
                long numpyLine = in.lineNo - firstLine + skipHeader + 1;
                int[] pick = null;
                if (usecols != null) {
                    pick = new int[usecols.length];
                    boolean ok = true;
                    for (int k = 0; k < usecols.length; k++) {
                        int c = usecols[k] < 0 ? usecols[k] + f.n : usecols[k];   // Python indexing
                        if (c < 0 || c >= f.n) ok = false;
                        else pick[k] = c;
                    }
                    if (!ok) {
                        invalid.add(new long[] {numpyLine, f.n});
                        continue;
                    }
                } else if (f.n != nbcols) {
                    invalid.add(new long[] {numpyLine, f.n});
                    continue;
                }
                for (int k = 0; k < nbcols; k++) {
                    int c = pick != null ? pick[k] : k;
                    convert(in.buf, f.start[c], f.end[c], dt, o, fill, values, r, rows, k, pass1, pass2, file, in.lineNo, c);
                }
                rows++;
                if (rows == o.maxRows()) break;
            }
            in.done();
        }
        if (firstLine < 0) {
            Text.warn("genfromtxt: Empty input file: \"" + file + "\"");
            return Text.ndmin(values.toArray(new long[] {0}), o.ndmin());
        }
        if (!invalid.isEmpty()) {
            long nbrows = rows + invalid.size() - skipFooter;
            if (skipFooter > 0) {
                int skipped = (int) invalid.stream().filter(x -> x[0] > nbrows + skipHeader).count();
                invalid = invalid.subList(0, invalid.size() - skipped);
                skipFooter -= skipped;
            }
            if (!invalid.isEmpty()) {
                StringBuilder msg = new StringBuilder("Some errors were detected !");
                for (long[] x : invalid)
                    msg.append("\n    Line #").append(x[0]).append(" (got ").append(x[1]).append(" columns instead of ")
                            .append(nbcols).append(')');
                if (o.invalidRaise()) throw new IllegalArgumentException(msg + "\n(in " + file + ")");
                Text.warn(msg.toString());
            }
        }
        long kept = Math.max(0, rows - skipFooter);
        if (pass1.error != null && pass1.row < kept) throw pass1.error;
        if (pass2.error != null && pass2.row < kept) throw pass2.error;
        values.truncate(kept * nbcols);
        long[] shape = kept == 0 ? new long[] {0} : new long[] {kept, nbcols};
        return Text.ndmin(values.toArray(shape), o.ndmin());
    }

    /** The filling value as NumPy casts it into the dtype (an error only if some field uses it). */
    private static final class Fill {
        final double dvalue;
        final String error;

        Fill(DType dt, Double user) {
            double v = user != null ? user : dt.isFloating() ? Double.NaN : dt.isInteger() ? -1 : 0;
            String err = null;
            if (dt.isInteger()) {
                if (Double.isNaN(v)) err = "cannot convert float NaN to integer";
                else if (Double.isInfinite(v)) err = "cannot convert float infinity to integer";
                else {
                    double t = v < 0 ? Math.ceil(v) : Math.floor(v);
                    double lo = dt == DType.INT32 ? Integer.MIN_VALUE : -0x1p63, hi = dt == DType.INT32 ? Integer.MAX_VALUE : 0x1p63;
                    if (t < lo || (dt == DType.INT32 ? t > hi : t >= hi))
                        err = "Python integer " + new java.math.BigDecimal(t).toBigInteger() + " out of bounds for " + dt;
                    v = t;
                }
            }
            this.dvalue = v;
            this.error = err;
        }
    }

    private static void convert(char[] b, int s, int e, DType dt, GenFromTxtSettings o, Fill fill, ValueBuffer out,
                                TextNumbers.Result r, long row, int col, Deferred pass1, Deferred pass2, Path file,
                                long line, int fileCol) {
        String where = " (" + file + ", line " + line + ", column " + (fileCol + 1) + ")";
        switch (dt) {
            case FLOAT64, FLOAT32 -> {
                if (TextNumbers.parseDouble(b, s, e, true, r)) {
                    out.putDouble(r.value);
                    return;
                }
            }
            case INT64 -> {
                BigInteger v = TextNumbers.pythonInt(new String(b, s, e - s));
                if (v != null) {
                    if (v.bitLength() > 63) {
                        pass1.offer(row, col, true, new IllegalArgumentException("Python int too large to convert to C long" + where));
                        out.putLong(0);
                    } else out.putLong(v.longValue());
                    return;
                }
            }
            case INT32 -> {
                if (TextNumbers.parseDouble(b, s, e, true, r) && !Double.isNaN(r.value)) {   // int(float(x))
                    double x = r.value;
                    if (Double.isInfinite(x)) {
                        pass1.offer(row, col, true, new IllegalArgumentException("cannot convert float infinity to integer" + where));
                        out.putLong(0);
                    } else {
                        double t = x < 0 ? Math.ceil(x) : Math.floor(x);
                        if (t < Integer.MIN_VALUE || t > Integer.MAX_VALUE)
                            pass2.offer(row, col, false, new IllegalArgumentException("Python integer "
                                    + new java.math.BigDecimal(t).toBigInteger() + " out of bounds for int32" + where));
                        out.putLong((long) t);
                    }
                    return;
                }
            }
            case BOOL -> {
                String u = new String(b, s, e - s).toUpperCase(Locale.ROOT);
                if (u.equals("TRUE") || u.equals("FALSE")) {
                    out.putLong(u.equals("TRUE") ? 1 : 0);
                    return;
                }
            }
        }
        // the converter raised ValueError
        if (!o.loose()) {
            String text = new String(b, s, e - s);
            String stripped = strip(text);
            if (!stripped.isEmpty() && !o.missingValues().contains(stripped))
                pass1.offer(row, col, true, new IllegalArgumentException("Cannot convert string '" + text + "'" + where));
        }
        if (fill.error != null) pass2.offer(row, col, false, new IllegalArgumentException(fill.error + where));
        out.putDouble(fill.dvalue);
    }

    /** Python's {@code str.strip()}. */
    public static String strip(String s) {
        int a = 0, z = s.length();
        while (a < z && TextNumbers.isSpace(s.charAt(a))) a++;
        while (z > a && TextNumbers.isSpace(s.charAt(z - 1))) z--;
        return s.substring(a, z);
    }

    private static boolean matchesAt(char[] b, int p, int len, String s) {
        if (p + s.length() > len) return false;
        for (int k = 1; k < s.length(); k++) if (b[p + k] != s.charAt(k)) return false;
        return true;
    }

    /** NumPy's {@code LineSplitter}: field ranges of the current line. */
    private static final class Fields {
        int n;
        int[] start = new int[16], end = new int[16];

        void add(int s, int e) {
            if (n == start.length) {
                start = java.util.Arrays.copyOf(start, n * 2);
                end = java.util.Arrays.copyOf(end, n * 2);
            }
            start[n] = s;
            end[n++] = e;
        }

        void split(char[] b, int len, String comments, String delim, boolean autostrip) {
            n = 0;
            if (comments != null) len = LoadTxt.cutComment(b, len, List.of(comments));
            int a = 0;
            while (a < len && b[a] == ' ') a++;      // line.strip(" \r\n")
            while (len > a && b[len - 1] == ' ') len--;
            if (a == len) return;
            if (delim == null) {
                int p = a;
                while (true) {
                    while (p < len && TextNumbers.isSpace(b[p])) p++;
                    if (p >= len) break;
                    int s = p;
                    while (p < len && !TextNumbers.isSpace(b[p])) p++;
                    add(s, p);
                }
            } else {
                int s = a;
                char d0 = delim.charAt(0);
                for (int p = a; p <= len; ) {
                    if (p == len) {
                        add(s, len);
                        break;
                    }
                    if (b[p] == d0 && matchesAt(b, p, len, delim)) {
                        add(s, p);
                        p += delim.length();
                        s = p;
                    } else p++;
                }
            }
            if (autostrip) {
                for (int k = 0; k < n; k++) {
                    while (start[k] < end[k] && TextNumbers.isSpace(b[start[k]])) start[k]++;
                    while (end[k] > start[k] && TextNumbers.isSpace(b[end[k] - 1])) end[k]--;
                }
            }
        }
    }
}
