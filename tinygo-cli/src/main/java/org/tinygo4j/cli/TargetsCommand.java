package org.tinygo4j.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.api.TargetDescription;
import picocli.CommandLine.Command;

/** `tinygo targets`: the names of all known targets, one a line (built in and from board packs). */
@Command(name = "targets", description = "list the known targets")
final class TargetsCommand implements Callable<Integer> {
    private final Io io;

    TargetsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<String> names = Compiler.targets().stream().map(TargetDescription::name).toList();
        if (names.isEmpty()) {
            io.err().println("tinygo: no targets found (the target registry is empty)");
            return 1;
        }
        names.forEach(io.out()::println);
        return 0;
    }
}
