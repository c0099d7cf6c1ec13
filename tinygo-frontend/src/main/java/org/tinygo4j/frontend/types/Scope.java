package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A lexical scope: universe, package, file, function, block. */
public final class Scope {
    private final Scope parent;
    private final Map<String, Obj> elems = new LinkedHashMap<>();
    private final String comment;
    /**
     * How many scopes of this chain (a package's scopes) have received their first
     * object: a cached {@link #above} is valid while this count is what it was then.
     */
    private final AtomicInteger firstInserts;
    /** The nearest enclosing scope holding an object (null: none), as of {@link #aboveAt}. */
    private Scope above;
    private int aboveAt = -1;

    public Scope(Scope parent, String comment) {
        this.parent = parent;
        this.comment = comment;
        // a count per package (the universe's children), not one shared by every compilation
        this.firstInserts = parent == null || parent.parent == null ? new AtomicInteger() : parent.firstInserts;
    }

    public Scope parent() {
        return parent;
    }

    public String comment() {
        return comment;
    }

    /** The object named name in this scope only, or null. */
    public Obj lookup(String name) {
        return elems.get(name);
    }

    /** The object named name in this scope or an enclosing one, or null. */
    public Obj lookupParent(String name) {
        // most blocks declare nothing: 100,000 nested ifs are 200,000 empty scopes, which
        // every name used at the bottom walked through before
        for (Scope s = elems.isEmpty() ? above() : this; s != null; s = s.above()) {
            Obj o = s.elems.get(name);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /** The nearest enclosing scope that holds an object, or null; remembered along the way. */
    private Scope above() {
        int now = firstInserts.get();
        if (aboveAt == now) {
            return above;
        }
        List<Scope> walked = new ArrayList<>();
        Scope s = this;
        Scope found;
        while (true) {
            walked.add(s);
            Scope p = s.parent;
            if (p == null || !p.elems.isEmpty()) {
                found = p;
                break;
            }
            if (p.aboveAt == now) {
                found = p.above;
                break;
            }
            s = p;
        }
        for (Scope w : walked) {
            w.above = found;
            w.aboveAt = now;
        }
        return found;
    }

    /** Inserts obj unless its name is taken; returns the object already there, or null. */
    public Obj insert(Obj obj) {
        boolean first = elems.isEmpty();
        Obj old = elems.putIfAbsent(obj.name(), obj);
        if (first && old == null) {
            firstInserts.incrementAndGet();
        }
        return old;
    }

    public Map<String, Obj> elems() {
        return elems;
    }
}
