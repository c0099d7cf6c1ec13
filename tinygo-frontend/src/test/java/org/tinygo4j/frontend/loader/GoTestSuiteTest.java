package org.tinygo4j.frontend.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.diag.Diagnostic;

/**
 * Issue 4's second figure: every valid program of Go's test suite, recursively (the
 * files whose directive is run, compile, build or buildrun (runoutput files are generators, combined with other files), and the
 * packages of NAME.dir for rundir, compiledir, builddir and buildrundir), type-checks
 * without a diagnostic. Tests that use cgo, or import a package we cannot find, are
 * counted apart. Prints the counts per directive and every failure; fails when a
 * test on the keep-list (gotests-check-pass.txt) stops checking clean.
 */
class GoTestSuiteTest {
    private static final Set<String> SINGLE = Set.of("run", "compile", "build", "buildrun");
    private static final Set<String> DIR = Set.of("rundir", "compiledir", "builddir", "buildrundir");

    private static final String NO_MAIN = "function main is undeclared in the main package";

    /** Directives that only compile, so package main needs no func main (go tool compile does not ask). */
    private static boolean compileOnly(GoTestSuite.TestFile t) {
        return t.directive().equals("compile") || t.directive().equals("compiledir") || t.directive().equals("build")
                || t.directive().equals("builddir");
    }

    @Test
    void validProgramsCheckClean() throws IOException {
        assumeTrue(Files.isDirectory(GoTestSuite.ROOT), "skipped: Go 1.19 test tree missing (golang-1.19-src)");
        List<GoTestSuite.TestFile> tests = GoTestSuite.files().stream()
                .filter(t -> SINGLE.contains(t.directive()) || DIR.contains(t.directive())).toList();
        long t0 = System.nanoTime();
        Map<GoTestSuite.TestFile, GoTestSuite.Outcome> results = GoTestSuite.runAll(tests, job -> {
            try {
                GoTestSuite.TestFile t = job.test();
                if (GoTestSuite.usesCgo(t)) {
                    return List.of(Diagnostic.plain("cgo"));
                }
                if (SINGLE.contains(t.directive())) {
                    return GoTestSuite.load(GoTestSuite.singleFiles(t), null, job.cache()).stream()
                            .filter(d -> !(compileOnly(t) && d.message().equals(NO_MAIN))).toList();
                }
                List<Diagnostic> all = new ArrayList<>();
                Map<String, List<Path>> pkgs = GoTestSuite.dirPackages(t);
                GoTestSuite.TestDirRoot root = new GoTestSuite.TestDirRoot(GoTestSuite.dirOf(t), pkgs);
                for (List<Path> pkg : pkgs.values()) {
                    all.addAll(GoTestSuite.load(pkg, root, job.cache()));
                }
                return all.stream().filter(d -> !(compileOnly(t) && d.message().equals(NO_MAIN))).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, 60);
        List<String> keep = GoTestSuite.resource("gotests-check-pass.txt");
        Map<String, int[]> counts = new TreeMap<>(); // directive: total, clean, cgo, unloadable import, failed
        List<String> regressed = new ArrayList<>();
        List<String> report = new ArrayList<>();
        List<String> passing = new ArrayList<>();
        for (Map.Entry<GoTestSuite.TestFile, GoTestSuite.Outcome> e : results.entrySet()) {
            GoTestSuite.TestFile t = e.getKey();
            GoTestSuite.Outcome o = e.getValue();
            int[] c = counts.computeIfAbsent(t.directive(), k -> new int[5]);
            c[0]++;
            if (o.failure() == null && o.diagnostics().isEmpty()) {
                c[1]++;
                passing.add(t.rel());
                continue;
            }
            if (o.failure() == null && o.diagnostics().size() == 1 && o.diagnostics().get(0).message().equals("cgo")) {
                c[2]++;
                continue;
            }
            if (o.failure() == null && o.diagnostics().stream().allMatch(d -> d.message().startsWith("could not import"))) {
                c[3]++;
                report.add("  unloadable import " + t.rel() + ": " + o.diagnostics().get(0));
                continue;
            }
            c[4]++;
            report.add("  FAIL " + t.rel() + ": " + (o.failure() != null ? o.failure() : o.diagnostics().get(0)));
            if (keep.contains(t.rel())) {
                regressed.add(t.rel());
            }
        }
        report.forEach(System.out::println);
        passing.stream().filter(f -> !keep.contains(f)).forEach(f -> System.out.println("  newly clean: " + f));
        int[] sum = new int[5];
        counts.forEach((k, c) -> {
            System.out.printf("go test suite check: %-12s %4d tests, %4d clean, %3d cgo, %3d unloadable import, %3d with errors%n",
                    k, c[0], c[1], c[2], c[3], c[4]);
            for (int i = 0; i < 5; i++) {
                sum[i] += c[i];
            }
        });
        System.out.printf("go test suite check: %-12s %4d tests, %4d clean, %3d cgo, %3d unloadable import, %3d with errors (%.1f s)%n",
                "all", sum[0], sum[1], sum[2], sum[3], sum[4], (System.nanoTime() - t0) / 1e9);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.write(target.resolve("gotests-check-pass.txt"), passing);
        }
        assertEquals(List.of(), regressed, "tests in gotests-check-pass.txt that no longer check clean");
    }
}
