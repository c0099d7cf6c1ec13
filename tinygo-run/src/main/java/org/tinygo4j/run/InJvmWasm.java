package org.tinygo4j.run;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the runners of WebAssembly modules in this JVM (Chicory) share: the run happens
 * on its own daemon thread so that the time limit can interrupt it (Chicory checks the
 * interrupt flag in its loops); a module that cannot run at all is an environment
 * error (IOException), any other failure of the runtime a trap.
 *
 * <p>Chicory's interpreter nests a Java call per WebAssembly call, about 1 KiB of Java
 * stack per frame: a default thread stack ends recursion near 1,000 Go frames, where
 * gc's goroutine stacks allow millions. The thread asks for {@link #THREAD_STACK}
 * (reserved, not committed: only the depth a program reaches costs memory).
 */
final class InJvmWasm {
    /** Java stack of the runner thread, in bytes. */
    static final long THREAD_STACK = 1L << 30;

    private InJvmWasm() {
    }

    /** The module, or what was asked of it, cannot run at all: a compiler or usage problem, not a program fault. */
    static final class InvalidModule extends RuntimeException {
        InvalidModule(String message, Throwable cause) {
            super(message, cause);
        }

        InvalidModule(String message) {
            super(message);
        }
    }

    /** The run itself, on the runner's thread: returns the exit code. */
    interface Body {
        int run(OutputCapture cap);
    }

    static RunResult run(String threadName, RunOptions options, Body body) throws IOException {
        OutputCapture cap = new OutputCapture(options.echoStdout(), options.echoStderr());
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Thread t = new Thread(null, () -> {
            try {
                done.complete(body.run(cap));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, threadName, THREAD_STACK);
        t.setDaemon(true);
        t.start();
        try {
            return cap.result(done.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS), false);
        } catch (TimeoutException e) {
            t.interrupt();
            cap.note("tinygo4j: program stopped after the time limit of " + ExternalProcess.seconds(options.timeout()) + "\n");
            return cap.result(RunResult.EXIT_TIMEOUT, true);
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running the module", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof InvalidModule im) {
                throw new IOException(im.getMessage(), im.getCause());
            }
            cap.note("tinygo4j: the WebAssembly runtime failed: " + c + "\n");
            return cap.result(WasiRunner.EXIT_TRAP, false);
        }
    }
}
