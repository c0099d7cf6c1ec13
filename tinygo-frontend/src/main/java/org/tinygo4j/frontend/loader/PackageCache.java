package org.tinygo4j.frontend.loader;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.tinygo4j.frontend.syntax.FileSet;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.Universe;

/**
 * Checked packages reused by several loads, for drivers that check many small
 * programs against one standard library (Go's test suite): packages read from the
 * given roots that checked without errors are kept, with the Universe and FileSet
 * they were checked in, and later loads take them instead of parsing and checking
 * them again. Every load that uses a cache must use its Universe (done by the Loader)
 * and a Diagnostics on its FileSet. Not thread-safe: one cache per thread. A program
 * loaded with a cache lists only the packages it checked itself (plus cached direct
 * imports), and its Info covers only those.
 */
public final class PackageCache {
    private final Set<SourceRoot> roots;
    private final Universe universe = new Universe();
    private final FileSet fileSet = new FileSet();
    private final Map<String, Package> packages = new HashMap<>();

    /** A cache for the packages found in roots (compared by equals). */
    public PackageCache(Set<SourceRoot> roots) {
        this.roots = Set.copyOf(roots);
    }

    public FileSet fileSet() {
        return fileSet;
    }

    Universe universe() {
        return universe;
    }

    boolean covers(SourceRoot root) {
        return root != null && roots.contains(root);
    }

    Package get(String path) {
        return packages.get(path);
    }

    void put(String path, Package pkg) {
        packages.put(path, pkg);
    }
}
