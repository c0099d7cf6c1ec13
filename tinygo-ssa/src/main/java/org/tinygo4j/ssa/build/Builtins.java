package org.tinygo4j.ssa.build;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Builtin;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Selection;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Tuple;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Value;

/**
 * Calls of the built-in functions, Go's and package unsafe's (the spec's "Built-in
 * functions" and "Package unsafe"): most become a BuiltinCall instruction, which the
 * lowering expands, and ask for the runtime functions it will call; those of channels
 * and maps go to Channels and Maps, min and max become branches. Also print, panic and
 * copy of values already evaluated, which the thunks of defer and go statements call.
 */
final class Builtins {
    private final FunctionBuilder fb;
    private final ExprBuilder exprs;

    Builtins(FunctionBuilder fb) {
        this.fb = fb;
        this.exprs = fb.exprs;
    }

    /** A call of builtin b (not a conversion); null for one without a result. */
    Value call(Expr.Call c, Builtin b) {
        List<Value> args = new ArrayList<>();
        if (b.id() != Builtin.Id.PRINT && b.id() != Builtin.Id.PRINTLN && c.args().size() == 1
                && fb.info.typeOf(c.args().get(0)) instanceof Tuple tt && tt.size() > 1) {
            return builtinOfResults(c, b, tt);
        }
        switch (b.id()) {
            case PRINT, PRINTLN -> {
                return print(b.id(), printArguments(c), c.pos());
            }
            case PANIC -> {
                panic(exprs.expr(c.args().get(0)), ExprBuilder.callPos(c));
                return null;
            }
            case RECOVER -> {
                return fb.recover(c.pos());
            }
            case COMPLEX -> {
                Type ct = exprs.typeOf(c);
                Type part = ((Basic) ct.underlying()).kind() == Basic.Kind.COMPLEX64 ? Universe.FLOAT32 : Universe.FLOAT64;
                Value re = exprs.convert(exprs.expr(c.args().get(0)), part, c.pos());
                Value im = exprs.convert(exprs.expr(c.args().get(1)), part, c.pos());
                return fb.emit(new Instr.BuiltinCall(ct, b.id(), List.of(re, im), c.pos()));
            }
            case SIZEOF, ALIGNOF -> {
                // not constant only in generic code: the instance's type decides
                Type t = fb.subst(fb.info.typeOf(c.args().get(0)));
                org.tinygo4j.frontend.types.TypeSizes sizes = fb.pb.program().sizes();
                long v = b.id() == Builtin.Id.SIZEOF ? sizes.sizeof(t) : sizes.alignof(t);
                return new org.tinygo4j.ssa.ir.Const(Universe.UINTPTR, Constant.IntVal.of(v));
            }
            case OFFSETOF -> {
                Expr arg = ExprBuilder.unparen(c.args().get(0));
                if (!(arg instanceof Expr.Selector sel) || !(fb.info.selections.get(sel) instanceof Selection s)) {
                    throw new Unsupported(c.pos(), "unsafe.Offsetof of this expression");
                }
                org.tinygo4j.frontend.types.TypeSizes sizes = fb.pb.program().sizes();
                Type t = exprs.typeOf(sel.x());
                long off = 0;
                for (int i : s.index()) {
                    Struct st = (Struct) (t instanceof Pointer p ? p.elem() : t).underlying();
                    off += sizes.offsetsof(st).get(i);
                    t = st.fields().get(i).type();
                }
                return new org.tinygo4j.ssa.ir.Const(Universe.UINTPTR, Constant.IntVal.of(off));
            }
            case REAL, IMAG -> {
                Value z = exprs.expr(c.args().get(0));
                return fb.emit(new Instr.BuiltinCall(exprs.typeOf(c), b.id(), List.of(z), c.pos()));
            }
            case LEN, CAP -> {
                Value v = exprs.expr(c.args().get(0));
                if (v.type().underlying() instanceof Basic bt && bt.isString()
                        || v.type().underlying() instanceof org.tinygo4j.frontend.types.Slice) {
                    return fb.emit(new Instr.BuiltinCall(Universe.INT, b.id(), List.of(v), c.pos()));
                }
                if (v.type().underlying() instanceof org.tinygo4j.frontend.types.Chan) {
                    return new Channels(fb).builtin(b.id(), v, c.pos());
                }
                if (b.id() == Builtin.Id.LEN && Maps.isMap(v.type())) {
                    return new Maps(fb).len(v, c.pos());
                }
                // an array, or a pointer to one (even nil), not constant only because
                // computing it calls or receives: evaluated above, its length is the type's
                Type at = v.type().underlying() instanceof Pointer pt ? pt.elem().underlying() : v.type().underlying();
                if (at instanceof Array arr) {
                    return new org.tinygo4j.ssa.ir.Const(Universe.INT, Constant.IntVal.of(arr.len()));
                }
                throw new Unsupported(c.pos(), b.name() + " of " + v.type());
            }
            case NEW -> {
                Type t = Pointers.elem(exprs.typeOf(c));
                return fb.alloc(t, "new", c.pos(), true);
            }
            case MAKE -> {
                Type t = exprs.typeOf(c);
                if (t.underlying() instanceof org.tinygo4j.frontend.types.Chan) {
                    return new Channels(fb).make(c, t);
                }
                if (Maps.isMap(t)) {
                    return new Maps(fb).make(t, c.args().size() > 1 ? exprs.expr(c.args().get(1)) : null, c.pos());
                }
                if (!(t.underlying() instanceof org.tinygo4j.frontend.types.Slice)) {
                    throw new Unsupported(c.pos(), "make of " + t);
                }
                Value len = makeSize(exprs.expr(c.args().get(1)), c.pos());
                Value cap = c.args().size() > 2 ? makeSize(exprs.expr(c.args().get(2)), c.pos()) : len;
                fb.pb.requireRuntime(RuntimeAbi.PANIC_MAKE_SLICE, c.pos());
                return fb.emit(new Instr.MakeSlice(t, len, cap, c.pos()));
            }
            case APPEND -> {
                Type t = exprs.typeOf(c);
                Value s0 = exprs.convert(exprs.expr(c.args().get(0)), t, c.pos());
                if (c.args().size() == 1) {
                    return s0;
                }
                Value add;
                if (c.hasEllipsis()) {
                    add = exprs.expr(c.args().get(1));
                } else {
                    Type elem = ((org.tinygo4j.frontend.types.Slice) t.underlying()).elem();
                    add = exprs.lits.sliceOf(elem, c.args().subList(1, c.args().size()), false, c.pos());
                }
                fb.pb.requireRuntime(RuntimeAbi.SLICE_APPEND, c.pos());
                return fb.emit(new Instr.BuiltinCall(t, b.id(), List.of(s0, add), c.pos()));
            }
            case COPY -> {
                Value dst = exprs.expr(c.args().get(0));
                return copy(dst, exprs.expr(c.args().get(1)), c.pos());
            }
            case STRING -> {
                Value p = exprs.expr(c.args().get(0));
                Value n = exprs.convert(exprs.expr(c.args().get(1)), Universe.UINTPTR, c.pos());
                return fb.emit(new Instr.BuiltinCall(exprs.typeOf(c), b.id(), List.of(p, n), c.pos()));
            }
            case SLICE -> {
                Value p = exprs.expr(c.args().get(0));
                Value n = makeSize(exprs.expr(c.args().get(1)), c.pos()); // a wider length is checked at its width
                fb.pb.requireRuntime(RuntimeAbi.PANIC_UNSAFE_SLICE, c.pos());
                return fb.emit(new Instr.BuiltinCall(exprs.typeOf(c), b.id(), List.of(p, n), c.pos()));
            }
            case STRINGDATA, SLICEDATA -> {
                Value v = exprs.expr(c.args().get(0));
                return fb.emit(new Instr.BuiltinCall(exprs.typeOf(c), b.id(), List.of(v), c.pos()));
            }
            case ADD -> {
                Value p = fb.emit(new Instr.Convert(Universe.UINTPTR, exprs.expr(c.args().get(0)), c.pos()));
                Value n = exprs.convert(exprs.expr(c.args().get(1)), Universe.UINTPTR, c.pos());
                Value sum = exprs.binop(Universe.UINTPTR, Token.ADD, p, n, c.pos());
                return fb.emit(new Instr.Convert(Universe.UNSAFE_POINTER, sum, c.pos()));
            }
            case CLOSE -> {
                return new Channels(fb).builtin(b.id(), exprs.expr(c.args().get(0)), c.pos());
            }
            case DELETE -> {
                new Maps(fb).delete(c.args().get(0), c.args().get(1), c.pos());
                return null;
            }
            case CLEAR -> {
                Value v = exprs.expr(c.args().get(0));
                if (!Maps.isMap(v.type())) {
                    // a slice: its elements up to len become zero (one memset)
                    fb.emit(new Instr.BuiltinCall(null, b.id(), List.of(v), c.pos()));
                    return null;
                }
                new Maps(fb).clear(v, c.pos());
                return null;
            }
            case MIN, MAX -> {
                return minMax(c, b.id() == Builtin.Id.MIN);
            }
            default -> throw new Unsupported(c.pos(), "builtin " + b.name());
        }
    }

    /** A builtin given the results of one call as its arguments: complex(f()), copy(f()), append(f()), delete(f()). */
    private Value builtinOfResults(Expr.Call c, Builtin b, Tuple tt) {
        Value tuple = exprs.expr(c.args().get(0));
        List<Value> vs = new ArrayList<>();
        for (int i = 0; i < tt.size(); i++) {
            vs.add(exprs.extract(tuple, i, c.pos()));
        }
        switch (b.id()) {
            case COMPLEX -> {
                Type ct = exprs.typeOf(c);
                Type part = ((Basic) ct.underlying()).kind() == Basic.Kind.COMPLEX64 ? Universe.FLOAT32 : Universe.FLOAT64;
                return fb.emit(new Instr.BuiltinCall(ct, b.id(), List.of(exprs.convert(vs.get(0), part, c.pos()),
                        exprs.convert(vs.get(1), part, c.pos())), c.pos()));
            }
            case COPY -> {
                return copy(vs.get(0), vs.get(1), c.pos());
            }
            case APPEND -> {
                Type t = exprs.typeOf(c);
                Type elem = ((org.tinygo4j.frontend.types.Slice) t.underlying()).elem();
                Value add = exprs.lits.sliceOfValues(elem, vs.subList(1, vs.size()), false, c.pos());
                fb.pb.requireRuntime(RuntimeAbi.SLICE_APPEND, c.pos());
                return fb.emit(new Instr.BuiltinCall(t, b.id(), List.of(exprs.convert(vs.get(0), t, c.pos()), add),
                        c.pos()));
            }
            case DELETE -> {
                new Maps(fb).delete(vs.get(0), vs.get(1), c.pos());
                return null;
            }
            default -> throw new Unsupported(c.pos(), "builtin " + b.name() + " of a call's results");
        }
    }

    /**
     * The values print or println prints: its arguments, or the results of the one
     * call it is given when that call has several (print(f()) prints each of them).
     */
    List<Value> printArguments(Expr.Call c) {
        List<Value> args = new ArrayList<>();
        if (c.args().size() == 1 && fb.info.typeOf(c.args().get(0)) instanceof Tuple tt && tt.size() > 1) {
            Value tuple = exprs.expr(c.args().get(0));
            for (int i = 0; i < tt.size(); i++) {
                args.add(exprs.extract(tuple, i, c.pos()));
            }
        } else {
            for (Expr a : c.args()) {
                args.add(exprs.expr(a));
            }
        }
        for (Value v : args) {
            requirePrinter(v.type(), c.pos());
        }
        return args;
    }

    /**
     * Builds the runtime's printer for values of type t when it is not one that every
     * program has (ProgramBuilder.RUNTIME_HOOKS).
     */
    private void requirePrinter(Type t, int pos) {
        if (t.underlying() instanceof org.tinygo4j.frontend.types.Slice) {
            fb.pb.requireRuntime(RuntimeAbi.PRINTSLICE, pos);
        }
        if (t.underlying() instanceof Basic bt && (bt.isFloat() || bt.isComplex())) {
            fb.pb.requireRuntime(RuntimeAbi.PRINTFLOAT64, pos);
            if (bt.isComplex()) {
                fb.pb.requireRuntime(RuntimeAbi.PRINTCOMPLEX, pos);
            }
        }
    }

    /** print or println of values already evaluated (some kinds need the runtime's printers). */
    Value print(Builtin.Id id, List<Value> args, int pos) {
        for (Value v : args) {
            requirePrinter(v.type(), pos);
        }
        return fb.emit(new Instr.BuiltinCall(null, id, args, pos));
    }

    /**
     * panic(v): the value travels as an interface (recover returns it); the runtime
     * prints it if no deferred call recovers it.
     */
    void panic(Value v, int pos) {
        if (v.type().underlying() instanceof Basic bt && (bt.isFloat() || bt.isComplex())) {
            fb.pb.requireRuntime(RuntimeAbi.PRINTFLOAT64, pos);
            fb.emit(new Instr.Call(null, fb.pb.runtimeFunction(bt.isComplex() ? RuntimeAbi.PANIC_COMPLEX_PRINTER
                    : RuntimeAbi.PANIC_FLOAT_PRINTER), List.of(), pos));
        }
        boolean plain = v.type() instanceof Basic bt && bt.isString()
                || !Interfaces.isInterface(v.type()) && fb.pb.interfaces().methodSet(v.type()).containsKey("Error");
        if (!plain) {
            // other values print by type and kind (see runtime.panicAny)
            fb.emit(new Instr.Call(null, fb.pb.runtimeFunction(RuntimeAbi.PANIC_ANY_PRINTER), List.of(), pos));
        }
        Value iv = exprs.convert(v, new org.tinygo4j.frontend.types.Interface(List.of(), List.of()), pos);
        fb.emit(new Instr.Call(null, fb.pb.runtimeFunction(RuntimeAbi.GOPANIC), List.of(iv), pos));
        fb.emit(new Instr.Unreachable(pos));
    }

    /** copy(dst, src) of values already evaluated; the count of elements copied. */
    Value copy(Value dst, Value src, int pos) {
        fb.pb.requireRuntime(RuntimeAbi.SLICE_COPY, pos);
        return fb.emit(new Instr.BuiltinCall(Universe.INT, Builtin.Id.COPY, List.of(dst, src), pos));
    }

    /**
     * min or max of operands not all constant, left to right: an operand replaces the
     * result so far when it is less (greater); for floats also when it is a NaN (a NaN
     * anywhere gives NaN), and when both are zeros, min gives -0 unless both are +0 and
     * max +0 unless both are -0 (IEEE sums give exactly that: max is x + y, min is
     * -(-x + -y)).
     */
    private Value minMax(Expr.Call c, boolean isMin) {
        Type t = exprs.typeOf(c);
        int pos = c.pos();
        Instr.Alloc acc = fb.alloc(t, isMin ? "min" : "max", pos, false);
        fb.store(acc, exprs.convert(exprs.expr(c.args().get(0)), t, pos), pos);
        boolean isFloat = t.underlying() instanceof Basic bt && bt.isFloat();
        Token better = isMin ? Token.LSS : Token.GTR;
        for (Expr a : c.args().subList(1, c.args().size())) {
            Value x = exprs.convert(exprs.expr(a), t, pos);
            Value cur = fb.load(acc, pos);
            BasicBlock take = fb.newBlock("minmax.take");
            BasicBlock next = fb.newBlock("minmax.next");
            if (isFloat) {
                BasicBlock number = fb.newBlock("minmax.number");
                BasicBlock notBetter = fb.newBlock("minmax.notbetter");
                BasicBlock xZero = fb.newBlock("minmax.xzero");
                BasicBlock zeros = fb.newBlock("minmax.zeros");
                fb.emit(new Instr.If(exprs.binop(Universe.BOOL, Token.NEQ, x, x, pos), take, number, pos));
                fb.setCurrent(number);
                fb.emit(new Instr.If(exprs.binop(Universe.BOOL, better, x, cur, pos), take, notBetter, pos));
                fb.setCurrent(notBetter);
                Value zero = org.tinygo4j.ssa.ir.Const.zero(t);
                fb.emit(new Instr.If(exprs.binop(Universe.BOOL, Token.EQL, x, zero, pos), xZero, next, pos));
                fb.setCurrent(xZero);
                fb.emit(new Instr.If(exprs.binop(Universe.BOOL, Token.EQL, cur, zero, pos), zeros, next, pos));
                fb.setCurrent(zeros);
                Value z = isMin
                        ? fb.emit(new Instr.UnOp(t, Token.SUB, exprs.binop(t, Token.ADD,
                                fb.emit(new Instr.UnOp(t, Token.SUB, x, pos)), fb.emit(new Instr.UnOp(t, Token.SUB, cur, pos)),
                                pos), pos))
                        : exprs.binop(t, Token.ADD, x, cur, pos);
                fb.store(acc, z, pos);
                fb.emit(new Instr.Jump(next, pos));
            } else {
                fb.emit(new Instr.If(exprs.binop(Universe.BOOL, better, x, cur, pos), take, next, pos));
            }
            fb.setCurrent(take);
            fb.store(acc, x, pos);
            fb.emit(new Instr.Jump(next, pos));
            fb.setCurrent(next);
        }
        return fb.load(acc, pos);
    }

    /**
     * A size for make([]T, ...) as an int, except a typed integer wider than int (an
     * int64 on a 32-bit target) stays as it is: cut to an int, a size too big for the
     * target would look small; the lowering checks it at its width.
     */
    private Value makeSize(Value v, int pos) {
        if (v.type().underlying() instanceof Basic bt && bt.isInteger() && !bt.isUntyped()
                && fb.pb.program().sizes().sizeof(bt) > fb.pb.program().sizes().sizeof(Universe.INT)) {
            return v;
        }
        return exprs.convert(v, Universe.INT, pos);
    }
}
