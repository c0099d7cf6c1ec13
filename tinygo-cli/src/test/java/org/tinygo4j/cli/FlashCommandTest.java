package org.tinygo4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `tinygo flash` and `tinygo monitor` without hardware: a folder as the micro:bit's
 * mass-storage volume, Debian's avrdude talking to a fake Arduino bootloader (the
 * STK500v1 protocol, {@link Stk500Board}) on a pseudo-terminal, Debian's bossac
 * talking to a fake SAM-BA bootloader ({@link SambaBoard}), the Nano 33 IoT's 1200-baud
 * touch seen on a pseudo-terminal's speed, and the console between a pseudo-terminal
 * and standard input and output.
 */
class FlashCommandTest {
    private static final String BLINKY = """
            package main

            import "machine"

            func main() {
            \tled := machine.LED
            \tled.Configure(machine.PinConfig{Mode: machine.PinOutput})
            \tfor i := 0; ; i++ {
            \t\tled.Set(i%2 == 0)
            \t}
            }
            """;

    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {
        void assertNoStackTrace() {
            assertFalse(err.contains("\tat ") || err.contains("Exception"), "stack trace in stderr:\n" + err);
        }
    }

    private static Outcome tinygo(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>(System.getenv());
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private Path blinky() throws IOException {
        return Files.writeString(dir.resolve("blinky.go"), BLINKY);
    }

    /** The image `tinygo build` writes for the same program, which the board must end up holding. */
    private byte[] built(String target, String file, Path src) throws IOException {
        Path out = dir.resolve(file);
        Outcome o = tinygo(env(), "", "build", "-target=" + target, "-o", out.toString(), src.toString());
        assertEquals(0, o.code(), o.err());
        return Files.readAllBytes(out);
    }

    @Test
    void microbitImageIsCopiedToItsVolumeAsFirmwareHex() throws IOException {
        Path src = blinky();
        Path media = dir.resolve("media");
        Path volume = Files.createDirectories(media.resolve("MICROBIT"));
        Files.createDirectories(dir.resolve("other/USBSTICK"));
        Outcome o = tinygo(env("TINYGO4J_MSD_ROOTS", dir.resolve("other") + ":" + media), "",
                "flash", "-target=microbit", src.toString());
        assertEquals(0, o.code(), o.err());
        assertArrayEquals(built("microbit", "blinky.hex", src), Files.readAllBytes(volume.resolve("firmware.hex")));
        assertEquals(java.util.List.of(volume.resolve("firmware.hex")), Files.list(volume).toList());
    }

    /** The HiFive1 rev B's J-Link presents a drive named HiFive that takes a HEX file (at 0x20010000). */
    @Test
    void hifive1bImageIsCopiedToItsJLinkDriveAsFirmwareHex() throws IOException {
        Path src = blinky();
        Path media = dir.resolve("media");
        Path volume = Files.createDirectories(media.resolve("HiFive"));
        Outcome o = tinygo(env("TINYGO4J_MSD_ROOTS", media.toString()), "", "flash", "-target=hifive1b",
                src.toString());
        assertEquals(0, o.code(), o.err());
        byte[] hex = Files.readAllBytes(volume.resolve("firmware.hex"));
        assertArrayEquals(built("hifive1b", "blinky.hex", src), hex);
        assertTrue(new String(hex, java.nio.charset.StandardCharsets.US_ASCII).startsWith(":020000042001D9"),
                "the image starts at 0x20010000, after the board's bootloader");
    }

    @Test
    void missingVolumeSaysWhereItLooked() throws IOException {
        Path src = blinky();
        Outcome o = tinygo(env("TINYGO4J_MSD_ROOTS", dir.resolve("media").toString()), "",
                "flash", "-target=microbit", src.toString());
        assertEquals(1, o.code());
        assertEquals("tinygo flash: no mass-storage volume named MICROBIT found (looked in " + dir.resolve("media")
                + "): connect the board, or set TINYGO4J_MSD_ROOTS to the folder it is mounted in\n", o.err());
        o.assertNoStackTrace();
    }

    @Test
    void missingFlasherAndMissingPortAreOneLineBeforeAnyBuild() throws IOException {
        Path src = Files.writeString(dir.resolve("broken.go"), "package main\n\nfunc main() { undefined() }\n");
        Outcome noAvrdude = tinygo(env("PATH", dir.toString()), "", "flash", "-target=arduino", "-port=/dev/null", src.toString());
        assertEquals(1, noAvrdude.code());
        assertEquals("tinygo flash: avrdude: exec: \"avrdude\": executable file not found in $PATH\n", noAvrdude.err());
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path avrdude = Files.writeString(bin.resolve("avrdude"), "#!/bin/sh\nexit 0\n");
        avrdude.toFile().setExecutable(true);
        Outcome noPort = tinygo(env("PATH", bin.toString()), "", "flash", "-target=arduino", src.toString());
        Assumptions.assumeTrue(SerialPorts.find(java.util.List.of("2341:0043", "2341:0001", "2a03:0043", "2341:0243")).isEmpty(),
                "an Uno is connected to this machine");
        assertEquals(1, noPort.code());
        assertEquals("tinygo flash: no serial port of arduino found (USB IDs 2341:0043, 2341:0001, 2a03:0043, 2341:0243):"
                + " connect the board or name its port with -port\n", noPort.err());
        Outcome noMethod = tinygo(env(), "", "flash", "-target=cortex-m-qemu", src.toString());
        assertEquals("tinygo flash: target cortex-m-qemu cannot be flashed: its target JSON names no flash-method"
                + " or flash-command\n", noMethod.err());
        noMethod.assertNoStackTrace();
    }

    @Test
    void aFailingFlasherIsOneLineWithItsExitStatus() throws IOException {
        Path src = blinky();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path avrdude = Files.writeString(bin.resolve("avrdude"),
                "#!/bin/sh\necho \"avrdude: ser_open(): can't open device\" >&2\nexit 1\n");
        avrdude.toFile().setExecutable(true);
        Outcome o = tinygo(env("PATH", bin.toString()), "", "flash", "-target=arduino", "-port=/dev/ttyNONE", src.toString());
        assertEquals(1, o.code());
        assertEquals("avrdude: ser_open(): can't open device\ntinygo flash: avrdude failed: exit status 1\n", o.err());
    }

    @Test
    void uf2BoardIsTouchedAt1200BaudThenGetsTheUf2OnItsBootloadersDrive() throws Exception {
        // a SAMD21 board with a UF2 bootloader, as Adafruit's boards have: the Nano 33 IoT's chip, flashed by msd
        Path json = Files.writeString(dir.resolve("uf2board.json"), """
                {"inherits": ["arduino-nano33"], "flash-method": "msd",
                 "msd-volume-name": ["UF2BOOT"], "msd-firmware-name": "firmware.uf2"}
                """);
        Path src = blinky();
        byte[] uf2 = built(json.toString(), "blinky.uf2", src);
        Path media = Files.createDirectories(dir.resolve("media"));
        try (PseudoTerminals ptys = PseudoTerminals.open(dir)) {
            new ProcessBuilder("stty", "-F", ptys.host().toString(), "9600").start().waitFor();
            // the drive appears a moment after the reset, as a bootloader's does
            Thread drive = Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (true) {
                        Thread.sleep(50);
                        if (ptys.hostSpeed() == 1200) {
                            break;
                        }
                    }
                    Thread.sleep(500);
                    Files.createDirectories(media.resolve("UF2BOOT"));
                } catch (IOException | InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            Outcome o = tinygo(env("TINYGO4J_MSD_ROOTS", media.toString()), "", "flash", "-target=" + json,
                    "-port=" + ptys.host(), src.toString());
            drive.join(5_000);
            assertEquals(0, o.code(), o.err());
            assertArrayEquals(uf2, Files.readAllBytes(media.resolve("UF2BOOT/firmware.uf2")));
        }
    }

    @Test
    void unoIsFlashedByAvrdudeThroughItsBootloader() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/avrdude")) || requireTools(), "avrdude is not installed");
        Path src = blinky();
        byte[] image = built("arduino", "blinky.bin", src);
        try (PseudoTerminals ptys = PseudoTerminals.open(dir)) {
            Stk500Board board = new Stk500Board(ptys.board());
            Thread device = Thread.ofPlatform().daemon().start(board);
            Outcome o = tinygo(env(), "", "flash", "-target=arduino", "-port", ptys.host().toString(), src.toString());
            assertEquals(0, o.code(), o.err());
            device.join(10_000);
            assertTrue(board.programmed(), "avrdude left programming mode\n" + o.err());
            assertTrue(o.err().contains("avrdude: " + image.length + " bytes of flash verified"), o.err());
            byte[] flash = board.flash();
            assertArrayEquals(image, Arrays.copyOf(flash, image.length));
            for (int i = image.length; i < flash.length; i++) {
                assertEquals((byte) 0xFF, flash[i], "flash byte " + i + " beyond the image was written");
            }
        }
    }

    @Test
    void nano33IsFlashedByBossacThroughItsSamBaBootloader() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/bossac")) || requireTools(),
                "bossac is not installed (Debian package bossa-cli)");
        Path src = blinky();
        byte[] image = built("arduino-nano33", "blinky.bin", src);
        try (PseudoTerminals ptys = PseudoTerminals.open(dir)) {
            SambaBoard board = new SambaBoard(ptys.board());
            Thread device = Thread.ofPlatform().daemon().start(board);
            Outcome o = tinygo(env(), "", "flash", "-target=arduino-nano33", "-port=" + ptys.host(), src.toString());
            assertEquals(0, o.code(), o.out() + o.err());
            device.join(10_000);
            assertTrue(o.out().contains("Verify successful"), o.out());
            assertTrue(board.wasReset(), "bossac -R reset the chip");
            assertArrayEquals(image, board.flash(0x2000, image.length), "the image after the 8 KB bootloader");
            // bossac writes whole 64-byte pages (the last one padded); the pages after it stay erased
            int written = (image.length + 63) / 64 * 64;
            byte[] after = board.flash(0x2000 + written, 4096);
            for (int i = 0; i < after.length; i++) {
                assertEquals((byte) 0xFF, after[i], "flash beyond the image's pages, byte " + i);
            }
        }
    }

    @Test
    void nano33PortIsTouchedAt1200BaudThenBossacGetsTinyGosArguments() throws Exception {
        Path src = blinky();
        byte[] image = built("arduino-nano33", "blinky.bin", src);
        Path bin = bossacStandIn();
        Path log = dir.resolve("bossac.args");
        try (PseudoTerminals ptys = PseudoTerminals.open(dir)) {
            new ProcessBuilder("stty", "-F", ptys.host().toString(), "9600").start().waitFor();
            assertEquals(9600, ptys.hostSpeed());
            Outcome o = tinygo(env("PATH", bin + ":/usr/bin:/bin"), "", "flash", "-target=arduino-nano33",
                    "-port=" + ptys.host(), src.toString());
            assertEquals(0, o.code(), o.err());
            assertEquals(1200, ptys.hostSpeed(), "the port was opened at 1200 baud");
            String args = Files.readString(log).strip();
            assertTrue(args.matches("-i -e -w -v -R -U --port=" + ptys.host() + " --offset=0x2000 \\S+/firmware\\.bin"), args);
            assertArrayEquals(image, Files.readAllBytes(dir.resolve("flashed.bin")));
        }
    }

    /**
     * bossac speaks Atmel's SAM-BA monitor protocol, which no fake here answers: a
     * stand-in records its arguments in bossac.args and the image it was given in
     * flashed.bin; returns the folder to put first on PATH.
     */
    private Path bossacStandIn() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path bossac = Files.writeString(bin.resolve("bossac"), """
                #!/bin/sh
                echo "$@" > %s
                for a in "$@"; do last="$a"; done
                cp "$last" %s
                """.formatted(dir.resolve("bossac.args"), dir.resolve("flashed.bin")));
        bossac.toFile().setExecutable(true);
        return bin;
    }

    @Test
    void flashMonitorOpensTheConsoleOnTheBoardsPortAfterFlashing() throws Exception {
        Path src = blinky();
        Path bin = bossacStandIn();
        try (PseudoTerminals ptys = PseudoTerminals.open(dir)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread board = Thread.ofPlatform().daemon().start(() -> {
                try (var to = new java.io.FileOutputStream(ptys.board().toFile())) {
                    // the board speaks once the console is there, as a program printing after its reset would be seen
                    while (!err.toString(StandardCharsets.UTF_8).contains("Connected to")) {
                        Thread.sleep(50);
                    }
                    to.write("blinking\n".getBytes(StandardCharsets.UTF_8));
                    to.flush();
                    Thread.sleep(300);
                    ptys.close(); // unplugged
                } catch (IOException | InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            int code = Main.run(new String[] {"flash", "-target=arduino-nano33", "-port=" + ptys.host(), "-monitor",
                            src.toString()}, new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    env("PATH", bin + ":/usr/bin:/bin"));
            board.join(5_000);
            assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
            assertTrue(Files.exists(dir.resolve("flashed.bin")), "bossac ran before the console");
            assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("blinking\n"), out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void monitorCopiesTheBoardsOutputAndSendsStandardInput() throws Exception {
        try (PseudoTerminals ptys = PseudoTerminals.open(dir)) {
            Thread device = Thread.ofPlatform().daemon().start(() -> {
                try (var in = new java.io.FileInputStream(ptys.board().toFile());
                     var out = new java.io.FileOutputStream(ptys.board().toFile())) {
                    StringBuilder line = new StringBuilder();
                    for (int c; (c = in.read()) != '\n' && c >= 0; ) {
                        line.append((char) c);
                    }
                    out.write(("the board read: " + line + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(300);
                } catch (IOException | InterruptedException e) {
                    throw new RuntimeException(e);
                }
                try {
                    ptys.close(); // the board goes away
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Outcome o = tinygo(env(), "ping\n", "monitor", "-port", ptys.host().toString(), "-baudrate", "9600");
            device.join(5_000);
            assertEquals(0, o.code(), o.err());
            assertEquals("the board read: ping\n", o.out());
            assertEquals("Connected to " + ptys.host() + ". Press Ctrl-C to exit.\n", o.err());
        }
    }

    @Test
    void portsNamesTheBoardsOfEachUsbId() {
        String table = PortsCommand.table(java.util.List.of(
                new SerialPorts.Port("/dev/ttyACM0", "2341:8057", "Arduino NANO 33 IoT"),
                new SerialPorts.Port("/dev/ttyACM1", "2341:0043", "Arduino Uno"),
                new SerialPorts.Port("/dev/ttyS0", "", "Physical Port S0")), PortsCommand.boardIds());
        assertEquals("""
                Port                 ID        Boards
                /dev/ttyACM0         2341:8057 arduino-nano33
                /dev/ttyACM1         2341:0043 arduino
                /dev/ttyS0
                """, table);
        Outcome o = tinygo(env(), "", "ports");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("Port ") || o.out().equals("No serial ports found.\n"), o.out());
    }

    @Test
    void monitorOnAMissingPortIsOneLine() {
        Outcome o = tinygo(env(), "", "monitor", "-port", dir.resolve("ttyNONE").toString());
        assertEquals(1, o.code());
        assertEquals("tinygo monitor: serial port " + dir.resolve("ttyNONE") + ": no such file or directory\n", o.err());
    }

    private static boolean requireTools() {
        return "1".equals(System.getenv("TINYGO4J_REQUIRE_EMULATORS"));
    }
}
