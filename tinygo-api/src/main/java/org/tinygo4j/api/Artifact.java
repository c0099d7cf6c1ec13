package org.tinygo4j.api;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of a successful compilation: the bytes in the requested format, the
 * linked image (ELF or wasm) they were made from, where the file was written (null if
 * none was requested), the image's sizes, the heap allocations left in the functions
 * {@link CompileRequest#printAllocs} names (empty when it names none), and the sizes per
 * package when {@link CompileRequest#packageSizes} asked for them (else empty).
 */
public record Artifact(OutputFormat format, byte[] bytes, byte[] image, Path path, Sizes sizes,
                       List<HeapAllocation> allocations, List<PackageSize> packageSizes) {

    public Artifact {
        allocations = List.copyOf(allocations);
        packageSizes = List.copyOf(packageSizes);
    }

    /** An artifact without reports. */
    public Artifact(OutputFormat format, byte[] bytes, byte[] image, Path path, Sizes sizes) {
        this(format, bytes, image, path, sizes, List.of(), List.of());
    }
}
