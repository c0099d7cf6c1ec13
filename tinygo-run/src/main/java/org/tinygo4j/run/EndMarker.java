package org.tinygo4j.run;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;

/**
 * Watches a microcontroller's serial stream for the end marker of programs on chips
 * that cannot end an emulator by themselves: byte 0x04 (EOT) followed by one byte that
 * holds the exit code. Bytes before the marker are passed on as output; the marker and
 * anything after it are dropped, and {@link #exitCode()} completes with the code.
 */
final class EndMarker {
    static final int EOT = 0x04;

    private final OutputCapture capture;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private boolean sawEot;

    EndMarker(OutputCapture capture) {
        this.capture = capture;
    }

    CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    synchronized void accept(byte[] buf, int len) {
        ByteArrayOutputStream pass = new ByteArrayOutputStream();
        for (int i = 0; i < len && !exitCode.isDone(); i++) {
            int b = buf[i] & 0xff;
            if (sawEot) {
                exitCode.complete(b);
            } else if (b == EOT) {
                sawEot = true;
            } else {
                pass.write(b);
            }
        }
        if (pass.size() > 0) {
            capture.stdout(pass.toByteArray(), 0, pass.size());
        }
    }
}
