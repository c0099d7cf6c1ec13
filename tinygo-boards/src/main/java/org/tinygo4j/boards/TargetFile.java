package org.tinygo4j.boards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A file a target refers to (a linker script, a start-up assembly file), located where
 * the JSON that named it was found: in a provider's classpath resources or, for a
 * target given as a JSON path, on disk. Linker-script {@code INCLUDE "x"} lines are
 * resolved against the same location, see {@link #resolveSibling(String)}, and, for a
 * script of a board pack, then where the targets it inherits from were found ({@link
 * Searched}), so that a pack's chip can include the built-in Cortex-M layout.
 */
public sealed interface TargetFile {

    /**
     * The name as written in the target JSON.
     *
     * @return e.g. {@code "targets/nrf51.ld"}
     */
    String name();

    /**
     * Reads the file as UTF-8 text; a missing file means a broken board pack.
     *
     * @return the file's text
     */
    String readText();

    /**
     * A file named relative to the same root as this one (which need not exist).
     *
     * @param name the other file's name, relative to the root
     * @return the other file
     */
    TargetFile resolveSibling(String name);

    /**
     * Whether the file is there.
     *
     * @return true when it can be read
     */
    boolean exists();

    /**
     * A resource under a provider's resource base.
     *
     * @param loader the class loader that sees the provider's resources
     * @param base   the provider's resource base, with a trailing slash
     * @param name   the file's path relative to base
     */
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
        public boolean exists() {
            return loader.getResource(base + name) != null;
        }

        @Override
        public String toString() {
            return "classpath:" + base + name;
        }
    }

    /**
     * A file on disk, relative to a root directory.
     *
     * @param root the directory of the target JSON that named the file
     * @param name the file's path relative to root
     */
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
        public boolean exists() {
            return Files.isRegularFile(root.resolve(name));
        }

        @Override
        public String toString() {
            return root.resolve(name).toString();
        }
    }

    /**
     * A file whose siblings are looked for beside it first, then beside each of {@code
     * alsoIn} in order (the JSON files of the targets it inherits from, nearest first).
     *
     * @param file   the file itself
     * @param alsoIn files whose siblings are tried, in order, when a sibling is not beside
     *               {@code file}
     */
    record Searched(TargetFile file, List<TargetFile> alsoIn) implements TargetFile {
        /** Copies the list, so the file is immutable. */
        public Searched {
            alsoIn = List.copyOf(alsoIn);
        }

        @Override
        public String name() {
            return file.name();
        }

        @Override
        public String readText() {
            return file.readText();
        }

        @Override
        public boolean exists() {
            return file.exists();
        }

        @Override
        public TargetFile resolveSibling(String other) {
            TargetFile own = file.resolveSibling(other);
            if (!own.exists()) {
                for (TargetFile f : alsoIn) {
                    TargetFile there = f.resolveSibling(other);
                    if (there.exists()) {
                        return new Searched(there, alsoIn);
                    }
                }
            }
            return new Searched(own, alsoIn); // a missing file is reported where it is read
        }

        @Override
        public String toString() {
            return file.toString();
        }
    }
}
