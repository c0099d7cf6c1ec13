package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;

/**
 * I2C, SPI, ADC and PWM, observed from the emulators (src/test/resources/machine):
 * <ul>
 * <li>micro:bit, I2C: qemu's microbit machine has a stub of the nRF51's TWI0 that logs
 * every register access (-d unimp) and answers reads of RXD with a fixed sequence
 * (0x5A, 0x5A, 0x40) whatever the address, enough for the firmware's sensor probes.
 * i2c_microbit.go reads the WHO_AM_I registers of the board's MMA8653FC accelerometer
 * (0x5A by its datasheet) and MAG3110 magnetometer (0xC4 by its datasheet) with
 * ReadRegister and writes one register with WriteRegister. The accelerometer's line must
 * say what its datasheet says; the magnetometer's says 0x5A, the stub's second answer,
 * not the chip's 0xC4 (a limit of qemu's model, checked so that a change shows). The
 * log must show the TWI's register accesses in the reference manual's order: pins,
 * frequency, ENABLE, then per transaction ADDRESS, STARTTX, TXD of the register number,
 * STARTRX, STOP before the last byte's RXD, STOPPED.</li>
 * </ul>
 */
class PeripheralsTest {
    static final Path MACHINE = Path.of("src/test/resources/machine");

    @TempDir
    Path dir;

    private Path compile(String target, String program) {
        Compiler c = Compiler.builder().target(target).build();
        Path elf = dir.resolve(program + "-" + target + ".elf");
        CompileResult r = c.compile(CompileRequest.of(MACHINE.resolve(program + ".go")).withOutput(elf));
        assertTrue(r.success(), () -> r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
        return elf;
    }

    /** Runs the command in dir until it exits (at most 30 s). */
    private void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    private String read(String file) throws Exception {
        Path f = dir.resolve(file);
        return Files.exists(f) ? Files.readString(f, StandardCharsets.ISO_8859_1) : "";
    }

    private static final Pattern TWI = Pattern.compile("microbit_i2c_(write|read): 0x([0-9a-f]+) (?:<- 0x([0-9a-f]+)|\\[4\\] = ([0-9a-f]+))");

    @Test
    void microbitReadsTheSensorIdentitiesOverI2C() throws Exception {
        Emulators.requireProgramOrSkip("qemu-system-arm", "qemu-system-arm");
        Path elf = compile("microbit", "i2c_microbit");
        run(List.of("qemu-system-arm", "-M", "microbit", "-display", "none", "-monitor", "none",
                "-serial", "file:uart.txt", "-semihosting-config", "enable=on,target=native",
                "-kernel", elf.toString(), "-d", "unimp", "-D", "qemu.log"));
        String uart = read("uart.txt").replace("\r\n", "\n");
        assertEquals("accelerometer WHO_AM_I 0x5A\n" // MMA8653FC datasheet: 0x5A
                + "magnetometer WHO_AM_I 0x5A\n" // MAG3110 datasheet: 0xC4; qemu's stub answers 0x5A
                + "done\n", uart, () -> "UART output; stderr: " + readQuietly("stderr.txt"));

        // the register accesses, without the event registers' clearing and polling
        List<String> ops = new ArrayList<>();
        Matcher m = TWI.matcher(read("qemu.log"));
        while (m.find()) {
            int off = Integer.parseInt(m.group(2), 16);
            if (m.group(1).equals("write")) {
                boolean eventClear = off >= 0x100 && off < 0x200 && m.group(3).equals("0");
                if (!eventClear) {
                    ops.add(String.format("%03x<-%s", off, m.group(3)));
                }
            } else if (off == 0x518) {
                ops.add("RXD");
            }
        }
        List<String> transaction = List.of(
                "500<-0", "508<-0", "50c<-1e", "524<-6680000", "500<-5", // PSELSCL P0.00, PSELSDA P0.30, 400 kHz, enabled
                "588<-1d", "008<-1", "51c<-d", "000<-1", "014<-1", "RXD", // accelerometer: ADDRESS, STARTTX, TXD, STARTRX, STOP, RXD
                "588<-e", "008<-1", "51c<-7", "000<-1", "014<-1", "RXD", // magnetometer
                "588<-1d", "008<-1", "51c<-2a", "51c<-1", "014<-1"); // WriteRegister: register and data, STOP
        assertEquals(transaction, ops);
    }

    private String readQuietly(String file) {
        try {
            return read(file);
        } catch (Exception e) {
            return "";
        }
    }
}
