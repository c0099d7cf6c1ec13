package org.tinygo4j.frontend.ast;

import java.util.List;

/** The specs inside import, const, var and type declarations. */
public sealed interface Spec extends Node {

    /** name is null for a plain import, or {@code .} / {@code _} / an identifier. */
    record ImportSpec(int pos, Expr.Ident name, Expr.BasicLit path) implements Spec {}

    /**
     * A const or var spec. For consts, a spec without type and values repeats the
     * previous one: the AST keeps it empty and records its iota; the checker repeats.
     */
    record ValueSpec(int pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota, Doc doc)
            implements Spec {}

    /** {@code type Name[P any] T} or the alias {@code type Name = T}. */
    record TypeSpec(int pos, Expr.Ident name, List<Field> typeParams, boolean alias, Expr type, Doc doc)
            implements Spec {}
}
