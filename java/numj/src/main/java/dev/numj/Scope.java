package dev.numj;

import dev.numj.internal.runtime.ScopeStack;

import java.lang.foreign.Arena;

/**
 * Deterministic release for hot loops. Arrays created on this thread while a scope is open live in
 * the scope's memory and are freed, all at once, when it closes; using one afterwards throws
 * {@link IllegalStateException}. Nobody has to use scopes: without one the garbage collector frees
 * arrays. Scoped arrays belong to the opening thread.
 *
 * <pre>{@code
 * for (int step = 0; step < 100_000; step++) {
 *     try (Scope s = scope()) {
 *         NDArray grad = X.T().matmul(X.matmul(w).sub(y));   // temporaries freed at the brace
 *         w.subi(grad.mul(lr));                                // in place: w lives outside
 *     }
 * }
 * }</pre>
 */
public final class Scope implements AutoCloseable {
    private final Arena arena = Arena.ofConfined();
    private boolean closed;

    Scope() { ScopeStack.push(arena); }

    /**
     * A copy of {@code a} that outlives this scope (allocated in the enclosing scope, or GC-managed).
     * NumPy has none: its reference counting frees temporaries at once.
     *
     * @param a the array
     * @return the result
     */
    public NDArray keep(NDArray a) {
        return ScopeStack.outside(arena, a::copy);
    }

    /** Frees every array allocated in this scope. NumPy has none: its reference counting frees temporaries at once. */
    @Override
    public void close() {
        if (closed) return;
        ScopeStack.pop(arena);
        closed = true;
        arena.close();
    }
}
