package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The committed expected outputs must be what the reference Go toolchain prints today:
 * runs regen-expected.sh --check when /usr/lib/go-1.19/bin/go exists (CI installs it),
 * and checks that every program has its expectation and that panicking ones expect 2.
 */
class ExpectedOutputsTest {
    static final Path GO = Path.of("/usr/lib/go-1.19/bin/go");

    @Test
    void expectationsAreCurrent() throws Exception {
        assumeTrue(Files.isExecutable(GO) || Emulators.required(),
                "skipped: " + GO + " not found (install the Debian package golang-1.19-go)");
        Process p = new ProcessBuilder("bash", "regen-expected.sh", "--check").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "regen-expected.sh --check did not finish");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("expected outputs are current"), out);
    }

    @Test
    void everyProgramHasAnExpectationAndPanicsExitWith2() {
        var programs = TestPrograms.all();
        assertTrue(programs.size() >= 8, "programs: " + programs);
        for (var p : programs) {
            assertTrue(!p.expectedOutput().isEmpty(), p.name() + " expects no output");
            if (p.panics()) {
                assertEquals(2, p.expectedExit(), p.name());
                assertTrue(p.expectedOutput().endsWith("\n") && p.expectedOutput().lines().reduce((a, b) -> b).orElse("")
                        .startsWith("panic: "), p.name() + " must end at its panic line");
            }
        }
    }
}
