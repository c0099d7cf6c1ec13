package org.tinygo4j.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tinygo4j.api.Diagnostic;
import org.tinygo4j.api.TestBuild;

/**
 * Diagnostics as `go build -json` prints them and TinyGo's -json does: JSON lines on
 * stdout, per package one {"ImportPath":P,"Action":"build-output","Output":"# P\n"},
 * one build-output line per diagnostic (its text as on stderr, with TinyGo's StartPos
 * and EndPos, file:line:column, when it has a position), and {"ImportPath":P,"Action":
 * "build-fail"} when the package has errors. A diagnostic belongs to the package of
 * its file's folder (command-line-arguments for .go files named on the command line);
 * one without a position to the main package.
 */
final class JsonDiagnostics {
    private JsonDiagnostics() {}

    /** Prints the diagnostics of a build of source; true if any is an error. */
    static boolean print(PrintStream out, List<Diagnostic> diagnostics, Path source, Optional<Path> goroot) {
        Path mainDir = source.toAbsolutePath().normalize();
        boolean files = source.getFileName() != null && source.getFileName().toString().endsWith(".go");
        if (files) {
            mainDir = mainDir.getParent();
        }
        String mainPath = files ? "command-line-arguments" : TestBuild.importPathOf(mainDir);
        Map<String, List<Diagnostic>> byPackage = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            String pkg = d.hasPosition() ? importPath(d.file(), mainDir, mainPath, goroot) : mainPath;
            byPackage.computeIfAbsent(pkg, k -> new ArrayList<>()).add(d);
        }
        boolean anyError = false;
        for (Map.Entry<String, List<Diagnostic>> e : byPackage.entrySet()) {
            String pkg = e.getKey();
            out.println(line(pkg, "build-output", "# " + pkg + "\n", null, null));
            boolean errors = false;
            for (Diagnostic d : e.getValue()) {
                String text = (d.severity() == Diagnostic.Severity.WARNING ? d + " (warning)" : d.toString()) + "\n";
                String start = d.hasPosition() ? d.file() + ":" + d.line() + ":" + d.column() : null;
                String end = d.hasPosition() ? d.file() + ":" + d.endLine() + ":" + d.endColumn() : null;
                out.println(line(pkg, "build-output", text, start, end));
                errors |= d.isError();
            }
            if (errors) {
                out.println(line(pkg, "build-fail", null, null, null));
            }
            anyError |= errors;
        }
        out.flush();
        return anyError;
    }

    private static String importPath(String file, Path mainDir, String mainPath, Optional<Path> goroot) {
        Path dir;
        try {
            Path f = Path.of(file);
            if (!Files.isRegularFile(f)) {
                // an embedded runtime file, named by its class-path name: runtime/x.go is package runtime
                return f.getParent() == null ? mainPath : f.getParent().toString().replace('\\', '/');
            }
            dir = f.toAbsolutePath().normalize().getParent();
        } catch (InvalidPathException e) {
            return mainPath;
        }
        if (dir.equals(mainDir)) {
            return mainPath;
        }
        if (goroot.isPresent()) {
            Path src = goroot.get().toAbsolutePath().normalize().resolve("src");
            if (dir.startsWith(src)) {
                return src.relativize(dir).toString().replace('\\', '/');
            }
        }
        return TestBuild.importPathOf(dir);
    }

    private static String line(String pkg, String action, String output, String start, String end) {
        StringBuilder b = new StringBuilder("{\"ImportPath\":").append(quote(pkg));
        b.append(",\"Action\":").append(quote(action));
        if (output != null) {
            b.append(",\"Output\":").append(quote(output));
        }
        if (start != null) {
            b.append(",\"StartPos\":").append(quote(start)).append(",\"EndPos\":").append(quote(end));
        }
        return b.append('}').toString();
    }

    /** A JSON string as Go's encoding/json writes it (<, > and & escaped too). */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
