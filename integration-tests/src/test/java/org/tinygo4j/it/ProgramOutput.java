package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;

/** Compiles one program for a target and runs it there, for tests whose expected output is not Go 1.19's. */
final class ProgramOutput {
    private ProgramOutput() {
    }

    /**
     * The program's output on the target (the serial stream of an emulator, CRLF read
     * as LF); skips the test when the target's emulator is missing, fails it when the
     * program does not compile or times out.
     */
    static String of(String target, Path program) throws Exception {
        return run(target, program).output().replace("\r\n", "\n");
    }

    /** As {@link #of}, the whole result: output, exit code (where the runner reports one). */
    static RunResult run(String target, Path program) throws Exception {
        Compiler compiler = Compiler.builder().target(target).build();
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        Emulators.requireOrSkip(runner);
        CompileResult r = compiler.compile(CompileRequest.of(program));
        assertTrue(r.success(), () -> "compile failed:\n" + r.diagnostics().stream()
                .map(Object::toString).collect(Collectors.joining("\n")));
        byte[] image = r.artifact().image() != null ? r.artifact().image() : r.artifact().bytes();
        RunResult run = runner.run(image, RunOptions.defaults());
        assertFalse(run.timedOut(), () -> "timed out; output so far:\n" + run.output() + run.stderr());
        return run;
    }
}
