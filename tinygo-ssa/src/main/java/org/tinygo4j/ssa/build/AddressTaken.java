package org.tinygo4j.ssa.build;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Node;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Builtin;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Obj;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Selection;
import org.tinygo4j.frontend.types.Var;

/**
 * Finds the local variables of a function whose address is taken ({@code &x}, {@code &x.f},
 * {@code &x[i]}, or a pointer-receiver method called on x) or that a function literal
 * captures. Until escape analysis exists, those variables live in heap cells, so that
 * a pointer to them (or a closure) stays valid after the function returns.
 */
final class AddressTaken {
    /**
     * The accessors of a syntax record's components that may hold nodes (not primitives,
     * strings or enums). Looked up once per record class: asking each node for its
     * components and accessors made the JVM build a new reflective accessor per call,
     * which took a quarter of the SSA phase. A pure function of the class, so sharing it
     * between compilations changes nothing they compute.
     */
    private static final ClassValue<Method[]> CHILDREN = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            java.util.List<Method> out = new java.util.ArrayList<>();
            for (RecordComponent rc : type.getRecordComponents()) {
                Class<?> t = rc.getType();
                if (!t.isPrimitive() && t != String.class && !t.isEnum()) {
                    Method m = rc.getAccessor();
                    m.setAccessible(true);
                    out.add(m);
                }
            }
            return out.toArray(new Method[0]);
        }
    };

    /** The accessors of the components of syntax record class type that may hold nodes. */
    static Method[] children(Class<?> type) {
        return CHILDREN.get(type);
    }

    private final Info info;
    private final Set<Var> vars = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * The variables found inside each function literal (with the literal as the
     * innermost one, so they do not depend on what encloses it). Every function's walk
     * covers the literals nested in it, and each literal is a function of its own: 10,000
     * nested literals were walked 50 million times. Null: no sharing.
     */
    private final Map<Expr.FuncLit, Set<Var>> literalFindings;

    private AddressTaken(Info info, Map<Expr.FuncLit, Set<Var>> literalFindings) {
        this.info = info;
        this.literalFindings = literalFindings;
    }

    /** Whether the body has a defer statement of its own (not one inside a function literal). */
    static boolean hasDefer(Object o) {
        return has(o, n -> n instanceof Stmt.Defer);
    }

    /** Whether the body calls recover itself (not inside a function literal). */
    static boolean hasRecover(Object o, Info info) {
        return has(o, n -> n instanceof Expr.Call c && ExprBuilder.unparen(c.fun()) instanceof Expr.Ident id
                && info.objectOf(id) instanceof org.tinygo4j.frontend.types.Builtin b
                && b.id() == org.tinygo4j.frontend.types.Builtin.Id.RECOVER);
    }

    private static boolean has(Object o, java.util.function.Predicate<Object> p) {
        if (p.test(o)) {
            return true;
        }
        if (o instanceof Expr.FuncLit) {
            return false;
        }
        if (o instanceof List<?> list) {
            for (Object e : list) {
                if (has(e, p)) {
                    return true;
                }
            }
            return false;
        }
        if (!(o instanceof Record r) || !(o instanceof Node)) {
            return false;
        }
        for (Method accessor : CHILDREN.get(r.getClass())) {
            try {
                if (has(accessor.invoke(r), p)) {
                    return true;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }

    static Set<Var> of(Node body, Info info) {
        return of(body, info, null);
    }

    /** As above, reusing and recording the findings of function literals in literalFindings. */
    static Set<Var> of(Node body, Info info, Map<Expr.FuncLit, Set<Var>> literalFindings) {
        AddressTaken a = new AddressTaken(info, literalFindings);
        if (body != null) {
            a.walk(body);
        }
        return a.vars;
    }

    /** The source ranges of the function literals enclosing the node being walked. */
    private final java.util.ArrayDeque<int[]> literals = new java.util.ArrayDeque<>();

    private void walk(Object o) {
        if (o instanceof Expr.FuncLit fl && literalFindings != null) {
            Set<Var> found = literalFindings.get(fl);
            if (found == null) {
                AddressTaken inner = new AddressTaken(info, literalFindings);
                inner.literals.push(new int[] {fl.pos(), fl.body().rbrace()});
                inner.walk(fl.body());
                // Only what is declared outside the literal matters to the functions around
                // it: keeping the literal's own variables (and those of literals inside it)
                // made every level carry all the levels below, quadratic in the nesting.
                found = Collections.newSetFromMap(new IdentityHashMap<>());
                int from = fl.pos();
                int to = fl.body().rbrace();
                for (Var v : inner.vars) {
                    if (v.pos() < from || v.pos() > to) {
                        found.add(v);
                    }
                }
                literalFindings.put(fl, found);
            }
            vars.addAll(found);
            return;
        }
        if (o instanceof Expr.FuncLit fl) {
            literals.push(new int[] {fl.pos(), fl.body().rbrace()});
            walk(fl.body());
            literals.pop();
            return;
        }
        if (o instanceof Expr.Ident id && !literals.isEmpty() && info.objectOf(id) instanceof Var v
                && !v.isField() && v.pkg() != null && v.pkg().scope().lookup(v.name()) != v) {
            // A variable used inside a function literal but declared outside it is
            // captured: it must live in a heap cell that the closure shares.
            int[] lit = literals.peek();
            if (v.pos() < lit[0] || v.pos() > lit[1]) {
                vars.add(v);
            }
        }
        if (o instanceof List<?> list) {
            for (Object e : list) {
                walk(e);
            }
            return;
        }
        if (!(o instanceof Record r) || !(o instanceof Node)) {
            return;
        }
        if (o instanceof Expr.Unary u && u.op() == Token.AND) {
            markRoot(u.x());
        }
        // a[:] of a local array takes its address. Where the slice is returned, stored,
        // sent or captured it may outlive the call, so the array becomes a heap cell; as an
        // operand of copy, len, string(...), range or an ordinary call argument it stays a
        // local. (A callee that keeps such an argument is not detected: without a garbage
        // collector, moving every sliced array to the heap would exhaust the small heaps.)
        switch (o) {
            case Stmt.Return ret -> ret.results().forEach(this::markSliced);
            case Stmt.Assign as -> as.rhs().forEach(this::markSliced);
            case Spec.ValueSpec vs -> vs.values().forEach(this::markSliced);
            case Stmt.Send send -> markSliced(send.value());
            case Stmt.Go go -> go.call().args().forEach(this::markSliced);
            case Expr.CompositeLit cl -> cl.elts().forEach(el -> markSliced(el instanceof Expr.KeyValue kv ? kv.value() : el));
            case Expr.Call call when call.fun() instanceof Expr.Ident id && info.objectOf(id) instanceof Builtin b
                    && b.id() == Builtin.Id.APPEND -> {
                for (int i = 0; i < call.args().size(); i++) {
                    if (!(call.hasEllipsis() && i == call.args().size() - 1)) { // a spread operand is copied
                        markSliced(call.args().get(i));
                    }
                }
            }
            default -> {
            }
        }
        if (o instanceof Expr.Call c && c.fun() instanceof Expr.Selector s) {
            Selection sel = info.selections.get(s);
            if (sel != null && sel.kind() == Selection.Kind.METHOD_VAL && sel.obj() instanceof Func f
                    && f.signature().recv() != null && f.signature().recv().type() instanceof Pointer
                    && !(Pointers.is(info.typeOf(s.x())))) {
                markRoot(s.x());
            }
        }
        for (Method accessor : CHILDREN.get(r.getClass())) {
            try {
                walk(accessor.invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Marks the array under e when e is a slice expression of an array (a[i:j]). */
    private void markSliced(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        if (e instanceof Expr.SliceExpr se && info.typeOf(se.x()) != null
                && info.typeOf(se.x()).underlying() instanceof org.tinygo4j.frontend.types.Array) {
            markRoot(se.x());
        }
    }

    /** The variable at the root of an addressable expression x, x.f, x[i], (x). */
    private void markRoot(Expr e) {
        while (true) {
            switch (e) {
                case Expr.Paren p -> e = p.x();
                case Expr.Selector s when !(Pointers.is(info.typeOf(s.x()))) && info.selections.containsKey(s) ->
                        e = s.x();
                case Expr.Index ix when !(Pointers.is(info.typeOf(ix.x()))) -> e = ix.x();
                case Expr.Ident id -> {
                    Obj o = info.objectOf(id);
                    if (o instanceof Var v) {
                        vars.add(v);
                    }
                    return;
                }
                default -> {
                    return;
                }
            }
        }
    }
}
