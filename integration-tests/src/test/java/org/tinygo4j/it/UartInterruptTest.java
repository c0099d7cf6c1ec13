package org.tinygo4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.api.Compiler;

/**
 * Interrupt-driven UART receive: src/test/resources/machine/busyrx.go says "ready" and
 * computes for a second without calling the UART; the test sends 40 bytes at once
 * meanwhile. The program then prints how many bytes its receive buffer holds: 40 means
 * the receive interrupt moved them there while the program was busy (qemu hands a UART
 * a byte only when its FIFO has room, 1 byte on the STM32's and the AVR's, 6 on the
 * nRF51's, 8 on the FE310's and 16 on the PL011's, so a polled receiver would show at most that many).
 * Then it reads them back, and blocks in Read while a second goroutine prints three
 * ticks 100 ms apart and "send": the test sends "quit" only then, so the program
 * ends only if the blocked Read let the other goroutine run. Same consoles as
 * {@link UartEchoTest}.
 */
class UartInterruptTest {
    static final Path PROGRAM = Path.of("src/test/resources/machine/busyrx.go");
    static final String BURST = "0123456789abcdefghijklmnopqrstuvwxyzABCD";
    static final String EXPECTED = "ready\nbuffered 40\ngot " + BURST + "\ntick 1\ntick 2\ntick 3\nsend\ngot quit\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"microbit", "cortex-m-qemu", "netduinoplus2", "arduino", "hifive1b"})
    void receivesWhileBusy(String target) throws Exception {
        List<String> cmd = UartEchoTest.command(target, dir.resolve("busyrx.elf"));
        Emulators.requireProgramOrSkip(cmd.get(0), target.equals("arduino") || target.equals("hifive1b") ? "qemu-system-misc"
                : "qemu-system-arm");
        Compiler compiler = Compiler.builder().target(target).build();
        CompileResult r = compiler.compile(CompileRequest.of(PROGRAM).withOutput(dir.resolve("busyrx.elf")));
        assertTrue(r.success(), () -> r.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));

        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("stderr.txt").toFile()).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = -1;
        try (OutputStream in = p.getOutputStream(); InputStream stdout = p.getInputStream()) {
            boolean burst = false;
            boolean quit = false;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < end) {
                if (stdout.available() > 0) {
                    int b = stdout.read();
                    if (b == 4 && target.equals("arduino")) { // the end marker: EOT, then the exit code
                        exit = stdout.read();
                        break;
                    }
                    out.write(b);
                    String text = out.toString(StandardCharsets.ISO_8859_1).replace("\r", "");
                    if (!burst && text.endsWith("ready\n")) {
                        in.write(BURST.getBytes(StandardCharsets.US_ASCII));
                        in.flush();
                        burst = true;
                    } else if (!quit && text.endsWith("send\n")) {
                        in.write("quit\n".getBytes(StandardCharsets.US_ASCII));
                        in.flush();
                        quit = true;
                    }
                } else if (!p.isAlive()) {
                    exit = p.exitValue();
                    break;
                } else {
                    Thread.sleep(5);
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
        String text = out.toString(StandardCharsets.ISO_8859_1).replace("\r", "");
        assertEquals(EXPECTED, text, "output of busyrx on " + target);
        assertEquals(0, exit, "exit code");
    }
}
