package org.tinygo4j.ssa.build;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.MapType;
import org.tinygo4j.frontend.types.Obj;
import org.tinygo4j.frontend.types.PkgName;
import org.tinygo4j.frontend.types.TypeAndValue;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Var;

/**
 * Package-level variables that nothing reads are not initialised. An initialiser that
 * is code (a map literal: runtime calls LLVM cannot delete; a copy of another variable,
 * `var Tangut = _Tangut`) keeps alive every value it touches: package unicode's
 * Categories, Scripts, Properties, FoldCategory and FoldScript maps and its exported
 * copies of the tables cost 20 KB of initialiser code and 44 KB of tables on a Cortex-M
 * in every program that imports unicode, though few read them. An initialiser is left
 * out when its variable is named by no identifier in the whole program (so no function,
 * reachable or not, reads or writes it), it has no -X value or //go: directive, it is
 * not in a package the runtime or the back end may reach by symbol (runtime...,
 * internal/..., machine, device/...), the keys of a map it builds are of a basic type
 * (hashing them cannot panic) and it has no side effect: its parts are constants,
 * identifiers, qualified identifiers, function literals, composite literals of the same
 * and their addresses.
 */
final class UnreadGlobals {
    private final Info info;
    private final Predicate<Var> pinned;
    private Set<Var> skipped;

    /** pinned: the variables whose initialisers must stay (-X values, directives). */
    UnreadGlobals(Info info, Predicate<Var> pinned) {
        this.info = info;
        this.pinned = pinned;
    }

    /** Whether the initialiser in can be left out. */
    boolean skippable(Info.Initializer in) {
        if (skipped == null) {
            skipped = findSkipped();
        }
        return in.lhs().size() == 1 && skipped.contains(in.lhs().get(0));
    }

    /**
     * The variables left out: those of the candidates that no identifier names but in
     * the initialisers of variables left out (var Miao = _Miao leaves both out when
     * nothing else names either), found by counting down the names.
     */
    private Set<Var> findSkipped() {
        Map<Obj, Integer> names = new IdentityHashMap<>();
        for (Obj o : info.uses.values()) {
            names.merge(o, 1, Integer::sum);
        }
        Map<Var, List<Obj>> candidates = new IdentityHashMap<>();
        for (Info.Initializer in : info.initOrder) {
            List<Obj> named = new ArrayList<>();
            if (candidate(in) && free(in.rhs(), named)) {
                candidates.put(in.lhs().get(0), named);
            }
        }
        Set<Var> out = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Var> ready = new ArrayDeque<>();
        for (Var v : candidates.keySet()) {
            if (names.getOrDefault(v, 0) == 0) {
                ready.add(v);
            }
        }
        while (!ready.isEmpty()) {
            Var v = ready.poll();
            if (!out.add(v)) {
                continue;
            }
            for (Obj o : candidates.get(v)) {
                if (names.merge(o, -1, Integer::sum) == 0 && o instanceof Var w && candidates.containsKey(w)) {
                    ready.add(w);
                }
            }
        }
        return out;
    }

    private boolean candidate(Info.Initializer in) {
        if (in.lhs().size() != 1) {
            return false;
        }
        Var v = in.lhs().get(0);
        String pkg = v.pkg().path();
        return !v.name().equals("_") && !pkg.equals("runtime") && !pkg.startsWith("runtime/")
                && !pkg.startsWith("internal/") && !pkg.equals("machine") && !pkg.startsWith("device/")
                && !pinned.test(v);
    }

    /** Whether t is not a map, or a map whose keys hash without a panic. */
    private static boolean hashable(Type t) {
        return !(t.underlying() instanceof MapType m) || m.key().underlying() instanceof Basic;
    }

    /**
     * Whether evaluating e has no effect but its value (and allocation); adds the
     * objects its identifiers name to named (not those in function literals' bodies,
     * which keep what they name).
     */
    private boolean free(Expr e, List<Obj> named) {
        TypeAndValue tv = info.types.get(e);
        if (tv != null && tv.isConstant()) {
            return true;
        }
        return switch (e) {
            case Expr.Paren p -> free(p.x(), named);
            case Expr.Ident id -> {
                Obj o = info.uses.get(id);
                if (o != null) {
                    named.add(o);
                }
                yield true;
            }
            case Expr.FuncLit f -> true;
            case Expr.Selector s -> s.x() instanceof Expr.Ident q && info.uses.get(q) instanceof PkgName
                    && free(s.sel(), named);
            case Expr.Unary u -> u.op() == Token.AND && free(u.x(), named);
            case Expr.KeyValue kv -> free(kv.key(), named) && free(kv.value(), named);
            case Expr.CompositeLit cl -> hashable(info.typeOf(cl))
                    && cl.elts().stream().allMatch(x -> free(x, named));
            default -> false;
        };
    }
}
