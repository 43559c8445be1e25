package dev.numj.internal.io;

import java.math.BigInteger;

/**
 * Number parsing for the text readers, with the grammar of the parser each NumPy reader uses:
 * {@code loadtxt} goes through CPython's {@code PyOS_string_to_double} and NumPy's
 * {@code str_to_int64}; {@code genfromtxt} through Python's {@code float()} and {@code int()} (which
 * also take underscores between digits and non-ASCII decimal digits). Both strip surrounding
 * whitespace as Python defines it. Neither accepts hex floats, Java's {@code 1.5d}, or {@code NaN(…)}.
 * Values are correctly rounded (the same double as NumPy's); float32 goes through double first, as
 * in NumPy.
 */
public final class TextNumbers {
    private TextNumbers() {}

    /** {@code Py_UNICODE_ISSPACE}. */
    public static boolean isSpace(char c) {
        if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    private static int lstrip(char[] b, int from, int to) {
        while (from < to && isSpace(b[from])) from++;
        return from;
    }

    private static int rstrip(char[] b, int from, int to) {
        while (to > from && isSpace(b[to - 1])) to--;
        return to;
    }

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /** The parsed double of the last successful {@link #parseDouble} call. */
    public static final class Result {
        public double value;
        long longValue;
    }

    /**
     * Parses {@code buf[from, to)} as {@code loadtxt} does for floats (underscores=false) or as
     * Python's {@code float()} (underscores=true). Returns false when the text is not a number.
     */
    public static boolean parseDouble(char[] buf, int from, int to, boolean python, Result r) {
        from = lstrip(buf, from, to);
        to = rstrip(buf, from, to);
        if (from == to) return false;
        boolean neg = buf[from] == '-';
        int i = neg || buf[from] == '+' ? from + 1 : from;
        if (i < to && isLetter(buf[i])) {
            if (matchesIgnoreCase(buf, i, to, "inf") || matchesIgnoreCase(buf, i, to, "infinity")) {
                r.value = neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                return true;
            }
            if (matchesIgnoreCase(buf, i, to, "nan")) {
                // CPython negates the NaN: "-nan" has its sign bit set
                r.value = Double.longBitsToDouble(neg ? 0xfff8000000000000L : 0x7ff8000000000000L);
                return true;
            }
            return false;
        }
        int start = i;
        // mantissa digits, fraction, exponent; underscores only between digits for float()
        Mantissa m = new Mantissa();
        i = m.digits(buf, i, to, python, false);
        if (i < to && buf[i] == '.') i = m.digits(buf, i + 1, to, python, true);
        boolean anyDigit = m.anyDigit, needAscii = m.needAscii;
        long mant = m.mant;
        int sig = m.sig, dropped = m.dropped, scale = m.scale;
        int prevDigit;
        if (!anyDigit) return false;
        int exp = 0;
        if (i < to && (buf[i] == 'e' || buf[i] == 'E')) {
            int j = i + 1;
            boolean eneg = false;
            if (j < to && (buf[j] == '+' || buf[j] == '-')) {
                eneg = buf[j] == '-';
                j++;
            }
            int k = j;
            prevDigit = -2;
            long e = 0;
            for (; k < to; k++) {
                char c = buf[k];
                int d = digit(c, python);
                if (d >= 0) {
                    if (c > 127) needAscii = true;
                    if (e < 100_000_000) e = e * 10 + d;
                    prevDigit = k;
                } else if (c == '_' && python && prevDigit == k - 1 && k + 1 < to && digit(buf[k + 1], true) >= 0) {
                    needAscii = true;
                } else break;
            }
            if (prevDigit < 0) return false;   // "1e" or "1e+": not all text is a number
            i = k;
            exp = (int) (eneg ? -e : e);
        }
        if (i != to) return false;
        // Clinger's fast path: an exact mantissa times an exact power of ten rounds once
        int e10 = exp + scale;
        if (dropped == 0 && sig <= 15 && Math.abs(e10) <= 22) {
            double v = mant;
            v = e10 >= 0 ? v * POW10[e10] : v / POW10[-e10];
            r.value = neg ? -v : v;
            return true;
        }
        if (mant == 0 && dropped == 0) {
            r.value = neg ? -0.0 : 0.0;
            return true;
        }
        // Eisel-Lemire: exact for nearly every decimal; when digits were dropped the value lies between
        // mant and mant+1 units, and both must round to the same double
        if (mant != 0 && e10 >= -348 && e10 <= 347) {
            double v = EiselLemire.parse(mant, e10);
            if (!Double.isNaN(v) && (dropped == 0 || v == EiselLemire.parse(mant + 1, e10))) {   // mant is unsigned
                r.value = neg ? -v : v;
                return true;
            }
        }
        String text = ascii(buf, start, to, needAscii);
        double v = Double.parseDouble(text);
        r.value = neg ? -v : v;
        return true;
    }

    /** The significant digits of a decimal: up to 19 kept exactly, the rest counted. */
    private static final class Mantissa {
        long mant;
        int sig;          // significant digits accumulated in mant
        int dropped;      // nonzero digits past the 19 kept
        int scale;        // decimal exponent adjustment for fraction digits and dropped integer digits
        boolean anyDigit, needAscii;

        /** Reads digits (and single underscores between them, for Python) from {@code i}; returns where they end. */
        int digits(char[] buf, int i, int to, boolean python, boolean fraction) {
            int first = i, prevDigit = -2;
            for (; i < to; i++) {
                char c = buf[i];
                int d = digit(c, python);
                if (d >= 0) {
                    if (c > 127) needAscii = true;
                    anyDigit = true;
                    prevDigit = i;
                    if (sig < 19) {
                        if (mant != 0 || d != 0) {
                            mant = mant * 10 + d;
                            sig++;
                        }
                        if (fraction) scale--;
                    } else if (!fraction) {
                        scale++;
                        if (d != 0) dropped++;
                    } else if (d != 0) dropped++;
                } else if (c == '_' && python && prevDigit == i - 1 && i > first && i + 1 < to && digit(buf[i + 1], true) >= 0) {
                    needAscii = true;
                } else break;
            }
            return i;
        }
    }

    private static String ascii(char[] buf, int from, int to, boolean clean) {
        if (!clean) return new String(buf, from, to - from);
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = buf[i];
            if (c == '_') continue;
            if (c > 127 && Character.isDigit(c)) c = (char) ('0' + Character.digit(c, 10));
            b.append(c);
        }
        return b.toString();
    }

    private static int digit(char c, boolean unicode) {
        if (c >= '0' && c <= '9') return c - '0';
        if (unicode && c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) return Character.digit(c, 10);
        return -1;
    }

    private static boolean isLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    private static boolean matchesIgnoreCase(char[] buf, int from, int to, String word) {
        if (to - from != word.length()) return false;
        for (int k = 0; k < word.length(); k++) if ((buf[from + k] | 0x20) != word.charAt(k)) return false;
        return true;
    }

    /**
     * NumPy's {@code str_to_int64} ({@code loadtxt}'s integers and bools): optional sign, ASCII digits,
     * surrounding whitespace; false when not an integer or outside {@code [min, max]}.
     */
    public static boolean parseLong(char[] buf, int from, int to, long min, long max, Result r) {
        from = lstrip(buf, from, to);
        to = rstrip(buf, from, to);
        if (from == to) return false;
        boolean neg = buf[from] == '-';
        int i = neg || buf[from] == '+' ? from + 1 : from;
        if (i == to) return false;
        long v = 0;   // accumulated as a negative number, to reach Long.MIN_VALUE
        for (; i < to; i++) {
            char c = buf[i];
            if (c < '0' || c > '9') return false;
            int d = c - '0';
            if (v < (Long.MIN_VALUE + d) / 10) return false;
            v = v * 10 - d;
        }
        if (!neg) {
            if (v == Long.MIN_VALUE) return false;
            v = -v;
        }
        if (v < min || v > max) return false;
        r.longValue = v;
        return true;
    }

    /**
     * Python's {@code int(text)}: surrounding whitespace, a sign, decimal digits (any script) with
     * single underscores between them. Null when Python raises ValueError.
     */
    public static BigInteger pythonInt(String s) {
        int from = 0, to = s.length();
        while (from < to && isSpace(s.charAt(from))) from++;
        while (to > from && isSpace(s.charAt(to - 1))) to--;
        if (from == to) return null;
        int i = from;
        boolean neg = false;
        if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            neg = s.charAt(i) == '-';
            i++;
        }
        StringBuilder b = new StringBuilder(to - i + 1);
        if (neg) b.append('-');
        boolean lastDigit = false;
        int digits = 0;
        for (; i < to; i++) {
            char c = s.charAt(i);
            int d = digit(c, true);
            if (d >= 0) {
                b.append((char) ('0' + d));
                lastDigit = true;
                digits++;
            } else if (c == '_' && lastDigit && i + 1 < to && digit(s.charAt(i + 1), true) >= 0) {
                lastDigit = false;
            } else return null;
        }
        if (digits == 0) return null;
        return new BigInteger(b.toString());
    }

    /**
     * The Eisel-Lemire algorithm (Lemire, "Number Parsing at a Gigabyte per Second", 2021; as in Go's
     * strconv and fast_float): {@code mant * 10^e10} correctly rounded to a double from a 128-bit
     * product with a truncated power of ten, or NaN when the product cannot decide the rounding (the
     * caller then uses the JDK's exact parser).
     */
    public static final class EiselLemire {
        private EiselLemire() {}

        private static final int MIN = -348, MAX = 347;
        /** 128-bit truncated mantissas of 10^e, high bit set: {@code [2k]} the high word, {@code [2k+1]} the low. */
        private static final long[] POW = new long[2 * (MAX - MIN + 1)];

        static {
            java.math.BigInteger two128 = java.math.BigInteger.ONE.shiftLeft(128);
            for (int e = MIN; e <= MAX; e++) {
                java.math.BigInteger p = java.math.BigInteger.TEN.pow(Math.abs(e)), m;
                if (e >= 0) {
                    int shift = p.bitLength() - 128;
                    m = shift > 0 ? p.shiftRight(shift) : p.shiftLeft(-shift);
                } else {
                    m = java.math.BigInteger.ONE.shiftLeft(127 + p.bitLength()).divide(p);
                    while (m.bitLength() > 128) m = m.shiftRight(1);
                }
                if (m.compareTo(two128) >= 0) throw new AssertionError(e);
                int k = 2 * (e - MIN);
                POW[k] = m.shiftRight(64).longValue();
                POW[k + 1] = m.longValue();
            }
        }

        /** {@code man * 10^exp10} for {@code man != 0} and exp10 in [-348, 347], or NaN when undecided. */
        static double parse(long man, int exp10) {
            int clz = Long.numberOfLeadingZeros(man);
            man <<= clz;
            long retExp2 = ((217706L * exp10) >> 16) + 64 + 1023 - clz;
            int k = 2 * (exp10 - MIN);
            long hi = POW[k], lo = POW[k + 1];
            long xHi = Math.unsignedMultiplyHigh(man, hi);
            long xLo = man * hi;
            if ((xHi & 0x1FF) == 0x1FF && Long.compareUnsigned(xLo + man, man) < 0) {
                long yHi = Math.unsignedMultiplyHigh(man, lo);
                long yLo = man * lo;
                long mergedHi = xHi, mergedLo = xLo + yHi;
                if (Long.compareUnsigned(mergedLo, xLo) < 0) mergedHi++;
                if ((mergedHi & 0x1FF) == 0x1FF && mergedLo + 1 == 0 && Long.compareUnsigned(yLo + man, man) < 0)
                    return Double.NaN;
                xHi = mergedHi;
                xLo = mergedLo;
            }
            long msb = xHi >>> 63;
            long mantissa = xHi >>> (msb + 9);
            retExp2 -= 1 ^ msb;
            if (xLo == 0 && (xHi & 0x1FF) == 0 && (mantissa & 3) == 1) return Double.NaN;   // halfway: undecided
            mantissa += mantissa & 1;
            mantissa >>>= 1;
            if ((mantissa >>> 53) > 0) {
                mantissa >>>= 1;
                retExp2 += 1;
            }
            if (retExp2 <= 0 || retExp2 >= 0x7FF) return Double.NaN;   // subnormal or overflow: the JDK decides
            return Double.longBitsToDouble(retExp2 << 52 | mantissa & 0x000FFFFFFFFFFFFFL);
        }
    }
}
