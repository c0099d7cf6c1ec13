package org.tinygo4j.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.ast.Stmt;
import org.tinygo4j.frontend.ast.Token;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;

/** AST shapes and positions produced by SourceParser for each declaration and statement form. */
class SourceParserTest {
    private FileSet fs;
    private Diagnostics diags;

    private File parse(String src) {
        fs = new FileSet();
        diags = new Diagnostics(fs);
        return SourceParser.parse(fs, "x.go", src.getBytes(StandardCharsets.UTF_8), diags);
    }

    private File ok(String src) {
        File f = parse(src);
        assertEquals(List.of(), diags.sorted(), "unexpected diagnostics");
        return f;
    }

    /** The statements of the body of the first function of a file "package p; func f() { body }". */
    private List<Stmt> body(String body) {
        File f = ok("package p\nfunc f() {\n" + body + "\n}\n");
        return ((Decl.FuncDecl) f.decls().get(0)).body().list();
    }

    private Expr expr(String e) {
        Stmt s = body("_ = " + e).get(0);
        return ((Stmt.Assign) s).rhs().get(0);
    }

    private String at(int pos) {
        FileSet.Position p = fs.position(pos);
        return p.line() + ":" + p.column();
    }

    @Test
    void packageAndImports() {
        File f = ok("package main\n\nimport \"fmt\"\nimport (\n\tm \"math\"\n\t. \"os\"\n\t_ \"io\"\n)\n");
        assertEquals("main", f.packageName().name());
        assertEquals(4, f.imports().size());
        assertNull(f.imports().get(0).name());
        assertEquals("\"fmt\"", f.imports().get(0).path().value());
        assertEquals("m", f.imports().get(1).name().name());
        assertEquals(".", f.imports().get(2).name().name());
        assertEquals("_", f.imports().get(3).name().name());
        assertEquals(2, f.decls().size());
        assertEquals("5:2", at(f.imports().get(1).pos()));
    }

    @Test
    void constGroupKeepsIotaAndEmptySpecs() {
        File f = ok("package p\nconst (\n\tA int = iota\n\tB\n\tC, D = 1, 2\n)\n");
        Decl.GenDecl g = (Decl.GenDecl) f.decls().get(0);
        assertEquals(Token.CONST, g.tok());
        Spec.ValueSpec b = (Spec.ValueSpec) g.specs().get(1);
        assertEquals(1, b.iota());
        assertNull(b.type());
        assertTrue(b.values().isEmpty());
        Spec.ValueSpec c = (Spec.ValueSpec) g.specs().get(2);
        assertEquals(2, c.iota());
        assertEquals(2, c.names().size());
        assertEquals("int", ((Expr.Ident) ((Spec.ValueSpec) g.specs().get(0)).type()).name());
    }

    @Test
    void varAndTypeDecls() {
        File f = ok("package p\nvar x, y int = 1, 2\nvar z = []string{}\ntype A = int\ntype B [4]byte\n"
                + "type C struct {\n\ta, b int `json:\"a\"`\n\t*D\n\tE\n}\n");
        Spec.ValueSpec x = (Spec.ValueSpec) ((Decl.GenDecl) f.decls().get(0)).specs().get(0);
        assertEquals(2, x.values().size());
        Spec.TypeSpec a = (Spec.TypeSpec) ((Decl.GenDecl) f.decls().get(2)).specs().get(0);
        assertTrue(a.alias());
        Spec.TypeSpec b = (Spec.TypeSpec) ((Decl.GenDecl) f.decls().get(3)).specs().get(0);
        Expr.ArrayType arr = assertInstanceOf(Expr.ArrayType.class, b.type());
        assertEquals("4", ((Expr.BasicLit) arr.len()).value());
        Expr.StructType st = (Expr.StructType) ((Spec.TypeSpec) ((Decl.GenDecl) f.decls().get(4)).specs().get(0)).type();
        assertEquals(3, st.fields().size());
        assertEquals("`json:\"a\"`", st.fields().get(0).tag().value());
        assertInstanceOf(Expr.Star.class, st.fields().get(1).type());
        assertTrue(st.fields().get(2).names().isEmpty());
    }

    @Test
    void genericTypesAndConstraints() {
        File f = ok("package p\ntype M[K comparable, V ~int | ~string] map[K]V\n"
                + "type N interface {\n\tfmt.Stringer\n\t~int | float64\n\tM(x int) (y int)\n}\n"
                + "func F[T any, S ~[]T](s S) T { return s[0] }\n"
                + "var v = F[[]int, int]\nvar w List[int]\n");
        Spec.TypeSpec m = (Spec.TypeSpec) ((Decl.GenDecl) f.decls().get(0)).specs().get(0);
        assertEquals(2, m.typeParams().size());
        Expr.Binary u = assertInstanceOf(Expr.Binary.class, m.typeParams().get(1).type());
        assertEquals(Token.OR, u.op());
        assertEquals(Token.TILDE, ((Expr.Unary) u.x()).op());
        Expr.InterfaceType it = (Expr.InterfaceType) ((Spec.TypeSpec) ((Decl.GenDecl) f.decls().get(1)).specs().get(0)).type();
        assertEquals(3, it.elements().size());
        assertInstanceOf(Expr.Selector.class, it.elements().get(0).type());
        assertInstanceOf(Expr.Binary.class, it.elements().get(1).type());
        assertEquals("M", it.elements().get(2).names().get(0).name());
        assertInstanceOf(Expr.FuncType.class, it.elements().get(2).type());
        Decl.FuncDecl fn = (Decl.FuncDecl) f.decls().get(2);
        assertEquals(2, fn.type().typeParams().size());
        Expr.Index inst = (Expr.Index) ((Spec.ValueSpec) ((Decl.GenDecl) f.decls().get(3)).specs().get(0)).values().get(0);
        assertEquals(2, inst.indices().size());
        Expr.Index lt = (Expr.Index) ((Spec.ValueSpec) ((Decl.GenDecl) f.decls().get(4)).specs().get(0)).type();
        assertEquals("List", ((Expr.Ident) lt.x()).name());
    }

    @Test
    void methodsAndParameterGrouping() {
        File f = ok("package p\nfunc (l *List[T]) Push(a, b int, c ...string) (n int, err error) { return }\n"
                + "func g(int, *T, ...byte) bool\n");
        Decl.FuncDecl m = (Decl.FuncDecl) f.decls().get(0);
        assertEquals("l", m.recv().names().get(0).name());
        assertInstanceOf(Expr.Star.class, m.recv().type());
        assertEquals(2, m.type().params().size());
        assertEquals(2, m.type().params().get(0).names().size());
        assertInstanceOf(Expr.Ellipsis.class, m.type().params().get(1).type());
        assertEquals(2, m.type().results().size());
        Decl.FuncDecl g = (Decl.FuncDecl) f.decls().get(1);
        assertNull(g.body());
        assertEquals(3, g.type().params().size());
        assertTrue(g.type().params().get(0).names().isEmpty());
        assertEquals(1, g.type().results().size());
    }

    @Test
    void simpleStatements() {
        List<Stmt> s = body("x := 1\nx += 2\nx++\nch <- x\n<-ch\na, b = b, a\nf()");
        assertEquals(Token.DEFINE, ((Stmt.Assign) s.get(0)).tok());
        assertEquals(Token.ADD_ASSIGN, ((Stmt.Assign) s.get(1)).tok());
        assertEquals(Token.INC, ((Stmt.IncDec) s.get(2)).tok());
        assertInstanceOf(Stmt.Send.class, s.get(3));
        assertEquals(Token.ARROW, ((Expr.Unary) ((Stmt.ExprStmt) s.get(4)).x()).op());
        assertEquals(2, ((Stmt.Assign) s.get(5)).lhs().size());
        assertInstanceOf(Expr.Call.class, ((Stmt.ExprStmt) s.get(6)).x());
    }

    @Test
    void controlFlow() {
        List<Stmt> s = body("if x := f(); x > 0 {\n} else if y {\n} else {\n}\n"
                + "for {\n}\nfor i := 0; i < n; i++ {\n}\nfor x {\n}\nfor k, v := range m {\n}\nfor range ch {\n}\n"
                + "switch x := f(); x {\ncase 1, 2:\n\tfallthrough\ndefault:\n}\n"
                + "switch v := y.(type) {\ncase int, []string, func(), nil:\n}\n"
                + "select {\ncase v, ok := <-ch:\ncase ch <- 1:\ncase <-ch:\ndefault:\n}\n"
                + "L:\n\tfor {\n\t\tbreak L\n\t\tcontinue L\n\t}\ngoto L\ngo f()\ndefer func() {}()\nreturn 1, 2\n{\n}");
        Stmt.If i = (Stmt.If) s.get(0);
        assertInstanceOf(Stmt.Assign.class, i.init());
        Stmt.If elif = assertInstanceOf(Stmt.If.class, i.els());
        assertInstanceOf(Stmt.Block.class, elif.els());
        Stmt.For inf = (Stmt.For) s.get(1);
        assertNull(inf.cond());
        Stmt.For three = (Stmt.For) s.get(2);
        assertInstanceOf(Stmt.IncDec.class, three.post());
        assertInstanceOf(Expr.Ident.class, ((Stmt.For) s.get(3)).cond());
        Stmt.Range r = (Stmt.Range) s.get(4);
        assertEquals("k", ((Expr.Ident) r.key()).name());
        assertEquals(Token.DEFINE, r.tok());
        Stmt.Range r2 = (Stmt.Range) s.get(5);
        assertNull(r2.key());
        assertNull(r2.tok());
        Stmt.Switch sw = (Stmt.Switch) s.get(6);
        assertEquals(2, sw.body().list().size());
        assertNull(((Stmt.CaseClause) sw.body().list().get(1)).list());
        Stmt.TypeSwitch ts = (Stmt.TypeSwitch) s.get(7);
        assertEquals(4, ((Stmt.CaseClause) ts.body().list().get(0)).list().size());
        Stmt.Select sel = (Stmt.Select) s.get(8);
        assertEquals(4, sel.body().list().size());
        assertInstanceOf(Stmt.Assign.class, ((Stmt.CommClause) sel.body().list().get(0)).comm());
        assertNull(((Stmt.CommClause) sel.body().list().get(3)).comm());
        Stmt.Labeled l = (Stmt.Labeled) s.get(9);
        assertEquals("L", l.label().name());
        assertEquals(Token.GOTO, ((Stmt.Branch) s.get(10)).tok());
        assertInstanceOf(Stmt.Go.class, s.get(11));
        assertInstanceOf(Expr.FuncLit.class, ((Stmt.Defer) s.get(12)).call().fun());
        assertEquals(2, ((Stmt.Return) s.get(13)).results().size());
        assertInstanceOf(Stmt.Block.class, s.get(14));
    }

    @Test
    void expressions() {
        Expr.Binary b = (Expr.Binary) expr("a + b*c == d || e");
        assertEquals(Token.LOR, b.op());
        Expr.Binary eq = (Expr.Binary) b.x();
        assertEquals(Token.EQL, eq.op());
        assertEquals(Token.MUL, ((Expr.Binary) ((Expr.Binary) eq.x()).y()).op());
        assertInstanceOf(Expr.SliceExpr.class, expr("s[1:2]"));
        Expr.SliceExpr s3 = (Expr.SliceExpr) expr("s[:2:3]");
        assertTrue(s3.slice3());
        assertNull(s3.low());
        assertInstanceOf(Expr.TypeAssert.class, expr("x.(*T)"));
        Expr.Call c = (Expr.Call) expr("append(a, b...)");
        assertTrue(c.hasEllipsis());
        Expr.Call conv = (Expr.Call) expr("[]byte(s)");
        assertInstanceOf(Expr.ArrayType.class, conv.fun());
        Expr.Selector mexpr = (Expr.Selector) expr("(*T).M");
        assertInstanceOf(Expr.Star.class, ((Expr.Paren) mexpr.x()).x());
        assertInstanceOf(Expr.Star.class, expr("*p"));
        assertEquals(Token.AND, ((Expr.Unary) expr("&x")).op());
        Expr.ChanType recv = (Expr.ChanType) ((Expr.Call) expr("make(<-chan int)")).args().get(0);
        assertEquals(Expr.ChanDir.RECV, recv.dir());
        Expr.ChanType send = (Expr.ChanType) ((Expr.Call) expr("make(chan<- int, 1)")).args().get(0);
        assertEquals(Expr.ChanDir.SEND, send.dir());
        assertInstanceOf(Expr.MapType.class, ((Expr.Call) expr("make(map[string]int)")).args().get(0));
        assertInstanceOf(Expr.FuncType.class, ((Expr.Call) expr("new(func(int) bool)")).args().get(0));
    }

    @Test
    void compositeLiterals() {
        Expr.CompositeLit m = (Expr.CompositeLit) expr("map[string][]Point{\"a\": {{1, 2}, {X: 3}}}");
        Expr.KeyValue kv = (Expr.KeyValue) m.elts().get(0);
        Expr.CompositeLit inner = (Expr.CompositeLit) kv.value();
        assertNull(inner.type());
        assertEquals(2, inner.elts().size());
        Expr.CompositeLit arr = (Expr.CompositeLit) expr("[...]int{1, 2, 3,}");
        assertInstanceOf(Expr.Ellipsis.class, ((Expr.ArrayType) arr.type()).len());
        assertEquals(3, arr.elts().size());
        assertInstanceOf(Expr.StructType.class, ((Expr.CompositeLit) expr("struct{ a int }{1}")).type());
        assertInstanceOf(Expr.Index.class, ((Expr.CompositeLit) expr("Pair[int, string]{}")).type());
        assertInstanceOf(Expr.Selector.class, ((Expr.CompositeLit) expr("pkg.T{}")).type());
    }

    @Test
    void compositeLiteralInHeaders() {
        // a bare type name followed by { in a header opens the block; parenthesised it is a literal
        List<Stmt> s = body("if x == (T{}) {\n}\nfor _, v := range []T{{1}, {2}} {\n}\n"
                + "if m := map[string]int{}; len(m) == 0 {\n}\nswitch struct{ a int }{1}.a {\n}\n"
                + "if f := func() bool { return true }; f() {\n}\nfor i := range [3]struct{}{} {\n_ = i\n}\n"
                + "if x {\n}\nfor _, f := range []func(){ g } {\n}");
        assertEquals(8, s.size());
        Expr.Binary cond = (Expr.Binary) ((Stmt.If) s.get(0)).cond();
        assertInstanceOf(Expr.CompositeLit.class, ((Expr.Paren) cond.y()).x());
        assertEquals(2, ((Expr.CompositeLit) ((Stmt.Range) s.get(1)).x()).elts().size());
        assertInstanceOf(Expr.Selector.class, ((Stmt.Switch) s.get(3)).tag());
        assertInstanceOf(Expr.Ident.class, ((Stmt.If) s.get(6)).cond());
        Stmt.Range r = (Stmt.Range) s.get(7);
        assertEquals(1, ((Expr.CompositeLit) r.x()).elts().size());
    }

    @Test
    void literals() {
        String[][] cases = {
            {"42", "INT"}, {"0b1010", "INT"}, {"0o17", "INT"}, {"017", "INT"}, {"0x_FF", "INT"}, {"1_000_000", "INT"},
            {"1.5", "FLOAT"}, {"1.", "FLOAT"}, {".5e-3", "FLOAT"}, {"1e10", "FLOAT"}, {"0x1p-2", "FLOAT"},
            {"0x1.8p3", "FLOAT"}, {"2i", "IMAG"}, {"1.5i", "IMAG"}, {"0123i", "IMAG"}, {"0x10i", "IMAG"},
            {"'a'", "CHAR"}, {"'\\n'", "CHAR"}, {"'\\x41'", "CHAR"}, {"'\\u00e9'", "CHAR"}, {"'\\U0001F600'", "CHAR"},
            {"'\\377'", "CHAR"}, {"'é'", "CHAR"}, {"'\\''", "CHAR"}, {"\"a\\tb\\\"\"", "STRING"},
            {"`raw\\n`", "STRING"}, {"\"héllo\"", "STRING"},
        };
        for (String[] c : cases) {
            Expr.BasicLit lit = assertInstanceOf(Expr.BasicLit.class, expr(c[0]), c[0]);
            assertEquals(c[1], lit.kind().name(), c[0]);
            assertEquals(c[0], lit.value());
        }
        Expr.BasicLit raw = (Expr.BasicLit) ((Spec.ValueSpec) ((Decl.GenDecl) ok("package p\nvar s = `a\nb`\n")
                .decls().get(0)).specs().get(0)).values().get(0);
        assertEquals("`a\nb`", raw.value());
    }

    @Test
    void positionsCountBytes() {
        File f = ok("package p\n\nvar é, x = \"ü\", 1\n");
        Spec.ValueSpec v = (Spec.ValueSpec) ((Decl.GenDecl) f.decls().get(0)).specs().get(0);
        assertEquals("é", v.names().get(0).name());
        assertEquals("3:5", at(v.names().get(0).pos()));
        assertEquals("3:9", at(v.names().get(1).pos()));
        assertEquals("3:13", at(v.values().get(0).pos()));
        assertEquals("3:19", at(v.values().get(1).pos()));
        List<Stmt> s = body("\tx.y[i] += f(a)");
        Stmt.Assign a = (Stmt.Assign) s.get(0);
        assertEquals("3:2", at(a.pos()));
        assertEquals("3:9", at(a.tokPos()));
        Expr.Call call = (Expr.Call) a.rhs().get(0);
        assertEquals("3:13", at(call.lparen()));
        assertEquals("3:2", at(((Expr.Index) a.lhs().get(0)).pos()));
        assertEquals("3:5", at(((Expr.Index) a.lhs().get(0)).lbrack()));
    }

    @Test
    void semicolonInsertion() {
        // return, break, ++, ), ], }, literals and names end statements at a newline
        List<Stmt> s = body("x++\ny--\nf(\n\ta,\n\tb,\n)\nz := []int{\n\t1,\n}\nw := a +\n\tb\nreturn");
        assertEquals(6, s.size());
        assertEquals(Token.ADD, ((Expr.Binary) ((Stmt.Assign) s.get(4)).rhs().get(0)).op());
        // a comment spanning lines counts as a newline; one on one line does not
        List<Stmt> t = body("a := 1 /* x\n */ b := 2\nc := /* y */ 3");
        assertEquals(3, t.size());
        // the file may end without a newline
        File f = ok("package p\nfunc f() {}");
        assertEquals(1, f.decls().size());
        assertEquals(1, body("for { break }").size());
        assertEquals(2, body("if x { return }; y()").size());
    }

    @Test
    void docCommentsAndDirectives() {
        File f = ok("// Copyright notice.\n\n//go:build tinygo && (wasm || arm)\n\n// Package p does things.\npackage p\n\n"
                + "// F frobs.\n// More text.\n//\n//go:noinline\n//export f_export\nfunc F() {}\n\n"
                + "//go:linkname g runtime.g\n//go:wasmimport env g\nfunc g()\n\n// not a doc (blank line)\n\nvar X int\n"
                + "\n/* block doc */\ntype T int\n\nvar (\n\t// A is a.\n\t//go:extern a\n\tA int\n\tB int // trailing\n)\n");
        assertEquals("tinygo && (wasm || arm)", f.buildConstraint());
        assertEquals(List.of("Package p does things."), f.doc().text());
        Decl.FuncDecl fn = (Decl.FuncDecl) f.decls().get(0);
        assertEquals(List.of("F frobs.", "More text.", ""), fn.doc().text());
        assertEquals(List.of("go:noinline", "export f_export"), fn.doc().directives());
        Decl.FuncDecl g = (Decl.FuncDecl) f.decls().get(1);
        assertEquals(List.of("g", "runtime.g"), g.doc().directiveArgs("go:linkname"));
        assertEquals(List.of("env", "g"), g.doc().directiveArgs("go:wasmimport"));
        assertEquals(List.of(), ((Decl.GenDecl) f.decls().get(2)).doc().text());
        assertEquals(List.of(" block doc "), ((Decl.GenDecl) f.decls().get(3)).doc().text());
        Decl.GenDecl group = (Decl.GenDecl) f.decls().get(4);
        Spec.ValueSpec a = (Spec.ValueSpec) group.specs().get(0);
        assertEquals(List.of("A is a."), a.doc().text());
        assertEquals("go:extern a", a.doc().directive("go:extern"));
        assertEquals(List.of(), ((Spec.ValueSpec) group.specs().get(1)).doc().text());
    }
}
