package org.tinygo4j.frontend.types;

import java.util.List;

/**
 * A function or method type. recv is null for functions (and for a method's
 * signature seen as a function value); when variadic, the last parameter is a slice.
 */
public record Signature(Var recv, List<TypeParam> typeParams, Tuple params, Tuple results, boolean variadic)
        implements Type {
    @Override
    public String toString() {
        return Types.typeString(this);
    }
}
