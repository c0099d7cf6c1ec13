package org.tinygo4j.ssa.build;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.types.Builtin;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Obj;
import org.tinygo4j.frontend.types.Selection;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Tuple;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Var;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Value;

/**
 * The calls of defer and go statements. Go evaluates the function value and the
 * arguments when the statement executes and makes the call later: when the function
 * returns or panics, or on a new goroutine. Both statements become a closure without
 * parameters or results (a thunk). The values are evaluated at the statement, in the
 * order of an ordinary call, and bound by value in the thunk's context (one heap
 * struct, the only allocation of the statement); the thunk's body loads them from
 * there and makes the call. Arguments are evaluated as a call evaluates them, so
 * variadic calls (with or without ...) and f(g()) need nothing of their own here.
 */
final class DeferredCalls {
    private final FunctionBuilder fb;
    private final ExprBuilder exprs;

    DeferredCalls(FunctionBuilder fb) {
        this.fb = fb;
        this.exprs = fb.exprs;
    }

    /** What the thunk does with the values evaluated at the statement. */
    private sealed interface Call {
        /** A builtin (close, copy, delete, panic, print, println, recover) with its operands. */
        record OfBuiltin(Builtin.Id id) implements Call {}

        /** A declared function or concrete method (an instance, if generic): receiver first, then arguments. */
        record Direct(Function target) implements Call {}

        /** An interface's method: the interface value, then the arguments; the thunk dispatches. */
        record OfInterface(Func method) implements Call {}

        /** A function value (a closure, method value or expression), then the arguments. */
        record OfValue(Signature sig) implements Call {}
    }

    /**
     * The thunk of defer call (deferred) or go call: a closure over the values evaluated
     * now; with inFrame, its context is a slot of the current frame (a defer statement
     * that runs at most once per call).
     */
    Value thunk(Expr.Call call, int pos, boolean deferred, boolean inFrame) {
        String what = deferred ? "defer" : "go";
        List<Value> values = new ArrayList<>();
        Call kind = evaluate(call, values, what);
        List<Var> fields = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            fields.add(new Var(pos, null, "a" + i, values.get(i).type(), true, false));
        }
        Struct context = new Struct(fields, java.util.Collections.nCopies(fields.size(), ""));
        Signature thunkSig = new Signature(null, List.of(), Tuple.EMPTY, Tuple.EMPTY, false);
        Function thunk = new Function(fb.pb.uniqueName(fb.fn.linkName() + "." + what), thunkSig, null);
        thunk.setRole(deferred ? Function.Role.DEFER_THUNK : Function.Role.GO_THUNK);
        if (!deferred) {
            thunk.setGoStart(started(kind, values));
        }
        fb.pb.program().functions().add(thunk);
        FunctionBuilder tb = new FunctionBuilder(fb.pb, thunk, fb, thunkSig);
        tb.buildThunk(context, pos, vals -> new DeferredCalls(tb).make(kind, vals, deferred, pos));
        return fb.emit(new Instr.MakeClosure(thunkSig, thunk, values, inFrame, pos));
    }

    /** The function that a go statement's goroutine runs, when known here (else null). */
    private static Function started(Call kind, List<Value> values) {
        Function f = switch (kind) {
            case Call.Direct d -> d.target();
            case Call.OfValue v -> values.get(0) instanceof Instr.MakeClosure mc ? mc.fn()
                    : values.get(0) instanceof Function fn ? fn : null;
            default -> null;
        };
        return f != null && f.goName() != null && f.pos() >= 0 ? f : null;
    }

    /** Evaluates the function value (or receiver) and the arguments of call into out. */
    private Call evaluate(Expr.Call call, List<Value> out, String what) {
        Expr fun = ExprBuilder.unparen(call.fun());
        Obj callee = exprs.calleeObject(fun);
        if (callee instanceof Builtin b) {
            switch (b.id()) {
                case PRINT, PRINTLN -> out.addAll(new Builtins(fb).printArguments(call)); // print(f()): f's results
                case PANIC, CLOSE -> out.add(exprs.expr(call.args().get(0)));
                case COPY -> {
                    out.add(exprs.expr(call.args().get(0)));
                    out.add(exprs.expr(call.args().get(1)));
                }
                // as if the function holding the statement called recover when the thunk runs
                case RECOVER -> out.add(fb.recoverOk());
                case DELETE, CLEAR -> {
                    if (!Maps.deferrable(b.id(), call, fb)) {
                        throw new Unsupported(call.pos(), what + " " + b.name() + " of this operand");
                    }
                    out.addAll(new Maps(fb).deferredArgs(b.id(), call));
                }
                default -> throw new Unsupported(call.pos(), what + " " + b.name());
            }
            return new Call.OfBuiltin(b.id());
        }
        Selection sel = fun instanceof Expr.Selector s ? fb.info.selections.get(s) : null;
        boolean direct = callee instanceof Func f && (f.signature().recv() == null || !Interfaces.isInterfaceMethod(f))
                && (sel == null || sel.kind() == Selection.Kind.METHOD_VAL && !fb.typeArgsUsed(sel.recv()));
        if (direct) {
            Func f = (Func) callee;
            Signature sig = f.signature();
            Function target;
            if (ExprBuilder.isGeneric(f)) {
                target = exprs.instanceOf(fun instanceof Expr.Index ix ? ExprBuilder.unparen(ix.x()) : fun, f);
                sig = target.signature();
            } else {
                target = fb.pb.function(f);
            }
            if (sel != null) {
                out.add(exprs.receiver((Expr.Selector) fun, sel, f));
            }
            out.addAll(exprs.arguments(call, sig));
            return new Call.Direct(target);
        }
        // The function value itself: a method value evaluates (and copies) its receiver now,
        // and one of a nil interface panics here, as Go's does.
        Type ft = fb.subst(fb.info.typeOf(fun));
        if (!(ft != null && ft.underlying() instanceof Signature sig)) {
            throw new Unsupported(call.pos(), "this form of " + what);
        }
        if (sel != null && sel.kind() == Selection.Kind.METHOD_VAL && callee instanceof Func f
                && Interfaces.isInterfaceMethod(f) && (sel.index().size() > 1
                        || !Pointers.is(fb.subst(fb.info.typeOf(((Expr.Selector) fun).x()))))) {
            // i.M(), or x.M() of a type parameter's type argument (unless a pointer,
            // whose value method would load the receiver when called, too late): the
            // thunk calls the method itself, through the dispatch or directly, with no
            // method value in between, so that for a defer the method is the deferred
            // function and may recover, as in Go
            Value recv = exprs.interfaceReceiver((Expr.Selector) fun, sel);
            if (Interfaces.isInterface(recv.type())) {
                new MethodValues(fb).nilInterfaceCheck(recv, fun.pos());
            }
            out.add(recv);
            out.addAll(exprs.arguments(call, sig));
            return new Call.OfInterface(f);
        }
        out.add(exprs.expr(fun));
        out.addAll(exprs.arguments(call, sig));
        return new Call.OfValue(sig);
    }

    /** The body of the thunk: the call, with the values loaded from the cells. */
    private void make(Call kind, List<Value> vals, boolean deferred, int pos) {
        switch (kind) {
            case Call.OfBuiltin b -> {
                switch (b.id()) {
                    case PRINT, PRINTLN -> new Builtins(fb).print(b.id(), vals, pos);
                    case PANIC -> new Builtins(fb).panic(vals.get(0), pos);
                    case CLOSE -> new Channels(fb).builtin(b.id(), vals.get(0), pos);
                    case COPY -> new Builtins(fb).copy(vals.get(0), vals.get(1), pos);
                    case RECOVER -> fb.recoverWith(fb.emit(new Instr.Call(org.tinygo4j.frontend.types.Universe.BOOL,
                            fb.pb.runtimeFunction(RuntimeAbi.DEFER_RECOVER_OK), List.of(vals.get(0)), pos)), pos);
                    case DELETE, CLEAR -> new Maps(fb).deferredCall(b.id(), vals, pos);
                    default -> throw new IllegalStateException("deferred builtin " + b.id());
                }
            }
            case Call.Direct d -> {
                if (deferred) {
                    // the called function may recover (see runtime.deferArm)
                    fb.emit(new Instr.Call(null, fb.pb.runtimeFunction(RuntimeAbi.DEFER_ARM), List.of(d.target()), pos));
                }
                exprs.callFunction(d.target(), d.target().signature(), vals, pos);
            }
            case Call.OfInterface i -> fb.pb.interfaces().invoke(fb, vals.get(0), i.method(),
                    vals.subList(1, vals.size()), deferred, pos);
            case Call.OfValue v -> {
                Value fv = vals.get(0);
                if (deferred) {
                    fb.emit(new Instr.Call(null, fb.pb.runtimeFunction(RuntimeAbi.DEFER_ARM_VALUE), List.of(fv), pos));
                }
                Tuple res = v.sig().results();
                Type rt = res.size() == 0 ? null : res.size() == 1 ? res.at(0) : res;
                fb.emit(new Instr.CallValue(rt, fv, vals.subList(1, vals.size()), pos));
            }
        }
    }
}
