package org.tinygo4j.frontend.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.syntax.GoParser.*;

/**
 * Converts statement parse trees into AST statements. The grammar parses the
 * headers of if, for and switch loosely (two or three optional simple statements, as
 * gc does); this class assigns their roles (init, condition, post, range clause,
 * type-switch guard) and reports gc's errors for headers that do not fit.
 */
final class StmtBuilder {
    private final SourceText src;
    private final AstExprBuilder exprs;
    private final DeclBuilder decls;

    StmtBuilder(SourceText src, AstExprBuilder exprs, DeclBuilder decls) {
        this.src = src;
        this.exprs = exprs;
        this.decls = decls;
    }

    Stmt.Block block(BlockContext c) {
        if (c == null) {
            return new Stmt.Block(src.base, List.of(), src.base);
        }
        return new Stmt.Block(src.pos(c.LBRACE()), list(c.statementList()), src.pos(c.RBRACE()));
    }

    private Stmt.Block hblock(HblockContext c, int fallback) {
        if (c == null) {
            return new Stmt.Block(fallback, List.of(), fallback);
        }
        return new Stmt.Block(src.pos(c.HLBRACE()), list(c.statementList()), src.pos(c.RBRACE()));
    }

    List<Stmt> list(StatementListContext c) {
        List<Stmt> out = new ArrayList<>();
        if (c != null) {
            for (StatementContext s : c.statement()) {
                out.add(stmt(s));
            }
        }
        return out;
    }

    Stmt stmt(StatementContext c) {
        if (c == null || c.getStart() == null) {
            return new Stmt.Bad(src.base);
        }
        int pos = src.pos(c);
        if (c.declaration() != null) {
            return new Stmt.DeclStmt(pos, decls.genDecl(c.declaration(), false));
        }
        if (c.simpleStmt() != null) {
            return simple(c.simpleStmt());
        }
        if (c.block() != null) {
            return block(c.block());
        }
        if (c.ifStmt() != null) {
            return ifStmt(c.ifStmt());
        }
        if (c.switchStmt() != null) {
            return switchStmt(c.switchStmt());
        }
        if (c.selectStmt() != null) {
            return selectStmt(c.selectStmt());
        }
        if (c.forStmt() != null) {
            return forStmt(c.forStmt());
        }
        return switch (c.getStart().getType()) {
            case GoLexer.IDENT -> {
                Expr.Ident label = exprs.ident(c.IDENT());
                Stmt s = c.statement() != null ? stmt(c.statement())
                        : new Stmt.Empty(c.COLON() != null ? src.pos(c.COLON()) + 1 : pos);
                yield new Stmt.Labeled(pos, label, s);
            }
            case GoLexer.GO, GoLexer.DEFER -> callStmt(c, pos);
            case GoLexer.RETURN -> new Stmt.Return(pos, exprs.exprList(c.expressionList()));
            case GoLexer.BREAK -> branch(c, pos, Token.BREAK);
            case GoLexer.CONTINUE -> branch(c, pos, Token.CONTINUE);
            case GoLexer.GOTO -> branch(c, pos, Token.GOTO);
            case GoLexer.FALLTHROUGH -> new Stmt.Branch(pos, Token.FALLTHROUGH, null);
            default -> new Stmt.Bad(pos);
        };
    }

    private Stmt branch(StatementContext c, int pos, Token tok) {
        return new Stmt.Branch(pos, tok, c.IDENT() == null ? null : exprs.ident(c.IDENT()));
    }

    private Stmt callStmt(StatementContext c, int pos) {
        boolean go = c.getStart().getType() == GoLexer.GO;
        Expr x = exprs.expr(c.expression());
        Expr y = x;
        while (y instanceof Expr.Paren p) {
            y = p.x();
        }
        if (y instanceof Expr.Call call) {
            if (y != x) {
                src.syntaxError(x.pos(), "expression in " + (go ? "go" : "defer") + " must not be parenthesized");
            }
            return go ? new Stmt.Go(pos, call) : new Stmt.Defer(pos, call);
        }
        if (!(x instanceof Expr.Bad)) {
            src.syntaxError(x.pos(), "expression in " + (go ? "go" : "defer") + " must be function call");
        }
        return new Stmt.Bad(pos);
    }

    Stmt simple(SimpleStmtContext c) {
        if (c == null || c.getStart() == null) {
            return new Stmt.Bad(src.base);
        }
        if (c.RANGE() != null) {
            src.syntaxError(src.pos(c.RANGE()), "unexpected range, expecting expression");
            return new Stmt.Bad(src.pos(c));
        }
        List<Expr> lhs = exprs.exprList(c.expressionList(0));
        if (lhs.isEmpty()) {
            return new Stmt.Bad(src.pos(c));
        }
        Expr x = lhs.get(0);
        if (c.assignOp() != null) {
            TerminalNode op = (TerminalNode) c.assignOp().getChild(0);
            List<Expr> rhs = exprs.exprList(c.expressionList(1));
            return new Stmt.Assign(x.pos(), lhs, src.pos(op), assignToken(op.getSymbol().getType()), rhs);
        }
        if (c.INC() != null || c.DEC() != null) {
            TerminalNode op = c.INC() != null ? c.INC() : c.DEC();
            return new Stmt.IncDec(x.pos(), x, src.pos(op), c.INC() != null ? Token.INC : Token.DEC);
        }
        if (c.ARROW() != null) {
            return new Stmt.Send(x.pos(), x, src.pos(c.ARROW()), exprs.expr(c.expression()));
        }
        if (lhs.size() > 1) {
            int end = src.pos(c.getStop()) + c.getStop().getStopIndex() - c.getStop().getStartIndex() + 1;
            src.syntaxError(end, "unexpected " + nextTokenText(c) + ", expecting := or = or comma");
            return new Stmt.Bad(x.pos());
        }
        return new Stmt.ExprStmt(x.pos(), x);
    }

    private static String nextTokenText(ParserRuleContext c) {
        return "newline";
    }

    static Token assignToken(int type) {
        return switch (type) {
            case GoLexer.ASSIGN -> Token.ASSIGN;
            case GoLexer.DEFINE -> Token.DEFINE;
            case GoLexer.ADD_ASSIGN -> Token.ADD_ASSIGN;
            case GoLexer.SUB_ASSIGN -> Token.SUB_ASSIGN;
            case GoLexer.MUL_ASSIGN -> Token.MUL_ASSIGN;
            case GoLexer.QUO_ASSIGN -> Token.QUO_ASSIGN;
            case GoLexer.REM_ASSIGN -> Token.REM_ASSIGN;
            case GoLexer.AND_ASSIGN -> Token.AND_ASSIGN;
            case GoLexer.OR_ASSIGN -> Token.OR_ASSIGN;
            case GoLexer.XOR_ASSIGN -> Token.XOR_ASSIGN;
            case GoLexer.SHL_ASSIGN -> Token.SHL_ASSIGN;
            case GoLexer.SHR_ASSIGN -> Token.SHR_ASSIGN;
            default -> Token.AND_NOT_ASSIGN;
        };
    }

    /** The header statements of if/for/switch, split at the semicolons. */
    private record Header(List<HeaderStmtContext> parts, int semis) {
        HeaderStmtContext part(int i) {
            return parts.get(i);
        }
    }

    private static Header header(ParserRuleContext c) {
        List<HeaderStmtContext> parts = new ArrayList<>(3);
        parts.add(null);
        int semis = 0;
        for (int i = 1; i < c.getChildCount(); i++) {
            ParseTree ch = c.getChild(i);
            if (ch instanceof HeaderStmtContext h) {
                parts.set(semis, h);
            } else if (ch instanceof TerminalNode t && t.getSymbol().getType() == GoLexer.SEMI) {
                semis++;
                parts.add(null);
            } else {
                break;
            }
        }
        return new Header(parts, semis);
    }

    private Stmt headerStmt(HeaderStmtContext h, String what) {
        if (h == null) {
            return null;
        }
        if (h.VAR() != null) {
            src.syntaxError(src.pos(h), "var declaration not allowed in " + what + " initializer");
            return new Stmt.Bad(src.pos(h));
        }
        return simple(h.simpleStmt());
    }

    /** The condition of a header: an expression statement, else gc's error. */
    private Expr condition(Stmt s, HeaderStmtContext h, int missingPos, String what) {
        if (s == null) {
            src.syntaxError(missingPos, "missing condition in " + what + " statement");
            return new Expr.Bad(missingPos);
        }
        if (s instanceof Stmt.ExprStmt es) {
            return es.x();
        }
        if (!(s instanceof Stmt.Bad)) {
            src.syntaxError(s instanceof Stmt.Assign a ? a.tokPos() : s.pos(), "cannot use " + src.text(h) + " as value");
        }
        return new Expr.Bad(s.pos());
    }

    private Stmt ifStmt(IfStmtContext c) {
        int pos = src.pos(c);
        Header h = header(c);
        Stmt.Block body = hblock(c.hblock(), pos);
        Stmt init = null;
        Expr cond;
        if (h.semis == 0) {
            cond = condition(headerStmt(h.part(0), "if"), h.part(0), body.pos(), "if");
        } else {
            init = headerStmt(h.part(0), "if");
            TerminalNode semi = c.SEMI();
            if (h.part(1) == null && semi != null && "newline".equals(semi.getText())) {
                // "if x\n{": gc sees the newline, not a missing condition
                src.syntaxError(src.pos(semi), "unexpected newline, expecting { after if clause");
                cond = new Expr.Bad(src.pos(semi));
            } else {
                cond = condition(headerStmt(h.part(1), "if"), h.part(1),
                        semi != null ? src.pos(semi) : body.pos(), "if");
            }
        }
        Stmt els = null;
        if (c.ELSE() != null) {
            if (c.ifStmt() != null) {
                els = ifStmt(c.ifStmt());
            } else if (c.block() != null) {
                els = block(c.block());
            } else {
                src.syntaxError(src.pos(c.ELSE()), "else must be followed by if or statement block");
            }
        }
        return new Stmt.If(pos, init, cond, body, els);
    }

    private Stmt switchStmt(SwitchStmtContext c) {
        int pos = src.pos(c);
        Header h = header(c);
        Stmt init = null;
        HeaderStmtContext tagCtx = h.part(0);
        if (h.semis > 0) {
            init = headerStmt(h.part(0), "switch");
            tagCtx = h.part(1);
        }
        Stmt tag = headerStmt(tagCtx, "switch");
        List<Stmt> clauses = new ArrayList<>();
        List<CaseClauseContext> ccs = c.caseClause();
        for (int i = 0; i < ccs.size(); i++) {
            CaseClauseContext cc = ccs.get(i);
            List<Expr> list = cc.CASE() != null ? exprs.exprList(cc.expressionList()) : null;
            List<Stmt> body = list(cc.statementList());
            checkLabelAtClauseEnd(cc.statementList(), body, i < ccs.size() - 1);
            clauses.add(new Stmt.CaseClause(src.pos(cc), list, body));
        }
        int lbrace = c.HLBRACE() != null ? src.pos(c.HLBRACE()) : pos;
        Stmt.Block body = new Stmt.Block(lbrace, clauses, c.RBRACE() != null ? src.pos(c.RBRACE()) : lbrace);
        if (isTypeSwitchGuard(tag)) {
            return new Stmt.TypeSwitch(pos, init, tag, body);
        }
        Expr x = null;
        if (tag instanceof Stmt.ExprStmt es) {
            x = es.x();
        } else if (tag != null && !(tag instanceof Stmt.Bad)) {
            src.syntaxError(tag instanceof Stmt.Assign a ? a.tokPos() : tag.pos(),
                    "cannot use " + src.text(tagCtx) + " as value");
        }
        return new Stmt.Switch(pos, init, x, body);
    }

    private static boolean isTypeSwitchGuard(Stmt s) {
        if (s instanceof Stmt.ExprStmt es) {
            return es.x() instanceof Expr.TypeAssert ta && ta.type() == null;
        }
        if (s instanceof Stmt.Assign a && a.tok() == Token.DEFINE && a.lhs().size() == 1 && a.rhs().size() == 1) {
            return a.lhs().get(0) instanceof Expr.Ident
                    && a.rhs().get(0) instanceof Expr.TypeAssert ta && ta.type() == null;
        }
        return false;
    }

    /**
     * A label must label a statement; before a closing brace gc lets it stand alone,
     * but before the next case or default it reports the missing statement.
     */
    /**
     * gc: a label needs a statement; an explicit ";" is one (an empty statement), but a
     * label directly before the next case or default has none.
     */
    private void checkLabelAtClauseEnd(StatementListContext list, List<Stmt> body, boolean moreClauses) {
        boolean endsWithSemicolon = list != null && list.getChildCount() > 0
                && !(list.getChild(list.getChildCount() - 1) instanceof StatementContext);
        if (moreClauses && !endsWithSemicolon && !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Labeled l
                && l.stmt() instanceof Stmt.Empty e) {
            src.syntaxError(e.pos(), "missing statement after label");
        }
    }

    private Stmt selectStmt(SelectStmtContext c) {
        List<Stmt> clauses = new ArrayList<>();
        List<CommClauseContext> ccs = c.commClause();
        for (int i = 0; i < ccs.size(); i++) {
            CommClauseContext cc = ccs.get(i);
            Stmt comm = cc.CASE() != null ? simple(cc.simpleStmt()) : null;
            List<Stmt> body = list(cc.statementList());
            checkLabelAtClauseEnd(cc.statementList(), body, i < ccs.size() - 1);
            clauses.add(new Stmt.CommClause(src.pos(cc), comm, body));
        }
        int lbrace = src.pos(c.LBRACE());
        return new Stmt.Select(src.pos(c), new Stmt.Block(lbrace, clauses, src.pos(c.RBRACE())));
    }

    private Stmt forStmt(ForStmtContext c) {
        int pos = src.pos(c);
        Header h = header(c);
        Stmt.Block body = hblock(c.hblock(), pos);
        if (h.semis == 0) {
            HeaderStmtContext only = h.part(0);
            if (only == null) {
                return new Stmt.For(pos, null, null, null, body);
            }
            if (only.simpleStmt() != null && only.simpleStmt().RANGE() != null) {
                return range(pos, only.simpleStmt(), body);
            }
            Stmt s = headerStmt(only, "for");
            return new Stmt.For(pos, null, condition(s, only, body.pos(), "for"), null, body);
        }
        Stmt init = headerStmt(h.part(0), "for");
        Stmt condStmt = headerStmt(h.part(1), "for");
        Expr cond = condStmt == null ? null : condition(condStmt, h.part(1), body.pos(), "for");
        Stmt post = h.parts.size() > 2 ? headerStmt(h.part(2), "for") : null;
        if (post instanceof Stmt.Assign a && a.tok() == Token.DEFINE) {
            src.syntaxError(post.pos(), "cannot declare in post statement of for loop");
        }
        return new Stmt.For(pos, init, cond, post, body);
    }

    private Stmt range(int pos, SimpleStmtContext s, Stmt.Block body) {
        Expr x;
        Expr key = null;
        Expr value = null;
        Token tok = null;
        if (s.assignOp() != null) {
            List<Expr> lhs = exprs.exprList(s.expressionList(0));
            int op = ((TerminalNode) s.assignOp().getChild(0)).getSymbol().getType();
            tok = op == GoLexer.DEFINE ? Token.DEFINE : Token.ASSIGN;
            if (op != GoLexer.DEFINE && op != GoLexer.ASSIGN) {
                src.syntaxError(src.pos(s.assignOp()), "unexpected " + src.text(s.assignOp()) + " in range clause");
            }
            if (lhs.size() > 2) {
                src.syntaxError(lhs.get(2).pos(), "range clause permits at most two iteration variables");
            }
            key = lhs.isEmpty() ? null : lhs.get(0);
            value = lhs.size() > 1 ? lhs.get(1) : null;
        } else if (s.expressionList(0) != null) {
            src.syntaxError(src.pos(s.RANGE()), "unexpected range, expecting := or = or comma");
        }
        x = exprs.expr(s.expression());
        return new Stmt.Range(pos, key, value, tok, x, body);
    }
}
