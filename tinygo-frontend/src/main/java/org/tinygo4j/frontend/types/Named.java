package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A defined type (type T ...). The checker creates it, then sets its underlying type
 * and adds methods; after checking it is not changed again. A generic instance has an
 * origin and type arguments.
 */
public final class Named implements Type {
    private final TypeName obj;
    private Type underlying;
    private final List<Func> methods = new ArrayList<>();
    private final List<TypeParam> typeParams;
    private final Named origin;
    private final List<Type> typeArgs;
    /** An instance's underlying type not substituted yet (see expandLater). */
    private Supplier<Type> expansion;

    public Named(TypeName obj, Type underlying, List<TypeParam> typeParams) {
        this(obj, underlying, typeParams, null, List.of());
    }

    public Named(TypeName obj, Type underlying, List<TypeParam> typeParams, Named origin, List<Type> typeArgs) {
        this.obj = obj;
        this.underlying = underlying;
        this.typeParams = typeParams;
        this.origin = origin;
        this.typeArgs = typeArgs;
    }

    public TypeName obj() {
        return obj;
    }

    @Override
    public Type underlying() {
        if (underlying == null && expansion != null) {
            Supplier<Type> s = expansion;
            expansion = null;
            underlying = s.get();
        }
        return underlying;
    }

    /**
     * Gives an instance its underlying type when first asked for: substituting eagerly,
     * T[int] of {@code type T[P any] struct{ next *T[[]P] }} would need T[[]int], then
     * T[[][]int], without end, before the checker could report the instantiation cycle.
     * The checker asks for every instance's underlying type before it finishes.
     */
    void expandLater(Supplier<Type> s) {
        this.expansion = s;
    }

    /** True for an instance whose underlying type is neither known nor due (its origin's was not known). */
    boolean pending() {
        return underlying == null && expansion == null;
    }

    public void setUnderlying(Type t) {
        this.underlying = t;
    }

    /** Methods declared on this type (for an instance, those of the origin, substituted by the checker). */
    public List<Func> methods() {
        return methods;
    }

    public void addMethod(Func f) {
        methods.add(f);
    }

    public List<TypeParam> typeParams() {
        return typeParams;
    }

    /** The generic type this is an instance of, or this. */
    public Named origin() {
        return origin == null ? this : origin;
    }

    public List<Type> typeArgs() {
        return typeArgs;
    }

    @Override
    public String toString() {
        return Types.typeString(this);
    }
}
