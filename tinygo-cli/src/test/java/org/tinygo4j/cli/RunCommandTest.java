package org.tinygo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `tinygo run` starts what the target JSON's "emulator" field says, with "{}" replaced
 * by the image, for built-in targets and targets given as JSON files alike; the
 * emulator's chatter on stderr is dropped; a target without an emulator says that it
 * cannot run here.
 */
class RunCommandTest {

    @TempDir
    Path dir;

    private Path hello() throws IOException {
        Path p = dir.resolve("hello.go");
        try (InputStream in = RunCommandTest.class.getResourceAsStream("/hello.go")) {
            Files.copy(in, p);
        }
        return p;
    }

    /** A target JSON beside the program, inheriting a built-in target and naming its own emulator (or none). */
    private Path target(String name, String inherits, String emulator) throws IOException {
        Path p = dir.resolve(name + ".json");
        Files.writeString(p, "{\"inherits\": [\"" + inherits + "\"]"
                + (emulator == null ? "" : ", \"emulator\": \"" + emulator + "\"") + "}\n");
        return p;
    }

    @Test
    void runsTheCommandOfTheEmulatorField() throws IOException {
        Path script = dir.resolve("fake-emulator.sh");
        Files.writeString(script, """
                #!/bin/sh
                echo "Timer with period zero, disabling" >&2
                echo "emulated $1 $(head -c 4 "$2" | tail -c 3)"
                echo "fake-emulator: warning: something real" >&2
                exit 3
                """);
        Path json = target("fake-board", "cortex-m-qemu", "/bin/sh " + script + " -kernel {}");
        CliTest.Outcome o = CliTest.tinygo("run", "-target=" + json, hello().toString());
        assertEquals(3, o.code(), o.err());
        assertEquals("emulated -kernel ELF\n", o.out());
        assertEquals("fake-emulator: warning: something real\n", o.err(), "chatter dropped, the rest kept");
    }

    @Test
    void aTargetWithoutEmulatorCannotRunHere() throws IOException {
        Path json = target("flash-only", "atsamd21g18a", null);
        Files.writeString(json, "{\"inherits\": [\"atsamd21g18a\"], \"flash-method\": \"msd\"}\n");
        CliTest.Outcome o = CliTest.tinygo("run", "-target=" + json, hello().toString());
        assertEquals(1, o.code());
        assertEquals("tinygo run: cannot run target " + json + " here: it names no emulator (no \"emulator\" in its"
                + " target JSON); use `tinygo build` and flash the image to the board\n", o.err());
        o.assertNoStackTrace();
    }

    @Test
    void aMissingEmulatorProgramIsNamed() throws IOException {
        Path json = target("odd-board", "cortex-m-qemu", "qemu-system-nonesuch -kernel {}");
        CliTest.Outcome o = CliTest.tinygo("run", "-target=" + json, hello().toString());
        assertEquals(1, o.code());
        assertEquals("tinygo run: cannot run target " + json + ": qemu-system-nonesuch not found on PATH\n", o.err());
    }

    @Test
    void runsOnCortexMQemuThroughItsEmulatorField() throws IOException {
        if (!onPath("qemu-system-arm")) {
            if ("1".equals(System.getenv("TINYGO4J_REQUIRE_EMULATORS"))) {
                fail("qemu-system-arm not found on PATH (TINYGO4J_REQUIRE_EMULATORS=1)");
            }
            assumeTrue(false, "skipped: qemu-system-arm not found on PATH (install the Debian package qemu-system-arm)");
        }
        CliTest.Outcome o = CliTest.tinygo("run", "-target=cortex-m-qemu", hello().toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("ok\n", o.out().replace("\r\n", "\n"));
        assertFalse(o.err().contains("qemu"), o.err());
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
