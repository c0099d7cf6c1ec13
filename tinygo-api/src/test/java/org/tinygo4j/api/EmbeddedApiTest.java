package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.boards.config.BuildOptions;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.loader.LoadConfig;
import org.tinygo4j.frontend.loader.LoadedProgram;
import org.tinygo4j.frontend.loader.Loader;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.types.Func;
import org.tinygo4j.frontend.types.Interface;
import org.tinygo4j.frontend.types.Named;
import org.tinygo4j.frontend.types.NamedConst;
import org.tinygo4j.frontend.types.Obj;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.Pointer;
import org.tinygo4j.frontend.types.Struct;
import org.tinygo4j.frontend.types.Type;
import org.tinygo4j.frontend.types.TypeName;
import org.tinygo4j.frontend.types.Var;

/**
 * Every embedded standard-library package exports the API of Go 1.19's package, as
 * GOROOT's api/go1*.txt files list it (the entries without a platform and those for
 * linux-amd64): functions, types, variables, constants, methods, struct fields and
 * interface methods, compared by name (not by signature) with the declarations the
 * type checker finds in our package, loaded for the host without a GOROOT.
 *
 * <p>What is still missing is listed in src/test/resources/embedded-api-missing.txt,
 * which may only shrink: a name missing and not listed fails, and so does a listed
 * name that our package now has (delete its line). {@code -Dtinygo4j.api.write=true}
 * rewrites the list.
 */
class EmbeddedApiTest {
    private static final Path API = Path.of("/usr/lib/go-1.19/api");
    private static final Path EMBEDDED = Path.of("..", "tinygo-runtime", "src", "main", "go");
    private static final Path KEEP = Path.of("src", "test", "resources", "embedded-api-missing.txt");
    private static final Pattern LINE = Pattern.compile(
            "pkg ([^ ,]+)(?: \\(([^)]*)\\))?, (func|type|var|const|method) (.*)");

    @TempDir
    Path dir;

    /** Go's API: package -> entries ("func F", "type T", "method T.M", "field T.F", "imethod I.M", ...). */
    static TreeMap<String, Set<String>> goApi() throws IOException {
        TreeMap<String, Set<String>> api = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(API)) {
            files = s.filter(p -> p.getFileName().toString().matches("go1(\\.\\d+)?\\.txt")).sorted().toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                Matcher m = LINE.matcher(line);
                if (!m.matches() || m.group(2) != null && !m.group(2).equals("linux-amd64")) {
                    continue;
                }
                String entry = entry(m.group(3), m.group(4));
                if (entry != null) {
                    api.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(entry);
                }
            }
        }
        return api;
    }

    private static String entry(String kind, String rest) {
        if (kind.equals("method")) {
            Matcher m = Pattern.compile("\\(\\*?(\\w+)(?:\\[[^]]*])?\\) (\\w+).*").matcher(rest);
            return m.matches() ? "method " + m.group(1) + "." + m.group(2) : null;
        }
        Matcher name = Pattern.compile("(\\w+)(?:\\[[^]]*])?(.*)").matcher(rest);
        if (!name.matches()) {
            return null;
        }
        String n = name.group(1);
        String tail = name.group(2);
        if (kind.equals("type")) {
            Matcher member = Pattern.compile(" (struct|interface), (?:embedded \\*?(?:\\w+\\.)?)?(\\w+).*").matcher(tail);
            if (member.matches()) {
                if (member.group(2).equals("unexported")) {
                    return null; // "unexported methods"
                }
                return (member.group(1).equals("struct") ? "field " : "imethod ") + n + "." + member.group(2);
            }
        }
        return kind + " " + n;
    }

    /** Our package's exported declarations, as entries. */
    static Set<String> ours(Package p) {
        Set<String> out = new TreeSet<>();
        for (Obj o : p.scope().elems().values()) {
            if (!o.exported()) {
                continue;
            }
            switch (o) {
                case Func f -> out.add("func " + f.name());
                case NamedConst c -> out.add("const " + c.name());
                case Var v -> out.add("var " + v.name());
                case TypeName t -> {
                    out.add("type " + t.name());
                    // an alias (os.PathError = fs.PathError) has the methods of the type it names,
                    // which Go's API lists under the alias's package where the type once lived
                    if (t.type() instanceof Named named) {
                        for (Func m : named.methods()) {
                            if (m.exported()) {
                                out.add("method " + t.name() + "." + m.name());
                            }
                        }
                        // Go's API lists the methods promoted through embedded fields too
                        promotedMethods(named, new HashSet<>(), m -> out.add("method " + t.name() + "." + m));
                    }
                    if (t.type().underlying() instanceof Struct s) {
                        for (Var f : s.fields()) {
                            if (f.exported()) {
                                out.add("field " + t.name() + "." + f.name());
                            }
                        }
                    } else if (t.type().underlying() instanceof Interface i) {
                        for (Func m : i.allMethods()) {
                            if (m.exported()) {
                                out.add("imethod " + t.name() + "." + m.name());
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** Calls add with the exported methods that embedded fields promote into t, at any depth. */
    private static void promotedMethods(Type t, Set<Type> seen, Consumer<String> add) {
        if (!(t.underlying() instanceof Struct s)) {
            return;
        }
        for (Var f : s.fields()) {
            if (!f.embedded()) {
                continue;
            }
            Type ft = f.type() instanceof Pointer p ? p.elem() : f.type();
            if (!seen.add(ft)) {
                continue;
            }
            if (ft instanceof Named n) {
                n.methods().stream().filter(Func::exported).forEach(m -> add.accept(m.name()));
            }
            if (ft.underlying() instanceof Interface i) {
                i.allMethods().stream().filter(Func::exported).forEach(m -> add.accept(m.name()));
            }
            promotedMethods(ft, seen, add);
        }
    }

    /** The embedded packages that Go's API knows (folders with Go files of their own). */
    static List<String> embeddedStdPackages(Set<String> known) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(EMBEDDED)) {
            for (Path d : s.filter(Files::isDirectory).sorted().toList()) {
                String path = EMBEDDED.relativize(d).toString().replace('\\', '/');
                boolean hasGo;
                try (Stream<Path> fs = Files.list(d)) {
                    hasGo = fs.anyMatch(f -> f.toString().endsWith(".go"));
                }
                if (hasGo && known.contains(path)) {
                    out.add(path);
                }
            }
        }
        return out;
    }

    @Test
    void embeddedPackagesExportGosApiOrListWhatIsMissing() throws Exception {
        assumeTrue(Files.isDirectory(API), "needs Go 1.19's api files (golang-1.19-go)");
        TreeMap<String, Set<String>> api = goApi();
        List<String> pkgs = embeddedStdPackages(api.keySet());
        assertFalse(pkgs.isEmpty());
        StringBuilder main = new StringBuilder("package main\n\nimport (\n");
        for (String p : pkgs) {
            main.append("\t_ \"").append(p).append("\"\n");
        }
        main.append(")\n\nfunc main() {}\n");
        Path src = dir.resolve("main.go");
        Files.writeString(src, main);
        BuildConfig config = BuildConfig.resolve(TargetRegistry.load(getClass().getClassLoader()).resolve("host"),
                BuildOptions.defaults());
        org.tinygo4j.frontend.types.TypeSizes sizes = new org.tinygo4j.frontend.types.TypeSizes(config.pointerSize(),
                config.intSize(), config.maxAlign());
        // with Go's sources, as a compilation has them: embedded files built only then
        // (strings' case mapping through package unicode) count; every embedded package
        // is ours (none is replaced by Go's, as math is in a compilation)
        var goroot = GorootLocator.system().locate().root();
        assumeTrue(goroot != null, "needs Go's sources");
        LoadConfig lc = new LoadConfig(List.of(new RuntimeSourceRoot()), src, config.buildTags(), config.goos(),
                config.goarch(), sizes, List.of("runtime")).withGoroot(goroot, Set.of());
        Diagnostics diags = new Diagnostics(new FileSet());
        LoadedProgram loaded = Loader.load(lc, diags);
        assertFalse(diags.hasErrors(), () -> diags.sorted().stream().map(Object::toString)
                .collect(java.util.stream.Collectors.joining("\n")));

        List<String> missing = new ArrayList<>();
        for (String path : pkgs) {
            Package p = loaded.packages().stream().filter(q -> q.path().equals(path)).findFirst().orElseThrow();
            if (p.files().stream().allMatch(f -> Path.of(f.path()).startsWith(goroot.src()))) {
                continue; // embedded for other targets only (syscall: wasip1, AVR); Go's on the host
            }
            Set<String> have = ours(p);
            for (String e : api.get(path)) {
                if (!have.contains(e)) {
                    missing.add(path + ": " + e);
                }
            }
        }
        if (Boolean.getBoolean("tinygo4j.api.write")) {
            Files.write(KEEP, missing, StandardCharsets.UTF_8);
        }
        List<String> keep = Files.readAllLines(KEEP, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<String> unlisted = missing.stream().filter(e -> !keep.contains(e)).toList();
        List<String> stale = keep.stream().filter(e -> !missing.contains(e)).toList();
        assertTrue(unlisted.isEmpty(), () -> "embedded packages lack Go's API (complete them, or list in " + KEEP
                + "):\n" + String.join("\n", unlisted));
        assertTrue(stale.isEmpty(), () -> "listed as missing but present now (delete these lines from " + KEEP
                + "):\n" + String.join("\n", stale));
    }
}
