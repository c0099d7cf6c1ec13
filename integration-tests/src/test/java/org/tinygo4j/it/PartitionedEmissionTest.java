package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.api.CompileListener;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;

/**
 * A program large enough for the back end to emit its object code in partitions on
 * several threads (docs/ARCHITECTURE.md, "Parallel object emission": 10,000
 * instructions after optimisation or more), through the whole compiler on the host,
 * wasi and cortex-m-qemu: the linker is given several objects, the program prints what
 * Go 1.19's go run prints for it (skipped when /usr/lib/go-1.19/bin/go is absent), and
 * a second compilation by another Compiler gives the same bytes. The program, written
 * here, has 600 functions kept out of line (//go:noinline), called through a table of
 * function values (data in one partition referring to code in all), some with defer and
 * recover (setjmp/longjmp: WebAssembly exception tags shared between objects), and
 * methods called through an interface (method tables and type descriptors referred to
 * across partitions); every function updates a global and reads a table of strings.
 */
class PartitionedEmissionTest {
    private static final Path GO = ExpectedOutputsTest.GO;
    private static final int FUNCTIONS = 600;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"host", "wasi", "cortex-m-qemu"})
    void aLargeProgramIsEmittedInPartitionsRunsLikeGoAndTheSameBytesTwice(String target) throws Exception {
        assumeTrue(Files.isExecutable(GO) || Emulators.required(),
                "skipped: " + GO + " not found (install the Debian package golang-1.19-go)");
        Path source = tmp.resolve("large.go");
        Files.writeString(source, program());
        List<String> linkCommand = new ArrayList<>();
        byte[] first = compile(target, source, linkCommand);
        long objects = linkCommand.stream().filter(a -> a.endsWith(".o")).count();
        assertTrue(objects >= 2, () -> "one object only: " + linkCommand);
        byte[] second = compile(target, source, new ArrayList<>());
        assertArrayEquals(first, second, "two compilations of the same program differ");

        Compiler compiler = Compiler.builder().target(target).build();
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        Emulators.requireOrSkip(runner);
        RunResult run = runner.run(first, RunOptions.defaults().withTimeout(Duration.ofSeconds(120)));
        assertFalse(run.timedOut(), () -> "timed out; output so far:\n" + run.output() + run.stderr());
        assertEquals(goRun(source), run.output());
        assertEquals(0, run.exitCode());
    }

    /** The image of source for target, built by a Compiler of its own; the link's command goes to linkCommand. */
    private static byte[] compile(String target, Path source, List<String> linkCommand) {
        Compiler compiler = Compiler.builder().target(target).build();
        CompileResult r = compiler.compile(CompileRequest.of(source).withListener(new CompileListener() {
            @Override
            public void commandStarted(List<String> command) {
                linkCommand.addAll(command);
            }
        }));
        assertTrue(r.success(), () -> "compile failed:\n" + r.diagnostics().stream()
                .map(Object::toString).collect(Collectors.joining("\n")));
        return r.artifact().image() != null ? r.artifact().image() : r.artifact().bytes();
    }

    /** What Go 1.19's go run prints for source. */
    private String goRun(Path source) throws Exception {
        return GoReference.goRun(GO, source, tmp);
    }

    /**
     * The program: its values stay below 2^31, so that 32-bit targets print what the
     * 64-bit host does.
     */
    static String program() {
        StringBuilder b = new StringBuilder("package main\n\n");
        b.append("var names = []string{\"alpha\", \"be\", \"gamma\", \"delta\", \"epsilon\", \"z\", \"eta\"}\n\n");
        b.append("var total int\n\n");
        b.append("type shape interface {\n\tArea() int\n}\n\n");
        for (int i = 0; i < FUNCTIONS; i++) {
            if (i % 50 == 7) {
                // defer and recover: a panic on every third argument
                b.append("//go:noinline\nfunc f").append(i).append("(x int) (r int) {\n");
                b.append("\tdefer func() {\n\t\tif e := recover(); e != nil {\n");
                b.append("\t\t\tr = len(e.(string)) + x%1000\n\t\t\ttotal++\n\t\t}\n\t}()\n");
                b.append("\tif x%3 == 0 {\n\t\tpanic(names[(x%7+7)%7] + \"!").append(i).append("\")\n\t}\n");
                b.append("\treturn x%1000003 + ").append(i).append("\n}\n\n");
                continue;
            }
            if (i % 10 == 3) {
                b.append("type t").append(i).append(" struct{ w, h int }\n\n");
                b.append("func (t t").append(i).append(") Area() int { return t.w*t.h + ").append(i)
                        .append(" }\n\n");
            }
            b.append("//go:noinline\nfunc f").append(i).append("(x int) int {\n\tacc := x % 1000003\n");
            b.append("\tfor j := 0; j < ").append(i % 5 + 1).append("; j++ {\n");
            b.append("\t\tswitch (acc + j) % 4 {\n");
            b.append("\t\tcase 0:\n\t\t\tacc = acc*3 + ").append(i % 11).append('\n');
            b.append("\t\tcase 1:\n\t\t\tacc ^= ").append(i * 37 % 1024).append('\n');
            b.append("\t\tcase 2:\n\t\t\tacc -= j * ").append(i % 13 + 1).append('\n');
            b.append("\t\tdefault:\n\t\t\tacc += len(names[(acc&0xffff+j)%7])\n");
            b.append("\t\t}\n\t}\n\ttotal += acc & 0xff\n\treturn acc % 1000003\n}\n\n");
        }
        b.append("var fs = []func(int) int{\n");
        for (int i = 0; i < FUNCTIONS; i++) {
            b.append("\tf").append(i).append(",\n");
        }
        b.append("}\n\nvar shapes = []shape{\n");
        for (int i = 3; i < FUNCTIONS; i += 10) {
            if (i % 50 != 7) {
                b.append("\tt").append(i).append("{").append(i % 7 + 1).append(", ").append(i % 5 + 2).append("},\n");
            }
        }
        b.append("}\n\nfunc main() {\n\tx := 1\n\tfor i, f := range fs {\n\t\tx = f(x + i)\n");
        b.append("\t\tif i%50 == 0 {\n\t\t\tprintln(i, x, total)\n\t\t}\n\t}\n");
        b.append("\ts := 0\n\tfor _, sh := range shapes {\n\t\ts += sh.Area()\n\t}\n");
        b.append("\tprintln(\"end\", x, total, s, len(shapes))\n}\n");
        return b.toString();
    }
}
