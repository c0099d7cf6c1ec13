package org.tinygo4j.frontend.types;

/**
 * What the checker decided about one expression: its mode (what kind of operand it
 * is), its type, and its constant value when mode is CONSTANT.
 */
public record TypeAndValue(Mode mode, Type type, Constant value) {

    public enum Mode {
        /** a call of a function without results */
        NOVALUE,
        BUILTIN,
        TYPEXPR,
        CONSTANT,
        /** an addressable variable */
        VARIABLE,
        /** a map index expression (assignable, not addressable) */
        MAPINDEX,
        VALUE,
        /** a value that may be used in a comma-ok assignment (map index, receive, type assertion) */
        COMMAOK
    }

    public boolean isType() {
        return mode == Mode.TYPEXPR;
    }

    public boolean isConstant() {
        return mode == Mode.CONSTANT;
    }
}
