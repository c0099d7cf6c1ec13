package org.tinygo4j.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.api.TargetDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `tinygo targets`: the names of all known targets, one a line (built in and from board packs, see BoardPacks). */
@Command(name = "targets", description = "list the known targets")
final class TargetsCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = {"-boards", "--boards"}, paramLabel = "DIR",
            description = "folders of board pack jars, besides ~/.tinygo4j/boards and $CLASSPATH")
    String boards;

    TargetsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        List<String> names = Compiler.targets(BoardPacks.loader(io, boards)).stream().map(TargetDescription::name).toList();
        if (names.isEmpty()) {
            io.err().println("tinygo: no targets found (the target registry is empty)");
            return 1;
        }
        names.forEach(io.out()::println);
        return 0;
    }
}
