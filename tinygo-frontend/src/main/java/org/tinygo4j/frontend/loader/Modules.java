package org.tinygo4j.frontend.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The modules a program in a Go module builds with, found without any network: the main
 * module's go.mod, its require and replace directives, and the requirements of the
 * modules it requires (from their go.mod files in the module cache), combined by
 * minimal version selection. An import path belongs to the module whose path is its
 * longest prefix; that module's directory is, in this order, the vendor/ folder (when
 * vendor/modules.txt exists and the go directive is 1.14 or later, as the go command's
 * default -mod=vendor), a local replacement directory, or GOMODCACHE/path@version with
 * Go's case encoding ("!x" for "X"). go.sum is not checked: nothing is downloaded.
 */
public final class Modules {
    /** Where an import path's files are: a directory, or the error that says why there is none. */
    public record Location(Path dir, String error) {
        static Location at(Path dir) {
            return new Location(dir, null);
        }

        static Location failed(String error) {
            return new Location(null, error);
        }
    }

    /** A module path and version; version is null for a local directory replacement. */
    record Version(String path, String version) {}

    /** What a replace directive gives: another module version, or a directory. */
    private record Target(String path, String version, Path dir) {}

    private final Path root;
    private final String path;
    private final String goVersion;
    private final Path modCache;
    private final Overlay overlay;
    /** replace directives: "path" (any version) or "path@version" to the replacement. */
    private final Map<String, Target> replace = new LinkedHashMap<>();
    /** The build list without the main module: module path to selected version. */
    private final Map<String, String> selected = new LinkedHashMap<>();
    /** With vendoring: the modules vendor/modules.txt lists, path to version; null otherwise. */
    private Map<String, String> vendored;

    private Modules(Path root, String path, String goVersion, Path modCache, Overlay overlay) {
        this.root = root;
        this.path = path;
        this.goVersion = goVersion;
        this.modCache = modCache;
        this.overlay = overlay;
    }

    /** The main module's path (its go.mod's module line). */
    public String path() {
        return path;
    }

    /** The folder holding the main module's go.mod. */
    public Path root() {
        return root;
    }

    /** The main module's go directive ("1.19"), or null without one. */
    public String goVersion() {
        return goVersion;
    }

    /** Whether packages of other modules come from vendor/. */
    public boolean vendoring() {
        return vendored != null;
    }

    /**
     * Reads the main module whose go.mod is goMod (through overlay) and works out its build
     * list; modCache is GOMODCACHE (null: none, every required module is then missing).
     *
     * @throws ModuleException for a go.mod that cannot be read or parsed
     */
    public static Modules open(Path goMod, Path modCache, Overlay overlay) throws ModuleException {
        GoMod main = GoMod.parse(goMod.toString(), read(overlay, goMod));
        if (main.module == null) {
            throw new ModuleException(goMod + ": no module declaration in go.mod");
        }
        Path root = goMod.toAbsolutePath().getParent();
        Modules m = new Modules(root, main.module, main.go, modCache, overlay);
        for (GoMod.Replace r : main.replaces) {
            String key = r.oldVersion() == null ? r.oldPath() : r.oldPath() + "@" + r.oldVersion();
            Target t = r.newVersion() == null
                    ? new Target(r.newPath(), null, root.resolve(r.newPath()).normalize())
                    : new Target(r.newPath(), r.newVersion(), null);
            m.replace.put(key, t);
        }
        Path modulesTxt = root.resolve("vendor").resolve("modules.txt");
        if (overlay.exists(modulesTxt) && main.go != null && compareGo(main.go, "1.14") >= 0) {
            m.vendored = new LinkedHashMap<>();
            for (String line : new String(read(overlay, modulesTxt), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.strip().split("\\s+");
                if (f.length >= 3 && f[0].equals("#") && !f[1].startsWith("#")) {
                    m.vendored.put(f[1], f[2]);
                }
            }
            return m;
        }
        m.select(main);
        return m;
    }

    /** Minimal version selection over the go.mod files reachable from the main module's. */
    private void select(GoMod main) {
        Deque<Version> work = new ArrayDeque<>();
        Set<Version> seen = new HashSet<>();
        for (Version v : main.requires) {
            work.add(v);
        }
        while (!work.isEmpty()) {
            Version v = work.poll();
            if (v.path().equals(path) || !seen.add(v)) {
                continue;
            }
            String cur = selected.get(v.path());
            if (cur == null || Semver.compare(v.version(), cur) > 0) {
                selected.put(v.path(), v.version());
            }
            GoMod dep = dependencyGoMod(v);
            if (dep != null) {
                work.addAll(dep.requires);
            }
        }
    }

    /** The go.mod of a required module version (after replacement), or null if the cache lacks it. */
    private GoMod dependencyGoMod(Version v) {
        Target t = replacement(v.path(), v.version());
        List<Path> candidates = new ArrayList<>();
        if (t != null && t.dir() != null) {
            candidates.add(t.dir().resolve("go.mod"));
        } else if (modCache != null) {
            String p = t != null ? t.path() : v.path();
            String ver = t != null ? t.version() : v.version();
            candidates.add(modCache.resolve("cache").resolve("download").resolve(escape(p)).resolve("@v")
                    .resolve(escape(ver) + ".mod"));
            candidates.add(modCache.resolve(escape(p) + "@" + escape(ver)).resolve("go.mod"));
        }
        for (Path c : candidates) {
            if (overlay.exists(c) && !overlay.isDirectory(c)) {
                try {
                    return GoMod.parse(c.toString(), read(overlay, c));
                } catch (ModuleException e) {
                    return null; // a broken dependency go.mod adds no requirements
                }
            }
        }
        return null;
    }

    private Target replacement(String modPath, String version) {
        Target t = version == null ? null : replace.get(modPath + "@" + version);
        return t != null ? t : replace.get(modPath);
    }

    /**
     * Where the package importPath is, or null when no module of the build list provides
     * it (then it is a standard-library path, or missing). The main module is not
     * consulted here.
     */
    public Location locate(String importPath) {
        if (vendored != null) {
            String mod = longestPrefix(importPath, vendored.keySet());
            if (mod == null) {
                return isStd(importPath) ? null : Location.failed("cannot find module providing package "
                        + importPath + ": import lookup disabled by -mod=vendor");
            }
            return Location.at(root.resolve("vendor").resolve(importPath));
        }
        Set<String> candidates = new HashSet<>(selected.keySet());
        for (String k : replace.keySet()) {
            if (!k.contains("@")) {
                candidates.add(k); // a replaced module provides packages even when no require names it
            }
        }
        String mod = longestPrefix(importPath, candidates);
        if (mod == null) {
            return isStd(importPath) ? null : Location.failed("no required module provides package " + importPath
                    + "; to add it: go get " + importPath);
        }
        String version = selected.get(mod);
        String rel = importPath.equals(mod) ? "" : importPath.substring(mod.length() + 1);
        Target t = replacement(mod, version);
        Path dir;
        String name;
        if (t != null && t.dir() != null) {
            if (!overlay.isDirectory(t.dir())) {
                return Location.failed("replacement directory " + t.dir() + " does not exist (replace " + mod
                        + " => " + t.path() + ")");
            }
            dir = t.dir();
            name = mod + " => " + t.path();
        } else {
            String p = t != null ? t.path() : mod;
            String v = t != null ? t.version() : version;
            if (v == null) {
                return Location.failed("no required module provides package " + importPath + "; to add it: go get "
                        + importPath);
            }
            name = p + "@" + v;
            if (modCache == null) {
                return Location.failed(name + ": no module cache (set GOMODCACHE or GOPATH); run 'go mod download "
                        + p + "'");
            }
            dir = modCache.resolve(escape(p) + "@" + escape(v));
            if (!overlay.isDirectory(dir)) {
                return Location.failed(name + ": module not in the module cache (" + dir + "); run 'go mod download "
                        + p + "' (tinygo never downloads)");
            }
        }
        Path pkg = rel.isEmpty() ? dir : dir.resolve(rel);
        if (!overlay.isDirectory(pkg)) {
            return Location.failed("module " + name + " found, but does not contain package " + importPath);
        }
        return Location.at(pkg);
    }

    private static boolean isStd(String importPath) {
        int slash = importPath.indexOf('/');
        return !(slash < 0 ? importPath : importPath.substring(0, slash)).contains(".");
    }

    private static String longestPrefix(String importPath, Iterable<String> modules) {
        String best = null;
        for (String m : modules) {
            if ((importPath.equals(m) || importPath.startsWith(m + "/")) && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }

    /** Go's module cache encoding of a path or version: each upper-case letter becomes '!' and its lower case. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                b.append('!').append((char) (c + ('a' - 'A')));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Compares go directive versions such as "1.9" and "1.14". */
    static int compareGo(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? parseOr0(x[i]) : 0;
            int q = i < y.length ? parseOr0(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    private static int parseOr0(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    private static byte[] read(Overlay overlay, Path p) throws ModuleException {
        try {
            return overlay.read(p);
        } catch (IOException e) {
            throw new ModuleException("cannot read " + p + ": " + e.getMessage());
        }
    }

    /** The default module cache as the go command finds it: $GOMODCACHE, else the first $GOPATH entry's pkg/mod, else ~/go/pkg/mod. */
    public static Path defaultModCache(Map<String, String> env) {
        String c = env.get("GOMODCACHE");
        if (c != null && !c.isEmpty()) {
            return Path.of(c);
        }
        String gopath = env.get("GOPATH");
        if (gopath != null && !gopath.isEmpty()) {
            String first = gopath.split(java.io.File.pathSeparator)[0];
            if (!first.isEmpty()) {
                return Path.of(first, "pkg", "mod");
            }
        }
        String home = env.get("HOME");
        if (home == null || home.isEmpty()) {
            home = System.getProperty("user.home");
        }
        return home == null ? null : Path.of(home, "go", "pkg", "mod");
    }

    /** A go.mod that cannot be used; the message is for the user. */
    public static final class ModuleException extends Exception {
        public ModuleException(String message) {
            super(message);
        }
    }

    /** Semantic versions as modules use them (vMAJOR.MINOR.PATCH[-pre][+build]). */
    static final class Semver {
        private Semver() {}

        static int compare(String a, String b) {
            String[] x = split(a);
            String[] y = split(b);
            for (int i = 0; i < 3; i++) {
                int c = compareNumeric(x[i], y[i]);
                if (c != 0) {
                    return c;
                }
            }
            // a release is newer than any of its pre-releases
            if (x[3].isEmpty() || y[3].isEmpty()) {
                return Boolean.compare(x[3].isEmpty(), y[3].isEmpty());
            }
            String[] p = x[3].split("\\.");
            String[] q = y[3].split("\\.");
            for (int i = 0; i < Math.min(p.length, q.length); i++) {
                boolean pn = p[i].chars().allMatch(Character::isDigit);
                boolean qn = q[i].chars().allMatch(Character::isDigit);
                int c = pn && qn ? compareNumeric(p[i], q[i]) : pn ? -1 : qn ? 1 : p[i].compareTo(q[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(p.length, q.length);
        }

        private static int compareNumeric(String a, String b) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }

        /** major, minor, patch and pre-release of v (build metadata dropped; missing parts are "0"). */
        private static String[] split(String v) {
            String s = v.startsWith("v") ? v.substring(1) : v;
            int plus = s.indexOf('+');
            if (plus >= 0) {
                s = s.substring(0, plus);
            }
            String pre = "";
            int dash = s.indexOf('-');
            if (dash >= 0) {
                pre = s.substring(dash + 1);
                s = s.substring(0, dash);
            }
            String[] n = s.split("\\.");
            return new String[] {n.length > 0 ? n[0] : "0", n.length > 1 ? n[1] : "0", n.length > 2 ? n[2] : "0", pre};
        }
    }
}
