package org.tinygo4j.api;

import java.nio.file.Path;

/**
 * The result of a successful compilation: the bytes in the requested format, the
 * linked image (ELF or wasm) they were made from, where the file was written (null if
 * none was requested) and the image's sizes.
 */
public record Artifact(OutputFormat format, byte[] bytes, byte[] image, Path path, Sizes sizes) {}
