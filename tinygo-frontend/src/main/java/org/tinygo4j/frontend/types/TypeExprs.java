package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Field;
import org.tinygo4j.frontend.ast.Spec;

/**
 * Type expressions and type declarations: resolves the syntax of a type (names,
 * pointers, arrays with constant lengths, slices, structs, signatures, interfaces,
 * maps, channels) to a Type, records it as a type expression, declares defined
 * types and aliases, and rejects invalid recursive types.
 */
final class TypeExprs {
    private final Checker c;

    /** Defined types declared as another defined type still being declared, and what each waits for. */
    private final Map<Named, Named> forwards = new HashMap<>();
    private final Map<Named, List<Named>> forwarders = new HashMap<>();

    /** Generic types whose type parameter lists are being declared by the current object declaration. */
    private Set<Named> inTypeParams = new HashSet<>();

    /**
     * Starts another object's declaration: as go/types' fresh environment per object, a
     * generic type reached through other declarations from its own type parameter list
     * (through a pointer field, say) is no cycle. Returns the set to restore.
     */
    Set<Named> enterObjDecl() {
        Set<Named> saved = inTypeParams;
        inTypeParams = new HashSet<>();
        return saved;
    }

    void exitObjDecl(Set<Named> saved) {
        inTypeParams = saved;
    }

    TypeExprs(Checker c) {
        this.c = c;
    }

    void typeDecl(TypeName obj, Spec.TypeSpec ts) {
        if (ts.typeParams() != null && !ts.typeParams().isEmpty()) {
            if (ts.alias()) {
                c.error(ts.name().pos(), "generic type cannot be alias");
                obj.setType(Universe.INVALID);
                return;
            }
            Scope tscope = new Scope(c.scope, "type parameters of " + obj.name());
            c.info.scopes.put(ts, tscope);
            Named named = new Named(obj, null, new ArrayList<>());
            obj.setType(named);
            inTypeParams.add(named);
            c.generics.declareTypeParams(ts.typeParams(), tscope, named.typeParams());
            inTypeParams.remove(named);
            Scope saved = c.scope;
            c.scope = tscope;
            Type rhs = constraintOrType(ts.type());
            c.scope = saved;
            Type under = rhs.underlying();
            if (under == null || rhs instanceof TypeParam) {
                c.error(ts.type().pos(), rhs instanceof TypeParam ? "cannot use a type parameter as RHS in type declaration"
                        : "invalid recursive type " + obj.name());
                under = Universe.INVALID;
            }
            named.setUnderlying(under);
            retryPendingIfaces();
            c.generics.completeInstances(named);
            return;
        }
        if (ts.alias()) {
            obj.setAlias(true);
            obj.setType(null); // a use before the right side is resolved is a cycle (type T = T)
            Type rhs = constraintOrType(ts.type());
            obj.setType(obj.type() == null ? rhs : Universe.INVALID);
            return;
        }
        Named named = new Named(obj, null, List.of());
        obj.setType(named);
        Type rhs = constraintOrType(ts.type());
        Type under = rhs.underlying();
        if (under == null && rhs instanceof Named target && !forwardsTo(target, named)) {
            // a defined type still being declared (type T2 T1 met inside T1's struct):
            // T2 takes T1's underlying type once T1 has one
            forwards.put(named, target);
            forwarders.computeIfAbsent(target, k -> new ArrayList<>()).add(named);
            return;
        }
        if (under == null) {
            c.error(obj.pos(), "invalid recursive type " + obj.name());
            under = Universe.INVALID;
        }
        if (rhs instanceof TypeParam) {
            c.error(ts.type().pos(), "cannot use a type parameter as RHS in type declaration");
            under = Universe.INVALID;
        }
        complete(named, under);
    }

    /** Sets a defined type's underlying type, then that of the types waiting for it; rejects value cycles. */
    private void complete(Named named, Type under) {
        named.setUnderlying(under);
        retryPendingIfaces();
        List<Named> waiting = forwarders.remove(named);
        if (waiting != null) {
            for (Named w : waiting) {
                forwards.remove(w);
                complete(w, under);
            }
        }
        if (containsByValue(under, named, new HashSet<>())) {
            c.error(named.obj().pos(), "invalid recursive type " + named.obj().name());
            named.setUnderlying(Universe.INVALID);
        }
    }

    /** Whether t is, or waits through a chain of defined types for, target. */
    private boolean forwardsTo(Named t, Named target) {
        for (Named n = t; n != null; n = forwards.get(n)) {
            if (n == target) {
                return true;
            }
        }
        return false;
    }

    private boolean containsByValue(Type t, Named target, Set<Type> seen) {
        switch (t) {
            case Named n -> {
                if (n == target) {
                    return true;
                }
                return seen.add(n) && n.underlying() != null && containsByValue(n.underlying(), target, seen);
            }
            case Array a -> {
                return containsByValue(a.elem(), target, seen);
            }
            case Struct s -> {
                for (Var f : s.fields()) {
                    if (f.type() != null && containsByValue(f.type(), target, seen)) {
                        return true;
                    }
                }
                return false;
            }
            case Interface i -> {
                for (Type e : i.embeddeds()) {
                    if (e != null && containsByValue(e, target, seen)) {
                        return true;
                    }
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * The type that e denotes; reports an error and returns INVALID if e is not a type.
     * An interface that restricts its types (comparable, a union) is refused here: it may
     * only be a constraint, which {@link #constraintOrType} reads.
     */
    Type typexpr(Expr e) {
        Type t = constraintOrType(e);
        if (t instanceof Named || t instanceof Interface) {
            // the interface may still be incomplete (declared further down): look once all are
            c.later.add(() -> {
                // (a term that is itself in error, as an invalid recursive type, was reported already)
                if (t.underlying() instanceof Interface i && i.typeSet() != null
                        && i.typeSet().terms().stream().noneMatch(term -> term.type() == Universe.INVALID
                                || term.type().underlying() == Universe.INVALID)) {
                    c.error(e.pos(), "cannot use type " + c.typeString(t) + " outside a type constraint: "
                            + (i.typeSet().comparable() ? "interface is (or embeds) comparable"
                                    : "interface contains type constraints"));
                }
            });
        }
        return t;
    }

    /** As typexpr, also accepting a constraint: a type declaration's right side, an embedded element, a term. */
    Type constraintOrType(Expr e) {
        Type t = typInternal(e);
        c.recordTV(e, TypeAndValue.Mode.TYPEXPR, t, null);
        return t;
    }

    private Type typInternal(Expr e) {
        switch (e) {
            case Expr.Ident id -> {
                Operand x = new Operand();
                c.exprs.ident(x, id, true);
                return asType(x, e);
            }
            case Expr.Selector s -> {
                Operand x = new Operand();
                c.exprs.selector(x, s, true);
                return asType(x, e);
            }
            case Expr.Paren p -> {
                return typexpr(p.x());
            }
            case Expr.ArrayType a -> {
                if (a.len() == null) {
                    return new Slice(typexpr(a.elem()));
                }
                if (a.len() instanceof Expr.Ellipsis) {
                    c.error(a.len().pos(), "invalid use of [...] array (outside a composite literal)");
                    typexpr(a.elem());
                    return Universe.INVALID;
                }
                long n = arrayLength(a.len());
                Type elem = typexpr(a.elem());
                if (n < 0) {
                    return Universe.INVALID;
                }
                Array arr = new Array(n, elem);
                c.sizeChecks.add(() -> {
                    long max = c.sizes.ptrSize() == 8 ? 1L << 50 : (1L << 31) - 1;
                    long w = c.sizes.sizeof(elem);
                    if (w > 0 && w < max && n > (max - 1) / w) {
                        c.error(a.pos(), "type " + c.typeString(arr) + " larger than address space");
                    }
                });
                return arr;
            }
            case Expr.Star s -> {
                return new Pointer(typexpr(s.x()));
            }
            case Expr.StructType st -> {
                return structType(st);
            }
            case Expr.FuncType ft -> {
                return funcType(null, ft, new Scope[1]);
            }
            case Expr.InterfaceType it -> {
                return interfaceType(it);
            }
            case Expr.MapType m -> {
                Type k = typexpr(m.key());
                Type v = typexpr(m.value());
                // the key type may still be incomplete (a type being declared): check it at the end
                c.later.add(() -> {
                    if (k instanceof TypeParam tp) {
                        if (!(tp.constraint() != null && tp.constraint().underlying() instanceof Interface ci
                                && ci.typeSet() != null && (ci.typeSet().comparable() || !ci.typeSet().terms().isEmpty()
                                        && ci.typeSet().terms().stream().allMatch(t -> c.assign.comparable(t.type()))))) {
                            c.error(m.key().pos(), "invalid map key type " + c.typeString(k) + " (missing comparable constraint)");
                        }
                    } else if (k != Universe.INVALID && !c.assign.comparable(k)) {
                        c.error(m.key().pos(), "invalid map key type " + c.typeString(k));
                    }
                });
                return new MapType(k, v);
            }
            case Expr.ChanType ch -> {
                Type elem = typexpr(ch.value());
                c.sizeChecks.add(() -> {
                    long w = c.sizes.sizeof(elem);
                    if (w >= 1 << 16 && w < (1L << 50)) {
                        c.error(ch.pos(), "channel element type too large (>64kB)");
                    }
                });
                return new Chan(ch.dir(), elem);
            }
            case Expr.Index ix -> {
                return instantiateType(ix);
            }
            case Expr.Bad b -> {
                return Universe.INVALID;
            }
            default -> {
                Operand x = new Operand();
                c.exprs.rawExpr(x, e, null, true);
                return asType(x, e);
            }
        }
    }

    /** T[A, B]: a generic type instantiated with type arguments. */
    Type instantiateType(Expr.Index ix) {
        Operand x = new Operand();
        if (ix.x() instanceof Expr.Ident id) {
            c.exprs.ident(x, id, true);
        } else if (ix.x() instanceof Expr.Selector s) {
            c.exprs.selector(x, s, true);
        } else {
            c.exprs.rawExpr(x, ix.x(), null, true);
        }
        List<Type> args = new ArrayList<>();
        for (Expr a : ix.indices()) {
            args.add(typexpr(a));
        }
        if (x.invalid()) {
            return Universe.INVALID;
        }
        if (x.type instanceof Named gn && inTypeParams.contains(gn)) {
            // a generic type used in its own type parameter list: a cycle, as in gc
            int at = gn.obj().pos();
            String where = c.diags.fileSet().position(at).toString();
            c.error(at, "invalid recursive type " + gn.obj().name() + "\n\t" + where + ": " + gn.obj().name()
                    + " refers to\n\t" + where + ": " + gn.obj().name());
            return Universe.INVALID;
        }
        if (x.mode != Operand.Mode.TYPEXPR || !(x.type instanceof Named n) || n.typeParams().isEmpty()
                || !n.typeArgs().isEmpty()) {
            c.error(ix.x().pos(), ExprString.of(ix.x()) + " is not a generic type");
            return Universe.INVALID;
        }
        if (args.contains(Universe.INVALID)) {
            return Universe.INVALID;
        }
        if (args.size() != n.typeParams().size()) {
            c.error(ix.pos(), (args.size() < n.typeParams().size() ? "not enough" : "too many") + " type arguments for type "
                    + n.obj().name() + ": have " + args.size() + ", want " + n.typeParams().size());
            return Universe.INVALID;
        }
        Named inst = c.generics.instantiate(n, args);
        c.cycles.record(n.typeParams(), args, i -> i < ix.indices().size() ? ix.indices().get(i).pos() : ix.pos());
        c.generics.verify(i -> i < ix.indices().size() ? ix.indices().get(i).pos() : ix.pos(), n.typeParams(), args);
        Expr.Ident nameId = ix.x() instanceof Expr.Ident id ? id : ix.x() instanceof Expr.Selector s ? s.sel() : null;
        if (nameId != null) {
            c.info.instances.put(nameId, new Instance(List.copyOf(args), inst));
        }
        return inst;
    }

    private Type asType(Operand x, Expr e) {
        if (x.invalid()) {
            return Universe.INVALID;
        }
        if (x.mode != Operand.Mode.TYPEXPR) {
            // gc describes a name's operand, and shows any other expression as written
            boolean named = e instanceof Expr.Ident || e instanceof Expr.Selector;
            c.error(e.pos(), (named && x.mode != Operand.Mode.NOVALUE ? c.describe(x) : ExprString.of(e)) + " is not a type");
            return Universe.INVALID;
        }
        if (x.type instanceof Named n && !n.typeParams().isEmpty() && n.typeArgs().isEmpty()) {
            c.error(e.pos(), "cannot use generic type " + c.typeString(n) + " without instantiation");
            return Universe.INVALID;
        }
        return x.type == null ? Universe.INVALID : x.type;
    }

    /** The constant length of an array type, or -1 after an error. */
    long arrayLength(Expr e) {
        Operand x = new Operand();
        c.exprs.expr(x, e);
        if (x.invalid()) {
            return -1;
        }
        if (x.mode != Operand.Mode.CONSTANT) {
            c.error(e.pos(), "array length " + c.describe(x) + " must be constant");
            return -1;
        }
        if (x.type instanceof Basic b && b.isUntyped()) {
            c.assign.convertUntyped(x, Universe.INT);
            if (x.invalid()) {
                return -1;
            }
        }
        if (x.type.underlying() instanceof Basic b && b.isInteger()) {
            Constant.IntVal v = ConstantOps.toInt(x.val);
            if (v != null && v.value().signum() >= 0 && v.value().bitLength() < 63) {
                return v.value().longValue();
            }
        }
        c.error(e.pos(), "invalid array length " + ExprString.of(e));
        return -1;
    }

    private Type structType(Expr.StructType st) {
        List<Var> fields = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Field f : st.fields()) {
            Type t = typexpr(f.type());
            String tag = "";
            if (f.tag() != null) {
                Constant tv = ConstantOps.fromLiteral(Expr.LitKind.STRING, f.tag().value());
                tag = tv == null ? "" : tv.toString();
            }
            if (f.names().isEmpty()) {
                Expr te = f.type();
                Expr.Ident nameId = embeddedName(te);
                String name = nameId == null ? "_" : nameId.name();
                Var v = Var.field(te.pos(), c.pkg, name, t, true);
                // later: the embedded type may still be incomplete (type T *struct{ T })
                c.later.add(() -> {
                    boolean isPtr = t instanceof Pointer;
                    Type base = t instanceof Pointer p ? p.elem() : t;
                    if (base == Universe.INVALID) {
                        return;
                    }
                    Type u = base.underlying();
                    if (u == Universe.UNSAFE_POINTER) {
                        c.error(te.pos(), "embedded field type cannot be unsafe.Pointer");
                    } else if (u instanceof Pointer) {
                        c.error(te.pos(), "embedded field type cannot be a pointer");
                    } else if (base instanceof TypeParam) {
                        c.error(te.pos(), "embedded field type cannot be a (pointer to a) type parameter");
                    } else if (u instanceof Interface && isPtr) {
                        c.error(te.pos(), "embedded field type cannot be a pointer to an interface");
                    }
                });
                if (!names.add(name)) {
                    c.error(te.pos(), name + " redeclared");
                }
                c.info.implicits.put(f, v);
                fields.add(v);
                tags.add(tag);
                continue;
            }
            for (Expr.Ident id : f.names()) {
                Var v = Var.field(id.pos(), c.pkg, id.name(), t, false);
                c.recordDef(id, v);
                if (!id.isBlank() && !names.add(id.name())) {
                    c.error(id.pos(), id.name() + " redeclared");
                }
                fields.add(v);
                tags.add(tag);
            }
        }
        return new Struct(List.copyOf(fields), List.copyOf(tags));
    }

    private static Expr.Ident embeddedName(Expr e) {
        while (true) {
            switch (e) {
                case Expr.Star s -> e = s.x();
                case Expr.Paren p -> e = p.x();
                case Expr.Selector s -> {
                    return s.sel();
                }
                case Expr.Index i -> e = i.x();
                case Expr.Ident id -> {
                    return id;
                }
                default -> {
                    return null;
                }
            }
        }
    }

    /**
     * A signature; its parameters (and receiver) are declared in a new function scope,
     * returned in scopeOut[0] and recorded for the FuncType node.
     */
    Signature funcType(Field recv, Expr.FuncType ft, Scope[] scopeOut) {
        Scope fs = new Scope(c.scope, "function");
        c.info.scopes.put(ft, fs);
        scopeOut[0] = fs;
        List<TypeParam> tparams = List.of();
        if (ft.typeParams() != null && !ft.typeParams().isEmpty()) {
            if (recv != null) {
                c.error(ft.typeParams().get(0).pos(), "methods cannot have type parameters");
            }
            tparams = c.generics.declareTypeParams(ft.typeParams(), fs);
        }
        Scope savedScope = c.scope;
        c.scope = fs;
        try {
            return signature(recv, ft, fs, tparams);
        } finally {
            c.scope = savedScope;
        }
    }

    private Signature signature(Field recv, Expr.FuncType ft, Scope fs, List<TypeParam> tparams) {
        Var recvVar = null;
        List<Map.Entry<Expr.Ident, Var>> named = new ArrayList<>();
        if (recv != null) {
            Type rt = receiverType(recv.type(), fs);
            Type base = rt instanceof Pointer p ? p.elem() : rt;
            if (base != Universe.INVALID && !(base instanceof Pointer bp && bp.elem() == Universe.INVALID)
                    && !(base instanceof Named n && n.obj().pkg() == c.pkg)) {
                c.error(recv.names().isEmpty() ? recv.type().pos() : recv.names().get(0).pos(),
                        "cannot define new methods on non-local type " + c.typeString(base));
            }
            if (recv.names().isEmpty()) {
                recvVar = Var.param(recv.type().pos(), c.pkg, "", rt);
                c.info.implicits.put(recv, recvVar);
            } else {
                Expr.Ident id = recv.names().get(0);
                recvVar = Var.param(id.pos(), c.pkg, id.name(), rt);
                named.add(Map.entry(id, recvVar));
            }
        }
        boolean[] variadic = new boolean[1];
        List<Var> params = collectParams(ft.params(), true, variadic, named);
        List<Var> results = ft.results() == null ? List.of() : collectParams(ft.results(), false, null, named);
        // Parameter names are in scope only in the body: a parameter named like a package
        // (func f(url string) url.Values) must not hide the package in the signature's types.
        for (Map.Entry<Expr.Ident, Var> e : named) {
            c.declare(fs, e.getKey(), e.getValue());
        }
        return new Signature(recvVar, tparams, new Tuple(params), new Tuple(results), variadic[0]);
    }

    /** A receiver type; for a generic base type T[P, Q] the names P, Q denote T's type parameters. */
    private Type receiverType(Expr e, Scope fs) {
        Expr inner = e;
        boolean ptr = false;
        while (inner instanceof Expr.Paren p) {
            inner = p.x();
        }
        if (inner instanceof Expr.Star s) {
            ptr = true;
            inner = s.x();
            while (inner instanceof Expr.Paren p) {
                inner = p.x();
            }
        }
        if (!(inner instanceof Expr.Index ix) || !(ix.x() instanceof Expr.Ident base)) {
            return typexpr(e);
        }
        Obj o = c.scope.lookupParent(base.name());
        if (o != null && o.pkg() == c.pkg) {
            c.resolver.objDecl(o);
        }
        if (!(o instanceof TypeName tn) || !(tn.type() instanceof Named n) || n.typeParams().isEmpty()) {
            c.error(base.pos(), base.name() + " is not a generic type");
            return Universe.INVALID;
        }
        c.recordUse(base, tn);
        if (ix.indices().size() != n.typeParams().size()) {
            c.error(ix.pos(), "got " + ix.indices().size() + " type parameters, but receiver base type declares "
                    + n.typeParams().size());
            return Universe.INVALID;
        }
        for (int i = 0; i < ix.indices().size(); i++) {
            if (ix.indices().get(i) instanceof Expr.Ident pid) {
                TypeParam tp = n.typeParams().get(i);
                if (!pid.isBlank()) {
                    TypeName alias = new TypeName(pid.pos(), c.pkg, pid.name(), tp);
                    c.declare(fs, pid, alias);
                }
                c.recordTV(pid, TypeAndValue.Mode.TYPEXPR, tp, null);
            }
        }
        c.recordTV(ix, TypeAndValue.Mode.TYPEXPR, n, null);
        Type rt = ptr ? new Pointer(n) : n;
        c.recordTV(e, TypeAndValue.Mode.TYPEXPR, rt, null);
        return rt;
    }

    /** The parameters of a list; named ones are added to named, to be declared once the signature is complete. */
    private List<Var> collectParams(List<Field> fields, boolean variadicOk, boolean[] variadic,
                                    List<Map.Entry<Expr.Ident, Var>> named) {
        List<Var> vars = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Expr te = f.type();
            Type t;
            if (te instanceof Expr.Ellipsis el) {
                if (variadicOk && i == fields.size() - 1 && f.names().size() <= 1) {
                    variadic[0] = true;
                } else {
                    c.error(el.pos(), "can only use ... with final parameter in list");
                }
                Type elem = typexpr(el.elt());
                t = new Slice(elem);
                c.recordTV(te, TypeAndValue.Mode.TYPEXPR, t, null);
            } else {
                t = typexpr(te);
            }
            if (f.names().isEmpty()) {
                Var v = Var.param(te.pos(), c.pkg, "", t);
                c.info.implicits.put(f, v);
                vars.add(v);
            } else {
                for (Expr.Ident id : f.names()) {
                    Var v = Var.param(id.pos(), c.pkg, id.name(), t);
                    named.add(Map.entry(id, v));
                    vars.add(v);
                }
            }
        }
        return List.copyOf(vars);
    }

    private final Map<Expr.InterfaceType, Interface> ifaceCache = new IdentityHashMap<>();

    private Type interfaceType(Expr.InterfaceType it) {
        Interface cached = ifaceCache.get(it);
        if (cached != null) {
            return cached;
        }
        List<Func> methods = new ArrayList<>();
        List<Type> embeddeds = new ArrayList<>();
        List<Integer> embeddedPos = new ArrayList<>();
        Interface iface = new Interface(methods, embeddeds);
        ifaceCache.put(it, iface);
        List<List<TypeSet.Term>> unions = new ArrayList<>();
        boolean comparable = false;
        for (Field f : it.elements()) {
            if (!f.names().isEmpty() && f.type() instanceof Expr.FuncType ft) {
                Expr.Ident id = f.names().get(0);
                Signature sig = funcType(null, ft, new Scope[1]);
                Var recv = Var.param(id.pos(), c.pkg, "", iface);
                sig = new Signature(recv, List.of(), sig.params(), sig.results(), sig.variadic());
                Func m = new Func(id.pos(), c.pkg, id.name(), sig, null);
                c.recordDef(id, m);
                methods.add(m);
                continue;
            }
            Expr te = f.type();
            if (te instanceof Expr.Binary || te instanceof Expr.Unary) {
                List<TypeSet.Term> union = new ArrayList<>();
                collectTerms(te, union);
                unions.add(union);
                continue;
            }
            Type t = constraintOrType(te);
            if (!c.allowVersion(18) && t.underlying() == null) {
                // a type still being declared: gc looks at it once it is complete (or invalid)
                c.later.add(() -> {
                    if (!(t.underlying() instanceof Interface) && t.underlying() != Universe.INVALID) {
                        c.versionError(te.pos(), "embedding non-interface type " + c.typeString(t), 18);
                    }
                });
            } else if (!(t.underlying() instanceof Interface) && t != Universe.INVALID && !c.allowVersion(18)) {
                c.versionError(te.pos(), "embedding non-interface type " + c.typeString(t), 18);
                continue; // gc leaves the embedding out
            }
            embeddeds.add(t);
            embeddedPos.add(te.pos());
        }
        Set<String> own = new HashSet<>();
        for (Func m : methods) {
            if (!own.add(m.name())) {
                c.error(m.pos(), "duplicate method " + m.name());
            }
        }
        iface.setUnions(unions);
        PendingIface p = new PendingIface(iface, methods, embeddeds, embeddedPos, unions, comparable);
        boolean incomplete = embeddeds.stream().anyMatch(e -> e.underlying() == null);
        completeIface(p, !incomplete);
        if (incomplete) {
            // an embedded type is still being declared (I2 embeds I1, and I1's method mentions I2):
            // the method set is completed again once it is known
            pendingIfaces.add(p);
        }
        return iface;
    }

    /** An interface whose method set waits for embedded types still being declared. */
    private record PendingIface(Interface iface, List<Func> methods, List<Type> embeddeds, List<Integer> embeddedPos,
            List<List<TypeSet.Term>> unions, boolean comparable) {}

    private final List<PendingIface> pendingIfaces = new ArrayList<>();

    /** Completes the pending interfaces whose embedded types are all known now, until none changes. */
    private void retryPendingIfaces() {
        boolean progress = true;
        while (progress && !pendingIfaces.isEmpty()) {
            progress = false;
            for (PendingIface p : List.copyOf(pendingIfaces)) {
                boolean ready = p.embeddeds().stream().allMatch(e -> e.underlying() != null
                        && pendingIfaces.stream().noneMatch(q -> q != p && q.iface() == e.underlying()));
                if (ready) {
                    pendingIfaces.remove(p);
                    completeIface(p, true);
                    progress = true;
                }
            }
        }
    }

    private void completeIface(PendingIface p, boolean report) {
        Interface iface = p.iface();
        List<Type> embeddeds = p.embeddeds();
        // the type set is the intersection of every element's; null stands for all types
        List<TypeSet.Term> terms = null;
        for (List<TypeSet.Term> union : p.unions()) {
            terms = intersect(terms, expandUnion(union));
        }
        boolean comparable = p.comparable();
        List<Func> all = new ArrayList<>(p.methods());
        Set<String> seen = new HashSet<>();
        for (Func m : p.methods()) {
            seen.add(m.name());
        }
        List<Integer> embeddedPos = p.embeddedPos();
        for (int i = 0; i < embeddeds.size(); i++) {
            if (embeddeds.get(i).underlying() instanceof Interface ei) {
                for (Func m : ei.allMethods()) {
                    if (seen.add(m.name())) {
                        all.add(m);
                    } else if (report && !c.allowVersion(14)) {
                        // overlapping embedded interfaces came with go1.14
                        c.error(embeddedPos.get(i), "duplicate method " + m.name());
                    }
                }
                if (ei.typeSet() != null) {
                    comparable |= ei.typeSet().comparable();
                    if (!ei.typeSet().terms().isEmpty()) {
                        terms = intersect(terms, ei.typeSet().terms());
                    }
                }
            } else if (embeddeds.get(i).underlying() != null && embeddeds.get(i) != Universe.INVALID) {
                // a non-interface embedded type is a single-term union; one still being declared is
                // decided when the interface is completed again
                terms = intersect(terms, List.of(new TypeSet.Term(false, embeddeds.get(i))));
            }
        }
        all.sort(Comparator.comparing(Func::name));
        iface.complete(all, terms != null || comparable
                ? new TypeSet(terms == null ? List.of() : List.copyOf(terms), comparable) : null);
    }

    /** A union's terms with interface terms replaced by their own; null if some term admits every type. */
    private static List<TypeSet.Term> expandUnion(List<TypeSet.Term> union) {
        List<TypeSet.Term> out = new ArrayList<>();
        for (TypeSet.Term term : union) {
            if (!term.tilde() && term.type().underlying() instanceof Interface ti) {
                if (ti.typeSet() == null || ti.typeSet().terms().isEmpty()) {
                    return null;
                }
                out.addAll(ti.typeSet().terms());
            } else {
                out.add(term);
            }
        }
        return out;
    }

    /** The terms of the intersection of two type sets given by their terms (null: all types). */
    private static List<TypeSet.Term> intersect(List<TypeSet.Term> a, List<TypeSet.Term> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        List<TypeSet.Term> out = new ArrayList<>();
        for (TypeSet.Term x : a) {
            for (TypeSet.Term y : b) {
                TypeSet.Term t = intersect(x, y);
                if (t != null && out.stream().noneMatch(o -> o.tilde() == t.tilde() && Types.identical(o.type(), t.type()))) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static TypeSet.Term intersect(TypeSet.Term x, TypeSet.Term y) {
        Type xu = x.type().underlying() == null ? x.type() : x.type().underlying();
        Type yu = y.type().underlying() == null ? y.type() : y.type().underlying();
        if (x.tilde() && y.tilde()) {
            return Types.identical(xu, yu) ? x : null;
        }
        if (x.tilde() || y.tilde()) {
            return Types.identical(xu, yu) ? (x.tilde() ? y : x) : null;
        }
        return Types.identical(x.type(), y.type()) ? x : null;
    }

    private void collectTerms(Expr e, List<TypeSet.Term> terms) {
        if (e instanceof Expr.Binary b && b.op() == org.tinygo4j.frontend.ast.Token.OR) {
            collectTerms(b.x(), terms);
            collectTerms(b.y(), terms);
        } else if (e instanceof Expr.Unary u && u.op() == org.tinygo4j.frontend.ast.Token.TILDE) {
            terms.add(new TypeSet.Term(true, constraintOrType(u.x())));
        } else {
            terms.add(new TypeSet.Term(false, constraintOrType(e)));
        }
    }
}
