package org.tinygo4j.codegen.backend;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test support: runs an image in a program (the host executable itself, qemu, simavr)
 * with a time limit, collecting stdout and stderr apart. When an end marker is given
 * the program is stopped as soon as stdout contains it, for emulators that never exit
 * on their own (qemu-system-avr).
 */
final class Emulator {
    private Emulator() {}

    record Run(int exitCode, boolean stopped, String output, String errors) {}

    static boolean installed(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    static Run run(List<String> cmd, String endMarker, long timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread reader = drain(p.getInputStream(), out);
        Thread errReader = drain(p.getErrorStream(), err);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        boolean stopped = false;
        while (p.isAlive()) {
            if (endMarker != null && text(out).contains(endMarker)) {
                p.destroy();
                stopped = true;
                break;
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                p.waitFor();
                reader.join(1000);
                throw new AssertionError("timed out after " + timeoutSeconds + " s: " + cmd + "\n" + text(out) + text(err));
            }
            Thread.sleep(20);
        }
        int code = p.waitFor();
        reader.join(2000);
        errReader.join(2000);
        return new Run(code, stopped, text(out), text(err));
    }

    private static Thread drain(InputStream from, ByteArrayOutputStream to) {
        return Thread.ofVirtual().start(() -> {
            try (InputStream in = from) {
                byte[] buf = new byte[4096];
                int n;
                while ((n = in.read(buf)) > 0) {
                    synchronized (to) {
                        to.write(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                // the process was stopped
            }
        });
    }

    private static String text(ByteArrayOutputStream out) {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
