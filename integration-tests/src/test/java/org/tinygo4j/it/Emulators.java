package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.tinygo4j.run.Runner;

/**
 * What to do when a runner's emulator is missing: skip the test with a message naming
 * the Debian package, or, when TINYGO4J_REQUIRE_EMULATORS=1 (as .ci/run sets it), fail
 * it, so that CI cannot pass by skipping.
 */
final class Emulators {
    private Emulators() {}

    static boolean required() {
        return "1".equals(System.getenv("TINYGO4J_REQUIRE_EMULATORS"));
    }

    static void requireOrSkip(Runner runner) {
        runner.unavailableReason().ifPresent(reason -> {
            if (required()) {
                fail(reason + " (TINYGO4J_REQUIRE_EMULATORS=1)");
            }
            assumeTrue(false, "skipped: " + reason);
        });
    }

    /** The same for a test that starts an emulator itself: the program must be on PATH. */
    static void requireProgramOrSkip(String program, String debianPackage) {
        boolean found = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> java.nio.file.Files.isExecutable(java.nio.file.Path.of(d, program)));
        if (!found) {
            String reason = program + " not found (install the Debian package " + debianPackage + ")";
            if (required()) {
                fail(reason + " (TINYGO4J_REQUIRE_EMULATORS=1)");
            }
            assumeTrue(false, "skipped: " + reason);
        }
    }
}
