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
 */
public record RunOptions(List<String> args, Duration timeout, OutputStream echoStdout, OutputStream echoStderr,
                         String export, Consumer<List<String>> onCommand, Path directory,
                         Map<String, String> env, byte[] stdin) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public RunOptions {
        args = List.copyOf(args);
        env = env == null ? Map.of() : Map.copyOf(env);
        Objects.requireNonNull(timeout, "timeout");
    }

    public RunOptions(List<String> args, Duration timeout, OutputStream echoStdout, OutputStream echoStderr) {
        this(args, timeout, echoStdout, echoStderr, null, null, null, null, null);
    }

    public RunOptions(List<String> args, Duration timeout, OutputStream echoStdout, OutputStream echoStderr,
                      String export) {
        this(args, timeout, echoStdout, echoStderr, export, null, null, null, null);
    }

    public static RunOptions defaults() {
        return new RunOptions(List.of(), DEFAULT_TIMEOUT, null, null);
    }

    public RunOptions withArgs(List<String> a) {
        return new RunOptions(a, timeout, echoStdout, echoStderr, export, onCommand, directory, env, stdin);
    }

    public RunOptions withTimeout(Duration t) {
        return new RunOptions(args, t, echoStdout, echoStderr, export, onCommand, directory, env, stdin);
    }

    public RunOptions withEcho(OutputStream out, OutputStream err) {
        return new RunOptions(args, timeout, out, err, export, onCommand, directory, env, stdin);
    }

    public RunOptions withExport(String name) {
        return new RunOptions(args, timeout, echoStdout, echoStderr, name, onCommand, directory, env, stdin);
    }

    public RunOptions withCommandEcho(Consumer<List<String>> listener) {
        return new RunOptions(args, timeout, echoStdout, echoStderr, export, listener, directory, env, stdin);
    }

    public RunOptions withDirectory(Path dir) {
        return new RunOptions(args, timeout, echoStdout, echoStderr, export, onCommand, dir, env, stdin);
    }

    /** With the environment variables vars (replacing those given before). */
    public RunOptions withEnv(Map<String, String> vars) {
        return new RunOptions(args, timeout, echoStdout, echoStderr, export, onCommand, directory, vars, stdin);
    }

    /** With input as the program's standard input. */
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
