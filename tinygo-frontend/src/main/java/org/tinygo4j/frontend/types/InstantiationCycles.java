package org.tinygo4j.frontend.types;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Instantiation cycles: generic code that would need infinitely many instances, as
 * {@code func f[T any]() { f[*T]() }} or {@code type T[P any] struct{ next *T[[]P] }}.
 * Every instantiation the checker sees adds an edge from each type parameter that its
 * type argument mentions to the type parameter it binds; the edge grows the type when
 * the argument is more than the parameter itself. Monomorphisation ends exactly when
 * no cycle of this graph holds a growing edge, so such a cycle is reported as gc
 * reports it, at the declaration of the parameter the growing edge leaves, with one
 * line per edge around the cycle, and the package goes no further (code generation
 * would never finish). Checked once the package's bodies are all checked.
 */
final class InstantiationCycles {
    /** One instantiation of target with an argument mentioning from; pos is where the argument is written. */
    private record Edge(TypeParam from, TypeParam target, Type arg, int pos, boolean grows) {
    }

    private final Checker c;
    private final Map<TypeParam, List<Edge>> out = new LinkedHashMap<>();
    private final List<Edge> growing = new ArrayList<>();

    InstantiationCycles(Checker c) {
        this.c = c;
    }

    /** Records an instantiation of the parameters tps with args; argument i is written at posOf(i). */
    void record(List<TypeParam> tps, List<Type> args, IntUnaryOperator posOf) {
        for (int i = 0; i < tps.size() && i < args.size(); i++) {
            Type arg = args.get(i);
            if (arg == null) {
                continue;
            }
            for (TypeParam from : typeParamsIn(arg)) {
                Edge e = new Edge(from, tps.get(i), arg, posOf.applyAsInt(i), arg != from);
                out.computeIfAbsent(from, k -> new ArrayList<>()).add(e);
                if (e.grows) {
                    growing.add(e);
                }
            }
        }
    }

    /** The type parameters that t mentions, in the order met. */
    static Set<TypeParam> typeParamsIn(Type t) {
        Set<TypeParam> into = Collections.newSetFromMap(new LinkedHashMap<>());
        collect(t, into, Collections.newSetFromMap(new IdentityHashMap<>()));
        return into;
    }

    private static void collect(Type t, Set<TypeParam> into, Set<Type> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        switch (t) {
            case TypeParam tp -> into.add(tp);
            case Basic b -> {
            }
            case Pointer p -> collect(p.elem(), into, seen);
            case Slice s -> collect(s.elem(), into, seen);
            case Array a -> collect(a.elem(), into, seen);
            case MapType m -> {
                collect(m.key(), into, seen);
                collect(m.elem(), into, seen);
            }
            case Chan ch -> collect(ch.elem(), into, seen);
            case Tuple tu -> tu.vars().forEach(v -> collect(v.type(), into, seen));
            case Signature s -> {
                collect(s.params(), into, seen);
                collect(s.results(), into, seen);
            }
            case Struct s -> s.fields().forEach(f -> collect(f.type(), into, seen));
            case Interface i -> {
                i.allMethods().forEach(f -> collect(f.signature(), into, seen));
                if (i.typeSet() != null) {
                    i.typeSet().terms().forEach(term -> collect(term.type(), into, seen));
                }
            }
            // an instance's arguments are all it adds; its underlying type is its origin's.
            // A generic type itself stands for T[P] written inside its own declaration or
            // methods (Generics.instantiate gives the origin there): it mentions its own
            // parameters, so T[T[P]] there is P instantiated as T[P], a growing edge
            case Named n -> {
                if (n.origin() == n && n.typeArgs().isEmpty()) {
                    into.addAll(n.typeParams());
                } else {
                    n.typeArgs().forEach(a -> collect(a, into, seen));
                }
            }
        }
    }

    /** Reports the first growing cycle, if any; true if one was found. */
    boolean report() {
        for (Edge g : growing) {
            List<Edge> back = path(g.target, g.from);
            if (back == null) {
                continue;
            }
            StringBuilder msg = new StringBuilder("instantiation cycle:");
            List<Edge> cycle = new ArrayList<>(back);
            cycle.add(g);
            for (Edge e : cycle) {
                msg.append("\n\t").append(c.diags.fileSet().position(e.pos)).append(": ")
                        .append(e.target.obj().name()).append(" instantiated as ")
                        .append(Types.typeStringInOwnDeclaration(e.arg, c.pkg));
            }
            c.error(g.from.obj().pos(), msg.toString());
            return true;
        }
        return false;
    }

    /** The shortest chain of edges from a to b (empty when a is b), or null if b cannot be reached. */
    private List<Edge> path(TypeParam a, TypeParam b) {
        if (a == b) {
            return List.of();
        }
        Map<TypeParam, Edge> via = new HashMap<>();
        Deque<TypeParam> queue = new ArrayDeque<>(List.of(a));
        while (!queue.isEmpty()) {
            TypeParam v = queue.poll();
            for (Edge e : out.getOrDefault(v, List.of())) {
                if (e.target == a || via.containsKey(e.target)) {
                    continue;
                }
                via.put(e.target, e);
                if (e.target == b) {
                    List<Edge> p = new ArrayList<>();
                    for (TypeParam w = b; w != a; w = via.get(w).from) {
                        p.add(via.get(w));
                    }
                    Collections.reverse(p);
                    return p;
                }
                queue.add(e.target);
            }
        }
        return null;
    }
}
