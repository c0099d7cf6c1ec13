package org.tinygo4j.ssa.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tinygo4j.ssa.ir.Printer;

/**
 * Golden tests of the SSA builder: each src/test/resources/golden/NAME.go, a small
 * program about one construct, is built and printed, and the text must equal
 * NAME.ssa beside it. The expected files were read line by line against the Go
 * spec when they were written; a change in the builder's output shows up as a diff
 * to review. Run with -Dtinygo4j.golden.update=true to rewrite the expected files
 * (then review the diff before committing).
 */
class GoldenSsaTest {
    private static final Path DIR = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsAsExpected() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(DIR)) {
            sources = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertFalse(sources.isEmpty(), "no golden programs under " + DIR.toAbsolutePath());
        boolean update = Boolean.getBoolean("tinygo4j.golden.update");
        return sources.stream().map(src -> DynamicTest.dynamicTest(src.getFileName().toString(), () -> {
            String source = Files.readString(src, StandardCharsets.UTF_8);
            SsaTesting.Built built = SsaTesting.build(source);
            assertFalse(built.diags().hasErrors(), () -> src + ": " + built.diags().sorted());
            String actual = Printer.print(built.program());
            Path expectedFile = DIR.resolve(src.getFileName().toString().replaceFirst("\\.go$", ".ssa"));
            if (update) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
            assertEquals(expected, actual, src + " (rerun with -Dtinygo4j.golden.update=true to rewrite)");
        }));
    }
}
