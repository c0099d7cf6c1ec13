package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems with the build rather than the source are ENVIRONMENT diagnostics found
 * before any work (no phase starts); bad settings fail at build().
 */
class EnvironmentTest {
    @TempDir
    Path dir;

    private final List<Phase> phases = new ArrayList<>();
    private final CompileListener recorder = new CompileListener() {
        @Override
        public void phaseStarted(Phase phase) {
            phases.add(phase);
        }
    };

    private Path hello() throws IOException {
        Path p = dir.resolve("hello.go");
        Files.writeString(p, "package main\n\nfunc main() { println(\"hi\") }\n");
        return p;
    }

    @Test
    void aMissingOutputFolderIsReportedBeforeAnyWork() throws IOException {
        Path out = dir.resolve("no/such/folder/hello.wasm");
        CompileResult r = Compiler.builder().target("wasi").build()
                .compile(CompileRequest.of(hello()).withOutput(out).withListener(recorder));
        assertEquals(CompileResult.Status.FAILED, r.status());
        assertEquals(List.of(Diagnostic.plain(Diagnostic.Severity.ERROR, Diagnostic.Category.ENVIRONMENT,
                "output folder " + out.getParent() + " does not exist")), r.diagnostics());
        assertEquals(List.of(), phases, "no phase may start");
    }

    @Test
    void aMissingSourceIsReportedBeforeAnyWork() {
        Path missing = dir.resolve("missing.go");
        CompileResult r = Compiler.builder().target("wasi").build()
                .compile(CompileRequest.of(missing).withListener(recorder));
        assertEquals(Diagnostic.Category.ENVIRONMENT, r.diagnostics().get(0).category());
        assertEquals("stat " + missing + ": no such file or directory", r.diagnostics().get(0).message());
        assertEquals(List.of(), phases);
    }

    @Test
    void aFormatTheTargetCannotProduceIsReportedBeforeAnyWork() throws IOException {
        CompileResult r = Compiler.builder().target("microbit").build()
                .compile(CompileRequest.of(hello()).withOutput(dir.resolve("x.uf2")).withListener(recorder));
        assertFalse(r.success());
        assertEquals(Diagnostic.Category.ENVIRONMENT, r.diagnostics().get(0).category());
        assertEquals(List.of(), phases);
    }

    @Test
    void unknownTargetsAndBadOptionsFailAtBuild() {
        String unknown = assertThrows(InvalidConfigurationException.class,
                () -> Compiler.builder().target("no-such-board").build()).getMessage();
        assertTrue(unknown.startsWith("unknown target \"no-such-board\"; valid targets: "), unknown);
        assertEquals("invalid -opt=9: must be one of 0, 1, 2, s, z",
                assertThrows(InvalidConfigurationException.class, () -> Compiler.builder().opt("9").build())
                        .getMessage());
    }

    @Test
    void aTargetJsonForAnArchitectureWithoutBackEndFailsAtBuild() throws IOException {
        Path json = dir.resolve("pdp.json");
        Files.writeString(json, "{\"inherits\": [\"cortex-m-qemu\"], \"llvm-target\": \"pdp11-unknown-none\"}");
        assertEquals("target pdp: unsupported LLVM architecture \"pdp11\" (llvm-target pdp11-unknown-none)",
                assertThrows(InvalidConfigurationException.class, () -> Compiler.builder().target(json.toString()).build())
                        .getMessage());
    }
}
