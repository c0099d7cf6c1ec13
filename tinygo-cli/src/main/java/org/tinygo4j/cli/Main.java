package org.tinygo4j.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
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

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /** Runs one command in-process with the given streams and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return commandLine(out, err).execute(args);
        } catch (Throwable t) {
            Io.internalError(err, t);
            return 1;
        }
    }

    /** A configured picocli command line whose commands write to out and err. */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        Io io = new Io(out, err);
        CommandLine cl = new CommandLine(new TinygoCommand(io), new CommandFactory(io));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            Io.internalError(err, ex);
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            err.println("tinygo: " + ex.getMessage());
            err.println("Run 'tinygo " + (c.getParent() == null ? "" : c.getCommandName() + " ") + "--help' for usage.");
            return 1;
        });
        return cl;
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
