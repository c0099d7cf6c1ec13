package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;

/**
 * Literals of many constant elements through the whole compiler, which gc 1.19 builds in
 * one or two seconds: a package-level map[int]int, a map[string]int and a []int in main,
 * of 100,000 elements for the host and 20,000 for wasi (Chicory interprets the program).
 * Each compilation has a generous time limit: the failure sought is a hang (before the
 * static lowering of docs/ARCHITECTURE.md, "Huge literals", the int map took over 100 s of
 * CPU and the slice over 30 s, in LLVM's code generation of one assignment or store per
 * element), not a speed. The program prints its length and what its elements add up to,
 * computed here from the same recipe (the recipes are bench/compile-scale/gen.py's
 * maplit, strmap and slicelit, whose outputs match gc's).
 */
class HugeLiteralsTest {
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        return Stream.of("intmap", "stringmap", "slice").flatMap(kind -> Stream.of(
                Arguments.of("host", kind, 100_000), Arguments.of("wasi", kind, 20_000)));
    }

    @ParameterizedTest(name = "{0}: {1} of {2}")
    @MethodSource("cases")
    void compilesInTimeAndRuns(String target, String kind, int n) throws Exception {
        Compiler compiler = Compiler.builder().target(target).build();
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        Emulators.requireOrSkip(runner);
        Path source = tmp.resolve(kind + n + ".go");
        Files.writeString(source, program(kind, n));
        CompileResult r = assertTimeoutPreemptively(LIMIT, () -> compiler.compile(CompileRequest.of(source)),
                () -> kind + " of " + n + ": no result after " + LIMIT.toSeconds() + " s");
        assertTrue(r.success(), () -> "compile failed:\n" + r.diagnostics().stream()
                .map(Object::toString).collect(Collectors.joining("\n")));
        byte[] image = r.artifact().image() != null ? r.artifact().image() : r.artifact().bytes();
        RunResult run = runner.run(image, RunOptions.defaults().withTimeout(Duration.ofSeconds(60)));
        assertFalse(run.timedOut(), () -> "timed out; output so far:\n" + run.output() + run.stderr());
        assertEquals(n + " " + sum(kind, n) + "\n", run.output());
        assertEquals(0, run.exitCode());
    }

    private static String program(String kind, int n) {
        StringBuilder b = new StringBuilder("package main\n\n");
        switch (kind) {
            case "intmap" -> {
                b.append("var m = map[int]int{\n");
                for (int i = 0; i < n; i++) {
                    b.append('\t').append(i).append(": ").append(i * 7 % 1000 + 1).append(",\n");
                }
                b.append("}\n\nfunc main() {\n\ts := 0\n\tfor k, v := range m {\n\t\ts += k ^ v\n\t}\n");
                b.append("\tprintln(len(m), s)\n}\n");
            }
            case "stringmap" -> {
                b.append("func main() {\n\tm := map[string]int{\n");
                for (int i = 0; i < n; i++) {
                    b.append("\t\t\"k").append(i).append("\": ").append(i).append(",\n");
                }
                b.append("\t}\n\ts := 0\n\tfor k, v := range m {\n\t\ts += len(k) + v\n\t}\n");
                b.append("\tprintln(len(m), s)\n}\n");
            }
            default -> {
                b.append("func main() {\n\ts := []int{\n");
                for (int i = 0; i < n; i++) {
                    b.append("\t\t").append(i * 3 % 1000).append(",\n");
                }
                b.append("\t}\n\tt := 0\n\tfor _, v := range s {\n\t\tt += v\n\t}\n");
                b.append("\tprintln(len(s), t)\n}\n");
            }
        }
        return b.toString();
    }

    /** What the program adds up, from the elements its recipe writes. */
    private static long sum(String kind, int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += switch (kind) {
                case "intmap" -> i ^ (i * 7 % 1000 + 1);
                case "stringmap" -> ("k" + i).length() + i;
                default -> i * 3 % 1000;
            };
        }
        return s;
    }
}
