package dev.numj.internal.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import dev.numj.DType;

/**
 * Python's {@code %}-formatting ({@code fmt % tuple(row)}) of NumPy scalars, which {@code np.savetxt}
 * uses, and Python's {@code repr} of floats. Decimal digits are exact (the double's binary value,
 * rounded half to even), as CPython's formatter gives them; Java's {@code String.format} pads with
 * zeros past 17 digits instead.
 */
public final class PyFormat {
    /** Python raised TypeError (savetxt reports a dtype/format mismatch). */
    public static final class FormatTypeError extends RuntimeException {
        FormatTypeError(String message) { super(message, null, false, false); }
    }

    /**
     * The widest field and the largest precision NumJ formats. Python takes widths up to about 2^63 / 10
     * and precisions up to 2^31 - 1 and builds the (gigabyte) strings; a Java String cannot hold them,
     * so NumJ refuses past this with a ValueError-like message.
     */
    static final int FIELD_MAX = 10_000_000;

    private final List<Object> parts;   // String literals and Spec conversions, in order
    public final int conversions;

    private record Spec(boolean left, boolean plus, boolean space, boolean alt, boolean zero, int width,
                        int precision, char conv) {}

    private PyFormat(List<Object> parts, int conversions) {
        this.parts = parts;
        this.conversions = conversions;
    }

    /** Parses a format string; Python's ValueError messages for a bad one. */
    public static PyFormat compile(String fmt) {
        List<Object> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int n = 0;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                lit.append(c);
                continue;
            }
            if (i >= fmt.length()) throw new IllegalArgumentException("incomplete format");
            if (fmt.charAt(i) == '%') {
                lit.append('%');
                i++;
                continue;
            }
            if (fmt.charAt(i) == '(')
                throw new FormatTypeError("format requires a mapping");
            boolean left = false, plus = false, space = false, alt = false, zero = false;
            for (; i < fmt.length(); i++) {
                char f = fmt.charAt(i);
                if (f == '-') left = true;
                else if (f == '+') plus = true;
                else if (f == ' ') space = true;
                else if (f == '#') alt = true;
                else if (f == '0') zero = true;
                else break;
            }
            if (i < fmt.length() && fmt.charAt(i) == '*') throw new FormatTypeError("* wants int");
            long w = 0;
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                int digit = fmt.charAt(i++) - '0';
                if (w > (Long.MAX_VALUE - digit) / 10) throw new IllegalArgumentException("width too big");   // Python's test
                w = w * 10 + digit;
            }
            if (w > FIELD_MAX)
                throw new IllegalArgumentException("width too big: NumJ pads a field to at most " + FIELD_MAX
                        + " characters (Python builds it, memory permitting)");
            int width = (int) w;
            int precision = -1;
            if (i < fmt.length() && fmt.charAt(i) == '.') {
                i++;
                if (i < fmt.length() && fmt.charAt(i) == '*') throw new FormatTypeError("* wants int");
                long p = 0;
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                    p = p * 10 + (fmt.charAt(i++) - '0');
                    if (p > Integer.MAX_VALUE) throw new IllegalArgumentException("precision too big");   // Python's test
                }
                if (p > FIELD_MAX)
                    throw new IllegalArgumentException("precision too big: NumJ formats at most " + FIELD_MAX
                            + " digits (Python builds them, memory permitting)");
                precision = (int) p;
            }
            while (i < fmt.length() && "hlL".indexOf(fmt.charAt(i)) >= 0) i++;
            if (i >= fmt.length()) throw new IllegalArgumentException("incomplete format");
            char conv = fmt.charAt(i);
            if ("diouxXeEfFgGcrsa".indexOf(conv) < 0)
                throw new IllegalArgumentException(String.format("unsupported format character '%s' (0x%x) at index %d",
                        conv, (int) conv, i));
            i++;
            if (!lit.isEmpty()) {
                parts.add(lit.toString());
                lit.setLength(0);
            }
            parts.add(new Spec(left, plus, space, alt, zero, width, precision, conv));
            n++;
        }
        if (!lit.isEmpty()) parts.add(lit.toString());
        return new PyFormat(parts, n);
    }

    /**
     * {@code fmt % tuple(row)} for one row of an array of dtype {@code dt}; {@code row[k]} holds the
     * k-th value as a double (floats, bool) or as raw long bits (ints, see {@code longs}).
     */
    public void format(StringBuilder out, DType dt, double[] dvals, long[] lvals, int count) {
        if (count < conversions) throw new FormatTypeError("not enough arguments for format string");
        if (count > conversions) throw new FormatTypeError("not all arguments converted during string formatting");
        int k = 0;
        for (Object p : parts) {
            if (p instanceof String s) out.append(s);
            else {
                Spec sp = (Spec) p;
                String body = convert(sp, dt, dvals[k], lvals[k]);
                k++;
                pad(out, sp, body);
            }
        }
    }

    private static void pad(StringBuilder out, Spec sp, String body) {
        int fill = sp.width - body.length();
        if (fill <= 0) {
            out.append(body);
            return;
        }
        boolean numeric = "diouxXeEfFgG".indexOf(sp.conv) >= 0;
        if (sp.left) {
            out.append(body).repeat(' ', fill);
        } else if (sp.zero && numeric) {
            // zeros go after the sign and the 0x/0o prefix
            int signEnd = 0;
            if (!body.isEmpty() && "+- ".indexOf(body.charAt(0)) >= 0) signEnd = 1;
            if (sp.alt && "xXo".indexOf(sp.conv) >= 0 && body.length() >= signEnd + 2) signEnd += 2;
            out.append(body, 0, signEnd).repeat('0', fill).append(body, signEnd, body.length());
        } else {
            out.repeat(' ', fill).append(body);
        }
    }

    private static String convert(Spec sp, DType dt, double d, long l) {
        boolean isInt = dt.isInteger();
        switch (sp.conv) {
            case 'd', 'i', 'u' -> {
                BigInteger v;
                if (isInt || dt.isBool()) v = BigInteger.valueOf(isInt ? l : (long) d);
                else {
                    if (Double.isNaN(d)) throw new IllegalArgumentException("cannot convert float NaN to integer");
                    if (Double.isInfinite(d)) throw new IllegalArgumentException("cannot convert float infinity to integer");
                    v = new BigDecimal(d).toBigInteger();
                }
                return integer(sp, v, 10, false);
            }
            case 'o', 'x', 'X' -> {
                if (!isInt) throw new FormatTypeError("%" + sp.conv + " format: an integer is required, not "
                        + (dt.isBool() ? "numpy.bool" : "float"));
                return integer(sp, BigInteger.valueOf(l), sp.conv == 'o' ? 8 : 16, sp.conv == 'X');
            }
            case 'c' -> {
                if (!isInt) throw new FormatTypeError("%c requires int or char");
                if (l < 0 || l > Character.MAX_CODE_POINT) throw new IllegalArgumentException("%c arg not in range(0x110000)");
                String s = new String(Character.toChars((int) l));
                return sp.precision >= 0 && sp.precision < s.length() ? s.substring(0, sp.precision) : s;
            }
            case 's', 'r', 'a' -> {
                String s = sp.conv == 's' ? scalarStr(dt, d, l) : scalarRepr(dt, d, l);
                return sp.precision >= 0 && sp.precision < s.length() ? s.substring(0, sp.precision) : s;
            }
            default -> {
                double x = isInt ? (double) l : d;
                return floating(sp, x);
            }
        }
    }

    private static String integer(Spec sp, BigInteger v, int radix, boolean upper) {
        String digits = v.abs().toString(radix);
        if (upper) digits = digits.toUpperCase();
        if (sp.precision > digits.length()) digits = "0".repeat(sp.precision - digits.length()) + digits;
        String prefix = !sp.alt ? "" : radix == 16 ? (upper ? "0X" : "0x") : radix == 8 ? "0o" : "";
        return sign(v.signum() < 0, sp) + prefix + digits;
    }

    private static String sign(boolean negative, Spec sp) {
        return negative ? "-" : sp.plus ? "+" : sp.space ? " " : "";
    }

    private static String floating(Spec sp, double x) {
        char conv = sp.conv;
        boolean upper = Character.isUpperCase(conv);
        if (Double.isNaN(x)) return sign(false, sp) + (upper ? "NAN" : "nan");
        boolean neg = (Double.doubleToRawLongBits(x) < 0);
        if (Double.isInfinite(x)) return sign(neg, sp) + (upper ? "INF" : "inf");
        int p = sp.precision < 0 ? 6 : sp.precision;
        String body = switch (Character.toLowerCase(conv)) {
            case 'f' -> fixed(Math.abs(x), p, sp.alt);
            case 'e' -> scientific(Math.abs(x), p, sp.alt, upper);
            default -> general(Math.abs(x), p, sp.alt, upper);
        };
        return sign(neg, sp) + body;
    }

    /** {@code %.pf} of a non-negative finite value. */
    public static String fixed(double ax, int p, boolean alt) {
        BigDecimal exact = new BigDecimal(ax);   // scale 0..1074: every digit a double has
        String s = p <= exact.scale() ? exact.setScale(p, RoundingMode.HALF_EVEN).toPlainString()
                : exact.toPlainString() + (exact.scale() == 0 ? "." : "") + "0".repeat(p - exact.scale());
        return p == 0 && alt ? s + "." : s;
    }

    /** {@code %.pe} of a non-negative finite value. */
    public static String scientific(double ax, int p, boolean alt, boolean upper) {
        String digits;
        int exp;
        if (ax == 0) {
            digits = "0".repeat(p + 1);
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(ax).round(new MathContext(p + 1, RoundingMode.HALF_EVEN));
            String u = r.unscaledValue().toString();
            exp = u.length() - 1 - r.scale();
            digits = u.length() >= p + 1 ? u.substring(0, p + 1) : u + "0".repeat(p + 1 - u.length());
        }
        StringBuilder b = new StringBuilder(p + 8).append(digits.charAt(0));
        if (p > 0 || alt) b.append('.');
        b.append(digits, 1, digits.length());
        b.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int ae = Math.abs(exp);
        if (ae < 10) b.append('0');
        return b.append(ae).toString();
    }

    /** {@code %.pg} of a non-negative finite value. */
    public static String general(double ax, int p, boolean alt, boolean upper) {
        if (p == 0) p = 1;
        int exp;
        if (ax == 0) exp = 0;
        else {
            BigDecimal r = new BigDecimal(ax).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = r.precision() - 1 - r.scale();
        }
        String s = exp >= -4 && exp < p ? fixed(ax, p - 1 - exp, alt) : scientific(ax, p - 1, alt, upper);
        if (alt) return s;
        // drop trailing zeros of the fraction (and a bare point)
        int e = s.indexOf(upper ? 'E' : 'e');
        String mant = e < 0 ? s : s.substring(0, e);
        String tail = e < 0 ? "" : s.substring(e);
        if (mant.indexOf('.') >= 0) {
            int end = mant.length();
            while (mant.charAt(end - 1) == '0') end--;
            if (mant.charAt(end - 1) == '.') end--;
            mant = mant.substring(0, end);
        }
        return mant + tail;
    }

    // ---- str / repr of NumPy scalars -----------------------------------------------------------

    /** {@code str(x)} of a NumPy scalar of dtype dt. */
    public static String scalarStr(DType dt, double d, long l) {
        return switch (dt) {
            case BOOL -> d != 0 ? "True" : "False";
            case INT32, INT64 -> Long.toString(l);
            case FLOAT32 -> shortRepr((float) d);
            case FLOAT64 -> floatRepr(d);
        };
    }

    /** {@code repr(x)} of a NumPy 2 scalar: {@code np.float64(1.5)}, {@code np.True_}. */
    public static String scalarRepr(DType dt, double d, long l) {
        if (dt.isBool()) return d != 0 ? "np.True_" : "np.False_";
        return "np." + dt + "(" + scalarStr(dt, d, l) + ")";
    }

    /** Python's {@code repr(float)}: the shortest digits that round-trip, {@code 1e-05}, {@code 0.1}, {@code 1e+16}. */
    public static String floatRepr(double d) { return shortest(d, false); }

    /** NumPy's {@code str(np.float32(x))}: the shortest float32 digits, laid out as Python's repr. */
    public static String shortRepr(float f) { return shortest(f, true); }

    private static String shortest(double d, boolean isFloat) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        double a = Math.abs(d);
        String java = isFloat ? Float.toString((float) a) : Double.toString(a);
        BigDecimal v = a == 0 ? BigDecimal.ZERO : oneDigit(new BigDecimal(java), a, isFloat);
        return shortForm(Double.doubleToRawLongBits(d) < 0, v);
    }

    /**
     * Java's {@code toString} writes at least two significant digits ({@code 4.9E-324}) where one
     * suffices ({@code 5e-324}); CPython writes the shortest. Returns the one-digit decimal nearest
     * the value when it reads back as the same number, else the Java digits.
     */
    private static BigDecimal oneDigit(BigDecimal javaDigits, double value, boolean isFloat) {
        BigDecimal v = javaDigits.stripTrailingZeros();
        if (v.precision() != 2) return v;
        BigDecimal exact = new BigDecimal(value);
        BigDecimal near = exact.round(new MathContext(1, RoundingMode.HALF_EVEN));
        BigDecimal ulp = BigDecimal.ONE.scaleByPowerOfTen(-near.scale());
        BigDecimal other = near.compareTo(exact) < 0 ? near.add(ulp) : near.subtract(ulp);
        for (BigDecimal c : new BigDecimal[] {near, other}) {
            if (c.signum() <= 0) continue;
            boolean same = isFloat ? Float.parseFloat(c.toString()) == (float) value : Double.parseDouble(c.toString()) == value;
            if (same) return c.stripTrailingZeros();
        }
        return v;
    }

    /** Lays out the shortest digits the way CPython's {@code repr} does. */
    private static String shortForm(boolean negative, BigDecimal v) {
        String digits;
        int decpt;   // value = 0.DIGITS * 10^decpt
        if (v.signum() == 0) {
            digits = "0";
            decpt = 1;
        } else {
            v = v.stripTrailingZeros();
            digits = v.unscaledValue().toString();
            decpt = digits.length() - v.scale();
        }
        StringBuilder b = new StringBuilder(24);
        if (negative) b.append('-');
        if (decpt <= -4 || decpt > 16) {
            b.append(digits.charAt(0));
            if (digits.length() > 1) b.append('.').append(digits, 1, digits.length());
            int e = decpt - 1;
            b.append('e').append(e < 0 ? '-' : '+');
            if (Math.abs(e) < 10) b.append('0');
            b.append(Math.abs(e));
        } else if (decpt <= 0) {
            b.append("0.").repeat('0', -decpt).append(digits);
        } else if (decpt >= digits.length()) {
            b.append(digits).repeat('0', decpt - digits.length()).append(".0");
        } else {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return b.toString();
    }
}
