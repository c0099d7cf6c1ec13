package org.tinygo4j.frontend.ast;

import java.util.List;

/** Statements, shaped like go/ast. Nullable components are documented. */
public sealed interface Stmt extends Node {

    record DeclStmt(int pos, Decl.GenDecl decl) implements Stmt {}

    record Empty(int pos) implements Stmt {}

    record Labeled(int pos, Expr.Ident label, Stmt stmt) implements Stmt {}

    record ExprStmt(int pos, Expr x) implements Stmt {}

    record Send(int pos, Expr chan, int arrow, Expr value) implements Stmt {}

    /** {@code x++} or {@code x--}; tok is INC or DEC. */
    record IncDec(int pos, Expr x, int tokPos, Token tok) implements Stmt {}

    /** {@code lhs tok rhs}; tok is ASSIGN, DEFINE or an op-assignment. */
    record Assign(int pos, List<Expr> lhs, int tokPos, Token tok, List<Expr> rhs) implements Stmt {}

    record Go(int pos, Expr.Call call) implements Stmt {}

    record Defer(int pos, Expr.Call call) implements Stmt {}

    record Return(int pos, List<Expr> results) implements Stmt {}

    /** break, continue, goto or fallthrough; label may be null. */
    record Branch(int pos, Token tok, Expr.Ident label) implements Stmt {}

    record Block(int pos, List<Stmt> list, int rbrace) implements Stmt {}

    /** init and els may be null; els is a Block or an If. */
    record If(int pos, Stmt init, Expr cond, Block body, Stmt els) implements Stmt {}

    /** A case of a switch; list is null for default. */
    record CaseClause(int pos, List<Expr> list, List<Stmt> body) implements Stmt {}

    /** init and tag may be null; body holds CaseClauses. */
    record Switch(int pos, Stmt init, Expr tag, Block body) implements Stmt {}

    /** assign is {@code x := y.(type)} (an Assign) or {@code y.(type)} (an ExprStmt); init may be null. */
    record TypeSwitch(int pos, Stmt init, Stmt assign, Block body) implements Stmt {}

    /** A case of a select; comm is null for default, else a Send, ExprStmt (receive) or Assign. */
    record CommClause(int pos, Stmt comm, List<Stmt> body) implements Stmt {}

    record Select(int pos, Block body) implements Stmt {}

    /** init, cond and post may be null. */
    record For(int pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {}

    /** {@code for key, value := range x}; key and value may be null; tok is DEFINE, ASSIGN or null. */
    record Range(int pos, Expr key, Expr value, Token tok, Expr x, Block body) implements Stmt {}

    /** Placeholder for a statement that failed to parse (an error was reported). */
    record Bad(int pos) implements Stmt {}
}
