package dev.numj;

import dev.numj.internal.format.PrintSettings;

/**
 * NumPy's print options ({@code np.get_printoptions()}): how {@link NDArray#toString()} and {@link NDArray#repr()}
 * print. {@code precision}: digits after the point for floats; {@code threshold}: arrays of more elements are
 * summarised with "..."; {@code edgeitems}: how many items a summarised axis shows at each end; {@code linewidth}:
 * characters per line; {@code suppress}: no scientific notation for small values (only values from 1e8 switch to it).
 * Set them for the whole process with {@link NumJ#setPrintoptions(PrintOptions)}, or for a block on this thread with
 * {@link NumJ#printoptions(java.util.function.UnaryOperator)}.
 * <pre>{@code
 * try (var p = printoptions(o -> o.withPrecision(3).withSuppress(true))) {
 *     System.out.println(array(1.23456789, 1e-9));   // [1.235 0.   ]
 * }
 * }</pre>
 *
 * @param precision digits after the decimal point (NumPy's default 8); at least 0
 * @param threshold total elements above which an array is summarised (default 1000)
 * @param edgeitems items kept at each end of a summarised axis (default 3); at least 0
 * @param linewidth characters per line (default 75)
 * @param suppress whether small floats print in positional notation, not scientific (default false)
 */
public record PrintOptions(int precision, long threshold, int edgeitems, int linewidth, boolean suppress) {
    /** Checks the values as NumPy's {@code set_printoptions} does ("precision must be &gt;= 0"); negative edgeitems too. */
    public PrintOptions {
        if (precision < 0) throw new IllegalArgumentException("precision must be >= 0");
        if (edgeitems < 0) throw new IllegalArgumentException("edgeitems must be >= 0");
    }

    /**
     * NumPy's defaults: precision 8, threshold 1000, edgeitems 3, linewidth 75, suppress false. Example: {@code setPrintoptions(PrintOptions.defaults())}.
     *
     * @return NumPy's default options
     */
    public static PrintOptions defaults() { return of(PrintSettings.DEFAULTS); }

    /**
     * NumPy's {@code precision} option ({@code np.set_printoptions(precision=...)}): these options with another precision.
     * Example: {@code getPrintoptions().withPrecision(3)}.
     *
     * @param p digits after the decimal point (NumPy's {@code precision}); at least 0
     * @return a copy with that option changed
     */
    public PrintOptions withPrecision(int p) { return new PrintOptions(p, threshold, edgeitems, linewidth, suppress); }
    /**
     * NumPy's {@code threshold} option ({@code np.set_printoptions(threshold=...)}): these options with another threshold.
     * Example: {@code o.withThreshold(Long.MAX_VALUE)} never summarises.
     *
     * @param t total elements above which an array is summarised (NumPy's {@code threshold})
     * @return a copy with that option changed
     */
    public PrintOptions withThreshold(long t) { return new PrintOptions(precision, t, edgeitems, linewidth, suppress); }
    /**
     * NumPy's {@code edgeitems} option ({@code np.set_printoptions(edgeitems=...)}): these options with another edgeitems. Example: {@code o.withEdgeitems(2)}.
     *
     * @param e items kept at each end of a summarised axis (NumPy's {@code edgeitems}); at least 0
     * @return a copy with that option changed
     */
    public PrintOptions withEdgeitems(int e) { return new PrintOptions(precision, threshold, e, linewidth, suppress); }
    /**
     * NumPy's {@code linewidth} option ({@code np.set_printoptions(linewidth=...)}): these options with another linewidth.
     * Example: {@code o.withLinewidth(120)}.
     *
     * @param w characters per line (NumPy's {@code linewidth})
     * @return a copy with that option changed
     */
    public PrintOptions withLinewidth(int w) { return new PrintOptions(precision, threshold, edgeitems, w, suppress); }
    /**
     * NumPy's {@code suppress} option ({@code np.set_printoptions(suppress=...)}): these options with another suppress. Example: {@code o.withSuppress(true)}.
     *
     * @param s whether small floats print in positional notation, not scientific (NumPy's {@code suppress})
     * @return a copy with that option changed
     */
    public PrintOptions withSuppress(boolean s) { return new PrintOptions(precision, threshold, edgeitems, linewidth, s); }

    static PrintOptions of(PrintSettings s) { return new PrintOptions(s.precision(), s.threshold(), s.edgeitems(), s.linewidth(), s.suppress()); }

    PrintSettings settings() { return new PrintSettings(precision, threshold, edgeitems, linewidth, suppress); }

    /**
     * The scope {@link NumJ#printoptions(PrintOptions)} opens: its options hold on the thread that opened it until
     * {@link #close()}, which restores the options that thread had before (NumPy's {@code with np.printoptions(...)},
     * whose context variable is per thread too). Scopes nest; close them in the reverse order, on the same thread.
     */
    public static final class Scope implements AutoCloseable {
        private final PrintSettings previous;
        private final Thread owner = Thread.currentThread();
        private boolean closed;

        Scope(PrintOptions options) {
            previous = PrintSettings.scoped();
            PrintSettings.setScoped(options.settings());
        }

        /** Restores this thread's previous options; a second close does nothing. */
        @Override
        public void close() {
            if (closed) return;
            if (Thread.currentThread() != owner)
                throw new IllegalStateException("printoptions scope closed on " + Thread.currentThread().getName() + ", opened on " + owner.getName());
            closed = true;
            PrintSettings.setScoped(previous);
        }
    }
}
