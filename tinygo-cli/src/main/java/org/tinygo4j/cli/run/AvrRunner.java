package org.tinygo4j.cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs an ATmega328P (Arduino Uno) ELF. The first choice is qemu-system-avr -M uno,
 * which gives the USART0 bytes unchanged on stdout but never exits by itself: the
 * {@link EndMarker} (0x04 then the exit code) tells when the program is done, and the
 * emulator is stopped then. The fallback is simavr, which exits on {@code cli; sleep}
 * but prints the UART on stderr line by line, coloured, with each newline shown as '.'
 * and an unterminated last line lost: its output is decoded as well as that allows and
 * its exit code cannot carry the program's (it is simavr's own, 0 after a clean stop).
 */
public record AvrRunner() implements Runner {

    public static final String QEMU = "qemu-system-avr";
    public static final String QEMU_PACKAGE = "qemu-system-misc";
    public static final String SIMAVR = "simavr";
    public static final String SIMAVR_PACKAGE = "simavr";

    @Override
    public String describe() {
        return ExternalProcess.findOnPath(QEMU).isPresent() ? QEMU + " -M uno" : SIMAVR + " -m atmega328p";
    }

    @Override
    public Optional<String> unavailableReason() {
        if (ExternalProcess.findOnPath(QEMU).isPresent() || ExternalProcess.findOnPath(SIMAVR).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("neither " + QEMU + " nor " + SIMAVR + " found on PATH (install the Debian package "
                + QEMU_PACKAGE + ", or " + SIMAVR_PACKAGE + ")");
    }

    /** True when the exit code of a run is the program's own (qemu-system-avr is present). */
    public boolean reportsExitCode() {
        return ExternalProcess.findOnPath(QEMU).isPresent();
    }

    @Override
    public RunResult run(byte[] image, RunOptions options) throws IOException {
        Path elf = ExternalProcess.tempImage(image, ".elf", false);
        try {
            return ExternalProcess.findOnPath(QEMU).isPresent() ? runQemu(elf, options) : runSimavr(elf, options);
        } finally {
            Files.deleteIfExists(elf);
        }
    }

    private static final String TERMINATION_NOTICE = "qemu-system-avr: terminating on signal";

    /**
     * qemu's notice that the runner stopped it, also when the kill cuts it short
     * ("qemu-system-avr:"): the runner's own doing, not the program's output.
     */
    private static boolean isTerminationNotice(String line) {
        String l = line.strip();
        return !l.isEmpty() && (l.startsWith(TERMINATION_NOTICE) || TERMINATION_NOTICE.startsWith(l));
    }

    private RunResult runQemu(Path elf, RunOptions options) throws IOException {
        OutputCapture cap = new OutputCapture(options.echoStdout(), null);
        EndMarker marker = new EndMarker(cap);
        StringBuilder qemuErr = new StringBuilder();
        List<String> cmd = List.of(QEMU, "-M", "uno", "-bios", elf.toString(), "-display", "none",
                "-serial", "stdio", "-monitor", "none");
        ExternalProcess.Outcome o = ExternalProcess.run(cmd, options.timeout(), marker::accept, (b, n) -> {
            synchronized (qemuErr) {
                qemuErr.append(new String(b, 0, n, StandardCharsets.UTF_8));
            }
        }, marker.exitCode());
        String err;
        synchronized (qemuErr) {
            err = qemuErr.toString().lines()
                    .filter(l -> !isTerminationNotice(l))
                    .filter(l -> !l.equals("Timer with period zero, disabling"))
                    .map(l -> l + "\n").reduce("", String::concat);
        }
        int code;
        boolean timedOut = false;
        if (marker.exitCode().isDone()) {
            code = marker.exitCode().join();
        } else if (o.timedOut()) {
            code = RunResult.EXIT_TIMEOUT;
            timedOut = true;
            err += "tinygo4j: " + QEMU + " stopped after the time limit of " + ExternalProcess.seconds(options.timeout())
                    + " without seeing the end marker (0x04, exit code)\n";
        } else {
            code = o.exitCode() == 0 ? 1 : o.exitCode();
            err += "tinygo4j: " + QEMU + " ended (exit code " + o.exitCode() + ") before the program wrote its end marker\n";
        }
        echoErr(options, err);
        RunResult r = cap.result(code, timedOut);
        return new RunResult(r.stdout(), r.stdout(), err, code, timedOut);
    }

    private RunResult runSimavr(Path elf, RunOptions options) throws IOException {
        StringBuilder raw = new StringBuilder();
        StringBuilder other = new StringBuilder();
        List<String> cmd = List.of(SIMAVR, "-m", "atmega328p", "-f", "16000000", elf.toString());
        ExternalProcess.Outcome o = ExternalProcess.run(cmd, options.timeout(), (b, n) -> {
            synchronized (other) {
                other.append(new String(b, 0, n, StandardCharsets.ISO_8859_1));
            }
        }, (b, n) -> {
            synchronized (raw) {
                raw.append(new String(b, 0, n, StandardCharsets.ISO_8859_1));
            }
        }, null);
        String text = decodeSimavr(raw.toString());
        int marker = text.indexOf(EndMarker.EOT);
        int code = o.timedOut() ? RunResult.EXIT_TIMEOUT : o.exitCode();
        if (marker >= 0) {
            if (marker + 1 < text.length()) {
                code = text.charAt(marker + 1);
            }
            text = text.substring(0, marker);
        }
        String err = o.timedOut() ? "tinygo4j: " + SIMAVR + " stopped after the time limit of "
                + ExternalProcess.seconds(options.timeout()) + "\n" : "";
        if (options.echoStdout() != null) {
            options.echoStdout().write(text.getBytes(StandardCharsets.ISO_8859_1));
            options.echoStdout().flush();
        }
        echoErr(options, err);
        return new RunResult(text, text, err, code, o.timedOut());
    }

    /** Undoes simavr's UART log format: colour escapes removed, a '.' before each line end was the newline. */
    static String decodeSimavr(String s) {
        String plain = s.replaceAll("\u001b\\[[0-9;]*m", "");
        StringBuilder out = new StringBuilder();
        for (String line : plain.split("\n", -1)) {
            if (line.endsWith(".")) {
                out.append(line, 0, line.length() - 1).append('\n');
            } else {
                out.append(line);
            }
        }
        return out.toString();
    }

    private static void echoErr(RunOptions options, String err) throws IOException {
        if (!err.isEmpty() && options.echoStderr() != null) {
            options.echoStderr().write(err.getBytes(StandardCharsets.UTF_8));
            options.echoStderr().flush();
        }
    }
}
