package org.tinygo4j.boards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file a target refers to (a linker script, a start-up assembly file), located where
 * the JSON that named it was found: in a provider's classpath resources or, for a
 * target given as a JSON path, on disk. Linker-script {@code INCLUDE "x"} lines are
 * resolved against the same location, see {@link #resolveSibling(String)}.
 */
public sealed interface TargetFile {

    /** The name as written in the target JSON, e.g. {@code "targets/nrf51.ld"}. */
    String name();

    /** Reads the file as UTF-8 text; a missing file means a broken board pack. */
    String readText();

    /** A file named relative to the same root as this one. */
    TargetFile resolveSibling(String name);

    /** A resource under a provider's resource base. */
    record Resource(ClassLoader loader, String base, String name) implements TargetFile {
        @Override
        public String readText() {
            try (InputStream in = loader.getResourceAsStream(base + name)) {
                if (in == null) {
                    throw new IllegalStateException("board pack resource missing: " + base + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public TargetFile resolveSibling(String other) {
            return new Resource(loader, base, other);
        }

        @Override
        public String toString() {
            return "classpath:" + base + name;
        }
    }

    /** A file on disk, relative to a root directory. */
    record OnDisk(Path root, String name) implements TargetFile {
        @Override
        public String readText() {
            try {
                return Files.readString(root.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public TargetFile resolveSibling(String other) {
            return new OnDisk(root, other);
        }

        @Override
        public String toString() {
            return root.resolve(name).toString();
        }
    }
}
