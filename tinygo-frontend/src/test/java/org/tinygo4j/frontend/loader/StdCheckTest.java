package org.tinygo4j.frontend.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tinygo4j.frontend.loader.bench.StdCheck;

/**
 * Issue 4's first figure: the whole standard library of Go 1.19 type-checks for
 * linux/amd64. Prints the figure and every package with errors; fails when a package
 * on the keep-list (std-check-pass.txt) stops checking clean. Packages that newly
 * check clean are printed, to be added to the list.
 */
class StdCheckTest {
    private static final Path SRC = Path.of("/usr/share/go-1.19/src");

    @Test
    void standardLibraryChecks() throws IOException {
        assumeTrue(Files.isDirectory(SRC), "Go 1.19 sources missing: apt-get install golang-1.19-src");
        StdCheck.Result r = StdCheck.run(SRC);
        List<String> keep;
        try (InputStream in = StdCheckTest.class.getResourceAsStream("/std-check-pass.txt")) {
            keep = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        List<String> regressed = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : r.errorsByPackage().entrySet()) {
            if (!e.getValue().isEmpty()) {
                System.out.println("FAIL " + e.getKey() + ": " + e.getValue().get(0));
                if (keep.contains(e.getKey())) {
                    regressed.add(e.getKey());
                }
            } else if (!keep.contains(e.getKey())) {
                System.out.println("NEW PASS (add to std-check-pass.txt): " + e.getKey());
            }
        }
        r.leftOut().forEach((k, v) -> System.out.println("left out " + k + ": " + v));
        System.out.printf("std check: %d passed, %d failed, %.1f s%n", r.passed(), r.failed(), r.nanos() / 1e9);
        assertEquals(List.of(), regressed, "packages on the keep-list that no longer check clean");
    }
}
