package org.tinygo4j.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;

/**
 * Agreement with gc on Go's own syntax-error tests: for each file listed in
 * syntax-errorcheck-files.txt (test/syntax and the errorcheck files where gc stops
 * in its parser), the lines on which we report an error must be exactly the lines
 * that carry an {@code // ERROR "..."} comment. Prints the agreement figure; the
 * files in syntax-errorcheck-pass.txt must keep agreeing (a regression fails the
 * test). Files that newly agree are printed so they can be added to that list.
 */
class SyntaxErrorcheckTest {
    private static final Pattern ERROR_COMMENT = Pattern.compile("(//|/\\*)\\s*(GC_)?ERROR\\b");

    @Test
    void agreesWithGcOnSyntaxErrorTests() throws IOException {
        assumeTrue(Files.isDirectory(GoTestTree.ROOT), "skipped: " + GoTestTree.ROOT + " missing (golang-1.19-src)");
        List<String> files = resource("syntax-errorcheck-files.txt");
        List<String> keep = resource("syntax-errorcheck-pass.txt");
        List<String> passing = new ArrayList<>();
        List<String> report = new ArrayList<>();
        int lines = 0;
        int linesAgreeing = 0;
        for (String rel : files) {
            Path p = GoTestTree.ROOT.resolve(rel);
            byte[] content = Files.readAllBytes(p);
            TreeSet<Integer> expected = expectedLines(content);
            FileSet fs = new FileSet();
            Diagnostics diags = new Diagnostics(fs);
            SourceParser.parse(fs, rel, content, diags);
            TreeSet<Integer> actual = new TreeSet<>();
            for (Diagnostic d : diags.sorted()) {
                actual.add(d.position() == null ? 0 : d.position().line());
            }
            TreeSet<Integer> all = new TreeSet<>(expected);
            all.addAll(actual);
            lines += all.size();
            for (int l : all) {
                if (expected.contains(l) == actual.contains(l)) {
                    linesAgreeing++;
                }
            }
            if (expected.equals(actual)) {
                passing.add(rel);
            } else {
                TreeSet<Integer> missing = new TreeSet<>(expected);
                missing.removeAll(actual);
                TreeSet<Integer> extra = new TreeSet<>(actual);
                extra.removeAll(expected);
                report.add(rel + ": missing errors on lines " + missing + ", unexpected on " + extra
                        + (diags.count() > 0 ? " (first: " + diags.sorted().get(0) + ")" : ""));
            }
        }
        System.out.printf("syntax errorcheck agreement: %d/%d files, %d/%d lines%n", passing.size(), files.size(),
                linesAgreeing, lines);
        report.forEach(r -> System.out.println("  " + r));
        passing.stream().filter(f -> !keep.contains(f)).forEach(f -> System.out.println("  newly agreeing: " + f));
        List<String> regressed = keep.stream().filter(f -> !passing.contains(f)).toList();
        assertEquals(List.of(), regressed, "files in syntax-errorcheck-pass.txt that no longer agree with gc");
    }

    /** Lines carrying an ERROR comment (GCCGO_ERROR is gccgo's and does not count). */
    private static TreeSet<Integer> expectedLines(byte[] content) {
        TreeSet<Integer> out = new TreeSet<>();
        String[] lines = new String(content, StandardCharsets.ISO_8859_1).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (ERROR_COMMENT.matcher(lines[i]).find()) {
                out.add(i + 1);
            }
        }
        return out;
    }

    private static List<String> resource(String name) throws IOException {
        try (InputStream in = SyntaxErrorcheckTest.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
