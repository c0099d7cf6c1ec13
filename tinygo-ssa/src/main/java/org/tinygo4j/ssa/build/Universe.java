package org.tinygo4j.ssa.build;

import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Basic.Kind;
import org.tinygo4j.frontend.types.Type;

/** The predeclared types the builder creates values of, and the default types of untyped constants. */
final class Universe {
    static final Basic BOOL = new Basic(Kind.BOOL, "bool");
    static final Basic INT = new Basic(Kind.INT, "int");
    static final Basic INT32 = new Basic(Kind.INT32, "int32");
    static final Basic UINT8 = new Basic(Kind.UINT8, "byte");
    static final Basic UINTPTR = new Basic(Kind.UINTPTR, "uintptr");
    static final Basic STRING = new Basic(Kind.STRING, "string");
    static final Basic FLOAT64 = new Basic(Kind.FLOAT64, "float64");
    static final Basic COMPLEX128 = new Basic(Kind.COMPLEX128, "complex128");
    static final Basic UNSAFE_POINTER = new Basic(Kind.UNSAFE_POINTER, "unsafe.Pointer");

    private Universe() {
    }

    /** The type an untyped value takes when nothing else decides it (Go spec, "Constants"). */
    static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> BOOL;
                case UNTYPED_INT -> INT;
                case UNTYPED_RUNE -> INT32;
                case UNTYPED_FLOAT -> FLOAT64;
                case UNTYPED_COMPLEX -> COMPLEX128;
                case UNTYPED_STRING -> STRING;
                case UNTYPED_NIL -> UNSAFE_POINTER;
                default -> b;
            };
        }
        return t;
    }
}
