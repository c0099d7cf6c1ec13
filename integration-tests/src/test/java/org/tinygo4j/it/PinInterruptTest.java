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
 * returns (cli; sleep). The program in machine/pcint does the same through the pin
 * change interrupts (on the Uno D8 falling, A0 rising, D4 both edges, beside INT0 on
 * D2; on the Mega D10, D11, D12 and INT4 on D2: under simavr 1.6 only port B's pin
 * change interrupt arrives on the ATmega2560), and stops its callbacks before two last presses.</li>
 * </ul>
 * The micro:bit's buttons are not in qemu's model (its nRF51 has no GPIOTE and the
 * board connects nothing to the GPIO inputs), nor are the STM32F405's GPIO (and its
 * EXTI model ignores the software-interrupt register): those boards, and the Nano 33
 * IoT, get the image checks of {@link InterruptImageTest}.
 */
class PinInterruptTest {
    static final Path LM3S = Path.of("src/test/resources/machine/buttons_lm3s.go");
    static final Path AVR = Path.of("src/test/resources/machine/buttons_avr.go");
    static final Path PCINT = Path.of("src/test/resources/machine/pcint");

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
        String err = simavr("atmega328p", vcd, elf);
        assertEquals("ready.\npressed 1.\npressed 2.\npressed 3.", uartLines(err), err);
    }

    /**
     * Runs the image under simavr at 16 MHz with the VCD text as its pin input, until
     * simavr stops (at most 30 s), and returns what it printed on stderr.
     */
    private String simavr(String mcu, CharSequence vcd, Path elf) throws Exception {
        Path input = dir.resolve("input.vcd");
        Files.writeString(input, vcd);
        Process p = new ProcessBuilder("simavr", "-m", mcu, "-f", "16000000", "-i", input.toString(),
                elf.toString()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        try (InputStream stderr = p.getErrorStream()) {
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "simavr did not stop");
            return new String(stderr.readAllBytes(), StandardCharsets.ISO_8859_1);
        } finally {
            p.destroyForcibly().waitFor();
        }
    }

    /** The UART's lines that simavr printed on stderr: in colour, with '.' for the newline. */
    private static String uartLines(String err) {
        return err.replaceAll("\u001b\\[[0-9;]*m", "").lines().filter(l -> l.endsWith("."))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void pinChangeInterruptsOnUnoInSimavr() throws Exception {
        pinChangeInterrupts("arduino", "atmega328p", new String[] {"iogB_0", "iogC_0", "iogD_4", "iogD_2"},
                new String[] {"D8", "A0", "D4", "D2", "D9"});
    }

    @Test
    void pinChangeInterruptsOnMegaInSimavr() throws Exception {
        pinChangeInterrupts("arduino-mega2560", "atmega2560", new String[] {"iogB_4", "iogB_5", "iogB_6", "iogE_4"},
                new String[] {"D10", "D11", "D12", "D2", "D13"});
    }

    /**
     * Runs machine/pcint under simavr with its four pins driven from a VCD: pin A
     * (falling, pulled up) pressed three times, pin B (rising) pulsed high twice, pin C
     * (both edges) toggled four times, pin D (external interrupt, falling) pressed once;
     * after the program stopped its callbacks (about 900 ms, when the counts are
     * complete) A and D are pressed again. The fifth pin's SetInterrupt must fail.
     */
    private void pinChangeInterrupts(String target, String mcu, String[] signals, String[] pinNames)
            throws Exception {
        Emulators.requireProgramOrSkip("simavr", "simavr");
        Path elf = compile(target, PCINT);
        String[][] changes = {
            {"100000", "a", "0"}, {"150000", "a", "1"}, {"200000", "b", "1"}, {"230000", "b", "0"},
            {"300000", "a", "0"}, {"350000", "a", "1"}, {"400000", "b", "1"}, {"430000", "b", "0"},
            {"500000", "a", "0"}, {"550000", "a", "1"}, {"600000", "c", "0"}, {"650000", "c", "1"},
            {"700000", "c", "0"}, {"750000", "c", "1"}, {"800000", "d", "0"}, {"850000", "d", "1"},
            {"950000", "a", "0"}, {"960000", "d", "0"}, {"1000000", "a", "1"}, {"1010000", "d", "1"},
        };
        StringBuilder vcd = new StringBuilder("$timescale 1us $end\n$scope module logic $end\n");
        for (int i = 0; i < 4; i++) {
            vcd.append("$var wire 1 ").append((char) ('a' + i)).append(' ').append(signals[i]).append(" $end\n");
        }
        vcd.append("$upscope $end\n$enddefinitions $end\n#0\n1a\n0b\n1c\n1d\n");
        for (String[] c : changes) {
            vcd.append('#').append(c[0]).append('\n').append(c[2]).append(c[1]).append('\n');
        }
        vcd.append("#5000000\n1a\n"); // simavr stops at the end of its input: not before the program
        String err = simavr(mcu, vcd, elf);
        String a = pinNames[0] + " falling ", b = pinNames[1] + " rising ", c = pinNames[2] + " toggle ";
        assertEquals(String.join("\n", pinNames[4] + " no free pin interrupt channel.", "ready.", a + "1.",
                b + "1.", a + "2.", b + "2.", a + "3.", c + "1.", c + "2.", c + "3.", c + "4.",
                pinNames[3] + " falling 1.", "after stop 3 2 4 1."), uartLines(err), err);
    }
}
