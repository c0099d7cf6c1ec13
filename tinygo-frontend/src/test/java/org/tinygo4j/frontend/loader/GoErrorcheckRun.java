package org.tinygo4j.frontend.loader;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.syntax.FileSet;
import org.tinygo4j.frontend.types.Sizes;

/**
 * A survey, not an assertion: for the "// errorcheck" files of Go's test suite,
 * lists the lines where we report an error that gc does not (false positives) and
 * the annotated lines where we report nothing, into target/errorcheck-report.txt.
 * Runs only with -Dgotests=true.
 */
class GoErrorcheckRun {
    @Test
    void survey() throws IOException {
        Path dir = Path.of("/usr/share/go-1.19/test");
        assumeTrue(Boolean.getBoolean("gotests") && Files.isDirectory(dir));
        List<String> report = new ArrayList<>();
        int fp = 0;
        int fn = 0;
        int expectedTotal = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                List<String> lines = Files.readAllLines(p);
                if (lines.isEmpty() || !lines.get(0).equals("// errorcheck")) {
                    continue;
                }
                Set<Integer> expected = new TreeSet<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("// ERROR") || lines.get(i).contains("// GC_ERROR")) {
                        expected.add(i + 1);
                    }
                }
                Diagnostics d = new Diagnostics(new FileSet());
                java.util.concurrent.ExecutorService ex = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r);
                    t.setDaemon(true);
                    return t;
                });
                java.util.concurrent.Future<?> fut = ex.submit(() -> Loader.load(new LoadConfig(
                        List.of(new DirectorySourceRoot(Path.of("/usr/lib/go-1.19/src"))), p,
                        Set.of("gc"), "linux", "amd64", new Sizes(8, 8, 8), List.of()), d));
                try {
                    fut.get(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    report.add("== " + p.getFileName() + " TIMEOUT/FAILURE " + e);
                    Files.writeString(Path.of("target", "errorcheck-report.txt"), String.join("\n", report) + "\n");
                    ex.shutdownNow();
                    continue;
                }
                ex.shutdown();
                Set<Integer> got = new TreeSet<>();
                List<String> extra = new ArrayList<>();
                for (Diagnostic x : d.sorted()) {
                    if (x.position() != null && x.position().file().equals(p.toString())) {
                        got.add(x.position().line());
                        if (!expected.contains(x.position().line())) {
                            extra.add(x.toString().replace('\n', ' '));
                        }
                    }
                }
                Set<Integer> missed = new TreeSet<>(expected);
                missed.removeAll(got);
                fp += extra.size();
                fn += missed.size();
                expectedTotal += expected.size();
                if (!extra.isEmpty() || !missed.isEmpty()) {
                    report.add("== " + p.getFileName() + " missed lines " + missed);
                    report.addAll(extra);
                }
            }
        }
        report.add(0, "false positives: " + fp + ", missed: " + fn + " of " + expectedTotal);
        Files.writeString(Path.of("target", "errorcheck-report.txt"), String.join("\n", report) + "\n");
    }
}
