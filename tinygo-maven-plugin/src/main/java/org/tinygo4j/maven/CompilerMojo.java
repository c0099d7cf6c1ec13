package org.tinygo4j.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.api.Diagnostic;
import org.tinygo4j.api.InvalidConfigurationException;

/**
 * What the build and test goals share: the Go source folder and TinyGo's build flags as
 * plugin parameters, the {@link Compiler} they configure, and Go diagnostics written to
 * Maven's log. Everything goes through tinygo-api; board packs are found through the
 * plugin's class loader, so a pack added as a {@code <dependency>} of the plugin is seen.
 */
abstract class CompilerMojo extends AbstractMojo {

    /** The project being built, Maven's own (read-only). */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The folder of the Go package (its go.mod, if any, there or above). */
    @Parameter(property = "tinygo.sourceDirectory", defaultValue = "${project.basedir}/src/main/go")
    protected File sourceDirectory;

    /** TinyGo's -target: a target name (wasip1 or wasi, wasm, microbit, ...) or a path to a target JSON file. */
    @Parameter(property = "tinygo.target", defaultValue = "wasip1")
    protected String target;

    /** TinyGo's -opt: 0, 1, 2, s or z. */
    @Parameter(property = "tinygo.opt", defaultValue = "z")
    protected String opt;

    /** TinyGo's -gc (conservative, leaking, none); unset keeps the target's. */
    @Parameter(property = "tinygo.gc")
    protected String gc;

    /** TinyGo's -scheduler (the target's own, or none); unset keeps the target's. */
    @Parameter(property = "tinygo.scheduler")
    protected String scheduler;

    /** TinyGo's -panic (print or trap); unset means print. */
    @Parameter(property = "tinygo.panic")
    protected String panic;

    /** TinyGo's -tags: extra build tags, one element each. */
    @Parameter(property = "tinygo.tags")
    protected List<String> tags = new ArrayList<>();

    /** TinyGo's -ldflags as Go takes them, e.g. {@code -X main.version=1.2}. */
    @Parameter(property = "tinygo.ldflags", defaultValue = "")
    protected String ldflags;

    /**
     * String variables set as {@code -ldflags -X} sets them, written as Maven likes:
     * {@code <linkerStrings><main.version>${project.version}</main.version></linkerStrings>}.
     */
    @Parameter
    protected Map<String, String> linkerStrings = new LinkedHashMap<>();

    /** The Go installation whose standard library sources are used; unset: found as the go command finds it. */
    @Parameter(property = "tinygo.goroot")
    protected File goroot;

    /** Skips the goal. */
    @Parameter(property = "tinygo.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The compiler for this configuration, board packs found through the plugin's class
     * loader.
     *
     * @return a compiler for the target and flags of the parameters
     * @throws MojoFailureException for an unknown target or a bad setting, with the
     *                              compiler's message
     */
    protected Compiler compiler() throws MojoFailureException {
        Compiler.Builder b = Compiler.builder()
                .classLoader(getClass().getClassLoader())
                .target(target)
                .opt(opt)
                .gc(blankToNull(gc))
                .scheduler(blankToNull(scheduler))
                .panic(blankToNull(panic))
                .ldflags(ldflags == null ? "" : ldflags);
        if (tags != null) {
            b.tags(tags.stream().filter(t -> t != null && !t.isBlank()).map(String::trim).toList());
        }
        if (linkerStrings != null) {
            linkerStrings.forEach((k, v) -> b.linkerString(k, v == null ? "" : v));
        }
        if (goroot != null) {
            b.goroot(goroot.toPath());
        }
        try {
            return b.build();
        } catch (InvalidConfigurationException e) {
            throw new MojoFailureException("tinygo: " + e.getMessage());
        }
    }

    /**
     * The source folder, checked to hold Go files.
     *
     * @return {@link #sourceDirectory} as a path
     * @throws MojoFailureException when it is not a directory, holds no .go file or
     *                              cannot be read
     */
    protected Path sources() throws MojoFailureException {
        Path dir = sourceDirectory.toPath();
        if (!Files.isDirectory(dir)) {
            throw new MojoFailureException("tinygo: no Go sources: " + dir + " is not a directory"
                    + " (set <sourceDirectory> to the folder of the main package)");
        }
        try (Stream<Path> s = Files.list(dir)) {
            if (s.noneMatch(p -> p.getFileName().toString().endsWith(".go") && Files.isRegularFile(p))) {
                throw new MojoFailureException("tinygo: no Go sources: " + dir + " holds no .go file");
            }
        } catch (IOException e) {
            throw new MojoFailureException("tinygo: cannot read " + dir + ": " + e.getMessage());
        }
        return dir;
    }

    /**
     * Logs the diagnostics as Maven logs a compiler's (errors at error level, warnings at
     * warning level, each {@code file.go:L:C: message}) and fails the build when there are
     * errors; a cancelled compilation (the build thread interrupted) is an execution error.
     *
     * @param r    the result of a compilation
     * @param what what was compiled, for the message when it was cancelled (e.g. "compilation")
     * @throws MojoFailureException   when the result has errors
     * @throws MojoExecutionException when the compilation was cancelled
     */
    protected void report(CompileResult r, String what) throws MojoFailureException, MojoExecutionException {
        Log log = getLog();
        for (Diagnostic d : r.diagnostics()) {
            if (d.isError()) {
                log.error(d.toString());
            } else {
                log.warn(d.toString());
            }
        }
        if (r.cancelled()) {
            throw new MojoExecutionException("tinygo: " + what + " cancelled");
        }
        if (!r.success()) {
            int n = r.errors().size();
            throw new MojoFailureException("compilation failed: " + n + (n == 1 ? " error" : " errors"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
