package org.tinygo4j.ssa.build;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.types.Nil;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.Universe;
import org.tinygo4j.frontend.types.Var;
import org.tinygo4j.ssa.ir.BasicBlock;
import org.tinygo4j.ssa.ir.Const;
import org.tinygo4j.ssa.ir.Instr;
import org.tinygo4j.ssa.ir.Value;

/**
 * Type switches as a chain of tests in case order: each listed type is a comma-ok
 * type assertion, nil a comparison with the nil interface. A clause's variable is
 * one local per clause, declared before the tests; each test that selects the
 * clause stores into it (the asserted value when the clause lists one type, else
 * the operand), so the body reads it wherever control came from.
 */
final class TypeSwitches {
    private final FunctionBuilder fb;

    TypeSwitches(FunctionBuilder fb) {
        this.fb = fb;
    }

    void build(Stmt.TypeSwitch ts, String label) {
        if (ts.init() != null) {
            fb.stmts.stmt(ts.init(), null);
        }
        Expr.TypeAssert guard = (Expr.TypeAssert) ExprBuilder.unparen(switch (ts.assign()) {
            case Stmt.Assign a -> a.rhs().get(0);
            case Stmt.ExprStmt es -> es.x();
            default -> throw new Unsupported(ts.pos(), "type switch guard " + ts.assign());
        });
        Value x = fb.exprs.expr(guard.x());
        BasicBlock done = fb.newBlock("typeswitch.done");
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        for (Stmt s : ts.body().list()) {
            clauses.add((Stmt.CaseClause) s);
        }
        List<BasicBlock> bodies = new ArrayList<>();
        List<Instr.Alloc> vars = new ArrayList<>();
        int dflt = -1;
        for (int i = 0; i < clauses.size(); i++) {
            Stmt.CaseClause cc = clauses.get(i);
            bodies.add(fb.newBlock(cc.list() == null ? "typeswitch.default" : "typeswitch.case"));
            if (cc.list() == null) {
                dflt = i;
            }
            vars.add(fb.info.implicits.get(cc) instanceof Var v && !v.name().equals("_")
                    ? fb.declareLocal(v, cc.pos()) : null);
        }
        for (int i = 0; i < clauses.size(); i++) {
            Stmt.CaseClause cc = clauses.get(i);
            if (cc.list() == null) {
                continue;
            }
            boolean single = cc.list().size() == 1;
            for (Expr e : cc.list()) {
                BasicBlock match = fb.newBlock("typeswitch.match");
                BasicBlock next = fb.newBlock("typeswitch.next");
                Value bound = x;
                Value ok;
                if (isNil(e)) {
                    ok = fb.exprs.binop(Universe.BOOL, Token.EQL, x, Const.zero(x.type()), e.pos());
                } else {
                    Type t = fb.subst(fb.info.typeOf(e));
                    Value r = fb.pb.interfaces().typeAssert(fb, x, t, true, e.pos());
                    ok = fb.exprs.extract(r, 1, e.pos());
                    if (single) {
                        bound = fb.exprs.extract(r, 0, e.pos());
                    }
                }
                fb.emit(new Instr.If(ok, match, next, e.pos()));
                fb.setCurrent(match);
                if (vars.get(i) != null) {
                    fb.store(vars.get(i), bound, e.pos());
                }
                fb.jump(bodies.get(i));
                fb.setCurrent(next);
            }
        }
        if (dflt >= 0) {
            if (vars.get(dflt) != null) {
                fb.store(vars.get(dflt), x, ts.pos());
            }
            fb.jump(bodies.get(dflt));
        } else {
            fb.jump(done);
        }
        for (int i = 0; i < clauses.size(); i++) {
            fb.setCurrent(bodies.get(i));
            fb.stmts.pushBreakTarget(label, done);
            fb.stmts.stmts(clauses.get(i).body());
            fb.stmts.popTarget();
            fb.jump(done);
        }
        fb.setCurrent(done);
    }

    private boolean isNil(Expr e) {
        return ExprBuilder.unparen(e) instanceof Expr.Ident id && fb.info.objectOf(id) instanceof Nil;
    }
}
