package dev.numj.internal;

import dev.numj.NDArray;
import dev.numj.NumJ;

/**
 * A piece of "machinery" that breaks the layering on purpose by calling the façade and an operation of
 * NDArray; ArchitectureTest checks that its rules catch this class. Never called.
 */
public final class LayeringFixture {
    private LayeringFixture() {}

    static NDArray callsTheFacade() { return NumJ.zeros(2, 2); }

    /** A getter is allowed; the operation is not. */
    static NDArray callsAnArrayOperation(NDArray a) { return a.dtype() == null ? a : a.reshape(2, 2); }
}
