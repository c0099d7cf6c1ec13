package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API: artifacts and sizes, output files, diagnostics for user errors. */
class CompilerTest {
    @TempDir
    Path dir;

    private Path write(String name, String source) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, source);
        return p;
    }

    @Test
    void wasiArtifactIsAWasmModuleWithItsSize() throws IOException {
        Path src = write("hello.go", "package main\n\nfunc main() { println(\"hi\") }\n");
        Path out = dir.resolve("hello.wasm");
        CompileResult r = Compiler.builder().target("wasi").build().compile(CompileRequest.of(src).withOutput(out));
        assertTrue(r.success(), r.diagnostics()::toString);
        assertEquals(OutputFormat.WASM, r.artifact().format());
        assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, java.util.Arrays.copyOf(r.artifact().bytes(), 4));
        assertArrayEquals(r.artifact().bytes(), Files.readAllBytes(out));
        assertEquals(r.artifact().bytes().length, r.artifact().sizes().fileBytes());
    }

    @Test
    void hexOutputForAMicrocontroller() throws IOException {
        Path src = write("hello.go", "package main\n\nfunc main() { println(\"hi\") }\n");
        CompileResult r = Compiler.builder().target("microbit").build()
                .compile(CompileRequest.of(src).withOutput(dir.resolve("hello.hex")));
        assertTrue(r.success(), r.diagnostics()::toString);
        String hex = new String(r.artifact().bytes());
        assertTrue(hex.startsWith(":") && hex.strip().endsWith(":00000001FF"), hex);
        assertTrue(r.artifact().sizes().code() > 0);
    }

    @Test
    void typeErrorWritesNothingAndKeepsTheOldFile() throws IOException {
        Path src = write("bad.go", "package main\n\nfunc main() {\n\tvar s string = 1\n\tprintln(s)\n}\n");
        Path out = write("old.wasm", "old contents");
        CompileResult r = Compiler.builder().target("wasi").build().compile(CompileRequest.of(src).withOutput(out));
        assertFalse(r.success());
        assertNull(r.artifact());
        assertTrue(r.diagnostics().get(0).toString().endsWith("bad.go:4:17: "
                + "cannot use 1 (untyped int constant) as string value in variable declaration"),
                r.diagnostics()::toString);
        assertEquals("old contents", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "a temporary file was left behind");
        }
    }

    @Test
    void unknownTargetNamesTheValidOnes() {
        String msg = org.junit.jupiter.api.Assertions.assertThrows(InvalidConfigurationException.class,
                () -> Compiler.builder().target("nosuch").build()).getMessage();
        assertTrue(msg.contains("nosuch") && msg.contains("wasi") && msg.contains("arduino"), msg);
    }

    @Test
    void twoCompilationsRunConcurrentlyInOneJvm() throws Exception {
        Path a = write("a.go", "package main\n\nfunc main() { println(1) }\n");
        Path b = write("b.go", "package main\n\nfunc main() { println(2) }\n");
        Compiler c = Compiler.builder().target("arduino").build();
        CompletableFuture<CompileResult> fa = CompletableFuture.supplyAsync(() -> c.compile(CompileRequest.of(a)));
        CompletableFuture<CompileResult> fb = CompletableFuture.supplyAsync(() -> c.compile(CompileRequest.of(b)));
        assertTrue(fa.get().success(), fa.get().diagnostics()::toString);
        assertTrue(fb.get().success(), fb.get().diagnostics()::toString);
        assertArrayEquals(c.compile(CompileRequest.of(a)).artifact().bytes(), fa.get().artifact().bytes());
    }

    /**
     * Without a scheduler (-scheduler=none) a go statement is reported where it is, as a
     * construct not supported (the last such construct of the language); channels still work.
     */
    @Test
    void goStatementWithoutSchedulerIsAPositionedDiagnostic() throws IOException {
        Path src = write("g.go", "package main\n\nfunc f() {}\n\nfunc main() {\n\tc := make(chan int, 1)\n\tc <- 1\n\tgo f()\n}\n");
        CompileResult r = Compiler.builder().target("wasi").scheduler("none").build().compile(CompileRequest.of(src));
        assertFalse(r.success());
        assertEquals(1, r.diagnostics().size(), r.diagnostics()::toString);
        assertTrue(r.diagnostics().get(0).toString().matches(".*g\\.go:8:2: not supported yet: go statement on this target.*"),
                r.diagnostics()::toString);
        assertTrue(Compiler.builder().target("host").build().compile(CompileRequest.of(src)).success());
        assertTrue(Compiler.builder().target("wasi").build().compile(CompileRequest.of(src)).success());
    }

    /** A function declared without a body that nothing provides: gc's error at its name, not the linker's. */
    @Test
    void missingFunctionBodyIsGcsError() throws IOException {
        Path src = write("nobody.go", "package main\n\nfunc f()\n\nfunc main() {\n\tf()\n}\n");
        CompileResult r = Compiler.builder().target("host").build().compile(CompileRequest.of(src));
        assertFalse(r.success());
        assertEquals(1, r.diagnostics().size(), r.diagnostics()::toString);
        assertTrue(r.diagnostics().get(0).toString().endsWith("nobody.go:3:6: missing function body"),
                r.diagnostics()::toString);
    }

    @Test
    void tenErrorsThenTooManyErrorsAsGcStops() throws IOException {
        // gc 1.19 on this file: duplicate cases reported at lines 7..16, then
        // "dup.go:16:7: too many errors"; before the limit we printed all 4,999.
        StringBuilder src = new StringBuilder("package main\n\nfunc main() {\n\tx := 1\n\tswitch x {\n");
        src.append("\tcase 1:\n".repeat(5000)).append("\t}\n}\n");
        Path p = write("dup.go", src.toString());
        CompileResult r = Compiler.builder().target("wasi").build().compile(CompileRequest.of(p));
        assertFalse(r.success());
        assertEquals(11, r.diagnostics().size(), r.diagnostics()::toString);
        assertTrue(r.diagnostics().get(0).toString().contains("dup.go:7:7: duplicate case 1"), r.diagnostics()::toString);
        assertTrue(r.diagnostics().get(9).toString().contains("dup.go:16:7: duplicate case 1"), r.diagnostics()::toString);
        assertTrue(r.diagnostics().get(10).toString().endsWith("dup.go:16:7: too many errors"), r.diagnostics()::toString);
    }
}
