package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listener hears every phase in order and can cancel; so can an interrupt. Neither throws. */
class ProgressTest {
    @TempDir
    Path dir;

    private final Compiler wasi = Compiler.builder().target("wasi").build();

    private Path program() throws IOException {
        Path p = dir.resolve("p.go");
        Files.writeString(p, "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\", 1) }\n");
        return p;
    }

    @Test
    void everyPhaseStartsAndEndsInOrder() throws IOException {
        List<String> events = new ArrayList<>();
        CompileResult r = wasi.compile(CompileRequest.of(program()).withListener(new CompileListener() {
            @Override
            public void phaseStarted(Phase phase) {
                events.add("start " + phase);
            }

            @Override
            public void phaseEnded(Phase phase, Duration took) {
                assertFalse(took.isNegative());
                events.add("end " + phase);
            }
        }));
        assertTrue(r.success(), r.diagnostics()::toString);
        List<String> expected = new ArrayList<>();
        for (Phase p : Phase.values()) {
            expected.add("start " + p);
            expected.add("end " + p);
        }
        assertEquals(expected, events);
    }

    @Test
    void theListenerHearsTheLinkersCommandAndMayKeepItsFolder() throws IOException {
        List<List<String>> commands = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        for (boolean keep : new boolean[] {false, true}) {
            CompileResult r = wasi.compile(CompileRequest.of(program()).withListener(new CompileListener() {
                @Override
                public boolean workDirectory(Path d) {
                    dirs.add(d);
                    return keep;
                }

                @Override
                public void commandStarted(List<String> command) {
                    commands.add(command);
                }
            }));
            assertTrue(r.success(), r.diagnostics()::toString);
        }
        assertEquals(2, commands.size());
        assertTrue(commands.get(0).get(0).endsWith("/wasm-ld"), commands.get(0)::toString);
        assertTrue(commands.get(1).contains(dirs.get(1).resolve("main.o").toString()), commands.get(1)::toString);
        assertFalse(Files.exists(dirs.get(0)), "a folder nobody kept is removed");
        // the kept folder holds the linked module the result carries
        Path wasm = dirs.get(1).resolve("main.wasm");
        assertTrue(Files.size(wasm) > 0);
        for (Path f : List.of(wasm, dirs.get(1).resolve("main.o"), dirs.get(1))) {
            Files.delete(f);
        }
    }

    @Test
    void theListenerCancelsMidCompileAndNothingIsWritten() throws IOException {
        Path out = dir.resolve("p.wasm");
        AtomicBoolean cancel = new AtomicBoolean();
        List<Phase> started = new ArrayList<>();
        CompileResult r = wasi.compile(CompileRequest.of(program()).withOutput(out).withListener(new CompileListener() {
            @Override
            public void phaseStarted(Phase phase) {
                started.add(phase);
                if (phase == Phase.SSA) {
                    cancel.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        }));
        assertEquals(CompileResult.Status.CANCELLED, r.status());
        assertTrue(r.cancelled());
        assertEquals(List.of(), r.diagnostics());
        assertEquals(List.of(Phase.LOAD, Phase.CHECK, Phase.SSA), started);
        assertFalse(Files.exists(out));
    }

    @Test
    void interruptingTheCallerCancels() throws Exception {
        Path out = dir.resolve("p.wasm");
        CountDownLatch inSsa = new CountDownLatch(1);
        AtomicReference<CompileResult> result = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        CompileRequest request = CompileRequest.of(program()).withOutput(out).withListener(new CompileListener() {
            @Override
            public void phaseStarted(Phase phase) {
                if (phase == Phase.SSA) {
                    inSsa.countDown();
                    try {
                        Thread.sleep(500); // time for the interrupt to reach the compilation
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
        Thread caller = new Thread(() -> {
            result.set(wasi.compile(request));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        assertTrue(inSsa.await(60, TimeUnit.SECONDS));
        caller.interrupt();
        caller.join(60_000);
        assertFalse(caller.isAlive());
        assertEquals(CompileResult.Status.CANCELLED, result.get().status(), () -> result.get().diagnostics().toString());
        assertTrue(stillInterrupted.get(), "the caller's interrupt status is kept");
        assertFalse(Files.exists(out));
    }

    @Test
    void anInterruptedCallerGetsACancelledResultAtOnce() throws IOException {
        Path p = program();
        Thread.currentThread().interrupt();
        try {
            assertEquals(CompileResult.Status.CANCELLED, wasi.compile(CompileRequest.of(p)).status());
        } finally {
            assertTrue(Thread.interrupted());
        }
    }
}
