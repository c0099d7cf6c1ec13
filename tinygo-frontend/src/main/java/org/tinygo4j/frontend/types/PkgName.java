package org.tinygo4j.frontend.types;

/** The name an import declares in a file scope. */
public final class PkgName extends Obj {
    private final Package imported;
    private boolean used;

    public PkgName(int pos, Package pkg, String name, Package imported) {
        super(pos, pkg, name, null);
        this.imported = imported;
    }

    public Package imported() {
        return imported;
    }

    public boolean used() {
        return used;
    }

    public void markUsed() {
        used = true;
    }
}
