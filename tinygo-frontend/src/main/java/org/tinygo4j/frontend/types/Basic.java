package org.tinygo4j.frontend.types;

/**
 * A predeclared type, or an untyped constant's type. byte and rune are Basics of kind
 * UINT8 and INT32 with their own names: identity compares kinds.
 */
public record Basic(Kind kind, String name) implements Type {

    public enum Kind {
        INVALID,
        BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
        FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER,
        UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL
    }

    public boolean isInteger() {
        return switch (kind) {
            case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
                 UNTYPED_INT, UNTYPED_RUNE -> true;
            default -> false;
        };
    }

    public boolean isUnsigned() {
        return switch (kind) {
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> true;
            default -> false;
        };
    }

    public boolean isFloat() {
        return kind == Kind.FLOAT32 || kind == Kind.FLOAT64 || kind == Kind.UNTYPED_FLOAT;
    }

    public boolean isComplex() {
        return kind == Kind.COMPLEX64 || kind == Kind.COMPLEX128 || kind == Kind.UNTYPED_COMPLEX;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat() || isComplex();
    }

    public boolean isString() {
        return kind == Kind.STRING || kind == Kind.UNTYPED_STRING;
    }

    public boolean isBoolean() {
        return kind == Kind.BOOL || kind == Kind.UNTYPED_BOOL;
    }

    public boolean isUntyped() {
        return kind.ordinal() >= Kind.UNTYPED_BOOL.ordinal();
    }

    @Override
    public String toString() {
        return name;
    }
}
