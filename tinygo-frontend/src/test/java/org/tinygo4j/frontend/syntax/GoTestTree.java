package org.tinygo4j.frontend.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads Go's own test tree (/usr/share/go-1.19/test): which .go files there are and
 * each file's directive, the first word of its first comment line that is not a
 * build constraint ("run", "compile", "errorcheck", "rundir", ...), as Go's test
 * driver reads it.
 */
final class GoTestTree {
    static final Path ROOT = Path.of("/usr/share/go-1.19/test");

    private GoTestTree() {
    }

    /** The .go files directly under the test tree (not inside .dir directories or testdata). */
    static List<Path> files() {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p))
                    .filter(p -> !ROOT.relativize(p).toString().matches(".*\\.dir/.*|.*testdata/.*"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directive word of a test file, or "" when it has none. */
    static String directive(Path p) {
        try {
            for (String line : Files.readAllLines(p, StandardCharsets.ISO_8859_1)) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("//go:build") || t.startsWith("// +build")) {
                    continue;
                }
                if (!t.startsWith("//")) {
                    return "";
                }
                String rest = t.substring(2).strip();
                int sp = rest.indexOf(' ');
                return sp < 0 ? rest : rest.substring(0, sp);
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The .go files of the directory that goes with a rundir/compiledir test (foo.go: foo.dir), recursively. */
    static List<Path> dirFiles(Path test) {
        String name = test.getFileName().toString();
        Path dir = test.resolveSibling(name.substring(0, name.length() - 3) + ".dir");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
