package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check-only: parse and type-check, diagnostics as the API's types, no code and no file. */
class CheckTest {
    @TempDir
    Path dir;

    private final Compiler wasi = Compiler.builder().target("wasi").build();

    @Test
    void aTypeErrorWithItsRangeAndCategory() {
        Path f = dir.resolve("edit.go");
        CompileResult r = wasi.check(CompileRequest.ofSource(f,
                "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(undefinedName)\n}\n"));
        assertEquals(CompileResult.Status.FAILED, r.status());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(new Diagnostic(Diagnostic.Severity.ERROR, Diagnostic.Category.TYPE, f.toString(), 6, 14, 6, 27,
                "undefined: undefinedName"), d);
        assertEquals(f + ":6:14: undefined: undefinedName", d.toString());
    }

    @Test
    void aSyntaxErrorIsSyntax() {
        CompileResult r = wasi.check(CompileRequest.ofSource(dir.resolve("s.go"), "package main\n\nfunc main() {\n\tx := \n}\n"));
        assertFalse(r.success());
        assertEquals(Diagnostic.Category.SYNTAX, r.diagnostics().get(0).category(), r.diagnostics()::toString);
        assertTrue(r.diagnostics().get(0).hasPosition());
    }

    @Test
    void aMissingPackageIsATypeErrorAtTheImport() {
        CompileResult r = wasi.check(CompileRequest.ofSource(dir.resolve("i.go"),
                "package main\n\nimport \"no/such/pkg\"\n\nfunc main() { pkg.X() }\n"));
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(Diagnostic.Category.TYPE, d.category(), r.diagnostics()::toString);
        assertEquals(3, d.line());
        assertEquals(8, d.column());
        assertEquals(21, d.endColumn(), "the end of the import path's string literal");
    }

    @Test
    void aMainPackageWithoutMainIsATypeError() {
        CompileResult r = wasi.check(CompileRequest.ofSource(dir.resolve("nomain.go"), "package main\n\nfunc f() {}\n"));
        assertEquals(List.of(Diagnostic.plain(Diagnostic.Severity.ERROR, Diagnostic.Category.TYPE,
                "function main is undeclared in the main package")), r.diagnostics());
    }

    @Test
    void aLibraryPackageChecksAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("never.wasm");
        CompileResult r = wasi.check(CompileRequest.ofSource(dir.resolve("lib.go"),
                "package lib\n\nimport \"strings\"\n\nfunc Up(s string) string { return strings.Repeat(s, 2) }\n")
                .withOutput(out));
        assertTrue(r.success(), r.diagnostics()::toString);
        assertNull(r.artifact());
        assertFalse(Files.exists(out));
    }

    @Test
    void aCheckRunsOnlyLoadAndCheck() {
        List<Phase> phases = new ArrayList<>();
        CompileResult r = wasi.check(CompileRequest.ofSource(dir.resolve("m.go"), "package main\n\nfunc main() {}\n")
                .withListener(new CompileListener() {
                    @Override
                    public void phaseStarted(Phase phase) {
                        phases.add(phase);
                    }
                }));
        assertTrue(r.success(), r.diagnostics()::toString);
        assertEquals(List.of(Phase.LOAD, Phase.CHECK), phases);
    }

    @Test
    void unsupportedConstructsAreUnsupported() {
        CompileResult r = Compiler.builder().target("wasi").scheduler("none").build().compile(CompileRequest.ofSource(
                dir.resolve("u.go"), "package main\n\nfunc f() {}\n\nfunc main() {\n\tgo f()\n}\n"));
        assertFalse(r.success());
        assertEquals(Diagnostic.Category.UNSUPPORTED, r.diagnostics().get(0).category(), r.diagnostics()::toString);
    }
}
