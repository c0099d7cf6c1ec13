package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

/**
 * The library logs through slf4j (phase timings at debug level, as captured by this
 * module's test binding, CapturedLogs) and writes nothing to stdout or stderr itself.
 */
class LoggingTest {
    @TempDir
    Path dir;

    @Test
    void phaseTimingsAreDebugEventsAndNothingIsPrinted() throws Exception {
        Path src = dir.resolve("hello.go");
        Files.writeString(src, "package main\n\nfunc main() {\n\tprintln(undefined)\n}\n");
        Path ok = dir.resolve("ok.go");
        Files.writeString(ok, "package main\n\nfunc main() { println(\"hi\") }\n");
        Compiler c = Compiler.builder().target("wasi").build();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CapturedLogs.clear();
        try (PrintStream capture = new PrintStream(printed, true)) {
            System.setOut(capture);
            System.setErr(capture);
            c.compile(CompileRequest.of(src));
            c.compile(CompileRequest.of(ok).withOutput(dir.resolve("ok.wasm")));
            c.check(CompileRequest.of(ok));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", printed.toString(), "the library printed something");
        List<String> debug = CapturedLogs.events().stream()
                .filter(e -> e.level() == Level.DEBUG && e.logger().startsWith("org.tinygo4j."))
                .map(CapturedLogs.Event::message).toList();
        for (String phase : List.of("load", "check", "ssa", "codegen", "link")) {
            assertTrue(debug.stream().anyMatch(m -> m.matches(phase + " took \\d+ ms")), phase + ": " + debug);
        }
        assertTrue(debug.stream().anyMatch(m -> m.startsWith("compiled " + ok + " for wasi in ")), debug::toString);
    }
}
