package org.tinygo4j.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.api.InvalidConfigurationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `tinygo monitor [-target=T] [-port P] [-baudrate N]`: a serial console on the board's
 * port (see {@link SerialConsole}). Without -port, the port is the first one with one
 * of the target's USB IDs, or without -target the first USB serial port.
 */
@Command(name = "monitor", description = "connect to the board's serial port: its output on stdout, stdin to the board")
final class MonitorCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = {"-target", "--target"}, paramLabel = "TARGET",
            description = "the board, whose USB IDs find its port when -port is not given")
    String target;

    @Option(names = {"-port", "--port"}, paramLabel = "PORT", description = "the serial port, e.g. /dev/ttyACM0")
    String port;

    @Option(names = {"-baudrate", "--baudrate"}, paramLabel = "N", defaultValue = "115200",
            description = "the serial line's speed (default 115200)")
    int baudRate;

    MonitorCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (baudRate <= 0) {
            io.err().println("invalid -baudrate=" + baudRate + ": must be positive");
            return 1;
        }
        List<String> ids = List.of();
        if (target != null) {
            try {
                ids = Compiler.builder().target(target).build().config().target().flash().serialPorts();
            } catch (InvalidConfigurationException e) {
                io.err().println(e.getMessage());
                return 1;
            }
        }
        List<String> boardIds = ids;
        Optional<String> path = Optional.ofNullable(port).or(() -> SerialPorts.find(boardIds));
        if (path.isEmpty()) {
            io.err().println("tinygo monitor: " + SerialPorts.notFound(target, ids));
            return 1;
        }
        return SerialConsole.run(io, "monitor", path.get(), baudRate);
    }
}
