package org.tinygo4j.frontend.ast;

import java.util.List;

/**
 * One parsed source file. buildConstraint is the expression of its {@code //go:build}
 * line (without the prefix) or null; imports are also present among decls.
 */
public record File(int pos, String path, Expr.Ident packageName, String buildConstraint,
                   List<Spec.ImportSpec> imports, List<Decl> decls, Doc doc) implements Node {}
