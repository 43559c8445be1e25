package dev.numj.internal.format;

import dev.numj.internal.format.Dragon4.Trim;

/**
 * Port of {@code numpy._core.arrayprint.FloatingFormat} with a given precision and suppress
 * (NumPy's defaults 8 and False) and NumPy 2.x's other default print options: floatmode='maxprec',
 * sign='-', legacy=False, nanstr='nan', infstr='inf'.
 */
final class FloatingFormat {
  private final FloatKind kind;
  private int precision;
  private final boolean suppress;
  private int minDigits = -1;
  private Trim trim = Trim.ZEROS;
  private boolean unique = true;
  private boolean expFormat;
  private int padLeft;
  private int padRight;
  private int expSize = -1;

  /**
   * @param kind the float type of the data
   * @param data the values the format is computed over (all elements, or only the printed edge
   *     elements of a summarised array); {@code count} of them are used
   * @param precision the print option precision
   * @param suppress the print option suppress: positional notation unless a value reaches 1e8
   */
  FloatingFormat(FloatKind kind, double[] data, int count, int precision, boolean suppress) {
    this.kind = kind;
    this.precision = precision;
    this.suppress = suppress;
    fillFormat(data, count);
  }

  private void fillFormat(double[] data, int count) {
    int finiteCount = 0;
    boolean anyAbsNonZero = false;
    double maxVal = 0;
    double minVal = 0;
    boolean anyNegInf = false;
    for (int i = 0; i < count; i++) {
      double x = data[i];
      if (Double.isFinite(x)) {
        finiteCount++;
        if (x != 0) {
          double ax = Math.abs(x);
          if (!anyAbsNonZero) {
            maxVal = ax;
            minVal = ax;
            anyAbsNonZero = true;
          } else {
            maxVal = Math.max(maxVal, ax);
            minVal = Math.min(minVal, ax);
          }
        }
      } else if (x == Double.NEGATIVE_INFINITY) {
        anyNegInf = true;
      }
    }

    if (anyAbsNonZero) {
      // Comparisons with Python floats happen in the data's precision (NEP 50 weak scalars).
      if (maxVal >= kind.expCutoffMax()
          || !suppress && (minVal < kind.round(0.0001) || kind.divide(maxVal, minVal) > 1000.0)) {
        expFormat = true;
      }
    }

    if (finiteCount == 0) {
      padLeft = 0;
      padRight = 0;
      trim = Trim.ZEROS;
      expSize = -1;
      unique = true;
      minDigits = -1;
    } else if (expFormat) {
      int maxExp = 0;
      int maxFrac = 0;
      int maxInt = 0;
      for (int i = 0; i < count; i++) {
        double x = data[i];
        if (!Double.isFinite(x)) {
          continue;
        }
        String s = Dragon4.scientific(kind, x, precision, -1, true, Trim.ZEROS, false, -1, -1);
        int e = s.indexOf('e');
        int dot = s.indexOf('.');
        maxExp = Math.max(maxExp, s.length() - e - 1);
        maxInt = Math.max(maxInt, dot);
        maxFrac = Math.max(maxFrac, e - dot - 1);
      }
      expSize = maxExp - 1;
      trim = Trim.NONE;
      precision = maxFrac;
      minDigits = precision;
      unique = true;
      padLeft = maxInt;
      padRight = expSize + 2 + precision;
    } else {
      int maxFrac = 0;
      int maxInt = 0;
      for (int i = 0; i < count; i++) {
        double x = data[i];
        if (!Double.isFinite(x)) {
          continue;
        }
        String s =
            Dragon4.positional(kind, x, precision, -1, true, true, Trim.ZEROS, false, -1, -1);
        int dot = s.indexOf('.');
        maxInt = Math.max(maxInt, dot);
        maxFrac = Math.max(maxFrac, s.length() - dot - 1);
      }
      padLeft = maxInt;
      padRight = maxFrac;
      expSize = -1;
      unique = true;
      // floatmode 'maxprec'
      trim = Trim.ZEROS;
      minDigits = 0;
    }

    if (finiteCount != count) {
      int negInf = anyNegInf ? 1 : 0;
      int offset = padRight + 1;
      padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + negInf - offset));
    }
  }

  String format(double x) {
    if (!Double.isFinite(x)) {
      String ret = Double.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
      int pad = padLeft + padRight + 1 - ret.length();
      return pad > 0 ? " ".repeat(pad) + ret : ret;
    }
    if (expFormat) {
      return Dragon4.scientific(kind, x, precision, minDigits, unique, trim, false, padLeft,
          expSize);
    }
    return Dragon4.positional(kind, x, precision, minDigits, unique, true, trim, false, padLeft,
        padRight);
  }

  /**
   * {@code str()} of a NumPy float scalar (used for 0-d {@code str}): positional with one
   * trailing zero kept when 1e-4 &lt;= |x| &lt; cutoff (or x is 0/nan), else scientific.
   */
  static String scalarStr(FloatKind kind, double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x < 0 ? "-inf" : "inf";
    }
    double ax = Math.abs(x);
    if (x == 0 || (ax < kind.scalarMaxPositional && ax >= 1e-4)) {
      return Dragon4.positional(kind, x, -1, -1, true, false, Trim.LEAVE_ONE_ZERO, false, -1, -1);
    }
    return Dragon4.scientific(kind, x, -1, -1, true, Trim.DPT_ZEROS, false, -1, -1);
  }
}
