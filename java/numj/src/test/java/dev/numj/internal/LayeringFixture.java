package dev.numj.internal;

import dev.numj.NDArray;
import dev.numj.NumJ;

/**
 * A piece of "machinery" that breaks the layering on purpose by calling the façade; ArchitectureTest
 * checks that its rule catches this class. Never called.
 */
public final class LayeringFixture {
    private LayeringFixture() {}

    static NDArray callsTheFacade() { return NumJ.zeros(2, 2); }
}
