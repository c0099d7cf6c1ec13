package org.tinygo4j.ssa.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Node;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Interface;
import org.tinygo4j.frontend.types.Named;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Tuple;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.frontend.types.Var;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.analysis.InvokedMethods;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.InterfaceTypes;
import org.tinygo4j.ssa.ir.Param;
import org.tinygo4j.ssa.ir.Value;

/**
 * Interfaces in the SSA builder: conversions to interfaces (which record the concrete
 * type in the program's {@link InterfaceTypes}), type assertions, calls of interface
 * methods (which record the method key), and the method sets of concrete types.
 *
 * <p>Only methods that are both in the method set of a converted type and called
 * through some interface are built: after the ordinary work list is empty,
 * {@link #buildInvokedMethods} adds those pairs, which may discover more types and
 * calls, until nothing changes. Methods promoted through embedded fields get a
 * wrapper whose receiver is the converted type itself.
 */
final class Interfaces {
    private final ProgramBuilder pb;
    private final InterfaceTypes table;

    /** A method in a method set: the declared method, and the field path to its receiver (last: method index). */
    record Method(Func f, List<Integer> path) {}

    Interfaces(ProgramBuilder pb) {
        this.pb = pb;
        this.table = pb.program().interfaceTypes();
    }

    static boolean isInterface(Type t) {
        return t != null && t.underlying() instanceof Interface;
    }

    /** Whether f is a method of an interface (its receiver is the interface, or absent as the checker leaves it). */
    static boolean isInterfaceMethod(Func f) {
        Var r = f.signature().recv();
        return r == null || isInterface(r.type()) || r.type() instanceof Interface;
    }

    // ---- values ----

    Value makeInterface(FunctionBuilder fb, Value v, Type ifaceType, int pos) {
        register(v.type());
        return fb.emit(new Instr.MakeInterface(ifaceType, v, pos));
    }

    /**
     * Records a concrete type converted to an interface, with the keys of its method set.
     * With full type information, the types a value of t holds (elements, keys, fields)
     * are recorded too: walking the value may turn them into interfaces (fmt calls the
     * String methods of slice elements and exported struct fields).
     */
    void register(Type t) {
        if (table.find(t) == null) {
            Set<String> keys = new LinkedHashSet<>();
            for (Method m : methodSet(t).values()) {
                keys.add(InterfaceTypes.methodKey(m.f()));
            }
            InterfaceTypes.Entry e = table.add(t, keys);
            if (pb.program().reflectTypeInfo()) {
                List<Func> set = new ArrayList<>();
                for (Method m : methodSet(t).values()) {
                    set.add(m.f());
                }
                set.sort(java.util.Comparator.comparing(Func::name));
                e.setMethodSet(set);
                // reflect reaches *T from T (New, Addr) and every field, exported or not
                if (!(t instanceof Pointer)) {
                    register(new Pointer(t));
                }
            }
            if (pb.program().fullTypeInfo()) {
                registerParts(t.underlying());
            }
        }
    }

    private void registerParts(Type u) {
        switch (u) {
            case Pointer p -> registerPart(p.elem());
            case org.tinygo4j.frontend.types.Slice s -> registerPart(s.elem());
            case org.tinygo4j.frontend.types.Array a -> registerPart(a.elem());
            case org.tinygo4j.frontend.types.MapType m -> {
                registerPart(m.key());
                registerPart(m.elem());
            }
            case Struct s -> {
                // fmt calls no methods on what it reaches through unexported fields
                for (Var f : s.fields()) {
                    if (Character.isUpperCase(f.name().codePointAt(0)) || pb.program().reflectTypeInfo()) {
                        registerPart(f.type());
                    }
                }
            }
            case Signature sig when pb.program().reflectTypeInfo() -> {
                // reflect makes values of a func type's parameters and results (In, Out, Zero)
                for (Var v : sig.params().vars()) {
                    registerPart(v.type());
                }
                for (Var v : sig.results().vars()) {
                    registerPart(v.type());
                }
            }
            case org.tinygo4j.frontend.types.Chan c when pb.program().reflectTypeInfo() -> registerPart(c.elem());
            default -> {
            }
        }
    }

    private void registerPart(Type t) {
        if (!isInterface(t) && !(t.underlying() instanceof Signature)
                && !(t.underlying() instanceof org.tinygo4j.frontend.types.Chan)) {
            register(t);
        } else if (!isInterface(t) && pb.program().reflectTypeInfo() && walkedParts.add(t)) {
            registerParts(t.underlying());
        }
    }

    /** The func and channel types whose parts registerPart walked (a func type may hold itself). */
    private final Set<Type> walkedParts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** x.(T); with commaOk the value is a tuple (T, bool). */
    Value typeAssert(FunctionBuilder fb, Value x, Type t, boolean commaOk, int pos) {
        // A concrete T needs no entry: if nothing converts it, its descriptor (made by
        // the lowering on demand) matches no value, and its methods need not be built.
        if (!commaOk) {
            requireRuntime(isInterface(t) ? RuntimeAbi.PANIC_ASSERT_IFACE : RuntimeAbi.PANIC_TYPE_ASSERT, pos);
        }
        Type rt = commaOk ? new Tuple(List.of(Var.param(pos, null, "", t), Var.param(pos, null, "", Universe.BOOL))) : t;
        return fb.emit(new Instr.TypeAssert(rt, x, t, commaOk, pos));
    }

    Value typeAssertExpr(FunctionBuilder fb, Expr.TypeAssert ta, boolean commaOk) {
        Value x = fb.exprs.expr(ta.x());
        Type t = fb.subst(pb.info().typeOf(ta.type()));
        return typeAssert(fb, x, t, commaOk, ta.pos());
    }

    /** A call of interface method m on x (already evaluated) with converted arguments. */
    Value invoke(FunctionBuilder fb, Value x, Func m, List<Value> args, int pos) {
        return invoke(fb, x, m, args, false, pos);
    }

    /**
     * invoke, or with deferred the call that a defer statement's thunk makes: the method
     * it reaches may recover (see Instr.Invoke).
     */
    Value invoke(FunctionBuilder fb, Value x, Func m, List<Value> args, boolean deferred, int pos) {
        if (!isInterface(x.type())) {
            return callConcrete(fb, x, m, args, deferred, pos); // a constraint's method, in an instance
        }
        m = substituted(fb, m);
        table.invoked().add(InterfaceTypes.methodKey(m));
        requireRuntime(RuntimeAbi.PANIC_NIL_METHOD, pos);
        requireRuntime(RuntimeAbi.PANIC_WRAP, pos);
        if (deferred) {
            requireRuntime(RuntimeAbi.DEFER_ARM, pos);
        }
        Tuple res = m.signature().results();
        Type rt = res.size() == 0 ? null : res.size() == 1 ? res.at(0) : res;
        return fb.emit(new Instr.Invoke(rt, x, m, args, deferred, pos));
    }

    /** Interface method m with fb's type arguments in its signature (a method of an instantiated interface). */
    Func substituted(FunctionBuilder fb, Func m) {
        Signature ss = (Signature) fb.subst(m.signature());
        return ss == m.signature() ? m : new Func(m.pos(), m.pkg(), m.name(), ss, null);
    }

    /** m called on x of a concrete type (a type argument): x's own method of that name, a direct call. */
    private Value callConcrete(FunctionBuilder fb, Value x, Func m, List<Value> args, boolean deferred, int pos) {
        Method cm = methodSet(x.type()).get(m.name());
        if (cm == null) {
            throw new Unsupported(pos, "method " + m.name() + " of type argument " + x.type());
        }
        Function target;
        Value recv = x;
        if (cm.path().size() > 1) {
            target = methodFunction(x.type(), cm);
        } else {
            target = concrete(cm.f(), x.type());
            boolean wantPtr = cm.f().signature().recv().type() instanceof Pointer;
            if (!wantPtr && Pointers.is(x.type())) {
                recv = fb.load(x, pos);
            }
        }
        List<Value> all = new ArrayList<>();
        all.add(recv);
        all.addAll(args);
        if (deferred) {
            fb.emit(new Instr.Call(null, pb.runtimeFunction(RuntimeAbi.DEFER_ARM), List.of(target), pos));
        }
        return fb.exprs.callFunction(target, target.signature(), all, pos);
    }

    private void requireRuntime(RuntimeAbi name, int pos) {
        pb.requireRuntime(name, pos);
    }

    // ---- method sets ----

    /**
     * The method set of t by name: its own methods and those promoted through embedded
     * fields (shallowest depth wins; two at the same depth cancel; a field hides deeper
     * methods). Pointer-receiver methods count for *T and behind embedded pointers.
     */
    Map<String, Method> methodSet(Type t) {
        Map<String, Method> out = new LinkedHashMap<>();
        if (t instanceof Named n && n.underlying() instanceof Pointer || isInterface(t)) {
            return out;
        }
        boolean ptr = t instanceof Pointer;
        Type base = ptr ? ((Pointer) t).elem() : t;
        if (isInterface(base)) {
            return out;
        }
        record Level(Type type, List<Integer> path, boolean indirect) {}
        List<Level> current = List.of(new Level(base, List.of(), ptr));
        Set<String> blocked = new HashSet<>();
        Set<Named> seen = new HashSet<>();
        while (!current.isEmpty()) {
            List<Level> next = new ArrayList<>();
            Map<String, List<Method>> found = new HashMap<>();
            Set<String> fields = new HashSet<>();
            for (Level e : current) {
                Type cur = e.type();
                if (cur instanceof Named n) {
                    if (!seen.add(n)) {
                        continue;
                    }
                    List<Func> nms = methodsOf(n);
                    for (int i = 0; i < nms.size(); i++) {
                        Func m = nms.get(i);
                        boolean ptrRecv = m.signature().recv() != null && m.signature().recv().type() instanceof Pointer;
                        if (!ptrRecv || e.indirect()) {
                            found.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(new Method(m, append(e.path(), i)));
                        } else {
                            fields.add(m.name()); // present but unusable: still hides deeper ones
                        }
                    }
                    cur = n.underlying();
                }
                if (cur instanceof Struct s) {
                    for (int i = 0; i < s.fields().size(); i++) {
                        Var f = s.fields().get(i);
                        fields.add(f.name());
                        if (f.embedded()) {
                            Type ft = f.type();
                            boolean fp = ft instanceof Pointer;
                            next.add(new Level(fp ? ((Pointer) ft).elem() : ft, append(e.path(), i), e.indirect() || fp));
                        }
                    }
                } else if (cur instanceof Interface iface && !e.path().isEmpty()) {
                    List<Func> ms = iface.allMethods();
                    for (int i = 0; i < ms.size(); i++) {
                        found.computeIfAbsent(ms.get(i).name(), k -> new ArrayList<>())
                                .add(new Method(ms.get(i), append(e.path(), i)));
                    }
                }
            }
            for (Map.Entry<String, List<Method>> me : found.entrySet()) {
                if (!blocked.contains(me.getKey()) && me.getValue().size() == 1 && !fields.contains(me.getKey())) {
                    out.put(me.getKey(), me.getValue().get(0));
                }
            }
            blocked.addAll(found.keySet());
            blocked.addAll(fields);
            current = next;
        }
        return out;
    }

    private final Map<Named, List<Func>> instanceMethods = new java.util.IdentityHashMap<>();

    /**
     * The methods of n; for an instance of a generic type, the origin's methods with the
     * type arguments substituted (the checker fills an instance's list only as far as
     * selectors needed it, instances made by substitution may carry a generic list, and
     * this builder does not change checker objects).
     */
    private List<Func> methodsOf(Named n) {
        Named o = n.origin();
        if (o == n) {
            return n.methods();
        }
        return instanceMethods.computeIfAbsent(n, k -> {
            Map<org.tinygo4j.frontend.types.TypeParam, Type> bind = TypeSubst.bind(o.typeParams(), k.typeArgs());
            List<Func> out = new ArrayList<>();
            for (Func om : o.methods()) {
                Signature s = om.signature();
                Var recv = s.recv();
                Var nr = Var.param(recv.pos(), recv.pkg(), recv.name(), recv.type() instanceof Pointer ? new Pointer(k) : k);
                Tuple ps = (Tuple) pb.types().subst(s.params(), bind);
                Tuple rs = (Tuple) pb.types().subst(s.results(), bind);
                Func g = new Func(om.pos(), om.pkg(), om.name(), new Signature(nr, List.of(), ps, rs, s.variadic()), om.decl());
                g.setOrigin(om);
                out.add(g);
            }
            return out;
        });
    }

    private static List<Integer> append(List<Integer> l, int i) {
        List<Integer> r = new ArrayList<>(l);
        r.add(i);
        return r;
    }

    // ---- methods reachable through interfaces ----

    /**
     * Builds the methods of converted types that interface calls can reach and that have
     * no function yet (InvokedMethods); false when there was nothing new.
     */
    boolean buildInvokedMethods() {
        boolean added = false;
        for (InterfaceTypes.Entry e : List.copyOf(table.entries())) {
            Map<String, Method> set = null;
            for (String key : InvokedMethods.unbuiltKeys(table, e)) {
                if (e.methods().containsKey(key)) {
                    continue; // built meanwhile
                }
                if (set == null) {
                    set = methodSet(e.type());
                }
                for (Method m : set.values()) {
                    if (InterfaceTypes.methodKey(m.f()).equals(key)) {
                        try {
                            e.methods().put(key, methodFunction(e.type(), m));
                        } catch (Unsupported u) {
                            pb.diags().error(u.pos == Node.NO_POS ? m.f().pos() : u.pos, "not supported yet: " + u.getMessage());
                            e.methods().put(key, null);
                        }
                        added = true;
                    }
                }
            }
        }
        return added;
    }

    private final Set<InterfaceTypes.Entry> reflectMethodsBuilt =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * When the program calls methods through reflect (reflect.Value.Method or
     * Type.Method, which gives Method.Func, is built),
     * gives every converted type's exported methods a function that reflect can call
     * as a func value (see InterfaceTypes.Entry.methodFunctions); false when there was
     * nothing new.
     */
    boolean buildReflectMethods() {
        if (!pb.program().reflectTypeInfo() || pb.program().function("reflect.Value.Method") == null
                && pb.program().function("reflect.(*rtype).Method") == null) {
            return false;
        }
        boolean added = false;
        for (InterfaceTypes.Entry e : List.copyOf(table.entries())) {
            if (e.methodSet().isEmpty() || !reflectMethodsBuilt.add(e)) {
                continue;
            }
            Map<String, Method> set = methodSet(e.type());
            List<Function> fns = new ArrayList<>();
            for (Func f : e.methodSet()) {
                Method m = set.get(f.name());
                Function fn = null;
                if (f.exported() && m != null) {
                    try {
                        fn = methodExpression(e.type(), m);
                    } catch (Unsupported u) {
                        fn = null; // reflect reports the method as not callable
                    }
                }
                fns.add(fn);
            }
            e.setMethodFunctions(fns);
            added = true;
        }
        return added;
    }

    /** The function of method expression T.M: receiver first, context last. */
    private Function methodExpression(Type t, Method m) {
        Signature ms = m.f().signature();
        List<Var> ps = new ArrayList<>();
        ps.add(Var.param(Node.NO_POS, null, "recv", t));
        ps.addAll(ms.params().vars());
        Signature sig = new Signature(null, List.of(), new Tuple(ps), ms.results(), ms.variadic());
        Function target = methodFunction(t, m);
        Function thunk = new Function(pb.uniqueName(org.tinygo4j.frontend.types.Types.typeString(t) + "." + m.f().name()
                + "$reflect"), sig, null);
        pb.program().functions().add(thunk);
        FunctionBuilder fb = new FunctionBuilder(pb, thunk);
        fb.setCurrent(thunk.newBlock("entry"));
        List<Value> params = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            Param p = new Param(ps.get(i).type(), "p" + i, i);
            thunk.params().add(p);
            params.add(p);
        }
        Param ctx = new Param(Universe.UNSAFE_POINTER, "context", thunk.params().size());
        thunk.params().add(ctx);
        thunk.setContext(ctx);
        int pos = Node.NO_POS;
        if (m.path().size() == 1 && !(m.f().signature().recv().type() instanceof Pointer) && t instanceof Pointer) {
            params.set(0, fb.load(params.get(0), pos)); // a value method of *T
        }
        fb.forwardDeferred(target, pos); // deferred through reflect, the method may recover
        Value r = fb.exprs.callFunction(target, target.signature(), params, pos);
        List<Value> results = new ArrayList<>();
        if (ms.results().size() == 1) {
            results.add(r);
        } else {
            for (int i = 0; i < ms.results().size(); i++) {
                results.add(fb.exprs.extract(r, i, pos));
            }
        }
        fb.emit(new Instr.Return(results, pos));
        return thunk;
    }

    /** The function called for method m of type t: the method itself, or a wrapper for a promoted one. */
    Function methodFunction(Type t, Method m) {
        if (m.path().size() == 1) {
            return concrete(m.f(), t);
        }
        Signature ms = m.f().signature();
        Signature sig = new Signature(Var.param(Node.NO_POS, null, "recv", t), List.of(), ms.params(), ms.results(),
                ms.variadic());
        String name = pb.uniqueName(org.tinygo4j.frontend.types.Types.typeString(t) + "." + m.f().name() + "$promoted");
        Function w = new Function(name, sig, null);
        pb.program().functions().add(w);
        FunctionBuilder fb = new FunctionBuilder(pb, w);
        fb.setCurrent(w.newBlock("entry"));
        Param recv = new Param(t, "recv", 0);
        w.params().add(recv);
        List<Value> args = new ArrayList<>();
        for (int i = 0; i < ms.params().size(); i++) {
            Param p = new Param(ms.params().at(i), "p" + i, i + 1);
            w.params().add(p);
            args.add(p);
        }
        int pos = Node.NO_POS;
        Value addr = t instanceof Pointer ? recv : null;
        Value val = addr == null ? recv : null;
        for (int idx : m.path().subList(0, m.path().size() - 1)) {
            if (addr != null) {
                Struct st = (Struct) Pointers.elem(addr.type()).underlying();
                Type ft = st.fields().get(idx).type();
                Value fa = fb.emit(new Instr.FieldAddr(new Pointer(ft), addr, idx, pos));
                addr = ft instanceof Pointer ? fb.load(fa, pos) : fa;
            } else {
                Struct st = (Struct) val.type().underlying();
                Type ft = st.fields().get(idx).type();
                Value f = fb.emit(new Instr.Field(ft, val, idx, pos));
                if (ft instanceof Pointer) {
                    addr = f;
                    val = null;
                } else {
                    val = f;
                }
            }
        }
        Value r;
        if (isInterfaceMethod(m.f())) {
            Value iv = addr != null ? fb.load(addr, pos) : val;
            r = invoke(fb, iv, m.f(), args, pos);
        } else {
            boolean wantPtr = m.f().signature().recv().type() instanceof Pointer;
            List<Value> all = new ArrayList<>();
            all.add(wantPtr ? addr : addr != null ? fb.load(addr, pos) : val);
            all.addAll(args);
            Function target = concrete(m.f(), addr != null ? Pointers.elem(addr.type()) : val.type());
            fb.forwardDeferred(target, pos);
            r = fb.exprs.callFunction(target, target.signature(), all, pos);
        }
        List<Value> results = new ArrayList<>();
        if (ms.results().size() == 1) {
            results.add(r);
        } else {
            for (int i = 0; i < ms.results().size(); i++) {
                results.add(fb.exprs.extract(r, i, pos));
            }
        }
        fb.emit(new Instr.Return(results, pos));
        return w;
    }

    /**
     * The function of concrete method f declared on (the base of) type recv: its instance
     * when recv is an instance of a generic type; recv's type arguments, not those of f's
     * receiver, which may be the checker's view from inside generic code.
     */
    private Function concrete(Func f, Type recv) {
        if (!ExprBuilder.isGeneric(f)) {
            return pb.function(f);
        }
        Type base = recv instanceof Pointer p ? p.elem() : recv;
        if (base instanceof Named n && !n.typeArgs().isEmpty()) {
            return pb.instance(f.origin(), n.typeArgs(), f.pos());
        }
        throw new Unsupported(Node.NO_POS, "method " + f.fullName() + " of a generic type through an interface");
    }
}
