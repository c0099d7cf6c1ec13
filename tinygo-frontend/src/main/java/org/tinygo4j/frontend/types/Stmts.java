package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Operand.Mode;

/**
 * Function bodies and statements (go/types stmt.go, assignments.go): blocks and their
 * scopes, local declarations, assignments and short variable declarations, if and for,
 * return counts and range (switch and select are in Switches; labels, and where
 * break/continue/goto/fallthrough may stand, in Labels); then "missing return"
 * (Terminating) and the unused variable and label reports at the end of each function.
 */
final class Stmts {
    static final int BREAK_OK = 1;
    static final int CONTINUE_OK = 2;
    static final int FALLTHROUGH_OK = 4;
    static final int FINAL_CASE = 8;

    private final Checker c;
    private final Switches switches;
    private final Labels labels;

    Stmts(Checker c) {
        this.c = c;
        this.switches = new Switches(c, this);
        this.labels = new Labels(c);
    }

    void funcBody(String name, Signature sig, Stmt.Block body, Scope fscope, Scope fileScope, DeclInfo decl) {
        Scope savedScope = c.scope;
        DeclInfo savedDecl = c.decl;
        FuncContext savedFn = c.fn;
        Constant savedIota = c.iota;
        c.scope = fscope;
        c.decl = decl;
        c.iota = null;
        c.fn = new FuncContext(sig, null);
        List<Stmt.Labeled> savedEnclosing = new ArrayList<>(labels.enclosing);
        labels.enclosing.clear();
        try {
            body(sig, body);
            reportUnused();
        } finally {
            c.scope = savedScope;
            c.decl = savedDecl;
            c.fn = savedFn;
            c.iota = savedIota;
            labels.enclosing.clear();
            labels.enclosing.addAll(savedEnclosing);
        }
    }

    void funcLit(Signature sig, Stmt.Block body, Scope fscope) {
        Scope savedScope = c.scope;
        FuncContext savedFn = c.fn;
        // iota stays: a function literal inside a constant declaration sees that spec's iota
        c.scope = fscope;
        c.fn = new FuncContext(sig, savedFn);
        List<Stmt.Labeled> savedEnclosing = new ArrayList<>(labels.enclosing);
        labels.enclosing.clear();
        try {
            body(sig, body);
            if (savedFn == null) {
                reportUnused();
            }
        } finally {
            c.scope = savedScope;
            c.fn = savedFn;
            labels.enclosing.clear();
            labels.enclosing.addAll(savedEnclosing);
        }
    }

    private void body(Signature sig, Stmt.Block body) {
        labels.collectLabels(body.list(), body.pos());
        stmtList(body.list(), 0);
        if (sig.results().size() > 0 && !Terminating.isTerminating(body, null, c.info)) {
            c.error(body.rbrace(), "missing return");
        }
        for (Label l : c.fn.labels.values()) {
            if (!c.fn.labelUsed.getOrDefault(l.name(), false)) {
                c.error(l.pos(), "label " + l.name() + " defined and not used");
            }
        }
    }

    private void reportUnused() {
        List<Var> unused = new ArrayList<>();
        for (Var v : c.fn.locals) {
            if (!v.used()) {
                unused.add(v);
            }
        }
        unused.sort(Comparator.comparingInt(Var::pos));
        for (Var v : unused) {
            c.error(v.pos(), v.name() + " declared but not used");
        }
    }

    void stmtList(List<Stmt> list, int ctxt) {
        boolean fallOk = (ctxt & FALLTHROUGH_OK) != 0;
        int inner = ctxt & ~(FALLTHROUGH_OK | FINAL_CASE);
        c.fn.blockLists.add(list);
        c.fn.blockIndex.add(0);
        int depth = c.fn.blockIndex.size() - 1;
        for (int i = 0; i < list.size(); i++) {
            c.fn.blockIndex.set(depth, i);
            Stmt s = list.get(i);
            int ic = inner;
            if (fallOk && i + 1 == list.size()) {
                ic |= FALLTHROUGH_OK | (ctxt & FINAL_CASE);
            } else if ((ctxt & FINAL_CASE) != 0 && i + 1 == list.size()) {
                ic |= FINAL_CASE;
            }
            stmt(s, ic);
        }
        c.fn.blockLists.remove(depth);
        c.fn.blockIndex.remove(depth);
    }

    void openScope(org.tinygo4j.frontend.ast.Node n, String comment) {
        c.openScope(n, comment);
    }

    void stmt(Stmt s, int ctxt) {
        switch (s) {
            case Stmt.Empty e -> {
            }
            case Stmt.Bad b -> {
            }
            case Stmt.DeclStmt d -> declStmt(d.decl());
            case Stmt.Labeled l -> {
                labels.enclosing.add(l);
                stmt(l.stmt(), ctxt);
                labels.enclosing.remove(labels.enclosing.size() - 1);
            }
            case Stmt.ExprStmt es -> exprStmt(es);
            case Stmt.Send send -> {
                Operand ch = new Operand();
                Operand v = new Operand();
                c.exprs.expr(ch, send.chan());
                c.exprs.expr(v, send.value());
                if (ch.invalid() || v.invalid()) {
                    return;
                }
                if (!(Generics.coreType(ch.type) instanceof Chan cht)) {
                    c.error(send.arrow(), "invalid operation: cannot send to non-channel " + c.describe(ch));
                    return;
                }
                if (cht.dir() == Expr.ChanDir.RECV) {
                    c.error(send.arrow(), "invalid operation: cannot send to receive-only channel " + c.describe(ch));
                    return;
                }
                c.assign.assignment(v, cht.elem(), "send");
            }
            case Stmt.IncDec id -> {
                Token op = id.tok() == Token.INC ? Token.ADD : Token.SUB;
                Operand x = new Operand();
                c.exprs.expr(x, id.x());
                if (x.invalid()) {
                    return;
                }
                if (!Generics.allBasic(x.type, Basic::isNumeric)) {
                    c.error(id.x().pos(), "invalid operation: " + ExprString.of(id.x()) + id.tok().text()
                            + " (non-numeric type " + c.typeString(x.type) + ")");
                    return;
                }
                Expr one = new Expr.BasicLit(id.tokPos(), Expr.LitKind.INT, "1");
                Expr.Binary bin = new Expr.Binary(id.x().pos(), id.x(), id.tokPos(), op, one);
                opAssign(id.x(), bin);
            }
            case Stmt.Assign a -> assign(a);
            case Stmt.Go g -> goDefer(g.call(), "go");
            case Stmt.Defer d -> goDefer(d.call(), "defer");
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Branch b -> labels.branch(b, ctxt);
            case Stmt.Block b -> {
                openScope(b, "block");
                stmtList(b.list(), ctxt & ~(FALLTHROUGH_OK | FINAL_CASE));
                c.closeScope();
            }
            case Stmt.If i -> {
                openScope(i, "if");
                simpleStmt(i.init());
                Operand x = new Operand();
                c.exprs.expr(x, i.cond());
                if (!x.invalid() && !(x.type.underlying() instanceof Basic b && b.isBoolean())) {
                    c.error(i.cond().pos(), "non-boolean condition in if statement");
                }
                stmt(i.body(), ctxt & ~(FALLTHROUGH_OK | FINAL_CASE));
                if (i.els() != null) {
                    stmt(i.els(), ctxt & ~(FALLTHROUGH_OK | FINAL_CASE));
                }
                c.closeScope();
            }
            case Stmt.Switch sw -> switches.switchStmt(sw, ctxt);
            case Stmt.TypeSwitch ts -> switches.typeSwitch(ts, ctxt);
            case Stmt.Select sel -> switches.selectStmt(sel, ctxt);
            case Stmt.For f -> {
                openScope(f, "for");
                simpleStmt(f.init());
                if (f.cond() != null) {
                    Operand x = new Operand();
                    c.exprs.expr(x, f.cond());
                    if (!x.invalid() && !(x.type.underlying() instanceof Basic b && b.isBoolean())) {
                        c.error(f.cond().pos(), "non-boolean condition in for statement");
                    }
                }
                if (f.post() instanceof Stmt.Assign pa && pa.tok() == Token.DEFINE) {
                    c.error(pa.pos(), "cannot declare in post statement of for loop");
                } else {
                    simpleStmt(f.post());
                }
                stmt(f.body(), BREAK_OK | CONTINUE_OK);
                c.closeScope();
            }
            case Stmt.Range r -> rangeStmt(r);
            case Stmt.CaseClause cc -> c.error(cc.pos(), "case outside switch");
            case Stmt.CommClause cc -> c.error(cc.pos(), "case outside select");
        }
    }

    void simpleStmt(Stmt s) {
        if (s != null) {
            stmt(s, 0);
        }
    }

    private void exprStmt(Stmt.ExprStmt es) {
        Operand x = new Operand();
        c.exprs.rawExpr(x, es.x(), null, false);
        if (x.invalid()) {
            return;
        }
        Expr e = es.x();
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        String msg = null;
        switch (x.mode) {
            case TYPEXPR -> msg = "is not an expression";
            case BUILTIN -> msg = "must be called";
            case NOVALUE -> {
                return;
            }
            default -> {
                if (e instanceof Expr.Call call) {
                    TypeAndValue ft = c.info.types.get(call.fun());
                    if (ft != null && ft.mode() == TypeAndValue.Mode.TYPEXPR) {
                        c.error(x.expr.pos(), c.describe(x) + " is not used");
                        return;
                    }
                    if (ft == null || ft.mode() != TypeAndValue.Mode.BUILTIN) {
                        return;
                    }
                    Expr fun = call.fun();
                    while (fun instanceof Expr.Paren p) {
                        fun = p.x();
                    }
                    Obj bo = fun instanceof Expr.Ident fid ? c.info.uses.get(fid)
                            : fun instanceof Expr.Selector fs ? c.info.uses.get(fs.sel()) : null;
                    if (bo instanceof Builtin b && switch (b.id()) {
                        case COPY, PANIC, PRINT, PRINTLN, RECOVER, CLOSE, DELETE, CLEAR -> true;
                        default -> false;
                    }) {
                        return;
                    }
                    msg = "is not used";
                } else if (e instanceof Expr.Unary u && u.op() == Token.ARROW) {
                    return;
                } else {
                    msg = "is not used";
                }
            }
        }
        c.error(x.expr.pos(), c.describe(x) + " " + msg);
    }

    private void goDefer(Expr.Call call, String what) {
        Operand x = new Operand();
        c.exprs.rawExpr(x, call, null, false);
        if (x.mode == Mode.TYPEXPR) {
            c.error(call.pos(), what + " requires function call, not conversion");
            return;
        }
        if (x.invalid() || x.mode == Mode.NOVALUE) {
            return;
        }
        TypeAndValue ft = c.info.types.get(call.fun());
        if (ft != null && ft.mode() == TypeAndValue.Mode.TYPEXPR) {
            c.error(call.pos(), what + " requires function call, not conversion");
        } else if (ft != null && ft.mode() == TypeAndValue.Mode.BUILTIN && !statementBuiltin(call)) {
            // as gc: only the builtins allowed as statements may be deferred or started
            c.error(call.pos(), what + " discards result of " + c.describe(x));
        }
    }

    /** Whether a call of a builtin may stand as a statement (copy, panic, print, println, recover, close, delete, clear). */
    private boolean statementBuiltin(Expr.Call call) {
        Expr fun = call.fun();
        while (fun instanceof Expr.Paren p) {
            fun = p.x();
        }
        Obj bo = fun instanceof Expr.Ident fid ? c.info.uses.get(fid)
                : fun instanceof Expr.Selector fs ? c.info.uses.get(fs.sel()) : null;
        return bo instanceof Builtin b && switch (b.id()) {
            case COPY, PANIC, PRINT, PRINTLN, RECOVER, CLOSE, DELETE, CLEAR -> true;
            default -> false;
        };
    }

    private void declStmt(Decl.GenDecl g) {
        Spec.ValueSpec lastConst = null;
        for (Spec s : g.specs()) {
            switch (s) {
                case Spec.ValueSpec vs when g.tok() == Token.CONST -> {
                    boolean inherited = vs.type() == null && vs.values().isEmpty() && lastConst != null;
                    Spec.ValueSpec src = inherited ? lastConst : vs;
                    if (!inherited) {
                        lastConst = vs;
                    }
                    List<NamedConst> consts = new ArrayList<>();
                    Constant savedIota = c.iota;
                    c.iota = Constant.IntVal.of(vs.iota());
                    for (int i = 0; i < vs.names().size(); i++) {
                        Expr.Ident id = vs.names().get(i);
                        NamedConst k = new NamedConst(id.pos(), c.pkg, id.name(), null, null);
                        Expr init = i < src.values().size() ? src.values().get(i) : null;
                        if (init == null && i == src.values().size()) {
                            c.error(id.pos(), "missing init expr for " + id.name());
                        }
                        c.assign.constDecl(k, src.type(), init, inherited);
                        consts.add(k);
                    }
                    if (!inherited && vs.names().size() < vs.values().size()) {
                        c.error(vs.values().get(vs.names().size()).pos(), "extra init expr");
                    }
                    c.iota = savedIota;
                    for (int i = 0; i < consts.size(); i++) {
                        c.declare(c.scope, vs.names().get(i), consts.get(i));
                    }
                }
                case Spec.ValueSpec vs -> {
                    List<Var> lhs = new ArrayList<>();
                    for (Expr.Ident id : vs.names()) {
                        lhs.add(new Var(id.pos(), c.pkg, id.name(), null, false, false));
                    }
                    if (vs.values().isEmpty() || vs.values().size() == 1 && lhs.size() > 1) {
                        c.assign.varDecl(lhs, vs.type(), vs.values().isEmpty() ? null : vs.values().get(0));
                    } else if (vs.values().size() == lhs.size()) {
                        for (int i = 0; i < lhs.size(); i++) {
                            c.assign.varDecl(List.of(lhs.get(i)), vs.type(), vs.values().get(i));
                        }
                    } else {
                        Type t = vs.type() != null ? c.typexprs.typexpr(vs.type()) : Universe.INVALID;
                        for (Expr v : vs.values()) {
                            Operand o = new Operand();
                            c.exprs.expr(o, v);
                        }
                        c.error(vs.values().get(0).pos(), Assignments.mismatch(lhs.size(), vs.values().size(), null));
                        for (Var v : lhs) {
                            v.setType(t);
                            v.markUsed();
                        }
                    }
                    for (int i = 0; i < lhs.size(); i++) {
                        c.declareLocal(vs.names().get(i), lhs.get(i));
                    }
                }
                case Spec.TypeSpec ts -> {
                    TypeName tn = new TypeName(ts.name().pos(), c.pkg, ts.name().name(), null);
                    c.declare(c.scope, ts.name(), tn);
                    c.typexprs.typeDecl(tn, ts);
                }
                case Spec.ImportSpec is -> c.error(is.pos(), "syntax error: imports must appear before other declarations");
            }
        }
    }

    // ---- assignments ----

    private void assign(Stmt.Assign a) {
        if (a.tok() == Token.DEFINE) {
            shortVarDecl(a);
            return;
        }
        if (a.tok() != Token.ASSIGN) {
            if (a.lhs().size() != 1 || a.rhs().size() != 1) {
                c.error(a.tokPos(), "assignment operation " + a.tok().text() + " requires single-valued expressions");
                return;
            }
            Expr.Binary bin = new Expr.Binary(a.lhs().get(0).pos(), a.lhs().get(0), a.tokPos(), a.tok().binaryOfAssign(),
                    a.rhs().get(0));
            opAssign(a.lhs().get(0), bin);
            return;
        }
        assignVars(a.lhs(), a.rhs(), a);
    }

    private void opAssign(Expr lhs, Expr.Binary bin) {
        Operand x = new Operand();
        c.exprs.rawExpr(x, bin, null, false);
        c.info.types.remove(bin);
        if (x.invalid()) {
            return;
        }
        c.assign.assignVar(lhs, x);
    }

    private void assignVars(List<Expr> lhs, List<Expr> rhs, Stmt.Assign a) {
        if (lhs.size() == rhs.size()) {
            for (int i = 0; i < lhs.size(); i++) {
                Operand x = new Operand();
                Type hint = null;
                c.exprs.expr(x, rhs.get(i));
                c.assign.assignVar(lhs.get(i), x);
            }
            return;
        }
        if (rhs.size() == 1) {
            List<Operand> xs = c.exprs.multiExpr(rhs.get(0));
            if (xs.size() == 1 && xs.get(0).commaOkAble() && lhs.size() == 2) {
                c.assign.assignVar(lhs.get(0), xs.get(0));
                Operand ok = new Operand();
                ok.expr = rhs.get(0);
                ok.set(Mode.VALUE, Universe.UNTYPED_BOOL);
                c.assign.assignVar(lhs.get(1), ok);
                c.assign.commaOk(rhs.get(0), xs.get(0).type);
                return;
            }
            if (xs.size() == lhs.size()) {
                for (int i = 0; i < lhs.size(); i++) {
                    c.assign.assignVar(lhs.get(i), xs.get(i));
                }
                return;
            }
            if (!(xs.size() == 1 && xs.get(0).invalid())) {
                c.error(rhs.get(0).pos(), Assignments.mismatch(lhs.size(), xs.size(), rhs.get(0)));
            }
        } else {
            for (Expr r : rhs) {
                Operand o = new Operand();
                c.exprs.expr(o, r);
            }
            c.error(rhs.get(0).pos(), Assignments.mismatch(lhs.size(), rhs.size(), null));
        }
        for (Expr l : lhs) {
            Operand bad = new Operand();
            bad.setInvalid();
            c.assign.assignVar(l, bad);
        }
    }

    private void shortVarDecl(Stmt.Assign a) {
        List<Var> lhsVars = new ArrayList<>();
        List<Var> newVars = new ArrayList<>();
        List<Expr.Ident> newIds = new ArrayList<>();
        boolean bad = false;
        for (Expr l : a.lhs()) {
            if (!(l instanceof Expr.Ident id)) {
                c.error(l.pos(), "non-name " + ExprString.of(l) + " on left side of :=");
                Operand o = new Operand();
                c.exprs.rawExpr(o, l, null, false);
                lhsVars.add(null);
                bad = true;
                continue;
            }
            boolean dup = false;
            for (Expr.Ident prev : newIds) {
                if (prev.name().equals(id.name()) && !id.isBlank()) {
                    c.error(id.pos(), id.name() + " repeated on left side of :=");
                    dup = true;
                }
            }
            Obj existing = id.isBlank() ? null : c.scope.lookup(id.name());
            if (existing instanceof Var v && !dup) {
                c.recordUse(id, v);
                lhsVars.add(v);
                continue;
            }
            if (existing != null && !dup) {
                c.error(id.pos(), "cannot assign to " + id.name());
                lhsVars.add(null);
                bad = true;
                continue;
            }
            Var v = new Var(id.pos(), c.pkg, id.name(), null, false, false);
            lhsVars.add(v);
            if (!dup) {
                newVars.add(v);
                newIds.add(id);
            } else {
                c.recordDef(id, v);
            }
        }
        // rhs
        List<Operand> xs;
        List<Expr> rhs = a.rhs();
        boolean commaOk = false;
        if (rhs.size() == 1 && lhsVars.size() > 1) {
            xs = c.exprs.multiExpr(rhs.get(0));
            if (xs.size() == 1 && xs.get(0).commaOkAble() && lhsVars.size() == 2) {
                Operand ok = new Operand();
                ok.expr = rhs.get(0);
                ok.set(Mode.VALUE, Universe.UNTYPED_BOOL);
                xs = new ArrayList<>(xs);
                xs.add(ok);
                commaOk = true;
            }
        } else {
            xs = new ArrayList<>();
            for (Expr r : rhs) {
                Operand o = new Operand();
                c.exprs.expr(o, r);
                xs.add(o);
            }
        }
        if (xs.stream().anyMatch(Operand::invalid)) {
            for (Var v : lhsVars) {
                if (v != null) {
                    v.markUsed();
                }
            }
        }
        if (xs.size() != lhsVars.size()) {
            if (!(xs.size() == 1 && xs.get(0).invalid())) {
                c.error(rhs.get(0).pos(), Assignments.mismatch(lhsVars.size(), xs.size(),
                        rhs.size() == 1 ? rhs.get(0) : null));
            }
            for (Var v : newVars) {
                v.setType(Universe.INVALID);
                v.markUsed();
            }
        } else {
            for (int i = 0; i < lhsVars.size(); i++) {
                Var v = lhsVars.get(i);
                Operand x = xs.get(i);
                if (v == null) {
                    continue;
                }
                if (newVars.contains(v) || v.type() == null) {
                    c.assign.initVar(v, x, "assignment");
                } else {
                    c.assign.assignment(x, v.type(), "assignment");
                }
            }
            if (commaOk) {
                c.assign.commaOk(rhs.get(0), xs.get(0).type);
            }
        }
        for (Var v : lhsVars) {
            if (v != null && v.type() == null) {
                v.setType(Universe.INVALID);
            }
        }
        for (int i = 0; i < newVars.size(); i++) {
            c.declareLocal(newIds.get(i), newVars.get(i));
        }
        if (newVars.isEmpty() && !bad) {
            boolean allBlank = a.lhs().stream().allMatch(l -> l instanceof Expr.Ident id && id.isBlank());
            if (!allBlank || true) {
                c.error(a.tokPos(), "no new variables on left side of :=");
            }
        }
    }

    private void returnStmt(Stmt.Return r) {
        Tuple res = c.fn.sig.results();
        if (r.results().isEmpty()) {
            if (res.size() > 0 && res.vars().get(0).name().isEmpty()) {
                c.error(r.pos(), "not enough return values\n\thave ()\n\twant (" + tupleTypes(res) + ")");
            } else if (res.size() > 0) {
                for (Var v : res.vars()) {
                    Obj o = c.scope.lookupParent(v.name());
                    if (o != null && o != v) {
                        c.error(r.pos(), "result parameter " + v.name() + " not in scope at return\n\tinner declaration of "
                                + v.name());
                    }
                }
            }
            return;
        }
        List<Operand> xs;
        if (r.results().size() == 1 && res.size() != 1) {
            xs = c.exprs.multiExpr(r.results().get(0));
        } else {
            xs = new ArrayList<>();
            for (Expr e : r.results()) {
                Operand o = new Operand();
                c.exprs.exprWithHint(o, e, null);
                xs.add(o);
            }
        }
        for (Operand o : xs) {
            if (o.invalid()) {
                return;
            }
        }
        if (xs.size() != res.size()) {
            String msg = (xs.size() < res.size() ? "not enough return values" : "too many return values")
                    + "\n\thave (" + c.calls.have(xs) + ")\n\twant (" + tupleTypes(res) + ")";
            c.error(r.results().get(0).pos(), msg);
            return;
        }
        for (int i = 0; i < xs.size(); i++) {
            c.assign.assignment(xs.get(i), res.at(i), "return statement");
        }
    }

    private String tupleTypes(Tuple t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(c.typeString(t.at(i)));
        }
        return sb.toString();
    }

    // ---- range ----

    private void rangeStmt(Stmt.Range r) {
        openScope(r, "range");
        Operand x = new Operand();
        c.exprs.expr(x, r.x());
        Type kt = null;
        Type vt = null;
        boolean ok = true;
        if (!x.invalid()) {
            if (Assignments.isUntyped(x.type) && x.type.underlying() instanceof Basic b && b.isString()) {
                c.assign.convertUntyped(x, Universe.STRING);
            }
            switch (Generics.coreType(x.type)) {
                case Basic b when b.isString() -> {
                    kt = Universe.INT;
                    vt = Universe.RUNE;
                }
                case Array a -> {
                    kt = Universe.INT;
                    vt = a.elem();
                }
                case Pointer p when p.elem().underlying() instanceof Array a -> {
                    kt = Universe.INT;
                    vt = a.elem();
                }
                case Slice s -> {
                    kt = Universe.INT;
                    vt = s.elem();
                }
                case MapType m -> {
                    kt = m.key();
                    vt = m.elem();
                }
                case Chan ch -> {
                    kt = ch.elem();
                    if (r.value() != null) {
                        c.error(r.value().pos(), "range over " + c.describe(x) + " permits only one iteration variable");
                    }
                    if (ch.dir() == Expr.ChanDir.SEND) {
                        c.error(x.expr.pos(), "invalid operation: range " + ExprString.of(r.x())
                                + " receive from send-only channel");
                    }
                }
                default -> {
                    c.error(x.expr.pos(), "cannot range over " + c.describe(x));
                    ok = false;
                }
            }
        } else {
            ok = false;
        }
        Expr[] lhs = {r.key(), r.value()};
        Type[] types = {kt, vt};
        if (r.tok() == Token.DEFINE) {
            List<Var> vars = new ArrayList<>();
            List<Expr.Ident> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) {
                    continue;
                }
                if (!(lhs[i] instanceof Expr.Ident id)) {
                    c.error(lhs[i].pos(), "non-name " + ExprString.of(lhs[i]) + " on left side of :=");
                    continue;
                }
                Var v = new Var(id.pos(), c.pkg, id.name(), ok && types[i] != null ? types[i] : Universe.INVALID, false, false);
                vars.add(v);
                ids.add(id);
            }
            for (int i = 0; i < vars.size(); i++) {
                c.declareLocal(ids.get(i), vars.get(i));
            }
        } else if (r.tok() == Token.ASSIGN) {
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) {
                    continue;
                }
                Operand v = new Operand();
                if (ok && types[i] != null) {
                    v.set(Mode.VALUE, types[i]);
                    v.expr = lhs[i];
                }
                c.assign.assignVar(lhs[i], v);
            }
        }
        stmt(r.body(), BREAK_OK | CONTINUE_OK);
        c.closeScope();
    }
}
