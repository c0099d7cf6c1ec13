package org.tinygo4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.api.TargetDescription;
import org.tinygo4j.api.InvalidConfigurationException;
import picocli.CommandLine.Command;

/**
 * `tinygo ports`: the serial ports as TinyGo prints them, a table of the port, its USB
 * ID ({@code vid:pid}) and the targets whose serial-port list names that ID.
 */
@Command(name = "ports", description = "list the serial ports and the boards they may belong to")
final class PortsCommand implements Callable<Integer> {
    private final Io io;

    PortsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<SerialPorts.Port> ports = SerialPorts.list();
        if (ports.isEmpty()) {
            io.out().println("No serial ports found.");
            return 0;
        }
        io.out().print(table(ports, boardIds()));
        io.out().flush();
        return 0;
    }

    /** TinyGo's table: a header, then per port its path, its USB ID and the boards with that ID. */
    static String table(List<SerialPorts.Port> ports, List<String[]> boards) {
        StringBuilder b = new StringBuilder(String.format("%-20s %-9s %s%n", "Port", "ID", "Boards"));
        for (SerialPorts.Port p : ports) {
            List<String> names = new ArrayList<>();
            for (String[] board : boards) {
                if (!p.id().isEmpty() && board[1].equals(p.id())) {
                    names.add(board[0]);
                }
            }
            b.append(String.format("%-20s %-9s %s", p.path(), p.id(), String.join(" ", names)).stripTrailing()).append('\n');
        }
        return b.toString();
    }

    /** Every board's USB IDs, as pairs of target name and ID. */
    static List<String[]> boardIds() {
        List<String[]> ids = new ArrayList<>();
        for (TargetDescription t : Compiler.targets()) {
            if (!t.board()) {
                continue;
            }
            try {
                for (String id : Compiler.builder().target(t.name()).build().config().target().flash().serialPorts()) {
                    ids.add(new String[] {t.name(), id});
                }
            } catch (InvalidConfigurationException e) {
                // a target that does not resolve names no ports
            }
        }
        return ids;
    }
}
