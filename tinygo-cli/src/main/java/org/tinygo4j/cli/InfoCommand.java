package org.tinygo4j.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tinygo4j.boards.config.BuildConfig;
import org.tinygo4j.boards.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `tinygo info [-target=T | T] [-json]`: what a target compiles with, in TinyGo's
 * fields: LLVM triple, GOOS, GOARCH, build tags, garbage collector, scheduler, and the
 * GOROOT. TinyGo shows the GOROOT it merged with its own packages ("cached GOROOT");
 * tinygo4j merges nothing on disk, so that line names the GOROOT in use.
 */
@Command(name = "info", description = "show the configuration of a target (triple, GOOS/GOARCH, build tags, ...)")
final class InfoCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    CompileFlags flags;

    @Option(names = {"-json", "--json"}, description = "print the information as a JSON object")
    boolean json;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", description = "the target (instead of -target)")
    String targetArg;

    InfoCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (targetArg != null) {
            flags.target = targetArg;
        }
        CompileFlags.Resolved resolved = flags.resolve(io, null);
        if (resolved.problemMessage().isPresent()) {
            io.err().println(resolved.problem());
            return 1;
        }
        BuildConfig c = resolved.config();
        String goroot;
        try {
            goroot = resolved.compiler().goroot().map(Path::toString).orElse("");
        } catch (ConfigException e) {
            io.err().println(e.getMessage());
            return 1;
        }
        List<String> tags = List.copyOf(c.buildTags());
        if (json) {
            StringBuilder b = new StringBuilder("{\n");
            b.append("  \"goroot\": ").append(JsonDiagnostics.quote(goroot)).append(",\n");
            b.append("  \"goos\": ").append(JsonDiagnostics.quote(c.goos())).append(",\n");
            b.append("  \"goarch\": ").append(JsonDiagnostics.quote(c.goarch())).append(",\n");
            b.append("  \"build_tags\": [\n");
            for (int i = 0; i < tags.size(); i++) {
                b.append("    ").append(JsonDiagnostics.quote(tags.get(i))).append(i + 1 < tags.size() ? ",\n" : "\n");
            }
            b.append("  ],\n");
            b.append("  \"garbage_collector\": ").append(JsonDiagnostics.quote(c.gc())).append(",\n");
            b.append("  \"scheduler\": ").append(JsonDiagnostics.quote(c.scheduler())).append(",\n");
            b.append("  \"llvm_triple\": ").append(JsonDiagnostics.quote(c.target().llvmTarget())).append("\n}");
            io.out().println(b);
        } else {
            io.out().printf("LLVM triple:       %s%n", c.target().llvmTarget());
            io.out().printf("GOOS:              %s%n", c.goos());
            io.out().printf("GOARCH:            %s%n", c.goarch());
            io.out().printf("build tags:        %s%n", String.join(" ", tags));
            io.out().printf("garbage collector: %s%n", c.gc());
            io.out().printf("scheduler:         %s%n", c.scheduler());
            io.out().printf("cached GOROOT:     %s%n", goroot);
        }
        io.out().flush();
        return 0;
    }
}
