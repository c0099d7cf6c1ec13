package org.tinygo4j.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.api.TestBuild;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;

/**
 * {@code tinygo:test}: {@code tinygo test ./...} over the source folder. Each package
 * with _test.go files is built as tinygo-api's {@link TestBuild} makes a test binary
 * (the package, its external test package and a generated main) and run by tinygo-run's
 * runner for the target: a wasip1 module in this JVM with Chicory, a host program as a
 * process, a board image under its emulator. A target whose programs cannot run here (a
 * board that is only flashed, an emulator that is not installed) fails the goal, rather
 * than pass without running anything. A package that fails to build or whose tests fail
 * fails the build after every package has run.
 */
@Mojo(name = "test", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public class TestMojo extends CompilerMojo {

    /** Made by Maven, which then sets the parameters. */
    public TestMojo() {
    }

    /** go test -v: prints every test's result. */
    @Parameter(property = "tinygo.test.verbose", defaultValue = "false")
    protected boolean verbose;

    /** go test -run: runs only the tests whose names match this regular expression. */
    @Parameter(property = "tinygo.test.run", defaultValue = "")
    protected String run;

    /** go test -short. */
    @Parameter(property = "tinygo.test.short", defaultValue = "false")
    protected boolean shortMode;

    /** The time one package's test binary may run, in seconds (go test's -timeout is 10 minutes). */
    @Parameter(property = "tinygo.test.timeout", defaultValue = "600")
    protected int timeoutSeconds;

    /** Maven's usual switches for skipping tests. */
    @Parameter(property = "skipTests", defaultValue = "false")
    protected boolean skipTests;

    /** Maven's switch for skipping the compilation and running of tests. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    protected boolean mavenTestSkip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipTests || mavenTestSkip) {
            getLog().info("tinygo: tests skipped");
            return;
        }
        Path root = sources();
        Compiler compiler = compiler();
        Runner runner = Runner.forConfig(compiler.config()).orElse(null);
        if (runner == null) {
            throw new MojoFailureException("tinygo: target " + compiler.target() + " names no way to run its programs");
        }
        if (runner.unavailableReason().isPresent()) {
            throw new MojoFailureException("tinygo: cannot run tests for " + compiler.target() + ": "
                    + runner.unavailableReason().get());
        }
        TestBuild.Options options = new TestBuild.Options(verbose, run == null ? "" : run, shortMode, "", "");
        List<String> failed = new ArrayList<>();
        for (Path pkg : TestBuild.packagesBelow(root)) {
            if (!testOne(compiler, runner, pkg, options)) {
                failed.add(root.relativize(pkg).toString().isEmpty() ? "." : root.relativize(pkg).toString());
            }
        }
        if (!failed.isEmpty()) {
            throw new MojoFailureException("tinygo: tests failed in " + String.join(", ", failed));
        }
    }

    private boolean testOne(Compiler compiler, Runner runner, Path pkg, TestBuild.Options options)
            throws MojoExecutionException {
        TestBuild tb;
        try {
            tb = TestBuild.prepare(pkg, compiler.config(), options);
        } catch (TestBuild.TestBuildException e) {
            getLog().error(e.getMessage());
            return false;
        }
        if (!tb.hasTestFiles()) {
            getLog().info("?   \t" + tb.importPath() + "\t[no test files]");
            return true;
        }
        CompileResult r = compiler.compile(tb.request());
        try {
            report(r, "test build of " + tb.importPath());
        } catch (MojoFailureException e) {
            getLog().error("FAIL\t" + tb.importPath() + " [build failed]");
            return false;
        }
        byte[] image = r.artifact().image() != null ? r.artifact().image() : r.artifact().bytes();
        long start = System.nanoTime();
        RunResult o;
        try {
            // in the package's folder, as go test runs a test binary
            o = runner.run(image, RunOptions.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds))
                    .withDirectory(pkg));
        } catch (IOException e) {
            throw new MojoExecutionException("tinygo: cannot run the test binary of " + tb.importPath() + ": "
                    + e.getMessage(), e);
        }
        String time = String.format(Locale.ROOT, "%.3fs", (System.nanoTime() - start) / 1e9);
        boolean passed = o.exitCode() == 0 && !o.timedOut();
        if (!passed || verbose) {
            o.output().replace("\r\n", "\n").lines().forEach(passed ? getLog()::info : getLog()::error);
        }
        if (o.timedOut()) {
            getLog().error("panic: test timed out after " + timeoutSeconds + "s");
        }
        if (passed) {
            getLog().info("ok  \t" + tb.importPath() + "\t" + time);
        } else {
            getLog().error("FAIL\t" + tb.importPath() + "\t" + time);
        }
        return passed;
    }
}
