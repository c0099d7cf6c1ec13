package org.tinygo4j.ssa.ir;

import java.util.List;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Type;

/**
 * A constant of a typed Go type; value null means the zero value of the type (nil, 0,
 * "", {}). An array or struct whose elements are all constant (a package-level
 * composite literal) is an aggregate constant: elements holds one Const per array
 * element or struct field, so the global is initialised statically, without code.
 * Inside such aggregates, a pointer may be the address of another global and a slice
 * may cover a global array ({@link #addressOf}, {@link #sliceOf}): package-level tables
 * such as unicode's {@code &RangeTable{R16: []Range16{...}}} are then static data.
 */
public final class Const extends Value {
    private final Constant value;
    private final List<Const> elements;
    private final Global target;
    private final long sliceLen;

    public Const(Type type, Constant value) {
        super(type);
        this.value = value;
        this.elements = null;
        this.target = null;
        this.sliceLen = -1;
    }

    public Const(Type type, List<Const> elements) {
        super(type);
        this.value = null;
        this.elements = List.copyOf(elements);
        this.target = null;
        this.sliceLen = -1;
    }

    private Const(Type type, Global target, long sliceLen) {
        super(type);
        this.value = null;
        this.elements = null;
        this.target = target;
        this.sliceLen = sliceLen;
    }

    /** The address of global g, as a constant of pointer type t. */
    public static Const addressOf(Type t, Global g) {
        return new Const(t, g, -1);
    }

    /** A slice of type t over the whole of global array g, of length and capacity len. */
    public static Const sliceOf(Type t, Global g, long len) {
        return new Const(t, g, len);
    }

    /** The global whose address (or array, for a slice) this constant is; null for other constants. */
    public Global target() {
        return target;
    }

    /** The length of a slice constant over {@link #target()}; -1 for an address. */
    public long sliceLen() {
        return sliceLen;
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
        return value == null && elements == null && target == null;
    }
}
