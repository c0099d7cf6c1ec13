package org.tinygo4j.run;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs an external program (the image itself, or an emulator) with a time limit, its
 * stdin at /dev/null and its two output streams pumped on their own threads into
 * sinks. A run can also be ended early by the caller (the AVR runner does when it sees
 * the end marker, because qemu-system-avr never exits on its own).
 */
final class ExternalProcess {

    /** Receives a chunk of bytes read from the program. */
    @FunctionalInterface
    interface Sink {
        void accept(byte[] buf, int len);
    }

    /** How the process ended: its exit code, or stopped early, or timed out. */
    record Outcome(int exitCode, boolean stoppedEarly, boolean timedOut) {}

    private ExternalProcess() {}

    /** The executable of that name on PATH, if any. */
    static Optional<Path> findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Writes an image to a fresh temporary file (owner-only, executable if asked). */
    static Path tempImage(byte[] image, String suffix, boolean executable) throws IOException {
        Path p = Files.createTempFile("tinygo4j-run-", suffix,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(executable ? "rwx------" : "rw-------")));
        Files.write(p, image);
        return p;
    }

    /**
     * Starts the command and waits until it exits, until {@code stop} completes, or until
     * the timeout; then the process is killed if it still runs and the pumps are drained.
     */
    static Outcome run(List<String> command, Duration timeout, Sink out, Sink err, CompletableFuture<?> stop)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return run(pb, timeout, out, err, stop);
    }

    /**
     * Runs a program of this machine (the host image, node) as options say: its working
     * directory, environment, standard input and time limit, its output captured and
     * echoed. Without a console to echo to (tests), stderr shares stdout's pipe so that the
     * merged output keeps the order in which the program wrote it (two pipes read by two
     * threads cannot tell which write came first); the result's stderr is then empty.
     */
    static RunResult runCaptured(List<String> command, RunOptions options) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (options.directory() != null) {
            pb.directory(options.directory().toFile());
        }
        pb.environment().putAll(options.env());
        pb.redirectErrorStream(options.echoStdout() == null && options.echoStderr() == null);
        Path input = null;
        if (options.stdin() != null) {
            input = Files.createTempFile("tinygo4j-stdin-", "");
            Files.write(input, options.stdin());
            pb.redirectInput(input.toFile());
        } else {
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        OutputCapture cap = new OutputCapture(options.echoStdout(), options.echoStderr());
        options.announce(command);
        try {
            Outcome o = run(pb, options.timeout(), (b, n) -> cap.stdout(b, 0, n), (b, n) -> cap.stderr(b, 0, n), null);
            if (o.timedOut()) {
                cap.note("tinygo4j: program stopped after the time limit of " + seconds(options.timeout()) + "\n");
                return cap.result(RunResult.EXIT_TIMEOUT, true);
            }
            return cap.result(o.exitCode(), false);
        } finally {
            if (input != null) {
                Files.deleteIfExists(input);
            }
        }
    }

    private static Outcome run(ProcessBuilder pb, Duration timeout, Sink out, Sink err, CompletableFuture<?> stop)
            throws IOException {
        Process process = start(pb);
        Thread outPump = pump(process.getInputStream(), out, "stdout");
        Thread errPump = pump(process.getErrorStream(), err, "stderr");
        CompletableFuture<?> ended = stop == null ? process.onExit() : CompletableFuture.anyOf(process.onExit(), stop);
        boolean timedOut = false;
        try {
            ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            timedOut = true;
        } catch (ExecutionException e) {
            // onExit and the stop signal never complete exceptionally
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            timedOut = true;
        }
        boolean stoppedEarly = !timedOut && process.isAlive();
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        join(outPump);
        join(errPump);
        int code = process.isAlive() ? -1 : process.exitValue();
        return new Outcome(code, stoppedEarly, timedOut);
    }

    /**
     * Starts the process, retrying briefly on ETXTBSY: a fork in another thread of this
     * JVM can hold our freshly written executable open for a moment.
     */
    private static Process start(ProcessBuilder pb) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return pb.start();
            } catch (IOException e) {
                String m = String.valueOf(e.getMessage());
                if (attempt >= 20 || !(m.contains("error=26") || m.contains("Text file busy"))) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static Thread pump(InputStream in, Sink sink, String name) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    sink.accept(buf, n);
                }
            } catch (IOException e) {
                // the process was killed while we read: its output ends here
            }
        }, "tinygo4j-run-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void join(Thread t) {
        try {
            t.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format("%.1f s", ms / 1000.0);
    }
}
