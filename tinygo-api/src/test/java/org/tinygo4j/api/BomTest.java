package org.tinygo4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bill of materials (tinygo-bom/pom.xml, which has no parent) lists every module a
 * user depends on, at the reactor's version: the modules of the parent pom but the
 * test-only ones and the BOM itself.
 */
class BomTest {

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void listsEveryModuleAtTheReactorsVersion() throws Exception {
        String parent = Files.readString(Path.of("../pom.xml"));
        String bom = Files.readString(Path.of("../tinygo-bom/pom.xml"));
        String version = all(Pattern.compile("<artifactId>tinygo4j</artifactId>\\s*<version>([^<]+)</version>"), parent)
                .get(0);
        List<String> modules = all(Pattern.compile("<module>([^<]+)</module>"), parent).stream()
                .filter(m -> !m.equals("tinygo-bom") && !m.equals("integration-tests") && !m.equals("test-board-pack"))
                .sorted().toList();
        List<String> listed = all(Pattern.compile(
                "<artifactId>([^<]+)</artifactId><version>" + Pattern.quote(version) + "</version>"), bom).stream()
                .sorted().toList();
        assertEquals(modules, listed);
        assertEquals(version, all(Pattern.compile("<artifactId>tinygo-bom</artifactId>\\s*<version>([^<]+)</version>"),
                bom).get(0));
    }
}
