package org.tinygo4j.frontend.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tinygo4j.frontend.ast.Decl;
import org.tinygo4j.frontend.ast.Expr;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.ast.Spec;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;
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
 * Every problem is a Diagnostic; the result is always a LoadedProgram (possibly partial).
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
    private final Options options;
    private final LoadListener listener;
    private final Info info = new Info();

    /**
     * How to load beyond what to load: an overlay of in-memory file contents, the main
     * package as an explicit list of files (empty: LoadConfig's mainSource, a file or a
     * directory), a listener that hears the phases and may cancel, whether the
     * LoadedProgram's Info must cover the packages taken from a cache (code generation needs
     * them; a check that only wants diagnostics does not, and skips copying them), and
     * packages given as explicit files by import path (read through the overlay, build
     * constraints applied with a "_test" suffix ignored): `tinygo test` gives the package
     * under test with its _test.go files and the external test package this way. Added
     * files join a package found as usual (`tinygo test` of a standard package: ours or
     * GOROOT's files, plus the internal _test.go files of GOROOT's folder).
     */
    /** The error of package main without func main (a program's; gc's compile step alone does not ask). */
    public static final String NO_MAIN = "function main is undeclared in the main package";

    public record Options(Overlay overlay, List<Path> mainFiles, LoadListener listener, boolean cachedInfo,
                          Map<String, List<Path>> packageFiles, boolean requireBodies,
                          Map<String, List<Path>> addedFiles) {
        public static final Options DEFAULT = new Options(Overlay.NONE, List.of(), LoadListener.NONE, true);

        public Options {
            mainFiles = List.copyOf(mainFiles);
            packageFiles = Map.copyOf(packageFiles);
            addedFiles = Map.copyOf(addedFiles);
        }

        /**
         * requireBodies: the main package is complete, as go build compiles a package
         * without assembly files, so a function without a body and without a directive
         * that supplies one is "missing function body"; go tool compile (Go's test
         * suite) does not require it.
         */
        public Options(Overlay overlay, List<Path> mainFiles, LoadListener listener, boolean cachedInfo,
                       Map<String, List<Path>> packageFiles) {
            this(overlay, mainFiles, listener, cachedInfo, packageFiles, false, Map.of());
        }

        public Options withRequireBodies() {
            return new Options(overlay, mainFiles, listener, cachedInfo, packageFiles, true, addedFiles);
        }

        /**
         * {@return these options with files added to packages found as usual}
         *
         * @param added the files by import path (read through the overlay; build
         *              constraints applied with a "_test" suffix ignored)
         */
        public Options withAddedFiles(Map<String, List<Path>> added) {
            return new Options(overlay, mainFiles, listener, cachedInfo, packageFiles, requireBodies, added);
        }

        public Options(Overlay overlay, List<Path> mainFiles, LoadListener listener, boolean cachedInfo) {
            this(overlay, mainFiles, listener, cachedInfo, Map.of());
        }

        public Options(Overlay overlay, List<Path> mainFiles, LoadListener listener) {
            this(overlay, mainFiles, listener, true);
        }
    }

    /** A package whose files are parsed; checked once its imports are. */
    private static final class Unit {
        final String path;
        List<File> files;
        SourceRoot root;
        /** The selected files, kept when the unit may go into or come from the cache. */
        List<SourceFile> sources;
        /** A cache entry for the same files, taken if its imports turn out unchanged too. */
        PackageCache.Entry cached;
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
    /** The units visit is inside of, the outermost first: the import chain a cycle message prints. */
    private final List<Unit> chain = new ArrayList<>();
    /** The main package's import path as go build names it (module path plus folder, or command-line-arguments). */
    private String mainImportPath = "command-line-arguments";
    private Path moduleRoot;
    private String modulePath;
    /** The main module's build list; null outside a module. */
    private Modules modules;

    private Loader(LoadConfig config, Diagnostics diags, PackageCache cache, Options options) {
        this.config = config;
        this.cache = cache;
        this.options = options;
        this.listener = options.listener();
        this.universe = cache != null ? cache.universe() : new Universe();
        this.diags = diags;
        this.fileSet = diags.fileSet();
        this.constraints = new BuildConstraints(config.buildTags(), config.goos(), config.goarch());
        this.gorootConstraints = config.goroot() == null ? null : constraints.forRelease(config.goroot().release());
    }

    /**
     * Loads and checks the program described by config. Diagnostics must use the
     * FileSet the program's positions refer to (diags.fileSet()), which the LoadedProgram returns.
     */
    public static LoadedProgram load(LoadConfig config, Diagnostics diags) {
        return LargeStack.call("tinygo4j-load", () -> new Loader(config, diags, null, Options.DEFAULT).runOrStop());
    }

    /**
     * As {@link #load(LoadConfig, Diagnostics)}, reusing the packages of cache and adding
     * to it those this load checks cleanly; diags must be on cache.fileSet().
     */
    public static LoadedProgram load(LoadConfig config, Diagnostics diags, PackageCache cache) {
        return load(config, diags, cache, Options.DEFAULT);
    }

    /**
     * The general form: cache may be null; with a cache, diags must be on its FileSet or
     * on a child of it. The LoadedProgram lists every package in dependency order, cached ones
     * included, and its Info covers them all. A {@link java.util.concurrent.CancellationException}
     * from the listener propagates.
     */
    public static LoadedProgram load(LoadConfig config, Diagnostics diags, PackageCache cache, Options options) {
        if (cache != null && diags.fileSet() != cache.fileSet() && diags.fileSet().parent() != cache.fileSet()) {
            throw new IllegalArgumentException("diagnostics must use the cache's FileSet or a child of it");
        }
        return LargeStack.call("tinygo4j-load", () -> new Loader(config, diags, cache, options).runOrStop());
    }

    /** run(), ended by a package file that cannot be read: go build stops there too. */
    private LoadedProgram runOrStop() {
        try {
            return run();
        } catch (DirectorySourceRoot.UnreadableFile e) {
            diags.add(Diagnostic.plain(e.getMessage()));
            return new LoadedProgram(fileSet, List.of(), null, info, null);
        }
    }

    private LoadedProgram run() {
        listener.phaseStarted("load");
        List<SourceFile> mainFiles = readMain();
        if (mainFiles == null) {
            listener.phaseEnded("load");
            return new LoadedProgram(fileSet, List.of(), null, info, null);
        }
        Unit mainUnit = new Unit("main", parse(mainFiles, fileSet));
        mainUnit.sources = mainFiles;
        // implicit imports first: they precede main and everything that does not import them
        for (String imp : config.implicitImports()) {
            Unit u = resolve(imp, -1);
            if (u != null) {
                visit(u);
            }
        }
        visit(mainUnit);
        listener.phaseEnded("load");
        if (diags.hasErrors()) {
            // as gc: syntax errors and unresolvable imports stop the build before type checking
            return new LoadedProgram(fileSet, List.of(), null, info, null);
        }
        listener.phaseStarted("check");
        List<Package> pkgs = new ArrayList<>();
        for (Unit u : order) {
            listener.checkpoint();
            if (u.cached != null && importsUnchanged(u.cached)) {
                u.pkg = u.cached.pkg();
                if (options.cachedInfo()) {
                    info.addAll(u.cached.info());
                }
                listener.packageChecked(u.path, true);
            } else if (u.pkg == null) {
                if (u.cached != null) {
                    u.files = parse(u.sources, fileSetOf(u.root)); // an import changed: check it anew
                }
                checkAndCache(u);
                listener.packageChecked(u.path, false);
            }
            pkgs.add(u.pkg);
        }
        if (!diags.hasErrors() && "main".equals(mainUnit.pkg.name())
                && !(mainUnit.pkg.scope().lookup("main") instanceof org.tinygo4j.frontend.types.Func)) {
            diags.add(Diagnostic.plain(NO_MAIN));
        }
        listener.phaseEnded("check");
        return new LoadedProgram(fileSet, List.copyOf(pkgs), mainUnit.pkg, info, sourceDigest());
    }

    /**
     * The SHA-256 of what the program was built from: every package's import path and
     * its selected files' names and contents, in dependency order (see
     * {@link LoadedProgram#sourceDigest}).
     */
    private String sourceDigest() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (Unit u : order) {
            field(sha, u.path.getBytes(StandardCharsets.UTF_8));
            field(sha, Integer.toString(u.sources.size()).getBytes(StandardCharsets.UTF_8));
            for (SourceFile f : u.sources) {
                field(sha, f.displayPath().getBytes(StandardCharsets.UTF_8));
                field(sha, f.content());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** One length-prefixed field, so that no two different inputs hash the same bytes. */
    private static void field(MessageDigest sha, byte[] bytes) {
        int n = bytes.length;
        sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        sha.update(bytes);
    }

    /**
     * The main package's files (given, a directory's or one file), read through the
     * overlay; finds the main module from their directory. Null after a diagnostic.
     */
    private List<SourceFile> readMain() {
        Overlay overlay = options.overlay();
        if (!options.mainFiles().isEmpty()) {
            List<SourceFile> out = new ArrayList<>();
            for (Path p : options.mainFiles()) {
                try {
                    out.add(new SourceFile(p.toString(), overlay.read(p)));
                } catch (IOException e) {
                    diags.add(Diagnostic.plain("open " + p + ": no such file"));
                    return null;
                }
            }
            findModule(options.mainFiles().get(0).toAbsolutePath().getParent());
            return out;
        }
        Path main = config.mainSource();
        if (!overlay.exists(main)) {
            diags.add(Diagnostic.plain("stat " + main + ": no such file or directory"));
            return null;
        }
        boolean dir = overlay.isDirectory(main);
        findModule(dir ? main : main.toAbsolutePath().getParent());
        if (dir) {
            Path abs = main.toAbsolutePath().normalize();
            if (moduleRoot != null && abs.startsWith(moduleRoot)) {
                String rel = moduleRoot.relativize(abs).toString().replace('\\', '/');
                mainImportPath = rel.isEmpty() ? modulePath : modulePath + "/" + rel;
            }
            List<SourceFile> all = overlay.goFiles(main).orElse(List.of());
            List<SourceFile> files = all.stream().filter(f -> constraints.include(f.name(), f.content())).toList();
            if (files.isEmpty()) {
                // go build's words when only tests are there
                boolean tests = all.stream().anyMatch(f -> f.name().endsWith("_test.go"));
                diags.add(Diagnostic.plain("no " + (tests ? "non-test " : "") + "Go files in " + main.toAbsolutePath().normalize()));
                return null;
            }
            return files;
        }
        try {
            return List.of(new SourceFile(main.toString(), overlay.read(main)));
        } catch (IOException e) {
            diags.add(Diagnostic.plain("open " + main + ": " + e.getMessage()));
            return null;
        }
    }

    /** Cached packages' files go into the cache's FileSet, which outlives this load. */
    private FileSet fileSetOf(SourceRoot root) {
        return cache != null && cache.covers(root) ? cache.fileSet() : fileSet;
    }

    private boolean importsUnchanged(PackageCache.Entry e) {
        for (Map.Entry<String, Package> dep : e.deps().entrySet()) {
            Unit d = units.get(dep.getKey());
            if (d == null || d.pkg != dep.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Checks a unit; with a cache, into an Info of its own, kept if it checked cleanly. */
    private void checkAndCache(Unit u) {
        if (cache == null || !cache.covers(u.root)) {
            check(u, info);
            return;
        }
        Info own = new Info();
        int before = diags.count();
        check(u, own);
        info.addAll(own);
        if (diags.count() == before) {
            Map<String, Package> deps = new HashMap<>();
            for (String imp : importsOf(u)) {
                Unit d = units.get(imp);
                if (d != null) {
                    deps.put(imp, d.pkg);
                }
            }
            cache.put(u.path, new PackageCache.Entry(u.sources, u.pkg, own, importsOf(u), Map.copyOf(deps)));
        }
    }

    private List<File> parse(List<SourceFile> files, FileSet into) {
        List<File> out = new ArrayList<>();
        boolean cgo = config.buildTags().contains("cgo");
        for (SourceFile f : files) {
            File file = SourceParser.parse(into, f.displayPath(), f.content(), diags);
            // As go/build does with cgo disabled, a file that imports "C" is not part of the build.
            if (cgo || file.imports().stream().noneMatch(is -> "C".equals(importPath(is)))) {
                out.add(file);
            }
        }
        return out;
    }

    /**
     * Finds the main module: the nearest go.mod at or above dir. Its build list is
     * worked out from what the module cache has; a module missing there is an error only
     * when an import needs it.
     */
    private void findModule(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path mod = d.resolve("go.mod");
            if (options.overlay().exists(mod) && !options.overlay().isDirectory(mod)) {
                try {
                    modules = Modules.open(mod, config.modCache(), options.overlay());
                    modulePath = modules.path();
                    moduleRoot = modules.root();
                } catch (Modules.ModuleException e) {
                    diags.add(Diagnostic.plain(e.getMessage()));
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
        Optional<List<SourceFile>> files = Optional.empty();
        SourceRoot from = null;
        List<Path> given = options.packageFiles().get(path);
        if (given != null) {
            return resolveGiven(path, given, pos);
        }
        if (modulePath != null && (path.equals(modulePath) || path.startsWith(modulePath + "/"))) {
            String rel = path.equals(modulePath) ? "" : path.substring(modulePath.length() + 1);
            files = options.overlay().goFiles(moduleRoot.resolve(rel));
        } else if (modules != null) {
            Modules.Location loc = modules.locate(path);
            if (loc != null && loc.error() != null) {
                missing.put(path, loc.error());
                report(pos, loc.error());
                return null;
            }
            if (loc != null) {
                files = options.overlay().goFiles(loc.dir());
                if (files.isEmpty()) {
                    String msg = "cannot find package " + path + " in " + loc.dir();
                    missing.put(path, msg);
                    report(pos, msg);
                    return null;
                }
            }
        }
        GorootSourceRoot goroot = config.goroot();
        if (files.isEmpty() && goroot != null && config.preferGoroot().contains(path)) {
            files = goroot.packageFiles(path);
            from = goroot;
        }
        if (files.isEmpty()) {
            // the embedded roots combine: a package's files are those of every root that has
            // it (the runtime's and a board pack's runtime files, two packs' machine files),
            // and the build tags choose among them
            List<SourceFile> combined = new ArrayList<>();
            for (SourceRoot root : config.roots()) {
                Optional<List<SourceFile>> own = root.packageFiles(path);
                if (own.isPresent() && !own.get().isEmpty()) { // not a folder of subpackages only
                    combined.addAll(own.get());
                    from = from == null ? root : from;
                }
            }
            if (!combined.isEmpty() && goroot != null && select(combined, constraints).isEmpty()
                    && goroot.packageFiles(path).isPresent()) {
                // an embedded package for some targets only (syscall for wasip1 and the
                // AVR, where Go's does not compile): Go's serves the others
                combined.clear();
                from = null;
            }
            if (!combined.isEmpty()) {
                combined.sort(Comparator.comparing(SourceFile::name)); // as in one folder
                files = Optional.of(combined);
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
        listener.checkpoint();
        boolean cached = cache != null && cache.covers(from);
        if (from != null && from == goroot && !goroot.release().keepArchFiles().contains(path)
                && (goroot.release().neutralFiles().contains(path)
                    || declaresAssembly(selected, parse(selected, cached ? cache.fileSet() : fileSet), bc, goroot, path))) {
            // Go's package has assembly for this GOARCH: take the files it keeps for the others
            List<SourceFile> neutral = select(files.get(), bc.archNeutral());
            if (!neutral.isEmpty()) {
                selected = neutral;
            }
        }
        List<Path> added = options.addedFiles().get(path);
        if (added != null) {
            List<SourceFile> more = readGiven(path, added, pos, bc);
            if (more == null) {
                return null;
            }
            selected = new ArrayList<>(selected);
            selected.addAll(more);
        }
        if (cached) {
            PackageCache.Entry e = cache.lookup(path, selected);
            u = new Unit(path, e != null ? List.of() : parse(selected, cache.fileSet()));
            u.cached = e;
            u.sources = selected;
        } else {
            u = new Unit(path, parse(selected, fileSet));
            u.sources = selected;
        }
        u.root = from;
        units.put(path, u);
        return u;
    }

    /** A package of Options.packageFiles: its files read through the overlay, constraints applied. */
    private Unit resolveGiven(String path, List<Path> given, int pos) {
        List<SourceFile> selected = readGiven(path, given, pos, constraints);
        if (selected == null) {
            return null;
        }
        Unit u = new Unit(path, parse(selected, fileSet));
        u.sources = selected;
        units.put(path, u);
        return u;
    }

    /**
     * Files given by path, read through the overlay, those the constraints include (a
     * "_test" suffix ignored); null, after a diagnostic, when one cannot be read.
     */
    private List<SourceFile> readGiven(String path, List<Path> given, int pos, BuildConstraints bc) {
        List<SourceFile> selected = new ArrayList<>();
        for (Path p : given) {
            byte[] content;
            try {
                content = options.overlay().read(p);
            } catch (IOException e) {
                report(pos, "open " + p + ": no such file");
                missing.put(path, "open " + p + ": no such file");
                return null;
            }
            String name = p.getFileName().toString();
            String asBuilt = name.endsWith("_test.go") ? name.substring(0, name.length() - 8) + ".go" : name;
            if (bc.include(asBuilt, content)) {
                selected.add(new SourceFile(p.toString(), content));
            }
        }
        return selected;
    }

    private static List<SourceFile> select(List<SourceFile> files, BuildConstraints bc) {
        return files.stream().filter(f -> bc.include(f.name(), f.content())).toList();
    }

    /**
     * Whether a file chosen by architecture declares a function without a body that no
     * //go:linkname binds and that one of the package's .s files defines (which we never
     * assemble). A body-less function that no .s file defines is one Go's runtime pushes
     * into the package (os/signal's signal_recv, in a file for unix and js/wasm): ours
     * supplies it, and the architecture's files stay.
     */
    private static boolean declaresAssembly(List<SourceFile> sources, List<File> parsed, BuildConstraints bc,
                                            GorootSourceRoot goroot, String path) {
        Set<String> inAssembly = null;
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
                        if (inAssembly == null) {
                            inAssembly = goroot.assemblyFunctions(path);
                        }
                        if (fd.recv() != null || inAssembly.contains(fd.name().name())) {
                            return true;
                        }
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
        visit(u, -1);
    }

    /** visit, for a unit imported at pos (-1 for the main package and implicit imports). */
    private void visit(Unit u, int pos) {
        if (u.done) {
            return;
        }
        if (!onePackage(u, pos)) {
            u.done = true;
            return;
        }
        u.visiting = true;
        chain.add(u);
        try {
            visitImports(u);
        } finally {
            chain.remove(chain.size() - 1);
        }
    }

    private void visitImports(Unit u) {
        if (u.cached != null) {
            // checked before from the same files: its imports resolved then, so no position is needed
            for (String path : u.cached.imports()) {
                Unit dep = resolve(path, -1);
                if (dep != null && !dep.visiting) {
                    visit(dep);
                }
            }
            u.visiting = false;
            u.done = true;
            order.add(u);
            return;
        }
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
                    // go build's words: the chain from the main package to the repeated import
                    StringBuilder msg = new StringBuilder("package ").append(importPathOf(chain.get(0)));
                    for (Unit c : chain.subList(1, chain.size())) {
                        msg.append("\n\timports ").append(c.path);
                    }
                    diags.add(Diagnostic.plain(msg.append("\n\timports ").append(path).append(": import cycle not allowed")
                            .toString()));
                    continue;
                }
                visit(dep, is.path().pos());
            }
        }
        u.visiting = false;
        u.done = true;
        order.add(u);
    }

    private String importPathOf(Unit u) {
        return u.path.equals("main") && u.root == null ? mainImportPath : u.path;
    }

    /**
     * Whether a unit's files all name one package, as go/build requires of a folder (it
     * reports the first file, by name, whose clause differs from the first file's;
     * "documentation" files are ignored as go/build ignores them). Reported at the import
     * that named the folder, if any.
     */
    private boolean onePackage(Unit u, int pos) {
        File first = null;
        for (File f : u.files) {
            String name = f.packageName() == null ? null : f.packageName().name();
            if (name == null || name.equals("documentation")
                    || f.path().endsWith("_test.go") && name.endsWith("_test")) { // an external test, its own package
                continue;
            }
            if (first == null) {
                first = f;
            } else if (!name.equals(first.packageName().name())) {
                Path a = Path.of(first.path());
                Path b = Path.of(f.path());
                report(pos, "found packages " + first.packageName().name() + " (" + a.getFileName() + ") and " + name + " ("
                        + b.getFileName() + ") in " + b.toAbsolutePath().normalize().getParent());
                return false;
            }
        }
        return true;
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

    /** The import paths a unit's files name, as visit follows them. */
    private static List<String> importsOf(Unit u) {
        List<String> out = new ArrayList<>();
        for (File f : u.files) {
            for (Spec.ImportSpec is : f.imports()) {
                String path = importPath(is);
                if (path != null && !path.isEmpty() && !path.equals("unsafe") && !path.equals("C")
                        && validImportPath(path) && !out.contains(path)) {
                    out.add(path);
                }
            }
        }
        return out;
    }

    /** Whether a package belongs to the main module (so do files named on the command line inside it). */
    private boolean inMainModule(String path) {
        return path.equals(mainImportPath) || path.equals(modulePath) || path.startsWith(modulePath + "/");
    }

    private void check(Unit u, Info info) {
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
            } else if (modules != null && modules.goVersion() != null && inMainModule(importPathOf(u))) {
                // as gc's -lang from go.mod's go directive (other modules stay at the newest)
                checker.setLanguageVersion("go" + modules.goVersion());
            }
            if (config.std()) {
                checker.compileAsStd();
            }
            if (options.requireBodies()) {
                checker.requireFunctionBodies();
            }
        }
        checker.checkFiles(u.files);
    }
}
