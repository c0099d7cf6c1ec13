package org.tinygo4j.boards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Go packages a board provider ships (machine, device/arm, ...): the files live under
 * the classpath resource path {@code base}, e.g. {@code org/tinygo4j/boards/src/}, and
 * {@code files} lists them relative to it ("device/arm/arm.go"). The loader in the
 * frontend treats this as one more source root after the runtime's.
 */
public record GoSourceRoot(ClassLoader loader, String base, List<String> files) {

    public GoSourceRoot {
        files = List.copyOf(files);
    }

    /** The files of one package (import path), relative to the root. */
    public List<String> filesOf(String importPath) {
        String prefix = importPath + "/";
        return files.stream()
                .filter(f -> f.startsWith(prefix) && f.indexOf('/', prefix.length()) < 0)
                .toList();
    }

    /** Reads one file (a path relative to the root) as UTF-8. */
    public String read(String file) {
        try (InputStream in = loader.getResourceAsStream(base + file)) {
            if (in == null) {
                throw new IllegalStateException("board pack Go source missing: " + base + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
