package dev.numj;

/**
 * NumJ's native code could not be loaded or reached: an unsupported platform, a missing system library
 * (OpenBLAS), or a native library that failed to load. The message says what was looked for, where, and
 * what to install or set. There is no NumPy equivalent: NumPy fails at {@code import numpy} instead.
 */
public class NumJNativeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message
     */
    public NumJNativeException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message the message
     * @param cause the cause
     */
    public NumJNativeException(String message, Throwable cause) {
        super(message, cause);
    }
}
