package org.tinygo4j.frontend.loader;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Package;
import org.tinygo4j.frontend.types.Universe;

/**
 * Checked packages reused by many loads: the runtime and standard library that every
 * program of one configuration imports (the compiler's cache between compilations, and
 * Go's test suite). A package read from a cacheable source root that checked without
 * errors is kept with its part of the Info, the exact files it was checked from (names
 * and bytes) and the packages it was checked against. A later load takes it only if
 * the root still gives the same files with the same content and each of its imports is
 * again the very package it was checked against; otherwise it parses and checks it anew.
 *
 * <p>The cache has its own Universe and FileSet, which every load using it shares: the
 * cached packages' files are parsed into that FileSet, while each load's other files go
 * into a child FileSet (see {@link FileSet#FileSet(FileSet)}) that is dropped with it.
 * Entries are immutable and the maps concurrent, so several loads may use one cache at
 * once. The key is the content, not the configuration: a cache belongs to one set of
 * build tags, GOOS/GOARCH and sizes, which is the caller's to keep (the API keeps one per
 * Compiler, whose configuration is fixed).
 */
public final class PackageCache {
    private final Predicate<SourceRoot> cacheable;
    private final Universe universe = new Universe();
    private final FileSet fileSet = new FileSet();
    private final Map<String, Entry> packages = new ConcurrentHashMap<>();

    /** One cached package: what it was checked from and against, and what checking it produced. */
    record Entry(List<SourceFile> files, Package pkg, Info info, List<String> imports, Map<String, Package> deps) {
        boolean sameFiles(List<SourceFile> other) {
            if (other.size() != files.size()) {
                return false;
            }
            for (int i = 0; i < files.size(); i++) {
                SourceFile a = files.get(i);
                SourceFile b = other.get(i);
                if (!a.displayPath().equals(b.displayPath()) || !Arrays.equals(a.content(), b.content())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A cache for the packages found in roots (compared by equals). */
    public PackageCache(Set<SourceRoot> roots) {
        Set<SourceRoot> copy = Set.copyOf(roots);
        this.cacheable = copy::contains;
    }

    /** A cache for the packages of every root the predicate accepts. */
    public PackageCache(Predicate<SourceRoot> cacheable) {
        this.cacheable = cacheable;
    }

    public FileSet fileSet() {
        return fileSet;
    }

    Universe universe() {
        return universe;
    }

    boolean covers(SourceRoot root) {
        return root != null && cacheable.test(root);
    }

    /** The entry for path if it was checked from exactly these files, else null. */
    Entry lookup(String path, List<SourceFile> files) {
        Entry e = packages.get(path);
        return e != null && e.sameFiles(files) ? e : null;
    }

    void put(String path, Entry e) {
        packages.put(path, e);
    }

    /** The import paths of the packages held now. */
    public Set<String> paths() {
        return Set.copyOf(packages.keySet());
    }

    /** Drops every package (a later load checks them again). */
    public void clear() {
        packages.clear();
    }
}
