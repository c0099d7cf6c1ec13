package org.tinygo4j.frontend.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.tinygo4j.frontend.syntax.GoParser.*;

/**
 * ANTLR's error recovery (single-token insertion/deletion, then resynchronisation)
 * with messages worded like gc 1.19's parser: "syntax error: unexpected X, expecting
 * Y", "unexpected X at end of statement", "non-declaration statement outside function
 * body". X is named as gc names tokens: names and keywords by their text, literals as
 * "literal 42", an inserted semicolon as "newline" (or "EOF").
 */
final class GoErrorStrategy extends DefaultErrorStrategy {
    private final SourceText src;

    GoErrorStrategy(SourceText src) {
        this.src = src;
    }

    @Override
    protected void reportNoViableAlternative(Parser p, NoViableAltException e) {
        report(p, e.getOffendingToken(), p.getExpectedTokens());
    }

    @Override
    protected void reportInputMismatch(Parser p, InputMismatchException e) {
        report(p, e.getOffendingToken(), e.getExpectedTokens());
    }

    @Override
    protected void reportFailedPredicate(Parser p, FailedPredicateException e) {
        report(p, e.getOffendingToken(), p.getExpectedTokens());
    }

    @Override
    protected void reportUnwantedToken(Parser p) {
        if (inErrorRecoveryMode(p)) {
            return;
        }
        beginErrorCondition(p);
        report(p, p.getCurrentToken(), getExpectedTokens(p));
    }

    @Override
    protected void reportMissingToken(Parser p) {
        if (inErrorRecoveryMode(p)) {
            return;
        }
        beginErrorCondition(p);
        report(p, p.getCurrentToken(), getExpectedTokens(p));
    }

    /**
     * Skips to a token of the set as ANTLR does, but as gc's scanner reports a literal
     * left open wherever it is, so does the skipping; and once the file has had gc's ten
     * errors the parse ends there, without reading the rest of the file (a resync over
     * 50 MB of garbage would lex all of it for nothing).
     */
    @Override
    protected void consumeUntil(Parser p, IntervalSet set) {
        stopIfDone();
        Token t = p.getCurrentToken();
        while (t.getType() != Token.EOF && !set.contains(t.getType())) {
            if (t.getType() == GoLexer.BAD) {
                reportBad(t);
                stopIfDone();
            }
            p.consume();
            t = p.getCurrentToken();
        }
    }

    private void stopIfDone() {
        if (src.stopped()) {
            throw new ParseCancellationException("too many errors");
        }
    }

    private void report(Parser p, Token tok, IntervalSet expected) {
        stopIfDone();
        int pos = src.pos(tok);
        if (tok.getType() == GoLexer.BAD) {
            reportBad(tok);
            return;
        }
        RuleContext ctx = p.getContext();
        String un = "unexpected " + describe(tok);
        if (expected.contains(GoLexer.PACKAGE)) {
            src.syntaxError(pos, "package statement must be first");
            return;
        }
        if (ctx instanceof SourceFileContext && tok.getType() != GoLexer.SEMI) {
            if (startsStatement(tok.getType())) {
                src.syntaxError(pos, "non-declaration statement outside function body");
            } else {
                src.syntaxError(pos, un + " after top level declaration");
            }
            return;
        }
        if (expected.contains(GoLexer.HLBRACE)) {
            String clause = clause(ctx);
            if (clause != null) {
                src.syntaxError(pos, un + ", expecting { after " + clause + " clause");
                return;
            }
        }
        if (expected.contains(GoLexer.COMMA) && tok.getType() != GoLexer.COMMA) {
            String list = expected.contains(GoLexer.RBRACE) && ctx instanceof LiteralValueContext ? "composite literal"
                    : expected.contains(GoLexer.RPAREN) && ctx instanceof PrimaryExprContext ? "argument list"
                    : expected.contains(GoLexer.RPAREN) && ctx instanceof ParametersContext ? "parameter list"
                    : null;
            if (list != null) {
                src.syntaxError(pos, un + " in " + list + "; possibly missing comma or "
                        + (list.equals("composite literal") ? "}" : ")"));
                return;
            }
        }
        if (expected.contains(GoLexer.SEMI) && tok.getType() != GoLexer.SEMI && inStatement(ctx)) {
            src.syntaxError(pos, un + " at end of statement");
            return;
        }
        String want = expectedText(expected);
        src.syntaxError(pos, want == null ? un : un + ", expecting " + want);
    }

    private static String clause(RuleContext ctx) {
        RuleContext start = ctx instanceof HblockContext ? ctx.parent : ctx;
        for (RuleContext c = start; c != null; c = c.parent) {
            if (c instanceof IfStmtContext) {
                return "if";
            }
            if (c instanceof ForStmtContext) {
                return "for";
            }
            if (c instanceof SwitchStmtContext) {
                return "switch";
            }
            if (c instanceof BlockContext || c instanceof HblockContext) {
                return null;
            }
        }
        return null;
    }

    private static boolean inStatement(RuleContext ctx) {
        for (RuleContext c = ctx; c != null; c = c.parent) {
            if (c instanceof StatementListContext || c instanceof StatementContext || c instanceof BlockContext
                    || c instanceof HblockContext) {
                return true;
            }
            if (c instanceof LiteralValueContext || c instanceof ParametersContext || c instanceof StructTypeContext
                    || c instanceof InterfaceTypeContext) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsStatement(int type) {
        return switch (type) {
            case GoLexer.IDENT, GoLexer.INT, GoLexer.FLOAT, GoLexer.IMAG, GoLexer.RUNE, GoLexer.STRING,
                 GoLexer.IF, GoLexer.FOR, GoLexer.SWITCH, GoLexer.SELECT, GoLexer.RETURN, GoLexer.GO,
                 GoLexer.DEFER, GoLexer.BREAK, GoLexer.CONTINUE, GoLexer.GOTO, GoLexer.FALLTHROUGH,
                 GoLexer.LPAREN, GoLexer.MUL, GoLexer.ARROW, GoLexer.LBRACE -> true;
            default -> false;
        };
    }

    /** Names the set of expected tokens like gc ("comma or }", "expression", "name"); null if too vague. */
    private static String expectedText(IntervalSet set) {
        if (set.contains(GoLexer.INT) && set.contains(GoLexer.IDENT) && set.contains(GoLexer.LPAREN)) {
            return "expression";
        }
        if (set.contains(GoLexer.IDENT) && set.contains(GoLexer.MUL) && set.contains(GoLexer.FUNC)
                && set.contains(GoLexer.LBRACK)) {
            return "type";
        }
        List<Integer> types = set.toList();
        if (types.size() > 3) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (types.contains(GoLexer.COMMA)) {
            names.add("comma");
        }
        for (int t : types) {
            if (t != GoLexer.COMMA) {
                names.add(tokenName(t));
            }
        }
        return String.join(" or ", names);
    }

    private static String tokenName(int type) {
        return switch (type) {
            case Token.EOF -> "EOF";
            case GoLexer.IDENT -> "name";
            case GoLexer.SEMI -> "semicolon or newline";
            case GoLexer.HLBRACE -> "{";
            case GoLexer.INT, GoLexer.FLOAT, GoLexer.IMAG, GoLexer.RUNE -> "literal";
            case GoLexer.STRING -> "string literal";
            default -> {
                String lit = GoLexer.VOCABULARY.getLiteralName(type);
                yield lit == null ? GoLexer.VOCABULARY.getSymbolicName(type) : lit.substring(1, lit.length() - 1);
            }
        };
    }

    /** A token as gc's syntax errors name it. */
    String describe(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> "EOF";
            case GoLexer.SEMI -> t.getText().equals(";") ? "semicolon" : t.getText();
            case GoLexer.HLBRACE -> "{";
            case GoLexer.INT, GoLexer.FLOAT, GoLexer.IMAG, GoLexer.RUNE, GoLexer.STRING -> "literal " + src.text(t);
            default -> src.text(t);
        };
    }

    /**
     * A token that starts nothing valid, reported as gc's scanner does: a string or rune
     * literal left open is reported where its line ends ("newline in string"), or at
     * its start when the file ends first.
     */
    private void reportBad(Token t) {
        String s = src.text(t);
        if (s.equals("\"") || s.equals("'")) {
            int nl = src.latin1.indexOf('\n', t.getStartIndex());
            int close = src.latin1.indexOf(s.charAt(0), t.getStartIndex() + 1);
            if (close >= 0 && (nl < 0 || close < nl)) {
                // closed on its line: the literal failed on something else (an escape)
                src.error(src.pos(t), s.equals("\"") ? "newline in string" : "rune literal not terminated");
            } else if (nl >= 0) {
                src.error(src.base + nl, s.equals("\"") ? "newline in string" : "newline in rune literal");
            } else {
                src.error(src.pos(t), s.equals("\"") ? "string literal not terminated" : "rune literal not terminated");
            }
            return;
        }
        src.error(src.pos(t), badToken(t));
    }

    private String badToken(Token t) {
        String s = src.text(t);
        return switch (s) {
            case "`" -> "raw string literal not terminated";
            default -> s.isEmpty() ? "invalid character"
                    : String.format("invalid character U+%04X '%s'", s.codePointAt(0), s);
        };
    }
}
