package org.tinygo4j.ssa.build;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Selection;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Param;
import org.tinygo4j.ssa.ir.Value;

/**
 * Method values x.M (on concrete types and on interfaces): the receiver is evaluated
 * (and copied) when the method value is, into a heap cell; the result is a closure
 * over that cell whose body loads the receiver and calls the method (through the
 * interface's dispatch for an interface receiver). Method expressions T.M are
 * closures without context whose first parameter is the receiver.
 */
final class MethodValues {
    private final FunctionBuilder fb;

    MethodValues(FunctionBuilder fb) {
        this.fb = fb;
    }

    /**
     * A method expression T.M, (*T).M or I.M: a function whose first parameter is the
     * receiver (loaded through the pointer for a value method of *T; dispatched for I).
     */
    Value expression(Expr.Selector s, Selection sel, Signature valueSig) {
        Func m = (Func) sel.obj();
        boolean iface = Interfaces.isInterfaceMethod(m);
        Function thunk = new Function(fb.pb.uniqueName(fb.fn.linkName() + ".methodexpr"), valueSig, null);
        fb.pb.program().functions().add(thunk);
        FunctionBuilder tb = new FunctionBuilder(fb.pb, thunk);
        tb.setCurrent(thunk.newBlock("entry"));
        List<Value> params = new ArrayList<>();
        for (int i = 0; i < valueSig.params().size(); i++) {
            Param p = new Param(valueSig.params().at(i), "p" + i, i);
            thunk.params().add(p);
            params.add(p);
        }
        Param ctx = new Param(Universe.UNSAFE_POINTER, "context", thunk.params().size());
        thunk.params().add(ctx);
        thunk.setContext(ctx);
        int pos = s.pos();
        Value recv = params.get(0);
        List<Value> rest = params.subList(1, params.size());
        Value result;
        if (sel.index().size() > 1) {
            // Promoted through embedded fields: the wrapper that interface calls use.
            // the method as recv's method set has it: signature with the type arguments in place
            Interfaces.Method pm = fb.pb.interfaces().methodSet(recv.type()).get(m.name());
            Function w = fb.pb.interfaces().methodFunction(recv.type(), pm != null ? pm : new Interfaces.Method(m, sel.index()));
            tb.forwardDeferred(w, pos);
            result = tb.exprs.callFunction(w, w.signature(), params, pos);
        } else if (iface) {
            boolean deferred = tb.rearmDeferred(pos);
            result = fb.pb.interfaces().invoke(tb, recv, fb.pb.interfaces().substituted(fb, m), rest, deferred, pos);
        } else {
            boolean wantPtr = m.signature().recv().type() instanceof Pointer;
            List<Value> all = new ArrayList<>();
            all.add(!wantPtr && Pointers.is(recv.type()) ? tb.load(recv, pos) : recv);
            all.addAll(rest);
            Function target = target(s, m);
            tb.forwardDeferred(target, pos);
            result = tb.exprs.callFunction(target, target.signature(), all, pos);
        }
        returnResults(tb, valueSig, result, pos);
        return fb.emit(new Instr.MakeClosure(valueSig, thunk, List.of(), pos));
    }

    /** The function of concrete method m: its instance for a method of a generic type. */
    private Function target(Expr.Selector s, Func m) {
        return ExprBuilder.isGeneric(m) ? fb.exprs.instanceOf(s, m) : fb.pb.function(m);
    }

    private static void returnResults(FunctionBuilder tb, Signature sig, Value result, int pos) {
        List<Value> results = new ArrayList<>();
        if (sig.results().size() == 1) {
            results.add(result);
        } else {
            for (int i = 0; i < sig.results().size(); i++) {
                results.add(tb.exprs.extract(result, i, pos));
            }
        }
        tb.emit(new Instr.Return(results, pos));
    }

    /** A method value of a nil interface panics where it is evaluated, as Go's does. */
    void nilInterfaceCheck(Value recv, int pos) {
        Value isNil = fb.exprs.binop(Universe.BOOL, Token.EQL, recv, Const.zero(recv.type()), pos);
        BasicBlock nil = fb.newBlock("methodvalue.nil");
        BasicBlock ok = fb.newBlock("methodvalue.ok");
        fb.emit(new Instr.If(isNil, nil, ok, pos));
        fb.setCurrent(nil);
        fb.emit(new Instr.Call(null, fb.pb.runtimeFunction(RuntimeAbi.PANIC_NIL_DEREF), List.of(), pos));
        fb.emit(new Instr.Unreachable(pos));
        fb.setCurrent(ok);
    }

    Value build(Expr.Selector s, Selection sel, Signature valueSig) {
        Func m = (Func) sel.obj();
        boolean iface = Interfaces.isInterfaceMethod(m);
        Value recv = iface ? fb.exprs.interfaceReceiver(s, sel) : fb.exprs.receiver(s, sel, m);
        if (iface) {
            nilInterfaceCheck(recv, s.pos());
        }
        Type rt = recv.type();
        Instr.Alloc cell = fb.alloc(rt, "bound.recv", s.pos(), true);
        fb.store(cell, recv, s.pos());

        Function thunk = new Function(fb.pb.uniqueName(fb.fn.linkName() + ".bound"), valueSig, null);
        fb.pb.program().functions().add(thunk);
        FunctionBuilder tb = new FunctionBuilder(fb.pb, thunk);
        tb.setCurrent(thunk.newBlock("entry"));
        List<Value> args = new ArrayList<>();
        for (int i = 0; i < valueSig.params().size(); i++) {
            Param p = new Param(valueSig.params().at(i), "p" + i, i);
            thunk.params().add(p);
            args.add(p);
        }
        Param ctx = new Param(Universe.UNSAFE_POINTER, "context", thunk.params().size());
        thunk.params().add(ctx);
        thunk.setContext(ctx);
        int pos = s.pos();
        Value slot = tb.emit(new Instr.Convert(new Pointer(new Pointer(rt)), ctx, pos));
        Value r = tb.load(tb.load(slot, pos), pos);
        Value result;
        if (iface) {
            boolean deferred = tb.rearmDeferred(pos);
            result = fb.pb.interfaces().invoke(tb, r, fb.pb.interfaces().substituted(fb, m), args, deferred, pos);
        } else {
            List<Value> all = new ArrayList<>();
            all.add(r);
            all.addAll(args);
            Function target = target(s, m);
            tb.forwardDeferred(target, pos);
            result = tb.exprs.callFunction(target, target.signature(), all, pos);
        }
        returnResults(tb, valueSig, result, pos);
        return fb.emit(new Instr.MakeClosure(valueSig, thunk, List.of(cell), pos));
    }
}
