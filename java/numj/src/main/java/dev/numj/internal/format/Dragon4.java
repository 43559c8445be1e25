package dev.numj.internal.format;

import java.math.BigInteger;

/**
 * A port of NumPy's Dragon4 float printer ({@code numpy/_core/src/multiarray/dragon4.c}: the
 * {@code Dragon4} digit generator and {@code FormatPositional} / {@code FormatScientific}), which
 * backs {@code np.format_float_positional} and {@code np.format_float_scientific}.
 *
 * <p>Digit generation is exact (arbitrary precision integers), with IEEE unbiased rounding and
 * the shortest-unique ("unique") or exact digit modes, so output is identical to NumPy's for the
 * binary16/32/64 formats.
 */
final class Dragon4 {
  private Dragon4() {}

  /** NumPy's trim modes: 'k', '.', '0', '-'. */
  enum Trim {
    /** 'k': keep trailing zeros, keep decimal point. */
    NONE,
    /** '.': trim trailing zeros, leave decimal point. */
    ZEROS,
    /** '0': trim all but one zero after the decimal point. */
    LEAVE_ONE_ZERO,
    /** '-': trim trailing zeros and the decimal point. */
    DPT_ZEROS
  }

  private static final double LOG10_2 = 0.30102999566398119521373889472449;
  private static final int BUFFER_SIZE = 16384;
  private static final BigInteger[] POW10 = new BigInteger[64];

  static {
    POW10[0] = BigInteger.ONE;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1].multiply(BigInteger.TEN);
    }
  }

  private static BigInteger pow10(int n) {
    return n < POW10.length ? POW10[n] : BigInteger.TEN.pow(n);
  }

  /** Decimal digits and the base-10 exponent of the first digit. */
  private record Digits(char[] digits, int length, int exponent) {}

  /** A finite value decomposed as sign, mantissa * 2^exponent. */
  private record Parts(boolean negative, long mantissa, int exponent, int mantissaBit,
      boolean unequalMargins) {}

  /** Decomposes a finite value; returns null for inf/nan. */
  private static Parts decompose(FloatKind kind, double value) {
    long bits = kind.bits(value);
    int mb = kind.mantissaBits;
    long floatMantissa = bits & ((1L << mb) - 1);
    int floatExponent = (int) ((bits >>> mb) & ((1L << kind.exponentBits) - 1));
    boolean negative = ((bits >>> (mb + kind.exponentBits)) & 1L) != 0;
    if (floatExponent == (1 << kind.exponentBits) - 1) {
      return null;
    }
    if (floatExponent != 0) {
      return new Parts(negative, (1L << mb) | floatMantissa, floatExponent - kind.bias() - mb, mb,
          floatExponent != 1 && floatMantissa == 0);
    }
    int mantissaBit = floatMantissa == 0 ? 0 : 63 - Long.numberOfLeadingZeros(floatMantissa);
    return new Parts(negative, floatMantissa, 1 - kind.bias() - mb, mantissaBit, false);
  }

  /**
   * The Dragon4 digit generator (Steele &amp; White / Burger &amp; Dybvig with NumPy's cutoff
   * handling). {@code cutoffMax}/{@code cutoffMin} are -1 for none; they count fractional digits
   * when {@code fractionCutoff}, else total digits.
   */
  private static Digits dragon4(long mantissaBits, int exponent, int mantissaBit,
      boolean hasUnequalMargins, boolean unique, boolean fractionCutoff, int cutoffMax,
      int cutoffMin) {
    if (mantissaBits == 0) {
      return new Digits(new char[] {'0'}, 1, 0);
    }
    BigInteger mantissa = BigInteger.valueOf(mantissaBits);
    boolean isEven = (mantissaBits & 1) == 0;
    BigInteger scale;
    BigInteger scaledValue;
    BigInteger scaledMarginLow;
    if (hasUnequalMargins) {
      if (exponent > 0) {
        scaledValue = mantissa.shiftLeft(exponent + 2);
        scale = BigInteger.valueOf(4);
        scaledMarginLow = BigInteger.ONE.shiftLeft(exponent);
      } else {
        scaledValue = mantissa.shiftLeft(2);
        scale = BigInteger.ONE.shiftLeft(-exponent + 2);
        scaledMarginLow = BigInteger.ONE;
      }
    } else {
      if (exponent > 0) {
        scaledValue = mantissa.shiftLeft(exponent + 1);
        scale = BigInteger.TWO;
        scaledMarginLow = BigInteger.ONE.shiftLeft(exponent);
      } else {
        scaledValue = mantissa.shiftLeft(1);
        scale = BigInteger.ONE.shiftLeft(-exponent + 1);
        scaledMarginLow = BigInteger.ONE;
      }
    }
    // The high margin is twice the low one with unequal margins, otherwise equal to it.

    int digitExponent = (int) Math.ceil((double) (mantissaBit + exponent) * LOG10_2 - 0.69);
    if (cutoffMax >= 0 && fractionCutoff && digitExponent <= -cutoffMax) {
      digitExponent = -cutoffMax + 1;
    }
    if (digitExponent > 0) {
      scale = scale.multiply(pow10(digitExponent));
    } else if (digitExponent < 0) {
      BigInteger p = pow10(-digitExponent);
      scaledValue = scaledValue.multiply(p);
      scaledMarginLow = scaledMarginLow.multiply(p);
    }
    if (scaledValue.compareTo(scale) >= 0) {
      digitExponent = digitExponent + 1;
    } else {
      scaledValue = scaledValue.multiply(BigInteger.TEN);
      scaledMarginLow = scaledMarginLow.multiply(BigInteger.TEN);
    }

    int cutoffMaxExponent = digitExponent - BUFFER_SIZE;
    if (cutoffMax >= 0) {
      int desired = fractionCutoff ? -cutoffMax : digitExponent - cutoffMax;
      if (desired > cutoffMaxExponent) {
        cutoffMaxExponent = desired;
      }
    }
    int cutoffMinExponent = digitExponent;
    if (cutoffMin >= 0) {
      int desired = fractionCutoff ? -cutoffMin : digitExponent - cutoffMin;
      if (desired < cutoffMinExponent) {
        cutoffMinExponent = desired;
      }
    }
    int outExponent = digitExponent - 1;

    char[] out = new char[32];
    int len = 0;
    int outputDigit;
    boolean low;
    boolean high;
    if (unique) {
      for (;;) {
        digitExponent = digitExponent - 1;
        BigInteger[] qr = scaledValue.divideAndRemainder(scale);
        outputDigit = qr[0].intValue();
        scaledValue = qr[1];
        BigInteger scaledMarginHigh =
            hasUnequalMargins ? scaledMarginLow.shiftLeft(1) : scaledMarginLow;
        BigInteger scaledValueHigh = scaledValue.add(scaledMarginHigh);
        int cmp = scaledValue.compareTo(scaledMarginLow);
        low = isEven ? cmp <= 0 : cmp < 0;
        cmp = scaledValueHigh.compareTo(scale);
        high = isEven ? cmp >= 0 : cmp > 0;
        if (((low || high) && digitExponent <= cutoffMinExponent)
            || digitExponent == cutoffMaxExponent) {
          break;
        }
        if (len == out.length) {
          out = java.util.Arrays.copyOf(out, len * 2);
        }
        out[len++] = (char) ('0' + outputDigit);
        scaledValue = scaledValue.multiply(BigInteger.TEN);
        scaledMarginLow = scaledMarginLow.multiply(BigInteger.TEN);
      }
    } else {
      low = false;
      high = false;
      for (;;) {
        digitExponent = digitExponent - 1;
        BigInteger[] qr = scaledValue.divideAndRemainder(scale);
        outputDigit = qr[0].intValue();
        scaledValue = qr[1];
        if (scaledValue.signum() == 0 || digitExponent == cutoffMaxExponent) {
          break;
        }
        if (len == out.length) {
          out = java.util.Arrays.copyOf(out, len * 2);
        }
        out[len++] = (char) ('0' + outputDigit);
        scaledValue = scaledValue.multiply(BigInteger.TEN);
      }
    }

    boolean roundDown = low;
    if (low == high) {
      int compare = scaledValue.shiftLeft(1).compareTo(scale);
      roundDown = compare < 0;
      if (compare == 0) {
        roundDown = (outputDigit & 1) == 0;
      }
    }
    if (len + 1 > out.length) {
      out = java.util.Arrays.copyOf(out, len + 1);
    }
    if (roundDown) {
      out[len++] = (char) ('0' + outputDigit);
    } else if (outputDigit == 9) {
      for (;;) {
        if (len == 0) {
          out[len++] = '1';
          outExponent += 1;
          break;
        }
        --len;
        if (out[len] != '9') {
          out[len] += 1;
          ++len;
          break;
        }
      }
    } else {
      out[len++] = (char) ('0' + outputDigit + 1);
    }
    return new Digits(out, len, outExponent);
  }

  /** NumPy's {@code PrintInfNan}: no sign for nan, no padding. */
  private static String infNan(double value, boolean sign) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    return value < 0 ? "-inf" : sign ? "+inf" : "inf";
  }

  private static void repeat(StringBuilder b, char c, int n) {
    for (int i = 0; i < n; i++) {
      b.append(c);
    }
  }

  /**
   * {@code np.format_float_positional}-style formatting (NumPy's {@code FormatPositional}).
   * Negative {@code precision}, {@code minDigits}, {@code padLeft}, {@code padRight} mean None.
   */
  static String positional(FloatKind kind, double value, int precision, int minDigits,
      boolean unique, boolean fractional, Trim trim, boolean sign, int padLeft, int padRight) {
    Parts p = decompose(kind, value);
    if (p == null) {
      return infNan(value, sign);
    }
    StringBuilder b = new StringBuilder(24);
    int hasSign = 0;
    if (p.negative()) {
      b.append('-');
      hasSign = 1;
    } else if (sign) {
      b.append('+');
      hasSign = 1;
    }
    Digits d = dragon4(p.mantissa(), p.exponent(), p.mantissaBit(), p.unequalMargins(), unique,
        fractional, precision, minDigits);
    int numDigits = d.length();
    int printExponent = d.exponent();
    int numWholeDigits;
    int numFractionDigits = 0;
    if (printExponent >= 0) {
      numWholeDigits = printExponent + 1;
      if (numDigits <= numWholeDigits) {
        b.append(d.digits(), 0, numDigits);
        repeat(b, '0', numWholeDigits - numDigits);
      } else {
        numFractionDigits = numDigits - numWholeDigits;
        b.append(d.digits(), 0, numWholeDigits);
        b.append('.');
        b.append(d.digits(), numWholeDigits, numFractionDigits);
      }
    } else {
      int numFractionZeros = -(printExponent + 1);
      b.append("0.");
      repeat(b, '0', numFractionZeros);
      b.append(d.digits(), 0, numDigits);
      numFractionDigits = numDigits + numFractionZeros;
      numWholeDigits = 1;
    }

    if (trim != Trim.DPT_ZEROS && numFractionDigits == 0) {
      b.append('.');
    }
    int addDigits = unique ? minDigits : precision;
    int desiredFractionalDigits = addDigits < 0 ? 0 : addDigits;
    if (!fractional) {
      desiredFractionalDigits = addDigits - numWholeDigits;
    }
    if (trim == Trim.LEAVE_ONE_ZERO) {
      if (numFractionDigits == 0) {
        b.append('0');
        numFractionDigits++;
      }
    } else if (trim == Trim.NONE && desiredFractionalDigits > numFractionDigits) {
      repeat(b, '0', desiredFractionalDigits - numFractionDigits);
      numFractionDigits = desiredFractionalDigits;
    }
    if (trim != Trim.NONE && numFractionDigits > 0) {
      while (b.charAt(b.length() - 1) == '0') {
        b.setLength(b.length() - 1);
        numFractionDigits--;
      }
      if (b.charAt(b.length() - 1) == '.') {
        if (trim == Trim.LEAVE_ONE_ZERO) {
          b.append('0');
          numFractionDigits++;
        } else if (trim == Trim.DPT_ZEROS) {
          b.setLength(b.length() - 1);
        }
      }
    }
    if (padRight >= numFractionDigits) {
      if (trim == Trim.DPT_ZEROS && numFractionDigits == 0) {
        b.append(' ');
      }
      repeat(b, ' ', padRight - numFractionDigits);
    }
    if (padLeft > numWholeDigits + hasSign) {
      int shift = padLeft - (numWholeDigits + hasSign);
      return " ".repeat(shift) + b;
    }
    return b.toString();
  }

  /**
   * {@code np.format_float_scientific}-style formatting (NumPy's {@code FormatScientific}).
   * Negative {@code precision}, {@code minDigits}, {@code padLeft}, {@code expDigits} mean None.
   */
  static String scientific(FloatKind kind, double value, int precision, int minDigits,
      boolean unique, Trim trim, boolean sign, int padLeft, int expDigits) {
    Parts p = decompose(kind, value);
    if (p == null) {
      return infNan(value, sign);
    }
    StringBuilder b = new StringBuilder(24);
    char signChar = p.negative() ? '-' : sign ? '+' : 0;
    int leftChars = 1 + (signChar != 0 ? 1 : 0);
    if (padLeft > leftChars) {
      repeat(b, ' ', padLeft - leftChars);
    }
    if (signChar != 0) {
      b.append(signChar);
    }
    Digits d = dragon4(p.mantissa(), p.exponent(), p.mantissaBit(), p.unequalMargins(), unique,
        false, precision < 0 ? -1 : precision + 1, minDigits < 0 ? -1 : minDigits + 1);
    int numDigits = d.length();
    b.append(d.digits()[0]);
    int numFractionDigits = numDigits - 1;
    if (numFractionDigits > 0) {
      b.append('.');
      b.append(d.digits(), 1, numFractionDigits);
    }
    if (trim != Trim.DPT_ZEROS && numFractionDigits == 0) {
      b.append('.');
    }
    int addDigits = unique ? minDigits : precision;
    addDigits = addDigits < 0 ? 0 : addDigits;
    if (trim == Trim.LEAVE_ONE_ZERO) {
      if (numFractionDigits == 0) {
        b.append('0');
        ++numFractionDigits;
      }
    } else if (trim == Trim.NONE) {
      if (addDigits > numFractionDigits) {
        repeat(b, '0', addDigits - numFractionDigits);
        numFractionDigits = addDigits;
      }
    }
    if (trim != Trim.NONE && numFractionDigits > 0) {
      while (b.charAt(b.length() - 1) == '0') {
        b.setLength(b.length() - 1);
        --numFractionDigits;
      }
      if (trim == Trim.LEAVE_ONE_ZERO && b.charAt(b.length() - 1) == '.') {
        b.append('0');
        ++numFractionDigits;
      }
    }

    if (expDigits > 5) {
      expDigits = 5;
    }
    if (expDigits < 0) {
      expDigits = 2;
    }
    int printExponent = d.exponent();
    b.append('e');
    if (printExponent >= 0) {
      b.append('+');
    } else {
      b.append('-');
      printExponent = -printExponent;
    }
    // at least expDigits digits; like NumPy, an exponent of 0 with exp_digits=0 prints no digits
    String e = printExponent == 0 ? "" : Integer.toString(printExponent);
    repeat(b, '0', expDigits - e.length());
    b.append(e);
    return b.toString();
  }
}
