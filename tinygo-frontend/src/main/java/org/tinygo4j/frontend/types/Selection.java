package org.tinygo4j.frontend.types;

import java.util.List;

/**
 * The meaning of a selector x.f that is not a qualified identifier: a field, a method
 * value or a method expression. index is the path of field indices through embedded
 * fields (the last one selects the field or method); indirect tells whether a pointer
 * is followed on the way.
 */
public record Selection(Kind kind, Type recv, Obj obj, List<Integer> index, boolean indirect) {
    public enum Kind { FIELD_VAL, METHOD_VAL, METHOD_EXPR }
}
