package org.tinygo4j.ssa.build;

import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Interface;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Signature;
import org.tinygo4j.frontend.types.Tuple;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Types;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Param;
import org.tinygo4j.ssa.ir.Value;

/**
 * runtime.SetFinalizer(obj, f) where the static types say what the runtime would
 * otherwise have to find out from type descriptors: obj has a pointer type and f is
 * nil or a function of one parameter that obj's type can be assigned to. The call
 * becomes runtime.setFinalizer(obj, thunk, &f, f == nil), where the thunk, a function
 * of the call site, takes the object's address and the address of a copy of f (the
 * runtime keeps f in its entry), converts them to f's parameter type and f's type,
 * calls f and drops its results: the runtime then calls every finalizer the same way,
 * and a SetFinalizer call allocates nothing but the runtime's entry. Other calls (an
 * interface-typed obj or f, or a runtime without setFinalizer) stay calls of
 * SetFinalizer, whose finalizers never run.
 */
final class Finalizers {
    private final FunctionBuilder fb;

    Finalizers(FunctionBuilder fb) {
        this.fb = fb;
    }

    static boolean isSetFinalizer(Func f) {
        return f.pkg() != null && f.pkg().path().equals(RuntimeAbi.SET_FINALIZER_API.pkg())
                && f.name().equals(RuntimeAbi.SET_FINALIZER_API.goName())
                && f.signature().recv() == null;
    }

    /** The lowered call, or null when the static types do not allow it. */
    Value call(Expr.Call c) {
        Function set = fb.pb.runtimeFunction(RuntimeAbi.SET_FINALIZER);
        if (set == null || c.args().size() != 2 || c.hasEllipsis()) {
            return null;
        }
        Type objType = fb.subst(fb.exprs.typeOf(c.args().get(0)));
        Type finType = fb.subst(fb.exprs.typeOf(c.args().get(1)));
        if (!(objType.underlying() instanceof Pointer)) {
            return null;
        }
        boolean nilLiteral = finType.underlying() instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL;
        Signature fsig = finType.underlying() instanceof Signature s ? s : null;
        if (!nilLiteral && (fsig == null || fsig.params().size() != 1 || fsig.variadic()
                || !accepts(fsig.params().at(0), objType))) {
            return null;
        }
        int pos = c.pos();
        Type callType = set.signature().params().at(1);
        Type fnPtrType = set.signature().params().at(2);
        Value obj = fb.exprs.expr(c.args().get(0));
        Value objPtr = fb.emit(new Instr.Convert(Universe.UNSAFE_POINTER, obj, pos));
        if (nilLiteral) {
            fb.exprs.expr(c.args().get(1));
            return fb.emit(new Instr.Call(null, set, List.of(objPtr, Const.zero(callType), Const.zero(fnPtrType),
                    new Const(Universe.BOOL, new Constant.BoolVal(true))), pos));
        }
        Value fv = fb.exprs.expr(c.args().get(1));
        Value isNil = fb.exprs.binop(Universe.BOOL, Token.EQL, fv, Const.zero(fv.type()), pos);
        // f travels as the address of a stack slot, which setFinalizer copies from
        Instr.Alloc slot = fb.alloc(fv.type(), "finalizer.fn", pos, false);
        fb.store(slot, fv, pos);
        Value fnPtr = fb.emit(new Instr.Convert(fnPtrType, fb.emit(new Instr.Convert(Universe.UNSAFE_POINTER, slot, pos)),
                pos));

        // the thunk: func(obj unsafe.Pointer, fn *func()) calls *(*F)(fn) with obj as f's parameter
        Signature thunkSig = (Signature) callType.underlying();
        Function thunk = new Function(fb.pb.uniqueName(fb.fn.linkName() + ".finalizer"), thunkSig, null);
        fb.pb.program().functions().add(thunk);
        FunctionBuilder tb = new FunctionBuilder(fb.pb, thunk);
        tb.setCurrent(thunk.newBlock("entry"));
        Param p = new Param(Universe.UNSAFE_POINTER, "obj", 0);
        thunk.params().add(p);
        Param fp = new Param(fnPtrType, "fn", 1);
        thunk.params().add(fp);
        Param ctx = new Param(Universe.UNSAFE_POINTER, "context", 2);
        thunk.params().add(ctx);
        thunk.setContext(ctx);
        Value typed = tb.emit(new Instr.Convert(new Pointer(fv.type()),
                tb.emit(new Instr.Convert(Universe.UNSAFE_POINTER, fp, pos)), pos));
        Value f = tb.load(typed, pos);
        Value arg = tb.exprs.convert(tb.emit(new Instr.Convert(objType, p, pos)), fsig.params().at(0), pos);
        Tuple res = fsig.results();
        Type rt = res.size() == 0 ? null : res.size() == 1 ? res.at(0) : res;
        tb.emit(new Instr.CallValue(rt, f, List.of(arg), pos));
        tb.emit(new Instr.Return(List.of(), pos));
        Value call = fb.emit(new Instr.MakeClosure(callType, thunk, List.of(), pos));
        return fb.emit(new Instr.Call(null, set, List.of(objPtr, call, fnPtr, isNil), pos));
    }

    /** Whether a value of objType can be passed as param: the same type, or an interface it has the methods of. */
    private boolean accepts(Type param, Type objType) {
        if (Types.identical(param, objType)) {
            return true;
        }
        if (!(param.underlying() instanceof Interface i)) {
            return false;
        }
        var methods = fb.pb.interfaces().methodSet(objType);
        return i.allMethods().stream().allMatch(m -> methods.containsKey(m.name()));
    }
}
