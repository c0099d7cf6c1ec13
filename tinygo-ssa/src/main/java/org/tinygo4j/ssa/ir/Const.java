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
 * The static parts of large literals may also hold an interface value of a constant
 * ({@link #iface}: its type's descriptor and a constant box, as a MakeInterface of a
 * constant builds it) and a declared function's value ({@link #func}: no context and
 * the function, as a MakeClosure without bindings builds it).
 */
public final class Const extends Value {
    private final Constant value;
    private final List<Const> elements;
    private final Global target;
    private final long sliceLen;
    private final Const boxed;
    private final Function function;
    private final long[] ieeeBits;

    public Const(Type type, Constant value) {
        this(type, value, null, null, -1, null, null);
    }

    public Const(Type type, List<Const> elements) {
        this(type, null, List.copyOf(elements), null, -1, null, null);
    }

    private Const(Type type, Constant value, List<Const> elements, Global target, long sliceLen, Const boxed,
                  Function function) {
        super(type);
        this.value = value;
        this.elements = elements;
        this.target = target;
        this.sliceLen = sliceLen;
        this.boxed = boxed;
        this.function = function;
        this.ieeeBits = null;
    }

    private Const(Type type, long[] ieeeBits) {
        super(type);
        this.value = null;
        this.elements = null;
        this.target = null;
        this.sliceLen = -1;
        this.boxed = null;
        this.function = null;
        this.ieeeBits = ieeeBits;
    }

    /**
     * {@return a float or complex constant of type t given by the IEEE bits of its
     * parts}: one part for a float, two (real, imaginary) for a complex; each part's bits
     * are those of a float64 (Double.doubleToRawLongBits) or, for float32 and complex64,
     * of a float32 (Float.floatToRawIntBits). For values no exact constant is: NaN, the
     * infinities, negative zero.
     */
    public static Const ieee(Type t, long... bits) {
        return new Const(t, bits.clone());
    }

    /** {@return the IEEE bits of the parts of an {@link #ieee} constant; null for other constants} */
    public long[] ieeeBits() {
        return ieeeBits == null ? null : ieeeBits.clone();
    }

    /**
     * The interface value of interface type t holding the constant x: of a basic type
     * or one defined on it (boxed), or the address of a global (errors.New's static
     * object, held as the pointer itself).
     */
    public static Const iface(Type t, Const x) {
        return new Const(t, null, null, null, -1, x, null);
    }

    /** The value of function type t of function f, which takes a context (null here): a declared function's wrapper. */
    public static Const func(Type t, Function f) {
        return new Const(t, null, null, null, -1, null, f);
    }

    /** The dynamic value of an interface constant ({@link #iface}); null for other constants. */
    public Const boxed() {
        return boxed;
    }

    /** The function of a function value constant ({@link #func}); null for other constants. */
    public Function function() {
        return function;
    }

    /** The address of global g, as a constant of pointer type t. */
    public static Const addressOf(Type t, Global g) {
        return new Const(t, null, null, g, -1, null, null);
    }

    /** A slice of type t over the whole of global array g, of length and capacity len. */
    public static Const sliceOf(Type t, Global g, long len) {
        return new Const(t, null, null, g, len, null, null);
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
        return value == null && elements == null && target == null && boxed == null && function == null
                && (ieeeBits == null || java.util.Arrays.stream(ieeeBits).allMatch(b -> b == 0));
    }
}
