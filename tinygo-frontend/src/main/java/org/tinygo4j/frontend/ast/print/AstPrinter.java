package org.tinygo4j.frontend.ast.print;

import java.util.List;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Doc;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Field;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;

/**
 * Writes an AST back as Go source in a gofmt-like layout: tabs for indentation, one
 * statement per line, groups and blocks broken over lines, expressions (including
 * composite literals and struct/interface types) on one line. What the AST keeps of
 * comments is written too: the {@code //go:build} line, doc comments and directives.
 * Other comments are not in the AST and are lost. The output re-parses to the same
 * AST (see AstEquality); parentheses the source had are Paren nodes, so operators are
 * written as the tree says and only synthesised trees get extra parentheses.
 * Statement separators are newlines: every statement the printer ends a line with
 * triggers Go's semicolon insertion.
 */
public final class AstPrinter {
    private final StringBuilder out = new StringBuilder(4096);
    private int indent;

    private AstPrinter() {
    }

    /** The source text of a whole file. */
    public static String print(File f) {
        AstPrinter p = new AstPrinter();
        p.file(f);
        return p.out.toString();
    }

    /** The source text of one expression (on one line unless it holds a function literal). */
    public static String print(Expr e) {
        AstPrinter p = new AstPrinter();
        p.expr(e);
        return p.out.toString();
    }

    /** The source text of one statement, indented from column 1. */
    public static String print(Stmt s) {
        AstPrinter p = new AstPrinter();
        p.stmt(s);
        return p.out.toString();
    }

    // ---- files and declarations ----

    private void file(File f) {
        boolean buildInDoc = false;
        for (String d : f.doc().directives()) {
            buildInDoc |= d.startsWith("go:build");
        }
        if (f.buildConstraint() != null && !buildInDoc) {
            out.append("//go:build ").append(f.buildConstraint()).append("\n\n");
        }
        doc(f.doc());
        out.append("package ").append(f.packageName().name()).append('\n');
        for (Decl d : f.decls()) {
            out.append('\n');
            decl(d);
            out.append('\n');
        }
    }

    /**
     * A doc comment as line comments. Text lines get "// " so that one leading space is
     * stripped back off and a text line reading "go:..." does not become a directive;
     * directives follow the text (the AST does not keep their relative order).
     */
    private void doc(Doc d) {
        for (String line : d.text()) {
            out.append("// ").append(line);
            newline();
        }
        for (String dir : d.directives()) {
            out.append("//").append(dir);
            newline();
        }
    }

    private void decl(Decl d) {
        switch (d) {
            case Decl.GenDecl g -> genDecl(g, true);
            case Decl.FuncDecl f -> funcDecl(f);
            case Decl.Bad b -> out.append("var _ = BAD");
        }
    }

    private void genDecl(Decl.GenDecl g, boolean topLevel) {
        if (topLevel) {
            doc(g.doc());
        }
        out.append(g.tok().text()).append(' ');
        List<Spec> specs = g.specs();
        boolean single = specs.size() == 1
                && (!topLevel || g.tok() == Token.IMPORT || specDoc(specs.get(0)).equals(g.doc()));
        if (single) {
            spec(specs.get(0));
            return;
        }
        out.append('(');
        indent++;
        for (Spec s : specs) {
            newline();
            if (topLevel) {
                doc(specDoc(s));
            }
            spec(s);
        }
        indent--;
        newline();
        out.append(')');
    }

    private static Doc specDoc(Spec s) {
        return switch (s) {
            case Spec.ValueSpec v -> v.doc();
            case Spec.TypeSpec t -> t.doc();
            case Spec.ImportSpec i -> Doc.EMPTY;
        };
    }

    private void spec(Spec s) {
        switch (s) {
            case Spec.ImportSpec i -> {
                if (i.name() != null) {
                    out.append(i.name().name()).append(' ');
                }
                out.append(i.path().value());
            }
            case Spec.ValueSpec v -> {
                idents(v.names());
                if (v.type() != null) {
                    out.append(' ');
                    expr(v.type());
                }
                if (!v.values().isEmpty()) {
                    out.append(" = ");
                    exprs(v.values());
                }
            }
            case Spec.TypeSpec t -> {
                out.append(t.name().name());
                if (!t.typeParams().isEmpty()) {
                    out.append('[');
                    fields(t.typeParams());
                    // "type T[P *C] ..." would read as an array type; a comma settles it as gofmt does
                    if (t.typeParams().size() == 1 && t.typeParams().get(0).names().size() == 1
                            && (t.typeParams().get(0).type() instanceof Expr.Star
                            || t.typeParams().get(0).type() instanceof Expr.Binary)) {
                        out.append(',');
                    }
                    out.append(']');
                }
                out.append(t.alias() ? " = " : " ");
                expr(t.type());
            }
        }
    }

    private void funcDecl(Decl.FuncDecl f) {
        doc(f.doc());
        out.append("func ");
        if (f.recv() != null) {
            out.append('(');
            field(f.recv());
            out.append(") ");
        }
        out.append(f.name().name());
        signature(f.type());
        if (f.body() != null) {
            out.append(' ');
            block(f.body());
        }
    }

    // ---- statements ----

    private void newline() {
        out.append('\n');
        for (int i = 0; i < indent; i++) {
            out.append('\t');
        }
    }

    private void block(Stmt.Block b) {
        out.append('{');
        stmtList(b.list());
        newline();
        out.append('}');
    }

    private void stmtList(List<Stmt> list) {
        indent++;
        for (Stmt s : list) {
            newline();
            stmt(s);
        }
        indent--;
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.DeclStmt d -> genDecl(d.decl(), false);
            case Stmt.Empty e -> out.append(';');
            case Stmt.Labeled l -> {
                out.append(l.label().name()).append(':');
                if (l.stmt() instanceof Stmt.Empty) {
                    out.append(" ;");
                } else {
                    newline();
                    stmt(l.stmt());
                }
            }
            case Stmt.ExprStmt e -> expr(e.x());
            case Stmt.Send snd -> {
                expr(snd.chan());
                out.append(" <- ");
                expr(snd.value());
            }
            case Stmt.IncDec i -> {
                expr(i.x());
                out.append(i.tok().text());
            }
            case Stmt.Assign a -> {
                exprs(a.lhs());
                out.append(' ').append(a.tok().text()).append(' ');
                exprs(a.rhs());
            }
            case Stmt.Go g -> {
                out.append("go ");
                expr(g.call());
            }
            case Stmt.Defer d -> {
                out.append("defer ");
                expr(d.call());
            }
            case Stmt.Return r -> {
                out.append("return");
                if (!r.results().isEmpty()) {
                    out.append(' ');
                    exprs(r.results());
                }
            }
            case Stmt.Branch b -> {
                out.append(b.tok().text());
                if (b.label() != null) {
                    out.append(' ').append(b.label().name());
                }
            }
            case Stmt.Block b -> block(b);
            case Stmt.If i -> ifStmt(i);
            case Stmt.CaseClause c -> {
                if (c.list() == null) {
                    out.append("default:");
                } else {
                    out.append("case ");
                    exprs(c.list());
                    out.append(':');
                }
                stmtList(c.body());
            }
            case Stmt.Switch sw -> {
                out.append("switch ");
                header(sw.init());
                if (sw.tag() != null) {
                    expr(sw.tag());
                    out.append(' ');
                }
                clauses(sw.body());
            }
            case Stmt.TypeSwitch ts -> {
                out.append("switch ");
                header(ts.init());
                stmt(ts.assign());
                out.append(' ');
                clauses(ts.body());
            }
            case Stmt.CommClause c -> {
                if (c.comm() == null) {
                    out.append("default:");
                } else {
                    out.append("case ");
                    stmt(c.comm());
                    out.append(':');
                }
                stmtList(c.body());
            }
            case Stmt.Select sel -> {
                out.append("select ");
                clauses(sel.body());
            }
            case Stmt.For f -> forStmt(f);
            case Stmt.Range r -> {
                out.append("for ");
                if (r.key() != null) {
                    expr(r.key());
                    if (r.value() != null) {
                        out.append(", ");
                        expr(r.value());
                    }
                    out.append(' ').append(r.tok().text()).append(' ');
                }
                out.append("range ");
                expr(r.x());
                out.append(' ');
                block(r.body());
            }
            case Stmt.Bad b -> out.append("BAD");
        }
    }

    /** "init; " of an if/switch header (nothing when init is null). */
    private void header(Stmt init) {
        if (init != null) {
            stmt(init);
            out.append("; ");
        }
    }

    private void clauses(Stmt.Block body) {
        out.append('{');
        for (Stmt c : body.list()) {
            newline();
            stmt(c);
        }
        newline();
        out.append('}');
    }

    private void ifStmt(Stmt.If i) {
        out.append("if ");
        header(i.init());
        expr(i.cond());
        out.append(' ');
        block(i.body());
        if (i.els() != null) {
            out.append(" else ");
            stmt(i.els());
        }
    }

    private void forStmt(Stmt.For f) {
        out.append("for ");
        if (f.init() != null || f.post() != null) {
            if (f.init() != null) {
                stmt(f.init());
            }
            out.append("; ");
            if (f.cond() != null) {
                expr(f.cond());
            }
            out.append("; ");
            if (f.post() != null) {
                stmt(f.post());
                out.append(' ');
            }
        } else if (f.cond() != null) {
            expr(f.cond());
            out.append(' ');
        }
        block(f.body());
    }

    // ---- fields and signatures ----

    private void idents(List<Expr.Ident> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(ids.get(i).name());
        }
    }

    private void field(Field f) {
        if (!f.names().isEmpty()) {
            idents(f.names());
            out.append(' ');
        }
        expr(f.type());
        if (f.tag() != null) {
            out.append(' ').append(f.tag().value());
        }
    }

    private void fields(List<Field> fs) {
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            field(fs.get(i));
        }
    }

    /** Type parameters, parameters and results, after "func" or a name. */
    private void signature(Expr.FuncType t) {
        if (!t.typeParams().isEmpty()) {
            out.append('[');
            fields(t.typeParams());
            out.append(']');
        }
        out.append('(');
        fields(t.params());
        out.append(')');
        List<Field> rs = t.results();
        if (rs.size() == 1 && rs.get(0).names().isEmpty()) {
            out.append(' ');
            expr(rs.get(0).type());
        } else if (!rs.isEmpty()) {
            out.append(" (");
            fields(rs);
            out.append(')');
        }
    }

    // ---- expressions ----

    private void exprs(List<Expr> xs) {
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(xs.get(i));
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Ident id -> out.append(id.name());
            case Expr.BasicLit l -> out.append(l.value());
            case Expr.CompositeLit c -> {
                if (c.type() != null) {
                    expr(c.type());
                }
                out.append('{');
                exprs(c.elts());
                out.append('}');
            }
            case Expr.FuncLit f -> {
                out.append("func");
                signature(f.type());
                out.append(' ');
                block(f.body());
            }
            case Expr.Paren p -> {
                out.append('(');
                expr(p.x());
                out.append(')');
            }
            case Expr.Selector s -> {
                operand(s.x());
                out.append('.').append(s.sel().name());
            }
            case Expr.Index i -> {
                operand(i.x());
                out.append('[');
                exprs(i.indices());
                out.append(']');
            }
            case Expr.SliceExpr s -> {
                operand(s.x());
                out.append('[');
                if (s.low() != null) {
                    expr(s.low());
                }
                out.append(':');
                if (s.high() != null) {
                    expr(s.high());
                }
                if (s.slice3()) {
                    out.append(':');
                    if (s.max() != null) {
                        expr(s.max());
                    }
                }
                out.append(']');
            }
            case Expr.TypeAssert t -> {
                operand(t.x());
                out.append(".(");
                if (t.type() == null) {
                    out.append("type");
                } else {
                    expr(t.type());
                }
                out.append(')');
            }
            case Expr.Call c -> {
                operand(c.fun());
                out.append('(');
                exprs(c.args());
                if (c.hasEllipsis()) {
                    out.append("...");
                }
                out.append(')');
            }
            case Expr.Star s -> {
                out.append('*');
                unaryOperand(s.x());
            }
            case Expr.Unary u -> {
                out.append(u.op().text());
                unaryOperand(u.x());
            }
            case Expr.Binary b -> binary(b);
            case Expr.KeyValue kv -> {
                expr(kv.key());
                out.append(": ");
                expr(kv.value());
            }
            case Expr.ArrayType a -> {
                out.append('[');
                if (a.len() != null) {
                    expr(a.len());
                }
                out.append(']');
                expr(a.elem());
            }
            case Expr.StructType s -> {
                out.append("struct{");
                members(s.fields(), false);
                out.append('}');
            }
            case Expr.FuncType f -> {
                out.append("func");
                signature(f);
            }
            case Expr.InterfaceType it -> {
                out.append("interface{");
                members(it.elements(), true);
                out.append('}');
            }
            case Expr.MapType m -> {
                out.append("map[");
                expr(m.key());
                out.append(']');
                expr(m.value());
            }
            case Expr.ChanType c -> {
                out.append(switch (c.dir()) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                expr(c.value());
            }
            case Expr.Ellipsis el -> {
                out.append("...");
                if (el.elt() != null) {
                    expr(el.elt());
                }
            }
            case Expr.Bad b -> out.append("BAD");
        }
    }

    /** Struct fields or interface elements on one line, separated by semicolons. */
    private void members(List<Field> fs, boolean iface) {
        if (fs.isEmpty()) {
            return;
        }
        out.append(' ');
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) {
                out.append("; ");
            }
            Field f = fs.get(i);
            if (iface && f.names().size() == 1 && f.type() instanceof Expr.FuncType ft) {
                out.append(f.names().get(0).name());
                signature(ft);
            } else {
                field(f);
            }
        }
        out.append(' ');
    }

    /** The x of x.f, x[i], x(...): an operand or a primary expression, else parenthesised. */
    private void operand(Expr x) {
        if (x instanceof Expr.Binary || x instanceof Expr.Unary || x instanceof Expr.Star
                || x instanceof Expr.KeyValue) {
            out.append('(');
            expr(x);
            out.append(')');
        } else {
            expr(x);
        }
    }

    /** The operand of a unary operator: a space keeps "- -x" and "&^x" from fusing into one token. */
    private void unaryOperand(Expr x) {
        if (x instanceof Expr.Binary || x instanceof Expr.KeyValue) {
            out.append('(');
            expr(x);
            out.append(')');
            return;
        }
        if (x instanceof Expr.Unary || x instanceof Expr.Star) {
            out.append(' ');
        }
        expr(x);
    }

    /**
     * A binary expression; the left spine is walked iteratively, as the parser builds
     * it, so that generated code with thousands of terms cannot overflow the stack.
     */
    private void binary(Expr.Binary b) {
        java.util.ArrayDeque<Expr.Binary> spine = new java.util.ArrayDeque<>();
        Expr x = b;
        int prec = b.op().precedence();
        while (x instanceof Expr.Binary bx && bx.op().precedence() >= prec) {
            spine.push(bx);
            prec = bx.op().precedence();
            x = bx.x();
        }
        Expr.Binary first = spine.peek();
        operandOf(first.x(), first.op().precedence(), false);
        while (!spine.isEmpty()) {
            Expr.Binary cur = spine.pop();
            out.append(' ').append(cur.op().text()).append(' ');
            operandOf(cur.y(), cur.op().precedence(), true);
        }
    }

    /** An operand of a binary operator with precedence prec, parenthesised when it binds less tightly. */
    private void operandOf(Expr x, int prec, boolean right) {
        if (x instanceof Expr.Binary bx && (bx.op().precedence() < prec || right && bx.op().precedence() == prec)
                || x instanceof Expr.KeyValue) {
            out.append('(');
            expr(x);
            out.append(')');
        } else {
            expr(x);
        }
    }
}
