package org.tinygo4j.frontend.types;

/** A variable: package-level, local, parameter, result, or a struct field (isField). */
public final class Var extends Obj {
    private final boolean isField;
    private final boolean embedded;
    private boolean used;

    public Var(int pos, Package pkg, String name, Type type, boolean isField, boolean embedded) {
        super(pos, pkg, name, type);
        this.isField = isField;
        this.embedded = embedded;
    }

    public static Var param(int pos, Package pkg, String name, Type type) {
        return new Var(pos, pkg, name, type, false, false);
    }

    public static Var field(int pos, Package pkg, String name, Type type, boolean embedded) {
        return new Var(pos, pkg, name, type, true, embedded);
    }

    public boolean isField() {
        return isField;
    }

    public boolean embedded() {
        return embedded;
    }

    /** Whether the variable is used (for "declared and not used"). */
    public boolean used() {
        return used;
    }

    public void markUsed() {
        used = true;
    }

    /** The checker evaluated the variable as an assignment target only: not a use. */
    void resetUsed() {
        used = false;
    }
}
