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
 * scopes, local declarations, assignments and short variable declarations, control
 * flow with break/continue/goto/fallthrough validity, return counts, switch and type
 * switch, select, range; then "missing return" (Terminating) and the unused variable
 * and label reports at the end of each function.
 */
final class Stmts {
    private static final int BREAK_OK = 1;
    private static final int CONTINUE_OK = 2;
    private static final int FALLTHROUGH_OK = 4;
    private static final int FINAL_CASE = 8;

    private final Checker c;
    /** The enclosing labeled statements (for break/continue with a label). */
    private final List<Stmt.Labeled> enclosing = new ArrayList<>();

    Stmts(Checker c) {
        this.c = c;
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
        List<Stmt.Labeled> savedEnclosing = new ArrayList<>(enclosing);
        enclosing.clear();
        try {
            body(sig, body);
            reportUnused();
        } finally {
            c.scope = savedScope;
            c.decl = savedDecl;
            c.fn = savedFn;
            c.iota = savedIota;
            enclosing.clear();
            enclosing.addAll(savedEnclosing);
        }
    }

    void funcLit(Signature sig, Stmt.Block body, Scope fscope) {
        Scope savedScope = c.scope;
        FuncContext savedFn = c.fn;
        Constant savedIota = c.iota;
        c.scope = fscope;
        c.iota = null;
        c.fn = new FuncContext(sig, savedFn);
        List<Stmt.Labeled> savedEnclosing = new ArrayList<>(enclosing);
        enclosing.clear();
        try {
            body(sig, body);
            if (savedFn == null) {
                reportUnused();
            }
        } finally {
            c.scope = savedScope;
            c.fn = savedFn;
            c.iota = savedIota;
            enclosing.clear();
            enclosing.addAll(savedEnclosing);
        }
    }

    private void body(Signature sig, Stmt.Block body) {
        collectLabels(body.list());
        stmtList(body.list(), 0);
        if (sig.results().size() > 0 && !Terminating.isTerminating(body, null)) {
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

    private void collectLabels(List<Stmt> list) {
        for (Stmt s : list) {
            collectLabels(s);
        }
    }

    private void collectLabels(Stmt s) {
        switch (s) {
            case Stmt.Labeled l -> {
                String name = l.label().name();
                if (!name.equals("_")) {
                    Label lab = new Label(l.label().pos(), c.pkg, name);
                    if (c.fn.labels.putIfAbsent(name, lab) != null) {
                        c.error(l.label().pos(), "label " + name + " already defined");
                    } else {
                        c.recordDef(l.label(), lab);
                    }
                }
                collectLabels(l.stmt());
            }
            case Stmt.Block b -> collectLabels(b.list());
            case Stmt.If i -> {
                collectLabels(i.body());
                if (i.els() != null) {
                    collectLabels(i.els());
                }
            }
            case Stmt.For f -> collectLabels(f.body());
            case Stmt.Range r -> collectLabels(r.body());
            case Stmt.Switch sw -> collectLabels(sw.body());
            case Stmt.TypeSwitch ts -> collectLabels(ts.body());
            case Stmt.Select sel -> collectLabels(sel.body());
            case Stmt.CaseClause cc -> collectLabels(cc.body());
            case Stmt.CommClause cc -> collectLabels(cc.body());
            default -> {
            }
        }
    }

    private void stmtList(List<Stmt> list, int ctxt) {
        boolean fallOk = (ctxt & FALLTHROUGH_OK) != 0;
        int inner = ctxt & ~(FALLTHROUGH_OK | FINAL_CASE);
        for (int i = 0; i < list.size(); i++) {
            Stmt s = list.get(i);
            int ic = inner;
            if (fallOk && i + 1 == list.size()) {
                ic |= FALLTHROUGH_OK | (ctxt & FINAL_CASE);
            } else if ((ctxt & FINAL_CASE) != 0 && i + 1 == list.size()) {
                ic |= FINAL_CASE;
            }
            stmt(s, ic);
        }
    }

    private void openScope(org.tinygo4j.frontend.ast.Node n, String comment) {
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
                enclosing.add(l);
                stmt(l.stmt(), ctxt);
                enclosing.remove(enclosing.size() - 1);
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
                if (!(ch.type.underlying() instanceof Chan cht)) {
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
            case Stmt.Branch b -> branch(b, ctxt);
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
            case Stmt.Switch sw -> switchStmt(sw, ctxt);
            case Stmt.TypeSwitch ts -> typeSwitch(ts, ctxt);
            case Stmt.Select sel -> selectStmt(sel, ctxt);
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

    private void simpleStmt(Stmt s) {
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
        }
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
                    List<Const> consts = new ArrayList<>();
                    Constant savedIota = c.iota;
                    c.iota = Constant.IntVal.of(vs.iota());
                    for (int i = 0; i < vs.names().size(); i++) {
                        Expr.Ident id = vs.names().get(i);
                        Const k = new Const(id.pos(), c.pkg, id.name(), null, null);
                        Expr init = i < src.values().size() ? src.values().get(i) : null;
                        if (init == null && i == src.values().size() && (src.values().size() > 0 || src.type() != null)) {
                            c.error(id.pos(), "missing init expr for const declaration");
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

    private void branch(Stmt.Branch b, int ctxt) {
        if (b.label() != null) {
            String name = b.label().name();
            Label lab = c.fn.labels.get(name);
            if (lab == null) {
                String what = switch (b.tok()) {
                    case BREAK -> "break label not defined: ";
                    case CONTINUE -> "continue label not defined: ";
                    default -> "label " + name + " not defined";
                };
                c.error(b.label().pos(), b.tok() == Token.GOTO ? what : what + name);
                return;
            }
            c.fn.labelUsed.put(name, true);
            c.recordUse(b.label(), lab);
            if (b.tok() == Token.GOTO) {
                return;
            }
            Stmt.Labeled target = null;
            for (Stmt.Labeled l : enclosing) {
                if (l.label().name().equals(name)) {
                    target = l;
                }
            }
            boolean valid = target != null && switch (target.stmt()) {
                case Stmt.For f -> true;
                case Stmt.Range r -> true;
                case Stmt.Switch s -> b.tok() == Token.BREAK;
                case Stmt.TypeSwitch s -> b.tok() == Token.BREAK;
                case Stmt.Select s -> b.tok() == Token.BREAK;
                default -> false;
            };
            if (!valid) {
                c.error(b.label().pos(), "invalid " + b.tok().text() + " label " + name);
            }
            return;
        }
        switch (b.tok()) {
            case BREAK -> {
                if ((ctxt & BREAK_OK) == 0) {
                    c.error(b.pos(), "break is not in a loop, switch, or select");
                }
            }
            case CONTINUE -> {
                if ((ctxt & CONTINUE_OK) == 0) {
                    c.error(b.pos(), "continue is not in a loop");
                }
            }
            case FALLTHROUGH -> {
                if ((ctxt & FALLTHROUGH_OK) == 0) {
                    c.error(b.pos(), (ctxt & FINAL_CASE) != 0 ? "cannot fallthrough final case in switch"
                            : "fallthrough statement out of place");
                }
            }
            default -> {
            }
        }
    }

    // ---- switch, type switch, select, range ----

    private void switchStmt(Stmt.Switch sw, int ctxt) {
        openScope(sw, "switch");
        simpleStmt(sw.init());
        Operand tag = new Operand();
        if (sw.tag() != null) {
            c.exprs.expr(tag, sw.tag());
            c.assign.assignment(tag, null, "switch expression");
            if (!tag.invalid() && !c.assign.comparable(tag.type) && !Assignments.hasNil(tag.type)) {
                c.error(sw.tag().pos(), "cannot switch on " + c.describe(tag));
                tag.setInvalid();
            }
        } else {
            tag.setConst(Universe.BOOL, new Constant.BoolVal(true));
            tag.expr = new Expr.Ident(sw.body().pos(), "true");
        }
        boolean seenDefault = false;
        List<Object[]> seenConsts = new ArrayList<>();
        List<Stmt> clauses = sw.body().list();
        for (int i = 0; i < clauses.size(); i++) {
            if (!(clauses.get(i) instanceof Stmt.CaseClause cc)) {
                c.error(clauses.get(i).pos(), "invalid AST: case clause expected");
                continue;
            }
            if (cc.list() == null) {
                if (seenDefault) {
                    c.error(cc.pos(), "multiple defaults in switch");
                }
                seenDefault = true;
            } else {
                for (Expr e : cc.list()) {
                    Operand x = new Operand();
                    c.exprs.expr(x, e);
                    if (x.invalid() || tag.invalid()) {
                        continue;
                    }
                    caseValue(x, tag, e);
                    if (!x.invalid() && x.mode == Mode.CONSTANT && !(x.val instanceof Constant.BoolVal)) {
                        for (Object[] prev : seenConsts) {
                            if (Types.identical((Type) prev[2], x.type)
                                    && ConstantOps.rank((Constant) prev[0]) == ConstantOps.rank(x.val)
                                    && ConstantOps.compare((Constant) prev[0], Token.EQL, x.val)) {
                                c.error(e.pos(), "duplicate case " + c.describe(x) + " in expression switch\n\t"
                                        + c.diags.fileSet().position((Integer) prev[1]) + ": previous case");
                            }
                        }
                        seenConsts.add(new Object[] {x.val, e.pos(), x.type});
                    }
                }
            }
            openScope(cc, "case");
            int inner = BREAK_OK | (ctxt & CONTINUE_OK);
            if (i + 1 < clauses.size()) {
                inner |= FALLTHROUGH_OK;
            } else {
                inner |= FINAL_CASE;
            }
            stmtList(cc.body(), inner);
            c.closeScope();
        }
        c.closeScope();
    }

    private void caseValue(Operand x, Operand tag, Expr e) {
        Operand t = new Operand();
        t.copyFrom(tag);
        Expr.Binary cmp = new Expr.Binary(e.pos(), e, e.pos(), Token.EQL, tag.expr);
        if (Assignments.isUntyped(x.type)) {
            c.assign.convertUntyped(x, tag.type);
            if (x.invalid()) {
                return;
            }
        }
        if (!c.assign.assignableTo(x, tag.type) && !c.assign.assignableTo(tag, x.type)) {
            c.error(e.pos(), "invalid case " + ExprString.of(e) + " in switch on " + ExprString.of(tag.expr)
                    + " (mismatched types " + c.typeString(x.type) + " and " + c.typeString(tag.type) + ")");
            return;
        }
        if (!c.assign.comparable(x.type) && !x.isNil()) {
            c.error(e.pos(), "invalid case " + ExprString.of(e) + " in switch (can only compare "
                    + ExprString.of(cmp) + " to nil)");
        }
    }

    private void typeSwitch(Stmt.TypeSwitch ts, int ctxt) {
        openScope(ts, "type switch");
        simpleStmt(ts.init());
        Expr.Ident lhs = null;
        Expr.TypeAssert guard;
        if (ts.assign() instanceof Stmt.Assign a && a.lhs().size() == 1 && a.rhs().size() == 1
                && a.rhs().get(0) instanceof Expr.TypeAssert ta && a.lhs().get(0) instanceof Expr.Ident id) {
            lhs = id;
            guard = ta;
            if (id.isBlank()) {
                c.error(id.pos(), "no new variable on left side of :=");
                lhs = null;
            }
        } else if (ts.assign() instanceof Stmt.ExprStmt es && es.x() instanceof Expr.TypeAssert ta) {
            guard = ta;
        } else {
            c.error(ts.pos(), "invalid AST: bad type switch guard");
            c.closeScope();
            return;
        }
        Operand x = new Operand();
        c.exprs.expr(x, guard.x());
        if (x.invalid()) {
            c.closeScope();
            return;
        }
        if (!(x.type.underlying() instanceof Interface iface)) {
            c.error(x.expr.pos(), c.describe(x) + " is not an interface");
            c.closeScope();
            return;
        }
        List<Var> caseVars = new ArrayList<>();
        List<Object[]> seenTypes = new ArrayList<>();
        boolean seenDefault = false;
        for (Stmt s : ts.body().list()) {
            if (!(s instanceof Stmt.CaseClause cc)) {
                continue;
            }
            Type single = null;
            int n = 0;
            if (cc.list() == null) {
                if (seenDefault) {
                    c.error(cc.pos(), "multiple defaults in switch");
                }
                seenDefault = true;
            } else {
                for (Expr e : cc.list()) {
                    n++;
                    if (e instanceof Expr.Ident id && id.name().equals("nil") && c.scope.lookupParent("nil") instanceof Nil) {
                        c.recordTV(e, TypeAndValue.Mode.VALUE, Universe.UNTYPED_NIL, null);
                        c.recordUse(id, c.scope.lookupParent("nil"));
                        single = Universe.UNTYPED_NIL;
                        continue;
                    }
                    Type t = c.typexprs.typexpr(e);
                    if (t != Universe.INVALID) {
                        c.exprs.ops.checkTypeAssertion(e.pos(), e, x, iface, t);
                        for (Object[] prev : seenTypes) {
                            if (Types.identical((Type) prev[0], t)) {
                                c.error(e.pos(), "duplicate case " + c.typeString(t) + " in type switch\n\t"
                                        + c.diags.fileSet().position((Integer) prev[1]) + ": previous case");
                            }
                        }
                        seenTypes.add(new Object[] {t, e.pos()});
                    }
                    single = t;
                }
            }
            openScope(cc, "case");
            if (lhs != null) {
                Type vt = n == 1 && single != Universe.UNTYPED_NIL ? single : x.type;
                Var v = new Var(lhs.pos(), c.pkg, lhs.name(), vt, false, false);
                c.scope.insert(v);
                c.info.implicits.put(cc, v);
                caseVars.add(v);
            }
            stmtList(cc.body(), BREAK_OK | (ctxt & CONTINUE_OK));
            c.closeScope();
        }
        if (lhs != null) {
            Var shared = new Var(lhs.pos(), c.pkg, lhs.name(), null, false, false);
            c.recordDef(lhs, null);
            boolean used = caseVars.stream().anyMatch(Var::used);
            if (!used) {
                c.error(lhs.pos(), lhs.name() + " declared but not used");
            }
            shared.markUsed();
        }
        c.closeScope();
    }

    private void selectStmt(Stmt.Select sel, int ctxt) {
        for (Stmt s : sel.body().list()) {
            if (!(s instanceof Stmt.CommClause cc)) {
                continue;
            }
            openScope(cc, "case");
            if (cc.comm() != null) {
                boolean ok = switch (cc.comm()) {
                    case Stmt.Send send -> true;
                    case Stmt.ExprStmt es -> isReceive(es.x());
                    case Stmt.Assign a -> a.rhs().size() == 1 && isReceive(a.rhs().get(0));
                    default -> false;
                };
                if (!ok) {
                    c.error(cc.comm().pos(), "select case must be receive, send or assign recv");
                }
                stmt(cc.comm(), 0);
            }
            stmtList(cc.body(), BREAK_OK | (ctxt & CONTINUE_OK));
            c.closeScope();
        }
    }

    private static boolean isReceive(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e instanceof Expr.Unary u && u.op() == Token.ARROW;
    }

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
