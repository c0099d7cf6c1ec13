package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.EmulatorRunner;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.it.TestPrograms.Program;

/**
 * The clock of the Uno and the Mega never goes back: testdata/clock_monotonic.go, which
 * RunProgramsTest runs on the other targets, runs here on both under simavr, which
 * models Timer1 cycle by cycle. qemu-system-avr, the Uno's first emulator, is left out for this
 * program: its Timer1 counter can read past the compare value before its late
 * compare-match callback, and its compare-match flag stays set after the interrupt, so
 * readings there go back by up to a millisecond where a chip's would not (see
 * docs/ARCHITECTURE.md, "The clocks never go back").
 */
class AvrClockTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"arduino, atmega328p", "arduino-mega2560, atmega2560"})
    void clockNeverGoesBackUnderSimavr(String target, String mcu) throws Exception {
        Emulators.requireProgramOrSkip("simavr", "simavr");
        Program program = TestPrograms.all().stream().filter(p -> p.name().equals("clock_monotonic")).findFirst()
                .orElseThrow();
        Compiler compiler = Compiler.builder().target(target).build();
        CompileResult r = compiler.compile(CompileRequest.of(program.source()));
        assertTrue(r.success(), () -> r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));

        EmulatorRunner simavr = new EmulatorRunner(List.of("simavr -m " + mcu + " -f 16000000 {}"), false);
        RunResult run = simavr.run(r.artifact().image(), RunOptions.defaults());
        assertFalse(run.timedOut(), () -> "timed out: " + run.output() + run.stderr());
        assertEquals(program.expectedOutput(), run.output().replace("\r\n", "\n"));
    }
}
