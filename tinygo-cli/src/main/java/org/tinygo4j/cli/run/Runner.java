package org.tinygo4j.cli.run;

import java.io.IOException;
import java.util.Optional;

/**
 * Runs a linked image where it can run: on this machine, in Chicory (WASI), or in an
 * emulator. Shared by `tinygo run` and the integration tests. A runner never throws for
 * something the program did (a crash, a trap, a hang): that is a {@link RunResult}. It
 * throws IOException only when the environment fails it (cannot write a temporary file,
 * cannot start the emulator).
 *
 * <p>Exit contract of the images: Cortex-M programs end with semihosting SYS_EXIT or
 * SYS_EXIT_EXTENDED, and qemu exits with that code. AVR programs end by writing byte
 * 0x04 (EOT) and one byte holding the exit code to USART0, then {@code cli; sleep}: the
 * AVR runner strips that marker from the output, stops the emulator and returns the code.
 */
public sealed interface Runner permits HostRunner, WasiRunner, QemuArmRunner, AvrRunner {

    /** Short name for messages, e.g. "qemu-system-arm -M microbit". */
    String describe();

    /**
     * Why this runner cannot run here (its emulator is missing), naming the Debian
     * package that provides it; empty when it can run.
     */
    Optional<String> unavailableReason();

    /** Runs the image (an ELF or a .wasm, as the compiler linked it). */
    RunResult run(byte[] image, RunOptions options) throws IOException;

    /** Whether a target is known to have no emulator (it can be built and flashed, not run here). */
    static boolean buildOnly(String target) {
        return target.equals("arduino-nano33");
    }

    /**
     * The runner for a target: by its name for the built-in targets, otherwise by the
     * kind of image (wasm magic, or the ELF machine: x86-64 -> host, ARM -> qemu
     * lm3s6965evb with semihosting, AVR -> Uno). Empty when nothing can run the image
     * (e.g. arduino-nano33, which has no emulator).
     */
    static Optional<Runner> forTarget(String target, byte[] image) {
        switch (target) {
            case "host", "linux/amd64":
                return Optional.of(new HostRunner());
            case "wasi", "wasip1":
                return Optional.of(new WasiRunner());
            case "cortex-m-qemu":
                return Optional.of(new QemuArmRunner("lm3s6965evb"));
            case "microbit":
                return Optional.of(new QemuArmRunner("microbit"));
            case "arduino", "arduino-uno":
                return Optional.of(new AvrRunner());
            case "arduino-nano33":
                return Optional.empty();
            default:
                return image == null ? Optional.empty() : byImage(image);
        }
    }

    private static Optional<Runner> byImage(byte[] image) {
        if (image.length >= 4 && image[0] == 0 && image[1] == 'a' && image[2] == 's' && image[3] == 'm') {
            return Optional.of(new WasiRunner());
        }
        if (image.length < 20 || image[0] != 0x7f || image[1] != 'E' || image[2] != 'L' || image[3] != 'F') {
            return Optional.empty();
        }
        int machine = (image[18] & 0xff) | (image[19] & 0xff) << 8;
        return switch (machine) {
            case 62 -> Optional.of(new HostRunner());
            case 40 -> Optional.of(new QemuArmRunner("lm3s6965evb"));
            case 83 -> Optional.of(new AvrRunner());
            default -> Optional.empty();
        };
    }
}
