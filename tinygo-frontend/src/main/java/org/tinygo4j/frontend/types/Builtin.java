package org.tinygo4j.frontend.types;

/** A builtin function of the universe or of package unsafe; its type is null. */
public final class Builtin extends Obj {

    public enum Id {
        APPEND, CAP, CLEAR, CLOSE, COMPLEX, COPY, DELETE, IMAG, LEN, MAKE, MAX, MIN, NEW, PANIC,
        PRINT, PRINTLN, REAL, RECOVER,
        // package unsafe
        ADD, ALIGNOF, OFFSETOF, SIZEOF, SLICE, SLICEDATA, STRING, STRINGDATA
    }

    private final Id id;

    public Builtin(Package pkg, String name, Id id) {
        super(Obj.NO_POS_VALUE, pkg, name, null);
        this.id = id;
    }

    public Id id() {
        return id;
    }
}
