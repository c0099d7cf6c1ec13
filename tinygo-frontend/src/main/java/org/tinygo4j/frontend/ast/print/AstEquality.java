package org.tinygo4j.frontend.ast.print;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Structural comparison of two ASTs that ignores positions: records are compared
 * component by component (found by reflection, so new node types need no code here),
 * lists element by element, everything else with equals. Every int component of a
 * node is a position except ValueSpec.iota, which is data. The walk uses an explicit
 * stack, so deep trees (long operator chains in generated code) cannot overflow.
 * An instance caches record components; it is not thread-safe, use one per thread.
 */
public final class AstEquality {
    /** int components that are data rather than positions. */
    private static final List<String> INT_DATA = List.of("iota");

    private final Map<Class<?>, RecordComponent[]> components = new HashMap<>();

    private record Pair(String path, Object a, Object b) {}

    /** True when a and b are the same tree apart from positions. */
    public boolean equal(Object a, Object b) {
        return difference(a, b) == null;
    }

    /** A description of the first difference (path: left vs right), or null when equal. */
    public String difference(Object a, Object b) {
        Deque<Pair> work = new ArrayDeque<>();
        work.push(new Pair(a == null ? "null" : a.getClass().getSimpleName(), a, b));
        while (!work.isEmpty()) {
            Pair p = work.pop();
            Object x = p.a;
            Object y = p.b;
            if (x == y) {
                continue;
            }
            if (x instanceof List<?> lx && y instanceof List<?> ly) { // any List implementation
                if (lx.size() != ly.size()) {
                    return p.path + ": " + lx.size() + " elements vs " + ly.size();
                }
                for (int i = lx.size() - 1; i >= 0; i--) {
                    Object e = lx.get(i);
                    work.push(new Pair(p.path + "[" + i + "]" + (e instanceof Record ? e.getClass().getSimpleName() : ""),
                            e, ly.get(i)));
                }
            } else if (x == null || y == null || x.getClass() != y.getClass()) {
                return p.path + ": " + describe(x) + " vs " + describe(y);
            } else if (x instanceof Record) {
                RecordComponent[] rcs = components.computeIfAbsent(x.getClass(), Class::getRecordComponents);
                for (int i = rcs.length - 1; i >= 0; i--) {
                    RecordComponent rc = rcs[i];
                    if (rc.getType() == int.class && !INT_DATA.contains(rc.getName())) {
                        continue;
                    }
                    if (x instanceof org.tinygo4j.frontend.ast.File && rc.getName().equals("directives")) {
                        continue; // where directives apply depends on layout, which printing changes
                    }
                    work.push(new Pair(p.path + "." + rc.getName(), get(rc, x), get(rc, y)));
                }
            } else if (!Objects.equals(x, y)) {
                return p.path + ": " + describe(x) + " vs " + describe(y);
            }
        }
        return null;
    }

    private static Object get(RecordComponent rc, Object r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + rc + " of " + r.getClass(), e);
        }
    }

    private static String describe(Object o) {
        if (o == null) {
            return "null";
        }
        String s = o instanceof Record ? o.getClass().getSimpleName() : o.toString();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
