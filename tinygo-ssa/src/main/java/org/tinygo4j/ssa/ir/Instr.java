package org.tinygo4j.ssa.ir;

import java.util.List;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Builtin;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Type;

/**
 * The instruction set. Memory is explicit: locals are Allocs accessed by Load and
 * Store (LLVM's mem2reg/SROA does the lifting for now). Addresses of parts of a
 * value come from FieldAddr and IndexAddr; values of parts from Field and Index.
 * Every instruction records the source position it came from, for diagnostics and
 * runtime panics.
 */
public abstract sealed class Instr extends Value {
    private final int pos;
    private BasicBlock block;

    protected Instr(Type type, int pos) {
        super(type);
        this.pos = pos;
    }

    public int pos() {
        return pos;
    }

    public BasicBlock block() {
        return block;
    }

    void setBlock(BasicBlock b) {
        this.block = b;
    }

    /** The values this instruction reads. */
    public abstract List<Value> operands();

    /** Blocks control may go to after this instruction (terminators only). */
    public List<BasicBlock> successors() {
        return List.of();
    }

    /** Marks the instructions that end a block. */
    public sealed interface Terminator permits Jump, If, Return, Unreachable {}

    /** Storage for a local variable (or a heap cell when heap is set); the value is its address. */
    public static final class Alloc extends Instr {
        private final Type elemType;
        private final String comment;
        private final boolean heap;

        public Alloc(Type elemType, String comment, boolean heap, int pos) {
            super(new Pointer(elemType), pos);
            this.elemType = elemType;
            this.comment = comment;
            this.heap = heap;
        }

        public Type elemType() {
            return elemType;
        }

        public String comment() {
            return comment;
        }

        public boolean heap() {
            return heap;
        }

        @Override
        public List<Value> operands() {
            return List.of();
        }
    }

    /** *addr; volatile for runtime/volatile loads. */
    public static final class Load extends Instr {
        private final Value addr;
        private final boolean isVolatile;

        public Load(Type type, Value addr, boolean isVolatile, int pos) {
            super(type, pos);
            this.addr = addr;
            this.isVolatile = isVolatile;
        }

        public Value addr() {
            return addr;
        }

        public boolean isVolatile() {
            return isVolatile;
        }

        @Override
        public List<Value> operands() {
            return List.of(addr);
        }
    }

    /** *addr = value. */
    public static final class Store extends Instr {
        private final Value addr;
        private final Value value;
        private final boolean isVolatile;

        public Store(Value addr, Value value, boolean isVolatile, int pos) {
            super(null, pos);
            this.addr = addr;
            this.value = value;
            this.isVolatile = isVolatile;
        }

        public Value addr() {
            return addr;
        }

        public Value value() {
            return value;
        }

        public boolean isVolatile() {
            return isVolatile;
        }

        @Override
        public List<Value> operands() {
            return List.of(addr, value);
        }
    }

    /**
     * x op y for arithmetic, bitwise, shift and comparison operators (not {@code && ||}, which
     * are control flow). Both operands have the same type except for shifts, whose
     * count is any integer type. Division checks for zero; shifts follow Go's rules.
     */
    public static final class BinOp extends Instr {
        private final Token op;
        private final Value x;
        private final Value y;

        public BinOp(Type type, Token op, Value x, Value y, int pos) {
            super(type, pos);
            this.op = op;
            this.x = x;
            this.y = y;
        }

        public Token op() {
            return op;
        }

        public Value x() {
            return x;
        }

        public Value y() {
            return y;
        }

        @Override
        public List<Value> operands() {
            return List.of(x, y);
        }
    }

    /** op x for - (SUB), ^ (XOR), ! (NOT). */
    public static final class UnOp extends Instr {
        private final Token op;
        private final Value x;

        public UnOp(Type type, Token op, Value x, int pos) {
            super(type, pos);
            this.op = op;
            this.x = x;
        }

        public Token op() {
            return op;
        }

        public Value x() {
            return x;
        }

        @Override
        public List<Value> operands() {
            return List.of(x);
        }
    }

    /** A conversion between numeric types, or among pointers, unsafe.Pointer and uintptr. */
    public static final class Convert extends Instr {
        private final Value x;

        public Convert(Type type, Value x, int pos) {
            super(type, pos);
            this.x = x;
        }

        public Value x() {
            return x;
        }

        @Override
        public List<Value> operands() {
            return List.of(x);
        }
    }

    /** A call of a known function; the result is a Tuple for several results, null for none. */
    public static final class Call extends Instr {
        private final Function callee;
        private final List<Value> args;

        public Call(Type type, Function callee, List<Value> args, int pos) {
            super(type, pos);
            this.callee = callee;
            this.args = List.copyOf(args);
        }

        public Function callee() {
            return callee;
        }

        public List<Value> args() {
            return args;
        }

        @Override
        public List<Value> operands() {
            return args;
        }
    }

    /**
     * A builtin that the lowering expands itself: print, println (args printed as Go's
     * builtin does), len, cap, and panic of a string.
     */
    public static final class BuiltinCall extends Instr {
        private final Builtin.Id id;
        private final List<Value> args;

        public BuiltinCall(Type type, Builtin.Id id, List<Value> args, int pos) {
            super(type, pos);
            this.id = id;
            this.args = List.copyOf(args);
        }

        public Builtin.Id id() {
            return id;
        }

        public List<Value> args() {
            return args;
        }

        @Override
        public List<Value> operands() {
            return args;
        }
    }

    /**
     * A function value {context, fn}: fn takes the context as a hidden last parameter;
     * the context holds the addresses of the captured variables (bindings), or is nil.
     */
    public static final class MakeClosure extends Instr {
        private final Function fn;
        private final List<Value> bindings;
        private final boolean inFrame;

        public MakeClosure(Type type, Function fn, List<Value> bindings, int pos) {
            this(type, fn, bindings, false, pos);
        }

        /**
         * A closure whose context may live in the frame of the function that makes it
         * (inFrame): the builder knows that the function value does not outlive the call.
         */
        public MakeClosure(Type type, Function fn, List<Value> bindings, boolean inFrame, int pos) {
            super(type, pos);
            this.fn = fn;
            this.bindings = List.copyOf(bindings);
            this.inFrame = inFrame;
        }

        /** {@return whether the context may be a slot of the current frame rather than a heap object} */
        public boolean inFrame() {
            return inFrame;
        }

        public Function fn() {
            return fn;
        }

        public List<Value> bindings() {
            return bindings;
        }

        @Override
        public List<Value> operands() {
            return bindings;
        }
    }

    /** A call through a function value: fn(args..., context). */
    public static final class CallValue extends Instr {
        private final Value fn;
        private final List<Value> args;

        public CallValue(Type type, Value fn, List<Value> args, int pos) {
            super(type, pos);
            this.fn = fn;
            this.args = List.copyOf(args);
        }

        public Value fn() {
            return fn;
        }

        public List<Value> args() {
            return args;
        }

        @Override
        public List<Value> operands() {
            List<Value> ops = new java.util.ArrayList<>(args);
            ops.add(0, fn);
            return ops;
        }
    }

    /** Result i of a call with several results. */
    public static final class Extract extends Instr {
        private final Value tuple;
        private final int index;

        public Extract(Type type, Value tuple, int index, int pos) {
            super(type, pos);
            this.tuple = tuple;
            this.index = index;
        }

        public Value tuple() {
            return tuple;
        }

        public int index() {
            return index;
        }

        @Override
        public List<Value> operands() {
            return List.of(tuple);
        }
    }

    /** {@code &x.f} where x is a pointer to a struct: the address of field number field. */
    public static final class FieldAddr extends Instr {
        private final Value x;
        private final int field;

        public FieldAddr(Type type, Value x, int field, int pos) {
            super(type, pos);
            this.x = x;
            this.field = field;
        }

        public Value x() {
            return x;
        }

        public int field() {
            return field;
        }

        @Override
        public List<Value> operands() {
            return List.of(x);
        }
    }

    /** {@code &x[i]} where x is a pointer to an array or a slice; bounds-checked against its length. */
    public static final class IndexAddr extends Instr {
        private final Value x;
        private final Value index;

        public IndexAddr(Type type, Value x, Value index, int pos) {
            super(type, pos);
            this.x = x;
            this.index = index;
        }

        public Value x() {
            return x;
        }

        public Value index() {
            return index;
        }

        @Override
        public List<Value> operands() {
            return List.of(x, index);
        }
    }

    /** make([]T, len, cap): a new zeroed backing array; panics unless {@code 0 <= len <= cap}. */
    public static final class MakeSlice extends Instr {
        private final Value len;
        private final Value cap;

        public MakeSlice(Type type, Value len, Value cap, int pos) {
            super(type, pos);
            this.len = len;
            this.cap = cap;
        }

        public Value len() {
            return len;
        }

        public Value cap() {
            return cap;
        }

        @Override
        public List<Value> operands() {
            return List.of(len, cap);
        }
    }

    /**
     * x[low:high:max] where x is a slice, a pointer to an array or a string; absent
     * bounds are null. Bounds are checked ({@code 0 <= low <= high <= max <= cap}).
     */
    public static final class Slice extends Instr {
        private final Value x;
        private final Value low;
        private final Value high;
        private final Value max;

        public Slice(Type type, Value x, Value low, Value high, Value max, int pos) {
            super(type, pos);
            this.x = x;
            this.low = low;
            this.high = high;
            this.max = max;
        }

        public Value x() {
            return x;
        }

        public Value low() {
            return low;
        }

        public Value high() {
            return high;
        }

        public Value max() {
            return max;
        }

        @Override
        public List<Value> operands() {
            List<Value> ops = new java.util.ArrayList<>();
            ops.add(x);
            for (Value v : new Value[] {low, high, max}) {
                if (v != null) {
                    ops.add(v);
                }
            }
            return ops;
        }
    }

    /** s[i] for a string s: the byte, bounds-checked. */
    public static final class StringIndex extends Instr {
        private final Value str;
        private final Value index;

        public StringIndex(Value str, Value index, Basic byteType, int pos) {
            super(byteType, pos);
            this.str = str;
            this.index = index;
        }

        public Value str() {
            return str;
        }

        public Value index() {
            return index;
        }

        @Override
        public List<Value> operands() {
            return List.of(str, index);
        }
    }

    /** x.f for a struct value x. */
    public static final class Field extends Instr {
        private final Value x;
        private final int field;

        public Field(Type type, Value x, int field, int pos) {
            super(type, pos);
            this.x = x;
            this.field = field;
        }

        public Value x() {
            return x;
        }

        public int field() {
            return field;
        }

        @Override
        public List<Value> operands() {
            return List.of(x);
        }
    }

    public static final class Jump extends Instr implements Terminator {
        private final BasicBlock target;

        public Jump(BasicBlock target, int pos) {
            super(null, pos);
            this.target = target;
        }

        public BasicBlock target() {
            return target;
        }

        @Override
        public List<Value> operands() {
            return List.of();
        }

        @Override
        public List<BasicBlock> successors() {
            return List.of(target);
        }
    }

    public static final class If extends Instr implements Terminator {
        private final Value cond;
        private final BasicBlock then;
        private final BasicBlock els;

        public If(Value cond, BasicBlock then, BasicBlock els, int pos) {
            super(null, pos);
            this.cond = cond;
            this.then = then;
            this.els = els;
        }

        public Value cond() {
            return cond;
        }

        public BasicBlock then() {
            return then;
        }

        public BasicBlock els() {
            return els;
        }

        @Override
        public List<Value> operands() {
            return List.of(cond);
        }

        @Override
        public List<BasicBlock> successors() {
            return List.of(then, els);
        }
    }

    public static final class Return extends Instr implements Terminator {
        private final List<Value> results;

        public Return(List<Value> results, int pos) {
            super(null, pos);
            this.results = List.copyOf(results);
        }

        public List<Value> results() {
            return results;
        }

        @Override
        public List<Value> operands() {
            return results;
        }
    }

    /** Control never gets here (after a call that does not return, such as a panic). */
    public static final class Unreachable extends Instr implements Terminator {
        public Unreachable(int pos) {
            super(null, pos);
        }

        @Override
        public List<Value> operands() {
            return List.of();
        }
    }

    // ---- interfaces (lowered by codegen's Interfaces) ----

    /** A concrete value x as a value of interface type: {typecode of x's type, x boxed or pointer-shaped}. */
    public static final class MakeInterface extends Instr {
        private final Value x;

        public MakeInterface(Type ifaceType, Value x, int pos) {
            super(ifaceType, pos);
            this.x = x;
        }

        public Value x() {
            return x;
        }

        @Override
        public List<Value> operands() {
            return List.of(x);
        }
    }

    /**
     * x.(T) for an interface value x: the value of type T (panicking when the dynamic type
     * does not match), or with commaOk a tuple (T, bool) that is (zero, false) then.
     */
    public static final class TypeAssert extends Instr {
        private final Value x;
        private final Type asserted;
        private final boolean commaOk;

        public TypeAssert(Type type, Value x, Type asserted, boolean commaOk, int pos) {
            super(type, pos);
            this.x = x;
            this.asserted = asserted;
            this.commaOk = commaOk;
        }

        public Value x() {
            return x;
        }

        public Type asserted() {
            return asserted;
        }

        public boolean commaOk() {
            return commaOk;
        }

        @Override
        public List<Value> operands() {
            return List.of(x);
        }
    }

    /**
     * x.M(args) for an interface value x: a call dispatched on x's dynamic type; method is
     * the interface's. A deferred invoke is the call of a defer statement's thunk: the
     * method it reaches is the deferred function, and may recover (runtime.deferArm).
     */
    public static final class Invoke extends Instr {
        private final Value x;
        private final org.tinygo4j.frontend.types.Func method;
        private final List<Value> args;
        private final boolean deferred;

        public Invoke(Type type, Value x, org.tinygo4j.frontend.types.Func method, List<Value> args, int pos) {
            this(type, x, method, args, false, pos);
        }

        public Invoke(Type type, Value x, org.tinygo4j.frontend.types.Func method, List<Value> args, boolean deferred,
                int pos) {
            super(type, pos);
            this.x = x;
            this.method = method;
            this.args = List.copyOf(args);
            this.deferred = deferred;
        }

        public boolean deferred() {
            return deferred;
        }

        public Value x() {
            return x;
        }

        public org.tinygo4j.frontend.types.Func method() {
            return method;
        }

        public List<Value> args() {
            return args;
        }

        @Override
        public List<Value> operands() {
            List<Value> ops = new java.util.ArrayList<>(args);
            ops.add(0, x);
            return ops;
        }
    }
}
