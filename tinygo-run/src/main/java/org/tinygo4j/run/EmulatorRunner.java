package org.tinygo4j.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tinygo4j.boards.config.BuildConfig;

/**
 * Runs an image under the emulator that the target's JSON names ({@code emulator},
 * else {@code emulator-fallback} when the first one's program is not installed), with
 * "{}" replaced by the image file. The emulator's stdout is the program's output (the
 * serial line, semihosting); what the emulator itself says on stderr is kept apart, in
 * {@link RunResult#stderr()}, with its known chatter dropped (qemu's "Timer with period
 * zero, disabling", its notice that it was stopped).
 *
 * <p>How the program ends comes from the JSON too. By default the emulator exits with
 * the program's code (Cortex-M semihosting SYS_EXIT_EXTENDED under qemu). With
 * {@code end-marker} the program writes 0x04 and its exit code instead: the marker is
 * stripped from the output and the emulator stopped (qemu-system-avr never exits by
 * itself). simavr is the one emulator whose output needs decoding: it prints the UART on
 * stderr, coloured, a line at a time, with each newline shown as '.'.
 *
 * @param commands  the emulator commands to try in order, each a command line with "{}"
 *                  where the image file goes: the first whose program is installed runs
 *                  (the target's {@code emulator}, then its {@code emulator-fallback})
 * @param endMarker whether the program ends by writing 0x04 and its exit code (the
 *                  target's {@code end-marker}) rather than by the emulator exiting
 */
public record EmulatorRunner(List<String> commands, boolean endMarker) implements Runner {

    /** Debian packages of the emulators the built-in targets name, for the message when one is missing. */
    private static final Map<String, String> DEBIAN_PACKAGES = Map.of(
            "qemu-system-arm", "qemu-system-arm", "qemu-system-avr", "qemu-system-misc", "qemu-system-riscv32",
            "qemu-system-misc", "simavr", "simavr");

    /** Lines an emulator prints on stderr that say nothing about the program. */
    private static final List<String> CHATTER = List.of("Timer with period zero, disabling");

    /**
     * Copies the commands.
     *
     * @throws IllegalArgumentException if there is no command
     */
    public EmulatorRunner {
        commands = List.copyOf(commands);
        if (commands.isEmpty()) {
            throw new IllegalArgumentException("no emulator command");
        }
    }

    /** The runner for a configuration's emulator commands. */
    static EmulatorRunner of(BuildConfig config) {
        return new EmulatorRunner(config.emulators(), config.endMarker());
    }

    private static String program(String command) {
        return command.trim().split("\\s+")[0];
    }

    /** The first command whose program is installed (a path to an executable, or a name found on PATH), if any. */
    private Optional<String> chosen() {
        return commands.stream().filter(c -> installed(program(c))).findFirst();
    }

    private static boolean installed(String program) {
        if (program.contains("/")) {
            return Files.isExecutable(Path.of(program));
        }
        return ExternalProcess.findOnPath(program).isPresent();
    }

    private boolean simavr() {
        return chosen().map(c -> program(c).equals("simavr")).orElse(false);
    }

    @Override
    public String describe() {
        return chosen().orElse(commands.get(0)).replace(" {}", "").replace("{}", "IMAGE");
    }

    @Override
    public Optional<String> unavailableReason() {
        if (chosen().isPresent()) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder();
        for (String c : commands) {
            String p = program(c);
            b.append(b.isEmpty() ? "" : ", nor ").append(p);
            String pkg = DEBIAN_PACKAGES.get(p);
            b.append(pkg == null ? "" : " (Debian package " + pkg + ")");
        }
        return Optional.of(b + " not found on PATH");
    }

    /** Whether the exit code of a run is the program's own: simavr's is not, nor can it show a last unended line. */
    @Override
    public boolean reportsExitCode() {
        return !simavr();
    }

    @Override
    public RunResult run(byte[] image, RunOptions options) throws IOException {
        String command = chosen().orElseThrow(() -> new IOException(unavailableReason().orElse("")));
        boolean wasm = image.length >= 4 && image[0] == 0 && image[1] == 'a' && image[2] == 's' && image[3] == 'm';
        Path file = ExternalProcess.tempImage(image, wasm ? ".wasm" : ".elf", false);
        try {
            List<String> cmd = BuildConfig.command(command, file);
            options.announce(cmd);
            return program(command).equals("simavr") ? runSimavr(cmd, options) : runQuiet(cmd, options);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private RunResult runQuiet(List<String> cmd, RunOptions options) throws IOException {
        OutputCapture cap = new OutputCapture(options.echoStdout(), null);
        EndMarker marker = endMarker ? new EndMarker(cap) : null;
        StringBuilder emulatorErr = new StringBuilder();
        ExternalProcess.Outcome o = ExternalProcess.run(cmd, options.timeout(),
                marker != null ? marker::accept : (b, n) -> cap.stdout(b, 0, n),
                (b, n) -> {
                    synchronized (emulatorErr) {
                        emulatorErr.append(new String(b, 0, n, StandardCharsets.UTF_8));
                    }
                }, marker != null ? marker.exitCode() : null);
        String err;
        synchronized (emulatorErr) {
            err = withoutChatter(emulatorErr.toString(), program(cmd.get(0)));
        }
        int code;
        boolean timedOut = false;
        if (marker != null && marker.exitCode().isDone()) {
            code = marker.exitCode().join();
        } else if (o.timedOut()) {
            code = RunResult.EXIT_TIMEOUT;
            timedOut = true;
            err += "tinygo4j: " + describe() + " stopped after the time limit of " + ExternalProcess.seconds(options.timeout())
                    + (marker != null ? " without seeing the end marker (0x04, exit code)\n"
                            : " (did the program exit through semihosting?)\n");
        } else if (marker != null) {
            code = o.exitCode() == 0 ? 1 : o.exitCode();
            err += "tinygo4j: " + program(cmd.get(0)) + " ended (exit code " + o.exitCode()
                    + ") before the program wrote its end marker\n";
        } else {
            code = o.exitCode();
        }
        echoErr(options, err);
        RunResult r = cap.result(code, timedOut);
        return new RunResult(r.stdout(), r.stdout(), err, code, timedOut);
    }

    /**
     * The emulator's stderr without its chatter: the known lines, and its notice that the
     * runner stopped it (also when the kill cut that notice short).
     */
    static String withoutChatter(String stderr, String program) {
        String notice = program + ": terminating on signal";
        StringBuilder out = new StringBuilder();
        for (String line : stderr.lines().toList()) {
            String l = line.strip();
            boolean stopNotice = !l.isEmpty() && (l.startsWith(notice) || notice.startsWith(l));
            if (!l.isEmpty() && !stopNotice && !CHATTER.contains(l)) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private RunResult runSimavr(List<String> cmd, RunOptions options) throws IOException {
        StringBuilder raw = new StringBuilder();
        StringBuilder other = new StringBuilder();
        ExternalProcess.Outcome o = ExternalProcess.run(cmd, options.timeout(), (b, n) -> {
            synchronized (other) {
                other.append(new String(b, 0, n, StandardCharsets.ISO_8859_1));
            }
        }, (b, n) -> {
            synchronized (raw) {
                raw.append(new String(b, 0, n, StandardCharsets.ISO_8859_1));
            }
        }, null);
        String text;
        synchronized (raw) {
            text = decodeSimavr(raw.toString());
        }
        int code = o.timedOut() ? RunResult.EXIT_TIMEOUT : o.exitCode();
        int at = endMarker ? text.indexOf(EndMarker.EOT) : -1;
        if (at >= 0) {
            if (at + 1 < text.length()) {
                code = text.charAt(at + 1);
            }
            text = text.substring(0, at);
        }
        String err = o.timedOut() ? "tinygo4j: simavr stopped after the time limit of "
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
