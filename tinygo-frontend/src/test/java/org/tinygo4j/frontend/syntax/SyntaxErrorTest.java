package org.tinygo4j.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;

/**
 * Syntax errors: position and wording compared with what gc 1.19
 * ({@code go tool compile}) prints for the same file, and robustness on garbage.
 */
class SyntaxErrorTest {

    private static List<String> errors(String src) {
        FileSet fs = new FileSet();
        Diagnostics d = new Diagnostics(fs);
        File f = SourceParser.parse(fs, "e.go", src.getBytes(StandardCharsets.UTF_8), d);
        assertNotNull(f);
        return d.sorted().stream().map(Diagnostic::toString).toList();
    }

    private static void first(String src, String expected) {
        List<String> errs = errors(src);
        assertTrue(!errs.isEmpty(), "no error for:\n" + src);
        assertEquals(expected, errs.get(0));
    }

    @Test
    void missingCommaInCompositeLiteral() {
        first("package p\n\nfunc f() {\n\tx := []int{1,\n\t2\n\t}\n\t_ = x\n}\n",
                "e.go:5:3: syntax error: unexpected newline in composite literal; possibly missing comma or }");
    }

    @Test
    void missingCommaInArguments() {
        first("package p\n\nfunc f() {\n\tif x {\n\t}\n\tfoo(a b)\n}\n",
                "e.go:6:8: syntax error: unexpected b in argument list; possibly missing comma or )");
        first("package p\n\nfunc f() {\n\tf(a,\n\tb\n\t)\n}\n",
                "e.go:5:3: syntax error: unexpected newline in argument list; possibly missing comma or )");
    }

    @Test
    void statementOutsideFunction() {
        assertEquals(List.of("e.go:3:1: syntax error: non-declaration statement outside function body"),
                errors("package p\n\nx++\n"));
    }

    @Test
    void braceOnNextLineAfterForClause() {
        first("package p\n\nfunc f() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n",
                "e.go:4:25: syntax error: unexpected newline, expecting { after for clause");
    }

    @Test
    void compositeLiteralInVarDecl() {
        first("package p\n\nfunc f() {\n\tvar x map[string]string{\"a\": \"b\"}\n}\n",
                "e.go:4:25: syntax error: unexpected { at end of statement");
    }

    @Test
    void headerWithoutCondition() {
        assertEquals(List.of("e.go:4:7: syntax error: cannot use x := 1 as value",
                        "e.go:6:11: syntax error: cannot use y := 2 as value"),
                errors("package p\n\nfunc f() {\n\tif x := 1 {\n\t}\n\tswitch y := 2 {\n\t}\n}\n"));
        first("package p\nfunc f() {\n\tif {\n\t}\n}\n", "e.go:3:5: syntax error: missing condition in if statement");
    }

    @Test
    void missingOperand() {
        assertEquals(List.of("e.go:5:1: syntax error: unexpected }, expecting expression"),
                errors("package p\n\nfunc f() {\n\tx := 1 +\n}\n"));
    }

    @Test
    void badLiterals() {
        assertEquals(List.of("e.go:2:12: invalid digit '8' in octal literal"), errors("package p\nvar x = 0128\n"));
    }

    @Test
    void missingPackageClause() {
        first("func f() {}\n", "e.go:1:1: syntax error: package statement must be first");
    }

    @Test
    void varInHeader() {
        first("package p\nfunc f() {\n\tif var x = 0; x < 10 {\n\t}\n}\n",
                "e.go:3:5: syntax error: var declaration not allowed in if initializer");
    }

    @Test
    void atMostTenErrorsAndOnePerLine() {
        StringBuilder sb = new StringBuilder("package p\nfunc f() {\n");
        for (int i = 0; i < 30; i++) {
            sb.append("\tf(a b) + g(c d)\n");
        }
        sb.append("}\n");
        List<String> errs = errors(sb.toString());
        assertEquals(11, errs.size());
        assertTrue(errs.get(10).endsWith("too many errors"));
    }

    @Test
    void garbageNeverThrows() {
        String base = "package p\n\nimport \"fmt\"\n\ntype T[K comparable] struct{ a []int }\n\n"
                + "func (t *T[K]) M(x ...int) (int, error) {\n\tfor i, v := range t.a {\n\t\tif v > 0 && x[i] != 0 {\n"
                + "\t\t\tfmt.Println(map[string]int{\"a\": 1}, `raw`, 'c', 1.5i)\n\t\t}\n\t}\n"
                + "\tswitch y := any(t).(type) {\n\tcase nil:\n\t}\n\treturn 0, nil\n}\n";
        Random r = new Random(42);
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder(base);
            for (int k = 0; k < 3; k++) {
                int at = r.nextInt(sb.length());
                switch (r.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, "{}()[];,.:=\"`'/*x\n".charAt(r.nextInt(17)));
                    default -> sb.insert(at, (char) (' ' + r.nextInt(95)));
                }
            }
            errors(sb.toString()); // must return a File, whatever the input
        }
    }
}
