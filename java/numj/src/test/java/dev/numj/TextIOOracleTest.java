package dev.numj;

import dev.numj.oracle.NumPyOracle;
import dev.numj.oracle.OracleAssert;
import dev.numj.oracle.OracleResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static dev.numj.NpyOracleTest.bytesOf;
import static dev.numj.NumJ.*;
import static dev.numj.OracleSupport.*;
import static org.junit.jupiter.api.Assertions.*;
import dev.numj.internal.io.PyFormat;
import dev.numj.internal.io.PyLiteral;
import dev.numj.internal.io.TextNumbers;
import dev.numj.io.GenFromTxtOptions;
import dev.numj.io.IOProgress;
import dev.numj.io.LoadTxtOptions;
import dev.numj.io.SaveTxtOptions;
import static dev.numj.io.IO.*;

/**
 * {@code np.loadtxt}, {@code np.genfromtxt} and {@code np.savetxt} against real NumPy on generated
 * files: every dtype, delimiters (comma, semicolon, tab, whitespace), header lines, comments, blank
 * lines, CRLF, a last line without newline, {@code usecols} (negative too), {@code max_rows},
 * {@code ndmin}, numbers written every way NumPy accepts (and ways it does not), missing values and
 * fills, rows of the wrong length. Parsed values must equal NumPy's bit for bit; errors must carry
 * NumPy's message plus the file and line; savetxt's files must equal NumPy's character for character.
 */
class TextIOOracleTest {
    @TempDir
    Path dir;

    private int fileNo;

    private Path write(String content) {
        Path p = dir.resolve("t" + (fileNo++) + ".txt");
        try {
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        return p;
    }

    private static String pyStr(String s) { return s == null ? "None" : PyLiteral.reprStr(s); }

    /** One differential case: NumPy's call (on {@code p}) and NumJ's. */
    record Case(String what, Path file, String call, Supplier<NDArray> numj) {}

    private static void run(List<Case> cases) {
        List<NumPyOracle.Case> py = new ArrayList<>();
        for (Case c : cases)
            py.add(NumPyOracle.Case.of("import warnings\nwarnings.simplefilter('ignore')\nout = " + c.call, "p", c.file.toString()));
        List<OracleResult> res = np().runBatch(py);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            OracleResult r = res.get(i);
            String what = c.what + " [" + c.call + "]";
            if (r.isError()) {
                Throwable t = OracleAssert.assertErrorMatches(r, () -> c.numj.get());
                Class<?> want = r.isErrorOf("TypeError") ? NumJTypeException.class : IllegalArgumentException.class;
                assertInstanceOf(want, t, what);
                if (!r.errorMessage().startsWith("Illegal value") && !r.errorMessage().contains("must be")
                        && !r.errorMessage().contains("control character") && !r.errorMessage().contains("comments cannot")
                        && !r.errorMessage().contains("Comment characters") && !r.errorMessage().contains("keywords"))
                    assertTrue(t.getMessage().contains(c.file.toString()), what + ": the message names the file: " + t.getMessage());
                continue;
            }
            NDArray got;
            try {
                got = c.numj.get();
            } catch (RuntimeException e) {
                throw new AssertionError(what + ": NumPy returned " + r + " but NumJ threw " + e, e);
            }
            assertMatches(r, got, what);
            assertArrayEquals(r.value().data(), bytesOf(got), what + ": not bit for bit");
        }
    }

    // ---- numbers as text -----------------------------------------------------------------------------

    /** A float written one of the many ways people (and NumPy) write them. */
    static String floatText(Random rnd) {
        double v = rnd.nextInt(4) == 0 ? rnd.nextGaussian() * Math.pow(10, rnd.nextInt(40) - 20) : rnd.nextGaussian() * 100;
        return switch (rnd.nextInt(16)) {
            case 0 -> Double.toString(v).replace("E", "e");
            case 1 -> String.format("%.17g", v);
            case 2 -> String.format("%.3f", v);
            case 3 -> String.format("%e", v);
            case 4 -> String.format("%.18e", v);
            case 5 -> Long.toString(rnd.nextLong() >> rnd.nextInt(64));
            case 6 -> " " + PyFormat.floatRepr(v) + "  ";
            case 7 -> "+" + PyFormat.floatRepr(Math.abs(v));
            case 8 -> new String[] {"nan", "inf", "-inf", "NaN", "-Infinity", "+INF", "-nan", "infinity"}[rnd.nextInt(8)];
            case 9 -> new String[] {"1e400", "-1e400", "1e-400", "4.9e-324", "2.2250738585072014e-308", "-0.0", "0", ".5", "5.",
                    "1.7976931348623157e308", "1.7976931348623159e308", "9007199254740993", "0.1", "1E5"}[rnd.nextInt(14)];
            case 10 -> randomDigits(rnd, 1 + rnd.nextInt(25)) + "." + randomDigits(rnd, rnd.nextInt(25))
                    + (rnd.nextBoolean() ? "" : "e" + (rnd.nextInt(80) - 40));
            case 11 -> "0." + "0".repeat(rnd.nextInt(30)) + randomDigits(rnd, 1 + rnd.nextInt(20));
            case 12 -> PyFormat.shortRepr((float) v);
            case 13 -> String.format("%.9g", v);
            default -> PyFormat.floatRepr(v);
        };
    }

    static String randomDigits(Random rnd, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append((char) ('0' + rnd.nextInt(10)));
        return b.toString();
    }

    static String intText(Random rnd, DType dt) {
        long v = switch (rnd.nextInt(5)) {
            case 0 -> dt == DType.INT32 ? (rnd.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE)
                    : (rnd.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE);
            case 1 -> rnd.nextInt(3) - 1;
            default -> dt == DType.INT32 ? rnd.nextInt() >> rnd.nextInt(32) : rnd.nextLong() >> rnd.nextInt(64);
        };
        String s = Long.toString(v);
        return switch (rnd.nextInt(6)) {
            case 0 -> (v >= 0 ? "+" : "") + s;
            case 1 -> "  " + s + " ";
            default -> s;
        };
    }

    static String fieldText(Random rnd, DType dt) {
        return switch (dt) {
            case FLOAT64, FLOAT32 -> floatText(rnd);
            case INT32, INT64 -> intText(rnd, dt);
            case BOOL -> Integer.toString(rnd.nextInt(5) - 2);
        };
    }

    /** A table of fields with the given separator, optional header/comment/blank lines and line ending. */
    static String table(Random rnd, DType dt, int rows, int cols, String sep, String eol, boolean extras) {
        StringBuilder b = new StringBuilder();
        if (extras && rnd.nextBoolean()) b.append("# generated ").append(rnd.nextInt()).append(eol);
        for (int r = 0; r < rows; r++) {
            if (extras && rnd.nextInt(6) == 0) b.append(eol);   // a blank line
            if (extras && rnd.nextInt(8) == 0) b.append("# a comment line").append(eol);
            for (int c = 0; c < cols; c++) {
                if (c > 0) b.append(sep);
                b.append(fieldText(rnd, dt));
            }
            if (extras && rnd.nextInt(6) == 0) b.append(" # trailing comment");
            if (r < rows - 1 || rnd.nextBoolean()) b.append(eol);
        }
        return b.toString();
    }

    // ---- loadtxt -------------------------------------------------------------------------------------

    @Test
    void loadtxtMatchesNumpyOnGeneratedFiles() {
        Random rnd = new Random(11);
        List<Case> cases = new ArrayList<>();
        String[][] seps = {{",", "','"}, {";", "';'"}, {"\t", "'\\t'"}, {" \t ", "None"}, {"  ", "None"}};
        for (int i = 0; i < 260; i++) {
            DType dt = DType.values()[rnd.nextInt(5)];
            String[] sep = seps[rnd.nextInt(seps.length)];
            int rows = rnd.nextInt(6) == 0 ? 1 : 1 + rnd.nextInt(8), cols = rnd.nextInt(5) == 0 ? 1 : 1 + rnd.nextInt(6);
            String eol = new String[] {"\n", "\r\n", "\r"}[rnd.nextInt(6) / 4 + (rnd.nextInt(10) == 0 ? 1 : 0)];
            StringBuilder content = new StringBuilder();
            int skip = rnd.nextInt(3);
            for (int s = 0; s < skip; s++) content.append("a,b,c header ").append(s).append(eol);
            content.append(table(rnd, dt, rows, cols, sep[0], eol, rnd.nextBoolean()));
            Path p = write(content.toString());
            String delimPy = sep[1];
            String delim = delimPy.equals("None") ? null : sep[0];
            int[] usecols = rnd.nextInt(3) == 0 ? randomCols(rnd, cols) : null;
            long maxRows = rnd.nextInt(5) == 0 ? rnd.nextInt(rows + 1) : -1;
            int ndmin = rnd.nextInt(3);
            String call = "np.loadtxt(p, delimiter=" + delimPy + ", skiprows=" + skip + ", usecols=" + pyTuple(usecols)
                    + ", dtype='" + dt + "', max_rows=" + (maxRows < 0 ? "None" : maxRows) + ", ndmin=" + ndmin + ")";
            LoadTxtOptions o = new LoadTxtOptions().delimiter(delim).skiprows(skip).usecols(usecols).dtype(dt)
                    .maxRows(maxRows).ndmin(ndmin);
            cases.add(new Case("generated " + i, p, call, () -> loadtxt(p, o)));
        }
        run(cases);
    }

    private static int[] randomCols(Random rnd, int cols) {
        int n = 1 + rnd.nextInt(3);
        int[] u = new int[n];
        for (int k = 0; k < n; k++) u[k] = rnd.nextInt(2 * cols + 1) - cols - (rnd.nextInt(10) == 0 ? 1 : 0);
        return u;
    }

    private static String pyTuple(int[] v) {
        if (v == null) return "None";
        return "(" + Arrays.stream(v).mapToObj(Integer::toString).collect(Collectors.joining(", ")) + (v.length == 1 ? ",)" : ")");
    }

    @Test
    void loadtxtEdgeCasesAndErrorsMatchNumpy() {
        List<Case> cases = new ArrayList<>();
        Object[][] specs = {
                // content, python kwargs, numj options
                {"1,2,3\n4,abc,6\n", "delimiter=','", new LoadTxtOptions().delimiter(",")},
                {"# c\n\nx y\n1,2,3\n4,,6\n", "delimiter=',', skiprows=3", new LoadTxtOptions().delimiter(",").skiprows(3)},
                {"1,2,3\n4,5\n", "delimiter=','", new LoadTxtOptions().delimiter(",")},
                {"1,2,3\n4,5\n", "delimiter=',', usecols=(0, 1)", new LoadTxtOptions().delimiter(",").usecols(0, 1)},
                {"1,2,3\n4,5\n", "delimiter=',', usecols=(2,)", new LoadTxtOptions().delimiter(",").usecols(2)},
                {"1,2,3\n", "delimiter=',', usecols=(-4,)", new LoadTxtOptions().delimiter(",").usecols(-4)},
                {"1,2.5,3\n", "delimiter=',', dtype=np.int64", new LoadTxtOptions().delimiter(",").dtype(INT64)},
                {"2147483648\n", "dtype=np.int32", new LoadTxtOptions().dtype(INT32)},
                {"-2147483648 2147483647\n", "dtype=np.int32", new LoadTxtOptions().dtype(INT32)},
                {"9223372036854775808\n", "dtype=np.int64", new LoadTxtOptions().dtype(INT64)},
                {"1 0 -3\n", "dtype=bool", new LoadTxtOptions().dtype(BOOL)},
                {"True\n", "dtype=bool", new LoadTxtOptions().dtype(BOOL)},
                {"0x10 1_000 1.5d 1e 1e+ . -\n", "usecols=(0,)", new LoadTxtOptions().usecols(0)},
                {"1_000\n", "", new LoadTxtOptions()},
                {"1.5d\n", "", new LoadTxtOptions()},
                {"1e\n", "", new LoadTxtOptions()},
                {" .\n", "", new LoadTxtOptions()},
                {"nan(1)\n", "", new LoadTxtOptions()},
                {"1.0\u00a0 \u2003 2\n", "", new LoadTxtOptions()},
                {"\u0661\n", "", new LoadTxtOptions()},
                {"", "", new LoadTxtOptions()},
                {"", "ndmin=2", new LoadTxtOptions().ndmin(2)},
                {"# only comments\n\n", "delimiter=','", new LoadTxtOptions().delimiter(",")},
                {"5\n", "", new LoadTxtOptions()},
                {"5\n", "ndmin=1", new LoadTxtOptions().ndmin(1)},
                {"5\n", "ndmin=2", new LoadTxtOptions().ndmin(2)},
                {"1\n2\n3\n", "ndmin=2", new LoadTxtOptions().ndmin(2)},
                {"1 2 3\n", "ndmin=2", new LoadTxtOptions().ndmin(2)},
                {"1,2,3\n   \n4,5,6\n", "delimiter=','", new LoadTxtOptions().delimiter(",")},
                {"  1  2  \n\t\n 3 4\n", "", new LoadTxtOptions()},
                {"1,2 // c\n3,4\n", "delimiter=',', comments='//'", new LoadTxtOptions().delimiter(",").comments("//")},
                {"1,2 ; c\n3,4 # d\n", "delimiter=',', comments=['#', ';']", new LoadTxtOptions().delimiter(",").comments("#", ";")},
                {"1,2 # no comments\n", "delimiter=',', comments=None", new LoadTxtOptions().delimiter(",").comments()},
                {"1,2\n", "delimiter=', '", new LoadTxtOptions().delimiter(", ")},
                {"1,2\n", "delimiter='\\n'", new LoadTxtOptions().delimiter("\n")},
                {"1,2\n", "delimiter=',', comments=','", new LoadTxtOptions().delimiter(",").comments(",")},
                {"1,2\n", "delimiter=',', comments=['#', ',']", new LoadTxtOptions().delimiter(",").comments("#", ",")},
                {"1,2\n", "delimiter=',', comments=''", new LoadTxtOptions().delimiter(",").comments("")},
                {"1,2\n", "delimiter=',', skiprows=-1", new LoadTxtOptions().delimiter(",").skiprows(-1)},
                {"1,2\n", "delimiter=',', ndmin=3", new LoadTxtOptions().delimiter(",").ndmin(3)},
                {"1,2\n3,4\n", "delimiter=',', max_rows=0", new LoadTxtOptions().delimiter(",").maxRows(0)},
                {"1,2\n\n3,4\n5,6\n", "delimiter=',', max_rows=2", new LoadTxtOptions().delimiter(",").maxRows(2)},
                {"1,2\n3,4\n", "delimiter=',', skiprows=10", new LoadTxtOptions().delimiter(",").skiprows(10)},
                {"1,2,3,\n", "delimiter=','", new LoadTxtOptions().delimiter(",")},
                {"3.4028235e38 3.4028236e38 1e-46 16777217\n", "dtype=np.float32", new LoadTxtOptions().dtype(FLOAT32)},
                {"x" + "y".repeat(150) + "\n", "", new LoadTxtOptions()},
                {"1,'2'\n", "delimiter=','", new LoadTxtOptions().delimiter(",")},
        };
        for (int i = 0; i < specs.length; i++) {
            Path p = write((String) specs[i][0]);
            LoadTxtOptions o = (LoadTxtOptions) specs[i][2];
            String kw = (String) specs[i][1];
            cases.add(new Case("edge " + i, p, "np.loadtxt(p" + (kw.isEmpty() ? "" : ", " + kw) + ")", () -> loadtxt(p, o)));
        }
        run(cases);
    }

    @Test
    void aMalformedFieldNamesItsLineAndColumn() {
        Path p = write("x,y\n# units\n1,2\n3,abc\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loadtxt(p, ",", 2, null, FLOAT64));
        assertEquals("could not convert string 'abc' to float64 at row 1, column 2. (" + p + ", line 4)", e.getMessage());
        Path q = write("1 2\n3 4 5\n");
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class, () -> loadtxt(q));
        assertTrue(c.getMessage().endsWith("(" + q + ", line 2)"), c.getMessage());
    }

    @Test
    void numbersParseCorrectlyRoundedIncludingExactTies() {
        // the fast paths (Clinger, Eisel-Lemire) against the JDK's exact parser, on the hard cases:
        // midpoints between neighbouring doubles, a hair above and below them, long and short mantissas
        java.util.Random rnd = new java.util.Random(16);
        TextNumbers.Result r = new TextNumbers.Result();
        int n = 0;
        for (int i = 0; i < 6_000; i++) {
            // mostly everyday magnitudes (short exact midpoints), some from the whole range, subnormals included
            long bits = rnd.nextLong() & 0x7fefffffffffffffL;
            if (rnd.nextInt(10) > 0) bits = (bits & 0x800fffffffffffffL) | (long) (0x3a0 + rnd.nextInt(0xc0)) << 52;
            double d = Double.longBitsToDouble(bits);
            java.math.BigDecimal mid = new java.math.BigDecimal(d).add(new java.math.BigDecimal(Math.nextUp(d)))
                    .divide(java.math.BigDecimal.valueOf(2));
            String[] texts = {
                    mid.toString(), mid.add(mid.ulp()).toString(), mid.subtract(mid.ulp()).toString(),
                    mid.round(new java.math.MathContext(17)).toString(), mid.round(new java.math.MathContext(20)).toString(),
                    Double.toString(d), randomDigits(rnd, 1 + rnd.nextInt(19)) + "e" + (rnd.nextInt(700) - 350),
                    "0." + randomDigits(rnd, 1 + rnd.nextInt(30)), randomDigits(rnd, 1 + rnd.nextInt(25)) + "." + randomDigits(rnd, rnd.nextInt(5))};
            for (String t : texts) {
                char[] c = t.toCharArray();
                assertTrue(TextNumbers.parseDouble(c, 0, c.length, false, r), t);
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(t)), Double.doubleToRawLongBits(r.value), t);
                n++;
            }
        }
        assertEquals(54_000, n);
    }

    // ---- genfromtxt ----------------------------------------------------------------------------------

    @Test
    void genfromtxtMatchesNumpyOnGeneratedFilesWithGaps() {
        Random rnd = new Random(12);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            DType dt = DType.values()[rnd.nextInt(5)];
            boolean comma = rnd.nextInt(3) > 0;
            int rows = 1 + rnd.nextInt(7), cols = 1 + rnd.nextInt(5);
            StringBuilder b = new StringBuilder();
            int skip = rnd.nextInt(2);
            if (skip > 0) b.append("col_a,col_b\n");
            for (int r = 0; r < rows; r++) {
                if (rnd.nextInt(7) == 0) b.append("\n");
                if (rnd.nextInt(9) == 0) b.append("# comment\n");
                int n = rnd.nextInt(12) == 0 ? cols + (rnd.nextBoolean() ? 1 : -1) : cols;   // sometimes a bad row
                for (int c = 0; c < Math.max(1, n); c++) {
                    if (c > 0) b.append(comma ? "," : " ");
                    int kind = rnd.nextInt(10);
                    if (kind == 0 && comma) b.append("");                    // missing
                    else if (kind == 1) b.append(new String[] {"N/A", "abc", "?", "1_000", " 7 ", "2.5", "1e3", "TRUE", "false", " True"}[rnd.nextInt(10)]);
                    else if (dt == DType.BOOL) b.append(rnd.nextBoolean() ? "True" : "False");
                    else b.append(fieldText(rnd, dt).strip());
                }
                b.append("\n");
            }
            Path p = write(b.toString());
            String delimPy = comma ? "','" : "None";
            int[] usecols = rnd.nextInt(4) == 0 ? randomCols(rnd, cols) : null;
            Double fill = rnd.nextInt(3) == 0 ? (double) (rnd.nextInt(21) - 10) : null;
            int footer = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : 0;
            boolean loose = rnd.nextInt(4) > 0, raise = rnd.nextInt(4) > 0, strip = rnd.nextInt(4) == 0;
            String call = "np.genfromtxt(p, delimiter=" + delimPy + ", skip_header=" + skip + ", skip_footer=" + footer
                    + ", usecols=" + pyTuple(usecols) + ", dtype='" + dt + "', filling_values=" + (fill == null ? "None" : fill)
                    + ", missing_values='N/A', loose=" + (loose ? "True" : "False") + ", invalid_raise=" + (raise ? "True" : "False")
                    + ", autostrip=" + (strip ? "True" : "False") + ")";
            GenFromTxtOptions o = new GenFromTxtOptions().delimiter(comma ? "," : null).skipHeader(skip).skipFooter(footer)
                    .usecols(usecols).dtype(dt).missingValues("N/A").loose(loose).invalidRaise(raise).autostrip(strip);
            if (fill != null) o.fillingValue(fill);
            cases.add(new Case("genfromtxt " + i, p, call, () -> genfromtxt(p, o)));
        }
        run(cases);
    }

    @Test
    void genfromtxtEdgeCasesMatchNumpy() {
        List<Case> cases = new ArrayList<>();
        Object[][] specs = {
                {"1,abc,3\n4,,6\n", "delimiter=','", new GenFromTxtOptions().delimiter(",")},
                {"a,b,c\n1,2,3\n4,,6\n", "delimiter=',', skip_header=1, filling_values=-9",
                        new GenFromTxtOptions().delimiter(",").skipHeader(1).fillingValue(-9)},
                {"1,2,3\n4,5\n7,8\n", "delimiter=','", new GenFromTxtOptions().delimiter(",")},
                {"1,2,3\n4,5\n7,8\n", "delimiter=',', invalid_raise=False", new GenFromTxtOptions().delimiter(",").invalidRaise(false)},
                {"1,2,3\n4,5,6\n7,8\n", "delimiter=',', skip_footer=1", new GenFromTxtOptions().delimiter(",").skipFooter(1)},
                {"1,2,-999\n", "delimiter=',', missing_values='-999', filling_values=0",
                        new GenFromTxtOptions().delimiter(",").missingValues("-999").fillingValue(0)},
                {"1,abc,3\n", "delimiter=',', loose=False", new GenFromTxtOptions().delimiter(",").loose(false)},
                {"1,N/A,3\n", "delimiter=',', loose=False, missing_values='N/A'", new GenFromTxtOptions().delimiter(",").loose(false).missingValues("N/A")},
                {"1,2.5,3e0, 1_0 , 7.9,-2.5,nan\n", "delimiter=',', dtype=np.int32", new GenFromTxtOptions().delimiter(",").dtype(INT32)},
                {"1,2.5,3e0, 1_0 , 7 ,+4\n", "delimiter=',', dtype=np.int64", new GenFromTxtOptions().delimiter(",").dtype(INT64)},
                {"99999999999999999999\n", "delimiter=',', dtype=np.int64", new GenFromTxtOptions().delimiter(",").dtype(INT64)},
                {"3e9\n", "delimiter=',', dtype=np.int32", new GenFromTxtOptions().delimiter(",").dtype(INT32)},
                {"1e400\n", "delimiter=',', dtype=np.int32", new GenFromTxtOptions().delimiter(",").dtype(INT32)},
                {"True,false, TRUE,1,0,FALSE \n", "delimiter=',', dtype=bool", new GenFromTxtOptions().delimiter(",").dtype(BOOL)},
                {"True,false, TRUE,1,0,FALSE \n", "delimiter=',', dtype=bool, autostrip=True",
                        new GenFromTxtOptions().delimiter(",").dtype(BOOL).autostrip(true)},
                {"1_0.5, 1e1_0, infinity, -nan, +inf, 0x10, 1.5d, 1__0, _1, 1_\n", "delimiter=','", new GenFromTxtOptions().delimiter(",")},
                {"1,\n", "delimiter=',', filling_values=np.nan, dtype=int", new GenFromTxtOptions().delimiter(",").fillingValue(Double.NaN).dtype(INT64)},
                {"1,2\n", "delimiter=',', filling_values=np.nan, dtype=int", new GenFromTxtOptions().delimiter(",").fillingValue(Double.NaN).dtype(INT64)},
                {"1,\n", "delimiter=',', dtype=int, filling_values=2.5", new GenFromTxtOptions().delimiter(",").dtype(INT64).fillingValue(2.5)},
                {"", "delimiter=','", new GenFromTxtOptions().delimiter(",")},
                {"", "delimiter=',', dtype=np.int32", new GenFromTxtOptions().delimiter(",").dtype(INT32)},
                {"5\n", "", new GenFromTxtOptions()},
                {"1 2\n", "ndmin=2", new GenFromTxtOptions().ndmin(2)},
                {"1\n2\n", "", new GenFromTxtOptions()},
                {"x\n\n1,2\n3,4\n5\n", "delimiter=',', skip_header=1", new GenFromTxtOptions().delimiter(",").skipHeader(1)},
                {"1::2::3\n4::5::6\n", "delimiter='::'", new GenFromTxtOptions().delimiter("::")},
                {"1,2,3\n4,5,6\n", "delimiter=',', usecols=(5,)", new GenFromTxtOptions().delimiter(",").usecols(5)},
                {"1,2,3\n4,5,6\n", "delimiter=',', usecols=(-1, 0)", new GenFromTxtOptions().delimiter(",").usecols(-1, 0)},
                {"1,2,3\n4,5,6\n", "delimiter=',', max_rows=1", new GenFromTxtOptions().delimiter(",").maxRows(1)},
                {"1,2,3\n4,5,6\n", "delimiter=',', max_rows=0", new GenFromTxtOptions().delimiter(",").maxRows(0)},
                {"1,2,3\n4,5,6\n", "delimiter=',', max_rows=1, skip_footer=1", new GenFromTxtOptions().delimiter(",").maxRows(1).skipFooter(1)},
                {"1,2 % c\n3,4\n", "delimiter=',', comments='%'", new GenFromTxtOptions().delimiter(",").comments("%")},
                {"1,2 # c\n", "delimiter=',', comments=None", new GenFromTxtOptions().delimiter(",").comments(null)},
                {"1\t2\n\t\n3\t4\n", "delimiter=','", new GenFromTxtOptions().delimiter(",")},
                {"1,2\n3,4\n5,6,7\n8,9\n", "delimiter=',', skip_footer=2", new GenFromTxtOptions().delimiter(",").skipFooter(2)},
                {"1,abc\n2,x\n3,4,5\n", "delimiter=',', loose=False", new GenFromTxtOptions().delimiter(",").loose(false)},
                {"abc,1\n2,y\n", "delimiter=',', loose=False", new GenFromTxtOptions().delimiter(",").loose(false)},
        };
        for (int i = 0; i < specs.length; i++) {
            Path p = write((String) specs[i][0]);
            GenFromTxtOptions o = (GenFromTxtOptions) specs[i][2];
            String kw = (String) specs[i][1];
            cases.add(new Case("genfromtxt edge " + i, p, "np.genfromtxt(p" + (kw.isEmpty() ? "" : ", " + kw) + ")",
                    () -> genfromtxt(p, o)));
        }
        run(cases);
    }

    // ---- savetxt -------------------------------------------------------------------------------------

    @Test
    void savetxtWritesNumpysTextCharacterForCharacter() throws IOException {
        Random rnd = new Random(13);
        String[] fmts = {null, "%d", "%.3f", "%10.4e", "%g", "%s", "%+.2e", "%-8.3g|", "%#.0f", "%08.3f", "%.0e", "%G", "%r",
                "% .5g", "%.20f", "%i", "%5.1E", "%.12g", "%#g", "%x", "%#o", "%c"};
        List<NumPyOracle.Case> cases = new ArrayList<>();
        record S(Path mine, NDArray x, String what, RuntimeException error) {}
        List<S> saved = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            DType dt = DType.values()[rnd.nextInt(5)];
            int rows = rnd.nextInt(5), cols = 1 + rnd.nextInt(4);
            NDArray x = special(rnd, dt, rnd.nextInt(5) == 0 ? new long[] {rows} : new long[] {rows, cols});
            String fmt = fmts[rnd.nextInt(fmts.length)];
            String delim = new String[] {" ", ",", "\t", " | "}[rnd.nextInt(4)];
            String header = rnd.nextInt(3) == 0 ? "a b\nc" : "";
            String footer = rnd.nextInt(4) == 0 ? "end" : "";
            String comments = rnd.nextBoolean() ? "# " : "% ";
            String newline = rnd.nextInt(5) == 0 ? "\r\n" : "\n";
            SaveTxtOptions o = new SaveTxtOptions().delimiter(delim).header(header).footer(footer).comments(comments).newline(newline);
            String fmtPy = fmt == null ? "'%.18e'" : pyStr(fmt);
            if (fmt != null) {
                if (x.ndim() == 2 && rnd.nextInt(4) == 0) {   // one format per column
                    String[] per = new String[(int) x.shape(1)];
                    Arrays.fill(per, fmt);
                    o.fmt(per);
                    fmtPy = "[" + Arrays.stream(per).map(TextIOOracleTest::pyStr).collect(Collectors.joining(", ")) + "]";
                } else o.fmt(fmt);
            }
            Path mine = dir.resolve("mine" + i + ".txt");
            Path theirs = dir.resolve("theirs" + i + ".txt");
            RuntimeException err = null;
            try {
                savetxt(mine, x, o);
            } catch (RuntimeException e) {
                err = e;
            }
            String what = dt + Arrays.toString(x.shape()) + " fmt=" + fmtPy + " delimiter=" + pyStr(delim);
            saved.add(new S(mine, x, what, err));
            cases.add(NumPyOracle.Case.of("np.savetxt(q, x, fmt=" + fmtPy + ", delimiter=" + pyStr(delim) + ", newline=" + pyStr(newline)
                    + ", header=" + pyStr(header) + ", footer=" + pyStr(footer) + ", comments=" + pyStr(comments) + ")\n"
                    + "out = open(q, newline='').read()", "x", toOracle(x), "q", theirs.toString()));
        }
        List<OracleResult> res = np().runBatch(cases);
        int compared = 0;
        for (int i = 0; i < saved.size(); i++) {
            S s = saved.get(i);
            OracleResult r = res.get(i);
            if (r.isError()) {
                assertNotNull(s.error, s.what + ": NumPy raised " + r.errorType() + ": " + r.errorMessage());
                OracleAssert.assertErrorMatches(r, s.error);
                continue;
            }
            if (s.error != null) throw new AssertionError(s.what + ": NumPy wrote " + r.text() + " but NumJ threw " + s.error, s.error);
            assertEquals(r.text(), Files.readString(s.mine), s.what);
            compared++;
        }
        assertTrue(compared > 120, "compared " + compared);
    }

    /** Random values with the awkward ones mixed in: NaN, ±inf, ±0, extremes, ties, tiny, huge. */
    static NDArray special(Random rnd, DType dt, long... shape) {
        NDArray a = NDArray.allocate(dt, shape);
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, 0.125, 2.5, 1e16, 1e-5,
                1e-4, 123456789.0, 5e-324, Double.MAX_VALUE, 0.1, 1 / 3.0, 65};
        for (long i = 0; i < a.size(); i++) {
            long off = a.flatOffset(i);
            switch (dt) {
                case BOOL -> a.writeLong(off, rnd.nextInt(2));
                case INT32 -> a.writeLong(off, rnd.nextInt(4) == 0 ? rnd.nextInt() : rnd.nextInt(300) - 50);
                case INT64 -> a.writeLong(off, rnd.nextInt(4) == 0 ? rnd.nextLong() : rnd.nextInt(300) - 50);
                default -> a.writeDouble(off, rnd.nextInt(3) == 0 ? specials[rnd.nextInt(specials.length)]
                        : rnd.nextGaussian() * Math.pow(10, rnd.nextInt(12) - 6));
            }
        }
        return a;
    }

    @Test
    void savetxtErrorsMatchNumpy() {
        NDArray x = arange(6.0).reshape(2, 3);
        Path p = dir.resolve("err.txt");
        Object[][] specs = {
                {zeros(2, 2, 2), "'%.18e'", new SaveTxtOptions()},
                {array(3.0).reshape(), "'%.18e'", new SaveTxtOptions()},
                {x, "'%d %d'", new SaveTxtOptions().fmt("%d %d")},
                {x, "['%d', '%d']", new SaveTxtOptions().fmt("%d", "%d")},
                {x, "'%z'", new SaveTxtOptions().fmt("%z")},
                {x, "'%'", new SaveTxtOptions().fmt("%")},
                {x, "'%x'", new SaveTxtOptions().fmt("%x")},
                {arange(3L).astype(BOOL), "'%x'", new SaveTxtOptions().fmt("%x")},
                {array(Double.NaN, 1.0), "'%d'", new SaveTxtOptions().fmt("%d")},
                {array(-1L), "'%c'", new SaveTxtOptions().fmt("%c")},
        };
        List<NumPyOracle.Case> cases = new ArrayList<>();
        for (Object[] s : specs)
            cases.add(NumPyOracle.Case.of("np.savetxt(p, x, fmt=" + s[1] + ")", "x", toOracle((NDArray) s[0]), "p", p.toString()));
        List<OracleResult> res = np().runBatch(cases);
        for (int i = 0; i < specs.length; i++) {
            NDArray a = (NDArray) specs[i][0];
            SaveTxtOptions o = (SaveTxtOptions) specs[i][2];
            OracleResult r = res.get(i);
            assertTrue(r.isError(), specs[i][1] + ": " + r);
            Throwable t = OracleAssert.assertErrorMatches(r, () -> savetxt(p, a, o));
            Class<?> want = r.isErrorOf("TypeError") ? NumJTypeException.class : IllegalArgumentException.class;
            assertInstanceOf(want, t,
                    specs[i][1] + " " + r.errorType());
        }
    }

    // ---- round trips, .gz, large files ---------------------------------------------------------------

    @Test
    void savetxtThenLoadtxtRoundTripsExactlyAndGzipTravelsBothWays() throws IOException {
        Random rnd = new Random(14);
        NDArray x = special(rnd, FLOAT64, 50, 7);
        Path p = dir.resolve("rt.csv");
        savetxt(p, x, ",");
        assertArrayEquals(bytesOf(x), bytesOf(loadtxt(p, ",")), "%.18e keeps every bit of a float64");
        NDArray f = special(rnd, FLOAT32, 20, 3);
        savetxt(dir.resolve("f32.txt"), f);
        assertArrayEquals(bytesOf(f), bytesOf(loadtxt(dir.resolve("f32.txt"), new LoadTxtOptions().dtype(FLOAT32))));

        Path gz = dir.resolve("x.csv.gz");
        savetxt(gz, x, ",");
        Path theirs = dir.resolve("np.csv.gz");
        OracleResult r = np().run("np.savetxt(q, x, delimiter=',')\nout = np.loadtxt(p, delimiter=',')",
                NumPyOracle.inputs("q", theirs.toString(), "x", toOracle(x), "p", gz.toString()));
        assertArrayEquals(bytesOf(x), r.value().data(), "NumPy reads NumJ's .gz");
        assertArrayEquals(bytesOf(x), bytesOf(loadtxt(theirs, ",")), "NumJ reads NumPy's .gz");
        assertArrayEquals(bytesOf(x), bytesOf(genfromtxt(theirs, ",")));
        IllegalArgumentException bz = assertThrows(IllegalArgumentException.class, () -> loadtxt(dir.resolve("x.csv.bz2")));
        assertTrue(bz.getMessage().contains(".bz2"), bz.getMessage());
    }

    @Test
    void largeFilesStreamWithProgressAndMatchNumpy() throws IOException {
        Path p = dir.resolve("big.csv");
        Random rnd = new Random(15);
        try (Writer w = Files.newBufferedWriter(p)) {
            w.write("f0,f1,f2,f3,f4,f5,f6,f7\n");
            for (int r = 0; r < 20_000; r++) {
                for (int c = 0; c < 8; c++) {
                    if (c > 0) w.write(',');
                    w.write(PyFormat.floatRepr(rnd.nextGaussian() * 1000));
                }
                w.write('\n');
            }
        }
        long size = Files.size(p);
        List<long[]> reports = new ArrayList<>();
        NDArray a = loadtxt(p, new LoadTxtOptions().delimiter(",").skiprows(1)
                .progress((file, done, total) -> reports.add(new long[] {done, total}), 256 << 10));
        assertTrue(reports.size() >= size / (256 << 10), reports.size() + " reports for " + size + " bytes");
        assertArrayEquals(new long[] {size, size}, reports.getLast());
        for (int i = 1; i < reports.size(); i++) assertTrue(reports.get(i)[0] >= reports.get(i - 1)[0]);
        OracleResult r = np().run("out = np.loadtxt(p, delimiter=',', skiprows=1)", NumPyOracle.inputs("p", p.toString()));
        assertArrayEquals(r.value().data(), bytesOf(a));
        NDArray g = genfromtxt(p, new GenFromTxtOptions().delimiter(",").skipHeader(1).progress(IOProgress.log(), 1 << 20));
        assertArrayEquals(r.value().data(), bytesOf(g));
    }

    @Test
    void theSeedsHousePriceCsvReadsAsInNumpy() {
        // the seeds' mumbai_house_prices.csv: a header, a text column, numbers, gaps in age_years
        java.util.Random rnd = new java.util.Random(17);
        StringBuilder b = new StringBuilder("city,area_sqft,bedrooms,floor,age_years,price_lakhs\n");
        String[] cities = {"Mumbai", "Thane", "Navi Mumbai", "Andheri"};
        for (int i = 0; i < 500; i++) {
            int area = 350 + rnd.nextInt(2500), beds = 1 + rnd.nextInt(4), floor = rnd.nextInt(40);
            String age = rnd.nextInt(12) == 0 ? "" : Integer.toString(rnd.nextInt(30));
            double price = Math.round((area * 0.18 + beds * 9 + floor * 0.6 + rnd.nextGaussian() * 15) * 100) / 100.0;
            b.append(cities[rnd.nextInt(4)]).append(',').append(area).append(',').append(beds).append(',').append(floor)
                    .append(',').append(age).append(',').append(price).append('\n');
        }
        Path p = write(b.toString());
        run(List.of(
                new Case("features without the gappy column", p,
                        "np.loadtxt(p, delimiter=',', skiprows=1, usecols=(1, 2, 3))",
                        () -> loadtxt(p, ",", 1, new int[] {1, 2, 3}, FLOAT64)),
                new Case("target", p, "np.loadtxt(p, delimiter=',', skiprows=1, usecols=(5,))",
                        () -> loadtxt(p, ",", 1, new int[] {5}, FLOAT64)),
                new Case("a gap fails loadtxt", p, "np.loadtxt(p, delimiter=',', skiprows=1, usecols=(1, 4))",
                        () -> loadtxt(p, ",", 1, new int[] {1, 4}, FLOAT64)),
                new Case("genfromtxt: the city column and gaps become nan", p,
                        "np.genfromtxt(p, delimiter=',', skip_header=1)",
                        () -> genfromtxt(p, new GenFromTxtOptions().delimiter(",").skipHeader(1))),
                new Case("ints with gaps as -1", p,
                        "np.genfromtxt(p, delimiter=',', skip_header=1, usecols=(1, 2, 3, 4), dtype=np.int64)",
                        () -> genfromtxt(p, new GenFromTxtOptions().delimiter(",").skipHeader(1).usecols(1, 2, 3, 4).dtype(INT64)))));
        // and the seeds' checkpoint: np.save('weights.npy', W), loaded back bit for bit
        NDArray W = NpyOracleTest.randomBits(rnd, FLOAT64, 4, 1);
        Path w = dir.resolve("weights.npy");
        save(w, W);
        OracleResult r = np().run("out = np.load(p)", NumPyOracle.inputs("p", w.toString()));
        assertArrayEquals(bytesOf(W), r.value().data());
    }

    @Test
    void positionalOverloadsSpellNumpysKeywords() {
        Path p = write("h1,h2,h3\n1,,3\n4,5,6\n");
        List<OracleResult> r = np().runBatch(List.of(
                NumPyOracle.Case.of("out = np.genfromtxt(p, delimiter=',', skip_header=1, usecols=(0, 1), filling_values=-1, dtype=np.float32)",
                        "p", p.toString()),
                NumPyOracle.Case.of("out = np.loadtxt(p, delimiter=',', skiprows=2, usecols=(2, 0), dtype=np.int32)", "p", p.toString())));
        assertMatches(r.get(0), genfromtxt(p, ",", 1, new int[] {0, 1}, -1, FLOAT32), "genfromtxt overload");
        assertMatches(r.get(1), loadtxt(p, ",", 2, new int[] {2, 0}, INT32), "loadtxt overload");
        Path out = dir.resolve("o.csv");
        savetxt(out, arange(6L).reshape(2, 3), ",", "%d", "a,b,c");
        OracleResult s = np().run("np.savetxt(q, np.arange(6).reshape(2, 3), delimiter=',', fmt='%d', header='a,b,c')\nout = open(q).read()",
                NumPyOracle.inputs("q", dir.resolve("n.csv").toString()));
        assertDoesNotThrow(() -> assertEquals(s.text(), Files.readString(out)));
    }
}
