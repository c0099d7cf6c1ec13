package org.tinygo4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: `tinygo` alone prints the usage; the work is in its subcommands. */
@Command(name = "tinygo", description = "tinygo4j: a Go compiler for microcontrollers, WebAssembly and Linux, written in Java.",
        subcommands = {BuildCommand.class, RunCommand.class, TestCommand.class, FlashCommand.class, MonitorCommand.class,
                PortsCommand.class, TargetsCommand.class, InfoCommand.class,
                EnvCommand.class, ListCommand.class, CleanCommand.class, VersionCommand.class, BenchCompileCommand.class,
                picocli.CommandLine.HelpCommand.class},
        mixinStandardHelpOptions = false)
final class TinygoCommand implements java.util.concurrent.Callable<Integer> {
    private final Io io;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = {"-h", "-help", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    TinygoCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(io.err());
        return 1;
    }
}
