package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.api.Diagnostic;
import org.tinygo4j.run.EmulatorRunner;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;
import org.tinygo4j.it.TestPrograms.Program;

/**
 * `-scheduler=none`: the time programs of testdata that start no goroutine (sleeps,
 * timers, tickers, time.After in a select, the clock's readings) print what Go 1.19
 * printed for them, on each of their targets, with no scheduler linked; and a program
 * with a go statement is refused with a positioned diagnostic on every target. (Not
 * wasm: GOOS js runs main and its JavaScript callbacks as goroutines, so it takes only
 * its own scheduler.)
 */
class SchedulerNoneTest {
    /** The testdata programs that use time and start no goroutine (AfterFunc starts one). */
    static final Set<String> PROGRAMS = Set.of("timers", "timerbasics", "timenow", "timefmt", "durations");

    static Stream<Arguments> cases() {
        return RunProgramsTest.TARGETS.stream().filter(t -> !t.equals("wasm")).flatMap(t -> TestPrograms.all().stream()
                .filter(p -> PROGRAMS.contains(p.name()) && p.runsOn(t)).map(p -> Arguments.of(t, p)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void timeWorksWithoutAScheduler(String target, Program program) throws Exception {
        Compiler compiler = Compiler.builder().target(target).scheduler("none").build();
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        Emulators.requireOrSkip(runner);
        CompileResult r = compiler.compile(CompileRequest.of(program.source()));
        assertTrue(r.success(), () -> "compile failed:\n" + r.diagnostics().stream()
                .map(Object::toString).collect(Collectors.joining("\n")));
        byte[] image = r.artifact().image() != null ? r.artifact().image() : r.artifact().bytes();
        RunResult run = runner.run(image, RunOptions.defaults());
        assertFalse(run.timedOut(), () -> "timed out; output so far:\n" + run.output() + run.stderr());
        String actual = runner instanceof EmulatorRunner ? run.output().replace("\r\n", "\n") : run.output();
        assertEquals(program.expectedOutput(), actual, () -> "output differs (emulator said: " + run.stderr() + ")");
        if (runner.reportsExitCode()) {
            assertEquals(0, run.exitCode(), () -> "exit code; stderr: " + run.stderr());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"host", "wasi", "cortex-m-qemu", "microbit", "arduino", "hifive1b"})
    void goStatementIsAPositionedDiagnostic(String target) {
        Compiler compiler = Compiler.builder().target(target).scheduler("none").build();
        CompileResult r = compiler.compile(CompileRequest.of(TestPrograms.DATA.resolve("sleeporder_small.go")));
        assertFalse(r.success());
        List<String> errors = r.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .map(Object::toString).toList();
        // the first of the program's two go statements, at its "go" keyword
        assertTrue(errors.stream().anyMatch(e -> e.contains("sleeporder_small.go:15:2: not supported yet: go statement")),
                () -> String.join("\n", errors));
    }
}
