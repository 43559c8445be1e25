package dev.numj.internal.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The lines of a text file, one at a time into a reused buffer, as Python's text mode gives them:
 * UTF-8, universal newlines ({@code \n}, {@code \r\n} and {@code \r} all end a line, and are not part
 * of it), a last line without a newline still counts. A file whose name ends in {@code .gz} is
 * decompressed, as NumPy does. The file is streamed, never read whole; progress is reported by
 * bytes of the file consumed.
 */
public final class TextLines implements Closeable {
    /** The current line is {@code buf[0, len)}; {@code lineNo} counts from 1. */
    public char[] buf = new char[256];
    public int len;
    public long lineNo;

    private final Path file;
    private final Reader reader;
    private final CountingStream counted;
    private final long total;
    private final Progress progress;
    private final long every;
    private long nextReport;
    private final char[] chunk = new char[1 << 16];
    private int pos, end;
    private boolean eof;

    public TextLines(Path file, Progress progress, long everyBytes) {
        this.file = file;
        this.progress = progress;
        this.every = Math.max(1, everyBytes);
        this.nextReport = every;
        checkCompression(file);
        try {
            this.total = Files.size(file);
            InputStream raw = Files.newInputStream(file);
            this.counted = new CountingStream(raw);
            InputStream in = isGzip(file) ? new GZIPInputStream(counted, 1 << 16) : counted;
            this.reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    public static boolean isGzip(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(".gz");
    }

    /** NumPy also opens .bz2 and .xz; the JDK has no codec for them. */
    public static void checkCompression(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString();
        for (String ext : new String[] {".bz2", ".xz", ".lzma", ".zst"})
            if (n.endsWith(ext))
                throw new IllegalArgumentException(file + ": NumJ reads and writes plain and .gz text files, not " + ext
                        + " (decompress it first)");
    }

    /** Opens {@code file} for writing text (gzip-compressed for a {@code .gz} name, as np.savetxt does). */
    /** Opens {@code to} for writing the text of {@code file} (whose name says whether to gzip). */
    public static OutputStream output(Path file, Path to) throws IOException {
        checkCompression(file);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(to), 1 << 16);
        return isGzip(file) ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    /** Advances to the next line; false at the end of the file. */
    public boolean next() {
        len = 0;
        boolean any = false;
        try {
            while (true) {
                if (pos >= end && !fill()) {
                    if (!any) return false;
                    lineNo++;   // the last line has no newline
                    return true;
                }
                int stop = pos;
                while (stop < end && chunk[stop] != '\n' && chunk[stop] != '\r') stop++;
                int k = stop - pos;
                if (k > 0) {   // the line's text in this chunk, in one copy
                    if (len + k > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + k));
                    System.arraycopy(chunk, pos, buf, len, k);
                    len += k;
                    any = true;
                    pos = stop;
                }
                if (pos >= end) continue;
                char c = chunk[pos++];
                if (c == '\r') {
                    if (pos >= end) fill();
                    if (pos < end && chunk[pos] == '\n') pos++;
                }
                lineNo++;
                return true;
            }
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ", line " + (lineNo + 1) + ": the text is not valid UTF-8 ("
                    + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private boolean fill() throws IOException {
        if (eof) return false;
        int n = reader.read(chunk, 0, chunk.length);
        if (n < 0) {
            eof = true;
            pos = end = 0;
            return false;
        }
        pos = 0;
        end = n;
        if (progress != null && counted.count >= nextReport) {
            progress.update(file, counted.count, total);
            nextReport = (counted.count / every + 1) * every;
        }
        return true;
    }

    /** The final progress report (all bytes read). */
    public void done() {
        if (progress != null) progress.update(file, counted.count, total);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) { super(in); }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
            int k = super.read(b, off, n);
            if (k > 0) count += k;
            return k;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count += k;
            return k;
        }
    }
}
