package org.tinygo4j.ssa.ir;

import java.util.List;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Type;

/**
 * A constant of a typed Go type; value null means the zero value of the type (nil, 0,
 * "", {}). An array or struct whose elements are all constant (a package-level
 * composite literal) is an aggregate constant: elements holds one Const per array
 * element or struct field, so the global is initialised statically, without code.
 */
public final class Const extends Value {
    private final Constant value;
    private final List<Const> elements;

    public Const(Type type, Constant value) {
        super(type);
        this.value = value;
        this.elements = null;
    }

    public Const(Type type, List<Const> elements) {
        super(type);
        this.value = null;
        this.elements = List.copyOf(elements);
    }

    /** The zero value of type t. */
    public static Const zero(Type t) {
        return new Const(t, (Constant) null);
    }

    /**
     * The elements of an aggregate constant, or null for a scalar. For an array the list
     * may be shorter than the array: the elements after it are zero.
     */
    public List<Const> elements() {
        return elements;
    }

    public Constant value() {
        return value;
    }

    public boolean isZero() {
        return value == null && elements == null;
    }
}
