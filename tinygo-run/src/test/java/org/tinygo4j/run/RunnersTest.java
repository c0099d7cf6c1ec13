package org.tinygo4j.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tinygo4j.boards.TargetRegistry;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.boards.config.BuildOptions;

/**
 * The runners on hand-assembled images (no compiler needed), chosen from the built-in
 * targets' configurations: output capture, exit codes through each target's exit
 * contract, the end marker, emulator chatter, and the time limit. Emulator tests are
 * skipped when the emulator is missing.
 */
class RunnersTest {

    @ParameterizedTest
    @EnumSource(WasiRunner.Engine.class)
    void wasiCapturesBothStreamsAndProcExitCode(WasiRunner.Engine engine) throws Exception {
        ByteArrayOutputStream echo = new ByteArrayOutputStream();
        RunResult r = new WasiRunner(engine).run(TestImages.wasi("out\n", "err\n", 3),
                RunOptions.defaults().withEcho(echo, echo));
        assertEquals("out\n", r.stdout());
        assertEquals("err\n", r.stderr());
        assertEquals("out\nerr\n", r.output());
        assertEquals(3, r.exitCode());
        assertFalse(r.timedOut());
        assertEquals("out\nerr\n", echo.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(WasiRunner.Engine.class)
    void wasiExitZero(WasiRunner.Engine engine) throws Exception {
        RunResult r = new WasiRunner(engine).run(TestImages.wasi("a", "", 0), RunOptions.defaults());
        assertEquals(0, r.exitCode());
        assertEquals("a", r.output());
    }

    /**
     * An indirect call with more arguments than a JVM method may take, which Chicory
     * 1.7.5's compiler turns into a class the JVM rejects (VerifyError): both engines
     * run it, the compiler by starting again in the interpreter.
     */
    @ParameterizedTest
    @EnumSource(WasiRunner.Engine.class)
    void wasiRunsACallOfThreeHundredParameters(WasiRunner.Engine engine) throws Exception {
        RunResult r = new WasiRunner(engine).run(TestImages.wasiManyParams(300), RunOptions.defaults());
        assertEquals("ok\n", r.output());
        assertEquals(0, r.exitCode(), r.stderr());
    }

    @ParameterizedTest
    @EnumSource(WasiRunner.Engine.class)
    void wasiTimeoutStopsAnEndlessLoop(WasiRunner.Engine engine) throws Exception {
        long t0 = System.nanoTime();
        RunResult r = new WasiRunner(engine).run(TestImages.wasiLoop(), RunOptions.defaults().withTimeout(Duration.ofSeconds(1)));
        assertTrue(r.timedOut());
        assertEquals(RunResult.EXIT_TIMEOUT, r.exitCode());
        assertTrue(r.stderr().contains("time limit of 1 s"), r.stderr());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "the time limit was not applied");
    }

    @Test
    void wasiRejectsGarbageAsAnEnvironmentError() {
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new WasiRunner().run(new byte[] {1, 2, 3}, RunOptions.defaults()));
    }

    /** The runner a built-in target's configuration asks for. */
    private static Runner runner(String target) throws Exception {
        BuildConfig c = BuildConfig.resolve(TargetRegistry.load().resolve(target), BuildOptions.defaults());
        return Runner.forConfig(c).orElseThrow(() -> new AssertionError(target + ": no runner"));
    }

    @Test
    void qemuArmSemihostingOutputAndExitCode() throws Exception {
        for (String target : new String[] {"cortex-m-qemu", "microbit"}) {
            Runner runner = runner(target);
            assumeTrue(runner.unavailableReason().isEmpty(), () -> runner.unavailableReason().get());
            RunResult r = runner.run(TestImages.cortexM("hi arm\n", 5, true), RunOptions.defaults());
            assertEquals("hi arm\n", r.output(), target);
            assertEquals(r.output(), r.stdout());
            assertEquals(5, r.exitCode(), target + ": " + r.stderr());
            assertFalse(r.timedOut());
        }
    }

    @Test
    void qemuArmTimeoutIsReported() throws Exception {
        Runner runner = runner("cortex-m-qemu");
        assumeTrue(runner.unavailableReason().isEmpty(), () -> runner.unavailableReason().get());
        RunResult r = runner.run(TestImages.cortexM("spin\n", 0, false),
                RunOptions.defaults().withTimeout(Duration.ofSeconds(2)));
        assertTrue(r.timedOut());
        assertEquals(RunResult.EXIT_TIMEOUT, r.exitCode());
        assertEquals("spin\n", r.output());
        assertTrue(r.stderr().contains("time limit of 2 s"), r.stderr());
    }

    @Test
    void avrEndMarkerGivesExitCodeAndIsStripped() throws Exception {
        Runner runner = runner("arduino");
        assumeTrue(runner.unavailableReason().isEmpty(), () -> runner.unavailableReason().get());
        assumeTrue(runner.reportsExitCode(), "simavr cannot report exit codes; install qemu-system-misc");
        RunResult r = runner.run(TestImages.avr("hi avr\n", 7, true), RunOptions.defaults());
        assertEquals("hi avr\n", r.output());
        assertEquals(7, r.exitCode(), r.stderr());
        assertFalse(r.timedOut());
        assertEquals("", r.stderr());
    }

    @Test
    void avrWithoutMarkerTimesOut() throws Exception {
        Runner runner = runner("arduino");
        assumeTrue(runner.unavailableReason().isEmpty(), () -> runner.unavailableReason().get());
        assumeTrue(runner.reportsExitCode(), "needs qemu-system-avr");
        RunResult r = runner.run(TestImages.avr("x\n", 0, false), RunOptions.defaults().withTimeout(Duration.ofSeconds(2)));
        assertTrue(r.timedOut());
        assertEquals("x\n", r.output());
        assertTrue(r.stderr().contains("end marker"), r.stderr());
    }

    @Test
    void endMarkerSplitAcrossChunks() {
        OutputCapture cap = new OutputCapture(null, null);
        EndMarker m = new EndMarker(cap);
        m.accept(new byte[] {'o', 'k', 4}, 3);
        assertFalse(m.exitCode().isDone());
        m.accept(new byte[] {2, 'z'}, 2);
        assertEquals(2, m.exitCode().join());
        assertEquals("ok", cap.result(0, false).output());
    }

    @Test
    void simavrLogDecoding() {
        assertEquals("hi\nthere\n", EmulatorRunner.decodeSimavr("\u001b[32mhi.\n\u001b[0m\u001b[32mthere.\n\u001b[0m"));
    }

    @Test
    void emulatorChatterIsDropped() {
        String qemu = "Timer with period zero, disabling\nqemu-system-arm: fatal: Lockup\n"
                + "qemu-system-arm: terminating on signal 15 from pid 7 (java)\nqemu-system-a\n";
        assertEquals("qemu-system-arm: fatal: Lockup\n", EmulatorRunner.withoutChatter(qemu, "qemu-system-arm"));
    }

    @Test
    void runnerChosenByTheTargetsEmulatorField() throws Exception {
        assertInstanceOf(WasiRunner.class, runner("wasi"), "emulator \"chicory {}\"");
        assertInstanceOf(HostRunner.class, runner("host"), "no emulator, this machine's GOOS/GOARCH");
        EmulatorRunner microbit = (EmulatorRunner) runner("microbit");
        assertTrue(microbit.commands().get(0).startsWith("qemu-system-arm -M microbit "), microbit.commands().toString());
        assertFalse(microbit.endMarker());
        EmulatorRunner uno = (EmulatorRunner) runner("arduino");
        assertTrue(uno.endMarker());
        assertEquals(2, uno.commands().size(), "qemu-system-avr, then simavr");
        BuildConfig nano = BuildConfig.resolve(TargetRegistry.load().resolve("arduino-nano33"), BuildOptions.defaults());
        assertTrue(Runner.forConfig(nano).isEmpty(), "a board that is only flashed");
    }

    @Test
    void aMissingEmulatorIsNamedWithItsPackage() {
        EmulatorRunner r = new EmulatorRunner(java.util.List.of("no-such-emulator-xyz -k {}", "qemu-no-such {}"), false);
        assertEquals("no-such-emulator-xyz, nor qemu-no-such not found on PATH", r.unavailableReason().orElseThrow());
        EmulatorRunner q = new EmulatorRunner(java.util.List.of("simavr-missing {}"), true);
        assertTrue(q.unavailableReason().isPresent());
    }

    @Test
    void hostRunsAnExecutableAndPassesItsExitCode() throws Exception {
        HostRunner runner = new HostRunner();
        assumeTrue(runner.unavailableReason().isEmpty());
        // a shell script is an executable image as far as the host runner is concerned
        byte[] script = "#!/bin/sh\necho out; echo err >&2; echo \"$1\"; exit 4\n".getBytes(StandardCharsets.UTF_8);
        RunResult r = runner.run(script, RunOptions.defaults().withArgs(java.util.List.of("arg1")));
        // without echo streams (tests) both streams share a pipe: the output keeps the write order
        assertEquals("out\nerr\narg1\n", r.output());
        assertEquals("", r.stderr());
        assertEquals(4, r.exitCode());
        // with echo streams (the CLI) they stay apart
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult e = runner.run(script, RunOptions.defaults().withArgs(java.util.List.of("arg1")).withEcho(out, err));
        assertEquals("out\narg1\n", e.stdout());
        assertEquals("err\n", e.stderr());
        assertEquals("out\narg1\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("err\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(4, e.exitCode());
    }

    @Test
    void hostTimeout() throws Exception {
        HostRunner runner = new HostRunner();
        assumeTrue(runner.unavailableReason().isEmpty());
        byte[] script = "#!/bin/sh\necho start\nexec sleep 30\n".getBytes(StandardCharsets.UTF_8);
        RunResult r = runner.run(script, RunOptions.defaults().withTimeout(Duration.ofMillis(1500)));
        assertTrue(r.timedOut());
        assertEquals("start\n", r.stdout());
        assertTrue(r.stderr().contains("time limit of 1.5 s"), r.stderr());
    }
}
