package org.tinygo4j.frontend.types;

/**
 * A named language entity that an identifier can denote: a variable, constant, type
 * name, function, builtin, imported package name, nil or label. Objects have identity:
 * two declarations are two objects even if they look alike. The type is set once
 * the checker has resolved it.
 */
public abstract sealed class Obj permits Var, NamedConst, TypeName, Func, Builtin, PkgName, Nil, Label {
    /** Position of universe objects. */
    static final int NO_POS_VALUE = -1;

    private final int pos;
    private final Package pkg;
    private final String name;
    private Type type;

    protected Obj(int pos, Package pkg, String name, Type type) {
        this.pos = pos;
        this.pkg = pkg;
        this.name = name;
        this.type = type;
    }

    public int pos() {
        return pos;
    }

    /** The package the object belongs to; null for universe objects. */
    public Package pkg() {
        return pkg;
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public void setType(Type type) {
        this.type = type;
    }

    public boolean exported() {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName().toLowerCase() + " " + name;
    }
}
