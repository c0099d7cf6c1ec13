package org.tinygo4j.frontend.types;

/** A type name: a defined type, an alias (isAlias), a type parameter or a predeclared type. */
public final class TypeName extends Obj {
    private boolean alias;

    public TypeName(int pos, Package pkg, String name, Type type) {
        super(pos, pkg, name, type);
    }

    public boolean isAlias() {
        return alias;
    }

    public void setAlias(boolean alias) {
        this.alias = alias;
    }
}
