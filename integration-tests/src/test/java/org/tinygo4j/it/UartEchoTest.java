package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;

/**
 * UART receive: src/test/resources/machine/echo.go configures machine.Serial, reads
 * lines with ReadByte and answers each with "got LINE" through Write, until "quit",
 * when it exits with status 3. Once the program said "ready", the test types the lines into the emulator's serial
 * console (its stdin) and reads the answers from its stdout: qemu's micro:bit (the
 * nRF51's UART, which println shares), cortex-m-qemu (the LM3S6965's UART0; println
 * goes through semihosting to the same console), netduinoplus2 (the STM32F405's USART1,
 * which println shares), the test board pack's mps2-an385 (a CMSDK UART whose receive
 * interrupt the pack wires; println shares it) and qemu-system-avr's Uno and Mega 2560
 * (USART0; simavr has no console input), and the HiFive1 rev B in qemu-system-riscv32's
 * sifive_e (the FE310's UART0, which println shares; its receive interrupt comes through the
 * PLIC). Boards exit by semihosting, the Uno and the Mega by the end marker (EOT and the
 * exit code). The Mega's USART1..3 transmit into qemu's second to fourth serial ports
 * (src/test/resources/machine/usarts_mega.go); qemu 7.2 delivers no input to those three
 * (their RXC never rises), so their receive path, the same code as USART0's with the
 * chip's vectors, is not run.
 */
class UartEchoTest {
    static final Path ECHO = Path.of("src/test/resources/machine/echo.go");
    static final String INPUT = "hello\nabc\nquit\n";
    static final String EXPECTED = "ready\ngot hello\ngot abc\n";

    @TempDir
    Path dir;

    static List<String> command(String target, Path elf) {
        String qemuConsole = "-chardev stdio,id=con,mux=on -serial chardev:con -semihosting-config enable=on,target=native,chardev=con";
        List<String> c = new ArrayList<>();
        switch (target) {
            case "microbit" -> c.addAll(List.of("qemu-system-arm", "-M", "microbit"));
            case "cortex-m-qemu" -> c.addAll(List.of("qemu-system-arm", "-M", "lm3s6965evb"));
            case "netduinoplus2" -> c.addAll(List.of("qemu-system-arm", "-M", "netduinoplus2"));
            case "mps2-an385" -> c.addAll(List.of("qemu-system-arm", "-M", "mps2-an385"));
            case "hifive1b" -> c.addAll(List.of("qemu-system-riscv32", "-M", "sifive_e,revb=true"));
            default -> {
                return List.of("qemu-system-avr", "-M", mega(target) ? "mega2560" : "uno", "-bios", elf.toString(),
                        "-display", "none", "-serial", "stdio", "-monitor", "none");
            }
        }
        c.addAll(List.of("-display", "none", "-monitor", "none"));
        c.addAll(List.of(qemuConsole.split(" ")));
        c.addAll(List.of("-kernel", elf.toString()));
        return c;
    }

    /** Whether the target is the Mega (the other AVR board is the Uno). */
    private static boolean mega(String target) {
        return target.equals("arduino-mega2560");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"microbit", "cortex-m-qemu", "netduinoplus2", "mps2-an385", "arduino", "arduino-mega2560",
            "hifive1b"})
    void echoesWhatItReads(String target) throws Exception {
        List<String> cmd = command(target, dir.resolve("echo.elf"));
        Emulators.requireProgramOrSkip(cmd.get(0), target.startsWith("arduino") || target.equals("hifive1b") ? "qemu-system-misc" : "qemu-system-arm");
        Compiler compiler = Compiler.builder().target(target).build();
        CompileResult r = compiler.compile(CompileRequest.of(ECHO).withOutput(dir.resolve("echo.elf")));
        assertTrue(r.success(), () -> r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));

        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("stderr.txt").toFile()).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try (OutputStream in = p.getOutputStream(); InputStream stdout = p.getInputStream()) {
            boolean typed = false;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            exit = -1;
            while (System.nanoTime() < end) {
                if (stdout.available() > 0) {
                    int b = stdout.read();
                    if (b == 4 && target.startsWith("arduino")) { // the end marker: EOT, then the exit code
                        exit = stdout.read();
                        break;
                    }
                    out.write(b);
                    if (!typed && out.toString(StandardCharsets.ISO_8859_1).contains("ready\n")) {
                        // type only once the receiver is on: qemu's nRF51 UART drops what
                        // arrives before STARTRX
                        in.write(INPUT.getBytes(StandardCharsets.US_ASCII));
                        in.flush();
                        typed = true;
                    }
                } else if (!p.isAlive()) {
                    exit = p.exitValue();
                    break;
                } else {
                    Thread.sleep(10);
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        String text = out.toString(StandardCharsets.ISO_8859_1).replace("\r", "");
        assertEquals(EXPECTED, text, "output of echo on " + target);
        assertEquals(3, exit, "exit code");
    }

    @Test
    void megaUsartsTransmit() throws Exception {
        Emulators.requireProgramOrSkip("qemu-system-avr", "qemu-system-misc");
        Path elf = dir.resolve("usarts.elf");
        CompileResult r = Compiler.builder().target("arduino-mega2560").build()
                .compile(CompileRequest.of(Path.of("src/test/resources/machine/usarts_mega.go")).withOutput(elf));
        assertTrue(r.success(), () -> r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
        List<String> cmd = new ArrayList<>(List.of("qemu-system-avr", "-M", "mega2560", "-bios", elf.toString(),
                "-display", "none", "-monitor", "none", "-serial", "stdio"));
        for (int i = 1; i <= 3; i++) {
            cmd.addAll(List.of("-chardev", "file,id=u" + i + ",path=" + dir.resolve("usart" + i + ".txt"),
                    "-serial", "chardev:u" + i));
        }
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("stderr.txt").toFile()).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = -1;
        try (InputStream stdout = p.getInputStream()) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            for (int b; System.nanoTime() < end && (b = stdout.read()) >= 0; ) {
                if (b == 4) { // the end marker: EOT, then the exit code
                    exit = stdout.read();
                    break;
                }
                out.write(b);
            }
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        assertEquals("written\n", out.toString(StandardCharsets.ISO_8859_1).replace("\r", ""));
        assertEquals(0, exit, "exit code");
        for (int i = 1; i <= 3; i++) {
            assertEquals("hello from UART" + i + "\n", Files.readString(dir.resolve("usart" + i + ".txt")), "USART" + i);
        }
    }
}
