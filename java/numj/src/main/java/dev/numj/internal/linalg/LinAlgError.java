package dev.numj.internal.linalg;

/**
 * NumPy's {@code LinAlgError} inside the machinery; {@code dev.numj.linalg.Linalg} turns it into the
 * public {@code LinAlgException} at its boundary, so the machinery needs nothing from the API above it.
 */
public final class LinAlgError extends IllegalArgumentException {
    public LinAlgError(String message) { super(message); }
}
