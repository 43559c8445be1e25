package dev.numj.internal.runtime;

import java.lang.foreign.Arena;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stack of open {@link dev.numj.Scope}s of each thread; allocation uses the innermost. It also
 * guards against the scope nobody closes: a thread may hold at most {@code numj.maxOpenScopes} (default
 * 10,000) open scopes, and a scope that comes to hold more than {@code numj.scopeWarnBytes} (default:
 * four times {@code numj.gcEveryBytes}) of arrays logs one warning, since it frees them only when closed.
 */
public final class ScopeStack {
    /** An open scope: its arena and the bytes allocated in it. */
    private static final class Open {
        final Arena arena;
        long bytes;
        boolean warned;

        Open(Arena arena) { this.arena = arena; }
    }

    private static final ThreadLocal<ArrayDeque<Open>> STACK = ThreadLocal.withInitial(ArrayDeque::new);
    /**
     * Scopes open on all threads together. While none is open anywhere (most programs, always), allocation
     * needs no thread-local lookup: a 16-element {@code a + b} spent 6 % of its time in that lookup. A thread's
     * own push is seen by its own later reads, so a thread with a scope open never reads 0 here.
     */
    private static final AtomicInteger OPEN = new AtomicInteger();
    static final int MAX_OPEN = Integer.getInteger("numj.maxOpenScopes", 10_000);
    private static final System.Logger LOG = System.getLogger("dev.numj");

    private ScopeStack() {}

    /** The innermost open scope's arena of this thread, or null (GC-managed memory). */
    public static Arena currentArena() {
        if (OPEN.get() == 0) return null;
        ArrayDeque<Open> s = STACK.get();
        return s.isEmpty() ? null : s.peek().arena;
    }

    /** How many scopes this thread has open. */
    public static int openScopes() { return STACK.get().size(); }

    /** Bytes held by the scopes this thread has open. */
    public static long scopedBytes() {
        long n = 0;
        for (Open o : STACK.get()) n += o.bytes;
        return n;
    }

    public static void push(Arena arena) {
        ArrayDeque<Open> s = STACK.get();
        if (s.size() >= MAX_OPEN)
            throw new IllegalStateException("thread " + Thread.currentThread().getName() + " already has " + s.size()
                    + " NumJ scopes open (numj.maxOpenScopes): a scope opened in a loop and never closed? Open scopes "
                    + "with try (Scope s = scope()) { ... } so each one closes");
        s.push(new Open(arena));
        OPEN.incrementAndGet();
    }

    /** Pops {@code arena}; it must be the innermost open scope of this thread. */
    public static void pop(Arena arena) {
        ArrayDeque<Open> s = STACK.get();
        if (s.isEmpty() || s.peek().arena != arena)
            throw new IllegalStateException("NumJ scopes must be closed innermost first, on the thread that opened them");
        s.pop();
        OPEN.decrementAndGet();
    }

    /** Counts {@code nbytes} allocated in {@code arena}, warning once when a scope grows past the threshold. */
    static void charge(Arena arena, long nbytes, long warnBytes) {
        ArrayDeque<Open> s = STACK.get();
        Open o = s.peek();
        if (o == null || o.arena != arena) {
            for (Open x : s) if (x.arena == arena) { o = x; break; }
            if (o == null || o.arena != arena) return;
        }
        o.bytes += nbytes;
        if (!o.warned && o.bytes > warnBytes) {
            o.warned = true;
            LOG.log(System.Logger.Level.WARNING, "a NumJ scope on thread " + Thread.currentThread().getName() + " holds "
                    + (o.bytes >> 20) + " MiB of arrays, which it frees only when it closes: a scope left open around a long "
                    + "loop keeps every temporary of the loop (close it, or open one scope per step)");
        }
    }

    /** Runs {@code body} with the innermost scope hidden, so what it allocates outlives that scope. */
    public static <T> T outside(Arena arena, java.util.function.Supplier<T> body) {
        ArrayDeque<Open> s = STACK.get();
        if (s.isEmpty() || s.peek().arena != arena) throw new IllegalStateException("keep() must be called on the innermost open scope");
        Open o = s.pop();
        try {
            return body.get();
        } finally {
            s.push(o);
        }
    }
}
