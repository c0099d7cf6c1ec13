package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.boards.BuiltinBoards;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.cli.Main;
import org.tinygo4j.cli.run.RunOptions;
import org.tinygo4j.cli.run.RunResult;
import org.tinygo4j.cli.run.Runner;

/**
 * Targets added by a board pack (test-board-pack is on this module's test classpath and
 * registers a target that inherits from cortex-m-qemu through ServiceLoader) are listed
 * by Compiler.targets() and their images run under the emulator their JSON names.
 */
class BoardPackTargetTest {
    @Test
    void boardPackTargetsAreListedAndRunHello() throws Exception {
        List<String> builtIn = TargetRegistry.of(List.of(new BuiltinBoards())).names();
        List<String> extra = Compiler.targets().stream().map(t -> t.name()).filter(t -> !builtIn.contains(t)).toList();
        assertFalse(extra.isEmpty(), "no target beyond the built-in ones: " + Compiler.targets());
        TestPrograms.Program hello = TestPrograms.all().stream().filter(p -> p.name().equals("hello")).findFirst().orElseThrow();
        for (String target : extra) {
            Compiler compiler = Compiler.builder().target(target).build();
            CompileResult r = compiler.compile(CompileRequest.of(hello.source()));
            assertTrue(r.success(), () -> target + ": " + r.diagnostics());
            byte[] image = r.artifact().image() != null ? r.artifact().image() : r.artifact().bytes();
            Runner runner = Runner.forConfig(compiler.config())
                    .orElseThrow(() -> new AssertionError(target + ": no runner"));
            Emulators.requireOrSkip(runner);
            RunResult run = runner.run(image, RunOptions.defaults());
            assertEquals(hello.expectedOutput(), run.output().replace("\r\n", "\n"), target);
            assertEquals(0, run.exitCode(), target);
        }
    }

    @Test
    void tinygoRunStartsTheEmulatorOfTheBoardPacksJson() throws Exception {
        Compiler compiler = Compiler.builder().target("test-qemu-m3").build();
        assertTrue(compiler.config().emulators().get(0).contains("-icount shift=0"),
                "test-qemu-m3.json names its own emulator command: " + compiler.config().emulators());
        Emulators.requireOrSkip(Runner.forConfig(compiler.config()).orElseThrow());
        TestPrograms.Program hello = TestPrograms.all().stream().filter(p -> p.name().equals("hello")).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"run", "-target=test-qemu-m3", hello.source().toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(hello.expectedOutput(), out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
        assertEquals("", err.toString(StandardCharsets.UTF_8), "no emulator chatter");
    }
}
