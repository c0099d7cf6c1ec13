package org.tinygo4j.ssa.ir;

import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Type;

/**
 * A package-level variable. As a value it is the variable's address (type *T).
 * linkName is the symbol; extern globals (//go:extern) are defined by the linker.
 */
public final class Global extends Value {
    private final String linkName;
    private final Type elemType;
    private final boolean extern;

    public Global(String linkName, Type elemType, boolean extern) {
        super(new Pointer(elemType));
        this.linkName = linkName;
        this.elemType = elemType;
        this.extern = extern;
    }

    private Const initializer;

    /** The value the global holds before any code runs (null: zero), when known at compile time. */
    public Const initializer() {
        return initializer;
    }

    public void setInitializer(Const c) {
        this.initializer = c;
    }

    public String linkName() {
        return linkName;
    }

    public Type elemType() {
        return elemType;
    }

    public boolean extern() {
        return extern;
    }
}
