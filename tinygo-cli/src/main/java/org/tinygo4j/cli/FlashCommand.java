package org.tinygo4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tinygo4j.api.CompileRequest;
import org.tinygo4j.api.CompileResult;
import org.tinygo4j.boards.FlashSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `tinygo flash -target=T [-port P] [-monitor] [file.go | dir]`: builds the image and
 * puts it on the board the way the target JSON says. Method {@code msd} copies it to
 * the board's mass-storage volume (see {@link MassStorage}) as msd-firmware-name;
 * method {@code command} runs flash-command (avrdude for the Uno, bossac for the Nano 33
 * IoT) with TinyGo's placeholders filled in ({@code {hex}}, {@code {bin}}, {@code {elf}},
 * {@code {uf2}}: the image in that format; {@code {port}}: the serial port). With
 * flash-1200-bps-reset, the board's port is first touched at 1200 baud to start its
 * bootloader (see {@link SerialPorts#touch1200}). What can be checked before compiling
 * (the method, the flasher on PATH, the port) is checked first.
 */
@Command(name = "flash", description = "compile a program and put it on the board")
final class FlashCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    CompileFlags flags;

    @Option(names = {"-port", "--port"}, paramLabel = "PORT", description = "the board's serial port, e.g. /dev/ttyACM0")
    String port;

    @Option(names = {"-monitor", "--monitor"}, description = "open a serial console on the board after flashing")
    boolean monitor;

    @Option(names = {"-baudrate", "--baudrate"}, paramLabel = "N", defaultValue = "115200",
            description = "the serial console's speed with -monitor (default 115200)")
    int baudRate;

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PACKAGE",
            description = "a .go file or a directory holding package main (default: the current directory)")
    Path source;

    FlashCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        CompileFlags.Resolved resolved = flags.resolve(io, null);
        Optional<String> problem = resolved.problemMessage().or(() -> SourceArg.check(source));
        if (problem.isPresent()) {
            io.err().println(problem.get());
            return 1;
        }
        if (baudRate <= 0) {
            io.err().println("invalid -baudrate=" + baudRate + ": must be positive");
            return 1;
        }
        String target = resolved.compiler().target();
        String method = resolved.config().flashMethod();
        FlashSettings settings = resolved.config().target().flash();
        try {
            return switch (method) {
                case "msd" -> flashMassStorage(resolved, target, settings);
                case "command" -> flashCommand(resolved, target, settings);
                case "" -> fail("target " + target + " cannot be flashed: its target JSON names no flash-method"
                        + " or flash-command");
                default -> fail("flash method " + method + " (target " + target + ") is not supported by tinygo4j yet");
            };
        } catch (IOException e) {
            return fail(e.getMessage());
        }
    }

    private int flashMassStorage(CompileFlags.Resolved resolved, String target, FlashSettings settings) throws IOException {
        if (settings.msdVolumeNames().isEmpty() || settings.msdFirmwareName().isEmpty()) {
            return fail("target " + target + " has flash-method msd but no msd-volume-name or msd-firmware-name");
        }
        String file = settings.msdFirmwareName();
        String format = file.substring(file.lastIndexOf('.') + 1);
        if (!List.of("hex", "uf2", "bin").contains(format)) {
            return fail("target " + target + ": msd-firmware-name " + file + " is not a .hex, .uf2 or .bin file");
        }
        Optional<String> touched = Optional.empty();
        if (settings.reset1200Bps()) {
            Optional<String> p = boardPort(settings);
            if (p.isEmpty()) {
                return fail(SerialPorts.notFound(target, settings.serialPorts()));
            }
            touched = p;
        }
        Path work = Files.createTempDirectory("tinygo4j-flash-");
        try {
            Map<String, Path> images = compile(resolved, work, List.of(format));
            if (images == null) {
                return 1;
            }
            if (touched.isPresent()) {
                SerialPorts.touch1200(touched.get(), settings.serialPorts(), port == null);
            }
            Optional<Path> volume = waitForVolume(settings.msdVolumeNames(), touched.isPresent());
            if (volume.isEmpty()) {
                return fail(MassStorage.notFound(io, settings.msdVolumeNames()));
            }
            // the board takes the file as it is written; a copy, not a rename, as the volume is another file system
            Files.copy(images.get(format), volume.get().resolve(file), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteTree(work);
        }
        return monitor ? afterFlash(target, settings) : 0;
    }

    private int flashCommand(CompileFlags.Resolved resolved, String target, FlashSettings settings) throws IOException {
        List<String> words = FlashCommandLine.split(settings.command());
        if (words.isEmpty()) {
            return fail("target " + target + ": flash-command is empty");
        }
        Optional<Path> program = ChildProcess.lookPath(words.getFirst(), io.getenv("PATH"));
        if (program.isEmpty()) {
            return fail(words.getFirst() + ": exec: \"" + words.getFirst() + "\": executable file not found in $PATH");
        }
        String boardPort = null;
        if (settings.command().contains("{port}") || settings.reset1200Bps()) {
            Optional<String> p = boardPort(settings);
            if (p.isEmpty()) {
                return fail(SerialPorts.notFound(target, settings.serialPorts()));
            }
            boardPort = p.get();
        }
        Path work = Files.createTempDirectory("tinygo4j-flash-");
        try {
            Map<String, Path> images = compile(resolved, work, FlashCommandLine.formats(settings.command()));
            if (images == null) {
                return 1;
            }
            if (settings.reset1200Bps()) {
                boardPort = SerialPorts.touch1200(boardPort, settings.serialPorts(), port == null);
            }
            List<String> cmd = FlashCommandLine.fill(words, images, boardPort);
            cmd.set(0, program.get().toString());
            if (flags.commandEcho(io) != null) {
                flags.commandEcho(io).accept(cmd);
            }
            int code;
            try {
                code = ChildProcess.run(ChildProcess.builder(cmd, io), io);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail("interrupted while " + words.getFirst() + " ran");
            }
            if (code != 0) {
                return fail(words.getFirst() + " failed: exit status " + code);
            }
        } finally {
            deleteTree(work);
        }
        return monitor ? afterFlash(target, settings) : 0;
    }

    /** Builds the image once per format the flasher needs; null after printing the diagnostics of a failed build. */
    private Map<String, Path> compile(CompileFlags.Resolved resolved, Path work, List<String> formats) {
        Map<String, Path> images = new LinkedHashMap<>();
        for (String format : formats) {
            Path out = work.resolve("firmware." + format);
            CompileResult r = resolved.compiler().compile(flags.withFlags(CompileRequest.of(source).withOutput(out)
                    .withListener(flags.listener(io))));
            boolean errors = io.report(r.diagnostics());
            if (!r.success()) {
                if (!errors) {
                    io.err().println("tinygo: compilation failed without a message (a bug in tinygo4j)");
                }
                return null;
            }
            if (images.isEmpty()) {
                CompileFlags.printAllocations(io, r);
                SizeTable.print(io.out(), r.artifact(), flags.size);
            }
            images.put(format, out);
        }
        return images;
    }

    /** The -port, or the board's port found by the target's USB IDs. */
    private Optional<String> boardPort(FlashSettings settings) {
        return Optional.ofNullable(port).or(() -> SerialPorts.find(settings.serialPorts()));
    }

    /** The volume, waited for up to ten seconds when the board was just reset into its bootloader. */
    private Optional<Path> waitForVolume(List<String> labels, boolean reset) throws IOException {
        long until = System.currentTimeMillis() + (reset ? 10_000 : 0);
        while (true) {
            Optional<Path> v = MassStorage.find(io, labels);
            if (v.isPresent() || System.currentTimeMillis() >= until) {
                return v;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
    }

    /** -monitor: the console on the board's port, which it may take a moment to open after its reset. */
    private int afterFlash(String target, FlashSettings settings) throws IOException {
        long until = System.currentTimeMillis() + 3_000;
        Optional<String> p = boardPort(settings);
        while (p.isEmpty() && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
            p = boardPort(settings);
        }
        if (p.isEmpty()) {
            return fail(SerialPorts.notFound(target, settings.serialPorts()));
        }
        return SerialConsole.run(io, "flash", p.get(), baudRate);
    }

    private int fail(String message) {
        io.err().println("tinygo flash: " + message);
        return 1;
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.toList());
            java.util.Collections.reverse(all);
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a flash that worked
        }
    }
}
