package org.tinygo4j.frontend.loader.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.loader.BuildConstraints;
import org.tinygo4j.frontend.loader.DirectorySourceRoot;
import org.tinygo4j.frontend.loader.LoadConfig;
import org.tinygo4j.frontend.loader.Loader;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.types.TypeSizes;

/**
 * Type-checks the whole standard library of a Go source tree for linux/amd64 with the
 * standard build tags (no cgo): every importable package under src/ except cmd/,
 * vendor/ and testdata, imported at once by one synthetic main package so that each
 * package is checked exactly once; imports inside std resolve through src/vendor.
 * Packages left out (commands, cgo-only packages) are listed with the reason. The
 * result gives per-package diagnostics, so tests and bench/typecheck share it.
 */
public final class StdCheck {

    /** The outcome: diagnostics per package (empty list: clean), what was left out and why. */
    public record Result(Map<String, List<String>> errorsByPackage, Map<String, String> leftOut, long nanos) {
        public long passed() {
            return errorsByPackage.values().stream().filter(List::isEmpty).count();
        }

        public long failed() {
            return errorsByPackage.size() - passed();
        }
    }

    private static final Set<String> TAGS = Set.of("gc", "go1.1", "go1.2", "go1.3", "go1.4", "go1.5", "go1.6",
            "go1.7", "go1.8", "go1.9", "go1.10", "go1.11", "go1.12", "go1.13", "go1.14", "go1.15", "go1.16",
            "go1.17", "go1.18", "go1.19");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+(\\w+)");

    private StdCheck() {
    }

    /** Checks every package under src; work files go to a temporary directory. */
    public static Result run(Path src) throws IOException {
        BuildConstraints bc = new BuildConstraints(TAGS, "linux", "amd64");
        Map<String, String> leftOut = new TreeMap<>();
        List<String> packages = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(src)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                String rel = src.relativize(d).toString().replace('\\', '/');
                if (rel.isEmpty() || rel.equals("cmd") || rel.startsWith("cmd/") || rel.equals("vendor")
                        || rel.startsWith("vendor/") || rel.contains("testdata") || rel.equals("builtin")) {
                    if (rel.equals("cmd") || rel.equals("builtin")) {
                        leftOut.put(rel, rel.equals("cmd") ? "the commands (issue: cmd/ may be left out)"
                                : "documentation only, not a real package");
                    }
                    continue;
                }
                classify(d, rel, bc, packages, leftOut);
            }
        }
        Path work = Files.createTempDirectory("stdcheck");
        try {
            StringBuilder main = new StringBuilder("package main\n\nimport (\n");
            for (String p : packages) {
                main.append("\t_ \"").append(p).append("\"\n");
            }
            main.append(")\n\nfunc main() {}\n");
            Path mainFile = work.resolve("main.go");
            Files.writeString(mainFile, main);
            Diagnostics diags = new Diagnostics(new FileSet());
            long t0 = System.nanoTime();
            Loader.load(new LoadConfig(List.of(new DirectorySourceRoot(src), new DirectorySourceRoot(src.resolve("vendor"))),
                    mainFile, TAGS, "linux", "amd64", new TypeSizes(8, 8, 8), List.of()), diags);
            long nanos = System.nanoTime() - t0;
            Map<String, List<String>> byPkg = new LinkedHashMap<>();
            for (String p : packages) {
                byPkg.put(p, new ArrayList<>());
            }
            String prefix = src.toString() + "/";
            for (Diagnostic d : diags.sorted()) {
                String file = d.position() == null ? "" : d.position().file();
                String pkg = file.startsWith(prefix) ? file.substring(prefix.length(), file.lastIndexOf('/')) : "(main)";
                byPkg.computeIfAbsent(pkg, k -> new ArrayList<>()).add(d.toString());
            }
            return new Result(byPkg, leftOut, nanos);
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Adds the import path of a directory's package, or records why it is left out. */
    private static void classify(Path d, String rel, BuildConstraints bc, List<String> packages,
                                 Map<String, String> leftOut) {
        boolean anyGo = false;
        boolean anyIncluded = false;
        boolean anyCgo = false;
        String name = null;
        try (Stream<Path> files = Files.list(d)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                String fn = f.getFileName().toString();
                if (fn.endsWith("_test.go")) {
                    continue;
                }
                anyGo = true;
                byte[] content = Files.readAllBytes(f);
                String text = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
                boolean importsC = text.contains("import \"C\"");
                if (importsC || text.matches("(?s).*//go:build[^\\n]*\\bcgo\\b.*")) {
                    anyCgo = true;
                }
                // With cgo off (CGO_ENABLED=0), go/build leaves out files that import "C".
                if (!importsC && bc.include(fn, content)) {
                    anyIncluded = true;
                    Matcher m = PACKAGE.matcher(new String(content, StandardCharsets.UTF_8));
                    if (m.find()) {
                        name = m.group(1);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!anyGo) {
            return;
        }
        if (!anyIncluded) {
            leftOut.put(rel, anyCgo ? "needs cgo" : "no files for linux/amd64");
        } else if ("main".equals(name)) {
            leftOut.put(rel, "a command (package main), not importable");
        } else {
            packages.add(rel);
        }
    }

    /** Prints per-package failures, what was left out, then the time and the summary line. */
    public static void main(String[] args) throws IOException {
        Path src = Path.of(args.length > 0 ? args[0] : "/usr/share/go-1.19/src");
        Result warm = run(src);
        Result r = run(src);
        for (Map.Entry<String, List<String>> e : r.errorsByPackage().entrySet()) {
            if (!e.getValue().isEmpty()) {
                System.out.println("FAIL " + e.getKey() + " (" + e.getValue().size() + " errors)");
                e.getValue().stream().limit(5).forEach(m -> System.out.println("    " + m));
            }
        }
        System.out.println("left out:");
        r.leftOut().forEach((k, v) -> System.out.println("    " + k + ": " + v));
        long errors = r.errorsByPackage().values().stream().mapToLong(List::size).sum();
        System.out.printf("%d packages checked, %d errors; first run %.2f s (cold), second %.2f s (warm)%n",
                r.errorsByPackage().size(), errors, warm.nanos() / 1e9, r.nanos() / 1e9);
        long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("peak heap: %d MB%n", peak >> 20);
        System.out.printf("%.2f s%n", r.nanos() / 1e9);
        System.out.println(r.passed() + " passed, " + r.failed() + " failed");
    }
}
