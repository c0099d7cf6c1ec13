package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.boards.BuiltinBoards;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.cli.Main;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;

/**
 * Targets added by a board pack (test-board-pack is on this module's test classpath and
 * registers, through ServiceLoader, a board that inherits from cortex-m-qemu and a
 * board of a chip the built-in boards lack, the MPS2 AN385, with its own device,
 * runtime and machine files) are listed by Compiler.targets() and their images run
 * under the emulator their JSON names.
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

    /**
     * The pack's own chip runs programs that need its runtime files (output through its
     * UART, exit through semihosting, the SysTick clock at its 25 MHz), the collector and
     * goroutines, with Go 1.19's output.
     */
    @Test
    void chipOfABoardPackRunsProgramsWithGosOutput() throws Exception {
        Compiler compiler = Compiler.builder().target("mps2-an385").build();
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        Emulators.requireOrSkip(runner);
        List<String> names = List.of("hello", "sleeporder", "goroutines", "gc_churn", "recover_goroutines");
        List<TestPrograms.Program> programs = TestPrograms.all().stream().filter(p -> names.contains(p.name())).toList();
        assertEquals(names.size(), programs.size(), programs.toString());
        for (TestPrograms.Program p : programs) {
            assertTrue(p.runsOn("cortex-m-qemu"), p + " is not meant for a Cortex-M3 with 64 KiB of RAM");
            CompileResult r = compiler.compile(CompileRequest.of(p.source()));
            assertTrue(r.success(), () -> p + ": " + r.diagnostics());
            RunResult run = runner.run(r.artifact().image(), RunOptions.defaults());
            assertEquals(p.expectedOutput(), TestPrograms.comparable(run.output().replace("\r\n", "\n"), p.panics()),
                    p.name());
            assertEquals(p.expectedExit(), run.exitCode(), p.name());
        }
    }

    /**
     * Package machine of test-qemu-m3 is the built-in LM3S6965 files and the pack's own
     * file together, chosen by build tags: the pack's BoardName and the built-in LED.
     */
    @Test
    void packagesOfSeveralProvidersCombine(@TempDir Path dir) throws Exception {
        Path main = dir.resolve("main.go");
        Files.writeString(main, """
                package main

                import "machine"

                func main() {
                	machine.LED.Configure(machine.PinConfig{Mode: machine.PinOutput})
                	machine.LED.High()
                	println(machine.BoardName, machine.Device)
                }
                """);
        Compiler compiler = Compiler.builder().target("test-qemu-m3").build();
        CompileResult r = compiler.compile(CompileRequest.of(main));
        assertTrue(r.success(), () -> r.diagnostics().toString());
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        Emulators.requireOrSkip(runner);
        RunResult run = runner.run(r.artifact().image(), RunOptions.defaults());
        assertEquals("test-qemu-m3 LM3S6965\n", run.output().replace("\r\n", "\n"));
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
