package dev.numj.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test against NumPy: {@code cases.txt} (written by {@code make_cases.py}) holds
 * arrays with NumPy's {@code str()} and {@code repr()} of each, plus direct
 * {@code format_float_positional}/{@code format_float_scientific} results.
 */
class ArrayPrinterTest {

  // ------------------------------------------------------------------ test arrays

  /** A test array backed by a function of the flat index; counts element reads. */
  record FnArray(String dtypeName, long[] shape, java.util.function.LongFunction<Object> values,
      AtomicLong reads) implements PrintableArray {
    FnArray(String dtypeName, long[] shape, java.util.function.LongFunction<Object> values) {
      this(dtypeName, shape, values, new AtomicLong());
    }

    private Object get(long i) {
      long size = ArrayPrinter.size(shape);
      if (i < 0 || i >= Math.max(size, 1)) {
        throw new IndexOutOfBoundsException("flat index " + i + " of size " + size);
      }
      reads.incrementAndGet();
      return values.apply(i);
    }

    @Override
    public double getDouble(long i) {
      if (!dtypeName.startsWith("float")) {
        throw new IllegalStateException("getDouble on " + dtypeName);
      }
      return (Double) get(i);
    }

    @Override
    public long getLong(long i) {
      if (!dtypeName.contains("int")) {
        throw new IllegalStateException("getLong on " + dtypeName);
      }
      return (Long) get(i);
    }

    @Override
    public boolean getBoolean(long i) {
      if (!dtypeName.equals("bool")) {
        throw new IllegalStateException("getBoolean on " + dtypeName);
      }
      return (Boolean) get(i);
    }
  }

  static FnArray ints(String dtype, long[] shape, long... v) {
    return new FnArray(dtype, shape, i -> v[(int) i]);
  }

  static FnArray doubles(String dtype, long[] shape, double... v) {
    return new FnArray(dtype, shape, i -> v[(int) i]);
  }

  static long[] shape(long... s) {
    return s;
  }

  // ------------------------------------------------------------------ golden file

  record Case(String name, FnArray array, String str, String repr) {}

  record DragonCase(String line, String dtype, double value, boolean scientific, int precision,
      int minDigits, boolean unique, Dragon4.Trim trim, int padLeft, int padRightOrExp,
      String expected) {}

  static final List<Case> CASES = new ArrayList<>();
  static final List<DragonCase> DRAGON = new ArrayList<>();
  static String header = "";

  @BeforeAll
  static void load() throws IOException {
    if (!CASES.isEmpty()) {
      return;
    }
    String text;
    try (InputStream in = ArrayPrinterTest.class.getResourceAsStream("cases.txt")) {
      if (in == null) {
        throw new IllegalStateException("cases.txt not on the test classpath");
      }
      text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    new Parser(text).parse();
  }

  /** Reader for the format documented in make_cases.py. */
  static final class Parser {
    private final String t;
    private int pos;

    Parser(String t) {
      this.t = t;
    }

    String line() {
      int nl = t.indexOf('\n', pos);
      String s = t.substring(pos, nl);
      pos = nl + 1;
      return s;
    }

    String block(String tag) {
      String l = line();
      String[] p = l.split(" ");
      if (!p[0].equals(tag)) {
        throw new IllegalStateException("expected " + tag + " at: " + l);
      }
      int n = Integer.parseInt(p[1]);
      String s = t.substring(pos, pos + n);
      pos += n;
      if (t.charAt(pos) != '\n') {
        throw new IllegalStateException("bad length for " + tag);
      }
      pos++;
      return s;
    }

    void parse() {
      StringBuilder hdr = new StringBuilder();
      while (pos < t.length()) {
        String l = line();
        if (l.startsWith("#")) {
          hdr.append(l).append('\n');
        } else if (l.startsWith("case ")) {
          parseCase(l.substring(5));
        } else if (l.startsWith("dragon4 ")) {
          parseDragon(l);
        } else if (!l.isEmpty()) {
          throw new IllegalStateException("unexpected line: " + l);
        }
      }
      header = hdr.toString();
    }

    void parseCase(String name) {
      String dtype = line().substring("dtype ".length());
      String shapeLine = line().substring("shape".length()).trim();
      long[] shape = shapeLine.isEmpty() ? new long[0]
          : java.util.Arrays.stream(shapeLine.split(" ")).mapToLong(Long::parseLong).toArray();
      String[] data = line().split(" ");
      java.util.function.LongFunction<Object> values;
      switch (data[1]) {
        case "dense" -> {
          String l = line();
          String[] tok = l.isEmpty() ? new String[0] : l.split(" ");
          Object[] v = new Object[tok.length];
          for (int i = 0; i < tok.length; i++) {
            v[i] = decode(dtype, tok[i]);
          }
          values = i -> v[(int) i];
        }
        case "sparse" -> {
          Map<Long, Object> m = new HashMap<>();
          for (String tok : line().split(" ")) {
            int c = tok.indexOf(':');
            m.put(Long.parseLong(tok.substring(0, c)), decode(dtype, tok.substring(c + 1)));
          }
          values = i -> {
            Object o = m.get(i);
            if (o == null) {
              throw new IllegalStateException(
                  "read of non-printed element " + i + " of summarised array " + name);
            }
            return o;
          };
        }
        case "formula" -> values = formula(dtype, data[2], data[3]);
        default -> throw new IllegalStateException("bad data line in " + name);
      }
      String str = block("str");
      String repr = block("repr");
      if (!line().equals("end")) {
        throw new IllegalStateException("missing end in " + name);
      }
      CASES.add(new Case(name, new FnArray(dtype, shape, values), str, repr));
    }

    void parseDragon(String l) {
      int bar = l.indexOf('|');
      String expected = l.substring(bar + 1, l.length() - 1);
      String[] p = l.substring(0, bar).trim().split(" ");
      Dragon4.Trim trim = switch (p[7]) {
        case "k" -> Dragon4.Trim.NONE;
        case "." -> Dragon4.Trim.ZEROS;
        case "0" -> Dragon4.Trim.LEAVE_ONE_ZERO;
        case "-" -> Dragon4.Trim.DPT_ZEROS;
        default -> throw new IllegalStateException(l);
      };
      DRAGON.add(new DragonCase(l, p[1], (Double) decode(p[1], p[2]), p[3].equals("s"),
          Integer.parseInt(p[4]), Integer.parseInt(p[5]), p[6].equals("1"), trim,
          Integer.parseInt(p[8]), Integer.parseInt(p[9]), expected));
    }
  }

  static Object decode(String dtype, String tok) {
    return switch (dtype) {
      case "float64" -> Double.longBitsToDouble(Long.parseUnsignedLong(tok, 16));
      case "float32" -> (double) Float.intBitsToFloat((int) Long.parseLong(tok, 16));
      case "float16" -> (double) Float.float16ToFloat((short) Integer.parseInt(tok, 16));
      case "bool" -> tok.equals("1");
      case "uint64" -> Long.parseUnsignedLong(tok);
      default -> Long.parseLong(tok);
    };
  }

  static java.util.function.LongFunction<Object> formula(String dtype, String name, String arg) {
    return switch (dtype) {
      case "float64" -> {
        double a = Double.parseDouble(arg);
        yield switch (name) {
          case "arange" -> i -> (double) i;
          case "scale" -> i -> i * a;
          case "div" -> i -> i / a;
          default -> throw new IllegalStateException(name);
        };
      }
      case "float32" -> {
        float a = Float.parseFloat(arg);
        yield switch (name) {
          case "arange" -> i -> (double) (float) i;
          case "scale" -> i -> (double) ((float) i * a);
          case "div" -> i -> (double) ((float) i / a);
          default -> throw new IllegalStateException(name);
        };
      }
      default -> {
        if (!name.equals("arange")) {
          throw new IllegalStateException(name + " for " + dtype);
        }
        yield i -> i;
      }
    };
  }

  static String show(String s) {
    return "\n-----\n" + s + "\n-----";
  }

  @Test
  void goldenFileHeaderRecordsNumpyVersion() {
    assertTrue(header.contains("# numpy 2."), header);
    assertTrue(CASES.size() > 1000, "cases: " + CASES.size());
    assertTrue(DRAGON.size() > 1000, "dragon4 lines: " + DRAGON.size());
  }

  @Test
  void goldenStrAndRepr() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Case c : CASES) {
      String gotStr;
      String gotRepr;
      try {
        gotStr = ArrayPrinter.str(c.array());
        gotRepr = ArrayPrinter.repr(c.array());
      } catch (RuntimeException e) {
        failures.add(c.name() + ": threw " + e);
        continue;
      }
      if (!gotStr.equals(c.str())) {
        failures.add(c.name() + " str: expected" + show(c.str()) + "\nbut got" + show(gotStr));
      }
      if (!gotRepr.equals(c.repr())) {
        failures.add(c.name() + " repr: expected" + show(c.repr()) + "\nbut got" + show(gotRepr));
      }
      checked++;
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " mismatches in " + CASES.size() + " cases; first ones:\n"
          + String.join("\n\n", failures.subList(0, Math.min(8, failures.size()))));
    }
    assertEquals(CASES.size(), checked);
  }

  @Test
  void goldenDragon4() {
    List<String> failures = new ArrayList<>();
    for (DragonCase d : DRAGON) {
      FloatKind kind = FloatKind.forDtype(d.dtype());
      String got = d.scientific()
          ? Dragon4.scientific(kind, d.value(), d.precision(), d.minDigits(), d.unique(),
              d.trim(), false, d.padLeft(), d.padRightOrExp())
          : Dragon4.positional(kind, d.value(), d.precision(), d.minDigits(), d.unique(), true,
              d.trim(), false, d.padLeft(), d.padRightOrExp());
      if (!got.equals(d.expected())) {
        failures.add(d.line() + "  got |" + got + "|");
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " dragon4 mismatches; first ones:\n"
          + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
  }

  // ------------------------------------------------------------------ hand-written (NumPy docs)

  @Test
  void docExamples() {
    FnArray i2x2 = ints("int64", shape(2, 2), 1, 2, 3, 4);
    assertEquals("[[1 2]\n [3 4]]", ArrayPrinter.str(i2x2));
    assertEquals("array([[1, 2],\n       [3, 4]])", ArrayPrinter.repr(i2x2));

    FnArray f2x2 = doubles("float64", shape(2, 2), 1, 2, 3, 4);
    assertEquals("array([[1., 2.],\n       [3., 4.]])", ArrayPrinter.repr(f2x2));
    assertEquals("[[1. 2.]\n [3. 4.]]", ArrayPrinter.str(f2x2));

    assertEquals("array([1, 2, 3], dtype=int32)",
        ArrayPrinter.repr(ints("int32", shape(3), 1, 2, 3)));
    assertEquals("array([1., 2.], dtype=float32)",
        ArrayPrinter.repr(doubles("float32", shape(2), 1, 2)));
    assertEquals("[1.  2.5]", ArrayPrinter.str(doubles("float64", shape(2), 1, 2.5)));
    assertEquals("[1.e+10]", ArrayPrinter.str(doubles("float64", shape(1), 1e10)));
    assertEquals("array([1.e-16, 1.e+00, 2.e+00, 3.e+00])",
        ArrayPrinter.repr(doubles("float64", shape(4), 1e-16, 1, 2, 3)));
    assertEquals("[0.1 0.2]",
        ArrayPrinter.str(doubles("float32", shape(2), (double) 0.1f, (double) 0.2f)));
    assertEquals("[ nan  inf -inf  -0.]", ArrayPrinter.str(doubles("float64", shape(4),
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0)));
    assertEquals("[ True False]",
        ArrayPrinter.str(new FnArray("bool", shape(2), i -> i == 0)));
  }

  @Test
  void emptyArrays() {
    assertEquals("[]", ArrayPrinter.str(doubles("float64", shape(0))));
    assertEquals("array([], dtype=float64)", ArrayPrinter.repr(doubles("float64", shape(0))));
    assertEquals("array([], dtype=int64)", ArrayPrinter.repr(ints("int64", shape(0))));
    assertEquals("array([], shape=(0, 3), dtype=float64)",
        ArrayPrinter.repr(doubles("float64", shape(0, 3))));
    assertEquals("array([], shape=(2, 0), dtype=bool)",
        ArrayPrinter.repr(new FnArray("bool", shape(2, 0), i -> true)));
  }

  @Test
  void zeroDimensional() {
    assertEquals("5", ArrayPrinter.str(ints("int64", shape(), 5)));
    assertEquals("array(5)", ArrayPrinter.repr(ints("int64", shape(), 5)));
    assertEquals("array(5, dtype=int32)", ArrayPrinter.repr(ints("int32", shape(), 5)));
    assertEquals("1.5", ArrayPrinter.str(doubles("float64", shape(), 1.5)));
    assertEquals("1.0", ArrayPrinter.str(doubles("float64", shape(), 1.0)));
    assertEquals("array(1.)", ArrayPrinter.repr(doubles("float64", shape(), 1.0)));
    assertEquals("1e+16", ArrayPrinter.str(doubles("float64", shape(), 1e16)));
    assertEquals("1e-05", ArrayPrinter.str(doubles("float64", shape(), 1e-5)));
    assertEquals("0.1", ArrayPrinter.str(doubles("float32", shape(), (double) 0.1f)));
    assertEquals("1e+06", ArrayPrinter.str(doubles("float32", shape(), 1e6)));
    assertEquals("array(nan, dtype=float32)",
        ArrayPrinter.repr(doubles("float32", shape(), Double.NaN)));
    assertEquals("-inf", ArrayPrinter.str(doubles("float64", shape(), Double.NEGATIVE_INFINITY)));
    assertEquals("True", ArrayPrinter.str(new FnArray("bool", shape(), i -> true)));
    assertEquals("array(False)", ArrayPrinter.repr(new FnArray("bool", shape(), i -> false)));
  }

  @Test
  void summarisedArrayReadsOnlyEdgeElements() {
    FnArray a = new FnArray("float64", shape(1000, 1000), i -> i * 0.5);
    String s = ArrayPrinter.str(a);
    assertEquals("""
        [[0.000000e+00 5.000000e-01 1.000000e+00 ... 4.985000e+02 4.990000e+02
          4.995000e+02]
         [5.000000e+02 5.005000e+02 5.010000e+02 ... 9.985000e+02 9.990000e+02
          9.995000e+02]
         [1.000000e+03 1.000500e+03 1.001000e+03 ... 1.498500e+03 1.499000e+03
          1.499500e+03]
         ...
         [4.985000e+05 4.985005e+05 4.985010e+05 ... 4.989985e+05 4.989990e+05
          4.989995e+05]
         [4.990000e+05 4.990005e+05 4.990010e+05 ... 4.994985e+05 4.994990e+05
          4.994995e+05]
         [4.995000e+05 4.995005e+05 4.995010e+05 ... 4.999985e+05 4.999990e+05
          4.999995e+05]]""", s);
    // 36 printed elements, each read once to compute the format and once to print it
    assertEquals(72, a.reads().get());

    FnArray big = new FnArray("int64", shape(1L << 40), i -> i);
    assertEquals("array([            0,             1,             2, ..., 1099511627773,\n"
        + "       1099511627774, 1099511627775], shape=(1099511627776,))",
        ArrayPrinter.repr(big));
    assertTrue(big.reads().get() <= 12);

    long t0 = System.nanoTime();
    for (int k = 0; k < 200; k++) {
      ArrayPrinter.repr(new FnArray("float64", shape(1000, 1000), i -> i / 7.0));
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < 5_000, "200 summarised 1000x1000 reprs took " + ms + " ms");
  }

  @Test
  void unsupportedDtypeIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> ArrayPrinter.str(new FnArray("complex128", shape(1), i -> 0.0)));
  }
}
