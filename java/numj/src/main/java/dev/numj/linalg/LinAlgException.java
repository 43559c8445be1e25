package dev.numj.linalg;

/**
 * NumPy's {@code numpy.linalg.LinAlgError}, e.g. "Singular matrix". NumPy derives it from
 * {@code ValueError}, which NumJ maps to {@link IllegalArgumentException}; so this extends that, and
 * code catching IllegalArgumentException catches it as {@code except ValueError} does in Python.
 *
 * <pre>{@code
 * try { Linalg.inv(zeros(2, 2)); }
 * catch (LinAlgException e) { e.getMessage(); }   // "Singular matrix"
 * }</pre>
 */
public class LinAlgException extends IllegalArgumentException {
    /**
     * Creates the exception.
     *
     * @param message the message
     */
    public LinAlgException(String message) { super(message); }
}
