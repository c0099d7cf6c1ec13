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

    @Option(names = {"-target", "--target"}, paramLabel = "TARGET",
            description = "target name (see `tinygo targets`) or path to a target JSON file (default: from GOOS/GOARCH,"
                    + " else wasm for `build -o x.wasm`, else host)")
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

    @Option(names = {"-boards", "--boards"}, paramLabel = "DIR",
            description = "folders of board pack jars, besides ~/.tinygo4j/boards and $CLASSPATH")
    String boards;

    @Option(names = {"-size", "--size"}, paramLabel = "MODE", defaultValue = "none",
            description = "print sizes: none, short, full")
    String size;

    @Option(names = {"-no-debug", "--no-debug"}, description = "strip debug information (the default)")
    boolean noDebug;

    @Option(names = {"-debug", "--debug"}, description = "keep debug information in the image")
    boolean debug;

    @Option(names = {"-print-allocs", "--print-allocs"}, paramLabel = "REGEXP",
            description = "print the heap allocations left after optimisation in the functions whose names match"
                    + " REGEXP (e.g. main.main, or . for all), with why each stays on the heap")
    String printAllocs;

    @Option(names = {"-x", "--x"}, description = "print the commands tinygo runs outside the JVM (linker, emulator, node, host binary)")
    boolean printCommands;

    @Option(names = {"-work", "--work"}, description = "print the name of the temporary link folder and keep it")
    boolean work;

    /**
     * What -x and -work ask of a compilation: the linker's command on stderr, shell-quoted;
     * WORK=folder on stdout, and the folder kept.
     */
    org.tinygo4j.api.CompileListener listener(Io io) {
        return new org.tinygo4j.api.CompileListener() {
            @Override
            public boolean workDirectory(java.nio.file.Path dir) {
                if (work) {
                    io.out().println("WORK=" + dir);
                    io.out().flush();
                }
                return work;
            }

            @Override
            public void commandStarted(List<String> command) {
                if (printCommands) {
                    io.err().println(shellQuote(command));
                    io.err().flush();
                }
            }
        };
    }

    /** With -x, what prints a runner's command (emulator, node, host binary) on stderr; else null. */
    java.util.function.Consumer<List<String>> commandEcho(Io io) {
        if (!printCommands) {
            return null;
        }
        return command -> {
            io.err().println(shellQuote(command));
            io.err().flush();
        };
    }

    /** A command line a POSIX shell reads back as these arguments: each argument with other than [A-Za-z0-9_@%+=:,./-] in single quotes. */
    static String shellQuote(List<String> command) {
        StringBuilder b = new StringBuilder();
        for (String a : command) {
            if (b.length() > 0) {
                b.append(' ');
            }
            if (!a.isEmpty() && a.matches("[A-Za-z0-9_@%+=:,./-]+")) {
                b.append(a);
            } else {
                b.append('\'').append(a.replace("'", "'\\''")).append('\'');
            }
        }
        return b.toString();
    }

    /**
     * The compiler these flags configure.
     *
     * @throws InvalidConfigurationException when the target is unknown or a flag's value is not one it can honour
     */
    Compiler compiler(String chosenTarget, String envGoroot, ClassLoader boardPacks) {
        Compiler.Builder b = Compiler.builder().classLoader(boardPacks).target(chosenTarget).opt(opt).gc(gc).scheduler(scheduler).panic(panic)
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
        } else if (envGoroot != null) {
            b.goroot(java.nio.file.Path.of(envGoroot));
        }
        if (stackSize != null) {
            b.stackSize(parseSize(stackSize));
        }
        return b.build();
    }

    /**
     * The resolved configuration, or the message that says which flag the target cannot
     * honour (or that the target is unknown); -size is checked here as it is the CLI's own.
     * The target is -target, else the one GOOS/GOARCH name, else wasm when output (build's
     * -o, or null) ends in .wasm, else host: see {@link #chooseTarget}.
     */
    Resolved resolve(Io io, java.nio.file.Path output) {
        TargetChoice choice = chooseTarget(target, io.getenv("GOOS"), io.getenv("GOARCH"), output);
        if (choice.problem() != null) {
            return new Resolved(null, null, choice.problem());
        }
        if (printAllocs != null) {
            try {
                java.util.regex.Pattern.compile(printAllocs);
            } catch (java.util.regex.PatternSyntaxException e) {
                return new Resolved(null, null, "invalid -print-allocs=" + printAllocs + ": " + e.getDescription());
            }
        }
        if (!List.of("none", "short", "full").contains(size)) {
            return new Resolved(null, null, "invalid -size=" + size + ": must be one of none, short, full");
        }
        if (stackSize != null && parseSize(stackSize) < 0) {
            return new Resolved(null, null, "invalid -stack-size=" + stackSize + ": not a size in bytes (e.g. 2048, 4KB)");
        }
        try {
            Compiler c = compiler(choice.target(), io.getenv("GOROOT"), BoardPacks.loader(io, boards));
            return new Resolved(c, c.config(), null);
        } catch (InvalidConfigurationException e) {
            return new Resolved(null, null, e.getMessage());
        }
    }

    /** A target name, or why none could be chosen. */
    record TargetChoice(String target, String problem) {
    }

    /** GOOS and GOARCH of the host target, as Go names this machine. */
    static final String HOST_GOOS = "linux";
    static final String HOST_GOARCH = goarch(System.getProperty("os.arch", ""));

    /** Go's name of a Java os.arch. */
    static String goarch(String javaArch) {
        return switch (javaArch) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64" -> "arm64";
            case "x86", "i386", "i686" -> "386";
            default -> javaArch;
        };
    }

    /**
     * The target TinyGo would pick: the -target flag; else GOOS/GOARCH when set (js/wasm
     * is wasm, wasip1/wasm is wasip1, this machine's pair counts as unset, other pairs
     * have no target here); else, for an output file ending in .wasm, the wasm target (as TinyGo
     * did until 0.35; 0.36 refuses such a build); else host.
     */
    static TargetChoice chooseTarget(String flag, String goos, String goarch, java.nio.file.Path output) {
        if (flag != null) {
            return new TargetChoice(flag, null);
        }
        if ("wasm".equals(goarch)) {
            if ("js".equals(goos)) {
                return new TargetChoice("wasm", null);
            }
            if ("wasip1".equals(goos)) {
                return new TargetChoice("wasip1", null);
            }
            return new TargetChoice(null, "GOARCH=wasm but GOOS is " + (goos == null ? "unset" : goos)
                    + ": set GOOS to js or wasip1, or use -target");
        }
        if (goos != null || goarch != null) {
            String os = goos == null ? HOST_GOOS : goos;
            String arch = goarch == null ? HOST_GOARCH : goarch;
            if (!os.equals(HOST_GOOS) || !arch.equals(HOST_GOARCH)) {
                return new TargetChoice(null, "tinygo4j has no target for GOOS=" + os + " GOARCH=" + arch
                        + " (use -target; `tinygo targets` lists them)");
            }
        }
        if (output != null && output.getFileName() != null && output.getFileName().toString().endsWith(".wasm")) {
            return new TargetChoice("wasm", null);
        }
        return new TargetChoice("host", null);
    }

    /** A compiler with its configuration, or the problem that stopped it. */
    /** The request with -print-allocs and -size full applied (checked by {@link #resolve}). */
    org.tinygo4j.api.CompileRequest withFlags(org.tinygo4j.api.CompileRequest request) {
        org.tinygo4j.api.CompileRequest r = request.withPackageSizes(size.equals("full"));
        return printAllocs == null ? r : r.withPrintAllocs(java.util.regex.Pattern.compile(printAllocs));
    }

    /** Prints the -print-allocs report of a successful compilation, as gc's -m does its own, on stderr. */
    static void printAllocations(Io io, org.tinygo4j.api.CompileResult r) {
        for (org.tinygo4j.api.HeapAllocation a : r.artifact().allocations()) {
            io.err().println(a);
        }
    }

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
