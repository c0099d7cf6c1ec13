package org.tinygo4j.frontend.types;

/** A statement label. */
public final class Label extends Obj {
    public Label(int pos, Package pkg, String name) {
        super(pos, pkg, name, null);
    }
}
