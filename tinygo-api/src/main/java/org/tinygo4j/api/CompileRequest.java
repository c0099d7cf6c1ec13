package org.tinygo4j.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to compile: a Go source file or a directory holding package main, and where
 * to put the result. With output null the artifact is returned as bytes only; with an
 * output path its extension chooses the format (.elf, .hex, .bin, .uf2, .wasm) unless
 * {@link #format} is given. The file is written to a temporary name and renamed into
 * place only after a successful compilation.
 */
public record CompileRequest(Path source, Path output, OutputFormat format) {

    public CompileRequest {
        Objects.requireNonNull(source, "source");
    }

    public static CompileRequest of(Path source) {
        return new CompileRequest(source, null, null);
    }

    public CompileRequest withOutput(Path out) {
        return new CompileRequest(source, out, format);
    }

    public CompileRequest withFormat(OutputFormat f) {
        return new CompileRequest(source, output, f);
    }
}
