package dev.numj;

/**
 * NumPy's {@code TypeError} and {@code UFuncTypeError}: an operation that is not defined for the
 * dtypes given, or a cast that NumPy's casting rule forbids (for example {@code int_array /= 2}).
 * It is an {@link IllegalArgumentException}, so code that catches bad arguments catches it too.
 */
public class NumJTypeException extends IllegalArgumentException {
    /**
     * Creates the exception.
     *
     * @param message the message
     */
    public NumJTypeException(String message) { super(message); }
}
