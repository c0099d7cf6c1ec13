package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;

/**
 * Pin interrupts (Pin.SetInterrupt) driven from outside the program, observed through
 * what it prints:
 * <ul>
 * <li>cortex-m-qemu: qemu's lm3s6965evb wires a gamepad to the GPIO ports (hw/arm/
 * stellaris.c: the "up" key to PE0, inverted, so the pin is low while the key is down);
 * the test presses the key through the qemu monitor's {@code sendkey up} and
 * src/test/resources/machine/buttons_lm3s.go counts rising edges (releases) in its
 * interrupt callback. The key is pressed again only after the program printed the
 * count of the last release, so every count is seen.</li>
 * <li>arduino (Uno): simavr drives PD2 (INT0) from a VCD input file ({@code -i}; a
 * signal named {@code iogD_2} is simavr's port D pin 2), three presses (low for 50 ms)
 * 200 ms apart, and buttons_avr.go counts falling edges; simavr ends when the program
 * returns (cli; sleep). buttons_avr_pcint.go does the same through the pin change
 * interrupts of ports B, C and D (D8 falling, A0 rising, D4 both edges) beside INT0,
 * and stops its callbacks before two last presses.</li>
 * </ul>
 * The micro:bit's buttons are not in qemu's model (its nRF51 has no GPIOTE and the
 * board connects nothing to the GPIO inputs), nor are the STM32F405's GPIO (and its
 * EXTI model ignores the software-interrupt register): those boards, and the Nano 33
 * IoT, get the image checks of {@link InterruptImageTest}.
 */
class PinInterruptTest {
    static final Path LM3S = Path.of("src/test/resources/machine/buttons_lm3s.go");
    static final Path AVR = Path.of("src/test/resources/machine/buttons_avr.go");
    static final Path AVR_PCINT = Path.of("src/test/resources/machine/buttons_avr_pcint.go");

    @TempDir
    Path dir;

    private Path compile(String target, Path source) {
        Path elf = dir.resolve(target + ".elf");
        CompileResult r = Compiler.builder().target(target).build().compile(CompileRequest.of(source).withOutput(elf));
        assertTrue(r.success(), () -> r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
        return elf;
    }

    @Test
    void gamepadKeyOnLm3s6965() throws Exception {
        Emulators.requireProgramOrSkip("qemu-system-arm", "qemu-system-arm");
        Path elf = compile("cortex-m-qemu", LM3S);
        Path socket = dir.resolve("monitor.sock");
        List<String> cmd = List.of("qemu-system-arm", "-M", "lm3s6965evb", "-display", "none",
                "-monitor", "unix:" + socket + ",server=on,wait=off",
                "-chardev", "stdio,id=con,mux=on", "-serial", "chardev:con",
                "-semihosting-config", "enable=on,target=native,chardev=con", "-kernel", elf.toString());
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("stderr.txt").toFile()).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = -1;
        try (InputStream stdout = p.getInputStream()) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(socket) && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            try (SocketChannel monitor = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                monitor.connect(UnixDomainSocketAddress.of(socket));
                int pressed = 0;
                while (System.nanoTime() < end) {
                    if (stdout.available() > 0) {
                        out.write(stdout.read());
                        String text = out.toString(StandardCharsets.ISO_8859_1);
                        String awaited = pressed == 0 ? "ready\n" : "released " + pressed + "\n";
                        if (pressed < 3 && text.endsWith(awaited)) {
                            monitor.write(ByteBuffer.wrap("sendkey up\n".getBytes(StandardCharsets.US_ASCII)));
                            pressed++;
                        }
                    } else if (!p.isAlive()) {
                        exit = p.exitValue();
                        break;
                    } else {
                        Thread.sleep(5);
                    }
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        assertEquals("ready\nreleased 1\nreleased 2\nreleased 3\n", out.toString(StandardCharsets.ISO_8859_1));
        assertEquals(0, exit, "exit code");
    }

    @Test
    void buttonOnUnoD2InSimavr() throws Exception {
        Emulators.requireProgramOrSkip("simavr", "simavr");
        Path elf = compile("arduino", AVR);
        StringBuilder vcd = new StringBuilder("$timescale 1us $end\n$scope module logic $end\n"
                + "$var wire 1 ! iogD_2 $end\n$upscope $end\n$enddefinitions $end\n#0\n1!\n");
        for (int i = 1; i <= 3; i++) {
            vcd.append('#').append(i * 200_000).append("\n0!\n");
            vcd.append('#').append(i * 200_000 + 50_000).append("\n1!\n");
        }
        vcd.append("#5000000\n1!\n"); // simavr stops at the end of its input: not before the program
        Path input = dir.resolve("press.vcd");
        Files.writeString(input, vcd);
        Process p = new ProcessBuilder("simavr", "-m", "atmega328p", "-f", "16000000", "-i", input.toString(),
                elf.toString()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        String err;
        try (InputStream stderr = p.getErrorStream()) {
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "simavr did not stop");
            err = new String(stderr.readAllBytes(), StandardCharsets.ISO_8859_1);
        } finally {
            p.destroyForcibly().waitFor();
        }
        assertEquals("ready.\npressed 1.\npressed 2.\npressed 3.", uartLines(err), err);
    }

    /** The UART's lines that simavr printed on stderr: in colour, with '.' for the newline. */
    private static String uartLines(String err) {
        return err.replaceAll("\u001b\\[[0-9;]*m", "").lines().filter(l -> l.endsWith("."))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void pinChangeInterruptsOnUnoInSimavr() throws Exception {
        Emulators.requireProgramOrSkip("simavr", "simavr");
        Path elf = compile("arduino", AVR_PCINT);
        // D8 (PB0) pressed three times, A0 (PC0) pulsed high twice, D4 (PD4) toggled four
        // times, D2 pressed once; after the program stopped its callbacks (about 900 ms,
        // when the counts are complete) D8 and D2 are pressed again.
        String[][] changes = {
            {"100000", "b", "0"}, {"150000", "b", "1"}, {"200000", "c", "1"}, {"230000", "c", "0"},
            {"300000", "b", "0"}, {"350000", "b", "1"}, {"400000", "c", "1"}, {"430000", "c", "0"},
            {"500000", "b", "0"}, {"550000", "b", "1"}, {"600000", "d", "0"}, {"650000", "d", "1"},
            {"700000", "d", "0"}, {"750000", "d", "1"}, {"800000", "e", "0"}, {"850000", "e", "1"},
            {"950000", "b", "0"}, {"960000", "e", "0"}, {"1000000", "b", "1"}, {"1010000", "e", "1"},
        };
        StringBuilder vcd = new StringBuilder("$timescale 1us $end\n$scope module logic $end\n"
                + "$var wire 1 b iogB_0 $end\n$var wire 1 c iogC_0 $end\n$var wire 1 d iogD_4 $end\n"
                + "$var wire 1 e iogD_2 $end\n$upscope $end\n$enddefinitions $end\n#0\n1b\n0c\n1d\n1e\n");
        for (String[] c : changes) {
            vcd.append('#').append(c[0]).append('\n').append(c[2]).append(c[1]).append('\n');
        }
        vcd.append("#5000000\n1b\n"); // simavr stops at the end of its input: not before the program
        Path input = dir.resolve("pcint.vcd");
        Files.writeString(input, vcd);
        Process p = new ProcessBuilder("simavr", "-m", "atmega328p", "-f", "16000000", "-i", input.toString(),
                elf.toString()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        String err;
        try (InputStream stderr = p.getErrorStream()) {
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "simavr did not stop");
            err = new String(stderr.readAllBytes(), StandardCharsets.ISO_8859_1);
        } finally {
            p.destroyForcibly().waitFor();
        }
        assertEquals(String.join("\n", "D9 no free pin interrupt channel.", "ready.", "D8 falling 1.",
                "A0 rising 1.", "D8 falling 2.", "A0 rising 2.", "D8 falling 3.", "D4 toggle 1.", "D4 toggle 2.",
                "D4 toggle 3.", "D4 toggle 4.", "D2 falling 1.", "after stop 3 2 4 1."), uartLines(err), err);
    }
}
