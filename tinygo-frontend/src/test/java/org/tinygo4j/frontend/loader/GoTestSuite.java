package org.tinygo4j.frontend.loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.types.TypeSizes;

/**
 * Go's own test tree (/usr/share/go-1.19/test) as our type checker sees it: every test
 * file with its directive and flags as test/run.go reads them (first line that is
 * not a build constraint, "//" stripped, split at blanks), whether its build
 * constraints select linux/amd64, and a way to load it: a single file, or for the
 * *dir directives the packages of NAME.dir, grouped by package name as run.go does
 * and imported by each other as "./name" or "name". Imports from std resolve through
 * src and src/vendor; std packages are checked once per worker thread (PackageCache).
 */
final class GoTestSuite {
    static final Path ROOT = Path.of("/usr/share/go-1.19/test");
    static final Path SRC = Path.of("/usr/share/go-1.19/src");
    static final Set<String> TAGS = Set.of("gc", "go1.1", "go1.2", "go1.3", "go1.4", "go1.5", "go1.6",
            "go1.7", "go1.8", "go1.9", "go1.10", "go1.11", "go1.12", "go1.13", "go1.14", "go1.15", "go1.16",
            "go1.17", "go1.18", "go1.19");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+(\\w+)");
    /** The directories run.go walks (its "dirs" list); files elsewhere (bench/...) are not tests. */
    static final Set<String> DIRS = Set.of("", "ken", "chan", "interface", "syntax", "dwarf", "fixedbugs", "codegen",
            "runtime", "abi", "typeparam", "typeparam/mdempsky");
    private static final Pattern IMPORTS_C = Pattern.compile("(?m)^import\\s+\"C\"|^\\s+\"C\"\\s*$");

    /** A test file: path relative to ROOT, directive word, its flags and arguments. */
    record TestFile(Path path, String rel, String directive, List<String> args) {
    }

    /** The outcome of loading one test: its diagnostics, or a failure (timeout, exception). */
    record Outcome(List<Diagnostic> diagnostics, String failure) {
    }

    private GoTestSuite() {
    }

    /** All .go test files (not inside .dir directories or testdata) with their directives, sorted. */
    static List<TestFile> files() {
        // run.go tests with cgo enabled; files that need it are counted apart by usesCgo
        Set<String> tags = new java.util.HashSet<>(TAGS);
        tags.add("cgo");
        BuildConstraints bc = new BuildConstraints(tags, "linux", "amd64");
        List<TestFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(ROOT)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList()) {
                String rel = ROOT.relativize(p).toString();
                if (rel.matches(".*\\.dir/.*|.*testdata/.*")) {
                    continue;
                }
                Path parent = ROOT.relativize(p).getParent();
                if (!DIRS.contains(parent == null ? "" : parent.toString())) {
                    continue;
                }
                byte[] content = Files.readAllBytes(p);
                if (!selected(bc, new String(content, StandardCharsets.ISO_8859_1))) {
                    continue; // as run.go's shouldTest: not a test for linux/amd64
                }
                List<String> words = directive(new String(content, StandardCharsets.ISO_8859_1));
                if (!words.isEmpty()) {
                    out.add(new TestFile(p, rel, words.get(0), List.copyOf(words.subList(1, words.size()))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** run.go's shouldTest: every //go:build and // +build line before the package clause holds. */
    static boolean selected(BuildConstraints bc, String src) {
        for (String line : src.split("\n", -1)) {
            if (line.startsWith("package ")) {
                break;
            }
            String t = line.strip();
            if (t.startsWith("//go:build ")) {
                if (!bc.eval(t.substring(11).strip())) {
                    return false;
                }
            } else if (t.startsWith("// +build ")) {
                List<String> ors = new ArrayList<>();
                for (String term : t.substring(10).strip().split("\\s+")) {
                    ors.add("(" + String.join(" && ", term.split(",")) + ")");
                }
                if (!bc.eval(String.join(" || ", ors))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The words of a file's test recipe (first non-constraint line, without "//"); empty if none. */
    static List<String> directive(String src) {
        for (String line : src.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("//go:build") || t.contains("+build")) {
                continue;
            }
            if (!t.startsWith("//")) {
                return List.of();
            }
            return List.of(t.substring(2).strip().split("\\s+"));
        }
        return List.of();
    }

    /**
     * The files of a single-file test: the file itself and, as run.go passes them on to
     * "go run", the .go files named among its recipe's arguments (// run cmplxdivide1.go).
     */
    static List<Path> singleFiles(TestFile t) {
        List<Path> out = new ArrayList<>(List.of(t.path()));
        for (String a : t.args()) {
            if (a.endsWith(".go") && !a.startsWith("-")) {
                out.add(t.path().resolveSibling(a));
            }
        }
        return out;
    }

    /** Whether the test (its file or its .dir) uses cgo, which we do not load. */
    static boolean usesCgo(TestFile t) {
        List<Path> all = new ArrayList<>(List.of(t.path()));
        all.addAll(dirFiles(t));
        for (Path p : all) {
            try {
                if (IMPORTS_C.matcher(Files.readString(p, StandardCharsets.ISO_8859_1)).find()) {
                    return true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    static Path dirOf(TestFile t) {
        String name = t.path().getFileName().toString();
        return t.path().resolveSibling(name.substring(0, name.length() - 3) + ".dir");
    }

    /** The .go files directly in the test's .dir (none if it has no .dir), sorted. */
    static List<Path> dirFiles(TestFile t) {
        Path dir = dirOf(t);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The .dir's files grouped into packages as run.go's goDirPackages does: by package
     * clause in file order, or one package per file with the -s flag. Each package is
     * known by the stem of its first file (run.go compiles it as test/STEM).
     */
    static Map<String, List<Path>> dirPackages(TestFile t) {
        boolean single = t.args().contains("-s");
        Map<String, List<Path>> byClause = new LinkedHashMap<>();
        BuildConstraints bc = new BuildConstraints(TAGS, "linux", "amd64");
        for (Path p : dirFiles(t)) {
            try {
                byte[] content = Files.readAllBytes(p);
                if (!bc.include(p.getFileName().toString(), content)) {
                    continue;
                }
                Matcher m = PACKAGE.matcher(new String(content, StandardCharsets.ISO_8859_1));
                String name = single ? p.toString() : m.find() ? m.group(1) : "";
                byClause.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, List<Path>> out = new LinkedHashMap<>();
        for (List<Path> files : byClause.values()) {
            String first = files.get(0).getFileName().toString();
            out.put(first.substring(0, first.length() - 3), List.copyOf(files));
        }
        return out;
    }

    /** Packages of a test's .dir by import path "./stem" or "stem" (see dirPackages), or a subdirectory. */
    record TestDirRoot(Path dir, Map<String, List<Path>> packages) implements SourceRoot {
        @Override
        public Optional<List<SourceFile>> packageFiles(String importPath) {
            String name = importPath.startsWith("./") ? importPath.substring(2) : importPath;
            List<Path> files = packages.get(name);
            if (files == null) {
                return DirectorySourceRoot.readGoFiles(dir.resolve(name));
            }
            List<SourceFile> out = new ArrayList<>();
            for (Path f : files) {
                try {
                    out.add(new SourceFile(f.toString(), Files.readAllBytes(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Optional.of(out);
        }
    }

    /**
     * Loads one package of a test: mainFiles form the main unit (one file, or a .dir
     * package group, loaded from a temporary directory of links to the files; their
     * diagnostics are reported under the original paths).
     */
    static List<Diagnostic> load(List<Path> mainFiles, TestDirRoot testDir, PackageCache cache) throws IOException {
        return load(mainFiles, testDir, cache, List.of());
    }

    /** As load, with the test's compiler flags: -lang=goX.Y and -std reach the checker. */
    static List<Diagnostic> load(List<Path> mainFiles, TestDirRoot testDir, PackageCache cache, List<String> flags)
            throws IOException {
        String lang = null;
        for (String f : flags) {
            if (f.startsWith("-lang=")) {
                lang = f.substring("-lang=".length());
            }
        }
        boolean std = flags.contains("-std");
        // -complete: the package has no assembly, so every function needs its body
        Loader.Options options = flags.contains("-complete") ? Loader.Options.DEFAULT.withRequireBodies()
                : Loader.Options.DEFAULT;
        List<SourceRoot> roots = new ArrayList<>();
        if (testDir != null) {
            roots.add(testDir);
        }
        roots.add(new DirectorySourceRoot(SRC));
        roots.add(new DirectorySourceRoot(SRC.resolve("vendor")));
        Diagnostics d = new Diagnostics(cache.fileSet());
        if (mainFiles.size() == 1) {
            Loader.load(new LoadConfig(roots, mainFiles.get(0), TAGS, "linux", "amd64", new TypeSizes(8, 8, 8),
                    List.of(), lang, std), d, cache, options);
            return d.sorted();
        }
        Path tmp = Files.createTempDirectory("gotest");
        try {
            Map<String, String> back = new LinkedHashMap<>();
            for (Path f : mainFiles) {
                Path link = tmp.resolve(f.getFileName());
                Files.createSymbolicLink(link, f.toAbsolutePath());
                back.put(link.toString(), f.toString());
            }
            Loader.load(new LoadConfig(roots, tmp, TAGS, "linux", "amd64", new TypeSizes(8, 8, 8), List.of(), lang, std), d,
                    cache, options);
            List<Diagnostic> out = new ArrayList<>();
            for (Diagnostic x : d.sorted()) {
                if (x.position() != null && back.containsKey(x.position().file())) {
                    x = new Diagnostic(x.severity(), new org.tinygo4j.frontend.source.FileSet.Position(
                            back.get(x.position().file()), x.position().line(), x.position().column()), x.message());
                }
                out.add(x);
            }
            return out;
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Runs work on every test with a pool of two threads, each with its own
     * PackageCache; a test that takes more than perTestSeconds (or throws) is a failure.
     */
    static Map<TestFile, Outcome> runAll(List<TestFile> tests, Function<Job, List<Diagnostic>> work,
                                         int perTestSeconds) {
        ThreadLocal<PackageCache> caches = ThreadLocal.withInitial(() -> new PackageCache(Set.of(
                new DirectorySourceRoot(SRC), new DirectorySourceRoot(SRC.resolve("vendor")))));
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread th = new Thread(r, "gotests");
            th.setDaemon(true);
            return th;
        });
        Map<TestFile, Future<List<Diagnostic>>> futures = new LinkedHashMap<>();
        for (TestFile t : tests) {
            futures.put(t, pool.submit(() -> work.apply(new Job(t, caches.get()))));
        }
        Map<TestFile, Outcome> out = new LinkedHashMap<>();
        for (Map.Entry<TestFile, Future<List<Diagnostic>>> e : futures.entrySet()) {
            try {
                out.put(e.getKey(), new Outcome(e.getValue().get(perTestSeconds, TimeUnit.SECONDS), null));
            } catch (Exception ex) {
                e.getValue().cancel(true);
                Throwable c = ex.getCause() != null ? ex.getCause() : ex;
                out.put(e.getKey(), new Outcome(List.of(), c.toString()));
            }
        }
        pool.shutdownNow();
        return out;
    }

    /** One unit of work: a test and the cache of the thread that runs it. */
    record Job(TestFile test, PackageCache cache) {
    }

    static List<String> resource(String name) throws IOException {
        try (InputStream in = GoTestSuite.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
