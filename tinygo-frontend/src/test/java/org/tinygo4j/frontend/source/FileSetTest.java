package org.tinygo4j.frontend.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Line directives as FileSet.adjustedPosition applies them (gc's rules, fixedbugs/issue22662.go). */
class FileSetTest {
    private static final String SRC = String.join("\n",
            "package p",                          // 1
            "func f() {",                         // 2
            "//line foo.go:10",                   // 3
            "\tg()",                              // 4: foo.go:10
            "\tg()",                              // 5: foo.go:11
            "//line :20:3",                       // 6
            "\tg()",                              // 7: foo.go:20 (a column keeps the file)
            "//line :30",                         // 8
            "\tg()",                              // 9: "":30
            "\tx := \"/*line bar.go:1*/\"; /*line c:/bar.go:40*/ g()", // 10: the string holds no directive
            "\tg()",                              // 11: c:/bar.go:41
            " //line no.go:1",                    // 12: not at the start of a line: no directive
            "\tg()",                              // 13: c:/bar.go:43
            "}");

    @Test
    void lineDirectivesMoveLaterPositions() {
        FileSet fs = new FileSet();
        byte[] b = SRC.getBytes(StandardCharsets.UTF_8);
        int base = fs.add("/src/p.go", b);
        assertEquals("/src/p.go:2", at(fs, base, "func f"));
        assertEquals("foo.go:10", at(fs, base, "\tg()"));
        assertEquals("foo.go:11", at(fs, base, "\tg()", 2));
        assertEquals("foo.go:20", at(fs, base, "\tg()", 3));
        assertEquals(":30", at(fs, base, "\tg()", 4));
        assertEquals(":31", at(fs, base, "\tx :="));
        assertEquals("c:/bar.go:40", at(fs, base, " g()"));
        assertEquals("c:/bar.go:41", at(fs, base, "\tg()", 5));
        assertEquals("c:/bar.go:43", at(fs, base, "\tg()", 6));
        // the physical position is unchanged
        assertEquals(4, fs.position(base + SRC.indexOf("\tg()")).line());
    }

    private static String at(FileSet fs, int base, String text) {
        return at(fs, base, text, 1);
    }

    private static String at(FileSet fs, int base, String text, int nth) {
        int off = -1;
        for (int i = 0; i < nth; i++) {
            off = SRC.indexOf(text, off + 1);
        }
        FileSet.Position p = fs.adjustedPosition(base + off);
        return p.file() + ":" + p.line();
    }
}
