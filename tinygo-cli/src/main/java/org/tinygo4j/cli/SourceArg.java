package org.tinygo4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks and names the program argument of build/run: a .go file or a package directory. */
final class SourceArg {
    private SourceArg() {}

    /** A message if the path cannot be a program, else empty. */
    static Optional<String> check(Path source) {
        if (!Files.exists(source)) {
            return Optional.of(source + ": no such file or directory");
        }
        if (Files.isRegularFile(source) && !source.getFileName().toString().endsWith(".go")) {
            return Optional.of(source + ": not a Go source file (expected a .go file or a package directory)");
        }
        return Optional.empty();
    }

    /** The output name `build` uses without -o: the file or directory name, with the target's extension. */
    static Path defaultOutput(Path source, String target) {
        Path abs = source.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "main" : abs.getFileName().toString();
        if (name.endsWith(".go")) {
            name = name.substring(0, name.length() - 3);
        }
        String ext = target.startsWith("wasi") || target.startsWith("wasm") ? ".wasm"
                : target.equals("host") ? "" : ".elf";
        return Path.of(name + ext);
    }
}
