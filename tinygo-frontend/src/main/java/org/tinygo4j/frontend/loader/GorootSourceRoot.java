package org.tinygo4j.frontend.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The standard library's sources in a Go installation: import path a/b is the directory
 * src/a/b, and the packages Go vendors for its own library (golang.org/x/...) are found
 * under src/vendor as the go command finds them for standard packages. The loader asks
 * this root only for packages that no embedded root has, and selects its files with the
 * release's rules ({@link GoRelease}).
 *
 * @param dir     the GOROOT as given or found
 * @param src     its source tree (dir/src, or where Debian's packaging put it)
 * @param release the row of {@link GoRelease#TABLE} for its VERSION
 */
public record GorootSourceRoot(Path dir, Path src, GoRelease release) implements SourceRoot {

    @Override
    public Optional<List<SourceFile>> packageFiles(String importPath) {
        Optional<List<SourceFile>> files = DirectorySourceRoot.readGoFiles(src.resolve(importPath));
        if (files.isEmpty() && !importPath.startsWith("vendor/")) {
            files = DirectorySourceRoot.readGoFiles(src.resolve("vendor").resolve(importPath));
        }
        return files;
    }

    /**
     * The functions that the package's assembly files define (TEXT ·name): Go declares
     * them in its Go files without a body. Files of every architecture count.
     */
    public Set<String> assemblyFunctions(String importPath) {
        Set<String> names = new HashSet<>();
        Path dir = src.resolve(importPath);
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".s")).toList()) {
                Matcher m = TEXT_SYMBOL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        } catch (IOException e) {
            // unreadable: as if it had none
        }
        return names;
    }

    private static final Pattern TEXT_SYMBOL = Pattern.compile("\\bTEXT\\s+[^\\s(]*\u00b7(\\w+)");

    /**
     * Opens the installation at dir, or says why it cannot be used (no sources, or a
     * release missing from the table).
     */
    public static Result open(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Optional<Path> src = sourceTree(abs);
        if (src.isEmpty()) {
            return new Result(null, "GOROOT " + abs + " has no Go sources (src/runtime is missing)");
        }
        Optional<String> version = GoRelease.readVersion(abs, src.get());
        if (version.isEmpty()) {
            return new Result(null, "GOROOT " + abs + " has no VERSION file");
        }
        Optional<GoRelease> release = GoRelease.forVersion(version.get());
        if (release.isEmpty()) {
            GoRelease first = GoRelease.TABLE.get(0);
            GoRelease last = GoRelease.TABLE.get(GoRelease.TABLE.size() - 1);
            return new Result(null, "GOROOT " + abs + " is " + version.get() + "; tinygo4j compiles the sources of "
                    + first.name() + " to " + last.name());
        }
        return new Result(new GorootSourceRoot(abs, src.get(), release.get()), null);
    }

    /** A GOROOT, or why the directory is not one. */
    public record Result(GorootSourceRoot root, String problem) {
    }

    /**
     * dir/src, or, where a distribution keeps the sources elsewhere and links the
     * rest (Debian's golang-1.19-go has /usr/lib/go-1.19/api pointing to
     * /usr/share/go-1.19/api and, without golang-1.19-src's link, no src), the src
     * beside the real location of api, misc or test.
     */
    private static Optional<Path> sourceTree(Path dir) {
        Path direct = dir.resolve("src");
        if (Files.isDirectory(direct.resolve("runtime"))) {
            return Optional.of(direct);
        }
        for (String sibling : List.of("api", "misc", "test")) {
            Path p = dir.resolve(sibling);
            if (Files.isSymbolicLink(p)) {
                try {
                    Path real = p.toRealPath().getParent().resolve("src");
                    if (Files.isDirectory(real.resolve("runtime"))) {
                        return Optional.of(real);
                    }
                } catch (IOException e) {
                    // a dangling link: try the next
                }
            }
        }
        return Optional.empty();
    }
}
