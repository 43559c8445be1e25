package dev.numj.internal.runtime;

import java.lang.foreign.Arena;
import java.util.ArrayDeque;

/** The stack of open {@link dev.numj.Scope}s of each thread; allocation uses the innermost. */
public final class ScopeStack {
    private static final ThreadLocal<ArrayDeque<Arena>> STACK = ThreadLocal.withInitial(ArrayDeque::new);

    private ScopeStack() {}

    /** The innermost open scope's arena of this thread, or null (GC-managed memory). */
    public static Arena currentArena() {
        ArrayDeque<Arena> s = STACK.get();
        return s.isEmpty() ? null : s.peek();
    }

    public static void push(Arena arena) { STACK.get().push(arena); }

    /** Pops {@code arena}; it must be the innermost open scope of this thread. */
    public static void pop(Arena arena) {
        ArrayDeque<Arena> s = STACK.get();
        if (s.peek() != arena)
            throw new IllegalStateException("NumJ scopes must be closed innermost first, on the thread that opened them");
        s.pop();
    }

    /** Runs {@code body} with the innermost scope hidden, so what it allocates outlives that scope. */
    public static <T> T outside(Arena arena, java.util.function.Supplier<T> body) {
        ArrayDeque<Arena> s = STACK.get();
        if (s.peek() != arena) throw new IllegalStateException("keep() must be called on the innermost open scope");
        s.pop();
        try {
            return body.get();
        } finally {
            s.push(arena);
        }
    }
}
