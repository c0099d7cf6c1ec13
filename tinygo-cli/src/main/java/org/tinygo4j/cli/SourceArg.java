package org.tinygo4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tinygo4j.boards.config.BuildConfig;

/** Checks and names the program argument of build/run: a .go file or a package directory. */
final class SourceArg {
    private SourceArg() {}

    /** A message if the path cannot be a program, else empty. */
    static Optional<String> check(Path source) {
        if (!Files.exists(source)) {
            return Optional.of(source + ": no such file or directory");
        }
        if (!Files.isRegularFile(source) && !Files.isDirectory(source)) {
            // a FIFO or a device: reading it could block for ever
            return Optional.of(source + ": not a regular file or a directory");
        }
        if (Files.isRegularFile(source) && !source.getFileName().toString().endsWith(".go")) {
            return Optional.of(source + ": not a Go source file (expected a .go file or a package directory)");
        }
        return Optional.empty();
    }

    /** The output name `build` uses without -o: the file or directory name, as the configuration names outputs. */
    static Path defaultOutput(Path source, BuildConfig config) {
        Path abs = source.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "main" : abs.getFileName().toString();
        if (name.endsWith(".go")) {
            name = name.substring(0, name.length() - 3);
        }
        return Path.of(config.defaultOutputName(name));
    }
}
