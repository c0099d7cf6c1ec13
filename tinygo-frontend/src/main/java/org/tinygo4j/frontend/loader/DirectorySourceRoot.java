package org.tinygo4j.frontend.loader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Packages in a file-system directory: import path a/b is the directory root/a/b. */
public record DirectorySourceRoot(Path root) implements SourceRoot {

    @Override
    public Optional<List<SourceFile>> packageFiles(String importPath) {
        return readGoFiles(root.resolve(importPath));
    }

    /**
     * A .go entry of a package folder that cannot be read: a symbolic link to nothing, or
     * a file the system refuses. go build stops at it ("open F: no such file or
     * directory") rather than leaving the file out, so the loader does too.
     */
    static final class UnreadableFile extends RuntimeException {
        UnreadableFile(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The .go files of one directory, sorted by name; empty if it is not a directory.
     *
     * @throws UnreadableFile for a .go entry that is a broken link or cannot be read
     */
    static Optional<List<SourceFile>> readGoFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<SourceFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".go")).sorted().toList()) {
                if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                    throw new UnreadableFile("open " + p.toAbsolutePath().normalize() + ": no such file or directory");
                }
                if (!Files.isRegularFile(p)) {
                    continue; // a folder named x.go, a FIFO, a device: go/build lists regular files only
                }
                try {
                    out.add(new SourceFile(p.toString(), Files.readAllBytes(p)));
                } catch (IOException e) {
                    throw new UnreadableFile("open " + p.toAbsolutePath().normalize() + ": " + (e instanceof java.nio.file.AccessDeniedException
                            ? "permission denied" : "cannot be read"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(out);
    }
}
