package org.tinygo4j.frontend.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.syntax.FileSet;
import org.tinygo4j.frontend.types.Sizes;

/**
 * The valid programs of Go's own test suite ("// run" and "// compile" files of
 * /usr/share/go-1.19/test) must type-check without diagnostics. Slow: runs only with
 * -Dgotests=true.
 */
class GoTestSuiteRun {
    @Test
    void validProgramsCheckCleanly() throws IOException {
        Path dir = Path.of("/usr/share/go-1.19/test");
        assumeTrue(Boolean.getBoolean("gotests") && Files.isDirectory(dir));
        List<String> failures = new ArrayList<>();
        int n = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                String first = Files.readAllLines(p).stream().findFirst().orElse("");
                if (!first.equals("// run") && !first.equals("// compile")) {
                    continue;
                }
                n++;
                Diagnostics d = new Diagnostics(new FileSet());
                Loader.load(new LoadConfig(List.of(new DirectorySourceRoot(Path.of("/usr/lib/go-1.19/src"))), p,
                        Set.of("gc"), "linux", "amd64", new Sizes(8, 8, 8), List.of()), d);
                boolean compileOnly = first.equals("// compile");
                if (d.sorted().stream().anyMatch(x -> !(compileOnly && x.position() == null))) {
                    failures.add(d.sorted().stream().limit(3).map(Diagnostic::toString).collect(Collectors.joining("\n")));
                }
            }
        }
        Files.writeString(Path.of("target", "gotests-failures.txt"), String.join("\n", failures) + "\n");
        assertEquals("", String.join("\n", failures), failures.size() + " of " + n + " failed");
    }
}
