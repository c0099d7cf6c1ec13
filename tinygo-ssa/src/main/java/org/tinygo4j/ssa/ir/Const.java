package org.tinygo4j.ssa.ir;

import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Type;

/** A constant of a typed Go type; value null means the zero value of the type (nil, 0, "", {}). */
public final class Const extends Value {
    private final Constant value;

    public Const(Type type, Constant value) {
        super(type);
        this.value = value;
    }

    public Constant value() {
        return value;
    }

    public boolean isZero() {
        return value == null;
    }
}
