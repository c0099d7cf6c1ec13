package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.NodeRunner;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;

/**
 * Programs using syscall/js on the wasm target, run in Node with our wasm_exec.js
 * (src/test/resources/wasm/js/NAME.go, expected output NAME.out written by hand from
 * JavaScript's and Go's documented behaviour, since Go 1.19 cannot run them here):
 * values, properties, calls, exceptions as js.Error, type errors as ValueError
 * (values); Go functions called by JavaScript synchronously, from timers and promise
 * callbacks, blocking on channels while other goroutines and timers run (callbacks);
 * typed arrays, os.Args from the support file and println to stderr (bytes).
 */
class SyscallJsTest {
    static final Path DIR = Path.of("src/test/resources/wasm/js");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"values", "callbacks", "bytes"})
    void runsInNode(String name) throws Exception {
        Compiler compiler = Compiler.builder().target("wasm").build();
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        assertTrue(runner instanceof NodeRunner, runner::describe);
        Emulators.requireOrSkip(runner);
        CompileResult r = compiler.compile(CompileRequest.of(DIR.resolve(name + ".go")));
        assertTrue(r.success(), () -> r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
        RunResult run = runner.run(r.artifact().bytes(), RunOptions.defaults().withArgs(List.of("one", "two")));
        assertFalse(run.timedOut(), run::output);
        assertEquals(Files.readString(DIR.resolve(name + ".out")), run.output());
        assertEquals(0, run.exitCode(), run::output);
    }
}
