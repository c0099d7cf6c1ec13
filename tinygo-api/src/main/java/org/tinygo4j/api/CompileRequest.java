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
 */
public record CompileRequest(List<Path> sources, Map<Path, String> overlay, Path output, OutputFormat format,
                             CompileListener listener, Map<String, List<Path>> packages, Pattern printAllocs,
                             boolean packageSizes) {

    public CompileRequest(List<Path> sources, Map<Path, String> overlay, Path output, OutputFormat format,
                          CompileListener listener) {
        this(sources, overlay, output, format, listener, Map.of(), null, false);
    }

    public CompileRequest(List<Path> sources, Map<Path, String> overlay, Path output, OutputFormat format,
                          CompileListener listener, Map<String, List<Path>> packages) {
        this(sources, overlay, output, format, listener, packages, null, false);
    }

    public CompileRequest {
        packages = Map.copyOf(packages);
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a compile request needs a source file or directory");
        }
        overlay = Map.copyOf(overlay);
        Objects.requireNonNull(listener, "listener");
    }

    /** A .go file or a directory holding the package. */
    public static CompileRequest of(Path source) {
        return new CompileRequest(List.of(source), Map.of(), null, null, CompileListener.NONE);
    }

    /** The given .go files, one package in one directory. */
    public static CompileRequest ofFiles(Path... files) {
        return ofFiles(Arrays.asList(files));
    }

    /** The given .go files, one package in one directory. */
    public static CompileRequest ofFiles(List<Path> files) {
        return new CompileRequest(files, Map.of(), null, null, CompileListener.NONE);
    }

    /**
     * One file that exists only in memory: path names it (in diagnostics, and its
     * directory is where go.mod and the module's other packages are looked for).
     */
    public static CompileRequest ofSource(Path path, String content) {
        return ofFiles(path).withFile(path, content);
    }

    /** The first source: the directory or the first file. */
    public Path source() {
        return sources.get(0);
    }

    public CompileRequest withOutput(Path out) {
        return new CompileRequest(sources, overlay, out, format, listener, packages, printAllocs, packageSizes);
    }

    public CompileRequest withFormat(OutputFormat f) {
        return new CompileRequest(sources, overlay, output, f, listener, packages, printAllocs, packageSizes);
    }

    public CompileRequest withListener(CompileListener l) {
        return new CompileRequest(sources, overlay, output, format, l, packages, printAllocs, packageSizes);
    }

    /** Adds these in-memory contents to the overlay (replacing entries for the same paths). */
    public CompileRequest withOverlay(Map<Path, String> more) {
        Map<Path, String> m = new LinkedHashMap<>(overlay);
        m.putAll(more);
        return new CompileRequest(sources, m, output, format, listener, packages, printAllocs, packageSizes);
    }

    /** Gives the package importPath as these files (see the class comment). */
    public CompileRequest withPackage(String importPath, List<Path> files) {
        Map<String, List<Path>> m = new LinkedHashMap<>(packages);
        m.put(importPath, List.copyOf(files));
        return new CompileRequest(sources, overlay, output, format, listener, m, printAllocs, packageSizes);
    }

    /** Reports the heap allocations left in the functions whose names match (null: none; see the class comment). */
    public CompileRequest withPrintAllocs(Pattern functions) {
        return new CompileRequest(sources, overlay, output, format, listener, packages, functions, packageSizes);
    }

    /** Asks for the image's sizes per package ({@link Artifact#packageSizes}; -size full). */
    public CompileRequest withPackageSizes(boolean perPackage) {
        return new CompileRequest(sources, overlay, output, format, listener, packages, printAllocs, perPackage);
    }

    /** Adds one in-memory file to the overlay. */
    public CompileRequest withFile(Path path, String content) {
        return withOverlay(Map.of(path, content));
    }
}
