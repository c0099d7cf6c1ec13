package org.tinygo4j.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.Field;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.loader.BuildConstraints;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.syntax.SourceParser;

/**
 * The test binary of one package, as {@code go test} builds it: the package with its
 * internal _test.go files (same package clause), the external test package (clause
 * {@code P_test}, import path {@code IMPORT_test}) and a generated main that lists the
 * Test and Benchmark functions, calls TestMain when there is one, and passes the test
 * options as the -test.* arguments (baked into the binary, so chips get them too).
 * The import path is the module path plus the folder inside the module (from the
 * nearest go.mod), or "command-line-arguments" outside a module. A folder of GOROOT's
 * src (module {@code std}) is a standard package: its import path is the folder inside
 * src, the package itself is the one every build uses (ours where we embed it, else
 * GOROOT's), and only its internal _test.go files are added to it.
 */
public final class TestBuild {
    /**
     * The options of {@code tinygo test} that reach the test binary.
     *
     * @param verbose   -v: log every test as it runs, passing ones too
     * @param run       -run: the regular expression selecting the tests to run, "" for all
     * @param shortMode -short: tell long-running tests to shorten themselves
     * @param bench     -bench: the regular expression selecting the benchmarks to run, ""
     *                  for none
     * @param benchtime -benchtime: how long each benchmark runs (a duration such as
     *                  {@code 1s}, or {@code 100x} iterations), "" for the default
     */
    public record Options(boolean verbose, String run, boolean shortMode, String bench, String benchtime) {
        /** No option given: quiet, every test, no benchmark. */
        public static final Options DEFAULT = new Options(false, "", false, "", "");

        /** The -test.* arguments for these options. */
        List<String> args() {
            List<String> a = new ArrayList<>();
            if (verbose) {
                a.add("-test.v=true");
            }
            if (!run.isEmpty()) {
                a.add("-test.run=" + run);
            }
            if (shortMode) {
                a.add("-test.short=true");
            }
            if (!bench.isEmpty()) {
                a.add("-test.bench=" + bench);
            }
            if (!benchtime.isEmpty()) {
                a.add("-test.benchtime=" + benchtime);
            }
            return a;
        }
    }

    private final String importPath;
    private final boolean hasTests;
    private final CompileRequest request;
    private final String mainSource;

    private TestBuild(String importPath, boolean hasTests, CompileRequest request, String mainSource) {
        this.importPath = importPath;
        this.hasTests = hasTests;
        this.request = request;
        this.mainSource = mainSource;
    }

    /**
     * The package's import path, as go test prints it.
     *
     * @return the module path plus the folder, or "command-line-arguments"
     */
    public String importPath() {
        return importPath;
    }

    /**
     * Whether the package has _test.go files (else go test says "[no test files]").
     *
     * @return true when there is something to test
     */
    public boolean hasTestFiles() {
        return hasTests;
    }

    /**
     * What to compile: the generated main (in the overlay) with the test packages.
     *
     * @return the request to give {@link Compiler#compile}; null without test files
     */
    public CompileRequest request() {
        return request;
    }

    /**
     * The generated main's source, for showing or debugging.
     *
     * @return Go source of package main
     */
    public String mainSource() {
        return mainSource;
    }

    /**
     * Prepares the test binary of the package in dir for a target's build configuration.
     *
     * @param dir     the package's folder
     * @param config  the configuration of the target the tests will run on (its build
     *                tags select the files)
     * @param options the test options to bake into the binary
     * @return the test build; see {@link #hasTestFiles()} before compiling it
     * @throws TestBuildException when the package cannot be tested (no Go files, a main
     *     package, a test file whose package clause fits neither test package)
     */
    public static TestBuild prepare(Path dir, BuildConfig config, Options options) throws TestBuildException {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            throw new TestBuildException("stat " + dir + ": directory not found");
        }
        Module mod = moduleOf(abs);
        String importPath = importPathOf(abs, mod);
        BuildConstraints bc = new BuildConstraints(config.buildTags(), config.goos(), config.goarch());
        List<Path> pkgFiles = new ArrayList<>();
        List<Path> testFiles = new ArrayList<>();
        try (Stream<Path> s = Files.list(abs)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".go") || !Files.isRegularFile(p)) {
                    continue;
                }
                byte[] content = Files.readAllBytes(p);
                if (name.endsWith("_test.go")) {
                    String asBuilt = name.substring(0, name.length() - 8) + ".go";
                    if (bc.include(asBuilt, content)) {
                        testFiles.add(p);
                    }
                } else if (bc.include(name, content)) {
                    pkgFiles.add(p);
                }
            }
        } catch (IOException e) {
            throw new TestBuildException("cannot read " + dir + ": " + e.getMessage());
        }
        if (pkgFiles.isEmpty() && testFiles.isEmpty()) {
            throw new TestBuildException("no Go files in " + abs);
        }
        if (testFiles.isEmpty()) {
            return new TestBuild(importPath, false, null, null);
        }
        String pkgName = null;
        for (Path p : pkgFiles) {
            pkgName = parse(p).packageName().name();
            break;
        }
        if ("main".equals(pkgName)) {
            throw new TestBuildException("cannot test package main (" + importPath + ") yet: only library packages");
        }
        List<Path> internal = new ArrayList<>(pkgFiles);
        List<Path> external = new ArrayList<>();
        List<String> tests = new ArrayList<>();
        List<String> xtests = new ArrayList<>();
        List<String> benchmarks = new ArrayList<>();
        List<String> xbenchmarks = new ArrayList<>();
        String testMain = null;
        for (Path p : testFiles) {
            File f = parse(p);
            String name = f.packageName().name();
            if (pkgName == null && !name.endsWith("_test")) {
                pkgName = name;
            }
            boolean ext = name.endsWith("_test") && !name.equals(pkgName);
            if (ext) {
                external.add(p);
            } else if (pkgName == null || name.equals(pkgName)) {
                internal.add(p);
            } else {
                throw new TestBuildException("found packages " + pkgName + " and " + name + " in " + abs);
            }
            String testing = testingName(f);
            for (Decl d : f.decls()) {
                if (!(d instanceof Decl.FuncDecl fd) || fd.recv() != null || testing == null) {
                    continue;
                }
                String fn = fd.name().name();
                if (fn.equals("TestMain") && takes(fd, testing, "M")) {
                    testMain = ext ? "_xtest" : "_test";
                } else if (isNamed(fn, "Test") && takes(fd, testing, "T")) {
                    (ext ? xtests : tests).add(fn);
                } else if (isNamed(fn, "Benchmark") && takes(fd, testing, "B")) {
                    (ext ? xbenchmarks : benchmarks).add(fn);
                }
            }
        }
        String main = generateMain(importPath, options, tests, xtests, benchmarks, xbenchmarks, testMain,
                !external.isEmpty());
        Path mainFile = abs.resolve("_tinygo4j_testmain.go");
        CompileRequest req = CompileRequest.ofFiles(mainFile).withFile(mainFile, main);
        if (isStandard(abs, mod)) {
            req = req.withAddedFiles(importPath, internal.stream().filter(p -> !pkgFiles.contains(p)).toList());
        } else {
            req = req.withPackage(importPath, internal);
        }
        if (!external.isEmpty()) {
            req = req.withPackage(importPath + "_test", external);
        }
        return new TestBuild(importPath, true, req, main);
    }

    /** Go's rule: the name is the prefix alone, or the prefix followed by a character that is not a lower-case letter. */
    private static boolean isNamed(String fn, String prefix) {
        if (!fn.startsWith(prefix)) {
            return false;
        }
        if (fn.length() == prefix.length()) {
            return true;
        }
        return !Character.isLowerCase(fn.codePointAt(prefix.length()));
    }

    /** Whether fd has exactly one parameter of type *testing.X and no results. */
    private static boolean takes(Decl.FuncDecl fd, String testing, String type) {
        List<Field> params = fd.type().params();
        if (params.size() != 1 || params.get(0).names().size() > 1 || !fd.type().results().isEmpty()
                || (fd.type().typeParams() != null && !fd.type().typeParams().isEmpty())) {
            return false;
        }
        return params.get(0).type() instanceof Expr.Star st && st.x() instanceof Expr.Selector sel
                && sel.x() instanceof Expr.Ident id && id.name().equals(testing) && sel.sel().name().equals(type);
    }

    /** The name under which f imports "testing", or null. */
    private static String testingName(File f) {
        for (Spec.ImportSpec is : f.imports()) {
            if (is.path().value().equals("\"testing\"")) {
                return is.name() == null ? "testing" : is.name().name();
            }
        }
        return null;
    }

    private static File parse(Path p) throws TestBuildException {
        try {
            FileSet fs = new FileSet();
            Diagnostics d = new Diagnostics(fs);
            return SourceParser.parse(fs, p.toString(), Files.readAllBytes(p), d);
        } catch (IOException e) {
            throw new TestBuildException("cannot read " + p + ": " + e.getMessage());
        }
    }

    /**
     * The package folders under base, as the go command expands {@code DIR/...}: folders
     * holding .go files, in name order, skipping testdata, vendor, names starting with
     * "." or "_", and nested modules (folders with their own go.mod). A folder that
     * cannot be listed is skipped.
     *
     * @param base the folder to start from (included when it holds .go files)
     * @return the package folders, base's first
     */
    public static List<Path> packagesBelow(Path base) {
        List<Path> out = new ArrayList<>();
        walk(base, base, out);
        return out;
    }

    private static void walk(Path base, Path dir, List<Path> out) {
        if (!dir.equals(base) && Files.isRegularFile(dir.resolve("go.mod"))) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted().toList();
        } catch (IOException e) {
            return;
        }
        if (entries.stream().anyMatch(e -> e.getFileName().toString().endsWith(".go") && Files.isRegularFile(e))) {
            out.add(dir);
        }
        for (Path e : entries) {
            String n = e.getFileName().toString();
            if (Files.isDirectory(e) && !n.startsWith(".") && !n.startsWith("_") && !n.equals("testdata")
                    && !n.equals("vendor")) {
                walk(base, e, out);
            }
        }
    }

    /**
     * The import path of the package in dir as the go command names it: the module path
     * of the nearest go.mod above plus the relative folder (the relative folder alone in
     * a GOROOT's src, whose go.mod says "module std"), or "command-line-arguments"
     * outside a module.
     *
     * @param dir the package's folder, as an absolute path (its parents are searched for go.mod)
     * @return the import path
     */
    public static String importPathOf(Path dir) {
        return importPathOf(dir, moduleOf(dir));
    }

    private static String importPathOf(Path dir, Module mod) {
        if (mod == null) {
            return "command-line-arguments";
        }
        String rel = mod.root().relativize(dir).toString().replace('\\', '/');
        if (rel.isEmpty()) {
            return mod.path();
        }
        return mod.isStandard() ? rel : mod.path() + "/" + rel;
    }

    /** Whether the package in dir is one of a GOROOT's src (below a go.mod of module "std"). */
    private static boolean isStandard(Path dir, Module mod) {
        return mod != null && mod.isStandard() && !mod.root().equals(dir);
    }

    /** The nearest go.mod's folder and module path. */
    private record Module(Path root, String path) {
        boolean isStandard() {
            return path.equals("std");
        }
    }

    /** The module of the nearest go.mod at or above dir, or null (none, unreadable, or without a module line). */
    private static Module moduleOf(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            Path mod = d.resolve("go.mod");
            if (Files.isRegularFile(mod)) {
                try {
                    for (String line : Files.readAllLines(mod, StandardCharsets.UTF_8)) {
                        String l = line.strip();
                        if (l.startsWith("module ") || l.startsWith("module\t")) {
                            String m = l.substring(6).strip();
                            int c = m.indexOf("//");
                            return new Module(d, (c >= 0 ? m.substring(0, c) : m).strip().replace("\"", ""));
                        }
                    }
                } catch (IOException e) {
                    return null;
                }
                return null;
            }
        }
        return null;
    }

    private static String generateMain(String importPath, Options options, List<String> tests, List<String> xtests,
                                       List<String> benchmarks, List<String> xbenchmarks, String testMain,
                                       boolean hasExternal) {
        boolean useTest = !tests.isEmpty() || !benchmarks.isEmpty() || "_test".equals(testMain);
        boolean useXtest = !xtests.isEmpty() || !xbenchmarks.isEmpty() || "_xtest".equals(testMain);
        StringBuilder b = new StringBuilder();
        b.append("// Code generated by tinygo test. DO NOT EDIT.\n\npackage main\n\nimport (\n\t\"os\"\n");
        if (testMain != null) {
            b.append("\t\"reflect\"\n");
        }
        b.append("\t\"testing\"\n\n");
        b.append(useTest ? "\t_test " : "\t_ ").append(quote(importPath)).append('\n');
        if (hasExternal) {
            b.append(useXtest ? "\t_xtest " : "\t_ ").append(quote(importPath + "_test")).append('\n');
        }
        b.append(")\n\n");
        b.append("type testDeps struct{}\n\nfunc (testDeps) ImportPath() string { return ")
                .append(quote(importPath)).append(" }\n\n");
        b.append("var tests = []testing.InternalTest{\n");
        for (String t : tests) {
            b.append("\t{").append(quote(t)).append(", _test.").append(t).append("},\n");
        }
        for (String t : xtests) {
            b.append("\t{").append(quote(t)).append(", _xtest.").append(t).append("},\n");
        }
        b.append("}\n\nvar benchmarks = []testing.InternalBenchmark{\n");
        for (String t : benchmarks) {
            b.append("\t{").append(quote(t)).append(", _test.").append(t).append("},\n");
        }
        for (String t : xbenchmarks) {
            b.append("\t{").append(quote(t)).append(", _xtest.").append(t).append("},\n");
        }
        b.append("}\n\nfunc main() {\n\tif len(os.Args) <= 1 {\n\t\tos.Args = []string{")
                .append(quote(lastElement(importPath) + ".test"));
        for (String a : options.args()) {
            b.append(", ").append(quote(a));
        }
        b.append("}\n\t}\n\tm := testing.MainStart(testDeps{}, tests, benchmarks, nil, nil)\n");
        if (testMain != null) {
            b.append("\t").append(testMain).append(".TestMain(m)\n");
            b.append("\tos.Exit(int(reflect.ValueOf(m).Elem().FieldByName(\"exitCode\").Int()))\n");
        } else {
            b.append("\tos.Exit(m.Run())\n");
        }
        b.append("}\n");
        return b.toString();
    }

    private static String lastElement(String importPath) {
        int slash = importPath.lastIndexOf('/');
        return slash < 0 ? importPath : importPath.substring(slash + 1);
    }

    /** A Go interpreted string literal for s. */
    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** The package cannot be tested; the message is for the user. */
    public static final class TestBuildException extends Exception {
        /**
         * An exception with a message for the user.
         *
         * @param message why the package cannot be tested, as go test words it
         */
        public TestBuildException(String message) {
            super(message);
        }
    }
}
