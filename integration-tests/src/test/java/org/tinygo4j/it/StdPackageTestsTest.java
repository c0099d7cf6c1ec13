package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.cli.Main;
import org.tinygo4j.run.Runner;

/**
 * Go's own tests of standard packages, run by `tinygo test PKG` on a target: the
 * package we build (ours where we embed it, else GOROOT's) with GOROOT's _test.go
 * files. The keep-list (std-package-tests.txt, "PACKAGE TARGET...") ratchets: each
 * listed package must print `ok` on each listed target; bench/stdlib-tests/run prints
 * the whole table. Go's tests are the assertions (their expected values are Go's).
 */
class StdPackageTestsTest {
    private static final Path GOROOT = Path.of("/usr/lib/go-1.19");
    private static final Pattern RESULT = Pattern.compile("^(ok  |FAIL|\\?   )\\t(\\S+)(.*)$", Pattern.MULTILINE);

    /** The kept packages of a run: all, or those matching -Dtinygo4j.stdpackages=REGEX (e.g. hash/.*). */
    static Stream<Arguments> cases() throws IOException {
        String only = System.getProperty("tinygo4j.stdpackages", "");
        Map<String, List<String>> byTarget = new LinkedHashMap<>();
        try (InputStream in = StdPackageTestsTest.class.getResourceAsStream("/std-package-tests.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\\s+");
                if (!only.isEmpty() && !f[0].matches(only)) {
                    continue;
                }
                for (int i = 1; i < f.length; i++) {
                    byTarget.computeIfAbsent(f[i], k -> new ArrayList<>()).add(f[0]);
                }
            }
        }
        return byTarget.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void keptPackagesPassTheirOwnTests(String target, List<String> packages) {
        assumeTrue(Files.isDirectory(GOROOT.resolve("src")), "Go 1.19's sources not installed (golang-1.19-src)");
        Emulators.requireOrSkip(Runner.forConfig(Compiler.builder().target(target).build().config()).orElseThrow());
        List<String> args = new ArrayList<>(List.of("test", "-target=" + target, "-goroot=" + GOROOT, "-timeout=120s"));
        args.addAll(packages);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        Map<String, String> results = new LinkedHashMap<>();
        Matcher m = RESULT.matcher(stdout);
        while (m.find()) {
            results.putIfAbsent(m.group(2), m.group(1).strip() + m.group(3));
        }
        List<String> failed = packages.stream().filter(p -> !results.getOrDefault(p, "missing").startsWith("ok"))
                .map(p -> p + ": " + results.getOrDefault(p, "no result line")).toList();
        System.out.printf("std package tests on %s: %d of %d kept packages ok%n", target,
                packages.size() - failed.size(), packages.size());
        assertTrue(failed.isEmpty(), () -> "kept packages that no longer pass on " + target + ": " + failed
                + "\nstdout:\n" + stdout + "\nstderr:\n" + err.toString(StandardCharsets.UTF_8));
    }
}
