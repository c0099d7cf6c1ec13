package org.tinygo4j.frontend.ast;

import java.util.List;

/**
 * A parameter, result, struct field, receiver, type parameter or interface element.
 * names is empty for anonymous parameters and embedded fields; tag is null when absent.
 */
public record Field(int pos, List<Expr.Ident> names, Expr type, Expr.BasicLit tag) implements Node {}
