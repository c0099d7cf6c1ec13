package org.tinygo4j.cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs a Cortex-M ELF under qemu-system-arm on one machine model (lm3s6965evb for
 * cortex-m-qemu, microbit for the BBC micro:bit). The UART and semihosting share one
 * multiplexed stdio chardev, so all the program's output arrives as one stream on
 * qemu's stdout. The program ends with semihosting SYS_EXIT / SYS_EXIT_EXTENDED and qemu
 * exits with that code; anything qemu itself prints on stderr is kept in the result's
 * stderr so that a broken image can be diagnosed.
 */
public record QemuArmRunner(String machine) implements Runner {

    public static final String EXECUTABLE = "qemu-system-arm";
    public static final String DEBIAN_PACKAGE = "qemu-system-arm";

    @Override
    public String describe() {
        return EXECUTABLE + " -M " + machine;
    }

    @Override
    public Optional<String> unavailableReason() {
        return ExternalProcess.findOnPath(EXECUTABLE).isPresent() ? Optional.empty()
                : Optional.of(EXECUTABLE + " not found on PATH (install the Debian package " + DEBIAN_PACKAGE + ")");
    }

    @Override
    public RunResult run(byte[] image, RunOptions options) throws IOException {
        Path elf = ExternalProcess.tempImage(image, ".elf", false);
        try {
            List<String> cmd = List.of(EXECUTABLE, "-M", machine, "-display", "none", "-monitor", "none",
                    "-chardev", "stdio,id=con,mux=on", "-serial", "chardev:con",
                    "-semihosting-config", "enable=on,target=native,chardev=con",
                    "-kernel", elf.toString());
            OutputCapture cap = new OutputCapture(options.echoStdout(), options.echoStderr());
            StringBuilder qemuErr = new StringBuilder();
            ExternalProcess.Outcome o = ExternalProcess.run(cmd, options.timeout(),
                    (b, n) -> cap.stdout(b, 0, n),
                    (b, n) -> {
                        synchronized (qemuErr) {
                            qemuErr.append(new String(b, 0, n, java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }, null);
            RunResult r = cap.result(o.timedOut() ? RunResult.EXIT_TIMEOUT : o.exitCode(), o.timedOut());
            String note = o.timedOut()
                    ? "tinygo4j: " + describe() + " stopped after the time limit of "
                            + ExternalProcess.seconds(options.timeout()) + " (did the program exit through semihosting?)\n"
                    : "";
            String err;
            synchronized (qemuErr) {
                err = qemuErr + note;
            }
            if (!err.isEmpty() && options.echoStderr() != null) {
                options.echoStderr().write(err.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                options.echoStderr().flush();
            }
            return new RunResult(r.stdout(), r.stdout(), err, r.exitCode(), r.timedOut());
        } finally {
            Files.deleteIfExists(elf);
        }
    }
}
