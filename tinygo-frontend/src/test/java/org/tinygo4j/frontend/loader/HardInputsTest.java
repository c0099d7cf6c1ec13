package org.tinygo4j.frontend.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.types.TypeSizes;

/**
 * Hard inputs through the whole frontend (load, parse, check), each within a time
 * limit, each ending in its expected first diagnostic (gc 1.19's, taken from its
 * output) or in none. Small inputs are files under src/test/resources/hard with a
 * .want file beside them ("ok" or the diagnostic, continuation lines included); big
 * ones are generated here from a recipe (a construct nested or repeated N times) at a
 * size gc 1.19 compiles in seconds. The error limit is the API's (10, as gc's).
 */
class HardInputsTest {
    private static final Duration SMALL = Duration.ofSeconds(5);
    private static final Duration BIG = Duration.ofSeconds(15);

    @TempDir
    Path tmp;

    /** A generated input: head + open*n + middle + close*n + tail, or its lines repeated. */
    private record Recipe(String name, String source, String want) {
    }

    private static String nest(String head, String open, int n, String middle, String close, String tail) {
        return head + open.repeat(n) + middle + close.repeat(n) + tail;
    }

    private static String lines(String head, int n, java.util.function.IntFunction<String> line, String tail) {
        StringBuilder b = new StringBuilder(head);
        for (int i = 0; i < n; i++) {
            b.append(line.apply(i));
        }
        return b.append(tail).toString();
    }

    private static final String P = "package main\n\n";

    private static List<Recipe> recipes() {
        return List.of(
                new Recipe("parens_100000", nest(P + "var x = ", "(", 100_000, "1", ")", "\n\nfunc main() { println(x) }\n"), "ok"),
                new Recipe("unary_10000", nest(P + "var x = ", "^", 10_000, "1", "", "\n\nfunc main() { println(x) }\n"), "ok"),
                new Recipe("not_10000", nest(P + "var x = ", "!", 10_000, "true", "", "\n\nfunc main() { println(x) }\n"), "ok"),
                new Recipe("binary_chain_100000", P + "var x = 1" + "+1".repeat(99_999) + "\n\nfunc main() { println(x) }\n", "ok"),
                new Recipe("blocks_100000", nest(P + "func main() {\n", "{", 100_000, "println(1)", "}", "\n}\n"), "ok"),
                new Recipe("ifs_10000", nest(P + "func main() {\nx := 1\n", "if x > 0 {\n", 10_000, "println(1)\n", "}\n", "}\n"), "ok"),
                // every if adds two empty scopes that each name's lookup went through
                new Recipe("ifs_100000", nest(P + "func main() {\nx := 1\n", "if x > 0 {\n", 100_000, "println(x)\n", "}\n", "}\n"),
                        "ok"),
                new Recipe("else_if_5000", lines(P + "func main() {\n\tx := 3\n\tif x == 0 {\n", 5_000,
                        i -> "\t} else if x == " + (i + 1) + " {\n\t\tprintln(" + i + ")\n", "\t}\n}\n"), "ok"),
                new Recipe("fors_10000", nest(P + "func main() {\n", "for {\n", 10_000, "break\n", "}\n", "}\n"), "ok"),
                new Recipe("switches_10000", nest(P + "func main() {\n", "switch {\ndefault:\n", 10_000, "println(1)\n", "}\n", "}\n"),
                        "ok"),
                new Recipe("func_literals_10000", nest(P + "func main() {\n", "func() {\n", 10_000, "println(1)\n", "}()\n", "}\n"),
                        "ok"),
                new Recipe("closures_1000", lines(P + "func main() {\nx0 := 0\n", 1_000,
                        i -> "func() {\nx" + (i + 1) + " := x" + i + " + 1\n", "println(x1000)\n" + "}()\n".repeat(1_000) + "}\n"), "ok"),
                new Recipe("composite_literals_10000", nest(P + "type T struct{ p *T }\n\nvar x = ", "&T{", 10_000, "nil", "}",
                        "\n\nfunc main() { println(x != nil) }\n"), "ok"),
                new Recipe("slice_literals_10000", nest(P + "var x = ", "[]interface{}{", 10_000, "1", "}",
                        "\n\nfunc main() { println(len(x)) }\n"), "ok"),
                new Recipe("pointer_type_1000", nest(P + "var x ", "*", 1_000, "int", "", "\n\nfunc main() { _ = x }\n"), "ok"),
                new Recipe("slice_type_1000", nest(P + "var x ", "[]", 1_000, "int", "", "\n\nfunc main() { _ = x }\n"), "ok"),
                new Recipe("array_type_1000", nest(P + "var x ", "[1]", 1_000, "int", "", "\n\nfunc main() { _ = x }\n"), "ok"),
                new Recipe("map_type_1000", nest(P + "var x ", "map[int]", 1_000, "int", "", "\n\nfunc main() { _ = x }\n"), "ok"),
                new Recipe("chan_type_1000", nest(P + "var x ", "chan ", 1_000, "int", "", "\n\nfunc main() { _ = x }\n"), "ok"),
                new Recipe("struct_type_1000", nest(P + "var x ", "struct{ f ", 1_000, "int", " }", "\n\nfunc main() { _ = x }\n"),
                        "ok"),
                new Recipe("func_type_1000", nest(P + "var x ", "func() ", 1_000, "int", "", "\n\nfunc main() { _ = x }\n"), "ok"),
                new Recipe("interface_type_1000", nest(P + "var x ", "interface{ m() ", 1_000, "int", " }",
                        "\n\nfunc main() { _ = x }\n"), "ok"),
                new Recipe("generic_instances_1000", nest(P + "type G[T any] struct{ v T }\n\nvar x ", "G[", 1_000, "int", "]",
                        "\n\nfunc main() { _ = x }\n"), "ok"),
                // gc 1.19 needs minutes for this one; its parser never looks past a type name's [
                new Recipe("generic_instances_10000", nest(P + "type G[T any] struct{ v T }\n\nvar x ", "G[", 10_000, "int", "]",
                        "\n\nfunc main() { _ = x }\n"), "ok"),
                new Recipe("map_literal_10000", lines(P + "var m = map[int]int{\n", 10_000, i -> "\t" + i + ": " + i + ",\n",
                        "}\n\nfunc main() { println(len(m)) }\n"), "ok"),
                // keys were compared pairwise for duplicates (minutes at 100,000)
                new Recipe("map_literal_100000", lines(P + "var m = map[int]int{\n", 100_000, i -> "\t" + i + ": " + i + ",\n",
                        "}\n\nfunc main() { println(len(m)) }\n"), "ok"),
                new Recipe("map_literal_strings_100000", lines(P + "var m = map[string]int{\n", 100_000,
                        i -> "\t\"k" + i + "\": " + i + ",\n", "\t\"k7\": 0,\n}\n\nfunc main() { println(len(m)) }\n"),
                        "main.go:100004:2: duplicate key \"k7\" in map literal"),
                new Recipe("slice_literal_100000", lines(P + "var s = []int{\n", 100_000, i -> "\t" + i + ",\n",
                        "}\n\nfunc main() { println(len(s)) }\n"), "ok"),
                // gc stops at its tenth error; the first is the second case
                new Recipe("duplicate_cases_5000", lines(P + "func main() {\n\tx := 1\n\tswitch x {\n", 5_000, i -> "\tcase 1:\n",
                        "\t}\n}\n"), "main.go:7:7: duplicate case 1 (constant of type int) in expression switch\n"
                                + "\tmain.go:6:7: previous case"));
    }

    /**
     * 20 MB of garbage: gc stops at its tenth error and reads no further, and so must we
     * (a whole 50 MB file was lexed before: 9.6 s of text, 28.6 s of bytes; gc 0.2 s).
     */
    @TestFactory
    Stream<DynamicTest> garbage() {
        int n = 20_000_000;
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) (i % 100 == 99 ? '\n' : 0xF8 + i % 8); // lines of bytes no UTF-8 encoding has
        }
        byte[] head = P.getBytes(StandardCharsets.UTF_8);
        byte[] binary = java.util.Arrays.copyOf(head, head.length + n);
        System.arraycopy(bytes, 0, binary, head.length, n);
        // every line a string left open: one syntax error, then gc's scanner reports each
        String text = P + "x := \"a\n".repeat(n / 8);
        return Stream.of(
                // gc's whole output: one error per line, ten, then it gives up
                DynamicTest.dynamicTest("garbage_bytes_20mb", () -> run("main.go", binary, java.util.stream.IntStream.rangeClosed(3, 12)
                        .mapToObj(l -> "main.go:" + l + ":1: invalid UTF-8 encoding\n").collect(java.util.stream.Collectors.joining())
                        + "main.go:12:1: too many errors", BIG, true)),
                DynamicTest.dynamicTest("garbage_text_20mb", () -> run("main.go", text.getBytes(StandardCharsets.UTF_8),
                        "main.go:3:1: syntax error: non-declaration statement outside function body", BIG, false)));
    }

    @TestFactory
    Stream<DynamicTest> files() throws IOException, URISyntaxException {
        Path dir = Path.of(HardInputsTest.class.getResource("/hard").toURI());
        List<Path> inputs;
        try (Stream<Path> s = Files.list(dir)) {
            inputs = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertTrue(inputs.size() >= 20, "corpus found: " + inputs.size());
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString();
            String want = Files.readString(dir.resolve(name.replace(".go", ".want"))).strip();
            boolean all = want.startsWith(ALL);
            run(name, Files.readAllBytes(p), all ? want.substring(ALL.length()).strip() : want, SMALL, all);
        }));
    }

    @TestFactory
    Stream<DynamicTest> generated() {
        return recipes().stream().map(r -> DynamicTest.dynamicTest(r.name,
                () -> run("main.go", r.source.getBytes(StandardCharsets.UTF_8), r.want, BIG, false)));
    }

    @org.junit.jupiter.api.Test
    void directoryWithOnlyTestsOrNothing() throws IOException {
        Path onlyTests = Files.createDirectories(tmp.resolve("onlytests"));
        Files.writeString(onlyTests.resolve("x_test.go"), "package main\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {}\n");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        for (Path d : List.of(onlyTests, empty)) {
            Diagnostics diags = new Diagnostics(new FileSet(), 10);
            assertTimeoutPreemptively(SMALL, () -> Loader.load(new LoadConfig(List.of(), d, Set.of("tinygo"), "linux", "amd64",
                    new TypeSizes(8, 8, 8), List.of()), diags));
            // go build's messages
            assertEquals((d == onlyTests ? "no non-test Go files in " : "no Go files in ") + d.toAbsolutePath().normalize(),
                    diags.sorted().get(0).message());
        }
    }

    /** Writes files (path relative to root, content) and returns the first diagnostic of loading main. */
    private String loadFolder(Path root, Path main, String... pathsAndContents) throws IOException {
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            Path f = root.resolve(pathsAndContents[i]);
            Files.createDirectories(f.getParent());
            Files.writeString(f, pathsAndContents[i + 1]);
        }
        Diagnostics diags = new Diagnostics(new FileSet(), 10);
        assertTimeoutPreemptively(SMALL, () -> Loader.load(new LoadConfig(List.of(), main, Set.of("tinygo"), "linux", "amd64",
                new TypeSizes(8, 8, 8), List.of()), diags));
        List<Diagnostic> all = diags.sorted();
        return all.isEmpty() ? "ok" : all.get(0).toString().replace(root.toAbsolutePath().normalize().toString(), "ROOT");
    }

    private static final String MOD = "module m\n\ngo 1.19\n";
    private static final String MAIN = "package main\n\nfunc main() { println(1) }\n";

    /** Folders and go.mod files that go build refuses, with the messages gc 1.19 printed for the same trees. */
    @org.junit.jupiter.api.Test
    void foldersGoBuildRefuses() throws IOException {
        Path sym = Files.createDirectories(tmp.resolve("symlink"));
        Files.createSymbolicLink(sym.resolve("broken.go"), Path.of("nowhere.go"));
        assertEquals("open ROOT/broken.go: no such file or directory", loadFolder(sym, sym, "go.mod", MOD, "main.go", MAIN));
        // named on its own, the file is all go build reads: the link does not matter
        assertEquals("ok", loadFolder(sym, sym.resolve("main.go")));

        Path bin = Files.createDirectories(tmp.resolve("binarymod"));
        Files.write(bin.resolve("go.mod"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        assertEquals("ROOT/go.mod:1: unexpected input character '\\x7f'", loadFolder(bin, bin, "main.go", MAIN));

        Path cycle2 = tmp.resolve("cycle2");
        assertEquals("package m\n\timports m/a\n\timports m/b\n\timports m/a: import cycle not allowed",
                loadFolder(cycle2, cycle2, "go.mod", MOD,
                        "main.go", "package main\n\nimport \"m/a\"\n\nfunc main() { a.F() }\n",
                        "a/a.go", "package a\n\nimport \"m/b\"\n\nfunc F() { b.G() }\n",
                        "b/b.go", "package b\n\nimport \"m/a\"\n\nfunc G() { a.F() }\n"));
        assertEquals("package command-line-arguments\n\timports m/a\n\timports m/b\n\timports m/a: import cycle not allowed",
                loadFolder(cycle2, cycle2.resolve("main.go")));
        Path cycle3 = tmp.resolve("cycle3");
        assertEquals("package m/cmd/x\n\timports m/b\n\timports m/c\n\timports m/a\n\timports m/b: import cycle not allowed",
                loadFolder(cycle3, cycle3.resolve("cmd/x"), "go.mod", MOD,
                        "cmd/x/main.go", "package main\n\nimport \"m/b\"\n\nfunc main() { b.G() }\n",
                        "a/a.go", "package a\n\nimport \"m/b\"\n\nfunc F() { b.G() }\n",
                        "b/b.go", "package b\n\nimport \"m/c\"\n\nfunc G() { c.H() }\n",
                        "c/c.go", "package c\n\nimport \"m/a\"\n\nfunc H() { a.F() }\n"));

        Path two = tmp.resolve("twopackages");
        assertEquals("found packages other (a.go) and main (b.go) in ROOT", loadFolder(two, two, "go.mod", MOD,
                "b.go", MAIN, "a.go", "package other\n\nfunc F() {}\n"));
        Path twoImported = tmp.resolve("twoimported");
        assertEquals("ROOT/main.go:3:8: found packages lib (a.go) and other (b.go) in ROOT/lib", loadFolder(twoImported,
                twoImported, "go.mod", MOD, "main.go", "package main\n\nimport \"m/lib\"\n\nfunc main() { lib.F() }\n",
                "lib/a.go", "package lib\n\nfunc F() {}\n", "lib/b.go", "package other\n\nfunc G() {}\n"));
    }

    /** First line of a .want file that holds gc's whole output, every diagnostic of which must match. */
    private static final String ALL = "# all";

    private void run(String name, byte[] source, String want, Duration limit, boolean all) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "hard");
        Path file = dir.resolve(name);
        Files.write(file, source);
        Diagnostics diags = new Diagnostics(new FileSet(), 10);
        // as the API loads a program: the main package must have its function bodies
        assertTimeoutPreemptively(limit, () -> Loader.load(new LoadConfig(List.of(), file, Set.of("tinygo"), "linux", "amd64",
                new TypeSizes(8, 8, 8), List.of()), diags, null, Loader.Options.DEFAULT.withRequireBodies()));
        List<Diagnostic> found = diags.sorted();
        String got = found.isEmpty() ? "ok" : (all ? found : found.subList(0, 1)).stream()
                .map(d -> d.toString().replace(dir + "/", "").strip()).collect(java.util.stream.Collectors.joining("\n"));
        assertEquals(want, got);
        assertTrue(found.size() <= 11, "more than gc's ten errors (and its \"too many errors\"): " + found.size());
        for (Diagnostic d : found) {
            assertTrue(!d.message().contains("internal compiler error") && !d.message().contains("java."),
                    "not for the user: " + d);
        }
    }
}
