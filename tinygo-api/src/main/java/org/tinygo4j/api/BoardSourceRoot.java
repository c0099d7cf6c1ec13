package org.tinygo4j.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.tinygo4j.boards.GoSourceRoot;
import org.tinygo4j.frontend.loader.SourceFile;
import org.tinygo4j.frontend.loader.SourceRoot;

/**
 * The Go packages of a board pack (device/arm, machine, ...) as a loader source root:
 * the glue between tinygo-boards, which lists its files, and the frontend's loader,
 * which knows nothing of boards.
 */
record BoardSourceRoot(GoSourceRoot root) implements SourceRoot {
    @Override
    public Optional<List<SourceFile>> packageFiles(String importPath) {
        List<String> files = root.filesOf(importPath);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(files.stream()
                .map(f -> new SourceFile(f, root.read(f).getBytes(StandardCharsets.UTF_8)))
                .toList());
    }
}
