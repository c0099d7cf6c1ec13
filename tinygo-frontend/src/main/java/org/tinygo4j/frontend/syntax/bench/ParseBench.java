package org.tinygo4j.frontend.syntax.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.tinygo4j.frontend.ast.print.AstEquality;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.syntax.RoundTrip;
import org.tinygo4j.frontend.syntax.SourceParser;

/**
 * The parser benchmark behind bench/parse: reads every .go file under a directory
 * (outside testdata) into memory, parses them all once to warm the JVM, then times a
 * pass on one thread and a pass on all cores, reports peak heap, and finally checks
 * that each file parses without error and round-trips through AstPrinter. The last
 * two lines of output are {@code <lines/s> lines/s} (one thread) and
 * {@code N passed, M failed}. Not used by the compiler.
 */
public final class ParseBench {
    private record Source(String path, byte[] content) {}

    private ParseBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/usr/share/go-1.19/src");
        List<Source> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".go") && !p.toString().contains("/testdata/")
                    && Files.isRegularFile(p)).sorted().toList()) {
                files.add(new Source(p.toString(), Files.readAllBytes(p)));
            }
        }
        long lines = 0;
        long bytes = 0;
        for (Source f : files) {
            bytes += f.content.length;
            for (byte b : f.content) {
                if (b == '\n') {
                    lines++;
                }
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("%s: %d files, %d lines, %.1f MB; %d cores%n", dir, files.size(), lines, bytes / 1e6, cores);

        double warm = pass(files, false);
        System.out.printf("warm-up pass (1 thread):  %.2f s, %.0f lines/s%n", warm, lines / warm);
        double single = pass(files, false);
        System.out.printf("timed pass (1 thread):    %.2f s, %.0f lines/s%n", single, lines / single);
        double all = pass(files, true);
        System.out.printf("timed pass (%d threads):   %.2f s, %.0f lines/s%n", cores, all, lines / all);

        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap: %d MB (sum of heap pools' peaks; max heap %d MB)%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);

        AtomicInteger failed = new AtomicInteger();
        ThreadLocal<AstEquality> eq = ThreadLocal.withInitial(AstEquality::new);
        files.parallelStream().forEach(f -> {
            String why = RoundTrip.check(f.path, f.content, eq.get());
            if (why != null) {
                failed.incrementAndGet();
                System.out.println("FAIL " + why);
            }
        });
        System.out.printf("%.0f lines/s%n", lines / single);
        System.out.printf("%d passed, %d failed%n", files.size() - failed.get(), failed.get());
    }

    /** Seconds to parse every file, on one thread or on all cores. */
    private static double pass(List<Source> files, boolean parallel) {
        long t0 = System.nanoTime();
        Stream<Source> s = parallel ? files.parallelStream() : files.stream();
        s.forEach(f -> {
            FileSet fs = new FileSet();
            SourceParser.parse(fs, f.path, f.content, new Diagnostics(fs));
        });
        return (System.nanoTime() - t0) / 1e9;
    }
}
