package dev.numj;

/** NumPy's {@code AxisError}: an axis outside {@code -ndim .. ndim-1}. The message names the axis and the rank. */
public class AxisException extends IllegalArgumentException {
    /**
     * Creates the exception.
     *
     * @param message the message
     */
    public AxisException(String message) { super(message); }
}
