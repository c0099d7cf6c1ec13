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
 *
 * @param loader the class loader that sees the files
 * @param base   the resource path of the folder holding them, with a trailing slash
 * @param files  the .go files, relative to base
 */
public record GoSourceRoot(ClassLoader loader, String base, List<String> files) {

    /** Copies the file list, so the root is immutable. */
    public GoSourceRoot {
        files = List.copyOf(files);
    }

    /**
     * The files of one package.
     *
     * @param importPath the package's import path, e.g. {@code "machine"}
     * @return its .go files (not those of packages below it), relative to the root; empty
     *         when the root has no such package
     */
    public List<String> filesOf(String importPath) {
        String prefix = importPath + "/";
        return files.stream()
                .filter(f -> f.startsWith(prefix) && f.indexOf('/', prefix.length()) < 0)
                .toList();
    }

    /**
     * Reads one file as UTF-8.
     *
     * @param file a path relative to the root, one of {@link #files()}
     * @return the file's text
     * @throws IllegalStateException if the resource is missing (a broken board pack)
     */
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
