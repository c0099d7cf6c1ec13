package org.tinygo4j.ssa.ir;

import org.tinygo4j.frontend.types.Type;

/** A parameter of a function, by position. */
public final class Param extends Value {
    private final String name;
    private final int index;

    public Param(Type type, String name, int index) {
        super(type);
        this.name = name;
        this.index = index;
    }

    public String name() {
        return name;
    }

    public int index() {
        return index;
    }
}
