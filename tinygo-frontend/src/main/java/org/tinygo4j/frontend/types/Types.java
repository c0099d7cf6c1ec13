package org.tinygo4j.frontend.types;

import java.util.List;

/**
 * Type identity and type strings as the Go specification defines them. typeString
 * qualifies named types by package name as gc prints them in diagnostics
 * ({@code main.T} outside the package being reported on is left to the checker).
 */
public final class Types {
    private Types() {
    }

    /** Identical types in the sense of the Go specification ("Type identity"). */
    /** Whether x and y are identical once every struct tag in them is removed, as conversions compare them. */
    public static boolean identicalIgnoreTags(Type x, Type y) {
        return Calls.identicalIgnoreTags(x, y);
    }

    public static boolean identical(Type x, Type y) {
        return identical(x, y, null);
    }

    /** Interface pairs under comparison, innermost first: a pair met again is assumed identical (recursive interfaces). */
    private record IfacePair(Interface x, Interface y, IfacePair prev) {}

    private static boolean identical(Type x, Type y, IfacePair p) {
        if (x == y) {
            return true;
        }
        if (x == null || y == null) {
            return false;
        }
        return switch (x) {
            case Basic a -> y instanceof Basic b && a.kind() == b.kind();
            case Pointer a -> y instanceof Pointer b && identical(a.elem(), b.elem(), p);
            case Slice a -> y instanceof Slice b && identical(a.elem(), b.elem(), p);
            case Array a -> y instanceof Array b && a.len() == b.len() && identical(a.elem(), b.elem(), p);
            case MapType a -> y instanceof MapType b && identical(a.key(), b.key(), p) && identical(a.elem(), b.elem(), p);
            case Chan a -> y instanceof Chan b && a.dir() == b.dir() && identical(a.elem(), b.elem(), p);
            case Struct a -> y instanceof Struct b && identicalStructs(a, b, p);
            case Tuple a -> y instanceof Tuple b && identicalVars(a.vars(), b.vars(), p);
            case Signature a -> y instanceof Signature b && a.variadic() == b.variadic()
                    && a.typeParams().size() == b.typeParams().size()
                    && identicalVars(a.params().vars(), b.params().vars(), p)
                    && identicalVars(a.results().vars(), b.results().vars(), p);
            case Interface a -> y instanceof Interface b && identicalInterfaces(a, b, p);
            case Named a -> y instanceof Named b && a.origin() == b.origin() && identicalLists(a.typeArgs(), b.typeArgs(), p);
            case TypeParam a -> false;
        };
    }

    private static boolean identicalLists(List<Type> a, List<Type> b, IfacePair p) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!identical(a.get(i), b.get(i), p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean identicalVars(List<Var> a, List<Var> b, IfacePair p) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!identical(a.get(i).type(), b.get(i).type(), p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean identicalStructs(Struct a, Struct b, IfacePair p) {
        if (a.fields().size() != b.fields().size()) {
            return false;
        }
        for (int i = 0; i < a.fields().size(); i++) {
            Var f = a.fields().get(i);
            Var g = b.fields().get(i);
            if (!f.name().equals(g.name()) || f.embedded() != g.embedded()
                    || !tag(a, i).equals(tag(b, i)) || !identical(f.type(), g.type(), p)) {
                return false;
            }
            if (!f.exported() && f.pkg() != g.pkg()) {
                return false;
            }
        }
        return true;
    }

    private static String tag(Struct s, int i) {
        return i < s.tags().size() ? s.tags().get(i) : "";
    }

    private static boolean identicalInterfaces(Interface a, Interface b, IfacePair outer) {
        for (IfacePair q = outer; q != null; q = q.prev()) {
            if (q.x() == a && q.y() == b || q.x() == b && q.y() == a) {
                return true;
            }
        }
        IfacePair p = new IfacePair(a, b, outer);
        List<Func> ma = a.allMethods();
        List<Func> mb = b.allMethods();
        if (ma.size() != mb.size()) {
            return false;
        }
        for (int i = 0; i < ma.size(); i++) {
            if (!Lookup.sameId(mb.get(i), ma.get(i).pkg(), ma.get(i).name()) || !identical(ma.get(i).type(), mb.get(i).type(), p)) {
                return false;
            }
        }
        return java.util.Objects.equals(a.typeSet(), b.typeSet());
    }

    /** The type as Go writes it; named types qualified by their package name (universe types bare). */
    public static String typeString(Type t) {
        return typeString(t, null);
    }

    /** Type-set terms as gc lists them in diagnostics: {@code ~int | string}. */
    public static String termsString(List<TypeSet.Term> terms, Package relativeTo) {
        StringBuilder sb = new StringBuilder();
        new Writer(relativeTo, false).writeTerms(sb, terms, " | ");
        return sb.toString();
    }

    /** The type as gc prints it in diagnostics: types of package {@code relativeTo} unqualified. */
    public static String typeString(Type t, Package relativeTo) {
        StringBuilder sb = new StringBuilder();
        new Writer(relativeTo, false).write(sb, t);
        return sb.toString();
    }

    /**
     * As {@link #typeString(Type, Package)}, but a generic type itself written with its
     * own type parameters, {@code T[P]}: what it stands for inside its declaration or methods.
     */
    static String typeStringInOwnDeclaration(Type t, Package relativeTo) {
        StringBuilder sb = new StringBuilder();
        new Writer(relativeTo, true).write(sb, t);
        return sb.toString();
    }

    private record Writer(Package relativeTo, boolean ownParams) {
    private void write(StringBuilder sb, Type t) {
        switch (t) {
            case null -> sb.append("<nil>");
            case Basic b -> sb.append(b.name());
            case Pointer p -> {
                sb.append('*');
                write(sb, p.elem());
            }
            case Slice s -> {
                sb.append("[]");
                write(sb, s.elem());
            }
            case Array a -> {
                sb.append('[').append(a.len()).append(']');
                write(sb, a.elem());
            }
            case MapType m -> {
                sb.append("map[");
                write(sb, m.key());
                sb.append(']');
                write(sb, m.elem());
            }
            case Chan c -> {
                sb.append(switch (c.dir()) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                write(sb, c.elem());
            }
            case Struct s -> {
                sb.append("struct{");
                for (int i = 0; i < s.fields().size(); i++) {
                    if (i > 0) {
                        sb.append("; ");
                    }
                    Var f = s.fields().get(i);
                    if (!f.embedded()) {
                        sb.append(f.name()).append(' ');
                    }
                    write(sb, f.type());
                    String tag = tag(s, i);
                    if (!tag.isEmpty()) {
                        sb.append(' ').append('"').append(tag).append('"');
                    }
                }
                sb.append('}');
            }
            case Tuple tu -> {
                sb.append('(');
                writeVars(sb, tu.vars(), false);
                sb.append(')');
            }
            case Signature s -> {
                sb.append("func");
                writeSignature(sb, s);
            }
            case Interface i -> {
                if (i.implicit() && i.methods().isEmpty() && i.embeddeds().size() + i.unions().size() == 1) {
                    if (i.unions().isEmpty()) {
                        write(sb, i.embeddeds().get(0));
                    } else {
                        writeTerms(sb, i.unions().get(0), "|");
                    }
                    return;
                }
                if (i.isEmpty() && i.unions().isEmpty()) {
                    sb.append("interface{}");
                    return;
                }
                sb.append("interface{");
                boolean first = true;
                for (Func m : i.methods()) {
                    if (!first) {
                        sb.append("; ");
                    }
                    first = false;
                    sb.append(m.name());
                    writeSignature(sb, m.signature());
                }
                for (Type e : i.embeddeds()) {
                    if (!first) {
                        sb.append("; ");
                    }
                    first = false;
                    write(sb, e);
                }
                for (List<TypeSet.Term> u : i.unions()) {
                    if (!first) {
                        sb.append("; ");
                    }
                    first = false;
                    writeTerms(sb, u, "|");
                }
                sb.append('}');
            }
            case Named n -> {
                Package p = n.obj().pkg();
                if (p != null && p != relativeTo) {
                    sb.append(p.name()).append('.');
                }
                sb.append(n.obj().name());
                List<? extends Type> args = ownParams && n.typeArgs().isEmpty() ? n.typeParams() : n.typeArgs();
                if (!args.isEmpty()) {
                    sb.append('[');
                    for (int i = 0; i < args.size(); i++) {
                        if (i > 0) {
                            sb.append(',');
                        }
                        write(sb, args.get(i));
                    }
                    sb.append(']');
                }
            }
            case TypeParam tp -> sb.append(tp.obj().name());
        }
    }

    void writeTerms(StringBuilder sb, List<TypeSet.Term> terms, String sep) {
        for (int k = 0; k < terms.size(); k++) {
            if (k > 0) {
                sb.append(sep);
            }
            if (terms.get(k).tilde()) {
                sb.append('~');
            }
            write(sb, terms.get(k).type());
        }
    }

    private void writeSignature(StringBuilder sb, Signature s) {
        sb.append('(');
        writeVars(sb, s.params().vars(), s.variadic());
        sb.append(')');
        List<Var> res = s.results().vars();
        if (res.size() == 1 && res.get(0).name().isEmpty()) {
            sb.append(' ');
            write(sb, res.get(0).type());
        } else if (!res.isEmpty()) {
            sb.append(" (");
            writeVars(sb, res, false);
            sb.append(')');
        }
    }

    private void writeVars(StringBuilder sb, List<Var> vars, boolean variadic) {
        for (int i = 0; i < vars.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Var v = vars.get(i);
            if (!v.name().isEmpty()) {
                sb.append(v.name()).append(' ');
            }
            if (variadic && i == vars.size() - 1 && v.type() instanceof Slice s) {
                sb.append("...");
                write(sb, s.elem());
            } else {
                write(sb, v.type());
            }
        }
    }
    }
}
