package org.tinygo4j.api;

import java.util.Set;

/**
 * Evaluates a {@code //go:build} expression (tags joined by &&, ||, ! and
 * parentheses) against a set of tags, and the file-name suffix rules (_test.go
 * excluded; _GOOS, _GOARCH, _GOOS_GOARCH kept only for the target's).
 */
final class BuildConstraint {
    private static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows",
            "zos");
    private static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "arm", "arm64", "loong64", "mips",
            "mipsle", "mips64", "mips64le", "ppc64", "ppc64le", "riscv64", "s390x", "sparc64", "wasm");

    private final String expr;
    private final Set<String> tags;
    private int pos;

    private BuildConstraint(String expr, Set<String> tags) {
        this.expr = expr;
        this.tags = tags;
    }

    /** Whether the expression holds for the tags; a malformed expression is false. */
    static boolean eval(String expr, Set<String> tags) {
        BuildConstraint c = new BuildConstraint(expr, tags);
        try {
            boolean v = c.or();
            c.skipSpace();
            return c.pos == expr.length() && v;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a file name is part of the build for the target's GOOS and GOARCH. */
    static boolean fileNameMatches(String name, String goos, String goarch) {
        if (!name.endsWith(".go") || name.endsWith("_test.go") || name.startsWith("_") || name.startsWith(".")) {
            return false;
        }
        String[] parts = name.substring(0, name.length() - 3).split("_");
        int n = parts.length;
        if (n >= 3 && KNOWN_OS.contains(parts[n - 2]) && KNOWN_ARCH.contains(parts[n - 1])) {
            return parts[n - 2].equals(goos) && parts[n - 1].equals(goarch);
        }
        if (n >= 2 && KNOWN_OS.contains(parts[n - 1])) {
            return parts[n - 1].equals(goos);
        }
        if (n >= 2 && KNOWN_ARCH.contains(parts[n - 1])) {
            return parts[n - 1].equals(goarch);
        }
        return true;
    }

    private boolean or() {
        boolean v = and();
        while (peek("||")) {
            pos += 2;
            v |= and();
        }
        return v;
    }

    private boolean and() {
        boolean v = not();
        while (peek("&&")) {
            pos += 2;
            v &= not();
        }
        return v;
    }

    private boolean not() {
        skipSpace();
        if (peek("!")) {
            pos++;
            return !not();
        }
        if (peek("(")) {
            pos++;
            boolean v = or();
            if (!peek(")")) {
                throw new IllegalArgumentException("missing )");
            }
            pos++;
            return v;
        }
        int start = pos;
        while (pos < expr.length() && (Character.isLetterOrDigit(expr.charAt(pos)) || expr.charAt(pos) == '_'
                || expr.charAt(pos) == '.')) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("tag expected");
        }
        return tags.contains(expr.substring(start, pos));
    }

    private boolean peek(String s) {
        skipSpace();
        return expr.startsWith(s, pos);
    }

    private void skipSpace() {
        while (pos < expr.length() && Character.isWhitespace(expr.charAt(pos))) {
            pos++;
        }
    }
}
