package org.tinygo4j.frontend.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.source.FileSet;

/** The error limit: gc's behaviour at its tenth error, and no limit by default. */
class DiagnosticsTest {
    private final FileSet fs = new FileSet();
    private int base;

    /** Registers x.go with the given number of empty lines. */
    private FileSet oneFile(int lines) {
        base = fs.add("x.go", "\n".repeat(lines).getBytes(StandardCharsets.UTF_8));
        return fs;
    }

    /** The position of the start of a line of x.go (every line is empty). */
    private int line(int line) {
        return base + line - 1;
    }

    @Test
    void theTenthErrorEndsTheListWithTooManyErrors() {
        oneFile(40);
        Diagnostics d = new Diagnostics(fs, 10);
        for (int line = 30; line > 0; line--) { // reported out of order, as a checker may
            d.error(line(line), "e" + line);
        }
        List<String> out = d.sorted().stream().map(Diagnostic::toString).toList();
        assertEquals(11, out.size(), out::toString);
        assertEquals("x.go:21:1: e21", out.get(0)); // the first ten reported are lines 30..21
        assertEquals("x.go:21:1: too many errors", out.get(10));
        assertTrue(d.hasErrors());
    }

    @Test
    void nineErrorsArePrintedAsTheyAre() {
        oneFile(20);
        Diagnostics d = new Diagnostics(fs, 10);
        for (int line = 1; line <= 9; line++) {
            d.error(line(line), "e" + line);
        }
        assertEquals(9, d.sorted().size());
    }

    @Test
    void noLimitByDefault() {
        oneFile(100);
        Diagnostics d = new Diagnostics(fs);
        for (int line = 1; line <= 50; line++) {
            d.error(line(line), "e" + line);
        }
        assertEquals(50, d.sorted().size());
    }
}
