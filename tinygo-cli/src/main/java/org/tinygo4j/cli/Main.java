package org.tinygo4j.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * The `tinygo` command line: parses TinyGo-style flags with picocli and hands the work
 * to the public API and the runners. Everything that can go wrong ends as a message on
 * stderr and exit code 1, never as a Java stack trace: user errors are printed as
 * diagnostics, and a bug in the compiler as one "internal compiler error" line (the
 * stack trace only when TINYGO4J_DEBUG=1).
 */
public final class Main {
    private Main() {}

    /**
     * Runs one command and exits the JVM with its exit code.
     *
     * @param args the command and its flags, as typed after {@code tinygo}
     */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /**
     * Runs one command in-process with the given streams and this process's environment.
     *
     * @param args the command and its flags, as typed after {@code tinygo}
     * @param out  where the command's output goes
     * @param err  where its diagnostics and error messages go
     * @return the exit code: 0 on success, 1 for any error, or the exit code of the
     *         program {@code run} ran
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    /**
     * Runs one command in-process with the given streams and environment variables (what
     * GOOS, GOARCH, GOROOT, PATH, HOME, XDG_CACHE_HOME, ... mean to the commands) and
     * returns the exit code.
     *
     * @param args the command and its flags, as typed after {@code tinygo}
     * @param out  where the command's output goes
     * @param err  where its diagnostics and error messages go
     * @param env  the environment variables the command sees instead of this process's
     * @return the exit code: 0 on success, 1 for any error, or the exit code of the
     *         program {@code run} ran
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, System.in, out, err, env);
    }

    /**
     * Runs one command in-process with the given standard input (what {@code tinygo
     * monitor} sends to the board), streams and environment variables, and returns the
     * exit code.
     *
     * @param args the command and its flags, as typed after {@code tinygo}
     * @param in   the command's standard input
     * @param out  where the command's output goes
     * @param err  where its diagnostics and error messages go
     * @param env  the environment variables the command sees instead of this process's
     * @return the exit code: 0 on success, 1 for any error, or the exit code of the
     *         program {@code run} ran
     */
    public static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        try {
            return commandLine(in, out, err, env).execute(args);
        } catch (Throwable t) {
            Io.internalError(err, t);
            return 1;
        }
    }

    /**
     * A configured picocli command line with this process's environment.
     *
     * @param out where the commands' output goes
     * @param err where their diagnostics and error messages go
     * @return the command line, ready to {@code execute}
     */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        return commandLine(out, err, System.getenv());
    }

    /**
     * A configured picocli command line.
     *
     * @param out where the commands' output goes
     * @param err where their diagnostics and error messages go
     * @param env the environment variables the commands see
     * @return the command line, ready to {@code execute}
     */
    public static CommandLine commandLine(PrintStream out, PrintStream err, Map<String, String> env) {
        return commandLine(System.in, out, err, env);
    }

    private static CommandLine commandLine(java.io.InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        Io io = new Io(in, out, err, Map.copyOf(env));
        CommandLine cl = new CommandLine(new TinygoCommand(io), new CommandFactory(io));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            Io.internalError(err, ex);
            return 1;
        });
        // Go's flag package reads -ocd-output as one flag, never as -o with "cd-output"
        cl.setPosixClusteredShortOptionsAllowed(false);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            Optional<String> tinygoFlag = ex instanceof CommandLine.UnmatchedArgumentException u
                    ? u.getUnmatched().stream().map(Main::flagName).filter(TINYGO_FLAGS::contains).findFirst()
                    : Optional.empty();
            Optional<String> flashFlag = ex instanceof CommandLine.UnmatchedArgumentException u
                    ? u.getUnmatched().stream().map(Main::flagName).filter(FLASH_FLAGS::contains).findFirst()
                    : Optional.empty();
            if (flashFlag.isPresent()) {
                err.println("tinygo: flag -" + flashFlag.get() + " is a flag of tinygo flash"
                        + (flashFlag.get().equals("monitor") ? "" : " and tinygo monitor") + ", not of tinygo " + c.getCommandName());
                return 1;
            }
            if (tinygoFlag.isPresent()) {
                err.println("tinygo: flag -" + tinygoFlag.get() + " is not supported by tinygo4j yet");
                return 1;
            }
            boolean root = c.getParent() == null;
            if (root && ex instanceof CommandLine.UnmatchedArgumentException u
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
                err.println("tinygo: unknown command \"" + u.getUnmatched().get(0) + "\" (run 'tinygo help' for usage)");
                return 1;
            }
            String help = "run 'tinygo " + (root ? "" : c.getCommandName() + " ") + "-help' for usage";
            // one line: picocli's message (first line only; it names the flag and the value) and where help is
            err.println("tinygo: " + firstLine(ex.getMessage()) + " (" + help + ")");
            return 1;
        });
        return cl;
    }

    /**
     * Flags of TinyGo's commands that tinygo4j does not have (yet): given one, the user
     * learns that, rather than that the flag does not exist.
     */
    private static final Set<String> TINYGO_FLAGS = Set.of(
            "programmer", "ocd-output", "ocd-commands", "ocd-verify", "serial",
            "print-stacks", "json", "interp-timeout", "llvm-features", "nobounds",
            "dumpssa", "verifyir", "cpuprofile", "p", "buildmode", "internal-nodwarf", "dir", "c", "count",
            "tinygo-ldflags", "wasm-abi", "cflags");

    /** Flags that TinyGo accepts on every command but that mean something only to flash and monitor. */
    private static final Set<String> FLASH_FLAGS = Set.of("port", "monitor", "baudrate");

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid arguments";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** The name of a flag argument ("-port=x" and "--port" give "port"), or "" for other arguments. */
    private static String flagName(String arg) {
        if (!arg.startsWith("-")) {
            return "";
        }
        String name = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
        int eq = name.indexOf('=');
        return eq < 0 ? name : name.substring(0, eq);
    }

    /** Creates the command objects with the shared streams. */
    private record CommandFactory(Io io) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(Io.class).newInstance(io);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
