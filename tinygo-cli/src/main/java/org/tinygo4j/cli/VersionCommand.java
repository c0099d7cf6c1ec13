package org.tinygo4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `tinygo version`: the tinygo4j version, the platform, and the LLVM and Java it runs on. */
@Command(name = "version", description = "print the version")
final class VersionCommand implements Callable<Integer> {
    private final Io io;

    VersionCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Properties p = new Properties();
        try (InputStream in = VersionCommand.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the version is then unknown; still print what we can
        }
        String os = System.getProperty("os.name", "?").toLowerCase();
        String arch = System.getProperty("os.arch", "?");
        io.out().printf("tinygo4j version %s %s/%s (using LLVM %s and Java %s)%n",
                p.getProperty("version", "unknown"), os, arch.equals("x86_64") ? "amd64" : arch,
                p.getProperty("llvm", "unknown").replaceAll("-.*", ""), Runtime.version().feature());
        return 0;
    }
}
