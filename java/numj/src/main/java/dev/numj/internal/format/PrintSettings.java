package dev.numj.internal.format;

/**
 * The print options the printer follows (NumPy's {@code precision}, {@code threshold}, {@code edgeitems},
 * {@code linewidth}, {@code suppress}), and where the current ones live: a process-wide value that
 * {@code setPrintoptions} replaces, and per thread a scoped value that {@code printoptions(...)} sets and its
 * close restores. A thread without a scoped value reads the process-wide one.
 */
public record PrintSettings(int precision, long threshold, int edgeitems, int linewidth, boolean suppress) {
  /** NumPy's defaults: precision 8, threshold 1000, edgeitems 3, linewidth 75, suppress False. */
  public static final PrintSettings DEFAULTS = new PrintSettings(8, 1000, 3, 75, false);

  private static volatile PrintSettings global = DEFAULTS;
  private static final ThreadLocal<PrintSettings> SCOPED = new ThreadLocal<>();

  /** The options in force on this thread. */
  public static PrintSettings current() {
    PrintSettings s = SCOPED.get();
    return s != null ? s : global;
  }

  /** The process-wide options. */
  public static PrintSettings global() {
    return global;
  }

  /** Replaces the process-wide options (threads inside a scope keep their scoped ones until it closes). */
  public static void setGlobal(PrintSettings s) {
    global = java.util.Objects.requireNonNull(s, "print options");
  }

  /** This thread's scoped options, null when none. */
  public static PrintSettings scoped() {
    return SCOPED.get();
  }

  /** Sets (or with null, clears) this thread's scoped options. */
  public static void setScoped(PrintSettings s) {
    if (s == null) {
      SCOPED.remove();
    } else {
      SCOPED.set(s);
    }
  }
}
