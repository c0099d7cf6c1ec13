package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.api.Diagnostic;
import org.tinygo4j.run.EmulatorRunner;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;
import org.tinygo4j.run.WasiRunner;
import org.tinygo4j.frontend.loader.BuildConstraints;

/**
 * Go's own test suite, layer 4 of TESTING.md: every "// run" file of
 * /usr/share/go-1.19/test (outside the .dir directories of multi-file tests; with the
 * files a "// run a.go b.go" directive names) is
 * compiled through the API for the host, for wasi (run in Chicory) and for
 * cortex-m-qemu (run in qemu-system-arm) unless its build constraints exclude the
 * target (as Go's harness skips them), run, and its output compared with the .out
 * file beside it (empty output when there is none), as Go's test driver does; a
 * non-zero exit fails. The output is stdout and stderr on the host and wasi, and the
 * serial stream (CRLF read as LF) in the emulator, whose own stderr is its chatter.
 * Prints one line per file and the summary "N passed, M failed" per target; fails
 * when a file on the target's keep-list (gotest-run-pass.txt for the host,
 * gotest-run-pass-TARGET.txt for the others) stops passing, and prints the files that
 * newly pass, to be added to it. Also prints every "not supported yet" diagnostic (the
 * issue's count, with GoTestSuiteCompileTest's over the "// compile" and "// build"
 * files) and fails when there is one. Locally, -Dtinygo4j.gotest.targets=a,b runs only
 * those targets and -Dtinygo4j.gotest.files=REGEX only the files whose path under test/
 * matches (cmplxdivide\.go|ken/cplx.*), holding only those to the keep-list.
 */
class GoTestSuiteRunTest {
    private static final Path TEST = Path.of("/usr/share/go-1.19/test");
    /** The time limit of a file's run, and of the second run of a kept file that timed out. */
    private static final Duration FIRST_LIMIT = Duration.ofSeconds(10);
    private static final Duration KEPT_RETRY_LIMIT = Duration.ofSeconds(120);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"host", "wasi", "cortex-m-qemu"})
    void runFilesOfTheGoTestSuite(String target) throws Exception {
        assumeTrue(Files.isDirectory(TEST), "Go's test suite missing: apt-get install golang-1.19-src");
        // -Dtinygo4j.gotest.targets=wasi,host runs only those (a local convenience; CI runs all)
        String only = System.getProperty("tinygo4j.gotest.targets", "");
        assumeTrue(only.isEmpty() || List.of(only.split(",")).contains(target), "not selected");
        Compiler compiler = Compiler.builder().target(target).build();
        // Go's harness skips the files whose build constraints exclude its GOOS/GOARCH
        // (nilptr_aix.go, fixedbugs/issue38093.go on linux/amd64); so does this, with the
        // target's own build tags and gc's compiler tag, as the expected outputs are gc's
        Set<String> tags = new HashSet<>(compiler.config().buildTags());
        tags.add("gc");
        BuildConstraints constraints = new BuildConstraints(tags, compiler.config().goos(), compiler.config().goarch());
        // -Dtinygo4j.gotest.files=REGEX runs only the files whose path under test/ matches
        // (a local convenience: the keep-list's other files are then not asked for)
        String pattern = System.getProperty("tinygo4j.gotest.files", "");
        List<Path> files = new ArrayList<>();
        int excluded = 0;
        for (Path f : runFiles()) {
            if (!pattern.isEmpty() && !TEST.relativize(f).toString().matches(pattern)) {
                continue;
            }
            if (included(constraints, Files.readString(f, StandardCharsets.ISO_8859_1))) {
                files.add(f);
            } else {
                System.out.println("SKIP " + TEST.relativize(f) + ": build constraints exclude " + target);
                excluded++;
            }
        }
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        Emulators.requireOrSkip(runner);
        List<String> keep = keepList(target.equals("host") ? "/gotest-run-pass.txt"
                : "/gotest-run-pass-" + target + ".txt");
        Map<String, String> results = new ConcurrentHashMap<>();
        Map<String, List<String>> unsupported = new ConcurrentHashMap<>();
        files.parallelStream().forEach(f -> results.put(TEST.relativize(f).toString(),
                outcome(compiler, runner, f, FIRST_LIMIT, unsupported)));
        // A run that timed out while both cores were busy gets one more chance alone; a
        // file on the keep-list gets a longer limit then, as the test is of behaviour, not
        // speed: Chicory's interpreter runs the collector-heavy files (stackobj2.go,
        // fixedbugs/issue27695.go) in 5 to 12 s on an idle machine, and gcstring.go,
        // whose 10,000 finalizers it registers and collections it makes take about 7 s
        // each there, in about 63 s. On wasi that second run uses Chicory's compiler to
        // JVM bytecode: its translation costs more than most files' whole interpreted run,
        // but a file that ran 10 s in the interpreter is one where it pays (ken/divconst.go:
        // more than 120 s interpreted, 18 s compiled, docs/GO-TEST-SUITE.md).
        Runner retryRunner = runner instanceof WasiRunner ? new WasiRunner(WasiRunner.Engine.COMPILER) : runner;
        for (Path f : files) {
            String key = TEST.relativize(f).toString();
            if (results.get(key).equals("timed out")) {
                results.put(key, outcome(compiler, retryRunner, f,
                        keep.contains(key) ? KEPT_RETRY_LIMIT : FIRST_LIMIT, unsupported));
            }
        }

        List<String> regressed = new ArrayList<>();
        int passed = 0;
        for (Map.Entry<String, String> e : new TreeMap<>(results).entrySet()) {
            boolean ok = e.getValue().equals("PASS");
            passed += ok ? 1 : 0;
            System.out.println((ok ? "PASS " : "FAIL ") + e.getKey() + (ok ? "" : ": " + e.getValue()));
            if (ok && !keep.contains(e.getKey())) {
                System.out.println("NEW PASS on " + target + " (add to its keep-list): " + e.getKey());
            }
            if (!ok && keep.contains(e.getKey())) {
                regressed.add(e.getKey() + ": " + e.getValue());
            }
        }
        for (String k : keep) {
            if (!results.containsKey(k) && (pattern.isEmpty() || k.matches(pattern))) {
                regressed.add(k + ": kept, but not run on " + target + " (build constraints or no such file)");
            }
        }
        System.out.println("go test suite, // run on " + target + ": " + passed + " passed, " + (results.size() - passed)
                + " failed, " + excluded + " excluded by build constraints");
        List<String> notSupported = new ArrayList<>();
        new TreeMap<>(unsupported).forEach((file, ds) -> notSupported.addAll(ds));
        notSupported.forEach(d -> System.out.println("UNSUPPORTED on " + target + ": " + d));
        System.out.println("\"not supported yet\" diagnostics in // run files on " + target + ": " + notSupported.size());
        assertEquals(List.of(), regressed, "files on the keep-list that no longer pass");
        assertEquals(List.of(), notSupported, "constructs not supported yet");
    }

    /** "PASS", or why the file fails (first diagnostic, exit code, or the first differing line). */
    private static String outcome(Compiler compiler, Runner runner, Path file, Duration limit,
            Map<String, List<String>> unsupported) {
        try {
            long t0 = System.nanoTime();
            // "// run b.go c.go": the named files of the same directory are compiled with the
            // test file as one package main, as Go's run.go does (cmplxdivide.go's table)
            List<Path> sources = new ArrayList<>(List.of(file));
            for (String extra : extraFiles(directive(file))) {
                sources.add(file.resolveSibling(extra));
            }
            CompileResult r = compiler.compile(CompileRequest.ofFiles(sources));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > 3000) {
                System.out.println("SLOW compile " + ms + " ms: " + TEST.relativize(file));
            }
            List<String> found = r.diagnostics().stream().filter(d -> d.category() == Diagnostic.Category.UNSUPPORTED)
                    .map(d -> d.toString().replace(TEST + "/", "")).toList();
            if (!found.isEmpty()) {
                unsupported.put(TEST.relativize(file).toString(), found);
            }
            if (!r.success()) {
                String first = r.diagnostics().isEmpty() ? "compile failed" : r.diagnostics().get(0).toString();
                return "compile: " + first.replace(TEST + "/", "");
            }
            RunResult run = runner.run(r.artifact().image(), new RunOptions(List.of(), limit,
                    null, null));
            if (run.timedOut()) {
                return "timed out";
            }
            Path outFile = Path.of(file.toString().replaceFirst("\\.go$", ".out"));
            String want = Files.exists(outFile) ? Files.readString(outFile) : "";
            boolean serial = runner instanceof EmulatorRunner;
            // Go's harness compares the combined output; Chicory's WASI streams (in this
            // JVM) keep the order of writes across both, a process's two pipes do not
            String got = serial ? run.stdout().replace("\r\n", "\n")
                    : runner instanceof WasiRunner ? run.output() : run.stdout() + run.stderr();
            if (runner.reportsExitCode() && run.exitCode() != 0) {
                return "exit code " + run.exitCode() + firstLine(got);
            }
            if (!got.equals(want)) {
                return "output differs" + firstDifference(want, got);
            }
            return "PASS";
        } catch (Exception | Error e) {
            return "harness: " + e;
        }
    }

    private static String firstLine(String s) {
        String l = s.lines().findFirst().orElse("");
        return l.isEmpty() ? "" : ": " + (l.length() > 120 ? l.substring(0, 120) : l);
    }

    private static String firstDifference(String want, String got) {
        List<String> w = want.lines().toList();
        List<String> g = got.lines().toList();
        for (int i = 0; i < Math.max(w.size(), g.size()); i++) {
            String a = i < w.size() ? w.get(i) : "<end>";
            String b = i < g.size() ? g.get(i) : "<end>";
            if (!a.equals(b)) {
                return " at line " + (i + 1) + ": want \"" + a + "\", got \"" + b + "\"";
            }
        }
        return " (line endings)";
    }

    /**
     * Whether Go's harness runs a file for the target, as its shouldTest decides: every
     * "//go:build" and "// +build" line before the package clause must hold (a "+build"
     * line holds when one of its space-separated options does, an option when all of
     * its comma-separated terms do).
     */
    static boolean included(BuildConstraints c, String src) {
        for (String line : src.split("\n")) {
            if (line.startsWith("package ")) {
                break;
            }
            if (line.startsWith("//go:build ")) {
                if (!c.eval(line.substring("//go:build ".length()))) {
                    return false;
                }
            } else if (line.startsWith("// +build ")) {
                boolean any = false;
                for (String option : line.substring("// +build ".length()).trim().split("\\s+")) {
                    boolean all = true;
                    for (String term : option.split(",")) {
                        all &= c.eval(term);
                    }
                    any |= all;
                }
                if (!any) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Files whose directive (the first line that is not a build constraint) is exactly
     * "// run", or "// run" followed only by names of .go files, which Go's run.go
     * compiles with the test file as one package (of Go 1.19's suite only cmplxdivide.go,
     * "// run cmplxdivide1.go"; the directives with flags or program arguments stay out).
     */
    static List<Path> runFiles() throws IOException {
        return filesWithDirective(d -> d.equals("// run") || !extraFiles(d).isEmpty());
    }

    /** The .go files a "// run a.go b.go" directive names; empty for any other directive. */
    static List<String> extraFiles(String directive) {
        if (!directive.startsWith("// run ")) {
            return List.of();
        }
        List<String> names = List.of(directive.substring("// run ".length()).trim().split("\\s+"));
        return names.stream().allMatch(n -> n.matches("[A-Za-z0-9_.-]+\\.go")) ? names : List.of();
    }

    /**
     * The .go files of Go's test directory (outside the .dir directories of multi-file
     * tests) whose directive, the first line that is not blank or a build constraint,
     * the predicate accepts; sorted.
     */
    static List<Path> filesWithDirective(java.util.function.Predicate<String> directive) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(TEST)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                if (!TEST.relativize(p).toString().contains(".dir/") && directive.test(directive(p))) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** A test file's directive: its first line that is not blank or a build constraint ("" if none). */
    static String directive(Path p) throws IOException {
        for (String line : Files.readAllLines(p, StandardCharsets.ISO_8859_1)) {
            if (!(line.startsWith("// +build") || line.startsWith("//go:build") || line.isBlank())) {
                return line;
            }
        }
        return "";
    }

    private static List<String> keepList(String resource) throws IOException {
        try (InputStream in = GoTestSuiteRunTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
