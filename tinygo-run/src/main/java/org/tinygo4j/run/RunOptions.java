package org.tinygo4j.run;

import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
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
 * starts (tinygo's -x).
 */
public record RunOptions(List<String> args, Duration timeout, OutputStream echoStdout, OutputStream echoStderr,
                         String export, Consumer<List<String>> onCommand) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public RunOptions {
        args = List.copyOf(args);
        Objects.requireNonNull(timeout, "timeout");
    }

    public RunOptions(List<String> args, Duration timeout, OutputStream echoStdout, OutputStream echoStderr) {
        this(args, timeout, echoStdout, echoStderr, null, null);
    }

    public RunOptions(List<String> args, Duration timeout, OutputStream echoStdout, OutputStream echoStderr,
                      String export) {
        this(args, timeout, echoStdout, echoStderr, export, null);
    }

    public static RunOptions defaults() {
        return new RunOptions(List.of(), DEFAULT_TIMEOUT, null, null);
    }

    public RunOptions withArgs(List<String> a) {
        return new RunOptions(a, timeout, echoStdout, echoStderr, export, onCommand);
    }

    public RunOptions withTimeout(Duration t) {
        return new RunOptions(args, t, echoStdout, echoStderr, export, onCommand);
    }

    public RunOptions withEcho(OutputStream out, OutputStream err) {
        return new RunOptions(args, timeout, out, err, export, onCommand);
    }

    public RunOptions withExport(String name) {
        return new RunOptions(args, timeout, echoStdout, echoStderr, name, onCommand);
    }

    public RunOptions withCommandEcho(Consumer<List<String>> listener) {
        return new RunOptions(args, timeout, echoStdout, echoStderr, export, listener);
    }

    /** Tells onCommand (if any) that cmd is about to start. */
    void announce(List<String> cmd) {
        if (onCommand != null) {
            onCommand.accept(List.copyOf(cmd));
        }
    }
}
