package org.tinygo4j.frontend.types;

import org.tinygo4j.frontend.ast.Decl;

/**
 * A declared function or method (or an interface method, with decl null). The type is
 * a Signature; for methods its recv is set. decl links back to the declaration that
 * the SSA builder compiles; it is null for interface methods and instantiated copies.
 */
public final class Func extends Obj {
    private final Decl.FuncDecl decl;
    private Func origin;

    public Func(int pos, Package pkg, String name, Signature sig, Decl.FuncDecl decl) {
        super(pos, pkg, name, sig);
        this.decl = decl;
    }

    public Signature signature() {
        return (Signature) type();
    }

    public Decl.FuncDecl decl() {
        return decl;
    }

    /** For a method of an instantiated generic type: the generic method; otherwise this. */
    public Func origin() {
        return origin == null ? this : origin;
    }

    public void setOrigin(Func origin) {
        this.origin = origin;
    }

    /** Go's full name: pkg.Name, or (pkg.T).Name / (*pkg.T).Name for methods. */
    public String fullName() {
        Signature sig = signature();
        String prefix = pkg() == null ? "" : pkg().path() + ".";
        if (sig != null && sig.recv() != null) {
            Type r = sig.recv().type();
            boolean ptr = r instanceof Pointer;
            Type base = ptr ? ((Pointer) r).elem() : r;
            String tn = base instanceof Named n ? n.obj().name() : Types.typeString(base);
            return "(" + (ptr ? "*" : "") + prefix + tn + ")." + name();
        }
        return prefix + name();
    }
}
