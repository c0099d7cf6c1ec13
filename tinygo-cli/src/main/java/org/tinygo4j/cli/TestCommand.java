package org.tinygo4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.TestBuild;
import org.tinygo4j.run.EmulatorRunner;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `tinygo test [-target=T] [-v] [-run RE] [-short] [-bench RE] [PACKAGE...]`: builds each
 * package's test binary (TestBuild), runs it where the target runs, and prints what
 * `go test` prints: the binary's output when it failed (always with -v or -bench), then
 * `ok  \tPKG\t0.123s`, `FAIL\tPKG\t0.123s` or `?   \tPKG\t[no test files]`, and a last
 * `FAIL` line and exit code 1 when a package failed (go test's 2 for a package that did
 * not build is 1 here, as for every tinygo command given bad input).
 */
@Command(name = "test", description = "compile and run the tests of packages (host, wasi, or in the target's emulator)")
final class TestCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    CompileFlags flags;

    @Option(names = {"-v", "--v"}, description = "verbose: print every test's name and result, and the logs")
    boolean verbose;

    @Option(names = {"-run", "--run"}, paramLabel = "REGEXP", defaultValue = "",
            description = "run only the tests (and subtests, split at /) matching the pattern")
    String run;

    @Option(names = {"-short", "--short"}, description = "tell long-running tests to shorten (testing.Short)")
    boolean shortMode;

    @Option(names = {"-bench", "--bench"}, paramLabel = "REGEXP", defaultValue = "",
            description = "run the benchmarks matching the pattern (\".\" for all)")
    String bench;

    @Option(names = {"-benchtime", "--benchtime"}, paramLabel = "T", defaultValue = "",
            description = "run each benchmark for this long (e.g. 1s) or this many times (e.g. 100x)")
    String benchtime;

    @Option(names = {"-timeout", "--timeout"}, paramLabel = "DURATION", defaultValue = "10m",
            converter = GoDuration.class,
            description = "stop a test binary after this long, a Go duration such as 30s (a plain number: seconds; default 10m)")
    Duration timeout;

    @Parameters(paramLabel = "PACKAGE", description = "package directories, DIR/... for every package under DIR,"
            + " standard packages by import path, std for all of them (default: the current one)")
    List<Path> packages = new ArrayList<>();

    TestCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        CompileFlags.Resolved resolved = flags.resolve(io, null);
        if (resolved.problemMessage().isPresent()) {
            io.err().println(resolved.problemMessage().get());
            return 1;
        }
        Optional<Runner> runner = Runner.forConfig(resolved.config());
        if (runner.isEmpty()) {
            io.err().println("tinygo test: cannot run target " + resolved.compiler().target() + " here: it names no emulator");
            return 1;
        }
        if (runner.get().unavailableReason().isPresent()) {
            io.err().println("tinygo test: cannot run target " + resolved.compiler().target() + ": " + runner.get().unavailableReason().get());
            return 1;
        }
        Optional<Path> src = BuildCommand.goroot(resolved).map(g -> g.resolve("src"));
        List<Path> pkgs = new ArrayList<>();
        for (Path p : packages.isEmpty() ? List.of(Path.of(".")) : packages) {
            String arg = p.toString();
            if (arg.equals("std") && src.isPresent()) {
                // go's pattern: every standard package but cmd's (packagesBelow skips vendor folders)
                pkgs.addAll(TestBuild.packagesBelow(src.get()).stream().map(d -> src.get().relativize(d).toString())
                        .filter(r -> !r.equals("cmd") && !r.startsWith("cmd/")).sorted()
                        .map(r -> src.get().resolve(r)).toList());
            } else if (!Files.exists(p) && src.isPresent() && !p.isAbsolute() && !arg.startsWith(".")
                    && Files.isDirectory(src.get().resolve(arg))) {
                pkgs.add(src.get().resolve(arg)); // an import path of the standard library
            } else if (p.getFileName() != null && p.getFileName().toString().equals("...")) {
                Path base = p.getParent() == null ? Path.of(".") : p.getParent();
                List<Path> found = TestBuild.packagesBelow(base);
                if (found.isEmpty()) {
                    io.err().println("go: warning: \"" + p + "\" matched no packages");
                }
                pkgs.addAll(found);
            } else {
                pkgs.add(p);
            }
        }
        TestBuild.Options options = new TestBuild.Options(verbose, run, shortMode, bench, benchtime);
        Map<String, String> env = testEnv(BuildCommand.goroot(resolved));
        boolean anyFailed = false;
        for (Path pkg : pkgs) {
            anyFailed |= !testOne(pkg, resolved, runner.get(), options, env);
        }
        if (anyFailed) {
            io.out().println("FAIL");
        }
        io.out().flush();
        return anyFailed ? 1 : 0;
    }

    /**
     * The environment a test binary gets besides ours: as Go 1.19's go test, the GOROOT's
     * bin folder first on the PATH, so that tests which run the go command (through
     * internal/testenv) find the one of the GOROOT whose sources they test.
     */
    private Map<String, String> testEnv(Optional<Path> goroot) {
        Optional<Path> bin = goroot.map(g -> g.resolve("bin"));
        if (bin.isEmpty() || !Files.isDirectory(bin.get())) {
            return Map.of();
        }
        String path = io.getenv("PATH");
        return Map.of("PATH", path == null || path.isEmpty() ? bin.get().toString()
                : bin.get() + java.io.File.pathSeparator + path);
    }

    /** Tests one package; false when it failed (build or tests). */
    private boolean testOne(Path pkg, CompileFlags.Resolved resolved, Runner runner, TestBuild.Options options,
            Map<String, String> env) {
        TestBuild tb;
        try {
            tb = TestBuild.prepare(pkg, resolved.config(), options);
        } catch (TestBuild.TestBuildException e) {
            io.err().println(e.getMessage());
            return false;
        }
        if (!tb.hasTestFiles()) {
            io.out().println("?   \t" + tb.importPath() + "\t[no test files]");
            return true;
        }
        CompileResult r = resolved.compiler().compile(flags.withFlags(tb.request().withListener(flags.listener(io))));
        if (!r.success()) {
            io.out().flush();
            io.err().println("# " + tb.importPath());
            io.report(r.diagnostics());
            io.out().println("FAIL\t" + tb.importPath() + " [build failed]");
            return false;
        }
        CompileFlags.printAllocations(io, r);
        byte[] image = r.artifact().image() != null ? r.artifact().image() : r.artifact().bytes();
        long start = System.nanoTime();
        RunResult result;
        try {
            // in the package's folder, as go test runs a test binary
            result = runner.run(image, RunOptions.defaults()
                    .withTimeout(timeout)
                    .withDirectory(pkg)
                    .withEnv(env)
                    .withCommandEcho(flags.commandEcho(io)));
        } catch (IOException e) {
            io.err().println("tinygo test: cannot run the test binary with " + runner.describe() + ": " + e.getMessage());
            return false;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String out = runner instanceof EmulatorRunner ? result.output().replace("\r\n", "\n") : result.output();
        String time = String.format(Locale.ROOT, "%.3fs", seconds);
        boolean passed = result.exitCode() == 0 && !result.timedOut();
        if (passed) {
            if (verbose || !bench.isEmpty()) {
                io.out().print(out);
            }
            String note = out.contains("testing: warning: no tests to run\n") ? " [no tests to run]" : "";
            io.out().println("ok  \t" + tb.importPath() + "\t" + time + note);
            return true;
        }
        io.out().print(out);
        if (result.timedOut()) {
            io.out().println("panic: test timed out after " + GoDuration.format(timeout));
        }
        io.out().println("FAIL\t" + tb.importPath() + "\t" + time);
        return false;
    }
}
