package org.tinygo4j.frontend.types;

import java.util.LinkedHashMap;
import java.util.Map;

/** A lexical scope: universe, package, file, function, block. */
public final class Scope {
    private final Scope parent;
    private final Map<String, Obj> elems = new LinkedHashMap<>();
    private final String comment;

    public Scope(Scope parent, String comment) {
        this.parent = parent;
        this.comment = comment;
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
        for (Scope s = this; s != null; s = s.parent) {
            if (s.elems.isEmpty()) {
                continue; // most blocks declare nothing: 100,000 nested ifs are 100,000 empty scopes
            }
            Obj o = s.elems.get(name);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /** Inserts obj unless its name is taken; returns the object already there, or null. */
    public Obj insert(Obj obj) {
        return elems.putIfAbsent(obj.name(), obj);
    }

    public Map<String, Obj> elems() {
        return elems;
    }
}
