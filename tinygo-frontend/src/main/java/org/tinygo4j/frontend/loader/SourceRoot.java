package org.tinygo4j.frontend.loader;

import java.util.List;
import java.util.Optional;

/**
 * A place where packages live by import path, like one GOROOT/src or GOPATH/src
 * directory: a directory on disk, or a location on the classpath (the embedded
 * runtime and standard library, board packs).
 */
public interface SourceRoot {
    /**
     * The .go files directly in the package directory of importPath (unfiltered: the
     * loader applies build constraints), or empty if this root has no such directory.
     */
    Optional<List<SourceFile>> packageFiles(String importPath);
}
