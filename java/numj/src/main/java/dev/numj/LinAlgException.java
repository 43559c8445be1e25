package dev.numj;

/** NumPy's {@code numpy.linalg.LinAlgError}, e.g. "Singular matrix". */
public class LinAlgException extends ArithmeticException {
    public LinAlgException(String message) { super(message); }
}
