package org.tinygo4j.api;

import java.nio.file.Path;

/**
 * The result of a successful compilation: the bytes in the requested format, the
 * linked image (ELF or wasm) they were made from, where the file was written (null if
 * none was requested) and the image's sizes.
 *
 * @param format the format of {@code bytes}: the request's, else the one its output
 *               file's extension chose
 * @param bytes  the output as written to the file: the image converted to {@code format}
 *               (for ELF and WASM, the image itself)
 * @param image  the linked image the linker produced (ELF for the chips and the host,
 *               a wasm module for the wasm targets), before any conversion
 * @param path   the file the bytes were written to, or null when the request named no
 *               output
 * @param sizes  the image's code, data and bss sizes, as {@code -size short} prints them
 */
public record Artifact(OutputFormat format, byte[] bytes, byte[] image, Path path, Sizes sizes) {}
