package org.tinygo4j.frontend.types;

import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;

/**
 * Terminating statements as the Go specification defines them ("Terminating
 * statements"), used for "missing return"; includes the search for break statements
 * that refer to an enclosing loop, switch or select.
 */
final class Terminating {
    private Terminating() {
    }

    static boolean isTerminating(Stmt s, String label) {
        return switch (s) {
            case Stmt.Return r -> true;
            case Stmt.Branch b -> b.tok() == Token.GOTO || b.tok() == Token.FALLTHROUGH;
            case Stmt.ExprStmt es -> isPanic(es.x());
            case Stmt.Block b -> isTerminatingList(b.list(), null);
            case Stmt.If i -> i.els() != null && isTerminating(i.body(), null) && isTerminating(i.els(), null);
            case Stmt.Labeled l -> isTerminating(l.stmt(), l.label().name());
            case Stmt.For f -> f.cond() == null && !hasBreak(f.body(), label, true);
            case Stmt.Switch sw -> clausesTerminate(sw.body().list(), label);
            case Stmt.TypeSwitch ts -> clausesTerminate(ts.body().list(), label);
            case Stmt.Select sel -> {
                for (Stmt cs : sel.body().list()) {
                    if (cs instanceof Stmt.CommClause cc
                            && (!isTerminatingList(cc.body(), null) || hasBreakList(cc.body(), label, true))) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> false;
        };
    }

    private static boolean isPanic(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e instanceof Expr.Call call && call.fun() instanceof Expr.Ident id && id.name().equals("panic");
    }

    private static boolean clausesTerminate(List<Stmt> clauses, String label) {
        boolean hasDefault = false;
        for (Stmt s : clauses) {
            if (!(s instanceof Stmt.CaseClause cc)) {
                continue;
            }
            if (cc.list() == null) {
                hasDefault = true;
            }
            if (!isTerminatingList(cc.body(), null) || hasBreakList(cc.body(), label, true)) {
                return false;
            }
        }
        return hasDefault;
    }

    private static boolean isTerminatingList(List<Stmt> list, String label) {
        int i = list.size() - 1;
        while (i >= 0 && list.get(i) instanceof Stmt.Empty) {
            i--;
        }
        return i >= 0 && isTerminating(list.get(i), label);
    }

    private static boolean hasBreakList(List<Stmt> list, String label, boolean implicit) {
        for (Stmt s : list) {
            if (hasBreak(s, label, implicit)) {
                return true;
            }
        }
        return false;
    }

    /** Whether s contains a break referring to the statement labelled label (or an unlabelled one if implicit). */
    static boolean hasBreak(Stmt s, String label, boolean implicit) {
        return switch (s) {
            case Stmt.Branch b -> b.tok() == Token.BREAK
                    && (b.label() == null ? implicit : label != null && b.label().name().equals(label));
            case Stmt.Block b -> hasBreakList(b.list(), label, implicit);
            case Stmt.Labeled l -> hasBreak(l.stmt(), label, implicit);
            case Stmt.If i -> hasBreak(i.body(), label, implicit) || i.els() != null && hasBreak(i.els(), label, implicit);
            case Stmt.CaseClause cc -> hasBreakList(cc.body(), label, implicit);
            case Stmt.CommClause cc -> hasBreakList(cc.body(), label, implicit);
            case Stmt.Switch sw -> label != null && hasBreak(sw.body(), label, false);
            case Stmt.TypeSwitch ts -> label != null && hasBreak(ts.body(), label, false);
            case Stmt.Select sel -> label != null && hasBreak(sel.body(), label, false);
            case Stmt.For f -> label != null && hasBreak(f.body(), label, false);
            case Stmt.Range r -> label != null && hasBreak(r.body(), label, false);
            default -> false;
        };
    }
}
