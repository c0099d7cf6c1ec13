package org.tinygo4j.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The runners on hand-assembled images (no compiler needed): output capture, exit codes
 * through each target's exit contract, the end marker, and the time limit. Emulator
 * tests are skipped when the emulator is missing.
 */
class RunnersTest {

    @Test
    void wasiCapturesBothStreamsAndProcExitCode() throws Exception {
        ByteArrayOutputStream echo = new ByteArrayOutputStream();
        RunResult r = new WasiRunner().run(TestImages.wasi("out\n", "err\n", 3),
                RunOptions.defaults().withEcho(echo, echo));
        assertEquals("out\n", r.stdout());
        assertEquals("err\n", r.stderr());
        assertEquals("out\nerr\n", r.output());
        assertEquals(3, r.exitCode());
        assertFalse(r.timedOut());
        assertEquals("out\nerr\n", echo.toString(StandardCharsets.UTF_8));
    }

    @Test
    void wasiExitZero() throws Exception {
        RunResult r = new WasiRunner().run(TestImages.wasi("a", "", 0), RunOptions.defaults());
        assertEquals(0, r.exitCode());
        assertEquals("a", r.output());
    }

    @Test
    void wasiTimeoutStopsAnEndlessLoop() throws Exception {
        long t0 = System.nanoTime();
        RunResult r = new WasiRunner().run(TestImages.wasiLoop(), RunOptions.defaults().withTimeout(Duration.ofSeconds(1)));
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

    @Test
    void qemuArmSemihostingOutputAndExitCode() throws Exception {
        for (String machine : new String[] {"lm3s6965evb", "microbit"}) {
            QemuArmRunner runner = new QemuArmRunner(machine);
            assumeTrue(runner.unavailableReason().isEmpty(), () -> runner.unavailableReason().get());
            RunResult r = runner.run(TestImages.cortexM("hi arm\n", 5, true), RunOptions.defaults());
            assertEquals("hi arm\n", r.output(), machine);
            assertEquals(r.output(), r.stdout());
            assertEquals(5, r.exitCode(), machine + ": " + r.stderr());
            assertFalse(r.timedOut());
        }
    }

    @Test
    void qemuArmTimeoutIsReported() throws Exception {
        QemuArmRunner runner = new QemuArmRunner("lm3s6965evb");
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
        AvrRunner runner = new AvrRunner();
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
        AvrRunner runner = new AvrRunner();
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
        assertEquals("hi\nthere\n", AvrRunner.decodeSimavr("\u001b[32mhi.\n\u001b[0m\u001b[32mthere.\n\u001b[0m"));
    }

    @Test
    void runnerChosenByTargetNameAndByImage() {
        assertInstanceOf(WasiRunner.class, Runner.forTarget("wasi", null).orElseThrow());
        assertInstanceOf(HostRunner.class, Runner.forTarget("host", null).orElseThrow());
        assertEquals("microbit", ((QemuArmRunner) Runner.forTarget("microbit", null).orElseThrow()).machine());
        assertEquals("lm3s6965evb", ((QemuArmRunner) Runner.forTarget("cortex-m-qemu", null).orElseThrow()).machine());
        assertInstanceOf(AvrRunner.class, Runner.forTarget("arduino", null).orElseThrow());
        assertTrue(Runner.forTarget("arduino-nano33", null).isEmpty());
        // a board-pack target is recognised by its image
        assertInstanceOf(QemuArmRunner.class, Runner.forTarget("my-board", TestImages.cortexM("", 0, true)).orElseThrow());
        assertInstanceOf(AvrRunner.class, Runner.forTarget("my-avr", TestImages.avr("", 0, true)).orElseThrow());
        assertInstanceOf(WasiRunner.class, Runner.forTarget("my-wasm", TestImages.wasi("", "", 0)).orElseThrow());
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
