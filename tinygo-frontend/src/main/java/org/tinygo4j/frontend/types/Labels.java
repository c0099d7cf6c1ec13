package org.tinygo4j.frontend.types;

import static org.tinygo4j.frontend.types.Stmts.BREAK_OK;
import static org.tinygo4j.frontend.types.Stmts.CONTINUE_OK;
import static org.tinygo4j.frontend.types.Stmts.FALLTHROUGH_OK;
import static org.tinygo4j.frontend.types.Stmts.FINAL_CASE;

import java.util.ArrayList;
import java.util.List;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;

/**
 * Labels and the statements that jump (go/types labels.go; the spec's "Labeled
 * statements", "Break statements", "Continue statements", "Goto statements" and
 * "Fallthrough statements"). Before a function body's statements are checked, its
 * labels are collected with where each stands (duplicates reported), so that a goto
 * may jump forward; then each branch statement is checked as Stmts meets it: a
 * labeled break or continue must name an enclosing statement of the right kind, a
 * goto may not jump into a block nor over a variable declaration, and an unlabeled
 * break, continue or fallthrough must stand where the statement context (Stmts'
 * BREAK_OK, CONTINUE_OK, FALLTHROUGH_OK, FINAL_CASE) allows it. One per Stmts.
 */
final class Labels {
    private final Checker c;
    /** The enclosing labeled statements (for break/continue with a label). */
    final List<Stmt.Labeled> enclosing = new ArrayList<>();

    Labels(Checker c) {
        this.c = c;
    }

    void collectLabels(List<Stmt> list, int blockPos) {
        c.fn.collectChain.add(new Object[] {list, blockPos});
        for (int i = 0; i < list.size(); i++) {
            collectLabels(list.get(i), list, i);
        }
        c.fn.collectChain.remove(c.fn.collectChain.size() - 1);
    }

    private void collectLabels(Stmt s) {
        collectLabels(s, null, -1);
    }

    private void collectLabels(Stmt s, List<Stmt> list, int index) {
        switch (s) {
            case Stmt.Labeled l -> {
                if (list != null) {
                    c.fn.labelSites.putIfAbsent(l.label().name(),
                            new FuncContext.LabelSite(list, index, List.copyOf(c.fn.collectChain)));
                }
                String name = l.label().name();
                if (!name.equals("_")) {
                    Label lab = new Label(l.label().pos(), c.pkg, name);
                    if (c.fn.labels.putIfAbsent(name, lab) != null) {
                        c.error(l.label().pos(), "label " + name + " already defined");
                    } else {
                        c.recordDef(l.label(), lab);
                    }
                }
                collectLabels(l.stmt(), list, index);
            }
            case Stmt.Block b -> collectLabels(b.list(), b.pos());
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
            case Stmt.CaseClause cc -> collectLabels(cc.body(), cc.pos());
            case Stmt.CommClause cc -> collectLabels(cc.body(), cc.pos());
            default -> {
            }
        }
    }

    void branch(Stmt.Branch b, int ctxt) {
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
                gotoTarget(b.label());
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

    /** A goto may not jump into a block, nor over a variable declaration (spec "Goto statements"). */
    private void gotoTarget(Expr.Ident label) {
        FuncContext.LabelSite site = c.fn.labelSites.get(label.name());
        if (site == null) {
            return;
        }
        int depth = -1;
        for (int d = 0; d < c.fn.blockLists.size(); d++) {
            if (c.fn.blockLists.get(d) == site.list()) {
                depth = d;
            }
        }
        if (depth < 0) {
            int blockPos = -1;
            for (Object[] link : site.chain()) {
                boolean entered = false;
                for (List<Stmt> l : c.fn.blockLists) {
                    entered |= l == link[0];
                }
                if (!entered) {
                    blockPos = (Integer) link[1];
                    break;
                }
            }
            c.error(label.pos(), "goto " + label.name() + " jumps into block"
                    + (blockPos >= 0 ? " starting at " + c.diags.fileSet().position(blockPos) : ""));
            return;
        }
        for (int k = c.fn.blockIndex.get(depth) + 1; k < site.index(); k++) {
            Stmt st = site.list().get(k);
            String name = null;
            int declPos = -1;
            if (st instanceof Stmt.DeclStmt d && d.decl().tok() == Token.VAR && !d.decl().specs().isEmpty()
                    && d.decl().specs().get(0) instanceof Spec.ValueSpec vs) {
                name = vs.names().get(0).name();
                declPos = vs.names().get(0).pos();
            } else if (st instanceof Stmt.Assign a && a.tok() == Token.DEFINE && a.lhs().get(0) instanceof Expr.Ident id) {
                name = id.name();
                declPos = a.tokPos();
            }
            if (name != null) {
                c.error(label.pos(), "goto " + label.name() + " jumps over declaration of " + name + " at "
                        + c.diags.fileSet().position(declPos));
                return;
            }
        }
    }
}
