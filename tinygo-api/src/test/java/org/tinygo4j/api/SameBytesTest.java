package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A compilation's output depends on its input alone: eight compilations of two
 * programs for six targets, first one by one, then concurrently in shuffled rounds
 * (with one shared Compiler per target and with fresh ones), then one by one in reverse
 * order, give the same bytes every time. LLVM keeps some code-generation settings
 * process-wide (the jump-table threshold, which AVR's and WebAssembly's back ends
 * change); this test caught a host program that grew after a WASI compile in the same
 * JVM.
 */
class SameBytesTest {
    private static final Path DIR = Path.of("src/test/resources/samebytes");

    private record Job(String program, String target) {
        byte[] compile(Compiler compiler) {
            CompileResult r = compiler.compile(CompileRequest.of(DIR.resolve(program)));
            assertTrue(r.success(), () -> this + ": " + r.diagnostics());
            return r.artifact().bytes();
        }
    }

    private static final List<Job> JOBS = List.of(
            new Job("switches.go", "host"),
            new Job("switches.go", "wasi"),
            new Job("switches.go", "cortex-m-qemu"),
            new Job("switches.go", "arduino"),
            new Job("switches.go", "microbit"),
            new Job("plain.go", "arduino-nano33"),
            new Job("plain.go", "wasi"),
            new Job("plain.go", "host"));

    @Test
    void everyCompilationGivesTheSameBytesAloneOrInCompany() throws Exception {
        List<byte[]> first = new ArrayList<>();
        for (Job j : JOBS) {
            first.add(j.compile(Compiler.builder().target(j.target()).build()));
        }
        Map<String, Compiler> shared = new HashMap<>(); // one Compiler per target, used by every thread
        Random random = new Random(8);
        for (int round = 0; round < 2; round++) {
            boolean shareCompilers = round == 0;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < JOBS.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            try (ExecutorService pool = Executors.newFixedThreadPool(JOBS.size())) {
                List<Future<byte[]>> results = new ArrayList<>(Collections.nCopies(JOBS.size(), null));
                for (int i : order) {
                    Job j = JOBS.get(i);
                    Compiler c = shareCompilers
                            ? shared.computeIfAbsent(j.target(), t -> Compiler.builder().target(t).build())
                            : Compiler.builder().target(j.target()).build();
                    results.set(i, pool.submit(() -> j.compile(c)));
                }
                for (int i = 0; i < JOBS.size(); i++) {
                    assertArrayEquals(first.get(i), results.get(i).get(), JOBS.get(i) + " in concurrent round " + round);
                }
            }
        }
        for (int i = JOBS.size() - 1; i >= 0; i--) {
            Job j = JOBS.get(i);
            assertArrayEquals(first.get(i), j.compile(Compiler.builder().target(j.target()).build()),
                    j + " compiled again after the others");
        }
    }
}
