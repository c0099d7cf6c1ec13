package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.cli.run.RunOptions;
import org.tinygo4j.cli.run.RunResult;
import org.tinygo4j.cli.run.Runner;

/**
 * min, max and clear (Go 1.21 builtins) on operands that are not constants: integers,
 * strings, floats (a NaN operand gives NaN, min(0, -0) is -0 and max(0, -0) is +0),
 * clear of a slice (its elements up to len, pointers included) and of a map. Go 1.19
 * has none of them, so it cannot be the oracle: the expected lines follow from the
 * Go 1.21 specification's definitions, one line per println of builtins.go.
 */
class NewBuiltinsTest {
    private static final String PROGRAM = "src/test/resources/builtins121/builtins.go";

    private static final String EXPECTED = """
            -3 7 -3 12 5 7
            -9 4
            100 255
            apple cherry true
            true true true
            true true
            true true false false true false
            true true
            1 0 0 4 2
            true true 2
            0 0
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"host", "wasi", "cortex-m-qemu", "microbit", "arduino"})
    void minMaxAndClear(String target) throws Exception {
        Compiler compiler = Compiler.builder().target(target).build();
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        Emulators.requireOrSkip(runner);
        CompileResult r = compiler.compile(CompileRequest.of(Path.of(PROGRAM)));
        assertTrue(r.success(), () -> "compile failed:\n" + r.diagnostics().stream()
                .map(Object::toString).collect(Collectors.joining("\n")));
        byte[] image = r.artifact().image() != null ? r.artifact().image() : r.artifact().bytes();
        RunResult run = runner.run(image, RunOptions.defaults());
        assertFalse(run.timedOut(), () -> "timed out; output so far:\n" + run.output() + run.stderr());
        assertEquals(EXPECTED, run.output().replace("\r\n", "\n"), () -> "stderr: " + run.stderr());
    }
}
