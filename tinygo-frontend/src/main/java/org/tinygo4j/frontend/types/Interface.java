package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.List;

/**
 * An interface: explicitly declared methods and embedded elements (interfaces, types,
 * {@code ~T} terms and unions). The checker completes it by computing its method set
 * and type set ({@link #allMethods}, {@link #typeSet}) once all embedded types are known.
 */
public final class Interface implements Type {
    private final List<Func> methods;
    private final List<Type> embeddeds;
    private List<Func> allMethods;
    private TypeSet typeSet;
    private List<List<TypeSet.Term>> unions = List.of();
    private boolean implicit;

    public Interface(List<Func> methods, List<Type> embeddeds) {
        this.methods = methods;
        this.embeddeds = embeddeds;
    }

    /** The methods declared in this interface literal, in source order. */
    public List<Func> methods() {
        return methods;
    }

    public List<Type> embeddeds() {
        return embeddeds;
    }

    /** All methods, including those of embedded interfaces, sorted by name (set by complete()). */
    public List<Func> allMethods() {
        return allMethods == null ? methods : allMethods;
    }

    /** The type set, or null if the interface has no type terms (set by the checker). */
    public TypeSet typeSet() {
        return typeSet;
    }

    /** Called by the checker once: all methods sorted by name, and the type set. */
    public void complete(List<Func> all, TypeSet set) {
        this.allMethods = new ArrayList<>(all);
        this.typeSet = set;
    }

    /** The union elements written in this interface literal (for printing; the type set has their meaning). */
    public List<List<TypeSet.Term>> unions() {
        return unions;
    }

    /** Whether this interface stands for a bare constraint ({@code [T ~int | ~string]}), printed without interface{}. */
    public boolean implicit() {
        return implicit;
    }

    void setUnions(List<List<TypeSet.Term>> unions) {
        this.unions = List.copyOf(unions);
    }

    void markImplicit() {
        this.implicit = true;
    }

    public boolean isEmpty() {
        return allMethods().isEmpty() && typeSet == null;
    }

    @Override
    public String toString() {
        return Types.typeString(this);
    }
}
