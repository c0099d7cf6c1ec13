package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of package-level variable initialisation (spec "Package
 * initialization"): repeatedly the earliest variable in declaration order that has no
 * dependency on an uninitialised variable, where references through functions and
 * methods count transitively. Reports initialisation cycles as gc does.
 */
final class InitOrder {
    private final Checker c;

    InitOrder(Checker c) {
        this.c = c;
    }

    void compute() {
        // variables in declaration order, and for each the variables it depends on transitively
        List<Var> vars = new ArrayList<>();
        for (Map.Entry<Obj, DeclInfo> e : c.objMap.entrySet()) {
            if (e.getKey() instanceof Var v) {
                vars.add(v);
            }
        }
        vars.sort((a, b) -> Integer.compare(c.objMap.get(a).order, c.objMap.get(b).order));
        Map<Var, Set<Var>> deps = new IdentityHashMap<>();
        for (Var v : vars) {
            Set<Var> d = new LinkedHashSet<>();
            reach(c.objMap.get(v), d, new HashSet<>(), v);
            deps.put(v, d);
        }
        for (Var v : vars) {
            if (deps.get(v).contains(v)) {
                reportCycle(v);
                return;
            }
        }
        Set<Var> done = new HashSet<>();
        Set<DeclInfo> emitted = new HashSet<>();
        Map<Var, Boolean> pending = new HashMap<>();
        for (Var v : vars) {
            pending.put(v, true);
        }
        while (done.size() < vars.size()) {
            Var pick = null;
            for (Var v : vars) {
                if (done.contains(v)) {
                    continue;
                }
                boolean ready = true;
                for (Var d : deps.get(v)) {
                    if (!done.contains(d) && !sameDecl(d, v)) {
                        ready = false;
                        break;
                    }
                }
                if (ready) {
                    pick = v;
                    break;
                }
            }
            if (pick == null) {
                return;
            }
            DeclInfo d = c.objMap.get(pick);
            if (d.lhs != null) {
                done.addAll(d.lhs);
            } else {
                done.add(pick);
            }
            if (d.init != null && emitted.add(d)) {
                c.info.initOrder.add(new Info.Initializer(d.lhs != null ? List.copyOf(d.lhs) : List.of(pick), d.init));
            }
        }
    }

    private boolean sameDecl(Var a, Var b) {
        return c.objMap.get(a) == c.objMap.get(b);
    }

    /** Collects the variables reachable from a declaration's references, through functions. */
    private void reach(DeclInfo d, Set<Var> out, Set<Obj> seenFuncs, Var self) {
        if (d == null) {
            return;
        }
        for (Obj o : d.deps) {
            if (o instanceof Var v) {
                out.add(v);
            } else if (o instanceof Func f && seenFuncs.add(f)) {
                reach(c.objMap.get(f), out, seenFuncs, self);
            }
        }
    }

    private void reportCycle(Var v) {
        List<Obj> path = new ArrayList<>();
        if (!findPath(v, v, path, new HashSet<>())) {
            c.error(v.pos(), "initialization loop for " + v.name());
            return;
        }
        StringBuilder sb = new StringBuilder("initialization loop for " + v.name());
        Obj from = v;
        for (Obj o : path) {
            sb.append("\n\t").append(c.diags.fileSet().position(from.pos())).append(": ").append(from.name())
                    .append(" refers to");
            from = o;
        }
        sb.append("\n\t").append(c.diags.fileSet().position(v.pos())).append(": ").append(v.name());
        c.error(v.pos(), sb.toString());
    }

    private boolean findPath(Obj from, Var target, List<Obj> path, Set<Obj> seen) {
        DeclInfo d = c.objMap.get(from);
        if (d == null) {
            return false;
        }
        for (Obj o : d.deps) {
            if (o == target) {
                path.add(o);
                return true;
            }
            if ((o instanceof Func || o instanceof Var) && seen.add(o)) {
                path.add(o);
                if (findPath(o, target, path, seen)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }
}
