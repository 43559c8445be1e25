package dev.numj.oracle;

import java.util.List;
import java.util.Objects;

/**
 * What one oracle case produced: a value (an {@link OracleArray}; Python and NumPy scalars come back as
 * 0-d arrays with NumPy's dtype: a Python {@code int} as int64, {@code float} as float64, {@code bool}
 * as bool, {@code complex} as complex128), a tuple/list of values, a {@code str}, {@code None}, or the
 * error the code raised. Also carries the warnings raised while the case ran (e.g.
 * {@code "RuntimeWarning: divide by zero encountered in divide"}).
 */
public final class OracleResult {

    /** What kind of result this is. */
    public enum Kind { VALUE, TUPLE, TEXT, NONE, ERROR }

    private final Kind kind;
    private final OracleArray value;
    private final boolean scalar;
    private final List<OracleArray> values;
    private final List<Boolean> scalars;
    private final String text;
    private final String errorType;
    private final String errorQualifiedType;
    private final String errorMessage;
    private final String errorTraceback;
    private final List<String> errorTypes;
    private final List<String> warnings;
    private final String code;

    private OracleResult(Kind kind, OracleArray value, boolean scalar, List<OracleArray> values, List<Boolean> scalars,
            String text, String errorType, String errorQualifiedType, String errorMessage, String errorTraceback,
            List<String> errorTypes, List<String> warnings, String code) {
        this.kind = kind;
        this.value = value;
        this.scalar = scalar;
        this.values = values;
        this.scalars = scalars;
        this.text = text;
        this.errorType = errorType;
        this.errorQualifiedType = errorQualifiedType;
        this.errorMessage = errorMessage;
        this.errorTraceback = errorTraceback;
        this.errorTypes = errorTypes;
        this.warnings = List.copyOf(warnings);
        this.code = code;
    }

    static OracleResult ofValue(OracleArray value, boolean scalar, List<String> warnings, String code) {
        return new OracleResult(Kind.VALUE, Objects.requireNonNull(value), scalar, null, null, null, null, null, null,
                null, null, warnings, code);
    }

    static OracleResult ofTuple(List<OracleArray> values, List<Boolean> scalars, List<String> warnings, String code) {
        return new OracleResult(Kind.TUPLE, null, false, List.copyOf(values), List.copyOf(scalars), null, null, null,
                null, null, null, warnings, code);
    }

    static OracleResult ofText(String text, List<String> warnings, String code) {
        return new OracleResult(Kind.TEXT, null, false, null, null, Objects.requireNonNull(text), null, null, null,
                null, null, warnings, code);
    }

    static OracleResult ofNone(List<String> warnings, String code) {
        return new OracleResult(Kind.NONE, null, false, null, null, null, null, null, null, null, null, warnings, code);
    }

    static OracleResult ofError(String type, String qualifiedType, String message, String traceback,
            List<String> errorTypes, List<String> warnings, String code) {
        return new OracleResult(Kind.ERROR, null, false, null, null, null, type, qualifiedType, message, traceback,
                List.copyOf(errorTypes), warnings, code);
    }

    public Kind kind() {
        return kind;
    }

    /** True when the case's code raised. */
    public boolean isError() {
        return kind == Kind.ERROR;
    }

    /** True when {@code out} was a tuple or list. */
    public boolean isTuple() {
        return kind == Kind.TUPLE;
    }

    /** True when {@code out} was a str. */
    public boolean isText() {
        return kind == Kind.TEXT;
    }

    /** True when {@code out} was None. */
    public boolean isNone() {
        return kind == Kind.NONE;
    }

    /**
     * True when the single value was a Python or NumPy scalar (e.g. what {@code np.sum(x)} returns) rather
     * than an {@code ndarray} (a 0-d ndarray gives false).
     */
    public boolean isScalar() {
        requireKind(Kind.VALUE);
        return scalar;
    }

    /**
     * The exception class's {@code __name__}, e.g. {@code "ValueError"}, {@code "LinAlgError"}. NumPy gives some
     * private subclasses their base's {@code __name__}: {@code _UFuncOutputCastingError} reports
     * {@code "UFuncTypeError"} here; see {@link #errorQualifiedType()} and {@link #isErrorOf(String)}.
     */
    public String errorType() {
        requireKind(Kind.ERROR);
        return errorType;
    }

    /**
     * Module-qualified class name, e.g. {@code "ValueError"} for builtins,
     * {@code "numpy.linalg.LinAlgError"}, {@code "numpy._core._exceptions._UFuncOutputCastingError"}.
     */
    public String errorQualifiedType() {
        requireKind(Kind.ERROR);
        return errorQualifiedType;
    }

    /**
     * The {@code __name__}s and {@code __qualname__}s of the exception class and its bases (its MRO without
     * {@code object}), e.g. {@code [UFuncTypeError, _UFuncOutputCastingError, _UFuncCastingError, TypeError,
     * Exception, BaseException]}.
     */
    public List<String> errorTypes() {
        requireKind(Kind.ERROR);
        return errorTypes;
    }

    /** True when this is an error whose class is, or derives from, a class with that {@code __name__} or {@code __qualname__}. */
    public boolean isErrorOf(String typeName) {
        return kind == Kind.ERROR && errorTypes.contains(typeName);
    }

    /** {@code str(exception)}. */
    public String errorMessage() {
        requireKind(Kind.ERROR);
        return errorMessage;
    }

    /** The Python traceback, for diagnostics. */
    public String errorTraceback() {
        requireKind(Kind.ERROR);
        return errorTraceback;
    }

    /** The single value. Throws {@link AssertionError} (with the Python error text) for any other kind. */
    public OracleArray value() {
        requireKind(Kind.VALUE);
        return value;
    }

    /** The items of a tuple/list result (nested sequences arrive as arrays via {@code np.asarray}). */
    public List<OracleArray> values() {
        requireKind(Kind.TUPLE);
        return values;
    }

    /** For a tuple/list result: whether item {@code i} was a scalar rather than an ndarray. */
    public boolean isScalar(int i) {
        requireKind(Kind.TUPLE);
        return scalars.get(i);
    }

    /** The str result. */
    public String text() {
        requireKind(Kind.TEXT);
        return text;
    }

    /** Warnings raised while the case ran, as {@code "Category: message"}. */
    public List<String> warnings() {
        return warnings;
    }

    /** The python code of the case. */
    public String code() {
        return code;
    }

    private void requireKind(Kind wanted) {
        if (kind != wanted) {
            throw new AssertionError("expected a NumPy oracle " + describeKind(wanted) + " but got " + this);
        }
    }

    private static String describeKind(Kind k) {
        return switch (k) {
            case VALUE -> "value (array or scalar)";
            case TUPLE -> "tuple/list";
            case TEXT -> "str";
            case NONE -> "None";
            case ERROR -> "error";
        };
    }

    /** One-line description, then for an error the traceback. */
    @Override
    public String toString() {
        String c = (code == null ? "" : " for `" + abbreviate(code, 200) + "`")
                + (warnings.isEmpty() ? "" : " (warnings: " + String.join("; ", warnings) + ")");
        return switch (kind) {
            case VALUE -> (scalar ? "scalar " : "array ") + value + c;
            case TUPLE -> "tuple of " + values.size() + " " + values + c;
            case TEXT -> "str '" + abbreviate(text, 500) + "'" + c;
            case NONE -> "None" + c;
            case ERROR -> "error " + errorQualifiedType + ": " + errorMessage + c
                    + (errorTraceback == null || errorTraceback.isEmpty() ? "" : "\n" + errorTraceback);
        };
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
