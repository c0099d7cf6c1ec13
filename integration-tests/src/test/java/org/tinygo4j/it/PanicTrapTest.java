package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.EmulatorRunner;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;

/**
 * -panic=trap on every target: src/test/resources/trap/trap.go prints a line and then
 * indexes out of range. With the trap strategy the program stops at the target's trap
 * instruction: the line before is printed, and neither Go's message nor the deferred
 * call's output follows. On the host the process dies of SIGILL (exit 132), in Chicory
 * of a wasm trap (the runner's 134); a chip halts (HardFault on Cortex-M, the CPU
 * stopped on AVR, a WFI loop in the trap handler on RISC-V), so qemu runs into the (short) time limit without an exit.
 * The image holds none of the run-time error messages.
 */
class PanicTrapTest {
    static final Path PROGRAM = Path.of("src/test/resources/trap/trap.go");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"host", "wasi", "cortex-m-qemu", "microbit", "arduino", "hifive1b"})
    void panicsTrapWithoutAMessage(String target) throws Exception {
        Compiler compiler = Compiler.builder().target(target).panic("trap").build();
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        Emulators.requireOrSkip(runner);
        CompileResult r = compiler.compile(CompileRequest.of(PROGRAM));
        assertTrue(r.success(), () -> r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
        byte[] image = r.artifact().image() != null ? r.artifact().image() : r.artifact().bytes();
        String bytes = new String(image, StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("index out of range"), "the image keeps the run-time error messages");

        boolean chip = runner instanceof EmulatorRunner;
        RunResult run = runner.run(image, new RunOptions(List.of(), Duration.ofSeconds(chip ? 3 : 10), null, null));
        // println writes to stderr on the host and wasi, to the serial port on a chip
        String out = chip ? run.output().replace("\r\n", "\n") : run.stdout() + run.stderr();
        // after the program's line only what the runner says of the trap may follow
        assertTrue(out.startsWith("before\n"), out);
        assertFalse(out.contains("panic") || out.contains("deferred") || out.contains("after"), out);
        if (chip) {
            // qemu keeps running the halted chip; simavr (no exit codes) ends on cli; sleep
            assertTrue(run.timedOut() || !runner.reportsExitCode(), "a trapped chip halts; it does not exit");
        } else {
            assertFalse(run.timedOut());
            assertNotEquals(0, run.exitCode());
            assertNotEquals(2, run.exitCode(), "exit code 2 is a printed panic's");
        }
    }
}
