package org.tinygo4j.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Hidden `tinygo bench-compile`: compiles one program N times in this JVM through the
 * API and prints the time of each compilation, so bench/compile-time can show the warm,
 * in-process figure next to the cold CLI start. Prints a table; asserts nothing.
 */
@Command(name = "bench-compile", hidden = true, description = "time repeated in-process compilations")
final class BenchCompileCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    CompileFlags flags;

    @Option(names = {"-n", "--n"}, defaultValue = "10", description = "number of compilations")
    int count;

    @Parameters(index = "0", paramLabel = "PACKAGE")
    Path source;

    BenchCompileCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        CompileFlags.Resolved resolved = flags.resolve();
        if (resolved.problemMessage().isPresent()) {
            io.err().println(resolved.problem());
            return 1;
        }
        Compiler c = resolved.compiler();
        io.out().println("| run | ms | result |");
        io.out().println("|---|---|---|");
        long best = Long.MAX_VALUE;
        for (int i = 1; i <= count; i++) {
            long t0 = System.nanoTime();
            CompileResult r = c.compile(CompileRequest.of(source));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            best = Math.min(best, ms);
            String what = r.success() ? r.artifact().sizes().fileBytes() + " B"
                    : "failed: " + (r.diagnostics().isEmpty() ? "?" : r.diagnostics().get(0).toString());
            io.out().printf("| %d | %d | %s |%n", i, ms, what);
        }
        io.out().printf("best of %d: %d ms%n", count, best);
        return 0;
    }
}
