package org.tinygo4j.ssa.build;

import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Type;

/** Pointer types seen through names: a defined type (type P *T) is a pointer too. */
final class Pointers {
    private Pointers() {
    }

    static boolean is(Type t) {
        return t != null && t.underlying() instanceof Pointer;
    }

    /** The element type of a pointer type, named or not. */
    static Type elem(Type ptr) {
        return ((Pointer) ptr.underlying()).elem();
    }
}
