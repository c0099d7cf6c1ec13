package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Field and method lookup through embedded fields (go/types lookup.go): a breadth-first
 * search by embedding depth that yields the selected object, the index path and
 * whether a pointer is followed; and the method-set test behind interface
 * implementation (missingMethod).
 */
final class Lookup {
    private final Checker c;

    Lookup(Checker c) {
        this.c = c;
    }

    /**
     * The result of a lookup. obj is null when nothing (or an ambiguous name) was found,
     * or when a pointer-receiver method was found for a non-addressable value.
     */
    record Result(Obj obj, List<Integer> index, boolean indirect, boolean ambiguous, boolean pointerRecvRequired) {}

    static boolean ptrRecv(Func m) {
        Signature s = m.signature();
        return s != null && s.recv() != null && s.recv().type() instanceof Pointer;
    }

    private record Entry(Type type, List<Integer> index, boolean indirect) {}

    /**
     * Looks name up in t as seen from package pkg: an unexported name only matches objects
     * of that package (the spec's "uniqueness of identifiers").
     */
    Result lookupFieldOrMethod(Type t, boolean addressable, Package pkg, String name) {
        if (name.equals("_")) {
            return null;
        }
        // the spec's exception: x.f on a defined pointer type is (*x).f for fields, never methods
        if (t instanceof Named n && n.underlying() instanceof Pointer p) {
            Result r = lookup(p, false, pkg, name);
            return r != null && r.obj() instanceof Func ? null : r;
        }
        return lookup(t, addressable, pkg, name);
    }

    /** Whether obj is named by the identifier name written in package pkg. */
    static boolean sameId(Obj obj, Package pkg, String name) {
        if (!obj.name().equals(name)) {
            return false;
        }
        return obj.exported() || obj.pkg() == null || pkg == null || obj.pkg() == pkg
                || obj.pkg().path().equals(pkg.path());
    }

    private Result lookup(Type t, boolean addressable, Package pkg, String name) {
        Type typ = t;
        boolean isPtr = false;
        if (t instanceof Pointer p) {
            typ = p.elem();
            isPtr = true;
            if (typ.underlying() instanceof Interface) {
                return null;
            }
        }
        List<Entry> current = List.of(new Entry(typ, List.of(), isPtr));
        Set<Named> seen = new HashSet<>();
        while (!current.isEmpty()) {
            List<Entry> next = new ArrayList<>();
            Obj found = null;
            List<Integer> foundIndex = null;
            boolean foundIndirect = false;
            int count = 0;
            for (Entry e : current) {
                Type cur = e.type();
                if (cur instanceof Named n) {
                    if (!seen.add(n)) {
                        continue;
                    }
                    c.generics.syncMethods(n);
                    for (int i = 0; i < n.methods().size(); i++) {
                        Func m = n.methods().get(i);
                        if (sameId(m, pkg, name)) {
                            count++;
                            found = m;
                            foundIndex = append(e.index(), i);
                            foundIndirect = e.indirect();
                        }
                    }
                    cur = n.underlying();
                    if (cur == null) {
                        continue;
                    }
                } else if (cur instanceof TypeParam tp) {
                    cur = tp.constraint() == null ? null : tp.constraint().underlying();
                    if (cur == null) {
                        continue;
                    }
                }
                switch (cur) {
                    case Struct s -> {
                        for (int i = 0; i < s.fields().size(); i++) {
                            Var f = s.fields().get(i);
                            if (sameId(f, pkg, name)) {
                                count++;
                                found = f;
                                foundIndex = append(e.index(), i);
                                foundIndirect = e.indirect();
                                continue;
                            }
                            if (f.embedded() && f.type() != null) {
                                Type ft = f.type();
                                boolean ptr = false;
                                if (ft instanceof Pointer p) {
                                    ft = p.elem();
                                    ptr = true;
                                }
                                next.add(new Entry(ft, append(e.index(), i), e.indirect() || ptr));
                            }
                        }
                    }
                    case Interface iface -> {
                        List<Func> ms = iface.allMethods();
                        for (int i = 0; i < ms.size(); i++) {
                            if (sameId(ms.get(i), pkg, name)) {
                                count++;
                                found = ms.get(i);
                                foundIndex = append(e.index(), i);
                                foundIndirect = e.indirect();
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            if (count > 1) {
                return new Result(null, null, false, true, false);
            }
            if (count == 1) {
                if (found instanceof Func f && ptrRecv(f) && !foundIndirect && !addressable) {
                    return new Result(null, foundIndex, false, false, true);
                }
                return new Result(found, List.copyOf(foundIndex), foundIndirect, false, false);
            }
            current = next;
        }
        return null;
    }

    private static List<Integer> append(List<Integer> l, int i) {
        List<Integer> r = new ArrayList<>(l);
        r.add(i);
        return r;
    }

    /**
     * Why type v does not implement interface t (underlying iface), in gc's words, or
     * null if it does.
     */
    String missingMethodReason(Type v, Type t, Interface iface) {
        for (Func m : iface.allMethods()) {
            Result r = lookupFieldOrMethod(v, false, m.pkg(), m.name());
            String vs = c.typeString(v);
            String ts = c.typeString(t);
            if (r == null || r.obj() == null) {
                if (r != null && r.pointerRecvRequired()) {
                    return vs + " does not implement " + ts + " (" + m.name() + " method has pointer receiver)";
                }
                return vs + " does not implement " + ts + " (missing " + m.name() + " method)";
            }
            if (!(r.obj() instanceof Func f)) {
                return vs + " does not implement " + ts + " (missing " + m.name() + " method)";
            }
            if (f.signature() == null || m.signature() == null) {
                continue; // a method whose signature is still being resolved (a cycle reported elsewhere)
            }
            if (!identicalSig(f.signature(), m.signature())) {
                return vs + " does not implement " + ts + " (wrong type for " + m.name() + " method)\n\t\thave "
                        + m.name() + sigString(f.signature()) + "\n\t\twant " + m.name() + sigString(m.signature());
            }
        }
        // as gc: missing methods are reported before a type outside the type set
        if (iface.typeSet() != null && !iface.typeSet().terms().isEmpty()) {
            boolean ok = false;
            for (TypeSet.Term term : iface.typeSet().terms()) {
                if (term.tilde() ? Types.identical(v.underlying(), term.type().underlying())
                        : Types.identical(v, term.type())) {
                    ok = true;
                }
            }
            if (!ok) {
                return c.typeString(v) + " does not implement " + c.typeString(t) + " (" + c.typeString(v) + " missing in "
                        + Types.termsString(iface.typeSet().terms(), c.pkg) + ")";
            }
        }
        return null;
    }

    private String sigString(Signature s) {
        String full = c.typeString(new Signature(null, List.of(), s.params(), s.results(), s.variadic()));
        return full.substring("func".length());
    }

    static boolean identicalSig(Signature a, Signature b) {
        return Types.identical(new Signature(null, List.of(), a.params(), a.results(), a.variadic()),
                new Signature(null, List.of(), b.params(), b.results(), b.variadic()));
    }
}
