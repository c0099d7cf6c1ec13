package org.tinygo4j.frontend.syntax;

import java.nio.charset.StandardCharsets;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.ast.print.AstEquality;
import org.tinygo4j.frontend.ast.print.AstPrinter;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;

/**
 * The parser's self-check on one file: parse, print the AST back as Go source, parse
 * that, and compare the two trees ignoring positions. Used by the GOROOT round-trip
 * test and bench/parse. Each call uses its own FileSets, so calls can run in parallel
 * (with one AstEquality per thread).
 */
public final class RoundTrip {
    private RoundTrip() {
    }

    /** null when the file parses without error and round-trips, else why not. */
    public static String check(String path, byte[] content, AstEquality eq) {
        FileSet fs = new FileSet();
        Diagnostics d = new Diagnostics(fs);
        File f = SourceParser.parse(fs, path, content, d);
        if (d.hasErrors()) {
            return "parse: " + d.sorted().get(0);
        }
        String printed = AstPrinter.print(f);
        FileSet fs2 = new FileSet();
        Diagnostics d2 = new Diagnostics(fs2);
        File g = SourceParser.parse(fs2, path, printed.getBytes(StandardCharsets.UTF_8), d2);
        if (d2.hasErrors()) {
            return "reparse: " + d2.sorted().get(0) + " [printed line: " + line(printed, d2) + "]";
        }
        String diff = eq.difference(f, g);
        return diff == null ? null : path + ": round trip differs at " + diff;
    }

    private static String line(String printed, Diagnostics d) {
        var pos = d.sorted().get(0).position();
        String[] lines = printed.split("\n", -1);
        return pos != null && pos.line() >= 1 && pos.line() <= lines.length ? lines[pos.line() - 1].strip() : "?";
    }
}
