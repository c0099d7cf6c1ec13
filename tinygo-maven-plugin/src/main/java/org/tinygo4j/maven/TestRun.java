package org.tinygo4j.maven;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.tinygo4j.boards.config.BuildConfig;

/**
 * How the test goal runs a test binary: a wasip1 module in this JVM with Chicory's
 * interpreter (the package folder pre-opened as ".", as go test runs a test in its
 * package's folder), or a program of this machine as a process. stdout and stderr
 * are captured together in the order written. A wasm trap is exit code 134, as
 * wasmtime reports an abort; a run past its time limit is stopped and marked.
 */
sealed interface TestRun {

    /** What a run printed and how it ended. */
    record Outcome(String output, int exitCode, boolean timedOut) {
    }

    Outcome run(byte[] image, Path dir, Duration timeout) throws IOException;

    /** The runner for a target, or null when the plugin cannot run its programs. */
    static TestRun forTarget(BuildConfig config) {
        if (config.isWasi()) {
            return new Wasi();
        }
        if (config.runsNatively()) {
            return new Native();
        }
        return null;
    }

    /** A wasip1 module in Chicory. */
    record Wasi() implements TestRun {
        @Override
        public Outcome run(byte[] image, Path dir, Duration timeout) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OutputStream shared = new OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (out) {
                        out.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    synchronized (out) {
                        out.write(b, off, len);
                    }
                }
            };
            int[] exit = {0};
            Throwable[] failure = {null};
            Thread t = new Thread(() -> {
                try {
                    exit[0] = execute(image, dir, shared);
                } catch (Throwable e) {
                    failure[0] = e;
                }
            }, "tinygo-test-wasi");
            t.setDaemon(true);
            t.start();
            try {
                t.join(timeout.toMillis());
                if (t.isAlive()) {
                    t.interrupt();
                    t.join(2000);
                    return new Outcome(text(out), 124, true);
                }
            } catch (InterruptedException e) {
                t.interrupt();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
            if (failure[0] != null) {
                throw new IOException(failure[0].toString(), failure[0]);
            }
            return new Outcome(text(out), exit[0], false);
        }

        private static int execute(byte[] image, Path dir, OutputStream out) {
            WasiOptions opts = WasiOptions.builder()
                    .withStdout(out)
                    .withStderr(out)
                    .withArguments(List.of("main.wasm"))
                    .withDirectory(".", dir.toAbsolutePath())
                    .withThrowOnExit0(true)
                    .build();
            try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(opts).build()) {
                ImportValues imports = ImportValues.builder().addFunction(wasi.toHostFunctions()).build();
                Instance instance;
                try {
                    instance = Instance.builder(Parser.parse(image)).withImportValues(imports).withStart(false).build();
                } catch (WasiExitException e) {
                    return e.exitCode();
                }
                try {
                    instance.export("_start").apply();
                    return 0;
                } catch (WasiExitException e) {
                    return e.exitCode();
                } catch (ChicoryException e) {
                    byte[] msg = ("wasm trap: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
                    try {
                        out.write(msg);
                    } catch (IOException ignored) {
                        // the stream is in memory
                    }
                    return 134;
                }
            }
        }

        private static String text(ByteArrayOutputStream out) {
            synchronized (out) {
                return out.toString(StandardCharsets.UTF_8);
            }
        }
    }

    /** A program of this machine, run as a process in the package folder. */
    record Native() implements TestRun {
        @Override
        public Outcome run(byte[] image, Path dir, Duration timeout) throws IOException {
            Path exe = Files.createTempFile("tinygo-test", "");
            try {
                Files.write(exe, image);
                Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwx------"));
                Process p = new ProcessBuilder(exe.toString()).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Thread reader = new Thread(() -> {
                    try {
                        p.getInputStream().transferTo(out);
                    } catch (IOException ignored) {
                        // the process ended
                    }
                });
                reader.start();
                boolean ended = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (!ended) {
                    p.destroyForcibly();
                }
                reader.join(2000);
                return new Outcome(out.toString(StandardCharsets.UTF_8), ended ? p.exitValue() : 124, !ended);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            } finally {
                Files.deleteIfExists(exe);
            }
        }
    }
}
