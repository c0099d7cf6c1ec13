package org.tinygo4j.frontend.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Doc;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Field;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.syntax.GoParser.*;

/**
 * Converts a source file's parse tree into the AST File: package clause, imports,
 * const/var/type groups and functions, with their doc comments (see DocComments).
 * Top-level declarations are converted one at a time, so that a compiler bug on one
 * broken declaration cannot lose the rest of the file.
 */
final class DeclBuilder {
    private final SourceText src;
    private final AstExprBuilder exprs;
    private final StmtBuilder stmts;
    private final DocComments docs;

    DeclBuilder(SourceText src, DocComments docs) {
        this.src = src;
        this.docs = docs;
        this.exprs = new AstExprBuilder(src);
        this.stmts = new StmtBuilder(src, exprs, this);
        exprs.stmts = stmts;
    }

    File file(String path, SourceFileContext c) {
        PackageClauseContext pc = c.packageClause();
        int pos = pc != null ? src.pos(pc) : src.base;
        Expr.Ident name = pc != null && pc.IDENT() != null ? exprs.ident(pc.IDENT()) : new Expr.Ident(pos, "_");
        List<Spec.ImportSpec> imports = new ArrayList<>();
        List<Decl> decls = new ArrayList<>();
        for (ImportDeclContext id : c.importDecl()) {
            Decl.GenDecl g = guarded(id, () -> importDecl(id));
            if (g != null) {
                for (Spec s : g.specs()) {
                    imports.add((Spec.ImportSpec) s);
                }
                decls.add(g);
            }
        }
        for (TopLevelDeclContext td : c.topLevelDecl()) {
            Decl d = guarded(td, () -> td.funcDecl() != null ? funcDecl(td.funcDecl())
                    : genDecl(td.declaration(), true));
            decls.add(d != null ? d : new Decl.Bad(src.pos(td)));
        }
        Doc doc = pc != null ? docs.docAbove(pc.getStart()) : Doc.EMPTY;
        String build = docs.buildConstraint(pc != null ? pc.getStart().getStartIndex() : Integer.MAX_VALUE);
        return new File(pos, path, name, build, imports, decls, doc);
    }

    private <T> T guarded(ParserRuleContext c, java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (RuntimeException e) {
            if (!src.errors.any()) {
                src.error(src.pos(c), "internal compiler error: " + e);
            }
            return null;
        }
    }

    private Decl.GenDecl importDecl(ImportDeclContext c) {
        List<Spec> specs = new ArrayList<>();
        for (ImportSpecContext s : c.importSpec()) {
            Expr.Ident name = null;
            if (s.IDENT() != null) {
                name = exprs.ident(s.IDENT());
            } else if (s.PERIOD() != null) {
                name = new Expr.Ident(src.pos(s.PERIOD()), ".");
            }
            Expr.BasicLit path = s.STRING() == null ? new Expr.BasicLit(src.pos(s), Expr.LitKind.STRING, "\"\"")
                    : new Expr.BasicLit(src.pos(s.STRING()), Expr.LitKind.STRING, src.text(s.STRING()));
            specs.add(new Spec.ImportSpec(src.pos(s), name, path));
        }
        return new Decl.GenDecl(src.pos(c), Token.IMPORT, specs, docs.docAbove(c.getStart()));
    }

    /** A const, var or type declaration; doc comments are collected for top-level ones only. */
    Decl.GenDecl genDecl(DeclarationContext c, boolean topLevel) {
        int pos = src.pos(c);
        Doc doc = topLevel ? docs.docAbove(c.getStart()) : Doc.EMPTY;
        List<Spec> specs = new ArrayList<>();
        if (c.constDecl() != null) {
            List<ConstSpecContext> cs = c.constDecl().constSpec();
            for (int i = 0; i < cs.size(); i++) {
                ConstSpecContext s = cs.get(i);
                Expr type = s.type_() != null ? exprs.type(s.type_()) : null;
                specs.add(new Spec.ValueSpec(src.pos(s), exprs.identList(s.identifierList()), type,
                        exprs.exprList(s.expressionList()), i, specDoc(s, cs.size(), topLevel)));
            }
            return new Decl.GenDecl(pos, Token.CONST, specs, doc);
        }
        if (c.varDecl() != null) {
            List<VarSpecContext> vs = c.varDecl().varSpec();
            for (VarSpecContext s : vs) {
                specs.add(varSpec(s, specDoc(s, vs.size(), topLevel)));
            }
            return new Decl.GenDecl(pos, Token.VAR, specs, doc);
        }
        if (c.typeDecl() != null) {
            List<TypeSpecContext> ts = c.typeDecl().typeSpec();
            for (TypeSpecContext s : ts) {
                specs.add(new Spec.TypeSpec(src.pos(s), exprs.ident(s.IDENT()),
                        exprs.typeParameters(s.typeParameters()), s.ASSIGN() != null, exprs.type(s.type_()),
                        specDoc(s, ts.size(), topLevel)));
            }
            return new Decl.GenDecl(pos, Token.TYPE, specs, doc);
        }
        return new Decl.GenDecl(pos, Token.VAR, specs, doc);
    }

    Spec.ValueSpec varSpec(VarSpecContext s, Doc doc) {
        Expr type = s.type_() != null ? exprs.type(s.type_()) : null;
        return new Spec.ValueSpec(src.pos(s), exprs.identList(s.identifierList()), type,
                exprs.exprList(s.expressionList()), 0, doc);
    }

    /** Specs in a parenthesised group have their own docs; a lone spec shares the declaration's. */
    private Doc specDoc(ParserRuleContext spec, int groupSize, boolean topLevel) {
        if (!topLevel) {
            return Doc.EMPTY;
        }
        ParserRuleContext decl = spec.getParent();
        boolean grouped = decl.getChildCount() > 1 && decl.getChild(1) instanceof org.antlr.v4.runtime.tree.TerminalNode;
        return grouped || groupSize > 1 ? docs.docAbove(spec.getStart()) : docs.docAbove(decl.getParent().getStart());
    }

    private Decl funcDecl(FuncDeclContext c) {
        int pos = src.pos(c);
        Field recv = null;
        if (c.receiver != null) {
            List<Field> rs = exprs.parameters(c.receiver);
            int n = 0;
            for (Field f : rs) {
                n += Math.max(1, f.names().size());
            }
            if (n == 0) {
                src.error(src.pos(c.receiver), "method has no receiver");
                recv = new Field(src.pos(c.receiver), List.of(), new Expr.Bad(src.pos(c.receiver)), null);
            } else {
                if (n > 1) {
                    src.error(src.pos(c.receiver), "method has multiple receivers");
                }
                recv = rs.get(0);
            }
        }
        Expr.Ident name = exprs.ident(c.IDENT());
        Expr.FuncType type = exprs.signature(pos, c.typeParameters(), c.signature());
        Stmt.Block body = c.block() != null ? stmts.block(c.block()) : null;
        return new Decl.FuncDecl(pos, recv, name, type, body, docs.docAbove(c.getStart()));
    }
}
