package org.tinygo4j.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.tinygo4j.api.CompileListener;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.api.Phase;
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

    @Option(names = {"-edit", "--edit"}, description = "change the program's text before every compilation"
            + " (an unused package-level variable of its own, as an editor's buffer changes), so that no cache"
            + " keyed by the whole program's code is hit")
    boolean edit;

    @Option(names = {"-phases", "--phases"}, description = "also print the median process CPU ms of each phase")
    boolean phases;

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
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        io.out().println("| program | target | mode | first ms | warm best ms | warm median ms | warm best CPU ms | result |");
        io.out().println("|---|---|---|---|---|---|---|---|");
        List<String> phaseRows = new ArrayList<>();
        for (Path source : sources) {
            java.util.Map<Phase, List<Long>> phaseCpu = new java.util.EnumMap<>(Phase.class);
            List<Long> totalCpu = new ArrayList<>();
            long first = 0;
            List<Long> wall = new ArrayList<>();
            long bestCpu = Long.MAX_VALUE;
            String what = "";
            for (int i = 0; i < count; i++) {
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                long[] phaseStart = new long[Phase.values().length];
                long[] phaseTook = new long[Phase.values().length];
                CompileRequest request = request(source, i).withListener(new CompileListener() {
                    @Override
                    public void phaseStarted(Phase p) {
                        phaseStart[p.ordinal()] = threads.getCurrentThreadCpuTime();
                    }

                    @Override
                    public void phaseEnded(Phase p, java.time.Duration took) {
                        phaseTook[p.ordinal()] += threads.getCurrentThreadCpuTime() - phaseStart[p.ordinal()];
                    }
                });
                CompileResult r = check ? c.check(request) : c.compile(request);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long cpuMs = (os.getProcessCpuTime() - cpu0) / 1_000_000;
                if (i == 0) {
                    first = ms;
                } else {
                    wall.add(ms);
                    bestCpu = Math.min(bestCpu, cpuMs);
                    totalCpu.add(cpuMs);
                    for (Phase p : Phase.values()) {
                        phaseCpu.computeIfAbsent(p, k -> new ArrayList<>()).add(phaseTook[p.ordinal()]);
                    }
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
            if (!totalCpu.isEmpty()) {
                StringBuilder row = new StringBuilder("| " + source.getFileName() + " | " + c.target());
                long inPhases = 0;
                for (Phase p : Phase.values()) {
                    long m = median(phaseCpu.get(p));
                    inPhases += m;
                    row.append(" | ").append(String.format(java.util.Locale.ROOT, "%.1f", m / 1e6));
                }
                row.append(String.format(java.util.Locale.ROOT, " | %.1f | %d |", inPhases / 1e6, median(totalCpu)));
                phaseRows.add(row.toString());
            }
        }
        if (phases && !phaseRows.isEmpty()) {
            io.out().println();
            io.out().println("Median CPU ms of the compiling threads per phase over the warm runs (lld's process"
                    + " not included), their sum, and the median process CPU ms (JIT, GC and all)"
                    + (edit ? "; the program edited before each run" : "") + ":");
            io.out().println();
            io.out().println("| program | target | load | check | ssa | codegen | link | phases | process ms |");
            io.out().println("|---|---|---|---|---|---|---|---|---|");
            phaseRows.forEach(io.out()::println);
        }
        return 0;
    }

    /** The i-th request for a program: as it is on disk, or with -edit a text of its own per run. */
    private CompileRequest request(Path source, int i) {
        if (!edit) {
            return CompileRequest.of(source);
        }
        if (!source.toString().endsWith(".go")) {
            throw new IllegalArgumentException("-edit needs a .go file: " + source);
        }
        try {
            String text = java.nio.file.Files.readString(source);
            return CompileRequest.ofSource(source, text + "\nvar benchEdit" + i + " = " + i + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long median(List<Long> xs) {
        List<Long> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
