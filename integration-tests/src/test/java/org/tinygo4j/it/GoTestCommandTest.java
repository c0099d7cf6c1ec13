package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.cli.Main;
import org.tinygo4j.run.Runner;

/**
 * `tinygo test` on the packages of integration-tests/testpkgs (a module of their own:
 * passing, failing, skipped and nested subtests, Fatal with defer and Cleanup, an
 * external test package, TestMain, -short, -run, benchmarks, a package without tests,
 * one whose test does not compile),
 * on host, wasi and cortex-m-qemu, its standard output and exit code compared with
 * what Go 1.19's `go test` prints for the same command (the file:line of log lines
 * included: runtime.Caller's call sites). Compared after normalising what differs by
 * nature: durations, benchmark iteration counts and ns/op values, the GOMAXPROCS
 * suffix of benchmark names, and the goos/goarch/cpu header lines.
 */
class GoTestCommandTest {
    private static final Path GO = Path.of("/usr/lib/go-1.19/bin/go");
    private static final Path PKGS = Path.of("testpkgs");
    private static final Map<String, Result> GO_RESULTS = new ConcurrentHashMap<>();

    record Result(String stdout, int exit) {}

    static Stream<Arguments> cases() {
        List<List<String>> commands = List.of(
                List.of("-v", "basic", "allpass", "testmain", "notests"),
                List.of("basic", "allpass", "notests"),
                List.of("-v", "-short", "-run", "Short|Nested/level1/level2|Sum", "basic"),
                List.of("-run", "Nothing", "allpass"),
                List.of("-v", "-bench", ".", "-benchtime", "10x", "bench"),
                List.of("-run", "XXX", "-bench", "Sizes", "-benchtime", "5x", "bench"),
                List.of("broken", "allpass"));
        List<Arguments> out = new ArrayList<>();
        for (String target : List.of("host", "wasi", "cortex-m-qemu")) {
            for (List<String> c : commands) {
                out.add(Arguments.of(target, c));
            }
        }
        // t.TempDir and t.Setenv need a file system: not on the boards
        for (String target : List.of("host", "wasi")) {
            out.add(Arguments.of(target, List.of("-v", "files")));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: tinygo test {1}")
    @MethodSource("cases")
    void printsWhatGoTestPrints(String target, List<String> command) throws Exception {
        Emulators.requireOrSkip(Runner.forConfig(Compiler.builder().target(target).build().config()).orElseThrow());
        Result go = GO_RESULTS.computeIfAbsent(String.join(" ", command), k -> goTest(command));

        List<String> args = new ArrayList<>(List.of("test", "-target=" + target));
        for (String a : command) {
            args.add(isPackage(a) ? PKGS.resolve(a).toString() : a);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String ours = out.toString(StandardCharsets.UTF_8);
        assertEquals(normalise(go.stdout()), normalise(ours), () -> "stderr:\n" + err.toString(StandardCharsets.UTF_8));
        // go test exits with 2 when a package did not build; tinygo exits with 1 on bad input, as every command does
        assertEquals(go.exit() == 2 ? 1 : go.exit(), exit, "exit code");
    }

    private static boolean isPackage(String arg) {
        return Files.isDirectory(PKGS.resolve(arg)) && !arg.startsWith("-") && !arg.equals(".");
    }

    private static Result goTest(List<String> command) {
        assumeTrue(Files.isExecutable(GO), "Go 1.19 not installed (Debian package golang-1.19-go)");
        List<String> args = new ArrayList<>(List.of(GO.toString(), "test", "-count=1"));
        for (String a : command) {
            args.add(isPackage(a) ? "./" + a : a);
        }
        try {
            ProcessBuilder pb = new ProcessBuilder(args).directory(PKGS.toFile());
            pb.environment().put("GOPROXY", "off");
            pb.environment().put("GOFLAGS", "");
            pb.environment().put("GOTOOLCHAIN", "local");
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("go test timed out");
            }
            return new Result(stdout, p.exitValue());
        } catch (Exception e) {
            throw new AssertionError("go test failed to run", e);
        }
    }

    /** Replaces what differs by nature between two runs and two implementations. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            if (line.startsWith("cpu: ")) {
                continue;
            }
            String l = line
                    .replaceAll("\\(\\d+\\.\\d+s\\)", "(T)")
                    .replaceAll("^(ok  |FAIL)\\t(\\S+)\\t\\d+\\.\\d+s", "$1\t$2\tT")
                    .replaceAll("^(Benchmark\\S*?)(-\\d+)?\\s+(\\d+)\\s+[\\d.]+ ns/op$", "$1 $3 ns/op")
                    .replaceAll("^goos: .*", "goos: GOOS")
                    .replaceAll("^goarch: .*", "goarch: GOARCH");
            b.append(l).append('\n');
        }
        return b.toString();
    }
}
