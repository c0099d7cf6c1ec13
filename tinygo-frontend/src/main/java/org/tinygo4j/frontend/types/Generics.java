package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Field;

/**
 * Generics (go/types instantiate.go, subst.go, infer.go, in a simpler form):
 * declaration of type parameters with their constraints, substitution of type
 * arguments, instantiation of generic types (cached, methods substituted on demand)
 * and signatures, inference of function type arguments from typed arguments (by
 * unification) and then from untyped constants (default types), constraint
 * satisfaction, and core types for operations on type-parameter operands.
 */
final class Generics {
    private final Checker c;
    private final Map<Named, List<Named>> instances = new IdentityHashMap<>();
    private final Map<Named, Map<Integer, List<Named>>> instancesByHash = new IdentityHashMap<>();
    private final Map<Named, Integer> instanceHashes = new IdentityHashMap<>();
    /** Partially instantiated generic functions f[A] (explicit prefix of the type arguments). */
    final Map<Expr, List<Type>> partial = new IdentityHashMap<>();

    Generics(Checker c) {
        this.c = c;
    }

    /** Declares the type parameters in scope s and resolves their constraints. */
    List<TypeParam> declareTypeParams(List<Field> fields, Scope s) {
        return declareTypeParams(fields, s, new ArrayList<>());
    }

    /**
     * Declares type parameters into tps before resolving their constraints, so a generic
     * type whose list this is can be instantiated from inside a constraint (through a
     * pointer field of another type).
     */
    List<TypeParam> declareTypeParams(List<Field> fields, Scope s, List<TypeParam> tps) {
        List<Expr> constraintExprs = new ArrayList<>();
        for (Field f : fields) {
            for (Expr.Ident id : f.names()) {
                TypeName tn = new TypeName(id.pos(), c.pkg, id.name(), null);
                TypeParam tp = new TypeParam(tn, tps.size(), null);
                tn.setType(tp);
                c.declare(s, id, tn);
                tps.add(tp);
                constraintExprs.add(f.type());
            }
        }
        Scope saved = c.scope;
        c.scope = s;
        for (int i = 0; i < tps.size(); i++) {
            tps.get(i).setConstraint(constraint(constraintExprs.get(i)));
        }
        c.scope = saved;
        return List.copyOf(tps);
    }

    /** A constraint expression: an interface, or a type/union/~T that stands for interface{ ... }. */
    private Type constraint(Expr e) {
        if (e instanceof Expr.Binary || e instanceof Expr.Unary) {
            Type t = c.typexprs.constraintOrType(new Expr.InterfaceType(e.pos(), List.of(new Field(e.pos(), List.of(), e, null))));
            if (t instanceof Interface i) {
                i.markImplicit();
            }
            return t;
        }
        Type t = c.typexprs.constraintOrType(e);
        if (t.underlying() instanceof Interface || t == Universe.INVALID) {
            return t;
        }
        Interface iface = new Interface(List.of(), List.of(t));
        iface.complete(List.of(), new TypeSet(List.of(new TypeSet.Term(false, t)), false));
        iface.markImplicit();
        return iface;
    }

    // ---- substitution ----

    Type subst(Type t, Map<TypeParam, Type> m) {
        if (m.isEmpty() || t == null) {
            return t;
        }
        return switch (t) {
            case TypeParam tp -> m.getOrDefault(tp, tp);
            case Basic b -> b;
            case Pointer p -> new Pointer(subst(p.elem(), m));
            case Slice s -> new Slice(subst(s.elem(), m));
            case Array a -> new Array(a.len(), subst(a.elem(), m));
            case MapType mt -> new MapType(subst(mt.key(), m), subst(mt.elem(), m));
            case Chan ch -> new Chan(ch.dir(), subst(ch.elem(), m));
            case Tuple tu -> substTuple(tu, m);
            case Signature s -> new Signature(s.recv(), List.of(), substTuple(s.params(), m), substTuple(s.results(), m),
                    s.variadic());
            case Struct s -> {
                List<Var> fs = new ArrayList<>();
                for (Var f : s.fields()) {
                    fs.add(new Var(f.pos(), f.pkg(), f.name(), subst(f.type(), m), true, f.embedded()));
                }
                yield new Struct(List.copyOf(fs), s.tags());
            }
            case Interface i -> {
                if (i.allMethods().isEmpty() && i.typeSet() == null) {
                    yield i;
                }
                List<Func> ms = new ArrayList<>();
                for (Func f : i.allMethods()) {
                    ms.add(substFunc(f, m));
                }
                TypeSet ts = i.typeSet();
                if (ts != null) {
                    List<TypeSet.Term> terms = new ArrayList<>();
                    for (TypeSet.Term term : ts.terms()) {
                        terms.add(new TypeSet.Term(term.tilde(), subst(term.type(), m)));
                    }
                    ts = new TypeSet(List.copyOf(terms), ts.comparable());
                }
                List<Type> embeddeds = new ArrayList<>();
                for (Type e : i.embeddeds()) {
                    embeddeds.add(subst(e, m));
                }
                List<List<TypeSet.Term>> unions = new ArrayList<>();
                for (List<TypeSet.Term> u : i.unions()) {
                    unions.add(u.stream().map(term -> new TypeSet.Term(term.tilde(), subst(term.type(), m))).toList());
                }
                // the printed form keeps the literal's own methods and elements; the method set is complete
                List<Func> own = new ArrayList<>();
                for (Func f : i.methods()) {
                    int k = i.allMethods().indexOf(f);
                    own.add(k >= 0 ? ms.get(k) : substFunc(f, m));
                }
                Interface r = new Interface(own, embeddeds);
                r.complete(ms, ts);
                r.setUnions(unions);
                if (i.implicit()) {
                    r.markImplicit();
                }
                yield r;
            }
            case Named n -> {
                // a generic type written inside its own declaration or methods stands for T[P...]
                List<Type> own = n.typeArgs().isEmpty() ? List.copyOf(n.typeParams()) : n.typeArgs();
                if (own.isEmpty()) {
                    yield n;
                }
                List<Type> args = new ArrayList<>();
                boolean changed = false;
                for (Type a : own) {
                    Type s = subst(a, m);
                    changed |= s != a;
                    args.add(s);
                }
                yield changed ? instantiate(n.origin(), args) : n;
            }
        };
    }

    private Tuple substTuple(Tuple t, Map<TypeParam, Type> m) {
        List<Var> vs = new ArrayList<>();
        for (Var v : t.vars()) {
            vs.add(Var.param(v.pos(), v.pkg(), v.name(), subst(v.type(), m)));
        }
        return new Tuple(List.copyOf(vs));
    }

    private Func substFunc(Func f, Map<TypeParam, Type> m) {
        Signature s = f.signature();
        Signature ns = new Signature(s.recv(), List.of(), substTuple(s.params(), m), substTuple(s.results(), m),
                s.variadic());
        Func r = new Func(f.pos(), f.pkg(), f.name(), ns, f.decl());
        r.setOrigin(f.origin());
        return r;
    }

    static Map<TypeParam, Type> bind(List<TypeParam> tps, List<Type> args) {
        Map<TypeParam, Type> m = new HashMap<>();
        for (int i = 0; i < tps.size() && i < args.size(); i++) {
            m.put(tps.get(i), args.get(i));
        }
        return m;
    }

    // ---- instantiation ----

    /** The instance of a generic named type with these type arguments (one per distinct argument list). */
    Named instantiate(Named origin, List<Type> args) {
        if (ownParams(origin, args)) {
            // T[P] inside T's declaration or methods, P being T's own parameters, is T itself
            return origin;
        }
        List<Named> list = instances.computeIfAbsent(origin, k -> new ArrayList<>());
        int h = 0;
        for (Type a : args) {
            h = h * 31 + typeHash(a);
        }
        List<Named> bucket = instancesByHash.computeIfAbsent(origin, k -> new HashMap<>())
                .computeIfAbsent(h, k -> new ArrayList<>());
        for (Named inst : bucket) {
            if (sameTypes(inst.typeArgs(), args)) {
                return inst;
            }
        }
        Named inst = new Named(origin.obj(), null, List.of(), origin, List.copyOf(args));
        list.add(inst);
        bucket.add(inst);
        instanceHashes.put(inst, h * 31 + System.identityHashCode(origin));
        if (origin.underlying() != null) {
            inst.expandLater(() -> subst(origin.underlying(), bind(origin.typeParams(), inst.typeArgs())));
        }
        return inst;
    }

    /**
     * A hash that identical types share, so that finding an instance compares its
     * arguments with few others: G[G[...G[int]...]] 1,000 deep compared each new
     * instance with all earlier ones, each comparison as deep as the nesting.
     */
    private int typeHash(Type t) {
        return switch (t) {
            case null -> 0;
            case Named n -> n.typeArgs().isEmpty() ? System.identityHashCode(n)
                    : instanceHashes.getOrDefault(n, System.identityHashCode(n.origin()));
            case Basic b -> b.kind().ordinal();
            case Pointer p -> 1 + 31 * typeHash(p.elem());
            case Slice sl -> 2 + 31 * typeHash(sl.elem());
            case Array a -> 3 + 31 * (Long.hashCode(a.len()) + 31 * typeHash(a.elem()));
            case MapType m -> 4 + 31 * (typeHash(m.key()) + 31 * typeHash(m.elem()));
            case Chan ch -> 5 + 31 * (ch.dir().hashCode() + 31 * typeHash(ch.elem()));
            case TypeParam tp -> System.identityHashCode(tp);
            default -> t.getClass().hashCode();
        };
    }

    private static boolean ownParams(Named origin, List<Type> args) {
        if (args.size() != origin.typeParams().size() || args.isEmpty()) {
            return false;
        }
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) != origin.typeParams().get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Called when a generic type's underlying type becomes known: completes earlier instances. */
    void completeInstances(Named origin) {
        for (Named inst : instances.getOrDefault(origin, List.of())) {
            if (inst.pending()) {
                inst.expandLater(() -> subst(origin.underlying(), bind(origin.typeParams(), inst.typeArgs())));
            }
        }
    }

    /** Completes the method lists of all instances created by this checker (done at the end of checking). */
    void syncAll() {
        // substituting method signatures may create further instances: repeat until none is new
        int seen = -1;
        while (true) {
            List<Named> all = new ArrayList<>();
            for (List<Named> list : new ArrayList<>(instances.values())) {
                all.addAll(list);
            }
            if (all.size() == seen) {
                return;
            }
            seen = all.size();
            for (Named n : all) {
                n.underlying(); // may instantiate further types: expanded before the next round
                syncMethods(n);
            }
        }
    }

    /** Makes an instance's method list mirror its origin's, substituted. */
    void syncMethods(Named n) {
        if (n.origin() == n) {
            return;
        }
        Named o = n.origin();
        Map<TypeParam, Type> m = bind(o.typeParams(), n.typeArgs());
        for (int i = n.methods().size(); i < o.methods().size(); i++) {
            Func om = o.methods().get(i);
            if (om.signature() == null) {
                n.addMethod(om);
                continue;
            }
            Func f = substFunc(om, m);
            Signature s = f.signature();
            Var recv = om.signature().recv();
            Var nr = recv == null ? null : Var.param(recv.pos(), recv.pkg(), recv.name(),
                    recv.type() instanceof Pointer ? new Pointer(n) : n);
            Func g = new Func(om.pos(), om.pkg(), om.name(), new Signature(nr, List.of(), s.params(), s.results(),
                    s.variadic()), om.decl());
            g.setOrigin(om);
            n.addMethod(g);
        }
    }

    private static boolean sameTypes(List<Type> a, List<Type> b) {
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

    /** Reports (at pos) type arguments that do not satisfy their constraints; returns false if any. */
    boolean verify(int pos, List<TypeParam> tps, List<Type> args) {
        return verify(i -> pos, tps, args);
    }

    /** As above, reporting a failure of type argument i at posOf(i) (gc: the explicit argument, else the call). */
    boolean verify(java.util.function.IntUnaryOperator posOf, List<TypeParam> tps, List<Type> args) {
        Map<TypeParam, Type> m = bind(tps, args);
        for (int i = 0; i < tps.size() && i < args.size(); i++) {
            Type cons = subst(tps.get(i).constraint(), m);
            if (cons == null || !(cons.underlying() instanceof Interface iface)) {
                continue;
            }
            Type a = args.get(i);
            if (a instanceof TypeParam tp) {
                if (!typeParamSatisfies(tp, iface)) {
                    c.error(posOf.applyAsInt(i), tp.obj().name() + " does not implement " + c.typeString(cons));
                    return false;
                }
                continue;
            }
            String why = c.lookup.missingMethodReason(a, cons, iface);
            if (why == null && iface.typeSet() != null && iface.typeSet().comparable() && !c.assign.comparable(a)) {
                why = c.typeString(a) + " does not implement comparable";
            }
            if (why != null) {
                String cs = c.typeString(cons);
                if (why.startsWith(c.typeString(a) + " does not implement " + cs)) {
                    why = why.substring((c.typeString(a) + " does not implement " + cs).length()).strip();
                    c.error(posOf.applyAsInt(i), c.typeString(a) + " does not implement " + cs + (why.isEmpty() ? "" : " " + why));
                } else {
                    c.error(posOf.applyAsInt(i), why);
                }
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every type that type parameter tp admits is in the type set of iface, as
     * far as terms and comparability go (the methods are not compared): type B[T any]
     * struct{ a A[T] } with A[T Num] must be refused, though no instance is ever made.
     */
    private boolean typeParamSatisfies(TypeParam tp, Interface iface) {
        TypeSet want = iface.typeSet();
        if (want == null) {
            return true;
        }
        TypeSet have = tp.constraint() != null && tp.constraint().underlying() instanceof Interface ci ? ci.typeSet() : null;
        List<TypeSet.Term> haveTerms = have == null ? List.of() : have.terms();
        if (!want.terms().isEmpty()) {
            if (haveTerms.isEmpty()) {
                return false;
            }
            for (TypeSet.Term h : haveTerms) {
                boolean in = false;
                for (TypeSet.Term w : want.terms()) {
                    in |= w.tilde() ? Types.identical(h.type().underlying(), w.type().underlying())
                            : !h.tilde() && Types.identical(h.type(), w.type());
                }
                if (!in) {
                    return false;
                }
            }
        }
        if (want.comparable() && !(have != null && have.comparable())) {
            if (haveTerms.isEmpty()) {
                return false;
            }
            for (TypeSet.Term h : haveTerms) {
                if (!c.assign.comparable(h.type())) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- inference ----

    /**
     * Infers the missing type arguments of a generic signature from the call's
     * arguments; explicit holds those given (a prefix). Null after an error.
     */
    List<Type> infer(int pos, Signature sig, List<Type> explicit, List<Operand> args, boolean spread) {
        return infer(pos, sig, explicit, args, spread, true);
    }

    /** As above; when report is false, a type argument that cannot be inferred just gives null. */
    List<Type> infer(int pos, Signature sig, List<Type> explicit, List<Operand> args, boolean spread, boolean report) {
        sig = renamedForCall(sig, explicit, args);
        List<TypeParam> tps = sig.typeParams();
        Map<TypeParam, Type> m = new HashMap<>();
        for (int i = 0; i < explicit.size() && i < tps.size(); i++) {
            m.put(tps.get(i), explicit.get(i));
        }
        List<Type> ptypes = spread ? sig.params().vars().stream().map(Var::type).toList() : paramTypes(sig, args.size());
        for (int i = 0; i < args.size() && i < ptypes.size(); i++) {
            Operand a = args.get(i);
            if (!Assignments.isUntyped(a.type)) {
                unify(ptypes.get(i), a.type, m, tps);
            }
        }
        // as gc: typed arguments, then the constraints' core types, then untyped arguments' default types
        inferFromConstraints(tps, m);
        for (int i = 0; i < args.size() && i < ptypes.size(); i++) {
            Operand a = args.get(i);
            if (Assignments.isUntyped(a.type) && ptypes.get(i) instanceof TypeParam tp && tps.contains(tp)
                    && !m.containsKey(tp) && !a.isNil()) {
                m.put(tp, Universe.defaultType(a.type));
            }
        }
        inferFromConstraints(tps, m);
        // inferred types may mention other type parameters (PT = *T): substitute until settled
        for (int round = 0; round < tps.size(); round++) {
            boolean changed = false;
            for (TypeParam tp : tps) {
                Type t = m.get(tp);
                Type u = subst(t, m);
                if (u != t && !Types.identical(u, t)) {
                    m.put(tp, u);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        List<Type> out = new ArrayList<>();
        for (TypeParam tp : tps) {
            Type t = m.get(tp);
            if (t == null) {
                if (report) {
                    c.error(pos, "cannot infer " + tp.obj().name());
                }
                return null;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * In a generic function's call of itself (f(&x) inside f[T], x of type T) the
     * arguments mention the very parameters being inferred; inference then works on
     * fresh copies of them, so that T := *T stays *T and does not grow under the
     * substitution that settles the inferred types.
     */
    private Signature renamedForCall(Signature sig, List<Type> explicit, List<Operand> args) {
        java.util.Set<TypeParam> own = new java.util.HashSet<>(sig.typeParams());
        boolean mentioned = false;
        for (Type t : explicit) {
            mentioned |= InstantiationCycles.typeParamsIn(t).stream().anyMatch(own::contains);
        }
        for (Operand a : args) {
            mentioned |= InstantiationCycles.typeParamsIn(a.type).stream().anyMatch(own::contains);
        }
        if (!mentioned) {
            return sig;
        }
        List<TypeParam> fresh = new ArrayList<>();
        for (TypeParam tp : sig.typeParams()) {
            TypeName tn = new TypeName(tp.obj().pos(), tp.obj().pkg(), tp.obj().name(), null);
            TypeParam f = new TypeParam(tn, tp.index(), null);
            tn.setType(f);
            fresh.add(f);
        }
        Map<TypeParam, Type> ren = bind(sig.typeParams(), new ArrayList<>(fresh));
        for (int i = 0; i < fresh.size(); i++) {
            fresh.get(i).setConstraint(subst(sig.typeParams().get(i).constraint(), ren));
        }
        return new Signature(sig.recv(), List.copyOf(fresh), substTuple(sig.params(), ren), substTuple(sig.results(), ren),
                sig.variadic());
    }

    /** Core types of constraints fill in what they determine (E in S ~[]E, PT interface{ *T }). */
    private void inferFromConstraints(List<TypeParam> tps, Map<TypeParam, Type> m) {
        for (int round = 0; round < tps.size(); round++) {
            for (TypeParam tp : tps) {
                Type bound = m.get(tp);
                if (tp.constraint() != null && tp.constraint().underlying() instanceof Interface i
                        && i.typeSet() != null && i.typeSet().terms().size() == 1) {
                    TypeSet.Term term = i.typeSet().terms().get(0);
                    if (bound != null && bound != term.type()) {
                        // (a bound that is the term itself, put there by the branch below, teaches nothing
                        // and would bind its type parameters to themselves)
                        unify(term.type(), term.tilde() ? bound.underlying() : bound, m, tps);
                    } else if (!term.tilde()) {
                        // the constraint's single type is the argument (PT interface{ *T })
                        m.put(tp, term.type());
                    }
                }
            }
        }
    }

    private static List<Type> paramTypes(Signature sig, int nargs) {
        List<Type> out = new ArrayList<>();
        int n = sig.params().size();
        for (int i = 0; i < nargs; i++) {
            if (sig.variadic() && i >= n - 1) {
                out.add(((Slice) sig.params().at(n - 1)).elem());
            } else if (i < n) {
                out.add(sig.params().at(i));
            }
        }
        return out;
    }

    private void unify(Type p, Type a0, Map<TypeParam, Type> m, List<TypeParam> tps) {
        // another function's type parameter against a type literal: through its core type
        Type a = a0 instanceof TypeParam && !tps.contains(a0) && !(p instanceof TypeParam) && !(p instanceof Named)
                ? coreType(a0) : a0;
        switch (p) {
            case TypeParam tp when tps.contains(tp) -> {
                if (!m.containsKey(tp)) {
                    m.put(tp, a);
                }
            }
            case Pointer pp when a.underlying() instanceof Pointer ap -> unify(pp.elem(), ap.elem(), m, tps);
            case Slice ps when a.underlying() instanceof Slice as -> unify(ps.elem(), as.elem(), m, tps);
            case Array pa when a.underlying() instanceof Array aa -> unify(pa.elem(), aa.elem(), m, tps);
            case MapType pm when a.underlying() instanceof MapType am -> {
                unify(pm.key(), am.key(), m, tps);
                unify(pm.elem(), am.elem(), m, tps);
            }
            case Chan pc when a.underlying() instanceof Chan ac -> unify(pc.elem(), ac.elem(), m, tps);
            case Signature ps when a.underlying() instanceof Signature as -> {
                for (int i = 0; i < ps.params().size() && i < as.params().size(); i++) {
                    unify(ps.params().at(i), as.params().at(i), m, tps);
                }
                for (int i = 0; i < ps.results().size() && i < as.results().size(); i++) {
                    unify(ps.results().at(i), as.results().at(i), m, tps);
                }
            }
            case Named pn when a instanceof Named an && pn.origin() == an.origin() -> {
                for (int i = 0; i < pn.typeArgs().size() && i < an.typeArgs().size(); i++) {
                    unify(pn.typeArgs().get(i), an.typeArgs().get(i), m, tps);
                }
            }
            // a defined type against a type literal: inexact unification through the underlying type
            case Named pn when !(a instanceof Named) && !(a instanceof TypeParam) && pn.underlying() != null
                    && !(pn.underlying() instanceof Interface) -> unify(pn.underlying(), a, m, tps);
            case Struct ps when a.underlying() instanceof Struct as && ps.fields().size() == as.fields().size() -> {
                for (int i = 0; i < ps.fields().size(); i++) {
                    unify(ps.fields().get(i).type(), as.fields().get(i).type(), m, tps);
                }
            }
            default -> {
            }
        }
    }

    // ---- core types ----

    /** The single underlying type of all types in a type parameter's type set, else t's underlying type. */
    static List<TypeSet.Term> terms(Type t) {
        List<TypeSet.Term> out = new ArrayList<>();
        if (t instanceof TypeParam tp && tp.constraint() != null && tp.constraint().underlying() instanceof Interface i
                && i.typeSet() != null) {
            flatten(i.typeSet().terms(), out);
        }
        return out;
    }

    private static void flatten(List<TypeSet.Term> in, List<TypeSet.Term> out) {
        for (TypeSet.Term term : in) {
            if (term.type().underlying() instanceof Interface ii && ii.typeSet() != null) {
                flatten(ii.typeSet().terms(), out);
            } else {
                out.add(term);
            }
        }
    }

    static Type coreType(Type t) {
        List<TypeSet.Term> ts = terms(t);
        if (!ts.isEmpty()) {
            Type u = null;
            for (TypeSet.Term term : ts) {
                Type tu = coreType(term.type());
                if (u == null) {
                    u = tu;
                } else if (u instanceof Chan uc && tu instanceof Chan tc && Types.identical(uc.elem(), tc.elem())) {
                    // channels of one element type: the directional one, if they agree
                    if (uc.dir() == Expr.ChanDir.BOTH) {
                        u = tc;
                    } else if (tc.dir() != Expr.ChanDir.BOTH && tc.dir() != uc.dir()) {
                        return t.underlying();
                    }
                } else if (!Types.identical(u, tu)) {
                    return t.underlying();
                }
            }
            return u;
        }
        return t.underlying();
    }

    /** Whether every type in t's type set (t itself if not a type parameter) is a Basic satisfying pred. */
    static boolean allBasic(Type t, java.util.function.Predicate<Basic> pred) {
        if (t instanceof TypeParam) {
            List<TypeSet.Term> ts = terms(t);
            if (ts.isEmpty()) {
                return false;
            }
            for (TypeSet.Term term : ts) {
                if (!allBasic(term.type(), pred)) {
                    return false;
                }
            }
            return true;
        }
        return t.underlying() instanceof Basic b && pred.test(b);
    }
}
