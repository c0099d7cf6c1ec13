package org.tinygo4j.codegen.lower;

/**
 * A construct the lowering cannot translate yet, with the source position of the
 * SSA instruction it came from; the pipeline reports it as a "not supported yet"
 * diagnostic at that position.
 */
public final class NotSupported extends RuntimeException {
    private final int pos;

    public NotSupported(int pos, String what) {
        super(what, null, false, false);
        this.pos = pos;
    }

    public int pos() {
        return pos;
    }
}
