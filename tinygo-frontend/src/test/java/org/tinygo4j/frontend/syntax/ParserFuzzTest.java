package org.tinygo4j.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.ast.File;
import org.tinygo4j.frontend.ast.print.AstPrinter;
import org.tinygo4j.frontend.diag.Diagnostic;
import org.tinygo4j.frontend.diag.Diagnostics;
import org.tinygo4j.frontend.source.FileSet;

/**
 * Bad input must come back as diagnostics, never as a Java exception: random byte
 * strings and mutated real Go files (bytes deleted, inserted, lines duplicated or
 * dropped, spans swapped) are parsed, and any "internal compiler error" (the parser's
 * last-resort catch) fails the test. The AST of the broken file must also print.
 * Mutations come from a fixed seed, so a failure reproduces.
 */
class ParserFuzzTest {
    private static final String SEED_FILE = "package p\n\nimport \"fmt\"\n\n"
            + "type T[K comparable, V ~int | ~string] struct{ a []int; m map[K]V; f func(int) (bool, error) }\n\n"
            + "func (t *T[K, V]) M(x ...int) (n int, err error) {\n\tfor i, v := range t.a {\n"
            + "\t\tif v > 0 && x[i] != 0 { continue }\n\t}\n\tselect {\n\tcase c <- 1:\n\tdefault:\n\t}\n"
            + "\tswitch y := any(t).(type) {\n\tcase nil:\n\t\t_ = y\n\t}\n"
            + "\tgo func() { defer fmt.Println([]struct{ x int }{{1}}, `raw`, 'c', 0x1p-2, 1_000i) }()\n"
            + "L:\n\tgoto L\n\treturn len(t.a), nil\n}\n";

    @Test
    void randomAndMutatedSourcesNeverThrow() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(SEED_FILE.getBytes(StandardCharsets.UTF_8));
        Path root = Path.of("/usr/share/go-1.19/src/go");
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".go") && !p.toString().contains("testdata"))
                        .sorted().limit(60).toList()) {
                    seeds.add(Files.readAllBytes(p));
                }
            }
        }
        Random r = new Random(20261121);
        List<String> internal = new ArrayList<>();
        int runs = 0;
        for (int n = 0; n < 300; n++) {
            byte[] junk = new byte[r.nextInt(400)];
            r.nextBytes(junk);
            runs++;
            check("random" + n + ".go", junk, internal);
            byte[] prefixed = ("package p\n" + new String(junk, StandardCharsets.ISO_8859_1))
                    .getBytes(StandardCharsets.ISO_8859_1);
            runs++;
            check("prefixed" + n + ".go", prefixed, internal);
        }
        for (int n = 0; n < 1500; n++) {
            byte[] seed = seeds.get(r.nextInt(seeds.size()));
            runs++;
            check("mutated" + n + ".go", mutate(seed, r), internal);
        }
        System.out.println("parser fuzz: " + runs + " inputs, " + internal.size() + " internal errors");
        internal.stream().limit(20).forEach(s -> System.out.println("  " + s));
        assertEquals(List.of(), internal);
    }

    private static void check(String name, byte[] content, List<String> internal) {
        FileSet fs = new FileSet();
        Diagnostics d = new Diagnostics(fs);
        File f = SourceParser.parse(fs, name, content, d);
        assertTrue(f != null);
        for (Diagnostic x : d.sorted()) {
            if (x.message().contains("internal compiler error")) {
                internal.add(x.toString());
            }
        }
        AstPrinter.print(f); // a broken tree (Bad nodes, null parts) must still print
    }

    private static byte[] mutate(byte[] seed, Random r) {
        StringBuilder sb = new StringBuilder(new String(seed, StandardCharsets.ISO_8859_1));
        int edits = 1 + r.nextInt(6);
        for (int k = 0; k < edits && sb.length() > 1; k++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(6)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(20)));
                case 1 -> sb.insert(at, "{}()[];,.:=\"`'/*x\n<-~|&^*!...\u00EF\u00BB\u00BF\u0000\u00E2\u008A\u009B"
                        .charAt(r.nextInt(36)));
                case 2 -> sb.insert(at, (char) (' ' + r.nextInt(95)));
                case 3 -> { // duplicate a line
                    int s = sb.lastIndexOf("\n", at) + 1;
                    int e = sb.indexOf("\n", at);
                    if (e > s) {
                        sb.insert(s, sb.substring(s, e + 1));
                    }
                }
                case 4 -> { // drop a line
                    int s = sb.lastIndexOf("\n", at) + 1;
                    int e = sb.indexOf("\n", at);
                    if (e > s) {
                        sb.delete(s, e + 1);
                    }
                }
                default -> { // move a span elsewhere
                    int len = Math.min(sb.length() - at, 1 + r.nextInt(40));
                    String span = sb.substring(at, at + len);
                    sb.delete(at, at + len);
                    sb.insert(r.nextInt(sb.length() + 1), span);
                }
            }
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
