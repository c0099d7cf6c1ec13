package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * Huge literals through the whole compiler, their output compared with Go 1.19's for the
 * same program (skipped when /usr/lib/go-1.19/bin/go is absent). Of constants, which gc
 * builds in one or two seconds: a package-level map[int]int, a map[string]int and a
 * []int in main, of 100,000 elements for the host and 20,000 for wasi (Chicory interprets
 * the program). Of entries that are not all constants, 4,000 on the host and 1,000 on
 * wasi: a []*int of addresses of globals and of a local, a []interface{} of ints,
 * strings and floats, a map[string]func(int) int of functions and closures, a []T of
 * structs with a variable field, a map[string][]int and a []int of constants, a local
 * and calls. And a package-level linked list of nested {@code &T{v, &T{...}}}, 20,000
 * deep on the host and 5,000 on wasi, walked by a loop. Each compilation has a generous time limit: the failure sought is a hang
 * (before the static lowering and the parts of docs/ARCHITECTURE.md, "Huge literals",
 * the int map took over 100 s of CPU and the slice over 30 s, and a []int of 100,000
 * constants, variables and calls more than 19 minutes, in LLVM's code generation of one
 * function of an assignment or store per element), not a speed. The programs are
 * bench/compile-scale/gen.py's recipes; each prints its length and what its elements add
 * up to.
 */
class HugeLiteralsTest {
    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final Path GO = ExpectedOutputsTest.GO;

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        Stream<Arguments> constants = Stream.of("intmap", "stringmap", "slice").flatMap(kind -> Stream.of(
                Arguments.of("host", kind, 100_000), Arguments.of("wasi", kind, 20_000)));
        Stream<Arguments> others = Stream.of("ptrslice", "ifaceslice", "funcmap", "structslice", "slicemap", "mixed")
                .flatMap(kind -> Stream.of(Arguments.of("host", kind, 4_000), Arguments.of("wasi", kind, 1_000)));
        // a package-level list of nested &T{...}, walked by a loop (the read-only data
        // analysis took a pass of the program a node: 20,000 did not build in minutes)
        Stream<Arguments> chains = Stream.of(Arguments.of("host", "chain", 20_000), Arguments.of("wasi", "chain", 5_000));
        return Stream.concat(Stream.concat(constants, others), chains);
    }

    @ParameterizedTest(name = "{0}: {1} of {2}")
    @MethodSource("cases")
    void compilesInTimeAndRunsLikeGo(String target, String kind, int n) throws Exception {
        assumeTrue(Files.isExecutable(GO) || Emulators.required(),
                "skipped: " + GO + " not found (install the Debian package golang-1.19-go)");
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
        String want = goRun(source);
        assertEquals(want, run.output());
        assertEquals(0, run.exitCode());
    }

    /** What Go 1.19's go run prints for source. */
    private String goRun(Path source) throws Exception {
        return GoReference.goRun(GO, source, tmp);
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
            case "ptrslice" -> {
                for (int j = 0; j < 10; j++) {
                    b.append("var g").append(j).append(" = ").append(j + 1).append('\n');
                }
                b.append("\nfunc main() {\n\tx := 100\n\ts := []*int{\n");
                for (int i = 0; i < n; i++) {
                    b.append(i % 7 != 0 ? "\t\t&g" + i % 10 + ",\n" : "\t\t&x,\n");
                }
                b.append("\t}\n\tx = 1000\n\tt := 0\n\tfor _, p := range s {\n\t\tt += *p\n\t}\n");
                b.append("\tprintln(len(s), t)\n}\n");
            }
            case "ifaceslice" -> {
                b.append("func main() {\n\ts := []interface{}{\n");
                for (int i = 0; i < n; i++) {
                    String v = i % 3 == 0 ? "" + i : i % 3 == 1 ? "\"s" + i % 100 + "\"" : i % 50 + ".5";
                    b.append("\t\t").append(v).append(",\n");
                }
                b.append("\t}\n\tt := 0.0\n\tfor _, v := range s {\n\t\tswitch v := v.(type) {\n");
                b.append("\t\tcase int:\n\t\t\tt += float64(v)\n\t\tcase string:\n\t\t\tt += float64(len(v))\n");
                b.append("\t\tcase float64:\n\t\t\tt += v\n\t\t}\n\t}\n\tprintln(len(s), int64(t))\n}\n");
            }
            case "funcmap" -> {
                for (int j = 0; j < 10; j++) {
                    b.append("func f").append(j).append("(x int) int { return x*").append(j + 2).append(" + ")
                            .append(j).append(" }\n");
                }
                b.append("\nfunc main() {\n\tk := 3\n\tm := map[string]func(int) int{\n");
                for (int i = 0; i < n; i++) {
                    String v = i % 5 != 0 ? "f" + i % 10 : "func(x int) int { return x + " + i % 97 + " + k }";
                    b.append("\t\t\"k").append(i).append("\": ").append(v).append(",\n");
                }
                b.append("\t}\n\tt := 0\n\tfor key, f := range m {\n\t\tt += f(len(key))\n\t}\n");
                b.append("\tprintln(len(m), t)\n}\n");
            }
            case "structslice" -> {
                b.append("type T struct {\n\tA int\n\tS string\n\tB int\n}\n\nfunc main() {\n\tv := 5\n\ts := []T{\n");
                for (int i = 0; i < n; i++) {
                    b.append("\t\t{").append(i).append(", \"n").append(i % 100).append("\", ")
                            .append(i % 4 == 0 ? "v" : "" + i % 9).append("},\n");
                }
                b.append("\t}\n\tt := 0\n\tfor _, e := range s {\n\t\tt += e.A + len(e.S) + e.B\n\t}\n");
                b.append("\tprintln(len(s), t)\n}\n");
            }
            case "slicemap" -> {
                b.append("func main() {\n\tm := map[string][]int{\n");
                for (int i = 0; i < n; i++) {
                    b.append("\t\t\"k").append(i).append("\": {").append(i % 10).append(", ").append(i % 7)
                            .append("},\n");
                }
                b.append("\t}\n\tt := 0\n\tfor k, v := range m {\n\t\tt += len(k) + v[0] + v[1]\n\t}\n");
                b.append("\tprintln(len(m), t)\n}\n");
            }
            case "chain" -> {
                b.append("type T struct {\n\tv    int\n\tnext *T\n}\n\nvar list = ");
                for (int i = 0; i < n; i++) {
                    b.append("&T{").append(i % 10).append(", ");
                }
                b.append("nil").append("}".repeat(n)).append("\n\nfunc main() {\n\tk, t := 0, 0\n");
                b.append("\tfor p := list; p != nil; p = p.next {\n\t\tk++\n\t\tt += p.v\n\t}\n");
                b.append("\tprintln(k, t)\n}\n");
            }
            case "mixed" -> {
                b.append("func f(i int) int {\n\treturn i*2 + i%3\n}\n\n");
                b.append("func main() {\n\tx := len(\"abc\")\n\ts := []int{\n");
                for (int i = 0; i < n; i++) {
                    String v = i % 5 == 0 ? "x" : i % 5 == 1 ? "f(" + i % 13 + ")" : "" + i % 1000;
                    b.append("\t\t").append(v).append(",\n");
                }
                b.append("\t}\n\tt := 0\n\tfor _, v := range s {\n\t\tt += v\n\t}\n");
                b.append("\tprintln(len(s), t)\n}\n");
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
}
