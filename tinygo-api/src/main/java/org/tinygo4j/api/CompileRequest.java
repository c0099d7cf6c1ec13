package org.tinygo4j.api;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to compile and where to put it.
 *
 * <p>Sources: one directory holding the package (its .go files, build constraints
 * applied), or one or more .go files of one package, all in one directory (taken as
 * they are, as {@code go build a.go b.go} does). An overlay maps file paths to contents
 * that replace or add to what is on disk, as {@code go build -overlay} does: an editor
 * compiles its unsaved buffers this way, and a source that exists only in memory is a
 * file in the overlay ({@link #ofSource}). The overlay applies to the main package, its
 * go.mod and the packages of its module; relative paths are taken from the working
 * directory.
 *
 * <p>Output: with output null the artifact is returned as bytes only; with an output
 * path its extension chooses the format (.elf, .hex, .bin, .uf2, .wasm) unless
 * {@link #format} is given. The file is written to a temporary name and renamed into
 * place only after a successful compilation. The listener hears the progress and may
 * cancel (see {@link CompileListener}).
 *
 * <p>packages names packages by import path with explicit files (read through the
 * overlay, build constraints applied, "_test.go" allowed): they replace what the module
 * or the roots would give for that path. {@code tinygo test} builds a package with its
 * _test.go files, its external test package and a generated main this way.
 *
 * <p>printAllocs ({@code -print-allocs}), when not null, asks for the heap allocations
 * left after optimisation in the Go functions whose names it matches (anywhere in the
 * name, as Go's regexp.MatchString): {@link Artifact#allocations}. Such a compilation
 * always runs the whole back end, as does one with packageSizes ({@code -size full}),
 * which asks for the image's sizes per Go package ({@link Artifact#packageSizes}).
 *
 * @param sources  a directory holding the package, or the package's .go files (all in one
 *                 directory); at least one
 * @param overlay  file contents by path that replace or add to the files on disk; empty
 *                 for none
 * @param output   the file to write, or null to get the artifact's bytes only
 * @param format   the format to produce, or null to take it from {@code output}'s
 *                 extension (with no output: WASM for a wasm target, else ELF)
 * @param listener hears the progress and may cancel; {@link CompileListener#NONE} for none
 * @param packages explicit files for packages by import path (see above); empty for none
 * @param printAllocs  the Go functions (a regular expression found anywhere in the name)
 *                     whose heap allocations left after optimisation are reported, or
 *                     null for no report
 * @param packageSizes whether to report the image's sizes per package
 * @param addedFiles   files added to packages found as usual, by import path (a standard
 *                     package's internal _test.go files for `tinygo test`); empty for none
 */
public record CompileRequest(List<Path> sources, Map<Path, String> overlay, Path output, OutputFormat format,
                             CompileListener listener, Map<String, List<Path>> packages, Pattern printAllocs,
                             boolean packageSizes, Map<String, List<Path>> addedFiles) {

    /**
     * A request without explicit packages.
     *
     * @param sources  a directory holding the package, or the package's .go files
     * @param overlay  in-memory contents by path; empty for none
     * @param output   the file to write, or null for bytes only
     * @param format   the format to produce, or null to take it from the output's extension
     * @param listener hears the progress and may cancel
     */
    public CompileRequest(List<Path> sources, Map<Path, String> overlay, Path output, OutputFormat format,
                          CompileListener listener) {
        this(sources, overlay, output, format, listener, Map.of(), null, false, Map.of());
    }

    /**
     * A request without reports (no -print-allocs, no sizes per package).
     *
     * @param sources  a directory holding the package, or the package's .go files
     * @param overlay  in-memory contents by path; empty for none
     * @param output   the file to write, or null for bytes only
     * @param format   the format to produce, or null to take it from the output's extension
     * @param listener hears the progress and may cancel
     * @param packages explicit files for packages by import path; empty for none
     */
    public CompileRequest(List<Path> sources, Map<Path, String> overlay, Path output, OutputFormat format,
                          CompileListener listener, Map<String, List<Path>> packages) {
        this(sources, overlay, output, format, listener, packages, null, false, Map.of());
    }

    /**
     * Copies the collections, so the request is immutable.
     *
     * @throws IllegalArgumentException if sources is empty
     * @throws NullPointerException     if listener is null
     */
    public CompileRequest {
        packages = Map.copyOf(packages);
        addedFiles = Map.copyOf(addedFiles);
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a compile request needs a source file or directory");
        }
        overlay = Map.copyOf(overlay);
        Objects.requireNonNull(listener, "listener");
    }

    /**
     * A request for one .go file or a directory holding the package, with no output file.
     *
     * @param source the file or directory
     * @return the request
     */
    public static CompileRequest of(Path source) {
        return new CompileRequest(List.of(source), Map.of(), null, null, CompileListener.NONE);
    }

    /**
     * A request for the given .go files, one package in one directory.
     *
     * @param files the files, at least one
     * @return the request
     */
    public static CompileRequest ofFiles(Path... files) {
        return ofFiles(Arrays.asList(files));
    }

    /**
     * A request for the given .go files, one package in one directory.
     *
     * @param files the files, at least one
     * @return the request
     */
    public static CompileRequest ofFiles(List<Path> files) {
        return new CompileRequest(files, Map.of(), null, null, CompileListener.NONE);
    }

    /**
     * One file that exists only in memory: path names it (in diagnostics, and its
     * directory is where go.mod and the module's other packages are looked for).
     *
     * @param path    the file's path; it need not exist on disk
     * @param content the file's Go source
     * @return a request for that file alone, with the content in the overlay
     */
    public static CompileRequest ofSource(Path path, String content) {
        return ofFiles(path).withFile(path, content);
    }

    /**
     * The first source, the one whose directory holds the package.
     *
     * @return the directory or the first file
     */
    public Path source() {
        return sources.get(0);
    }

    /**
     * The same request writing its artifact to a file.
     *
     * @param out the file to write (its extension chooses the format unless one is
     *            given), or null for bytes only
     * @return a new request
     */
    public CompileRequest withOutput(Path out) {
        return new CompileRequest(sources, overlay, out, format, listener, packages, printAllocs, packageSizes, addedFiles);
    }

    /**
     * The same request producing the given format whatever the output's extension.
     *
     * @param f the format, or null to take it from the output's extension
     * @return a new request
     */
    public CompileRequest withFormat(OutputFormat f) {
        return new CompileRequest(sources, overlay, output, f, listener, packages, printAllocs, packageSizes, addedFiles);
    }

    /**
     * The same request with a listener for its progress.
     *
     * @param l the listener; {@link CompileListener#NONE} for none
     * @return a new request
     */
    public CompileRequest withListener(CompileListener l) {
        return new CompileRequest(sources, overlay, output, format, l, packages, printAllocs, packageSizes, addedFiles);
    }

    /**
     * The same request with these in-memory contents added to its overlay, replacing
     * earlier entries for the same paths.
     *
     * @param more file contents by path
     * @return a new request
     */
    public CompileRequest withOverlay(Map<Path, String> more) {
        Map<Path, String> m = new LinkedHashMap<>(overlay);
        m.putAll(more);
        return new CompileRequest(sources, m, output, format, listener, packages, printAllocs, packageSizes, addedFiles);
    }

    /**
     * The same request with a package given as explicit files (see the class comment).
     *
     * @param importPath the package's import path
     * @param files      its .go files, on disk or in the overlay
     * @return a new request
     */
    public CompileRequest withPackage(String importPath, List<Path> files) {
        Map<String, List<Path>> m = new LinkedHashMap<>(packages);
        m.put(importPath, List.copyOf(files));
        return new CompileRequest(sources, overlay, output, format, listener, m, printAllocs, packageSizes, addedFiles);
    }

    /**
     * This request, reporting the heap allocations left in the functions whose names
     * match (see the class comment).
     *
     * @param functions a regular expression found anywhere in a Go function's name, or
     *                  null for no report
     * @return the new request
     */
    public CompileRequest withPrintAllocs(Pattern functions) {
        return new CompileRequest(sources, overlay, output, format, listener, packages, functions, packageSizes, addedFiles);
    }

    /**
     * This request, asking for the image's sizes per package ({@link Artifact#packageSizes};
     * {@code -size full}) or not.
     *
     * @param perPackage whether to report them
     * @return the new request
     */
    public CompileRequest withPackageSizes(boolean perPackage) {
        return new CompileRequest(sources, overlay, output, format, listener, packages, printAllocs, perPackage, addedFiles);
    }

    /**
     * The same request with one in-memory file added to its overlay.
     *
     * @param path    the file's path
     * @param content its content
     * @return a new request
     */
    public CompileRequest withFile(Path path, String content) {
        return withOverlay(Map.of(path, content));
    }

    /**
     * This request with files added to a package that is found as usual (embedded, from
     * GOROOT or a module), as `tinygo test` adds a standard package's internal test files.
     *
     * @param importPath the package
     * @param files      the files to add (build constraints apply, "_test" ignored)
     * @return the new request
     */
    public CompileRequest withAddedFiles(String importPath, List<Path> files) {
        Map<String, List<Path>> m = new LinkedHashMap<>(addedFiles);
        m.put(importPath, List.copyOf(files));
        return new CompileRequest(sources, overlay, output, format, listener, packages, printAllocs, packageSizes, m);
    }
}
