package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.run.RunOptions;
import org.tinygo4j.run.RunResult;
import org.tinygo4j.run.Runner;

/** A Go source that exists only in memory, compiled for WASI and run in this JVM. */
class EmbedTest {

    private static String resource(String name) throws Exception {
        try (InputStream in = EmbedTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void compilesAnInMemorySourceAndRunsIt() throws Exception {
        Compiler compiler = Compiler.builder().target("wasi").build();
        // the path only names the file (diagnostics, go.mod lookup): nothing is read from disk
        CompileResult r = compiler.compile(CompileRequest.ofSource(Path.of("unsaved/main.go"), resource("hello.go")));
        assertTrue(r.success(), () -> r.diagnostics().toString());
        RunResult run = Runner.forConfig(compiler.config()).orElseThrow().run(r.artifact().bytes(), RunOptions.defaults());
        assertEquals(0, run.exitCode(), run::output);
        assertEquals(resource("hello.out"), run.output()); // hello.out: what Go 1.19 printed
    }
}
