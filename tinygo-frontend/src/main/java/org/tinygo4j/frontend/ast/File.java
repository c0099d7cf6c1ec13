package org.tinygo4j.frontend.ast;

import java.util.List;

/**
 * One parsed source file. buildConstraint is the expression of its {@code //go:build}
 * line (without the prefix) or null; imports are also present among decls;
 * directives are all its {@code //go:} comments with what each applies to.
 */
public record File(int pos, String path, Expr.Ident packageName, String buildConstraint,
                   List<Spec.ImportSpec> imports, List<Decl> decls, Doc doc, List<Directive> directives)
        implements Node {

    public File(int pos, String path, Expr.Ident packageName, String buildConstraint, List<Spec.ImportSpec> imports,
                List<Decl> decls, Doc doc) {
        this(pos, path, packageName, buildConstraint, imports, decls, doc, List.of());
    }
}
