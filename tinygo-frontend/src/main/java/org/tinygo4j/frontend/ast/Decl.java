package org.tinygo4j.frontend.ast;

import java.util.List;

/** Top-level and local declarations. */
public sealed interface Decl extends Node {

    /** import, const, type or var (tok), with one spec or a parenthesised group. */
    record GenDecl(int pos, Token tok, List<Spec> specs, Doc doc) implements Decl {}

    /** A function or method; recv is null for functions, body null for external functions. */
    record FuncDecl(int pos, Field recv, Expr.Ident name, Expr.FuncType type, Stmt.Block body, Doc doc)
            implements Decl {}

    /** Placeholder for a declaration that failed to parse (an error was reported). */
    record Bad(int pos) implements Decl {}
}
