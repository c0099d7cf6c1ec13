package org.tinygo4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.boards.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `tinygo list [-target=T] [-json] [-deps] [-test] [PACKAGE...]`: as TinyGo does, runs
 * `go list` with the target's GOOS, GOARCH and build tags (-tags) and the GOROOT in use,
 * passing its output and exit code through. It needs a go command on PATH; without one
 * it says so (exit 1). The go command knows only its own GOOS/GOARCH pairs (Go 1.19 has
 * no wasip1), and packages tinygo4j embeds (machine, device/...) are not in its GOROOT.
 */
@Command(name = "list", description = "list packages as `go list` does, for the target (needs a go command on PATH)")
final class ListCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    CompileFlags flags;

    @Option(names = {"-json", "--json"}, description = "pass -json to go list")
    boolean json;

    @Option(names = {"-deps", "--deps"}, description = "pass -deps to go list")
    boolean deps;

    @Option(names = {"-test", "--test"}, description = "pass -test to go list")
    boolean test;

    @Parameters(paramLabel = "PACKAGE", description = "packages, as go list takes them (default: the current one)")
    List<String> packages = new ArrayList<>();

    ListCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        CompileFlags.Resolved resolved = flags.resolve(io, null);
        if (resolved.problemMessage().isPresent()) {
            io.err().println(resolved.problem());
            return 1;
        }
        Optional<Path> go = ChildProcess.lookPath("go", io.getenv("PATH"));
        if (go.isEmpty()) {
            io.err().println("tinygo list: needs the go command (go list does the work), and there is no go on PATH");
            return 1;
        }
        BuildConfig c = resolved.config();
        List<String> cmd = new ArrayList<>(List.of(go.get().toString(), "list", "-tags=" + String.join(",", c.buildTags())));
        if (json) {
            cmd.add("-json");
        }
        if (deps) {
            cmd.add("-deps");
        }
        if (test) {
            cmd.add("-test");
        }
        cmd.addAll(packages);
        ProcessBuilder pb = ChildProcess.builder(cmd, io);
        pb.environment().put("GOOS", c.goos());
        pb.environment().put("GOARCH", c.goarch());
        pb.environment().put("CGO_ENABLED", "0");
        try {
            resolved.compiler().goroot().ifPresent(r -> pb.environment().put("GOROOT", r.toString()));
        } catch (ConfigException e) {
            io.err().println(e.getMessage());
            return 1;
        }
        try {
            return ChildProcess.run(pb, io);
        } catch (IOException e) {
            io.err().println("tinygo list: failed to run `go list`: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            io.err().println("tinygo list: interrupted");
            return 1;
        }
    }
}
