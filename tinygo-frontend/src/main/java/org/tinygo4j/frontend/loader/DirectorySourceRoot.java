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

    /** The .go files of one directory, sorted by name; empty if it is not a directory. */
    static Optional<List<SourceFile>> readGoFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<SourceFile> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".go") && Files.isRegularFile(p))
                    .sorted().toList()) {
                out.add(new SourceFile(p.toString(), Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(out);
    }
}
