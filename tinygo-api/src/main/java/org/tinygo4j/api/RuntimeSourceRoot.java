package org.tinygo4j.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tinygo4j.frontend.loader.ClasspathSourceRoot;
import org.tinygo4j.frontend.loader.SourceFile;
import org.tinygo4j.frontend.loader.SourceRoot;
import org.tinygo4j.runtime.RuntimeSources;

/**
 * The embedded runtime and standard library (tinygo-runtime's Go sources) as a
 * Compiler's source root: each package's files are read from the classpath once and
 * kept, because resources on the class path cannot change while their class loader
 * lives, and opening the runtime jar as a zip file system and inflating every file again
 * cost a warm compile more than checking the user's package. The jar is opened only for
 * a package not read before, and closed again at once.
 */
final class RuntimeSourceRoot implements SourceRoot {
    private final Map<String, Optional<List<SourceFile>>> packages = new ConcurrentHashMap<>();

    @Override
    public Optional<List<SourceFile>> packageFiles(String importPath) {
        Optional<List<SourceFile>> files = packages.get(importPath);
        if (files == null) {
            try (ClasspathSourceRoot root = new ClasspathSourceRoot(RuntimeSources.class.getClassLoader(),
                    RuntimeSources.MARKER)) {
                files = root.packageFiles(importPath).map(List::copyOf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            packages.put(importPath, files);
        }
        return files;
    }
}
