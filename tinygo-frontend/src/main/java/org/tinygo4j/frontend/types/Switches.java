package org.tinygo4j.frontend.types;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Operand.Mode;

/**
 * Switch, type switch and select statements (go/types stmt.go): tag and case
 * compatibility, duplicate constant cases and duplicate types, the implicit
 * per-clause variable of a type switch (Info.implicits), fallthrough placement and
 * the communication clauses of select.
 */
final class Switches {
    private final Checker c;
    private final Stmts stmts;

    Switches(Checker c, Stmts stmts) {
        this.c = c;
        this.stmts = stmts;
    }


    void switchStmt(Stmt.Switch sw, int ctxt) {
        stmts.openScope(sw, "switch");
        stmts.simpleStmt(sw.init());
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
                        // as go/types: a duplicate is reported once, against the first case with
                        // its value, and is not remembered itself (n equal cases give n-1 errors)
                        boolean duplicate = false;
                        for (Object[] prev : seenConsts) {
                            if (Types.identical((Type) prev[2], x.type)
                                    && ConstantOps.rank((Constant) prev[0]) == ConstantOps.rank(x.val)
                                    && ConstantOps.compare((Constant) prev[0], Token.EQL, x.val)) {
                                c.error(e.pos(), "duplicate case " + c.describe(x) + " in expression switch\n\t"
                                        + c.diags.fileSet().position((Integer) prev[1]) + ": previous case");
                                duplicate = true;
                                break;
                            }
                        }
                        if (!duplicate) {
                            seenConsts.add(new Object[] {x.val, e.pos(), x.type});
                        }
                    }
                }
            }
            stmts.openScope(cc, "case");
            int inner = Stmts.BREAK_OK | (ctxt & Stmts.CONTINUE_OK);
            if (i + 1 < clauses.size()) {
                inner |= Stmts.FALLTHROUGH_OK;
            } else {
                inner |= Stmts.FINAL_CASE;
            }
            stmts.stmtList(cc.body(), inner);
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

    void typeSwitch(Stmt.TypeSwitch ts, int ctxt) {
        stmts.openScope(ts, "type switch");
        stmts.simpleStmt(ts.init());
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
        int seenNil = -1;
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
                        if (seenNil >= 0) {
                            c.error(e.pos(), "duplicate case nil in type switch\n\t"
                                    + c.diags.fileSet().position(seenNil) + ": previous case");
                        } else {
                            seenNil = e.pos();
                        }
                        continue;
                    }
                    Type t = c.typexprs.typexpr(e);
                    if (t != Universe.INVALID) {
                        c.exprs.ops.checkTypeAssertion(e.pos(), e, x, iface, t);
                        boolean duplicate = false;
                        for (Object[] prev : seenTypes) {
                            if (Types.identical((Type) prev[0], t)) {
                                c.error(e.pos(), "duplicate case " + c.typeString(t) + " in type switch\n\t"
                                        + c.diags.fileSet().position((Integer) prev[1]) + ": previous case");
                                duplicate = true;
                                break;
                            }
                        }
                        if (!duplicate) {
                            seenTypes.add(new Object[] {t, e.pos()});
                        }
                    }
                    single = t;
                }
            }
            stmts.openScope(cc, "case");
            if (lhs != null) {
                Type vt = n == 1 && single != Universe.UNTYPED_NIL ? single : x.type;
                Var v = new Var(lhs.pos(), c.pkg, lhs.name(), vt, false, false);
                c.scope.insert(v);
                c.info.implicits.put(cc, v);
                caseVars.add(v);
            }
            stmts.stmtList(cc.body(), Stmts.BREAK_OK | (ctxt & Stmts.CONTINUE_OK));
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

    void selectStmt(Stmt.Select sel, int ctxt) {
        for (Stmt s : sel.body().list()) {
            if (!(s instanceof Stmt.CommClause cc)) {
                continue;
            }
            stmts.openScope(cc, "case");
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
                stmts.stmt(cc.comm(), 0);
            }
            stmts.stmtList(cc.body(), Stmts.BREAK_OK | (ctxt & Stmts.CONTINUE_OK));
            c.closeScope();
        }
    }

    private static boolean isReceive(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e instanceof Expr.Unary u && u.op() == Token.ARROW;
    }
}
