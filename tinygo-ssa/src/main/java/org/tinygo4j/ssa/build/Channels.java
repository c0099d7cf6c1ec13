package org.tinygo4j.ssa.build;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Array;
import org.tinygo4j.frontend.types.Basic;
import org.tinygo4j.frontend.types.Builtin;
import org.tinygo4j.frontend.types.Chan;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.TypeName;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Value;

/**
 * Channel operations and select, built as calls of the runtime (runtime/chan.go).
 * A chan value is a pointer to the runtime's channel struct, so it is passed as is
 * where the runtime takes {@code *channel}; element values travel by address: a send
 * stores the value into a stack cell and passes the cell, a receive passes the cell
 * the runtime fills. The cell may stay on the stack because the operation does not
 * return until the value has been copied (a blocked goroutine's frame stays alive).
 */
final class Channels {
    private final FunctionBuilder fb;

    Channels(FunctionBuilder fb) {
        this.fb = fb;
    }

    static boolean isRecv(Expr e) {
        return ExprBuilder.unparen(e) instanceof Expr.Unary u && u.op() == Token.ARROW;
    }

    private Function runtime(RuntimeAbi entry, int pos) {
        Function f = fb.pb.runtimeFunction(entry);
        if (f == null) {
            throw new Unsupported(pos, "channels (this runtime has no " + entry.goName() + ")");
        }
        return f;
    }

    private static Type elem(Value ch) {
        return ((Chan) ch.type().underlying()).elem();
    }

    private Const intConst(Type t, long v) {
        return new Const(t, Constant.IntVal.of(v));
    }

    /** make(chan T) and make(chan T, n). */
    Value make(Expr.Call c, Type chanType) {
        Type elem = ((Chan) chanType.underlying()).elem();
        Value elemSize = intConst(Universe.UINTPTR, fb.pb.program().sizes().sizeof(elem));
        if (c.args().size() > 1) {
            Value arg = fb.exprs.expr(c.args().get(1));
            if (arg.type().underlying() instanceof Basic bt && !bt.isUntyped()
                    && fb.pb.program().sizes().sizeof(bt) > fb.pb.program().sizes().sizeof(Universe.INT)) {
                // an int64 on a smaller target: cut to an int, a size too big would look small
                Value size = fb.exprs.convert(arg, Universe.INT64, c.pos());
                return fb.emit(new Instr.Call(chanType, runtime(RuntimeAbi.CHAN_MAKE64, c.pos()),
                        List.of(elemSize, size), c.pos()));
            }
            Value size = fb.exprs.convert(arg, Universe.INT, c.pos());
            return fb.emit(new Instr.Call(chanType, runtime(RuntimeAbi.CHAN_MAKE, c.pos()), List.of(elemSize, size),
                    c.pos()));
        }
        return fb.emit(new Instr.Call(chanType, runtime(RuntimeAbi.CHAN_MAKE, c.pos()),
                List.of(elemSize, intConst(Universe.INT, 0)), c.pos()));
    }

    /** ch <- v. */
    void send(Stmt.Send s) {
        Value ch = fb.exprs.expr(s.chan());
        Value v = fb.exprs.convert(fb.exprs.expr(s.value()), elem(ch), s.pos());
        Instr.Alloc cell = fb.alloc(elem(ch), "chan.send", s.pos(), false);
        fb.store(cell, v, s.pos());
        fb.emit(new Instr.Call(null, runtime(RuntimeAbi.CHAN_SEND, s.pos()), List.of(ch, cell), s.pos()));
    }

    /** {@code <-ch}: the value, and whether it was sent (false: the channel is closed). */
    List<Value> recv(Expr e) {
        Expr.Unary u = (Expr.Unary) ExprBuilder.unparen(e);
        Value ch = fb.exprs.expr(u.x());
        Instr.Alloc cell = fb.alloc(elem(ch), "chan.recv", u.pos(), false);
        Value ok = fb.emit(new Instr.Call(Universe.BOOL, runtime(RuntimeAbi.CHAN_RECV, u.pos()),
                List.of(ch, cell), u.pos()));
        return List.of(fb.load(cell, u.pos()), ok);
    }

    /** close, len and cap of a channel. */
    Value builtin(Builtin.Id id, Value ch, int pos) {
        return switch (id) {
            case CLOSE -> fb.emit(new Instr.Call(null, runtime(RuntimeAbi.CHAN_CLOSE, pos), List.of(ch), pos));
            case LEN -> fb.emit(new Instr.Call(Universe.INT, runtime(RuntimeAbi.CHAN_LEN, pos), List.of(ch), pos));
            case CAP -> fb.emit(new Instr.Call(Universe.INT, runtime(RuntimeAbi.CHAN_CAP, pos), List.of(ch), pos));
            default -> throw new Unsupported(pos, id + " of a channel");
        };
    }

    /** for v := range ch: receive until the channel is closed. */
    void range(Stmt.Range r, String label) {
        Value ch = fb.exprs.expr(r.x());
        if (r.value() != null) {
            throw new Unsupported(r.pos(), "range over a channel with two variables");
        }
        BasicBlock loop = fb.newBlock("range.chan");
        BasicBlock body = fb.newBlock("range.body");
        BasicBlock done = fb.newBlock("range.done");
        fb.jump(loop);
        fb.setCurrent(loop);
        Instr.Alloc cell = fb.alloc(elem(ch), "chan.recv", r.pos(), false);
        Value ok = fb.emit(new Instr.Call(Universe.BOOL, runtime(RuntimeAbi.CHAN_RECV, r.pos()),
                List.of(ch, cell), r.pos()));
        fb.emit(new Instr.If(ok, body, done, r.pos()));
        fb.setCurrent(body);
        fb.stmts.rangeAssign(r, r.key(), fb.load(cell, r.pos()));
        fb.stmts.loopBody(r.body().list(), label, done, loop);
        fb.jump(loop);
        fb.setCurrent(done);
    }

    /**
     * select: the cases' channels and values are evaluated in source order into an
     * array of runtime.selectCase, runtime.chanSelect picks the case that proceeds (or
     * -1 for default), and a chain of comparisons dispatches to its body, where a
     * receive case assigns what was received.
     */
    void select(Stmt.Select sel, String label) {
        List<Stmt.CommClause> clauses = new ArrayList<>();
        for (Stmt s : sel.body().list()) {
            clauses.add((Stmt.CommClause) s);
        }
        List<Stmt.CommClause> comms = new ArrayList<>();
        Stmt.CommClause dflt = null;
        for (Stmt.CommClause cc : clauses) {
            if (cc.comm() == null) {
                dflt = cc;
            } else {
                comms.add(cc);
            }
        }
        BasicBlock done = fb.newBlock("select.done");
        int pos = sel.pos();
        Value index;
        Value okValue = null;
        List<Instr.Alloc> cells = new ArrayList<>();
        if (comms.isEmpty()) {
            index = intConst(Universe.INT, -1);
            if (dflt == null) {
                // select {} blocks forever.
                fb.emit(new Instr.Call(null, runtime(RuntimeAbi.BLOCK_FOREVER, pos), List.of(), pos));
                fb.emit(new Instr.Unreachable(pos));
                fb.setCurrent(done);
                return;
            }
        } else {
            Type caseType = runtimeType("selectCase", pos);
            Instr.Alloc array = fb.alloc(new Array(comms.size(), caseType), "select.cases", pos, false);
            for (int i = 0; i < comms.size(); i++) {
                Stmt comm = comms.get(i).comm();
                Value ch;
                Instr.Alloc cell = null;
                boolean send = comm instanceof Stmt.Send;
                if (comm instanceof Stmt.Send s) {
                    ch = fb.exprs.expr(s.chan());
                    Value v = fb.exprs.convert(fb.exprs.expr(s.value()), elem(ch), s.pos());
                    cell = fb.alloc(elem(ch), "chan.send", s.pos(), false);
                    fb.store(cell, v, s.pos());
                } else {
                    Expr.Unary u = (Expr.Unary) ExprBuilder.unparen(recvExpr(comm));
                    ch = fb.exprs.expr(u.x());
                    if (comm instanceof Stmt.Assign) {
                        cell = fb.alloc(elem(ch), "chan.recv", u.pos(), false);
                    }
                    // a case that discards the value has no buffer: data is nil (chan.go's recvInto)
                }
                cells.add(cell);
                Value slot = fb.emit(new Instr.IndexAddr(new Pointer(caseType), array, intConst(Universe.INT, i), pos));
                // The fields of runtime.selectCase: c *channel, data unsafe.Pointer, send bool.
                fb.store(fb.emit(new Instr.FieldAddr(new Pointer(ch.type()), slot, 0, pos)), ch, pos);
                if (cell != null) {
                    fb.store(fb.emit(new Instr.FieldAddr(new Pointer(cell.type()), slot, 1, pos)), cell, pos);
                }
                fb.store(fb.emit(new Instr.FieldAddr(new Pointer(Universe.BOOL), slot, 2, pos)),
                        new Const(Universe.BOOL, new Constant.BoolVal(send)), pos);
            }
            Function chanSelect = runtime(RuntimeAbi.CHAN_SELECT, pos);
            Value r = fb.exprs.callFunction(chanSelect, chanSelect.signature(), List.of(array,
                    intConst(Universe.INT, comms.size()), new Const(Universe.BOOL, new Constant.BoolVal(dflt == null))),
                    pos);
            index = fb.exprs.extract(r, 0, pos);
            okValue = fb.exprs.extract(r, 1, pos);
        }
        for (int i = 0; i < comms.size(); i++) {
            Stmt.CommClause cc = comms.get(i);
            BasicBlock body = fb.newBlock("select.case");
            BasicBlock next = fb.newBlock("select.next");
            fb.emit(new Instr.If(fb.exprs.binop(Universe.BOOL, Token.EQL, index, intConst(Universe.INT, i), cc.pos()),
                    body, next, cc.pos()));
            fb.setCurrent(body);
            if (cc.comm() instanceof Stmt.Assign a) {
                List<Value> got = List.of(fb.load(cells.get(i), a.pos()), okValue);
                fb.stmts.assignValues(a, got.subList(0, a.lhs().size()));
            }
            fb.stmts.loopBody(cc.body(), label, done, null);
            fb.jump(done);
            fb.setCurrent(next);
        }
        if (dflt != null) {
            fb.stmts.loopBody(dflt.body(), label, done, null);
            fb.jump(done);
        } else {
            fb.emit(new Instr.Unreachable(pos));
        }
        fb.setCurrent(done);
    }

    private static Expr recvExpr(Stmt comm) {
        return switch (comm) {
            case Stmt.ExprStmt es -> es.x();
            case Stmt.Assign a -> a.rhs().get(0);
            default -> throw new Unsupported(comm.pos(), "this select case");
        };
    }

    private Type runtimeType(String name, int pos) {
        for (org.tinygo4j.frontend.types.Package p : fb.pb.packages()) {
            if (p.path().equals("runtime") && p.scope().lookup(name) instanceof TypeName tn) {
                return tn.type();
            }
        }
        throw new Unsupported(pos, "select (this runtime has no " + name + ")");
    }
}
