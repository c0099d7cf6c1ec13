package org.tinygo4j.frontend.loader;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.tinygo4j.frontend.types.TypeSizes;

/**
 * What to load: the source roots searched in order for imports (after the main
 * module), the main package (a .go file or a directory), the satisfied build tags
 * (goos and goarch are added implicitly), the target's sizes, and the packages every
 * program needs even when unimported (e.g. "runtime"). For the main package only:
 * the language version it is written for (gc's -lang, e.g. "go1.17"; null for the
 * newest) and whether it is compiled as part of the standard library (gc's -std).
 * goroot, when not null, is where packages that no root has come from (Go's own sources);
 * without one, such an import says that the package is not built in. The packages in
 * preferGoroot are embedded, but with a goroot Go's own package is used instead (see
 * RuntimeSources.PREFER_GOROOT for why). modCache is GOMODCACHE, where the modules a go.mod requires
 * are found (null: none; see {@link Modules}).
 */
public record LoadConfig(List<SourceRoot> roots, Path mainSource, Set<String> buildTags, String goos, String goarch,
                         TypeSizes sizes, List<String> implicitImports, String langVersion, boolean std,
                         GorootSourceRoot goroot, Set<String> preferGoroot, Path modCache) {

    public LoadConfig(List<SourceRoot> roots, Path mainSource, Set<String> buildTags, String goos, String goarch,
                      TypeSizes sizes, List<String> implicitImports, String langVersion, boolean std) {
        this(roots, mainSource, buildTags, goos, goarch, sizes, implicitImports, langVersion, std, null, Set.of(), null);
    }

    /**
     * The build tag satisfied when Go's sources are there: embedded files that import a
     * package only a GOROOT provides (strings' case mapping through package unicode) are
     * built with it, and their fallbacks without it.
     */
    public static final String GOROOT_TAG = "tinygo4j.goroot";

    /**
     * The same configuration with Go's sources from root (null: none), which replace
     * the embedded packages named in preferGoroot; with a root, {@link #GOROOT_TAG} is satisfied.
     */
    public LoadConfig withGoroot(GorootSourceRoot root, Set<String> preferGoroot) {
        Set<String> tags = new java.util.LinkedHashSet<>(buildTags);
        if (root != null) {
            tags.add(GOROOT_TAG);
        } else {
            tags.remove(GOROOT_TAG);
        }
        return new LoadConfig(roots, mainSource, Set.copyOf(tags), goos, goarch, sizes, implicitImports, langVersion,
                std, root, Set.copyOf(preferGoroot), modCache);
    }

    /** The same configuration with the module cache at dir (null: none). */
    public LoadConfig withModCache(Path dir) {
        return new LoadConfig(roots, mainSource, buildTags, goos, goarch, sizes, implicitImports, langVersion, std,
                goroot, preferGoroot, dir);
    }

    public LoadConfig(List<SourceRoot> roots, Path mainSource, Set<String> buildTags, String goos, String goarch,
                      TypeSizes sizes, List<String> implicitImports) {
        this(roots, mainSource, buildTags, goos, goarch, sizes, implicitImports, null, false);
    }
}
