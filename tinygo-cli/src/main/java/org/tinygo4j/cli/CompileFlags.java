package org.tinygo4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.api.InvalidConfigurationException;
import org.tinygo4j.boards.config.BuildConfig;
import picocli.CommandLine.Option;

/**
 * The flags `build` and `run` share, spelled as TinyGo spells them (one dash:
 * {@code -target=wasi}, {@code -opt z}); the GNU double-dash forms are accepted too.
 * They only become builder settings of the API; what they mean, and whether the target
 * can honour them, is decided by the resolved configuration (see {@link #resolve()}).
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

    @Option(names = {"-gc", "--gc"}, paramLabel = "GC",
            description = "garbage collector: leaking (default: the target's)")
    String gc;

    @Option(names = {"-scheduler", "--scheduler"}, paramLabel = "SCHEDULER",
            description = "goroutine scheduler: tasks, coroutines, none (default: the target's)")
    String scheduler;

    @Option(names = {"-panic", "--panic"}, paramLabel = "STRATEGY", description = "panic strategy: print (default)")
    String panic;

    @Option(names = {"-stack-size", "--stack-size"}, paramLabel = "SIZE",
            description = "goroutine stack size, e.g. 2048, 4KB (default: the target's default-stack-size)")
    String stackSize;

    @Option(names = {"-tags", "--tags"}, paramLabel = "TAGS", description = "extra build tags, separated by spaces or commas")
    String tags;

    @Option(names = {"-ldflags", "--ldflags"}, paramLabel = "FLAGS",
            description = "linker flags: -X importpath.name=value sets a string variable")
    String ldflags;

    @Option(names = {"-goroot", "--goroot"}, paramLabel = "DIR",
            description = "the Go installation whose sources provide the packages tinygo4j does not embed"
                    + " (default: $GOROOT, `go env GOROOT`, /usr/lib/go, /usr/lib/go-1.*, /usr/local/go)")
    String goroot;

    @Option(names = {"-size", "--size"}, paramLabel = "MODE", defaultValue = "none",
            description = "print sizes: none, short, full")
    String size;

    @Option(names = {"-no-debug", "--no-debug"}, description = "strip debug information (the default)")
    boolean noDebug;

    @Option(names = {"-debug", "--debug"}, description = "keep debug information in the image")
    boolean debug;

    /**
     * The compiler these flags configure.
     *
     * @throws InvalidConfigurationException when the target is unknown or a flag's value is not one it can honour
     */
    Compiler compiler() {
        Compiler.Builder b = Compiler.builder().target(target).opt(opt).gc(gc).scheduler(scheduler).panic(panic)
                .debug(debug && !noDebug);
        if (tags != null) {
            List<String> list = new ArrayList<>();
            for (String t : tags.split("[\\s,]+")) {
                if (!t.isEmpty()) {
                    list.add(t);
                }
            }
            b.tags(list);
        }
        if (ldflags != null) {
            b.ldflags(ldflags);
        }
        if (goroot != null) {
            b.goroot(java.nio.file.Path.of(goroot));
        }
        if (stackSize != null) {
            b.stackSize(parseSize(stackSize));
        }
        return b.build();
    }

    /**
     * The resolved configuration, or the message that says which flag the target cannot
     * honour (or that the target is unknown); -size is checked here as it is the CLI's own.
     */
    Resolved resolve() {
        if (!List.of("none", "short", "full").contains(size)) {
            return new Resolved(null, null, "invalid -size=" + size + ": must be one of none, short, full");
        }
        if (stackSize != null && parseSize(stackSize) < 0) {
            return new Resolved(null, null, "invalid -stack-size=" + stackSize + ": not a size in bytes (e.g. 2048, 4KB)");
        }
        try {
            Compiler c = compiler();
            return new Resolved(c, c.config(), null);
        } catch (InvalidConfigurationException e) {
            return new Resolved(null, null, e.getMessage());
        }
    }

    /** A compiler with its configuration, or the problem that stopped it. */
    record Resolved(Compiler compiler, BuildConfig config, String problem) {
        Optional<String> problemMessage() {
            return Optional.ofNullable(problem);
        }
    }

    /** Bytes, with an optional K/KB/KiB (x1024) or M/MB/MiB suffix, as TinyGo accepts; -1 if malformed. */
    static long parseSize(String s) {
        String v = s.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        for (String[] suffix : new String[][] {{"KIB", "1024"}, {"KB", "1024"}, {"K", "1024"},
                {"MIB", "1048576"}, {"MB", "1048576"}, {"M", "1048576"}}) {
            if (v.endsWith(suffix[0])) {
                unit = Long.parseLong(suffix[1]);
                v = v.substring(0, v.length() - suffix[0].length()).trim();
                break;
            }
        }
        try {
            long n = Long.parseLong(v);
            return n <= 0 ? -1 : Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }
}
