package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Go sources of the project are gofmt-formatted: the runtime and standard library,
 * the boards' and the test board pack's packages, the test programs and packages, and the examples.
 * `gofmt -l` must list no file. gofmt comes from Debian's golang-1.19-go (or PATH); when
 * it is missing the test is skipped, or fails under TINYGO4J_REQUIRE_EMULATORS=1 as CI
 * sets it, like the emulator tests.
 */
class GofmtTest {

    /** The folders holding Go sources, relative to the repository root. */
    static final List<String> GO_SOURCES = List.of("tinygo-runtime/src/main/go", "tinygo-boards/src/main/resources",
            "test-board-pack/src/main/resources", "integration-tests/testdata", "integration-tests/testpkgs", "examples");

    @Test
    void goSourcesAreGofmtFormatted() throws Exception {
        Optional<Path> gofmt = gofmt();
        if (gofmt.isEmpty()) {
            String reason = "gofmt not found in /usr/lib/go-1.19/bin or on PATH (install the Debian package golang-1.19-go)";
            if (Emulators.required()) {
                fail(reason + " (TINYGO4J_REQUIRE_EMULATORS=1)");
            }
            assumeTrue(false, "skipped: " + reason);
        }
        Path root = Path.of("").toAbsolutePath().getParent(); // tests run in integration-tests/
        List<String> cmd = new ArrayList<>(List.of(gofmt.get().toString(), "-l"));
        for (String dir : GO_SOURCES) {
            Path p = root.resolve(dir);
            assertEquals(true, Files.isDirectory(p), "missing source folder " + p);
            cmd.add(p.toString());
        }
        Process proc = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true).start();
        proc.getOutputStream().close();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proc.waitFor(120, TimeUnit.SECONDS)) {
            proc.destroyForcibly();
            fail("gofmt did not finish");
        }
        assertEquals("", out.replace(root + "/", ""), "files that need gofmt -w (or that do not parse)");
        assertEquals(0, proc.exitValue());
    }

    private static Optional<Path> gofmt() {
        Path debian = Path.of("/usr/lib/go-1.19/bin/gofmt");
        if (Files.isExecutable(debian)) {
            return Optional.of(debian);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "gofmt");
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
