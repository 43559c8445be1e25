package dev.numj.internal.format;

import java.util.Arrays;

/**
 * Per-dtype element formatters ({@code IntegerFormat}, {@code BoolFormat}, {@code FloatingFormat}
 * of {@code arrayprint.py}) and {@code _leading_trailing}: the format is computed over the
 * elements that will be printed only.
 */
final class ElementFormats {
  private ElementFormats() {}

  /** Formats one element, addressed by its C-order flat index. */
  interface ElementFormat {
    String format(long flatIndex);
  }

  private enum Kind { BOOL, SIGNED, UNSIGNED, FLOAT }

  private static Kind kindOf(String dtype) {
    return switch (dtype) {
      case "bool" -> Kind.BOOL;
      case "int8", "int16", "int32", "int64" -> Kind.SIGNED;
      case "uint8", "uint16", "uint32", "uint64" -> Kind.UNSIGNED;
      case "float16", "float32", "float64" -> Kind.FLOAT;
      default -> throw new IllegalArgumentException("unsupported dtype for printing: " + dtype);
    };
  }

  /** {@code str()} of the single element of a 0-d array (NumPy scalar str). */
  static String scalarStr(PrintableArray a) {
    String dtype = a.dtypeName();
    return switch (kindOf(dtype)) {
      case BOOL -> a.getBoolean(0) ? "True" : "False";
      case SIGNED -> Long.toString(a.getLong(0));
      case UNSIGNED -> Long.toUnsignedString(a.getLong(0));
      case FLOAT -> FloatingFormat.scalarStr(FloatKind.forDtype(dtype), a.getDouble(0));
    };
  }

  /**
   * The format for an array's elements.
   *
   * @param edgeItems -1 when not summarised, else the number of edge items kept per axis
   * @param precision the print option (digits after the point for floats)
   * @param suppress the print option: no scientific notation for small values
   */
  static ElementFormat forData(PrintableArray a, long[] shape, long[] strides, int edgeItems,
      int precision, boolean suppress) {
    String dtype = a.dtypeName();
    Kind kind = kindOf(dtype);
    if (kind == Kind.BOOL) {
      String trueStr = shape.length == 0 ? "True" : " True";
      return i -> a.getBoolean(i) ? trueStr : "False";
    }
    long[] idx = printedIndices(shape, strides, edgeItems);
    int n = idx.length;
    if (kind == Kind.FLOAT) {
      FloatKind fk = FloatKind.forDtype(dtype);
      double[] data = new double[n];
      for (int k = 0; k < n; k++) {
        data[k] = a.getDouble(idx[k]);
      }
      FloatingFormat ff = new FloatingFormat(fk, data, n, precision, suppress);
      return i -> ff.format(a.getDouble(i));
    }
    boolean unsigned = kind == Kind.UNSIGNED;
    long max = a.getLong(idx[0]);
    long min = max;
    for (int k = 1; k < n; k++) {
      long v = a.getLong(idx[k]);
      if (unsigned) {
        if (Long.compareUnsigned(v, max) > 0) {
          max = v;
        }
        if (Long.compareUnsigned(v, min) < 0) {
          min = v;
        }
      } else {
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
    }
    int width = Math.max(intStr(max, unsigned).length(), intStr(min, unsigned).length());
    return i -> {
      String s = intStr(a.getLong(i), unsigned);
      return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    };
  }

  private static String intStr(long v, boolean unsigned) {
    return unsigned ? Long.toUnsignedString(v) : Long.toString(v);
  }

  /**
   * Flat indices of the elements that will be printed ({@code _leading_trailing}): along every
   * axis longer than {@code 2 * edgeItems} only the first and last {@code edgeItems} are kept.
   */
  static long[] printedIndices(long[] shape, long[] strides, int edgeItems) {
    long count = 1;
    for (long d : shape) {
      count *= (edgeItems >= 0 && d > 2L * edgeItems) ? 2L * edgeItems : d;
    }
    if (count > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("array too large to print without summarisation");
    }
    long[] out = new long[(int) count];
    int[] pos = {0};
    collect(shape, strides, edgeItems, 0, 0, out, pos);
    return pos[0] == out.length ? out : Arrays.copyOf(out, pos[0]);
  }

  private static void collect(long[] shape, long[] strides, int edgeItems, int axis, long offset,
      long[] out, int[] pos) {
    if (axis == shape.length) {
      out[pos[0]++] = offset;
      return;
    }
    long n = shape[axis];
    long stride = strides[axis];
    if (edgeItems >= 0 && n > 2L * edgeItems) {
      for (long i = 0; i < edgeItems; i++) {
        collect(shape, strides, edgeItems, axis + 1, offset + i * stride, out, pos);
      }
      for (long i = n - edgeItems; i < n; i++) {
        collect(shape, strides, edgeItems, axis + 1, offset + i * stride, out, pos);
      }
    } else {
      for (long i = 0; i < n; i++) {
        collect(shape, strides, edgeItems, axis + 1, offset + i * stride, out, pos);
      }
    }
  }
}
