package org.tinygo4j.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Hidden `tinygo bench-compile`: compiles (or, with -check, only checks) each program N
 * times in this JVM through one Compiler, as an IDE or build tool would, and prints one
 * table row per program: the first (cold) run and the warm runs after it (best and
 * median wall time, and the best process CPU time, which a busy machine disturbs less).
 * bench/compile-time prints it next to the cold CLI. Prints a table; asserts nothing.
 */
@Command(name = "bench-compile", hidden = true, description = "time repeated in-process compilations")
final class BenchCompileCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    CompileFlags flags;

    @Option(names = {"-n", "--n"}, defaultValue = "10", description = "number of compilations per program")
    int count;

    @Option(names = {"-check", "--check"}, description = "parse and type-check only")
    boolean check;

    @Parameters(paramLabel = "PACKAGE", arity = "1..*")
    List<Path> sources;

    BenchCompileCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        CompileFlags.Resolved resolved = flags.resolve(io, null);
        if (resolved.problemMessage().isPresent()) {
            io.err().println(resolved.problem());
            return 1;
        }
        Compiler c = resolved.compiler();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        io.out().println("| program | target | mode | first ms | warm best ms | warm median ms | warm best CPU ms | result |");
        io.out().println("|---|---|---|---|---|---|---|---|");
        for (Path source : sources) {
            long first = 0;
            List<Long> wall = new ArrayList<>();
            long bestCpu = Long.MAX_VALUE;
            String what = "";
            for (int i = 0; i < count; i++) {
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                CompileRequest request = CompileRequest.of(source);
                CompileResult r = check ? c.check(request) : c.compile(request);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long cpuMs = (os.getProcessCpuTime() - cpu0) / 1_000_000;
                if (i == 0) {
                    first = ms;
                } else {
                    wall.add(ms);
                    bestCpu = Math.min(bestCpu, cpuMs);
                }
                what = r.success() ? (r.artifact() == null ? "ok" : r.artifact().sizes().fileBytes() + " B")
                        : "failed: " + (r.diagnostics().isEmpty() ? "?" : r.diagnostics().get(0).message());
            }
            Collections.sort(wall);
            String best = wall.isEmpty() ? "-" : String.valueOf(wall.get(0));
            String median = wall.isEmpty() ? "-" : String.valueOf(wall.get(wall.size() / 2));
            io.out().printf("| %s | %s | %s | %d | %s | %s | %s | %s |%n", source.getFileName(), c.target(),
                    check ? "check" : "compile", first, best, median, wall.isEmpty() ? "-" : String.valueOf(bestCpu),
                    what.replace("|", "\\|"));
            io.out().flush();
        }
        return 0;
    }
}
