package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;

/**
 * tinygo-run's RunOptions reach the program: environment variables, standard input and
 * the working directory (the host process's, WASI's pre-opened "."). The program
 * (resources/runoptions/envstdin.go) prints what it got; the expected output is what it
 * printed under Go 1.19 given the same (envstdin.out: {@code printf 'first\nsecond
 * line\n' | GREETING="hello there" go run envstdin.go} in a folder holding marker.txt).
 */
class RunOptionsTest {
    static final Path DIR = Path.of("src/test/resources/runoptions").toAbsolutePath();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"host", "wasi"})
    void environmentInputAndDirectoryReachTheProgram(String target, @TempDir Path work) throws Exception {
        Files.writeString(work.resolve("marker.txt"), "from the working directory\n");
        Compiler compiler = Compiler.builder().target(target).build();
        CompileResult r = compiler.compile(CompileRequest.of(DIR.resolve("envstdin.go")));
        assertTrue(r.success(), () -> r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
        Runner runner = Runner.forConfig(compiler.config()).orElseThrow();
        RunResult run = runner.run(r.artifact().image(), RunOptions.defaults()
                .withEnv(Map.of("GREETING", "hello there"))
                .withStdin("first\nsecond line\n".getBytes(StandardCharsets.UTF_8))
                .withDirectory(work));
        assertEquals(0, run.exitCode(), run::output);
        assertEquals(Files.readString(DIR.resolve("envstdin.out")), run.output());
    }
}
