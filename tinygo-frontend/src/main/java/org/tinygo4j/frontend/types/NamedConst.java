package org.tinygo4j.frontend.types;

/** A declared constant with its exact value. */
public final class NamedConst extends Obj {
    private Constant value;

    public NamedConst(int pos, Package pkg, String name, Type type, Constant value) {
        super(pos, pkg, name, type);
        this.value = value;
    }

    public Constant value() {
        return value;
    }

    public void setValue(Constant v) {
        this.value = v;
    }
}
