package org.tinygo4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `tinygo run -target=T [file.go | dir] [args...]`: compiles in memory and runs the
 * image where the target's configuration says it runs (its emulator command, Chicory,
 * or this machine), forwarding its output and exiting with its exit code. Arguments
 * after the package go to the program; without a package, the current directory's.
 */
@Command(name = "run", description = "compile and run a program (host, wasi, or in the target's emulator)")
final class RunCommand implements Callable<Integer> {
    private static final String NO_EMULATOR = "tinygo run: cannot run target %s here: it names no emulator"
            + " (no \"emulator\" in its target JSON); use `tinygo build` and flash the image to the board";

    private final Io io;

    @Mixin
    CompileFlags flags;

    @Option(names = {"-json", "--json"}, description = "print diagnostics as JSON lines on stdout, as go build -json does")
    boolean json;

    @Option(names = {"-timeout", "--timeout"}, paramLabel = "DURATION", defaultValue = "10s",
            converter = GoDuration.class,
            description = "stop the program after this long, a Go duration such as 10s or 2m (a plain number: seconds; default 10s)")
    Duration timeout;

    @Option(names = {"-export", "--export"}, paramLabel = "NAME",
            description = "wasm-unknown: the exported function to call (the arguments are its parameters)")
    String export;

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PACKAGE",
            description = "a .go file or a directory holding package main (default: the current directory)")
    Path source;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "arguments for the program (host and wasi), or of the -export function")
    List<String> args = new ArrayList<>();

    RunCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        CompileFlags.Resolved resolved = flags.resolve(io, null);
        Optional<String> problem = resolved.problemMessage().or(() -> SourceArg.check(source));
        if (problem.isPresent()) {
            io.err().println(problem.get());
            return 1;
        }
        if (timeout.isNegative() || timeout.isZero()) {
            io.err().println("invalid -timeout=" + GoDuration.format(timeout) + ": must be positive");
            return 1;
        }
        // fail before compiling when the image cannot run here: a user wants to know that first
        Optional<Runner> runner = Runner.forConfig(resolved.config());
        if (runner.isEmpty()) {
            io.err().println(NO_EMULATOR.formatted(resolved.compiler().target()));
            return 1;
        }
        if (runner.get().unavailableReason().isPresent()) {
            io.err().println("tinygo run: cannot run target " + resolved.compiler().target() + ": " + runner.get().unavailableReason().get());
            return 1;
        }
        CompileResult r = resolved.compiler().compile(flags.withFlags(CompileRequest.of(source)
                .withListener(flags.listener(io))));
        boolean errors = json ? JsonDiagnostics.print(io.out(), r.diagnostics(), source, goroot(resolved))
                : io.report(r.diagnostics());
        if (!r.success()) {
            if (!errors) {
                io.err().println("tinygo: compilation failed without a message (a bug in tinygo4j)");
            }
            return 1;
        }
        CompileFlags.printAllocations(io, r);
        SizeTable.print(io.err(), r.artifact(), flags.size);
        byte[] image = r.artifact().image() != null ? r.artifact().image() : r.artifact().bytes();
        RunOptions opts = RunOptions.defaults().withArgs(args)
                .withTimeout(timeout)
                .withEcho(io.out(), io.err())
                .withExport(export)
                .withCommandEcho(flags.commandEcho(io));
        RunResult result;
        try {
            result = runner.get().run(image, opts);
        } catch (IOException e) {
            // the environment failed (no temp space, emulator would not start): not a compiler bug
            io.err().println("tinygo run: cannot run the program with " + runner.get().describe() + ": " + e.getMessage());
            return 1;
        }
        io.out().flush();
        return result.exitCode();
    }

    /** The GOROOT in use, for naming the packages of its files; empty when there is none or it is unusable. */
    static java.util.Optional<java.nio.file.Path> goroot(CompileFlags.Resolved resolved) {
        try {
            return resolved.compiler().goroot();
        } catch (org.tinygo4j.boards.config.ConfigException e) {
            return java.util.Optional.empty();
        }
    }
}
