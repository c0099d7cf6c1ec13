package org.tinygo4j.cli.run;

import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to run a program: its command-line arguments (host and WASI only), the time
 * limit, and optional streams that receive its output live while it runs (the CLI
 * forwards to its own stdout/stderr; tests leave them null and read the
 * {@link RunResult}). On microcontrollers everything goes to {@code echoStdout}.
 * {@code export} names the function a module without an entry point (wasm-unknown)
 * is run through; null elsewhere.
 */
public record RunOptions(List<String> args, Duration timeout, OutputStream echoStdout, OutputStream echoStderr,
                         String export) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public RunOptions {
        args = List.copyOf(args);
        Objects.requireNonNull(timeout, "timeout");
    }

    public RunOptions(List<String> args, Duration timeout, OutputStream echoStdout, OutputStream echoStderr) {
        this(args, timeout, echoStdout, echoStderr, null);
    }

    public static RunOptions defaults() {
        return new RunOptions(List.of(), DEFAULT_TIMEOUT, null, null);
    }

    public RunOptions withArgs(List<String> a) {
        return new RunOptions(a, timeout, echoStdout, echoStderr, export);
    }

    public RunOptions withTimeout(Duration t) {
        return new RunOptions(args, t, echoStdout, echoStderr, export);
    }

    public RunOptions withEcho(OutputStream out, OutputStream err) {
        return new RunOptions(args, timeout, out, err, export);
    }

    public RunOptions withExport(String name) {
        return new RunOptions(args, timeout, echoStdout, echoStderr, name);
    }
}
