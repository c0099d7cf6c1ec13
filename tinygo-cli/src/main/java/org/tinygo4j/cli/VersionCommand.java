package org.tinygo4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.tinygo4j.api.Compiler;
import org.tinygo4j.boards.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `tinygo version` in TinyGo's format, which scripts parse: {@code tinygo version
 * 0.1.0-dev+tinygo4j linux/amd64 (using go version go1.19.8 and LLVM version 20.1.7)}.
 * The version is ours (Maven's -SNAPSHOT spelled -dev as TinyGo spells development
 * builds, our name as semver build metadata), the Go version is the VERSION of the
 * GOROOT in use, and the LLVM version is what the loaded LLVM library reports.
 */
@Command(name = "version", description = "print the version")
final class VersionCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = {"-h", "-help", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    VersionCommand(Io io) {
        this.io = io;
    }

    /** tinygo4j's version as `tinygo version` prints it. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionCommand.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the version is then unknown; still print what we can
        }
        String v = p.getProperty("version", "0.0.0");
        return v.replace("-SNAPSHOT", "-dev") + "+tinygo4j";
    }

    @Override
    public Integer call() {
        String go;
        try {
            go = GoEnv.gorootCompiler(io).goVersion().orElse("<unknown>");
        } catch (ConfigException | RuntimeException e) {
            go = "<unknown>";
        }
        String llvm;
        try {
            llvm = Compiler.llvmVersion();
        } catch (LinkageError | RuntimeException e) {
            llvm = "<unknown>";
        }
        io.out().printf("tinygo version %s %s/%s (using go version %s and LLVM version %s)%n",
                version(), CompileFlags.HOST_GOOS, CompileFlags.HOST_GOARCH, go, llvm);
        io.out().flush();
        return 0;
    }
}
