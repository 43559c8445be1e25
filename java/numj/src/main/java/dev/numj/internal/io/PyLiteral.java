package dev.numj.internal.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of Python's {@code ast.literal_eval} that {@code .npy} headers use, and Python's
 * {@code repr} of the values it gives, so NumJ reports a bad header in NumPy's words.
 *
 * <p>Values: {@code String} (str), {@link Bytes}, {@code BigInteger} (int), {@code Double} (float),
 * {@code Boolean}, {@link #NONE}, {@link Tuple}, {@code List} (list), {@code LinkedHashMap} (dict).
 * Complex numbers, sets and f-strings are not parsed (a header never holds them; they fail as
 * unparsable, where NumPy would fail one step later).
 */
public final class PyLiteral {
    private PyLiteral() {}

    /** Python's None. */
    public static final Object NONE = new Object() {
        @Override public String toString() { return "None"; }
    };

    /** A Python tuple. */
    public record Tuple(List<Object> items) {}

    /** A Python bytes literal. */
    public record Bytes(byte[] value) {}

    /** The text is not one Python literal. */
    public static final class SyntaxError extends Exception {
        SyntaxError(String message) { super(message, null, false, false); }
    }

    /**
     * Parses one literal expression (whitespace, comments and line continuations allowed around
     * tokens, as in Python source). {@code allowLongSuffix} accepts Python 2's {@code 3L}, which
     * NumPy filters out of version 1.0 and 2.0 headers.
     */
    public static Object parse(String text, boolean allowLongSuffix) throws SyntaxError {
        Parser p = new Parser(text, allowLongSuffix);
        while (p.more() && " \t\f\r\n".indexOf(p.peek()) >= 0) p.pos++;   // blank lines before it are ignored
        Object v = p.value();
        p.skipSpace();
        if (p.pos != text.length()) throw new SyntaxError("unexpected text at " + p.pos);
        return v;
    }

    /**
     * How deeply values may nest (brackets, and unary signs, which recurse too). CPython's parser stops at
     * 200 nested parentheses ("too many nested parentheses"), so no header NumPy reads nests deeper;
     * without a limit a hostile header of nested {@code [} overflowed the Java stack.
     */
    static final int MAX_NESTING = 200;

    private static final class Parser {
        final String s;
        final boolean allowLong;
        int pos;
        int depth;   // inside brackets newlines are plain whitespace
        int nesting; // values being parsed, one inside the other

        Parser(String s, boolean allowLong) {
            this.s = s;
            this.allowLong = allowLong;
        }

        boolean more() { return pos < s.length(); }

        char peek() { return s.charAt(pos); }

        void skipSpace() throws SyntaxError {
            while (more()) {
                char c = peek();
                if (c == ' ' || c == '\t' || c == '\f') pos++;
                else if (c == '\n' || c == '\r') {
                    // a newline outside brackets ends an expression: only trailing ones are harmless
                    if (depth == 0) {
                        int p = pos;
                        while (p < s.length() && " \t\f\r\n".indexOf(s.charAt(p)) >= 0) p++;
                        if (p != s.length()) throw new SyntaxError("newline inside the expression");
                    }
                    pos++;
                } else if (c == '\\' && pos + 1 < s.length() && (s.charAt(pos + 1) == '\n' || s.charAt(pos + 1) == '\r')) {
                    pos += 2;
                } else if (c == '#') {
                    while (more() && peek() != '\n' && peek() != '\r') pos++;
                } else break;
            }
        }

        Object value() throws SyntaxError {
            if (++nesting > MAX_NESTING) throw new SyntaxError("too many nested parentheses");
            try {
                return nestedValue();
            } finally {
                nesting--;
            }
        }

        private Object nestedValue() throws SyntaxError {
            if (!more()) throw new SyntaxError("unexpected end");
            char c = peek();
            if (c == '-' || c == '+') {
                pos++;
                skipSpace();
                Object v = value();
                if (v instanceof BigInteger b) return c == '-' ? b.negate() : b;
                if (v instanceof Double d) return c == '-' ? -d : d;
                throw new SyntaxError("unary " + c + " on a non-number");
            }
            if (c == '(') return seq('(', ')');
            if (c == '[') return seq('[', ']');
            if (c == '{') return dict();
            if (c == '\'' || c == '"') return strings();
            if (Character.isDigit(c) || (c == '.' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1))))
                return number();
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (more() && (Character.isLetterOrDigit(peek()) || peek() == '_')) pos++;
                String word = s.substring(start, pos);
                if (more() && (peek() == '\'' || peek() == '"') && word.matches("(?i)[rbu]|rb|br")) {
                    pos = start;
                    return strings();
                }
                return switch (word) {
                    case "True" -> Boolean.TRUE;
                    case "False" -> Boolean.FALSE;
                    case "None" -> NONE;
                    default -> throw new SyntaxError("name '" + word + "' is not a literal");
                };
            }
            throw new SyntaxError("unexpected character " + c);
        }

        Object seq(char open, char close) throws SyntaxError {
            pos++;
            depth++;
            List<Object> items = new ArrayList<>();
            boolean comma = false;
            skipSpace();
            while (true) {
                if (!more()) throw new SyntaxError("unclosed " + open);
                if (peek() == close) break;
                items.add(value());
                skipSpace();
                if (more() && peek() == ',') {
                    pos++;
                    comma = true;
                    skipSpace();
                } else {
                    skipSpace();
                    if (!more() || peek() != close) throw new SyntaxError("expected , or " + close);
                }
            }
            pos++;
            depth--;
            if (open == '[') return items;
            if (items.size() == 1 && !comma) return items.get(0);   // (x) is x
            return new Tuple(items);
        }

        Object dict() throws SyntaxError {
            pos++;
            depth++;
            Map<Object, Object> m = new LinkedHashMap<>();
            skipSpace();
            while (true) {
                if (!more()) throw new SyntaxError("unclosed {");
                if (peek() == '}') break;
                Object k = value();
                if (k instanceof List || k instanceof Map) throw new SyntaxError("unhashable key");
                skipSpace();
                if (!more() || peek() != ':') throw new SyntaxError("expected :");
                pos++;
                skipSpace();
                Object v = value();
                m.put(key(k), v);
                skipSpace();
                if (more() && peek() == ',') {
                    pos++;
                    skipSpace();
                } else if (!more() || peek() != '}') throw new SyntaxError("expected , or }");
            }
            pos++;
            depth--;
            return m;
        }

        /** Dict keys compare by value (Python's equality: 1 == 1.0 == True is not needed here). */
        private static Object key(Object k) {
            return k instanceof Tuple t ? new Tuple(List.copyOf(t.items())) : k;
        }

        Object strings() throws SyntaxError {
            Object first = string();
            skipSpace();
            // implicit concatenation: 'a' 'b'
            while (more() && startsString()) {
                Object next = string();
                if (first instanceof String a && next instanceof String b) first = a + b;
                else if (first instanceof Bytes a && next instanceof Bytes b) {
                    byte[] r = new byte[a.value().length + b.value().length];
                    System.arraycopy(a.value(), 0, r, 0, a.value().length);
                    System.arraycopy(b.value(), 0, r, a.value().length, b.value().length);
                    first = new Bytes(r);
                } else throw new SyntaxError("cannot mix bytes and nonbytes literals");
                skipSpace();
            }
            return first;
        }

        private boolean startsString() {
            int p = pos;
            while (p < s.length() && p - pos < 2 && "rRbBuU".indexOf(s.charAt(p)) >= 0) p++;
            return p < s.length() && (s.charAt(p) == '\'' || s.charAt(p) == '"');
        }

        Object string() throws SyntaxError {
            boolean raw = false, bytes = false;
            while (more() && "rRbBuU".indexOf(peek()) >= 0) {
                char c = Character.toLowerCase(peek());
                if (c == 'r') raw = true;
                if (c == 'b') bytes = true;
                pos++;
            }
            char q = peek();
            boolean triple = s.startsWith(String.valueOf(q).repeat(3), pos);
            pos += triple ? 3 : 1;
            StringBuilder b = new StringBuilder();
            while (true) {
                if (!more()) throw new SyntaxError("unterminated string");
                char c = peek();
                if (triple ? s.startsWith(String.valueOf(q).repeat(3), pos) : c == q) {
                    pos += triple ? 3 : 1;
                    break;
                }
                if (!triple && (c == '\n' || c == '\r')) throw new SyntaxError("newline in string");
                if (c == '\\' && pos + 1 < s.length()) {
                    char e = s.charAt(pos + 1);
                    if (raw) {
                        b.append(c).append(e);
                        pos += 2;
                        continue;
                    }
                    pos += 2;
                    switch (e) {
                        case '\n' -> { }
                        case '\\' -> b.append('\\');
                        case '\'' -> b.append('\'');
                        case '"' -> b.append('"');
                        case 'a' -> b.append('\u0007');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'v' -> b.append('\u000b');
                        case 'x' -> b.append((char) hex(2));
                        case 'u' -> {
                            if (bytes) b.append("\\u");
                            else b.append((char) hex(4));
                        }
                        case 'U' -> {
                            if (bytes) b.append("\\U");
                            else b.appendCodePoint(checkedCodePoint(hex(8)));
                        }
                        default -> {
                            if (e >= '0' && e <= '7') {
                                int v = e - '0';
                                for (int k = 0; k < 2 && more() && peek() >= '0' && peek() <= '7'; k++) v = v * 8 + (s.charAt(pos++) - '0');
                                b.append((char) v);
                            } else b.append('\\').append(e);
                        }
                    }
                    continue;
                }
                b.append(c);
                pos++;
            }
            if (!bytes) return b.toString();
            byte[] out = new byte[b.length()];
            for (int i = 0; i < out.length; i++) {
                char c = b.charAt(i);
                if (c > 0xff) throw new SyntaxError("bytes can only contain ASCII literal characters");
                out[i] = (byte) c;
            }
            return new Bytes(out);
        }

        private int hex(int n) throws SyntaxError {
            if (pos + n > s.length()) throw new SyntaxError("truncated \\x escape");
            int v = 0;
            for (int i = 0; i < n; i++) {
                int d = Character.digit(s.charAt(pos++), 16);
                if (d < 0) throw new SyntaxError("bad escape");
                v = v * 16 + d;
            }
            return v;
        }

        private static int checkedCodePoint(int v) throws SyntaxError {
            if (v < 0 || v > Character.MAX_CODE_POINT) throw new SyntaxError("illegal Unicode character");
            return v;
        }

        Object number() throws SyntaxError {
            int start = pos;
            if (peek() == '0' && pos + 1 < s.length() && "xXoObB".indexOf(s.charAt(pos + 1)) >= 0) {
                char k = Character.toLowerCase(s.charAt(pos + 1));
                int radix = k == 'x' ? 16 : k == 'o' ? 8 : 2;
                pos += 2;
                String digits = digits(radix, true);
                if (digits.isEmpty()) throw new SyntaxError("invalid literal");
                longSuffix();
                endOfNumber();
                return new BigInteger(digits, radix);
            }
            String intPart = digits(10, false);
            boolean isFloat = false;
            StringBuilder f = new StringBuilder(intPart);
            if (more() && peek() == '.') {
                pos++;
                isFloat = true;
                f.append('.').append(digits(10, false));
            }
            if (more() && (peek() == 'e' || peek() == 'E')) {
                int save = pos;
                pos++;
                StringBuilder e = new StringBuilder("e");
                if (more() && (peek() == '+' || peek() == '-')) e.append(s.charAt(pos++));
                String ed = digits(10, false);
                if (ed.isEmpty()) {
                    pos = save;
                    throw new SyntaxError("invalid exponent");
                }
                isFloat = true;
                f.append(e).append(ed);
            }
            if (more() && (peek() == 'j' || peek() == 'J')) throw new SyntaxError("complex literals are not supported");
            if (isFloat) {
                endOfNumber();
                return Double.parseDouble(f.toString());
            }
            // Python 3 forbids leading zeros in a nonzero decimal integer
            if (intPart.length() > 1 && intPart.charAt(0) == '0' && !intPart.chars().allMatch(ch -> ch == '0'))
                throw new SyntaxError("leading zeros in decimal integer literals are not permitted");
            if (intPart.isEmpty()) {
                pos = start;
                throw new SyntaxError("invalid number");
            }
            longSuffix();
            endOfNumber();
            return new BigInteger(intPart);
        }

        private void longSuffix() {
            if (allowLong && more() && peek() == 'L') pos++;   // NumPy's _filter_header drops only 'L'
        }

        private void endOfNumber() throws SyntaxError {
            if (more() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '.'))
                throw new SyntaxError("invalid decimal literal");
        }

        /** Digits with single underscores between them (PEP 515). */
        private String digits(int radix, boolean leadingUnderscore) throws SyntaxError {
            StringBuilder b = new StringBuilder();
            boolean lastUnderscore = false;
            while (more()) {
                char c = peek();
                if (c == '_') {
                    if (lastUnderscore || (b.isEmpty() && !leadingUnderscore)) throw new SyntaxError("invalid underscore");
                    lastUnderscore = true;
                    pos++;
                    continue;
                }
                if (Character.digit(c, radix) < 0 || c > 0x7f) break;
                b.append(c);
                lastUnderscore = false;
                pos++;
            }
            if (lastUnderscore) throw new SyntaxError("invalid underscore");
            return b.toString();
        }
    }

    // ---- repr ----------------------------------------------------------------------------------

    /** Python's {@code repr} of a parsed value. */
    public static String repr(Object v) {
        StringBuilder b = new StringBuilder();
        repr(v, b);
        return b.toString();
    }

    private static void repr(Object v, StringBuilder b) {
        if (v instanceof String s) b.append(reprStr(s));
        else if (v instanceof Bytes by) b.append(reprBytes(by.value()));
        else if (v instanceof Boolean t) b.append(t ? "True" : "False");
        else if (v instanceof Double d) b.append(PyFormat.floatRepr(d));
        else if (v instanceof Tuple t) {
            b.append('(');
            for (int i = 0; i < t.items().size(); i++) {
                if (i > 0) b.append(", ");
                repr(t.items().get(i), b);
            }
            if (t.items().size() == 1) b.append(',');
            b.append(')');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) b.append(", ");
                repr(l.get(i), b);
            }
            b.append(']');
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) b.append(", ");
                first = false;
                repr(e.getKey(), b);
                b.append(": ");
                repr(e.getValue(), b);
            }
            b.append('}');
        } else b.append(v);   // BigInteger, NONE
    }

    /** Python's {@code repr(str)}: single quotes unless the text has one and no double quote. */
    public static String reprStr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') b.append('\\').append((char) c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", c));
            else if (c < 0x7f || isPrintable(c)) b.appendCodePoint(c);
            else if (c <= 0xff) b.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) b.append(String.format("\\u%04x", c));
            else b.append(String.format("\\U%08x", c));
        }
        return b.append(q).toString();
    }

    /** Python's {@code repr(bytes)}: {@code b'\x93NUMPY'}. */
    public static String reprBytes(byte[] v) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : v) {
            if (x == '\'') hasSingle = true;
            if (x == '"') hasDouble = true;
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(q);
        for (byte x : v) {
            int c = x & 0xff;
            if (c == q || c == '\\') b.append('\\').append((char) c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 || c >= 0x7f) b.append(String.format("\\x%02x", c));
            else b.append((char) c);
        }
        return b.append(q).toString();
    }

    /** Python's {@code str.isprintable} for one non-ASCII code point. */
    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
