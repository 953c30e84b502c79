package org.simdyn.vector.internal;

import jdk.incubator.vector.VectorShape;

/** Loaded reflectively by {@code VectorRuntime}: fails to load when the Vector API is absent. */
public final class PanamaProbe {
    private PanamaProbe() {
    }

    /** Returns the bit size of the preferred vector shape. */
    public static int preferredBits() {
        return VectorShape.preferredShape().vectorBitSize();
    }
}
