package org.tinygo4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Assertions;

/**
 * Two pseudo-terminals joined by socat: what is written to one is read from the other,
 * as between a computer's serial port and a board. {@link #host()} is the port the
 * command under test opens; the test plays the board on {@link #board()}. Without
 * socat (Debian package socat) the test is skipped, or fails when
 * TINYGO4J_REQUIRE_EMULATORS=1, as CI sets it.
 */
final class PseudoTerminals implements AutoCloseable {
    private final Process socat;
    private final Path host;
    private final Path board;

    private PseudoTerminals(Process socat, Path host, Path board) {
        this.socat = socat;
        this.host = host;
        this.board = board;
    }

    static PseudoTerminals open(Path dir) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/socat"))) {
            String reason = "socat is not installed (Debian package socat)";
            if ("1".equals(System.getenv("TINYGO4J_REQUIRE_EMULATORS"))) {
                Assertions.fail(reason + " (TINYGO4J_REQUIRE_EMULATORS=1)");
            }
            Assumptions.abort(reason);
        }
        Path host = dir.resolve("ttyHOST");
        Path board = dir.resolve("ttyBOARD");
        Process p = new ProcessBuilder(List.of("/usr/bin/socat", "pty,raw,echo=0,link=" + host, "pty,raw,echo=0,link=" + board))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long until = System.currentTimeMillis() + 5_000;
        while (!(Files.exists(host) && Files.exists(board)) && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        if (!Files.exists(host) || !Files.exists(board)) {
            p.destroy();
            Assertions.fail("socat made no pseudo-terminals in 5 s");
        }
        return new PseudoTerminals(p, host, board);
    }

    /** The port the command under test opens. */
    Path host() {
        return host;
    }

    /** The board's end. */
    Path board() {
        return board;
    }

    /** The speed the host end is set to now, as stty reads it (the termios of a pseudo-terminal outlive its opener). */
    int hostSpeed() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("stty", "-F", host.toString(), "speed").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        return Integer.parseInt(out);
    }

    @Override
    public void close() throws InterruptedException {
        socat.destroy();
        socat.waitFor();
    }
}
