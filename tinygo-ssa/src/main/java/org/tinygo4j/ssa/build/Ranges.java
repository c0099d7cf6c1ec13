package org.tinygo4j.ssa.build;

import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Value;

/**
 * Range loops over integers, arrays (and pointers to them), slices and strings: a
 * counter or byte offset, the key and value assigned each iteration. Channels and
 * maps have their own lowering (Channels, Maps), reached from here.
 */
final class Ranges {
    private final FunctionBuilder fb;

    Ranges(FunctionBuilder fb) {
        this.fb = fb;
    }

    /** for k, v := range x over an integer (Go 1.22), an array, a slice or a string. */
    void range(Stmt.Range r, String label) {
        Type xt = fb.subst(fb.info.typeOf(r.x()));
        Type u = xt == null ? null : xt.underlying();
        Value arrayAddr = null;
        Value sliceValue = null;
        Value n;
        Type indexType;
        if (u instanceof Basic b && b.isInteger()) {
            n = fb.exprs.expr(r.x());
            indexType = n.type();
        } else if (u instanceof Array arr || (u instanceof Pointer p && p.elem().underlying() instanceof Array)) {
            Array arr = (Array) (u instanceof Pointer p ? p.elem().underlying() : u);
            boolean values = r.value() != null && !(ExprBuilder.unparen(r.value()) instanceof Expr.Ident vid && vid.isBlank());
            if (u instanceof Pointer) {
                arrayAddr = fb.exprs.expr(r.x());
            } else if (values) {
                // the values are those of the array when the loop starts: writes to it in
                // the body must not show, so they come from a copy
                arrayAddr = fb.alloc(xt, "range.copy", r.pos(), false);
                fb.store(arrayAddr, fb.exprs.expr(r.x()), r.pos());
            } else {
                arrayAddr = fb.exprs.addrOrTemp(r.x());
            }
            n = new Const(Universe.INT, Constant.IntVal.of(arr.len()));
            indexType = Universe.INT;
        } else if (u instanceof Basic bs && bs.isString()) {
            rangeString(r, label);
            return;
        } else if (u instanceof org.tinygo4j.frontend.types.Chan) {
            new Channels(fb).range(r, label);
            return;
        } else if (Maps.isMap(u)) {
            new Maps(fb).range(r, label);
            return;
        } else if (u instanceof org.tinygo4j.frontend.types.Slice st) {
            Value sv = fb.exprs.expr(r.x());
            n = fb.emit(new Instr.BuiltinCall(Universe.INT, org.tinygo4j.frontend.types.Builtin.Id.LEN, List.of(sv), r.pos()));
            indexType = Universe.INT;
            sliceValue = sv;
        } else {
            throw new Unsupported(r.pos(), "range over " + xt);
        }
        Instr.Alloc counter = fb.alloc(indexType, "range.index", r.pos(), false);
        BasicBlock cond = fb.newBlock("range.cond");
        BasicBlock body = fb.newBlock("range.body");
        BasicBlock post = fb.newBlock("range.post");
        BasicBlock done = fb.newBlock("range.done");
        fb.jump(cond);
        fb.setCurrent(cond);
        Value i = fb.load(counter, r.pos());
        fb.emit(new Instr.If(fb.exprs.binop(Universe.BOOL, Token.LSS, i, n, r.pos()), body, done, r.pos()));
        fb.setCurrent(body);
        boolean blank = r.value() instanceof Expr.Ident vid && vid.name().equals("_");
        Value value = null;
        if (r.value() != null && !blank && arrayAddr != null) {
            // (a blank value reads nothing: ranging over a nil array pointer is valid)
            Type elem = ((Array) Pointers.elem(arrayAddr.type()).underlying()).elem();
            Value ea = fb.emit(new Instr.IndexAddr(new Pointer(elem), arrayAddr, i, r.pos()));
            value = fb.load(ea, r.pos());
        } else if (r.value() != null && sliceValue != null) {
            Type elem = ((org.tinygo4j.frontend.types.Slice) sliceValue.type().underlying()).elem();
            Value ea = fb.emit(new Instr.IndexAddr(new Pointer(elem), sliceValue, i, r.pos()));
            value = fb.load(ea, r.pos());
        }
        fb.stmts.rangeAssign(r, i, value);
        fb.stmts.loopBody(r.body().list(), label, done, post);
        fb.jump(post);
        fb.setCurrent(post);
        Value next = fb.exprs.binop(indexType, Token.ADD, fb.load(counter, r.pos()),
                new Const(indexType, Constant.IntVal.of(1)), r.pos());
        fb.store(counter, next, r.pos());
        fb.jump(cond);
        fb.setCurrent(done);
    }

    /** for i, r := range s: i is the byte offset, r the rune decoded there (U+FFFD for bad UTF-8). */
    private void rangeString(Stmt.Range r, String label) {
        Value str = fb.exprs.expr(r.x());
        fb.pb.requireRuntime(RuntimeAbi.DECODE_RUNE, r.pos());
        Function decode = fb.pb.runtimeFunction(RuntimeAbi.DECODE_RUNE);
        Instr.Alloc offset = fb.alloc(Universe.INT, "range.offset", r.pos(), false);
        Instr.Alloc width = fb.alloc(Universe.INT, "range.width", r.pos(), false);
        BasicBlock cond = fb.newBlock("range.cond");
        BasicBlock body = fb.newBlock("range.body");
        BasicBlock post = fb.newBlock("range.post");
        BasicBlock done = fb.newBlock("range.done");
        fb.jump(cond);
        fb.setCurrent(cond);
        Value i = fb.load(offset, r.pos());
        Value n = fb.emit(new Instr.BuiltinCall(Universe.INT, org.tinygo4j.frontend.types.Builtin.Id.LEN, List.of(str),
                r.pos()));
        fb.emit(new Instr.If(fb.exprs.binop(Universe.BOOL, Token.LSS, i, n, r.pos()), body, done, r.pos()));
        fb.setCurrent(body);
        Value rw = fb.exprs.callFunction(decode, decode.signature(), List.of(str, i), r.pos());
        fb.store(width, fb.exprs.extract(rw, 1, r.pos()), r.pos());
        fb.stmts.rangeAssign(r, i, r.value() == null ? null : fb.exprs.extract(rw, 0, r.pos()));
        fb.stmts.loopBody(r.body().list(), label, done, post);
        fb.jump(post);
        fb.setCurrent(post);
        fb.store(offset, fb.exprs.binop(Universe.INT, Token.ADD, fb.load(offset, r.pos()), fb.load(width, r.pos()), r.pos()),
                r.pos());
        fb.jump(cond);
        fb.setCurrent(done);
    }
}
