package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our embedded package testing exports Go 1.19's API: every line of GOROOT/api/go1*.txt
 * for package testing (less those in except.txt, signatures Go itself changed) becomes
 * a declaration that only type-checks if the function, method, field or interface
 * method exists with exactly that type; the file must check without errors.
 */
class TestingApiTest {
    private static final Path API = Path.of("/usr/lib/go-1.19/api");
    private static final Pattern EXPORTED = Pattern.compile("(?<![.\\w])([A-Z]\\w*)");

    @TempDir
    Path tmp;

    @Test
    void exportsGo119TestingApi() throws Exception {
        assumeTrue(Files.isDirectory(API), "Go 1.19's api files not installed (golang-1.19-go)");
        Set<String> except = new HashSet<>(Files.readAllLines(API.resolve("except.txt")));
        List<String> lines;
        try (Stream<Path> s = Files.list(API)) {
            lines = s.filter(p -> p.getFileName().toString().matches("go1(\\.\\d+)?\\.txt"))
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p).stream();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .filter(l -> l.startsWith("pkg testing, ") && !except.contains(l))
                    .distinct().sorted().toList();
        }
        StringBuilder src = new StringBuilder("package main\n\nimport (\n\t\"testing\"\n\t\"time\"\n)\n\nvar _ time.Duration\n\n");
        int n = 0;
        for (String line : lines) {
            String decl = declaration(line.substring("pkg testing, ".length()));
            if (decl != null) {
                src.append(decl).append(" // ").append(line).append('\n');
                n++;
            }
        }
        src.append("\nfunc main() {}\n");
        Path file = tmp.resolve("api.go");
        Files.writeString(file, src);
        CompileResult r = Compiler.builder().target("host").build().check(CompileRequest.of(file));
        String errors = r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertEquals("", errors, "testing lacks Go 1.19 API:\n" + errors);
        assertEquals(true, n > 100, "api lines checked: " + n);
    }

    /** A Go declaration that type-checks only if the API item exists; null for what cannot be named. */
    private static String declaration(String item) {
        if (item.contains("testDeps") || item.endsWith("unexported methods")) {
            return null; // unexported types cannot be named outside the package
        }
        Matcher m;
        if ((m = Pattern.compile("^func (\\w+)\\((.*)$").matcher(item)).matches()) {
            return "var _ func(" + qualify(m.group(2)) + " = testing." + m.group(1);
        }
        if ((m = Pattern.compile("^method \\((\\*?)(\\w+)\\) (\\w+)\\((.*)$").matcher(item)).matches()) {
            String recv = m.group(1) + "testing." + m.group(2);
            String rest = m.group(4);
            String sep = rest.startsWith(")") ? "" : ", ";
            String expr = m.group(1).isEmpty() ? recv + "." + m.group(3) : "(" + recv + ")." + m.group(3);
            return "var _ func(" + recv + sep + qualify(rest) + " = " + expr;
        }
        if ((m = Pattern.compile("^type (\\w+) interface, (\\w+)\\((.*)$").matcher(item)).matches()) {
            String rest = m.group(3);
            String sep = rest.startsWith(")") ? "" : ", ";
            return "var _ func(testing." + m.group(1) + sep + qualify(rest) + " = testing." + m.group(1) + "." + m.group(2);
        }
        if ((m = Pattern.compile("^type (\\w+) struct, (\\w+) (.*)$").matcher(item)).matches()) {
            return "var _ " + qualify(m.group(3)) + " = new(testing." + m.group(1) + ")." + m.group(2);
        }
        if ((m = Pattern.compile("^type (\\w+) (struct|interface \\{.*\\}|interface)$").matcher(item)).matches()) {
            return "var _ *testing." + m.group(1);
        }
        throw new AssertionError("unknown api line: " + item);
    }

    /** Qualifies the package's own exported type names in a type text with "testing.". */
    private static String qualify(String type) {
        List<String> parts = new ArrayList<>();
        Matcher m = EXPORTED.matcher(type);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, "testing." + m.group(1));
        }
        m.appendTail(b);
        parts.add(b.toString());
        return parts.get(0);
    }
}
