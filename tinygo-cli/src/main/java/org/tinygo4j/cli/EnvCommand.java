package org.tinygo4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `tinygo env [VAR...]`: without names, every variable as {@code KEY="value"} lines in
 * TinyGo's order; with names, each one's bare value on a line of its own.
 */
@Command(name = "env", description = "print the environment tinygo uses (GOOS, GOARCH, GOROOT, ...)")
final class EnvCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = {"-h", "-help", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    @Parameters(paramLabel = "VAR", description = "print only these variables' values")
    List<String> names = new ArrayList<>();

    EnvCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        GoEnv env = new GoEnv(io);
        if (names.isEmpty()) {
            for (String key : GoEnv.KEYS) {
                io.out().println(key + "=" + GoEnv.goQuote(env.get(key)));
            }
        } else {
            for (String name : names) {
                io.out().println(env.get(name));
            }
        }
        io.out().flush();
        return 0;
    }
}
