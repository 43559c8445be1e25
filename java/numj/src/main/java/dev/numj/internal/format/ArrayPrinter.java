package dev.numj.internal.format;

/**
 * NumPy 2.x-exact {@code str(a)} and {@code repr(a)} of arrays: a port of
 * {@code numpy/_core/arrayprint.py} ({@code array_str}, {@code array_repr}, {@code array2string},
 * {@code _formatArray}, {@code _leading_trailing}) under the print options in force
 * ({@link PrintSettings#current()}: precision, threshold, edgeitems, linewidth, suppress; NumPy's
 * defaults 8, 1000, 3, 75, False) with floatmode 'maxprec', sign '-' and legacy False.
 *
 * <p>When an array is summarised (size &gt; threshold) only the printed edge elements are read.
 */
public final class ArrayPrinter {
  private static final String SUMMARY_INSERT = "...";

  private ArrayPrinter() {}

  /** NumPy's {@code str(a)}. */
  public static String str(PrintableArray a) {
    long[] shape = a.shape();
    if (shape.length == 0) {
      return ElementFormats.scalarStr(a);
    }
    PrintSettings o = PrintSettings.current();
    return array2string(a, shape, " ", "", o.linewidth(), o);
  }

  /** NumPy's {@code repr(a)}. */
  public static String repr(PrintableArray a) {
    long[] shape = a.shape();
    long size = size(shape);
    String prefix = "array(";
    // array2string(..., suffix=")") reduces the line width by len(suffix)
    PrintSettings o = PrintSettings.current();
    String lst = array2string(a, shape, ", ", prefix, o.linewidth() - 1, o);

    String dtype = a.dtypeName();
    StringBuilder extras = new StringBuilder();
    if ((size == 0 && !(shape.length == 1 && shape[0] == 0)) || size > o.threshold()) {
      extras.append("shape=").append(shapeTuple(shape));
    }
    if (!dtypeIsImplied(dtype) || size == 0) {
      if (!extras.isEmpty()) {
        extras.append(", ");
      }
      extras.append("dtype=").append(dtype);
    }
    if (extras.isEmpty()) {
      return prefix + lst + ")";
    }
    String arrStr = prefix + lst + ",";
    String extraStr = extras + ")";
    int lastLineLen = arrStr.length() - (arrStr.lastIndexOf('\n') + 1);
    String spacer = " ";
    if (lastLineLen + extraStr.length() + 1 > o.linewidth()) {
      spacer = "\n" + " ".repeat(prefix.length());
    }
    return arrStr + spacer + extraStr;
  }

  /** NumPy 2's {@code dtype_is_implied}: the default int (int64), float64 and bool. */
  static boolean dtypeIsImplied(String dtype) {
    return dtype.equals("int64") || dtype.equals("float64") || dtype.equals("bool");
  }

  /** Python's repr of a shape tuple: {@code (3,)}, {@code (0, 3)}, {@code ()}. */
  static String shapeTuple(long[] shape) {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(shape[i]);
    }
    if (shape.length == 1) {
      b.append(',');
    }
    return b.append(')').toString();
  }

  static long size(long[] shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    return n;
  }

  private static String array2string(PrintableArray a, long[] shape, String separator,
      String prefix, int lineWidth, PrintSettings o) {
    long size = size(shape);
    if (size == 0) {
      return "[]";
    }
    boolean summary = size > o.threshold();
    long[] strides = new long[shape.length];
    long stride = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      strides[i] = stride;
      stride *= shape[i];
    }
    // _leading_trailing with edgeitems 0 keeps a[:0] and a[-0:], i.e. everything: the format sees all
    int edge = summary && o.edgeitems() > 0 ? o.edgeitems() : -1;
    ElementFormats.ElementFormat format =
        ElementFormats.forData(a, shape, strides, edge, o.precision(), o.suppress());
    String nextLinePrefix = " " + " ".repeat(prefix.length());
    return new Formatter(format, shape, strides, separator, summary, o.edgeitems()).recurse(0, 0,
        nextLinePrefix, lineWidth);
  }

  /** {@code _formatArray}'s recursion, over flat offsets instead of index tuples. */
  private static final class Formatter {
    private final ElementFormats.ElementFormat format;
    private final long[] shape;
    private final long[] strides;
    private final String separator;
    private final String separatorStripped;
    private final boolean summary;
    private final int edgeItems;

    Formatter(ElementFormats.ElementFormat format, long[] shape, long[] strides, String separator,
        boolean summary, int edgeItems) {
      this.edgeItems = edgeItems;
      this.format = format;
      this.shape = shape;
      this.strides = strides;
      this.separator = separator;
      this.separatorStripped = separator.stripTrailing();
      this.summary = summary;
    }

    String recurse(int axis, long offset, String hangingIndent, int currWidth) {
      int axesLeft = shape.length - axis;
      if (axesLeft == 0) {
        return format.format(offset);
      }
      String nextHangingIndent = hangingIndent + " ";
      int nextWidth = currWidth - 1;
      long aLen = shape[axis];
      long stride = strides[axis];
      boolean showSummary = summary && 2L * edgeItems < aLen;
      long leadingItems = showSummary ? edgeItems : 0;
      long trailingItems = showSummary ? edgeItems : aLen;

      StringBuilder s = new StringBuilder();
      if (axesLeft == 1) {
        int elemWidth = currWidth - Math.max(separatorStripped.length(), 1);
        StringBuilder line = new StringBuilder(hangingIndent);
        for (long i = 0; i < leadingItems; i++) {
          String word = recurse(axis + 1, offset + i * stride, nextHangingIndent, nextWidth);
          line = extendLine(s, line, word, elemWidth, hangingIndent);
          line.append(separator);
        }
        if (showSummary) {
          line = extendLine(s, line, SUMMARY_INSERT, elemWidth, hangingIndent);
          line.append(separator);
        }
        for (long i = trailingItems; i > 1; i--) {
          String word =
              recurse(axis + 1, offset + (aLen - i) * stride, nextHangingIndent, nextWidth);
          line = extendLine(s, line, word, elemWidth, hangingIndent);
          line.append(separator);
        }
        String word =
            recurse(axis + 1, offset + (aLen - 1) * stride, nextHangingIndent, nextWidth);
        line = extendLine(s, line, word, elemWidth, hangingIndent);
        s.append(line);
      } else {
        String lineSep = separatorStripped + "\n".repeat(axesLeft - 1);
        for (long i = 0; i < leadingItems; i++) {
          String nested = recurse(axis + 1, offset + i * stride, nextHangingIndent, nextWidth);
          s.append(hangingIndent).append(nested).append(lineSep);
        }
        if (showSummary) {
          s.append(hangingIndent).append(SUMMARY_INSERT).append(lineSep);
        }
        for (long i = trailingItems; i > 1; i--) {
          String nested =
              recurse(axis + 1, offset + (aLen - i) * stride, nextHangingIndent, nextWidth);
          s.append(hangingIndent).append(nested).append(lineSep);
        }
        String nested =
            recurse(axis + 1, offset + (aLen - 1) * stride, nextHangingIndent, nextWidth);
        s.append(hangingIndent).append(nested);
      }
      // remove the hanging indent, and wrap in []
      return "[" + s.substring(hangingIndent.length()) + "]";
    }

    /** {@code _extendLine} (legacy=False); our element strings never span several lines. */
    private static StringBuilder extendLine(StringBuilder s, StringBuilder line, String word,
        int lineWidth, String nextLinePrefix) {
      boolean needsWrap = line.length() + word.length() > lineWidth;
      // don't wrap lines if it won't help
      if (line.length() <= nextLinePrefix.length()) {
        needsWrap = false;
      }
      if (needsWrap) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
          end--;
        }
        s.append(line, 0, end).append('\n');
        line = new StringBuilder(nextLinePrefix);
      }
      line.append(word);
      return line;
    }
  }
}
