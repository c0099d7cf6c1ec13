package org.tinygo4j.api;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of a successful compilation: the bytes in the requested format, the
 * linked image (ELF or wasm) they were made from, where the file was written (null if
 * none was requested), the image's sizes, and the reports the request asked for.
 *
 * @param format       the format of {@code bytes}: the request's, else the one its output
 *                     file's extension chose
 * @param bytes        the output as written to the file: the image converted to {@code format}
 *                     (for ELF and WASM, the image itself)
 * @param image        the linked image the linker produced (ELF for the chips and the host,
 *                     a wasm module for the wasm targets), before any conversion
 * @param path         the file the bytes were written to, or null when the request named no
 *                     output
 * @param sizes        the image's code, data and bss sizes, as {@code -size short} prints them
 * @param allocations  the heap allocations left after optimisation in the functions
 *                     {@link CompileRequest#printAllocs} names, in source order (empty when
 *                     it names none)
 * @param packageSizes the image's sizes per package, sorted by name, when
 *                     {@link CompileRequest#packageSizes} asked for them (else empty)
 */
public record Artifact(OutputFormat format, byte[] bytes, byte[] image, Path path, Sizes sizes,
                       List<HeapAllocation> allocations, List<PackageSize> packageSizes) {

    /** Copies the lists. */
    public Artifact {
        allocations = List.copyOf(allocations);
        packageSizes = List.copyOf(packageSizes);
    }

    /**
     * An artifact without reports.
     *
     * @param format the format of {@code bytes}
     * @param bytes  the output as written
     * @param image  the linked image
     * @param path   the file written, or null
     * @param sizes  the image's sizes
     */
    public Artifact(OutputFormat format, byte[] bytes, byte[] image, Path path, Sizes sizes) {
        this(format, bytes, image, path, sizes, List.of(), List.of());
    }
}
