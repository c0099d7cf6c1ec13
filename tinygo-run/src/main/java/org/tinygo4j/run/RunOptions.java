package org.tinygo4j.run;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to run a program: its command-line arguments (host and WASI only), the time
 * limit, and optional streams that receive its output live while it runs (the CLI
 * forwards to its own stdout/stderr; tests leave them null and read the
 * {@link RunResult}). On microcontrollers everything goes to {@code echoStdout}.
 * {@code export} names the function a module without an entry point (wasm-unknown)
 * is run through; null elsewhere. {@code onCommand}, if not null, hears each command
 * the runner starts outside the JVM (the emulator, node, the host binary) before it
 * starts (tinygo's -x). {@code directory} is the program's working directory (the host
 * and Node: the process's; WASI: the directory pre-opened as "."), null for the JVM's
 * own; go test runs a test binary in its package's folder. {@code env} adds environment
 * variables (WASI: the module's whole environment; the host and Node: added to the
 * JVM's) and {@code stdin} is what the program reads on standard input (null: nothing,
 * as from /dev/null); both for the host, WASI and Node.
 *
 * @param args       the program's arguments, without the program name
 * @param timeout    how long it may run before it is stopped
 * @param echoStdout receives its standard output as it is written, or null
 * @param echoStderr receives its standard error as it is written, or null
 * @param export     the export to call in a module without an entry point, or null
 * @param onCommand  hears each command started outside the JVM, or null
 * @param directory  its working directory, or null for the JVM's
 * @param env        environment variables to give it (null or empty for none)
 * @param stdin      its standard input, or null for none
 */
public record RunOptions(List<String> args, Duration timeout, OutputStream echoStdout, OutputStream echoStderr,
                         String export, Consumer<List<String>> onCommand, Path directory,
                         Map<String, String> env, byte[] stdin) {

    /** The time limit unless one is given: 10 s, as tinygo run's -timeout default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Copies the arguments and the environment.
     *
     * @throws NullPointerException if timeout is null
     */
    public RunOptions {
        args = List.copyOf(args);
        env = env == null ? Map.of() : Map.copyOf(env);
        Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Options with arguments, a time limit and live output only.
     *
     * @param args       the program's arguments
     * @param timeout    its time limit
     * @param echoStdout receives its standard output live, or null
     * @param echoStderr receives its standard error live, or null
     */
    public RunOptions(List<String> args, Duration timeout, OutputStream echoStdout, OutputStream echoStderr) {
        this(args, timeout, echoStdout, echoStderr, null, null, null, null, null);
    }

    /**
     * Options with arguments, a time limit, live output and the export to call.
     *
     * @param args       the program's arguments (for an export: its parameters)
     * @param timeout    its time limit
     * @param echoStdout receives its standard output live, or null
     * @param echoStderr receives its standard error live, or null
     * @param export     the export to call in a module without an entry point, or null
     */
    public RunOptions(List<String> args, Duration timeout, OutputStream echoStdout, OutputStream echoStderr,
                      String export) {
        this(args, timeout, echoStdout, echoStderr, export, null, null, null, null);
    }

    /**
     * No arguments, the default time limit, output captured only.
     *
     * @return the default options
     */
    public static RunOptions defaults() {
        return new RunOptions(List.of(), DEFAULT_TIMEOUT, null, null);
    }

    /**
     * These options with other arguments.
     *
     * @param a the program's arguments, without the program name
     * @return new options
     */
    public RunOptions withArgs(List<String> a) {
        return new RunOptions(a, timeout, echoStdout, echoStderr, export, onCommand, directory, env, stdin);
    }

    /**
     * These options with another time limit.
     *
     * @param t how long the program may run
     * @return new options
     */
    public RunOptions withTimeout(Duration t) {
        return new RunOptions(args, t, echoStdout, echoStderr, export, onCommand, directory, env, stdin);
    }

    /**
     * These options with streams that receive the output live.
     *
     * @param out receives standard output (on a microcontroller, all output), or null
     * @param err receives standard error, or null
     * @return new options
     */
    public RunOptions withEcho(OutputStream out, OutputStream err) {
        return new RunOptions(args, timeout, out, err, export, onCommand, directory, env, stdin);
    }

    /**
     * These options calling an export of a module without an entry point (wasm-unknown).
     *
     * @param name the exported function; the arguments are its parameters
     * @return new options
     */
    public RunOptions withExport(String name) {
        return new RunOptions(args, timeout, echoStdout, echoStderr, name, onCommand, directory, env, stdin);
    }

    /**
     * These options with a listener for the commands started outside the JVM (tinygo's -x).
     *
     * @param listener hears each command line, program first, before it starts
     * @return new options
     */
    public RunOptions withCommandEcho(Consumer<List<String>> listener) {
        return new RunOptions(args, timeout, echoStdout, echoStderr, export, listener, directory, env, stdin);
    }

    /**
     * These options with a working directory for the program.
     *
     * @param dir the directory (under WASI, the one pre-opened as "."), or null for the JVM's
     * @return new options
     */
    public RunOptions withDirectory(Path dir) {
        return new RunOptions(args, timeout, echoStdout, echoStderr, export, onCommand, dir, env, stdin);
    }

    /**
     * These options with environment variables, replacing those given before.
     *
     * @param vars the variables by name
     * @return new options
     */
    public RunOptions withEnv(Map<String, String> vars) {
        return new RunOptions(args, timeout, echoStdout, echoStderr, export, onCommand, directory, vars, stdin);
    }

    /**
     * These options with input for the program.
     *
     * @param input what the program reads on standard input
     * @return new options
     */
    public RunOptions withStdin(byte[] input) {
        return new RunOptions(args, timeout, echoStdout, echoStderr, export, onCommand, directory, env, input);
    }

    /** Tells onCommand (if any) that cmd is about to start. */
    void announce(List<String> cmd) {
        if (onCommand != null) {
            onCommand.accept(List.copyOf(cmd));
        }
    }
}
