package org.tinygo4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tinygo4j.api.Compiler;
import picocli.CommandLine.Option;

/**
 * The flags `build` and `run` share, spelled as TinyGo spells them (one dash:
 * {@code -target=wasi}, {@code -opt z}); the GNU double-dash forms are accepted too.
 */
final class CompileFlags {
    @Option(names = {"-h", "-help", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    @Option(names = {"-target", "--target"}, paramLabel = "TARGET", defaultValue = "host",
            description = "target name (see `tinygo targets`) or path to a target JSON file (default: host)")
    String target;

    @Option(names = {"-opt", "--opt"}, paramLabel = "LEVEL", defaultValue = "z",
            description = "optimisation level: 0, 1, 2, s, z (default z)")
    String opt;

    @Option(names = {"-gc", "--gc"}, paramLabel = "GC", description = "garbage collector: conservative, leaking, none")
    String gc;

    @Option(names = {"-size", "--size"}, paramLabel = "MODE", defaultValue = "none",
            description = "print sizes: none, short, full")
    String size;

    @Option(names = {"-no-debug", "--no-debug"}, description = "strip debug information (the default)")
    boolean noDebug;

    @Option(names = {"-debug", "--debug"}, description = "keep debug information in the image")
    boolean debug;

    @Option(names = {"-cache-dir", "--cache-dir"}, paramLabel = "DIR", hidden = true,
            description = "cache directory (default ~/.cache/tinygo4j)")
    Path cacheDir;

    Compiler compiler() {
        Compiler.Builder b = Compiler.builder().target(target).opt(opt).gc(gc).debug(debug && !noDebug);
        if (cacheDir != null) {
            b.cacheDir(cacheDir);
        }
        return b.build();
    }

    /**
     * A message when the flags are wrong before anything is compiled: a bad -opt or
     * -size value, or a target name that is neither known nor a JSON file.
     */
    Optional<String> check() {
        if (!List.of("0", "1", "2", "s", "z").contains(opt)) {
            return Optional.of("invalid -opt=" + opt + ": must be one of 0, 1, 2, s, z");
        }
        if (!List.of("none", "short", "full").contains(size)) {
            return Optional.of("invalid -size=" + size + ": must be one of none, short, full");
        }
        if (gc != null && !List.of("conservative", "leaking", "none").contains(gc)) {
            return Optional.of("invalid -gc=" + gc + ": must be one of conservative, leaking, none");
        }
        if (target.endsWith(".json")) {
            return Files.isRegularFile(Path.of(target)) ? Optional.empty()
                    : Optional.of("target file not found: " + target);
        }
        List<String> known = Compiler.targets();
        // an empty list means the target registry could not say; leave the check to the compiler
        if (!known.isEmpty() && !known.contains(target)) {
            return Optional.of("unknown target: " + target + " (valid targets: " + String.join(", ", known) + ")");
        }
        return Optional.empty();
    }
}
