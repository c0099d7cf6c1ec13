package org.tinygo4j.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `tinygo build -target=T -o FILE [file.go | dir]`: compiles and writes the image in
 * the format the output's extension names; without a package, the one in the current
 * directory (as `go build` and TinyGo do). The compiler writes the file only after a
 * successful compilation, so a failed build leaves an existing file untouched.
 */
@Command(name = "build", description = "compile a program into an image file")
final class BuildCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    CompileFlags flags;

    @Option(names = {"-json", "--json"}, description = "print diagnostics as JSON lines on stdout, as go build -json does")
    boolean json;

    @Option(names = {"-o", "--o", "--output"}, paramLabel = "FILE",
            description = "output file; its extension picks the format: .elf, .hex, .bin, .uf2, .wasm")
    Path output;

    @Option(names = {"-wasm-exec", "--wasm-exec"},
            description = "wasm target: also write the JavaScript support file wasm_exec.js beside the output")
    boolean wasmExec;

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PACKAGE",
            description = "a .go file or a directory holding package main (default: the current directory)")
    Path source;

    BuildCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        CompileFlags.Resolved resolved = flags.resolve(io, output);
        Optional<String> problem = resolved.problemMessage().or(() -> SourceArg.check(source));
        if (problem.isPresent()) {
            io.err().println(problem.get());
            return 1;
        }
        Path out = output != null ? output : SourceArg.defaultOutput(source, resolved.config());
        if (OutputFormat.fromPath(out) == null) {
            io.err().println(out + ": unknown output format (use .elf, .hex, .bin, .uf2 or .wasm)");
            return 1;
        }
        CompileResult r = resolved.compiler().compile(flags.withFlags(CompileRequest.of(source).withOutput(out)
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
        SizeTable.print(io.out(), r.artifact(), flags.size);
        if (wasmExec) {
            if (!resolved.config().goos().equals("js")) {
                io.err().println("tinygo build: -wasm-exec is for the wasm target (GOOS js), not " + resolved.compiler().target());
                return 1;
            }
            Path js = out.toAbsolutePath().resolveSibling("wasm_exec.js");
            try {
                java.nio.file.Files.write(js, org.tinygo4j.run.NodeRunner.supportFile());
            } catch (java.io.IOException e) {
                io.err().println("tinygo build: cannot write " + js + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
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
