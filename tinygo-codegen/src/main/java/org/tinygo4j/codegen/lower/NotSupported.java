package org.tinygo4j.codegen.lower;

/**
 * A construct the lowering cannot translate yet, with the source position of the
 * SSA instruction it came from; the pipeline reports it as a "not supported yet"
 * diagnostic at that position.
 */
public final class NotSupported extends RuntimeException {
    private final int pos;
    private final boolean invalid;

    public NotSupported(int pos, String what) {
        this(pos, what, false);
    }

    private NotSupported(int pos, String what, boolean invalid) {
        super(what, null, false, false);
        this.pos = pos;
        this.invalid = invalid;
    }

    /** A program this compiler rejects by its own rules (interrupt.New's arguments), not a gap in it. */
    static NotSupported invalid(int pos, String message) {
        return new NotSupported(pos, message, true);
    }

    /** Whether the program breaks a rule of this compiler rather than needing something not done yet. */
    public boolean invalid() {
        return invalid;
    }

    public int pos() {
        return pos;
    }
}
