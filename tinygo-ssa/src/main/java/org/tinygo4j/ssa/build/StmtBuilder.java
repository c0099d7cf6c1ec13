package org.tinygo4j.ssa.build;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Constant;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.frontend.types.Var;
import org.tinygo4j.ssa.abi.RuntimeAbi;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Function;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Value;

/**
 * Builds the statements of one function body into its blocks: assignments and
 * declarations, return, defer and go, if, for and switch, and the branches (break,
 * continue, fallthrough, goto) with the labels they name. Range loops, select, type
 * switches and sends have lowerings of their own (Ranges, Channels, TypeSwitches),
 * which come back here for their bodies. One per {@link FunctionBuilder}, used as
 * {@code fb.stmts}; expressions go through {@link ExprBuilder}.
 */
final class StmtBuilder {
    private final FunctionBuilder fb;
    private final ExprBuilder exprs;
    private final Deque<Targets> targets = new ArrayDeque<>();
    private final Map<String, BasicBlock> labelBlocks = new HashMap<>();

    /** Where break, continue and fallthrough go inside a for, range or switch. */
    private record Targets(String label, BasicBlock breakTo, BasicBlock continueTo, BasicBlock fallthroughTo) {}

    /**
     * Loops nested deeper than this in one function leave that function unoptimised
     * ({@link Function#setOptnone}): LLVM's loop passes (LICM, loop instruction
     * simplification, loop CFG simplification) take time that grows faster than the
     * square of the depth, 1.3 s of passes at 500 nested loops and 9.3 s at 1,000, while
     * at 100 they take about 10 ms. No hand-written function comes near it.
     */
    static final int LOOP_NEST_LIMIT = 100;
    private int loopDepth;
    /** Whether a labeled statement came before: a goto may jump back to it (see deferStmt). */
    private boolean labelSeen;

    StmtBuilder(FunctionBuilder fb) {
        this.fb = fb;
        this.exprs = fb.exprs;
    }

    void stmts(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s, null);
        }
    }

    /** One statement, with the label it carries (null: none), which its break and continue may name. */
    void stmt(Stmt s, String label) {
        switch (s) {
            case Stmt.Block b -> stmts(b.list());
            case Stmt.ExprStmt es -> exprs.expr(es.x()); // a call whose results are dropped
            case Stmt.Assign a -> assign(a);
            case Stmt.IncDec id -> opAssign(id.x(), id.tok() == Token.INC ? Token.ADD : Token.SUB, null, id.pos());
            case Stmt.DeclStmt ds -> declStmt(ds.decl());
            case Stmt.Return r -> returnStmt(r);
            case Stmt.If i -> ifStmt(i);
            case Stmt.For f -> forStmt(f, label);
            case Stmt.Range r -> {
                if (r.tok() == Token.DEFINE) { // Go 1.19: one variable for the whole loop, not one per iteration
                    rangeTarget(r, r.key());
                    rangeTarget(r, r.value());
                }
                new Ranges(fb).range(r, label);
            }
            case Stmt.Switch sw -> switchStmt(sw, label);
            case Stmt.Branch br -> branch(br);
            case Stmt.Labeled l -> labeled(l);
            case Stmt.Empty e -> {
            }
            case Stmt.Go g -> goStmt(g);
            case Stmt.Defer d -> deferStmt(d);
            case Stmt.Select sel -> new Channels(fb).select(sel, label);
            case Stmt.TypeSwitch ts -> new TypeSwitches(fb).build(ts, label);
            case Stmt.Send send -> new Channels(fb).send(send);
            default -> throw new Unsupported(s.pos(), "statement " + s.getClass().getSimpleName());
        }
    }

    private void declStmt(Decl.GenDecl gd) {
        if (gd.tok() != Token.VAR) {
            return; // constants and local types need no code
        }
        for (Spec s : gd.specs()) {
            Spec.ValueSpec vs = (Spec.ValueSpec) s;
            List<Value> values = rhsValues(vs.values(), vs.names().size(), vs.pos());
            for (int i = 0; i < vs.names().size(); i++) {
                Expr.Ident id = vs.names().get(i);
                if (id.isBlank()) {
                    continue;
                }
                Var v = (Var) fb.info.defs.get(id);
                Instr.Alloc a = fb.declareLocal(v, id.pos());
                if (!values.isEmpty()) {
                    fb.store(a, exprs.convert(values.get(i), fb.subst(v.type()), id.pos()), id.pos());
                }
            }
        }
    }

    /** Evaluates right-hand sides: n expressions, or one call with n results. */
    private List<Value> rhsValues(List<Expr> rhs, int n, int pos) {
        List<Value> out = new ArrayList<>();
        if (rhs.isEmpty()) {
            return out;
        }
        if (rhs.size() == 1 && n == 2 && Channels.isRecv(rhs.get(0))) {
            return new ArrayList<>(new Channels(fb).recv(rhs.get(0)));
        }
        if (rhs.size() == 1 && n > 1) {
            Value tuple = ExprBuilder.unparen(rhs.get(0)) instanceof Expr.TypeAssert ta
                    ? fb.pb.interfaces().typeAssertExpr(fb, ta, true) : exprs.expr(rhs.get(0));
            for (int i = 0; i < n; i++) {
                out.add(exprs.extract(tuple, i, pos));
            }
            return out;
        }
        for (Expr e : rhs) {
            out.add(exprs.expr(e));
        }
        return out;
    }

    private void assign(Stmt.Assign a) {
        Token op = a.tok().binaryOfAssign();
        if (op != null) {
            opAssign(a.lhs().get(0), op, a.rhs().get(0), a.pos());
            return;
        }
        assignValues(a, null);
    }

    /** An assignment whose right-hand values are given (a select case's receive), or evaluated if null. */
    void assignValues(Stmt.Assign a, List<Value> given) {
        // Phase 1: left-hand addresses and right-hand values, in order; phase 2: stores.
        // The address of a map element is only taken in phase 2 (see Maps), and so is an
        // array or slice element's, whose bounds check may panic only after the stores
        // before it.
        List<java.util.function.Supplier<Value>> addrs = new ArrayList<>();
        for (Expr l : a.lhs()) {
            if (ExprBuilder.unparen(l) instanceof Expr.Ident id && id.isBlank()) {
                addrs.add(null); // _ or (_)
            } else if (a.tok() == Token.DEFINE && fb.info.defs.get((Expr.Ident) l) instanceof Var v) {
                Instr.Alloc al = fb.declareLocal(v, l.pos());
                addrs.add(() -> al);
            } else if (Maps.isMapIndex(l, fb)) {
                addrs.add(new Maps(fb).deferredSlot((Expr.Index) ExprBuilder.unparen(l)));
            } else if (ExprBuilder.unparen(l) instanceof Expr.Index ix) {
                addrs.add(exprs.indexSlot(ix));
            } else if (ExprBuilder.unparen(l) instanceof Expr.Selector sx && fb.info.selections.get(sx) instanceof org.tinygo4j.frontend.types.Selection sel
                    && sel.index().size() == 1 && Pointers.is(exprs.typeOf(sx.x()))) {
                // p.f: p now, the field's address (and p's nil check) as it is stored
                Value base = exprs.expr(sx.x());
                addrs.add(() -> exprs.fieldPath(base, sel.index(), sx.pos()));
            } else {
                Value addr = exprs.addr(l);
                addrs.add(() -> addr);
            }
        }
        List<Value> values = given;
        if (values == null && a.lhs().size() == a.rhs().size()) {
            values = new ArrayList<>();
            for (int i = 0; i < addrs.size(); i++) {
                // _ = v reads nothing worth reading (and loading a large array as one value
                // costs LLVM dearly)
                boolean unread = addrs.get(i) == null && ExprBuilder.unparen(a.rhs().get(i)) instanceof Expr.Ident id
                        && fb.info.objectOf(id) instanceof Var;
                values.add(unread ? null : exprs.expr(a.rhs().get(i)));
            }
        } else if (values == null) {
            values = rhsValues(a.rhs(), a.lhs().size(), a.pos());
        }
        for (int i = 0; i < addrs.size(); i++) {
            if (addrs.get(i) != null) {
                Value addr = addrs.get(i).get();
                Type t = Pointers.elem(addr.type());
                fb.store(addr, exprs.convert(values.get(i), t, a.pos()), a.pos());
            }
        }
    }

    private void opAssign(Expr lhs, Token op, Expr rhs, int pos) {
        if (Maps.isMapIndex(lhs, fb)) {
            new Maps(fb).opAssign((Expr.Index) ExprBuilder.unparen(lhs), op, rhs, pos);
            return;
        }
        Value addr = exprs.addr(lhs);
        Type t = Pointers.elem(addr.type());
        Value x = fb.load(addr, pos);
        Value joined = op == Token.ADD && rhs != null ? exprs.concats.onto(t, x, rhs, pos) : null;
        if (joined != null) {
            fb.store(addr, joined, pos);
            return;
        }
        Value y = rhs == null ? new Const(t, Constant.IntVal.of(1)) : exprs.expr(rhs);
        if (!op.isShift()) {
            y = exprs.convert(y, t, pos);
        }
        fb.store(addr, exprs.binop(t, op, x, y, pos), pos);
    }

    private void returnStmt(Stmt.Return r) {
        List<Var> results = fb.fn.signature().results().vars();
        if (r.results().isEmpty() && fb.hasNamedResults()) {
            fb.nakedReturn(r.pos());
            return;
        }
        List<Value> vals = rhsValues(r.results(), results.size(), r.pos());
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < vals.size(); i++) {
            out.add(exprs.convert(vals.get(i), results.get(i).type(), r.pos()));
        }
        fb.returnValues(out, r.pos());
    }

    /**
     * defer CALL: the function value (or receiver) and the arguments are evaluated now
     * into the context of a thunk closure that makes the call with them, which is pushed
     * on the function's list. A statement that runs at most once per call, outside every
     * loop and before any label (which a goto could jump back to), keeps that context and
     * the list's record in the frame: the deferred calls run before the frame returns or
     * is unwound, so nothing points there afterwards. Others allocate both.
     */
    private void deferStmt(Stmt.Defer d) {
        boolean once = loopDepth == 0 && !labelSeen;
        Value closure = new DeferredCalls(fb).thunk(d.call(), d.pos(), true, once);
        if (once) {
            Instr.Alloc record = fb.alloc(fb.runtimeType("deferCall", d.pos()), "defer.call", d.pos(), false);
            fb.emit(new Instr.Call(null, fb.pb.runtimeFunction(RuntimeAbi.DEFER_PUSH_FRAME),
                    List.of(fb.deferFrame(), record, closure), d.pos()));
            return;
        }
        fb.emit(new Instr.Call(null, fb.pb.runtimeFunction(RuntimeAbi.DEFER_PUSH), List.of(fb.deferFrame(), closure),
                d.pos()));
    }

    /**
     * go CALL: like defer, the function value (or receiver) and the arguments are
     * evaluated now, and a thunk that makes the call becomes the new goroutine.
     * Targets whose runtime has no scheduler have no runtime.startGoroutine.
     */
    private void goStmt(Stmt.Go g) {
        Function start = fb.pb.runtimeFunction(RuntimeAbi.START_GOROUTINE);
        if (start == null) {
            throw new Unsupported(g.pos(), "go statement on this target (it has no goroutine scheduler)");
        }
        if (fb.pb.runtimeFunction(RuntimeAbi.CORO_START) == null) {
            fb.pb.requireRuntime(RuntimeAbi.TASK_ENTRY, g.pos()); // the new goroutine's first frame on its own stack
            fb.pb.runtimeFunction(RuntimeAbi.SYSTEM_WORK); // AVR: the timer work on the system stack (when present)
        }
        Value closure = new DeferredCalls(fb).thunk(g.call(), g.pos(), false, false);
        fb.emit(new Instr.Call(null, start, List.of(closure), g.pos()));
    }

    private void ifStmt(Stmt.If i) {
        if (i.init() != null) {
            stmt(i.init(), null);
        }
        BasicBlock then = fb.newBlock("if.then");
        BasicBlock done = fb.newBlock("if.done");
        BasicBlock els = i.els() != null ? fb.newBlock("if.else") : done;
        exprs.cond(i.cond(), then, els);
        fb.setCurrent(then);
        stmts(i.body().list());
        fb.jump(done);
        if (i.els() != null) {
            fb.setCurrent(els);
            stmt(i.els(), null);
            fb.jump(done);
        }
        fb.setCurrent(done);
    }

    private void forStmt(Stmt.For f, String label) {
        if (f.init() != null) {
            stmt(f.init(), null);
        }
        BasicBlock cond = fb.newBlock("for.cond");
        BasicBlock body = fb.newBlock("for.body");
        BasicBlock post = fb.newBlock("for.post");
        BasicBlock done = fb.newBlock("for.done");
        fb.jump(cond);
        fb.setCurrent(cond);
        if (f.cond() != null) {
            exprs.cond(f.cond(), body, done);
        } else {
            fb.jump(body);
        }
        fb.setCurrent(body);
        enterLoop(new Targets(label, done, post, null));
        stmts(f.body().list());
        leaveLoop();
        fb.jump(post);
        fb.setCurrent(post);
        if (f.post() != null) {
            stmt(f.post(), null);
        }
        fb.jump(cond);
        fb.setCurrent(done);
    }

    /** The body of a loop: break goes to brk, continue to cont. */
    void loopBody(List<Stmt> body, String label, BasicBlock brk, BasicBlock cont) {
        enterLoop(new Targets(label, brk, cont, null));
        stmts(body);
        leaveLoop();
    }

    /** Enters a loop's body (a select's cases, which have no continue, are no loop). */
    private void enterLoop(Targets t) {
        targets.push(t);
        if (t.continueTo() != null && ++loopDepth > LOOP_NEST_LIMIT) {
            fb.fn.setOptnone(true);
        }
    }

    private void leaveLoop() {
        if (targets.pop().continueTo() != null) {
            loopDepth--;
        }
    }

    void rangeAssign(Stmt.Range r, Expr target, Value v) {
        Value addr = rangeTarget(r, target);
        if (addr != null) {
            fb.store(addr, exprs.convert(v, Pointers.elem(addr.type()), target.pos()), target.pos());
        }
    }

    /**
     * Assigns an iteration's key and value (null: none) as one assignment: with =, both
     * targets' addresses are found before either is stored (in {@code for i, x[i] =
     * range y} the x[i] is the one of the i before the iteration).
     */
    void rangeAssign(Stmt.Range r, Value key, Value value) {
        Value keyAddr = rangeTarget(r, r.key());
        Value valueAddr = value == null ? null : rangeTarget(r, r.value());
        if (keyAddr != null) {
            fb.store(keyAddr, exprs.convert(key, Pointers.elem(keyAddr.type()), r.key().pos()), r.key().pos());
        }
        if (valueAddr != null) {
            fb.store(valueAddr, exprs.convert(value, Pointers.elem(valueAddr.type()), r.value().pos()),
                    r.value().pos());
        }
    }

    /**
     * Where a range clause's key or value goes: the loop's variable (:=, made on first
     * use, before the loop), an addressable operand (=), or null (blank, none).
     */
    private Value rangeTarget(Stmt.Range r, Expr target) {
        if (target == null || (ExprBuilder.unparen(target) instanceof Expr.Ident id && id.isBlank())) {
            return null;
        }
        if (r.tok() == Token.DEFINE) {
            Var var = (Var) fb.info.defs.get((Expr.Ident) target);
            Value addr = fb.local(var);
            if (addr == null) {
                addr = fb.declareLocal(var, target.pos());
            }
            return addr;
        }
        return exprs.addr(target);
    }

    private void switchStmt(Stmt.Switch sw, String label) {
        if (sw.init() != null) {
            stmt(sw.init(), null);
        }
        Value tag = sw.tag() == null ? null : exprs.expr(sw.tag());
        BasicBlock done = fb.newBlock("switch.done");
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        for (Stmt s : sw.body().list()) {
            clauses.add((Stmt.CaseClause) s);
        }
        List<BasicBlock> bodies = new ArrayList<>();
        BasicBlock dflt = done;
        for (Stmt.CaseClause cc : clauses) {
            BasicBlock b = fb.newBlock(cc.list() == null ? "switch.default" : "switch.case");
            bodies.add(b);
            if (cc.list() == null) {
                dflt = b;
            }
        }
        for (int i = 0; i < clauses.size(); i++) {
            Stmt.CaseClause cc = clauses.get(i);
            if (cc.list() == null) {
                continue;
            }
            for (Expr e : cc.list()) {
                BasicBlock next = fb.newBlock("switch.next");
                if (tag == null
                        && !(fb.subst(fb.info.typeOf(e)).underlying() instanceof org.tinygo4j.frontend.types.Interface)) {
                    exprs.cond(e, bodies.get(i), next);
                } else if (tag == null) {
                    // a tagless switch compares with true: an interface-typed case holds a bool or not
                    Value t = exprs.convert(new Const(Universe.BOOL, new Constant.BoolVal(true)),
                            fb.subst(fb.info.typeOf(e)), e.pos());
                    fb.emit(new Instr.If(exprs.compare(Token.EQL, t, exprs.expr(e), e.pos(), e.pos()), bodies.get(i),
                            next, e.pos()));
                } else {
                    fb.emit(new Instr.If(exprs.compare(Token.EQL, tag, exprs.expr(e), e.pos(), e.pos()), bodies.get(i),
                            next, e.pos()));
                }
                fb.setCurrent(next);
            }
        }
        fb.jump(dflt);
        for (int i = 0; i < clauses.size(); i++) {
            fb.setCurrent(bodies.get(i));
            BasicBlock fall = i + 1 < bodies.size() ? bodies.get(i + 1) : null;
            targets.push(new Targets(label, done, null, fall));
            stmts(clauses.get(i).body());
            targets.pop();
            fb.jump(done);
        }
        fb.setCurrent(done);
    }

    // ---- hooks for TypeSwitches ----

    void pushBreakTarget(String label, BasicBlock done) {
        targets.push(new Targets(label, done, null, null));
    }

    void popTarget() {
        targets.pop();
    }

    private void branch(Stmt.Branch br) {
        String label = br.label() == null ? null : br.label().name();
        switch (br.tok()) {
            case BREAK -> {
                for (Targets t : targets) {
                    if (label == null ? t.breakTo() != null : label.equals(t.label())) {
                        fb.emit(new Instr.Jump(t.breakTo(), br.pos()));
                        return;
                    }
                }
            }
            case CONTINUE -> {
                for (Targets t : targets) {
                    if (t.continueTo() != null && (label == null || label.equals(t.label()))) {
                        fb.emit(new Instr.Jump(t.continueTo(), br.pos()));
                        return;
                    }
                }
            }
            case FALLTHROUGH -> {
                Targets t = targets.peek();
                if (t != null && t.fallthroughTo() != null) {
                    fb.emit(new Instr.Jump(t.fallthroughTo(), br.pos()));
                    return;
                }
            }
            case GOTO -> {
                fb.emit(new Instr.Jump(labelBlock(label), br.pos()));
                return;
            }
            default -> {
            }
        }
        throw new Unsupported(br.pos(), br.tok().text() + " outside its statement");
    }

    private void labeled(Stmt.Labeled l) {
        labelSeen = true;
        BasicBlock b = labelBlock(l.label().name());
        fb.jump(b);
        fb.setCurrent(b);
        stmt(l.stmt(), l.label().name());
    }

    private BasicBlock labelBlock(String name) {
        return labelBlocks.computeIfAbsent(name, n -> fb.newBlock("label." + n));
    }
}
