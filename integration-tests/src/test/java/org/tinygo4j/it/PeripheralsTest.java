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
 * <li>Uno, PWM: pwm_uno.go sets Timer0 to a 1 ms period (the 8-bit timer's 256 ticks
 * at 16 MHz / 64 make it 1.024 ms) and D6 and D5 to 1/4 and 3/4 of Top(). simavr models
 * the timer's compare outputs on the pins; the test asks it (a .mmcu section added to a
 * copy of the image) for a VCD trace of both pins' levels, stamped with its emulated
 * time, and checks every period (1.024 ms) and high time (256 and 768 µs) within 1%.
 * Timer2 at 2 ms (2.048 ms, prescaler 128, which only Timer2 has): D3 inverted at a
 * quarter (high 1.536 ms of 2.048), D11 at Top() (high throughout: one rise, no fall).</li>
 * <li>Uno, ADC, SPI and I2C (bus_uno.go) in simavr, which models the three with nothing
 * attached: A0 converts to 0, an SPI transfer completes and reads 0, and an I2C read
 * from an absent device ends with the TWI's "SLA+W not acknowledged" status. This shows
 * the drivers follow the TWI's state machine and end every wait; it says nothing about a
 * real device's answers.</li>
 * <li>cortex-m-qemu, SPI: qemu's lm3s6965evb has the evaluation board's OLED display, an
 * SSD0323 on SSI0 (the PL022 model) with its data/command line on PC7, and draws it on a
 * graphic console. oled_lm3s6965.go sets the window, turns the display on and sends a
 * 4-bit-per-pixel pattern through machine.SPI0; the test takes a screendump through
 * qemu's monitor and compares every pixel (qemu draws each 4x4, grey level n * 17) with
 * the pattern. (qemu puts the SSD0303 I2C display on the lm3s811evb only: the 6965's
 * I2C0 has nothing on its bus, so the LM3S6965 gets no I2C driver here.)</li>
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

    @Test
    void unoPwmDutyAndPeriodInSimavr() throws Exception {
        Emulators.requireProgramOrSkip("simavr", "simavr");
        Path elf = compile("arduino", "pwm_uno");
        Path traced = dir.resolve("pwm-traced.elf");
        Files.write(traced, ElfSections.add32(Files.readAllBytes(elf), ".mmcu", SimavrTrace.vcdSection("pwm.vcd",
                List.of(new SimavrTrace.PortPin("D6", 'D', 6), new SimavrTrace.PortPin("D5", 'D', 5),
                        new SimavrTrace.PortPin("D3", 'D', 3), new SimavrTrace.PortPin("D11", 'B', 3)))));
        Process p = new ProcessBuilder("simavr", "-m", "atmega328p", "-f", "16000000", traced.toString())
                .directory(dir.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        Path vcd = dir.resolve("pwm.vcd");
        long end = System.nanoTime() + 20_000_000_000L;
        try {
            while (System.nanoTime() < end && p.isAlive()) {
                Thread.sleep(200);
                if (SimavrTrace.Vcd.parse(read("pwm.vcd")).changes("D3", 0).size() > 50) {
                    break;
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        assertTrue(Files.exists(vcd), () -> "no VCD; stderr: " + readQuietly("stderr.txt"));
        SimavrTrace.Vcd trace = SimavrTrace.Vcd.parse(read("pwm.vcd"));
        assertPwm(trace.changes("D6", 0), 1_024_000, 256_000);
        assertPwm(trace.changes("D5", 0), 1_024_000, 768_000);
        assertPwm(trace.changes("D3", 0), 2_048_000, 1_536_000);
        List<long[]> d11 = trace.changes("D11", 0);
        assertTrue(!d11.isEmpty() && d11.get(d11.size() - 1)[1] == 1 && d11.stream().filter(c -> c[1] == 1).count() == 1,
                () -> "D11 at 100% must rise once and stay high: " + d11.stream().map(c -> c[0] + ":" + c[1]).toList());
        // simavr prints the UART's lines on stderr
        String said = read("stdout.txt") + read("stderr.txt");
        assertTrue(said.contains("top 256 period 1024000 channels 0 1"), said);
        assertTrue(said.contains("top 256 period 2048000 channels 0 1"), said);
    }

    @Test
    void unoAdcSpiAndI2cWithNothingAttachedInSimavr() throws Exception {
        Emulators.requireProgramOrSkip("simavr", "simavr");
        Path elf = compile("arduino", "bus_uno");
        run(List.of("timeout", "10", "simavr", "-m", "atmega328p", "-f", "16000000", elf.toString()));
        // simavr prints the UART's lines on stderr, colored, with "." for the line end
        String said = read("stderr.txt").replaceAll("\u001b\\[[0-9;]*m", "");
        assertEquals(List.of("adc 0.", "spi 0 true.", "i2c I2C: address not acknowledged.", "done."),
                said.lines().map(String::strip).filter(l -> l.endsWith(".") && !l.startsWith("Loaded")).toList(), said);
    }

    @Test
    void cortexMQemuDrawsOnTheOledOverSpi() throws Exception {
        Emulators.requireProgramOrSkip("qemu-system-arm", "qemu-system-arm");
        Path elf = compile("cortex-m-qemu", "oled_lm3s6965");
        Path sock = dir.resolve("mon.sock");
        Path ppm = dir.resolve("oled.ppm");
        Process p = new ProcessBuilder("qemu-system-arm", "-M", "lm3s6965evb", "-display", "none", "-monitor",
                "unix:" + sock + ",server=on,wait=off", "-semihosting-config", "enable=on,target=native",
                "-kernel", elf.toString()).directory(dir.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        int size = "P6\n512 256\n255\n".length() + 512 * 256 * 3;
        try {
            long end = System.nanoTime() + 30_000_000_000L;
            // without a chardev, qemu writes the program's semihosting output on stderr
            while (System.nanoTime() < end && p.isAlive() && !read("stderr.txt").contains("done")) {
                Thread.sleep(100);
            }
            assertTrue(read("stderr.txt").contains("done"), () -> "no \"done\": " + readQuietly("stdout.txt")
                    + readQuietly("stderr.txt"));
            try (java.nio.channels.SocketChannel mon = java.nio.channels.SocketChannel.open(
                    java.net.UnixDomainSocketAddress.of(sock))) {
                mon.write(java.nio.ByteBuffer.wrap(("screendump " + ppm + "\n").getBytes(StandardCharsets.US_ASCII)));
                while (System.nanoTime() < end && !(Files.exists(ppm) && Files.size(ppm) >= size)) {
                    Thread.sleep(100);
                }
                mon.write(java.nio.ByteBuffer.wrap("quit\n".getBytes(StandardCharsets.US_ASCII)));
            }
        } finally {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        byte[] image = Files.readAllBytes(ppm);
        assertEquals(size, image.length, "screendump size");
        int header = size - 512 * 256 * 3;
        assertEquals("P6\n512 256\n255\n", new String(image, 0, header, StandardCharsets.US_ASCII));
        int wrong = 0;
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 128; x++) {
                int b = (x / 2 + 4 * y) & 0xFF;
                int grey = ((x % 2 == 0) ? b >> 4 : b & 15) * 17;
                for (int d = 0; d < 16; d++) {
                    int o = header + (((y * 4 + d / 4) * 512) + x * 4 + d % 4) * 3;
                    if ((image[o] & 0xFF) != grey || (image[o + 1] & 0xFF) != grey || (image[o + 2] & 0xFF) != grey) {
                        wrong++;
                    }
                }
            }
        }
        assertEquals(0, wrong, "pixels that differ from the pattern");
    }

    /** Every whole period (rising edge to rising edge) and high time, in ns, within 1%. */
    private static void assertPwm(List<long[]> changes, long period, long high) {
        List<Long> periods = new ArrayList<>();
        List<Long> highs = new ArrayList<>();
        for (int i = 0; i + 2 < changes.size(); i++) {
            if (changes.get(i)[1] == 1) {
                highs.add(changes.get(i + 1)[0] - changes.get(i)[0]);
                periods.add(changes.get(i + 2)[0] - changes.get(i)[0]);
            }
        }
        System.out.printf("PWM: periods %s ns, high times %s ns%n", periods.subList(0, Math.min(5, periods.size())),
                highs.subList(0, Math.min(5, highs.size())));
        assertTrue(periods.size() >= 20, "only " + periods.size() + " periods");
        for (int i = 0; i < periods.size(); i++) {
            assertTrue(Math.abs(periods.get(i) - period) <= period / 100, "period " + periods.get(i) + " ns");
            assertTrue(Math.abs(highs.get(i) - high) <= period / 100, "high time " + highs.get(i) + " ns");
            assertTrue(Math.abs(highs.get(i) - high) <= high / 100, "high time " + highs.get(i) + " ns");
        }
    }

    private String readQuietly(String file) {
        try {
            return read(file);
        } catch (Exception e) {
            return "";
        }
    }
}
