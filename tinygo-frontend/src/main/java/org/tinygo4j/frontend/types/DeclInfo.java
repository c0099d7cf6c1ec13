package org.tinygo4j.frontend.types;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Spec;

/**
 * What the resolver knows about one package-level object before it is checked: where
 * it is declared (file scope, spec or function), its type and initialiser expressions,
 * and, once checked, the package-level objects its declaration refers to (for the
 * initialisation order). color tracks the lazy resolution (white, grey, black) so that
 * declaration cycles are found.
 */
final class DeclInfo {
    enum Color { WHITE, GREY, BLACK }

    final Scope fileScope;
    /** For a var declared together with others from one multi-value expression: all of them. */
    List<Var> lhs;
    Expr typeExpr;
    Expr init;
    int iota;
    Decl.FuncDecl funcDecl;
    Spec.TypeSpec typeSpec;
    /** For a const spec that repeats an earlier one, the spec providing type and values. */
    boolean inherited;
    final Set<Obj> deps = new LinkedHashSet<>();
    Color color = Color.WHITE;
    int order;

    DeclInfo(Scope fileScope) {
        this.fileScope = fileScope;
    }
}
