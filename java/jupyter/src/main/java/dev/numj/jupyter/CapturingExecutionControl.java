package dev.numj.jupyter;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import jdk.jshell.execution.LocalExecutionControl;

/**
 * JShell's in-process execution (the snippets run in the kernel's JVM, so they share its native access), keeping
 * the object each snippet evaluates to rather than only its string: the kernel renders that object (an
 * {@code NDArray} as NumPy prints it, a figure as PNG). A user exception is kept too, so that the notebook shows
 * its own class and message.
 *
 * <p>{@link LocalExecutionControl} runs a snippet by calling its {@code do_it$} method in a fresh thread (and
 * stops it on an interrupt); this class hands it {@link #capture()} instead, which calls {@code do_it$} and
 * keeps what it returns or throws. One kernel per JVM, one snippet at a time: the fields are static.
 */
final class CapturingExecutionControl extends LocalExecutionControl {

    private static volatile Method pending;
    private static volatile Object value;
    private static volatile Throwable thrown;
    private static final Method CAPTURE;

    static {
        try {
            CAPTURE = CapturingExecutionControl.class.getDeclaredMethod("capture");
            CAPTURE.setAccessible(true);   // this class is not public; jdk.jshell calls the method reflectively
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    CapturingExecutionControl(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        pending = doitMethod;
        value = null;
        thrown = null;
        try {
            return super.invoke(CAPTURE);
        } finally {
            pending = null;
        }
    }

    /**
     * Runs the pending snippet; called by {@link LocalExecutionControl} in its snippet thread.
     *
     * @return nothing (the value is kept aside)
     * @throws Throwable what the snippet threw
     */
    public static Object capture() throws Throwable {
        try {
            value = pending.invoke(null);
            return null;
        } catch (InvocationTargetException e) {
            thrown = e.getCause();
            throw e.getCause();
        }
    }

    /** JShell's text of a value: strings quoted, Java arrays listed, other objects by {@code toString()}. */
    static String text(Object value) {
        return valueString(value);
    }

    /** Forgets the last snippet's value and exception (before each evaluation). */
    static void reset() {
        value = null;
        thrown = null;
    }

    /** The object the last snippet evaluated to (null for none). */
    static Object lastValue() {
        return value;
    }

    /** The exception the last snippet threw, or null. */
    static Throwable lastThrown() {
        return thrown;
    }
}
