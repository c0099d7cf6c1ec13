package org.tinygo4j.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.ast.print.AstEquality;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;

/**
 * Every file of Go's test tree whose directive says gc accepts it (run, compile,
 * build, and the .dir directories of rundir and compiledir tests) must parse with
 * no error and round-trip through AstPrinter. Prints the counts and the failures.
 */
class GoTestDirectivesParseTest {
    private static final Set<String> ACCEPTED = Set.of("run", "compile", "build");
    private static final Set<String> ACCEPTED_DIRS = Set.of("rundir", "compiledir");

    @Test
    void acceptedTestFilesParse() throws IOException {
        assumeTrue(Files.isDirectory(GoTestTree.ROOT), "skipped: " + GoTestTree.ROOT + " missing (golang-1.19-src)");
        List<Path> toParse = new ArrayList<>();
        int tests = 0;
        for (Path p : GoTestTree.files()) {
            String d = GoTestTree.directive(p);
            if (ACCEPTED.contains(d)) {
                toParse.add(p);
                tests++;
            } else if (ACCEPTED_DIRS.contains(d)) {
                toParse.addAll(GoTestTree.dirFiles(p));
                tests++;
            }
        }
        List<String> failures = new ArrayList<>();
        List<String> roundTrip = new ArrayList<>();
        AstEquality eq = new AstEquality();
        for (Path p : toParse) {
            byte[] content = Files.readAllBytes(p);
            FileSet fs = new FileSet();
            Diagnostics diags = new Diagnostics(fs);
            SourceParser.parse(fs, p.toString(), content, diags);
            if (diags.hasErrors()) {
                failures.add(diags.sorted().get(0).toString());
            } else {
                String r = RoundTrip.check(p.toString(), content, eq);
                if (r != null) {
                    roundTrip.add(r);
                }
            }
        }
        System.out.printf("go/test run/compile/build/rundir/compiledir: %d tests, %d/%d files parsed without error,"
                + " %d round-trip%n", tests, toParse.size() - failures.size(), toParse.size(),
                toParse.size() - failures.size() - roundTrip.size());
        failures.forEach(f -> System.out.println("  " + f));
        roundTrip.forEach(f -> System.out.println("  " + f));
        assertEquals(List.of(), failures);
        assertEquals(List.of(), roundTrip);
    }
}
