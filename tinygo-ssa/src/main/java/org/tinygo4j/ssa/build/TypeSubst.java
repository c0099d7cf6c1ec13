package org.tinygo4j.ssa.build;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Chan;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Interface;
import org.tinygo4j.frontend.types.MapType;
import org.tinygo4j.frontend.types.Named;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Slice;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Tuple;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.TypeParam;
import org.tinygo4j.frontend.types.Types;
import org.tinygo4j.frontend.types.Var;

/**
 * Replaces type parameters by type arguments, for the instances of generic functions
 * and of methods of generic types that the builder compiles one by one. Instances of
 * generic types are canonical per program: List[int] reached from two places is one
 * Named object, created once with its underlying type and its methods substituted.
 */
final class TypeSubst {
    private final Map<Named, List<Named>> instances = new IdentityHashMap<>();

    /** The map binding each type parameter to its argument. */
    static Map<TypeParam, Type> bind(List<TypeParam> params, List<Type> args) {
        Map<TypeParam, Type> m = new IdentityHashMap<>();
        for (int i = 0; i < params.size() && i < args.size(); i++) {
            m.put(params.get(i), args.get(i));
        }
        return m;
    }

    Type subst(Type t, Map<TypeParam, Type> m) {
        if (t == null || m.isEmpty()) {
            return t;
        }
        return switch (t) {
            case TypeParam tp -> m.getOrDefault(tp, tp);
            case Basic b -> b;
            case Pointer p -> {
                Type e = subst(p.elem(), m);
                yield e == p.elem() ? p : new Pointer(e);
            }
            case Slice s -> {
                Type e = subst(s.elem(), m);
                yield e == s.elem() ? s : new Slice(e);
            }
            case Array a -> {
                Type e = subst(a.elem(), m);
                yield e == a.elem() ? a : new Array(a.len(), e);
            }
            case MapType mt -> {
                Type k = subst(mt.key(), m);
                Type e = subst(mt.elem(), m);
                yield k == mt.key() && e == mt.elem() ? mt : new MapType(k, e);
            }
            case Chan ch -> {
                Type e = subst(ch.elem(), m);
                yield e == ch.elem() ? ch : new Chan(ch.dir(), e);
            }
            case Tuple tu -> tuple(tu, m);
            case Signature s -> signature(s, m);
            case Struct s -> {
                List<Var> fs = new ArrayList<>();
                boolean changed = false;
                for (Var f : s.fields()) {
                    Type ft = subst(f.type(), m);
                    changed |= ft != f.type();
                    fs.add(ft == f.type() ? f : new Var(f.pos(), f.pkg(), f.name(), ft, true, f.embedded()));
                }
                yield changed ? new Struct(List.copyOf(fs), s.tags()) : s;
            }
            case Interface i -> iface(i, m);
            case Named n -> named(n, m);
        };
    }

    /** A signature with its type parameters substituted; the result is never generic itself. */
    Signature signature(Signature s, Map<TypeParam, Type> m) {
        Var recv = s.recv();
        if (recv != null) {
            Type rt = subst(recv.type(), m);
            if (rt != recv.type()) {
                recv = Var.param(recv.pos(), recv.pkg(), recv.name(), rt);
            }
        }
        return new Signature(recv, List.of(), tuple(s.params(), m), tuple(s.results(), m), s.variadic());
    }

    private Tuple tuple(Tuple t, Map<TypeParam, Type> m) {
        List<Var> vs = new ArrayList<>();
        boolean changed = false;
        for (Var v : t.vars()) {
            Type vt = subst(v.type(), m);
            changed |= vt != v.type();
            vs.add(vt == v.type() ? v : Var.param(v.pos(), v.pkg(), v.name(), vt));
        }
        return changed ? new Tuple(List.copyOf(vs)) : t;
    }

    private Type iface(Interface i, Map<TypeParam, Type> m) {
        if (i.allMethods().isEmpty()) {
            return i; // type sets only constrain; values of such types are plain empty interfaces
        }
        List<Func> all = new ArrayList<>();
        boolean changed = false;
        for (Func f : i.allMethods()) {
            // not the receiver: it is the interface itself, which is what is being substituted
            Signature fs = f.signature();
            Signature s = new Signature(fs.recv(), List.of(), tuple(fs.params(), m), tuple(fs.results(), m), fs.variadic());
            changed |= !Types.identical(s, f.signature());
            all.add(new Func(f.pos(), f.pkg(), f.name(), s, null));
        }
        if (!changed) {
            return i;
        }
        Interface r = new Interface(all, List.of());
        r.complete(all, null);
        return r;
    }

    private Type named(Named n, Map<TypeParam, Type> m) {
        // a generic type written inside its own declaration or methods stands for T[P...]
        List<Type> own = n.typeArgs().isEmpty() ? List.copyOf(n.typeParams()) : n.typeArgs();
        if (own.isEmpty()) {
            return n;
        }
        List<Type> args = new ArrayList<>();
        boolean changed = false;
        for (Type a : own) {
            Type s = subst(a, m);
            changed |= s != a;
            args.add(s);
        }
        return changed ? instance(n.origin(), args) : n;
    }

    /** The canonical instance origin[args] with underlying type and methods substituted. */
    Named instance(Named origin, List<Type> args) {
        List<Named> list = instances.computeIfAbsent(origin, k -> new ArrayList<>());
        for (Named inst : list) {
            if (sameTypes(inst.typeArgs(), args)) {
                return inst;
            }
        }
        Named inst = new Named(origin.obj(), null, List.of(), origin, List.copyOf(args));
        list.add(inst); // before the underlying type, which may mention the instance itself
        Map<TypeParam, Type> m = bind(origin.typeParams(), args);
        inst.setUnderlying(subst(origin.underlying(), m));
        for (Func om : origin.methods()) {
            if (om.signature() == null) {
                continue;
            }
            Signature s = signature(om.signature(), m);
            Var recv = om.signature().recv();
            Var nr = recv == null ? null
                    : Var.param(recv.pos(), recv.pkg(), recv.name(), recv.type() instanceof Pointer ? new Pointer(inst) : inst);
            Func g = new Func(om.pos(), om.pkg(), om.name(), new Signature(nr, List.of(), s.params(), s.results(),
                    s.variadic()), om.decl());
            g.setOrigin(om);
            inst.addMethod(g);
        }
        return inst;
    }

    /** Whether t still mentions a type parameter (an instance must be fully concrete). */
    static boolean mentionsTypeParam(Type t) {
        return switch (t) {
            case null -> false;
            case TypeParam tp -> true;
            case Basic b -> false;
            case Pointer p -> mentionsTypeParam(p.elem());
            case Slice sl -> mentionsTypeParam(sl.elem());
            case Array a -> mentionsTypeParam(a.elem());
            case MapType mt -> mentionsTypeParam(mt.key()) || mentionsTypeParam(mt.elem());
            case Chan ch -> mentionsTypeParam(ch.elem());
            case Tuple tu -> tu.vars().stream().anyMatch(v -> mentionsTypeParam(v.type()));
            case Signature sg -> mentionsTypeParam(sg.params()) || mentionsTypeParam(sg.results());
            case Struct st -> st.fields().stream().anyMatch(f -> mentionsTypeParam(f.type()));
            case Interface i -> false;
            case Named n -> n.typeArgs().stream().anyMatch(TypeSubst::mentionsTypeParam);
        };
    }

    static boolean sameTypes(List<Type> a, List<Type> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Types.identical(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
