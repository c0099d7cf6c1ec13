package org.tinygo4j.api;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of a successful compilation: the bytes in the requested format, the
 * linked image (ELF or wasm) they were made from, where the file was written (null if
 * none was requested), the image's sizes, and the heap allocations left in the
 * functions {@link CompileRequest#printAllocs} names (empty when it names none).
 */
public record Artifact(OutputFormat format, byte[] bytes, byte[] image, Path path, Sizes sizes,
                       List<HeapAllocation> allocations) {

    public Artifact {
        allocations = List.copyOf(allocations);
    }

    /** An artifact without an allocation report. */
    public Artifact(OutputFormat format, byte[] bytes, byte[] image, Path path, Sizes sizes) {
        this(format, bytes, image, path, sizes, List.of());
    }
}
