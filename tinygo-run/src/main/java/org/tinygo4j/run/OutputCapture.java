package org.tinygo4j.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Collects a running program's output: each stream on its own, all of it merged in the
 * order it arrived, and optionally forwarded live to an echo stream. Thread-safe, since
 * the stdout and stderr pumps write concurrently.
 */
final class OutputCapture {
    private final ByteArrayOutputStream merged = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final OutputStream echoOut;
    private final OutputStream echoErr;

    OutputCapture(OutputStream echoOut, OutputStream echoErr) {
        this.echoOut = echoOut;
        this.echoErr = echoErr;
    }

    synchronized void stdout(byte[] b, int off, int len) {
        merged.write(b, off, len);
        out.write(b, off, len);
        echo(echoOut, b, off, len);
    }

    synchronized void stderr(byte[] b, int off, int len) {
        merged.write(b, off, len);
        err.write(b, off, len);
        echo(echoErr, b, off, len);
    }

    /** Whether the program has written anything yet. */
    synchronized boolean isEmpty() {
        return merged.size() == 0;
    }

    /** A note from the runner itself (time-out, trap): goes to stderr like a shell would print it. */
    synchronized void note(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        stderr(b, 0, b.length);
    }

    private static void echo(OutputStream s, byte[] b, int off, int len) {
        if (s == null) {
            return;
        }
        try {
            s.write(b, off, len);
            s.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OutputStream view of stdout or stderr, for in-process runtimes such as Chicory's WASI. */
    OutputStream stream(boolean stderr) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (stderr) {
                    OutputCapture.this.stderr(b, off, len);
                } else {
                    OutputCapture.this.stdout(b, off, len);
                }
            }
        };
    }

    synchronized RunResult result(int exitCode, boolean timedOut) {
        return new RunResult(text(merged), text(out), text(err), exitCode, timedOut);
    }

    private static String text(ByteArrayOutputStream b) {
        return b.toString(StandardCharsets.UTF_8);
    }
}
