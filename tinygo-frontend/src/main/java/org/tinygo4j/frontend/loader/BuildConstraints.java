package org.tinygo4j.frontend.loader;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Which files belong to a build (go/build rules): {@code _test.go} files and names
 * starting with {@code _} or {@code .} are excluded; {@code _GOOS}, {@code _GOARCH}
 * and {@code _GOOS_GOARCH} name suffixes must match the target; and a
 * {@code //go:build} line before the package clause (expressions with {@code && || !}
 * and parentheses) must be satisfied. "unix" and the release tags go1.1..go1.21 are
 * satisfied as Go does.
 */
public final class BuildConstraints {
    private static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos");
    private static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64",
            "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64",
            "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");
    private static final Set<String> UNIX = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "linux", "netbsd", "openbsd", "solaris");

    private final Set<String> tags;
    private final String goos;
    private final String goarch;

    public BuildConstraints(Set<String> buildTags, String goos, String goarch) {
        this(buildTags, goos, goarch, 21);
    }

    /** As go/build with the release tags go1.1 to go1.{lastRelease}. */
    public BuildConstraints(Set<String> buildTags, String goos, String goarch, int lastRelease) {
        this.goos = goos;
        this.goarch = goarch;
        this.tags = new HashSet<>(buildTags);
        tags.add(goos);
        tags.add(goarch);
        if (UNIX.contains(goos)) {
            tags.add("unix");
        }
        for (int i = 1; i <= lastRelease; i++) {
            tags.add("go1." + i);
        }
    }

    private BuildConstraints(Set<String> tags, String goos, String goarch, boolean copy) {
        this.tags = tags;
        this.goos = goos;
        this.goarch = goarch;
    }

    /**
     * The constraints for a GOROOT's packages: the release's own release tags and its
     * pure-Go tags; a GOOS the release does not know (wasip1 before go1.21) counts as
     * unix, as later releases count it. Build tags that name an architecture stay.
     */
    public BuildConstraints forRelease(GoRelease release) {
        Set<String> t = new HashSet<>(tags);
        t.removeIf(tag -> tag.matches("go1\\.\\d+"));
        for (int i = 1; i <= release.minor(); i++) {
            t.add("go1." + i);
        }
        t.addAll(release.pureGoTags());
        if (goos.equals("wasip1")) {
            t.add("unix");
        }
        return new BuildConstraints(t, goos, goarch, true);
    }

    /**
     * The same constraints for no architecture at all: no GOARCH file suffix matches and
     * no architecture tag is satisfied, so packages take the files they keep for
     * architectures without assembly.
     */
    public BuildConstraints archNeutral() {
        Set<String> t = new HashSet<>(tags);
        t.removeAll(KNOWN_ARCH);
        return new BuildConstraints(t, goos, "", true);
    }

    /** Whether a file is chosen by architecture: a GOARCH name suffix, or a constraint naming goarch. */
    public boolean namesArch(String fileName, byte[] content) {
        String stem = fileName.endsWith(".go") ? fileName.substring(0, fileName.length() - 3) : fileName;
        String last = stem.substring(stem.lastIndexOf('_') + 1);
        if (stem.contains("_") && KNOWN_ARCH.contains(last)) {
            return true;
        }
        String expr = headerConstraint(new String(content, StandardCharsets.ISO_8859_1));
        if (expr == null) {
            return false;
        }
        for (String word : expr.split("[^A-Za-z0-9_.]+")) {
            if (KNOWN_ARCH.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a file with this base name and content is part of the build. */
    public boolean include(String fileName, byte[] content) {
        return matchName(fileName) && matchContent(content);
    }

    public boolean matchName(String name) {
        if (!name.endsWith(".go") || name.startsWith("_") || name.startsWith(".") || name.endsWith("_test.go")) {
            return false;
        }
        String stem = name.substring(0, name.length() - 3);
        String[] parts = stem.split("_");
        int n = parts.length;
        if (n >= 3 && KNOWN_OS.contains(parts[n - 2]) && KNOWN_ARCH.contains(parts[n - 1])) {
            return parts[n - 2].equals(goos) && parts[n - 1].equals(goarch);
        }
        if (n >= 2) {
            String last = parts[n - 1];
            if (KNOWN_OS.contains(last)) {
                return last.equals(goos);
            }
            if (KNOWN_ARCH.contains(last)) {
                return last.equals(goarch);
            }
        }
        return true;
    }

    /** Finds the {@code //go:build} line in the file header and evaluates it (no line: true). */
    public boolean matchContent(byte[] content) {
        String expr = headerConstraint(new String(content, StandardCharsets.ISO_8859_1));
        return expr == null || eval(expr);
    }

    static String headerConstraint(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int eol = text.indexOf('\n', i);
            if (eol < 0) {
                eol = n;
            }
            String line = text.substring(i, eol).strip();
            if (line.startsWith("/*")) {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    return null;
                }
                i = end + 2;
                continue;
            }
            if (line.startsWith("//go:build ") || line.equals("//go:build")) {
                return line.substring("//go:build".length()).strip();
            }
            if (!line.isEmpty() && !line.startsWith("//")) {
                return null;
            }
            i = eol + 1;
        }
        return null;
    }

    /** Evaluates a build expression; a malformed one is false. */
    public boolean eval(String expr) {
        Parser p = new Parser(expr);
        try {
            boolean v = p.or();
            p.skip();
            return p.pos == expr.length() && v;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean eat(String tok) {
            skip();
            if (s.startsWith(tok, pos)) {
                pos += tok.length();
                return true;
            }
            return false;
        }

        boolean or() {
            boolean v = and();
            while (eat("||")) {
                v |= and();
            }
            return v;
        }

        boolean and() {
            boolean v = not();
            while (eat("&&")) {
                v &= not();
            }
            return v;
        }

        boolean not() {
            if (eat("!")) {
                return !not();
            }
            if (eat("(")) {
                boolean v = or();
                if (!eat(")")) {
                    throw new IllegalArgumentException("missing )");
                }
                return v;
            }
            skip();
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                    || s.charAt(pos) == '.')) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("tag expected");
            }
            return tags.contains(s.substring(start, pos));
        }
    }
}
