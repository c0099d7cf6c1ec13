package org.tinygo4j.frontend.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks each package under testdata/ and compares all diagnostics with expected.txt,
 * which regen.sh produced from the reference toolchain (go 1.19, gc -e).
 */
class GoldenTest {

    @TestFactory
    Stream<DynamicTest> cases() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenTest.class.getResource("/types/testdata").toURI());
        return Files.list(root).filter(Files::isDirectory).sorted().map(dir -> DynamicTest.dynamicTest(
                dir.getFileName().toString(), () -> runCase(dir)));
    }

    private static void runCase(Path dir) throws IOException {
        Map<String, String> srcs = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                srcs.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        String expected = Files.readString(dir.resolve("expected.txt")).strip();
        CheckHarness h = CheckHarness.check(srcs, CheckHarness.SIZES64);
        Path out = Path.of("target", "golden-actual");
        Files.createDirectories(out);
        Files.writeString(out.resolve(dir.getFileName() + ".txt"), h.errors().strip() + "\n");
        assertEquals(expected, h.errors().strip());
    }
}
