package org.tinygo4j.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;

/**
 * Parses every .go file of Debian's Go 1.19 source tree (outside testdata, which
 * holds deliberately broken files) and counts the files with syntax errors. Every
 * one of them compiles with gc, so every failure is a parser bug; the test requires
 * a pass rate above 99.9% and prints the files that fail.
 */
class GorootParseTest {
    private static final Path ROOT = Path.of("/usr/share/go-1.19/src");

    @Test
    void parsesGorootSources() throws IOException {
        assumeTrue(Files.isDirectory(ROOT), "skipped: " + ROOT + " missing (Debian package golang-1.19-src)");
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".go") && !p.toString().contains("/testdata/")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        long bytes = 0;
        long lines = 0;
        long t0 = System.nanoTime();
        for (Path p : files) {
            byte[] content = Files.readAllBytes(p);
            bytes += content.length;
            for (byte b : content) {
                if (b == '\n') {
                    lines++;
                }
            }
            FileSet fs = new FileSet();
            Diagnostics d = new Diagnostics(fs);
            SourceParser.parse(fs, p.toString(), content, d);
            if (d.hasErrors()) {
                failures.add(d.sorted().get(0).toString());
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("GOROOT parse: %d/%d files passed, %d lines in %.1fs (%.0f lines/s)%n",
                files.size() - failures.size(), files.size(), lines, secs, lines / secs);
        failures.stream().limit(40).forEach(f -> System.out.println("  " + f));
        assertTrue(failures.size() * 1000 <= files.size(), failures.size() + " files failed");
    }
}
