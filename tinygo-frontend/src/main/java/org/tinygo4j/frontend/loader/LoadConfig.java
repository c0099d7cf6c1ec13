package org.tinygo4j.frontend.loader;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.tinygo4j.frontend.types.Sizes;

/**
 * What to load: the source roots searched in order for imports (after the main
 * module), the main package (a .go file or a directory), the satisfied build tags
 * (goos and goarch are added implicitly), the target's sizes, and the packages every
 * program needs even when unimported (e.g. "runtime"). For the main package only:
 * the language version it is written for (gc's -lang, e.g. "go1.17"; null for the
 * newest) and whether it is compiled as part of the standard library (gc's -std).
 */
public record LoadConfig(List<SourceRoot> roots, Path mainSource, Set<String> buildTags, String goos, String goarch,
                         Sizes sizes, List<String> implicitImports, String langVersion, boolean std) {

    public LoadConfig(List<SourceRoot> roots, Path mainSource, Set<String> buildTags, String goos, String goarch,
                      Sizes sizes, List<String> implicitImports) {
        this(roots, mainSource, buildTags, goos, goarch, sizes, implicitImports, null, false);
    }
}
