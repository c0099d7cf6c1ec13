package org.tinygo4j.frontend.loader;

import java.util.List;
import org.tinygo4j.frontend.source.FileSet;
import org.tinygo4j.frontend.types.Info;
import org.tinygo4j.frontend.types.Package;

/**
 * A loaded and type-checked program: all packages in dependency order (each after
 * the packages it imports, main last), with one FileSet and one Info for all of them
 * (unless the load was asked to leave cached packages out of the Info, see Loader.Options).
 *
 * <p>sourceDigest is the SHA-256 (hex) of everything the program was built from: each
 * package's import path and its selected files' display paths and contents, in
 * dependency order. Two loads under the same configuration with the same digest give
 * the same program. It is null when the load stopped before type checking.
 */
public record LoadedProgram(FileSet fileSet, List<Package> packages, Package main, Info info, String sourceDigest) {
}
