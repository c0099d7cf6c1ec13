package org.tinygo4j.frontend.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.syntax.FileSet;
import org.tinygo4j.frontend.syntax.SourceParser;
import org.tinygo4j.frontend.types.Checker;
import org.tinygo4j.frontend.types.ConstantOps;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.Universe;

/**
 * Loads a program: reads the main package (a file or a directory), follows imports
 * through the main module (go.mod) and the source roots, applies build constraints,
 * parses every file, reports missing packages and import cycles at the import, and
 * type-checks the packages in dependency order (each after its imports, main last).
 * Every problem is a Diagnostic; the result is always a Program (possibly partial).
 */
public final class Loader {
    private final LoadConfig config;
    private final Diagnostics diags;
    private final FileSet fileSet;
    private final BuildConstraints constraints;
    /** The constraints for packages from the GOROOT (its release tags, pure-Go tags); null without one. */
    private final BuildConstraints gorootConstraints;
    private final Universe universe;
    private final PackageCache cache;
    private final Info info = new Info();

    /** A package whose files are parsed; checked once its imports are. */
    private static final class Unit {
        final String path;
        final List<File> files;
        SourceRoot root;
        Package pkg;
        boolean visiting;
        boolean done;

        Unit(String path, List<File> files) {
            this.path = path;
            this.files = files;
        }
    }

    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, String> missing = new HashMap<>();
    private final List<Unit> order = new ArrayList<>();
    private Path moduleRoot;
    private String modulePath;

    private Loader(LoadConfig config, Diagnostics diags, PackageCache cache) {
        this.config = config;
        this.cache = cache;
        this.universe = cache != null ? cache.universe() : new Universe();
        this.diags = diags;
        this.fileSet = diags.fileSet();
        this.constraints = new BuildConstraints(config.buildTags(), config.goos(), config.goarch());
        this.gorootConstraints = config.goroot() == null ? null : constraints.forRelease(config.goroot().release());
    }

    /**
     * Loads and checks the program described by config. Diagnostics must use the
     * FileSet the program's positions refer to (diags.fileSet()), which the Program returns.
     */
    public static Program load(LoadConfig config, Diagnostics diags) {
        return LargeStack.call("tinygo4j-load", () -> new Loader(config, diags, null).run());
    }

    /**
     * As {@link #load(LoadConfig, Diagnostics)}, reusing the packages of cache and adding
     * to it those this load checks cleanly; diags must be on cache.fileSet().
     */
    public static Program load(LoadConfig config, Diagnostics diags, PackageCache cache) {
        if (diags.fileSet() != cache.fileSet()) {
            throw new IllegalArgumentException("diagnostics must use the cache's FileSet");
        }
        return LargeStack.call("tinygo4j-load", () -> new Loader(config, diags, cache).run());
    }

    private Program run() {
        Path main = config.mainSource();
        if (!Files.exists(main)) {
            diags.add(Diagnostic.plain("stat " + main + ": no such file or directory"));
            return new Program(fileSet, List.of(), null, info);
        }
        Path mainDir = Files.isDirectory(main) ? main : main.toAbsolutePath().getParent();
        findModule(mainDir);
        List<SourceFile> mainFiles;
        if (Files.isDirectory(main)) {
            mainFiles = DirectorySourceRoot.readGoFiles(main).orElse(List.of()).stream()
                    .filter(f -> constraints.include(f.name(), f.content())).toList();
            if (mainFiles.isEmpty()) {
                diags.add(Diagnostic.plain("no Go files in " + main.toAbsolutePath()));
                return new Program(fileSet, List.of(), null, info);
            }
        } else {
            try {
                mainFiles = List.of(new SourceFile(main.toString(), Files.readAllBytes(main)));
            } catch (IOException e) {
                diags.add(Diagnostic.plain("open " + main + ": " + e.getMessage()));
                return new Program(fileSet, List.of(), null, info);
            }
        }
        Unit mainUnit = new Unit("main", parse(mainFiles));
        // implicit imports first: they precede main and everything that does not import them
        for (String imp : config.implicitImports()) {
            Unit u = resolve(imp, -1);
            if (u != null) {
                visit(u);
            }
        }
        visit(mainUnit);
        if (diags.hasErrors()) {
            // as gc: syntax errors and unresolvable imports stop the build before type checking
            return new Program(fileSet, List.of(), null, info);
        }
        List<Package> pkgs = new ArrayList<>();
        for (Unit u : order) {
            if (u.pkg == null) {
                int before = diags.count();
                check(u);
                if (cache != null && cache.covers(u.root) && diags.count() == before) {
                    cache.put(u.path, u.pkg);
                }
            }
            pkgs.add(u.pkg);
        }
        if (!diags.hasErrors() && "main".equals(mainUnit.pkg.name())
                && !(mainUnit.pkg.scope().lookup("main") instanceof org.tinygo4j.frontend.types.Func)) {
            diags.add(Diagnostic.plain("function main is undeclared in the main package"));
        }
        return new Program(fileSet, List.copyOf(pkgs), mainUnit.pkg, info);
    }

    private List<File> parse(List<SourceFile> files) {
        List<File> out = new ArrayList<>();
        boolean cgo = config.buildTags().contains("cgo");
        for (SourceFile f : files) {
            File file = SourceParser.parse(fileSet, f.displayPath(), f.content(), diags);
            // As go/build does with cgo disabled, a file that imports "C" is not part of the build.
            if (cgo || file.imports().stream().noneMatch(is -> "C".equals(importPath(is)))) {
                out.add(file);
            }
        }
        return out;
    }

    private void findModule(Path dir) {
        for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
            Path mod = d.resolve("go.mod");
            if (Files.isRegularFile(mod)) {
                try {
                    for (String line : Files.readAllLines(mod)) {
                        String l = line.strip();
                        if (l.startsWith("module ") || l.startsWith("module\t")) {
                            String m = l.substring(6).strip();
                            if (m.startsWith("\"") && m.endsWith("\"") && m.length() >= 2) {
                                m = m.substring(1, m.length() - 1);
                            }
                            int comment = m.indexOf("//");
                            modulePath = (comment >= 0 ? m.substring(0, comment) : m).strip();
                            moduleRoot = d;
                            return;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return;
            }
        }
    }

    /** The unit for an import path, parsed on first use; null (after a diagnostic) if unavailable. */
    private Unit resolve(String path, int pos) {
        Unit u = units.get(path);
        if (u != null) {
            return u;
        }
        if (missing.containsKey(path)) {
            if (pos >= 0) {
                diags.error(pos, missing.get(path));
            }
            return null;
        }
        if (cache != null && cache.get(path) != null) {
            u = new Unit(path, List.of());
            u.pkg = cache.get(path);
            u.done = true;
            units.put(path, u);
            order.add(u);
            return u;
        }
        Optional<List<SourceFile>> files = Optional.empty();
        SourceRoot from = null;
        if (modulePath != null && (path.equals(modulePath) || path.startsWith(modulePath + "/"))) {
            String rel = path.equals(modulePath) ? "" : path.substring(modulePath.length() + 1);
            files = DirectorySourceRoot.readGoFiles(moduleRoot.resolve(rel));
        }
        GorootSourceRoot goroot = config.goroot();
        if (files.isEmpty() && goroot != null && config.incomplete().contains(path)) {
            files = goroot.packageFiles(path);
            from = goroot;
        }
        for (SourceRoot root : config.roots()) {
            if (files.isPresent()) {
                break;
            }
            files = root.packageFiles(path);
            from = root;
            if (files.isPresent() && files.get().isEmpty()) {
                files = Optional.empty(); // a folder of subpackages only (unicode for unicode/utf8)
            }
        }
        if (files.isEmpty() && goroot != null) {
            files = goroot.packageFiles(path);
            from = goroot;
        }
        if (files.isEmpty()) {
            String msg = notFound(path);
            missing.put(path, msg);
            report(pos, msg);
            return null;
        }
        BuildConstraints bc = from != null && from == goroot ? gorootConstraints : constraints;
        List<SourceFile> selected = select(files.get(), bc);
        if (selected.isEmpty()) {
            String msg = "could not import " + path + " (build constraints exclude all Go files)";
            missing.put(path, msg);
            report(pos, msg);
            return null;
        }
        List<File> parsed = parse(selected);
        if (from != null && from == goroot && !goroot.release().keepArchFiles().contains(path)
                && declaresAssembly(selected, parsed, bc)) {
            // Go's package has assembly for this GOARCH: take the files it keeps for the others
            List<SourceFile> neutral = select(files.get(), bc.archNeutral());
            if (!neutral.isEmpty()) {
                selected = neutral;
                parsed = parse(neutral);
            }
        }
        u = new Unit(path, parsed);
        u.root = from;
        units.put(path, u);
        return u;
    }

    private static List<SourceFile> select(List<SourceFile> files, BuildConstraints bc) {
        return files.stream().filter(f -> bc.include(f.name(), f.content())).toList();
    }

    /**
     * Whether a file chosen by architecture declares a function without a body that no
     * //go:linkname binds: one implemented in a .s file, which we never assemble.
     */
    private static boolean declaresAssembly(List<SourceFile> sources, List<File> parsed, BuildConstraints bc) {
        for (SourceFile sf : sources) {
            if (!bc.namesArch(sf.name(), sf.content())) {
                continue;
            }
            for (File f : parsed) {
                if (!f.path().equals(sf.displayPath())) {
                    continue;
                }
                for (Decl d : f.decls()) {
                    if (d instanceof Decl.FuncDecl fd && fd.body() == null && fd.doc().directive("go:linkname") == null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The diagnostic for an import no root has. A path whose first element has no dot
     * is reserved for the standard library: without a GOROOT we say it is not built in.
     */
    private String notFound(String path) {
        int slash = path.indexOf('/');
        boolean std = !(slash < 0 ? path : path.substring(0, slash)).contains(".");
        if (std && config.goroot() == null) {
            return "package " + path + " is not built in; install Go (or set GOROOT) to compile it from Go's sources";
        }
        if (std) {
            return "package " + path + " is not in GOROOT (" + config.goroot().src().resolve(path) + ")";
        }
        return "could not import " + path + " (cannot find package)";
    }

    private void report(int pos, String msg) {
        if (pos >= 0) {
            diags.error(pos, msg);
        } else {
            diags.add(Diagnostic.plain(msg));
        }
    }

    /** Depth-first over imports; appends each unit after its dependencies; reports cycles. */
    private void visit(Unit u) {
        if (u.done) {
            return;
        }
        u.visiting = true;
        for (File f : u.files) {
            for (Spec.ImportSpec is : f.imports()) {
                String path = importPath(is);
                if (path == null || path.equals("unsafe") || path.equals("C")) {
                    continue;
                }
                if (path.isEmpty()) {
                    continue; // the checker reports it
                }
                if (!validImportPath(path)) {
                    diags.error(is.path().pos(), "invalid import path: " + is.path().value());
                    continue;
                }
                Unit dep = resolve(path, is.path().pos());
                if (dep == null) {
                    continue;
                }
                if (dep.visiting) {
                    diags.error(is.path().pos(), "import cycle not allowed: " + u.path + " imports " + path);
                    continue;
                }
                visit(dep);
            }
        }
        u.visiting = false;
        u.done = true;
        order.add(u);
    }

    /** Go's import path rules (go/build): no empty path, control characters, spaces, backslash or punctuation. */
    static boolean validImportPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char ch = path.charAt(i);
            if (ch < 0x21 || ch == 0x7f || "!\"#$%&'()*,:;<=>?[\\]^`{|}\uFFFD".indexOf(ch) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String importPath(Spec.ImportSpec is) {
        var c = ConstantOps.fromLiteral(Expr.LitKind.STRING, is.path().value());
        return c == null ? null : c.toString();
    }

    private void check(Unit u) {
        u.pkg = new Package(u.path, "", universe.scope());
        Checker.Importer importer = (path, pos) -> {
            Unit dep = units.get(path);
            return dep == null || dep.pkg == null || dep.visiting ? null : dep.pkg;
        };
        Checker checker = new Checker(universe, u.pkg, info, diags, config.sizes(), importer);
        if (u.root != null) {
            checker.allowRuntimeDirectives(); // only the main package is held to user-code directive rules
        } else {
            if (config.langVersion() != null) {
                checker.setLanguageVersion(config.langVersion());
            }
            if (config.std()) {
                checker.compileAsStd();
            }
        }
        checker.checkFiles(u.files);
    }
}
